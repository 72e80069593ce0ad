"""Wire models of Keeta Open Delivery (Open Delivery 1.5.0 with Keeta's changes).

The models read what the kitchen needs strictly (ids, event types, timestamps, prices) and
everything else loosely: unknown fields are ignored, and optional fields the KDS does not use are
typed so that an odd value there never makes a whole order unreadable. An event whose type is not
one of Keeta's twelve, or that lacks an id, order id or timestamp, fails validation and becomes a
`BadEvent` upstream.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Annotated, Any, NotRequired

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, TypeAdapter
from typing_extensions import TypedDict  # pydantic needs this one before Python 3.12


def _as_utc(value: datetime) -> datetime:
    # Open Delivery dates are UTC; a naive timestamp is read as UTC rather than as local time.
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]
"""An RFC 3339 timestamp, normalised to an aware UTC datetime."""

WireDecimal = Annotated[Decimal, Field(allow_inf_nan=False)]
"""A JSON number read as Decimal (floats go through their shortest repr, so 0.1 stays 0.1)."""


class EventType(StrEnum):
    """Keeta's twelve event types (polling, webhook, acknowledgment and `lastEvent`)."""

    CREATED = "CREATED"
    CONFIRMED = "CONFIRMED"
    DISPATCHED = "DISPATCHED"
    READY_FOR_PICKUP = "READY_FOR_PICKUP"
    PICKED_UP = "PICKED_UP"
    DELIVERED = "DELIVERED"
    CONCLUDED = "CONCLUDED"
    CANCELLATION_REQUESTED = "CANCELLATION_REQUESTED"
    CANCELLED = "CANCELLED"
    USER_REFUND_REQUEST = "USER_REFUND_REQUEST"
    REFUNDED = "REFUNDED"
    REFUND_FAILED = "REFUND_FAILED"


CANCEL_CODES = frozenset({"INSUFFICIENT_DISHES", "SUSPENSION_OF_BUSINESS", "INSUFFICIENT_MANPOWER", "OTHERS"})
"""Codes Keeta accepts on `requestCancellation`."""

REJECT_REFUND_CODES = frozenset({"DISH_ALREADY_DONE", "OUT_FOR_DELIVERY", "OTHER"})
"""Codes Keeta accepts on `rejectRefund`."""


class Wire(BaseModel):
    """Base of every wire model: unknown fields are ignored, names are the wire's camelCase."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True, frozen=True)


class Event(Wire):
    """One event from `GET /v1/events:polling` (or a webhook)."""

    event_id: str = Field(alias="eventId", min_length=1)
    event_type: EventType = Field(alias="eventType")
    order_id: str = Field(alias="orderId", min_length=1)
    created_at: UtcDatetime = Field(alias="createdAt")
    order_url: str = Field(default="", alias="orderURL")
    source_app_id: str | None = Field(default=None, alias="sourceAppId")
    virtual_brand: str | None = Field(default=None, alias="virtualBrand")
    # Keeta never published its metadata shapes: anything is accepted here and read defensively,
    # so that odd metadata cannot turn a refund request (15 minutes to answer) into a quarantined event.
    metadata: Any = None

    @property
    def meta(self) -> dict[str, Any]:
        """The metadata when it is an object, else an empty dict."""
        return self.metadata if isinstance(self.metadata, dict) else {}


class AckEvent(Wire):
    """One item of the acknowledgment body: note the event id travels as `id`."""

    id: str
    order_id: str = Field(alias="orderId")
    event_type: str = Field(alias="eventType")


# --- the order ------------------------------------------------------------------------------
#
# An order is read into typed dicts, not models: the same validation (types, required fields,
# patterns, Decimal money, UTC timestamps), but into plain dicts, which takes about a third less
# time than building some forty model instances per order. Keys are the Python names below (the
# wire's camelCase is each field's alias); a `NotRequired` key is absent when the wire omits it,
# and the mapping supplies the default the wire model used to.


def _wire(name: str) -> Any:
    return Field(alias=name)


class Price(TypedDict):
    """An amount with its ISO 4217 currency."""

    value: WireDecimal
    currency: Annotated[str, Field(pattern=r"^[A-Za-z]{3}$")]


class Merchant(TypedDict):
    """The merchant the order belongs to."""

    id: str
    name: NotRequired[str]


class ItemOption(TypedDict):
    """An option chosen for an item (quantity 1 and unit "UN" when absent)."""

    name: str
    id: NotRequired[str]
    external_code: NotRequired[Annotated[str, _wire("externalCode")]]
    unit: NotRequired[str]
    quantity: NotRequired[WireDecimal]
    unit_price: Annotated[Price, _wire("unitPrice")]
    total_price: Annotated[Price, _wire("totalPrice")]
    special_instructions: NotRequired[Annotated[str | None, _wire("specialInstructions")]]
    index: NotRequired[int | None]


class Item(TypedDict):
    """One line of the order."""

    id: str
    name: str
    external_code: NotRequired[Annotated[str, _wire("externalCode")]]
    unit: NotRequired[str]
    quantity: WireDecimal
    unit_price: Annotated[Price, _wire("unitPrice")]
    total_price: Annotated[Price, _wire("totalPrice")]
    options_price: NotRequired[Annotated[Price | None, _wire("optionsPrice")]]
    special_instructions: NotRequired[Annotated[str | None, _wire("specialInstructions")]]
    options: NotRequired[list[ItemOption]]
    index: NotRequired[int | None]


class OtherFee(TypedDict):
    """A fee (delivery, service, tip)."""

    name: NotRequired[str]
    type: NotRequired[str]
    received_by: NotRequired[Annotated[str, _wire("receivedBy")]]
    price: Price


class Sponsorship(TypedDict):
    """Who pays how much of a discount."""

    name: NotRequired[str]
    amount: NotRequired[Price | None]


class Discount(TypedDict):
    """A discount on the cart ("CART" when absent), the delivery fee or one item."""

    amount: Price
    target: NotRequired[str]
    target_id: NotRequired[Annotated[str | None, _wire("targetId")]]
    sponsorship_values: NotRequired[Annotated[list[Sponsorship], _wire("sponsorshipValues")]]


class Total(TypedDict):
    """The order's totals."""

    items_price: Annotated[Price, _wire("itemsPrice")]
    other_fees: NotRequired[Annotated[Price | None, _wire("otherFees")]]
    discount: NotRequired[Price | None]
    order_amount: Annotated[Price, _wire("orderAmount")]


class PaymentMethod(TypedDict):
    """One payment method with its amount ("PREPAID", "OTHER" when absent)."""

    value: WireDecimal
    currency: str
    type: NotRequired[str]
    method: NotRequired[str]
    brand: NotRequired[str | None]
    method_info: NotRequired[Annotated[str | None, _wire("methodInfo")]]
    change_for: NotRequired[Annotated[WireDecimal | None, _wire("changeFor")]]


class Payments(TypedDict):
    """How the order is paid."""

    prepaid: NotRequired[WireDecimal]
    pending: NotRequired[WireDecimal]
    methods: NotRequired[list[PaymentMethod]]


class Phone(TypedDict):
    """A phone number (an `ENC_` ciphertext on Keeta)."""

    number: NotRequired[str]
    extension: NotRequired[str | None]


class Customer(TypedDict):
    """The customer."""

    id: NotRequired[str | None]
    name: NotRequired[str]
    phone: NotRequired[Phone | None]
    orders_count_on_merchant: NotRequired[Annotated[WireDecimal | None, _wire("ordersCountOnMerchant")]]


class DeliveryAddress(TypedDict, total=False):
    """Where to deliver. District, number, complement and formatted address may be `ENC_` ciphertexts."""

    country: str
    state: str
    city: str
    district: str
    street: str
    number: str
    complement: str
    reference: str
    formatted_address: Annotated[str, _wire("formattedAddress")]
    postal_code: Annotated[str, _wire("postalCode")]
    coordinates: dict[str, Any] | None


class Delivery(TypedDict, total=False):
    """Delivery details of a DELIVERY order (delivered by "MARKETPLACE" when absent)."""

    delivered_by: Annotated[str, _wire("deliveredBy")]
    delivery_address: Annotated[DeliveryAddress | None, _wire("deliveryAddress")]
    estimated_delivery_date_time: Annotated[UtcDatetime | None, _wire("estimatedDeliveryDateTime")]
    delivery_date_time: Annotated[UtcDatetime | None, _wire("deliveryDateTime")]
    pickup_code: Annotated[str | None, _wire("pickupCode")]


class Takeout(TypedDict, total=False):
    """Pickup details of a TAKEOUT order."""

    mode: str
    takeout_date_time: Annotated[UtcDatetime | None, _wire("takeoutDateTime")]


class Indoor(TypedDict, total=False):
    """Dine-in details of an INDOOR order."""

    mode: str
    indoor_date_time: Annotated[UtcDatetime | None, _wire("indoorDateTime")]
    place: str | None
    tab: str | None
    seat: str | None


class Schedule(TypedDict):
    """The wanted window of a SCHEDULED order."""

    start: Annotated[UtcDatetime, _wire("scheduledDateTimeStart")]
    end: Annotated[UtcDatetime, _wire("scheduledDateTimeEnd")]


class OrderType(StrEnum):
    """Open Delivery order types."""

    DELIVERY = "DELIVERY"
    TAKEOUT = "TAKEOUT"
    INDOOR = "INDOOR"


class OrderTiming(StrEnum):
    """Open Delivery order timings (INSTANT when absent)."""

    INSTANT = "INSTANT"
    SCHEDULED = "SCHEDULED"
    ONDEMAND = "ONDEMAND"


class Order(TypedDict):
    """An order from `GET /v1/orders/{orderId}`."""

    id: Annotated[str, Field(min_length=1)]
    type: OrderType
    display_id: Annotated[str, _wire("displayId")]
    created_at: Annotated[UtcDatetime, _wire("createdAt")]
    order_timing: NotRequired[Annotated[OrderTiming, _wire("orderTiming")]]
    preparation_start_date_time: NotRequired[Annotated[UtcDatetime | None, _wire("preparationStartDateTime")]]
    merchant: Merchant
    items: list[Item]
    total: Total
    payments: NotRequired[Payments]
    other_fees: NotRequired[Annotated[list[OtherFee], _wire("otherFees")]]
    discounts: NotRequired[list[Discount]]
    customer: NotRequired[Customer | None]
    delivery: NotRequired[Delivery | None]
    takeout: NotRequired[Takeout | None]
    indoor: NotRequired[Indoor | None]
    schedule: NotRequired[Schedule | None]
    last_event: NotRequired[Annotated[str | None, _wire("lastEvent")]]
    extra_info: NotRequired[Annotated[str | None, _wire("extraInfo")]]


PRICE: TypeAdapter[Price] = TypeAdapter(Price)
"""Validates a lone `Price`."""

ORDER: TypeAdapter[Order] = TypeAdapter(Order)
"""Validates an order: `ORDER.validate_json(body)` (straight from the bytes) or `validate_python(data)`."""


class TokenResponse(Wire):
    """`POST /oauth/token` answer (snake_case on the wire, as the schema says)."""

    access_token: str = Field(min_length=1)
    token_type: str = "bearer"
    expires_in: float | None = Field(default=None, gt=0)


class Problem(Wire):
    """An `application/problem+json` error body."""

    title: str = ""
    status: int | None = None
    detail: str | None = None
    cancellation_status: str | None = Field(default=None, alias="cancellationStatus")


class PlainInfo(Wire):
    """One decrypted (or refused) text of a batchDecrypt answer."""

    cipher_text: str = Field(alias="cipherText")
    plain_text: str | None = Field(default=None, alias="plainText")
    error_code: int | None = Field(default=None, alias="errorCode")
    error_msg: str | None = Field(default=None, alias="errorMsg")

    @property
    def ok(self) -> bool:
        """True when this text was decrypted."""
        return bool(self.plain_text) and self.error_code in (None, 0)


class BatchDecryptResponse(Wire):
    """`POST /v1/batchDecrypt` answer."""

    plain_infos: list[PlainInfo] = Field(default_factory=list, alias="plainInfos")

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
from typing import Annotated, Any

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


class Price(TypedDict):
    """An amount with its ISO 4217 currency.

    A typed dict rather than a model: an order carries about twenty prices, and validating them
    into plain dicts takes a seventh off reading a whole order.
    """

    value: WireDecimal
    currency: Annotated[str, Field(pattern=r"^[A-Za-z]{3}$")]


PRICE = TypeAdapter(Price)
"""Validates a lone `Price` (models validate theirs as part of themselves)."""


class Merchant(Wire):
    """The merchant the order belongs to."""

    id: str
    name: str = ""


class ItemOption(Wire):
    """An option chosen for an item."""

    id: str = ""
    name: str
    external_code: str = Field(default="", alias="externalCode")
    unit: str = "UN"
    quantity: WireDecimal = Decimal(1)
    unit_price: Price = Field(alias="unitPrice")
    total_price: Price = Field(alias="totalPrice")
    special_instructions: str | None = Field(default=None, alias="specialInstructions")
    index: int | None = None


class Item(Wire):
    """One line of the order."""

    id: str
    name: str
    external_code: str = Field(default="", alias="externalCode")
    unit: str = "UN"
    quantity: WireDecimal
    unit_price: Price = Field(alias="unitPrice")
    total_price: Price = Field(alias="totalPrice")
    options_price: Price | None = Field(default=None, alias="optionsPrice")
    special_instructions: str | None = Field(default=None, alias="specialInstructions")
    options: list[ItemOption] = Field(default_factory=list)
    index: int | None = None


class OtherFee(Wire):
    """A fee (delivery, service, tip)."""

    name: str = ""
    type: str = ""
    received_by: str = Field(default="", alias="receivedBy")
    price: Price


class Sponsorship(Wire):
    """Who pays how much of a discount."""

    name: str = ""
    amount: Price | None = None


class Discount(Wire):
    """A discount on the cart, the delivery fee or one item."""

    amount: Price
    target: str = "CART"
    target_id: str | None = Field(default=None, alias="targetId")
    sponsorship_values: list[Sponsorship] = Field(default_factory=list, alias="sponsorshipValues")


class Total(Wire):
    """The order's totals."""

    items_price: Price = Field(alias="itemsPrice")
    other_fees: Price | None = Field(default=None, alias="otherFees")
    discount: Price | None = None
    order_amount: Price = Field(alias="orderAmount")


class PaymentMethod(Wire):
    """One payment method with its amount."""

    value: WireDecimal
    currency: str
    type: str = "PREPAID"
    method: str = "OTHER"
    brand: str | None = None
    method_info: str | None = Field(default=None, alias="methodInfo")
    change_for: WireDecimal | None = Field(default=None, alias="changeFor")


class Payments(Wire):
    """How the order is paid."""

    prepaid: WireDecimal = Decimal(0)
    pending: WireDecimal = Decimal(0)
    methods: list[PaymentMethod] = Field(default_factory=list)


class Phone(Wire):
    """A phone number (an `ENC_` ciphertext on Keeta)."""

    number: str = ""
    extension: str | None = None


class Customer(Wire):
    """The customer."""

    id: str | None = None
    name: str = ""
    phone: Phone | None = None
    orders_count_on_merchant: WireDecimal | None = Field(default=None, alias="ordersCountOnMerchant")


class DeliveryAddress(Wire):
    """Where to deliver. District, number, complement and formatted address may be `ENC_` ciphertexts."""

    country: str = ""
    state: str = ""
    city: str = ""
    district: str = ""
    street: str = ""
    number: str = ""
    complement: str = ""
    reference: str = ""
    formatted_address: str = Field(default="", alias="formattedAddress")
    postal_code: str = Field(default="", alias="postalCode")
    coordinates: dict[str, Any] | None = None


class Delivery(Wire):
    """Delivery details of a DELIVERY order."""

    delivered_by: str = Field(default="MARKETPLACE", alias="deliveredBy")
    delivery_address: DeliveryAddress | None = Field(default=None, alias="deliveryAddress")
    estimated_delivery_date_time: UtcDatetime | None = Field(default=None, alias="estimatedDeliveryDateTime")
    delivery_date_time: UtcDatetime | None = Field(default=None, alias="deliveryDateTime")
    pickup_code: str | None = Field(default=None, alias="pickupCode")


class Takeout(Wire):
    """Pickup details of a TAKEOUT order."""

    mode: str = "DEFAULT"
    takeout_date_time: UtcDatetime | None = Field(default=None, alias="takeoutDateTime")


class Indoor(Wire):
    """Dine-in details of an INDOOR order."""

    mode: str = "DEFAULT"
    indoor_date_time: UtcDatetime | None = Field(default=None, alias="indoorDateTime")
    place: str | None = None
    tab: str | None = None
    seat: str | None = None


class Schedule(Wire):
    """The wanted window of a SCHEDULED order."""

    start: UtcDatetime = Field(alias="scheduledDateTimeStart")
    end: UtcDatetime = Field(alias="scheduledDateTimeEnd")


class OrderType(StrEnum):
    """Open Delivery order types."""

    DELIVERY = "DELIVERY"
    TAKEOUT = "TAKEOUT"
    INDOOR = "INDOOR"


class OrderTiming(StrEnum):
    """Open Delivery order timings."""

    INSTANT = "INSTANT"
    SCHEDULED = "SCHEDULED"
    ONDEMAND = "ONDEMAND"


class Order(Wire):
    """An order from `GET /v1/orders/{orderId}`."""

    id: str = Field(min_length=1)
    type: OrderType
    display_id: str = Field(alias="displayId")
    created_at: UtcDatetime = Field(alias="createdAt")
    order_timing: OrderTiming = Field(default=OrderTiming.INSTANT, alias="orderTiming")
    preparation_start_date_time: UtcDatetime | None = Field(default=None, alias="preparationStartDateTime")
    merchant: Merchant
    items: list[Item]
    total: Total
    payments: Payments = Field(default_factory=Payments)
    other_fees: list[OtherFee] = Field(default_factory=list, alias="otherFees")
    discounts: list[Discount] = Field(default_factory=list)
    customer: Customer | None = None
    delivery: Delivery | None = None
    takeout: Takeout | None = None
    indoor: Indoor | None = None
    schedule: Schedule | None = None
    last_event: str | None = Field(default=None, alias="lastEvent")
    category: str | None = None
    sales_channel: str | None = Field(default=None, alias="salesChannel")
    order_priority: str | None = Field(default=None, alias="orderPriority")
    extra_info: str | None = Field(default=None, alias="extraInfo")
    source_app_id: str | None = Field(default=None, alias="sourceAppId")
    virtual_brand: str | None = Field(default=None, alias="virtualBrand")


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

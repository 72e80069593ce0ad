"""Wire models of GoFood's notifications, of the relay events that carry them, and of GoBiz's answers.

Field names mirror the wire (snake_case). The notification's shape is the event list's sample
(reference §4 [T]); GoBiz's sandbox sends `null` for empty fields, so every field but the event's
name, id and the order number accepts `null`, and unknown fields are kept (`extra="allow"`).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Annotated, Any

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field


def _as_utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _id_text(value: Any) -> Any:
    if isinstance(value, bool):
        raise ValueError("an id is not a boolean")
    return str(value) if isinstance(value, int) else value


def _amount(value: Any) -> Any:
    # IDR has no minor unit: GoFood sends whole rupiah as a JSON number (a string is taken too).
    # A float goes through repr so that no binary fraction reaches the Decimal.
    if isinstance(value, bool):
        raise ValueError("an amount is not a boolean")
    if isinstance(value, float):
        return Decimal(repr(value))
    return value


UtcDatetime = Annotated[datetime, AfterValidator(_as_utc)]
"""An RFC 3339 timestamp (GoFood sends +07:00), as an aware UTC datetime."""
IdText = Annotated[str, BeforeValidator(_id_text)]
"""An identifier sent as a JSON number or string, kept as text."""
Amount = Annotated[Decimal, BeforeValidator(_amount), Field(allow_inf_nan=False)]
"""An amount of the order's currency (whole rupiah)."""


class Wire(BaseModel):
    """Base of every wire model: unknown fields allowed, frozen."""

    model_config = ConfigDict(extra="allow", frozen=True)


class Variant(Wire):
    """A chosen variant of an item (`order_items[].variants[]`)."""

    id: IdText | None = None
    name: str | None = None
    external_id: IdText | None = None


class Item(Wire):
    """An ordered item. `price` is taken as the price of one [I]: the sample's total is more than one each."""

    id: IdText | None = None
    external_id: IdText | None = None
    name: str | None = None
    quantity: int | None = Field(default=None, ge=0)
    price: Amount | None = None
    notes: str | None = None
    variants: list[Variant] | None = None


class CancellationDetail(Wire):
    """`order.cancellation_detail`: why a cancelled order was cancelled."""

    reason: str | None = None


class OrderBody(Wire):
    """`body.order`: the order as it is now."""

    order_number: IdText = Field(min_length=1)
    status: str | None = None
    pin: IdText | None = None
    order_total: Amount | None = None
    currency: str | None = None
    order_items: list[Item] | None = None
    cutlery_requested: bool | None = None
    takeaway_charges: Amount | None = None
    created_at: UtcDatetime | None = None
    cancellation_detail: CancellationDetail | None = None
    scheduled_flag: bool | None = None


class Person(Wire):
    """`body.customer` or `body.driver`."""

    id: IdText | None = None
    name: str | None = None


class Outlet(Wire):
    """`body.outlet`."""

    id: IdText | None = None
    external_outlet_id: IdText | None = None


class Body(Wire):
    """A notification's `body`."""

    order: OrderBody
    customer: Person | None = None
    driver: Person | None = None
    service_type: str | None = None
    outlet: Outlet | None = None


class Header(Wire):
    """A notification's `header`: which event, its id, and GoFood's time of it."""

    event_name: str = Field(min_length=1)
    event_id: IdText = Field(min_length=1)
    version: int | None = None
    timestamp: UtcDatetime | None = None


class Notification(Wire):
    """A GoFood notification (`X-Go-Signature` checked by the relay)."""

    header: Header
    body: Body


class ErrorBody(Wire):
    """Webhook errors carry no order: only what went wrong (`gofood.order.webhook_error`)."""

    header: Header
    body: dict[str, Any] | None = None


class RelayEvent(Wire):
    """One event of the relay's `GET /v1/events:polling` (`kds.relay.hooks.gofood`)."""

    eventId: str = Field(min_length=1)
    eventType: str = Field(min_length=1)
    orderId: str = ""
    createdAt: UtcDatetime
    metadata: dict[str, Any]
    payload: dict[str, Any]


class Token(Wire):
    """`POST {auth}/oauth2/token`: a bearer token and its lifetime in seconds."""

    access_token: str = Field(min_length=1)
    token_type: str = "bearer"
    expires_in: int | None = Field(default=None, gt=0)
    scope: str | None = None


class ApiError(Wire):
    """One entry of a failed answer's `errors`."""

    message_title: str | None = None
    message: str | None = None


class Answer(Wire):
    """Every GoBiz answer: `{"success": true, "data": …}` or `{"success": false, "errors": […]}`."""

    success: bool
    data: Any = None
    errors: list[ApiError] | None = None

    def text(self) -> str:
        """The errors' titles and messages, joined ("" when none)."""
        parts = [p for e in self.errors or () for p in (e.message_title, e.message) if p]
        return "; ".join(parts)

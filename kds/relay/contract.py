"""What the relay serves to the counter app: Open Delivery polling, with the relay's event shape.

`GET /v1/events:polling` answers 200 with a JSON array (at most 1,000, oldest first) of every
event of the caller's tenant not yet acknowledged, or 204 when there is none. `?wait=N` (seconds,
capped by the server) holds the request open until an event arrives. Every event keeps coming back
until `POST /v1/events/acknowledgment` names it (`[{"id": eventId, "orderId": …, "eventType": …}]`,
at most 100 per call, answered 202; unknown or already acknowledged ids are ignored).

`?platform=P` (repeatable: `?platform=P&platform=Q`; the values of `metadata.platform`, each a
webhook route's `platform` in `kds.relay.hooks.HOOKS`) serves only events of those platforms: the
1,000 are counted after that filter, and only an event of one of them ends a `wait` early. Each
platform's reader sends its own, so a backlog of one platform's events never delays or hides
another's. Without it, every platform's events are served. An unknown platform is answered 400
(problem+json).

One event, exactly as the app reads it::

    {
      "eventId":   "5b0c…-uuid",          # uuid5 of (tenant, platform, platform's message id):
                                          # a replay of the same webhook gets the same eventId
      "eventType": "…",                   # the platform's event name
      "orderId":   "…",                   # the platform's order id as text ("" if it names none)
      "createdAt": "2026-01-01T12:00:00.123Z",   # when the relay accepted it, UTC RFC 3339
      "metadata":  {
        "platform": "…",                  # the route's platform (what `?platform=` filters on)
        …                                 # that platform's envelope fields
      },
      "payload": { … }                    # the webhook's JSON body as received (decoded further
                                          # where the platform nests JSON in a string)
    }

What each platform puts in `eventType`, `orderId`, `metadata` and `payload` is documented with its
route, in its module under `kds.relay.hooks`.

`PUT /v1/availability` (the same bearer token) records what the station says is available:
``{"platform": P, "products": [{"productId": "P1", "available": false}, …]}`` (at most 1,000
per call, each product's last word kept; answered 204). A platform that asks the relay about stock
(a callback platform's inventory check, `kds.relay.hooks.base`) is answered from it.

`orderURL` and `sourceAppId` (optional in Open Delivery) are never sent: the app fetches orders
from the platform's own API.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field

from kds.relay.store import StoredEvent

MAX_EVENTS_PER_POLL = 1000
MAX_ACKS_PER_CALL = 100


class EventMetadata(BaseModel):
    """`metadata`: always the platform, plus that platform's envelope fields."""

    model_config = ConfigDict(extra="allow")

    platform: str


class Event(BaseModel):
    """One event as served by `GET /v1/events:polling`."""

    eventId: str
    eventType: str
    orderId: str
    createdAt: str
    metadata: EventMetadata
    payload: dict[str, Any]


class AckItem(BaseModel):
    """One entry of `POST /v1/events/acknowledgment` (Open Delivery `AckEvents`)."""

    id: Annotated[str, Field(min_length=1, max_length=100)]
    orderId: Annotated[str, Field(max_length=100)]
    eventType: Annotated[str, Field(min_length=1, max_length=100)]


AckBody = Annotated[list[AckItem], Field(max_length=MAX_ACKS_PER_CALL)]


MAX_PRODUCTS_PER_PUSH = 1000


class ProductAvailability(BaseModel):
    """One product's availability, as the station pushes it."""

    productId: Annotated[str, Field(min_length=1, max_length=200)]
    available: bool


class AvailabilityPush(BaseModel):
    """`PUT /v1/availability`: the station's word on some products of one platform."""

    platform: str
    products: Annotated[list[ProductAvailability], Field(max_length=MAX_PRODUCTS_PER_PUSH)]


class Problem(BaseModel):
    """Open Delivery's error body (`application/problem+json`)."""

    title: str
    status: int


class Health(BaseModel):
    """`GET /health`."""

    status: str


def rfc3339(moment: datetime) -> str:
    """UTC RFC 3339 with milliseconds and `Z`, as Open Delivery writes dates."""
    utc = moment.astimezone(UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def to_wire(event: StoredEvent) -> dict[str, Any]:
    """A stored event in the shape above."""
    return {
        "eventId": event.event_id,
        "eventType": event.event_type,
        "orderId": event.order_id,
        "createdAt": rfc3339(event.received_at),
        "metadata": {**event.metadata, "platform": event.platform},
        "payload": event.payload,
    }

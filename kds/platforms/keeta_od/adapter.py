"""Keeta Open Delivery as a `PlatformAdapter`: poll, acknowledge, fetch, act, decrypt.

Each polled event is read on its own: one that is malformed or of a type Keeta does not document
becomes a `BadEvent` (to be quarantined and acknowledged) without holding back the others.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import httpx
from pydantic import ValidationError

from kds.clock import Clock
from kds.domain.actions import Action, PlatformPolicy
from kds.domain.events import BadEvent, OrderEvent, RawEvent
from kds.domain.order import Order, OrderType, Platform, is_encrypted
from kds.domain.riders import Rider, Vehicle
from kds.platforms.base import (
    ActionRequest,
    FetchedOrder,
    PlatformRejectedError,
    PollResult,
)
from kds.platforms.keeta_od import models as wire
from kds.platforms.keeta_od.client import MAX_POLLING_MERCHANTS, KeetaODClient, iso_utc
from kds.platforms.keeta_od.mapping import implied_events, map_event, map_order
from kds.platforms.keeta_od.policy import POLICY

log = logging.getLogger(__name__)

VEHICLE_TYPES: dict[Vehicle, str] = {
    Vehicle.MOTORBIKE: "MOTORBIKE_BOX", Vehicle.SCOOTER: "SCOOTER", Vehicle.BICYCLE: "BICYCLE", Vehicle.CAR: "CAR"}
"""Our vehicle types as Open Delivery's `vehicle.type` [C].

A motorbike is `MOTORBIKE_BOX` (a delivery box rather than a bag: what restaurants' own riders
usually carry); a rider on foot has no Open Delivery vehicle, so `vehicle` is left out.
"""


def tracking_info(rider: Rider, at: datetime) -> dict[str, Any]:
    """`deliveryTrackingInfo` naming our rider, as far as Open Delivery allows it [C].

    The rider's id and name (`deliveryPerson` has no phone), the vehicle and its plate, and the delivery
    under way.
    """
    info: dict[str, Any] = {"event": {"type": "DELIVERY_ONGOING", "datetime": iso_utc(at)},
                            "deliveryPerson": {"name": rider.name}}
    if rider.id > 0:
        info["deliveryPerson"]["id"] = str(rider.id)
    vehicle = VEHICLE_TYPES.get(rider.vehicle)
    if vehicle is not None:
        info["vehicle"] = {"type": [vehicle]}
        if rider.plate.strip():
            info["vehicle"]["licencePlate"] = rider.plate.strip()
    return info


def read_event(raw: Any, platform: Platform = Platform.KEETA_OD) -> tuple[OrderEvent, RawEvent] | BadEvent:
    """One polled JSON value as a mapped event with its raw form, or as a `BadEvent` saying why."""
    if not isinstance(raw, dict):
        return BadEvent(raw={"value": raw}, reason=f"event is a JSON {type(raw).__name__}, not an object")
    try:
        event = wire.Event.model_validate(raw)
    except ValidationError as exc:
        return BadEvent(raw=raw, reason=_reason(exc), event_id=_str(raw.get("eventId")),
                        order_id=_str(raw.get("orderId")), event_type=_str(raw.get("eventType")))
    mapped = map_event(event, platform)
    return mapped, RawEvent(event.event_id, event.order_id, event.event_type.value, raw)


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _reason(exc: ValidationError) -> str:
    for error in exc.errors():
        if tuple(error["loc"]) == ("eventType",) and error["type"] == "enum":
            return "unknown event type"
    fields = sorted({".".join(str(p) for p in error["loc"]) or "event" for error in exc.errors()})
    return "malformed event: " + ", ".join(fields[:5])


class KeetaODAdapter:
    """The services' view of one Keeta Open Delivery account. It owns the client and closes it."""

    platform: Platform = Platform.KEETA_OD

    def __init__(self, client: KeetaODClient, clock: Clock, policy: PlatformPolicy | None = None) -> None:
        """Wrap `client`; `policy` defaults to Keeta's (pass a scaled one for time-scaled demos)."""
        self.client = client
        self.clock = clock
        self.policy = policy or POLICY

    @property
    def account(self) -> str:
        """The account this adapter polls (the lease and rate limit stations share are named by it)."""
        return self.client.account

    async def poll(self) -> PollResult:
        """New events (possibly repeats: the poller dedupes by event id) and the unreadable ones."""
        events: list[tuple[OrderEvent, RawEvent]] = []
        bad: list[BadEvent] = []
        for raw in await self.client.poll_events():
            result = read_event(raw, self.platform)
            if isinstance(result, BadEvent):
                log.warning("Keeta event %s of order %s unreadable: %s",
                            result.event_id or "?", result.order_id or "?", result.reason)
                bad.append(result)
            else:
                events.append(result)
        return PollResult(events=tuple(events), bad=tuple(bad), server_offset=self.client.server_offset)

    async def acknowledge(self, events: Sequence[RawEvent]) -> None:
        """Acknowledge stored events (batches of 100), each once however often it came.

        Events without ids cannot be acknowledged.
        """
        unique = {e.event_id: e for e in events if e.event_id and e.order_id and e.event_type}
        acks = [wire.AckEvent(id=e.event_id, order_id=e.order_id, event_type=e.event_type) for e in unique.values()]
        unnamed = sum(1 for e in events if not (e.event_id and e.order_id and e.event_type))
        if unnamed:
            log.warning("Keeta: %d event(s) without ids cannot be acknowledged", unnamed)
        await self.client.acknowledge(acks)

    async def fetch_order(self, order_id: str) -> FetchedOrder:
        """An order's details, with the event its `lastEvent` implies."""
        order, text = await self.client.get_order(order_id)
        return FetchedOrder(
            order=map_order(order, self.platform),
            raw=text,
            events=implied_events(order, self.client.platform_now(), self.platform),
        )

    async def perform(self, request: ActionRequest) -> None:
        """Send a staff action. Keeta OD has no "collected" call and no merchant partial refund.

        Our rider goes with `dispatch`; another rider taking over is a `tracking` update.
        """
        order_id = request.order.key.order_id
        match request.action:
            case Action.CONFIRM:
                await self.client.confirm(order_id, request.external_code or request.order.display_id,
                                          request.preparation_minutes, request.reason)
            case Action.READY:
                await self.client.ready_for_pickup(order_id)
            case Action.CANCEL:
                code = self._code(request, wire.CANCEL_CODES, "cancel")
                # The dishes staff picked as run out (their line ids are Keeta's item ids).
                await self.client.request_cancellation(order_id, _reason_text(request, code), code,
                                                       out_of_stock=[line_id for line_id, _ in request.items])
            case Action.AGREE_REFUND:
                await self.client.accept_refund(order_id)
            case Action.REJECT_REFUND:
                code = self._code(request, wire.REJECT_REFUND_CODES, "refund rejection")
                await self.client.reject_refund(order_id, _reason_text(request, code), code)
            case Action.DISPATCH:
                rider = Rider.from_extra(request.extra)
                info = tracking_info(rider, self.client.platform_now()) if rider is not None else None
                await self.client.dispatch(order_id, info)
            case Action.DELIVERED:
                await self.client.delivered(order_id)  # Open Delivery's `delivered` takes no body
            case Action.CHANGE_RIDER:
                rider = Rider.from_extra(request.extra)
                if rider is None:
                    raise PlatformRejectedError("Keeta tracking: no rider given", code="no_rider")
                await self.client.tracking(order_id, tracking_info(rider, self.client.platform_now()))
            case _:
                raise PlatformRejectedError(f"Keeta Open Delivery does not offer {request.action.value}",
                                            code="unsupported")

    @staticmethod
    def _code(request: ActionRequest, allowed: frozenset[str], what: str) -> str:
        if request.reason_code not in allowed:
            raise PlatformRejectedError(f"Keeta does not accept {what} code {request.reason_code!r}",
                                        code="bad_reason")
        return request.reason_code

    async def decrypt(self, order: Order, texts: Sequence[str]) -> dict[str, str]:
        """Plain texts of a self-delivery order's `ENC_` fields; texts Keeta could not decrypt are left out.

        Keeta refuses the others, so they are not asked for.
        """
        if order.type is not OrderType.SELF_DELIVERY:
            return {}
        wanted = list(dict.fromkeys(t for t in texts if is_encrypted(t)))
        if not wanted:
            return {}
        try:
            infos = await self.client.batch_decrypt(wanted)
        except PlatformRejectedError as exc:
            log.warning("Keeta refused to decrypt fields of order %s: %s", order.key.order_id, exc)
            return {}
        result = {i.cipher_text: i.plain_text for i in infos if i.ok and i.cipher_text in wanted}
        if len(result) < len(wanted):
            log.info("Keeta decrypted %d of %d field(s) of order %s", len(result), len(wanted), order.key.order_id)
        return {k: v for k, v in result.items() if v is not None}

    async def set_store_open(self, open_: bool) -> None:
        """Open or close the store for every merchant this adapter polls."""
        for merchant_id in self.client.merchant_ids:
            await self.client.merchant_update(merchant_id, open_)

    async def set_items_available(self, codes: Sequence[str], available: bool) -> None:
        """Refused: Open Delivery takes only whole-menu updates, never one dish."""
        raise PlatformRejectedError("Keeta Open Delivery takes only whole-menu updates", code="unsupported")

    async def aclose(self) -> None:
        """Close the client and its connections."""
        await self.client.aclose()


def _reason_text(request: ActionRequest, code: str) -> str:
    # Keeta requires a reason string; staff may only have picked a code.
    return request.reason.strip() or code.replace("_", " ").lower()


def create_adapter(base_url: str, client_id: str, client_secret: str, merchant_ids: Sequence[str],
                   clock: Clock, policy: PlatformPolicy | None = None, timeout: float = 10.0) -> KeetaODAdapter:
    """A ready adapter with its own HTTP client (closed by `aclose`)."""
    if len(merchant_ids) > MAX_POLLING_MERCHANTS:
        raise ValueError(f"at most {MAX_POLLING_MERCHANTS} merchants can be polled together")
    http = httpx.AsyncClient(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
        headers={"User-Agent": "kds-keeta-od/1", "Accept": "application/json"},
        follow_redirects=False,
    )
    client = KeetaODClient(http, base_url, client_id, client_secret, merchant_ids, clock)
    return KeetaODAdapter(client, clock, policy)

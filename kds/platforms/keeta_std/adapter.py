"""Keeta Standard as a `PlatformAdapter`: events from the relay, details and actions from Keeta.

Events: the relay turns Keeta's webhooks into Open Delivery polling; `poll()` long-polls it
(`wait` seconds) for Keeta Standard events only (`?platform=keeta_std`), so another platform's
backlog on the same relay tenant cannot delay or crowd out ours, and maps each event on its own,
so one unreadable event becomes a `BadEvent` without holding back the others. Should the relay
still serve events of another platform (a relay from before the filter ignores `?platform=`),
they are logged and left alone (neither mapped nor acknowledged); a poll that brings only those
waits `wait` seconds itself rather than letting the poller spin.

Receipts: Keeta pushes no webhook for prepare, collect, dispatched or delivered, and its answer
(`code` 0) to an action is already proof that the order moved. So each successful state-moving
action queues a receipt event (`RECEIPT_TYPE`, id ``receipt:{order}:{action}``) that the next
`poll()` returns at once (it interrupts a long-poll in progress). Receipts are never sent to the
relay's acknowledgment. Webhooks that say the same later (1002, 1003, 1004) are stale in the
fold and change nothing. Partial refunds and refund answers get no receipt: their webhooks
(1005, 1007) carry the amounts, and counting both would count the money twice.

Details: `fetch_order` asks `/order/get` (which needs the shop id: learnt from the order's
events, else `default_shop_id`) and takes only a complete answer. Whatever else Keeta answers is
raised as a `PlatformError` (209000101 right after the 1001, 309000000, HTTP 5xx, a truncated body,
an `orderInfo` without its products or fee details: see `client.get_order`), which the poller
retries until Keeta's acceptance deadline. The 1001's own copy of `orderInfo` rides on that error as
`provisional`: the poller shows the order as placed meanwhile (staff can confirm it), but its events
are acknowledged only once Keeta has answered for the order.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from datetime import timedelta
from typing import Any

import httpx

from kds.clock import Clock
from kds.domain.actions import Action, PlatformPolicy
from kds.domain.credentials import CredentialStatus
from kds.domain.events import BadEvent, EventKind, OrderEvent, RawEvent
from kds.domain.money import Money
from kds.domain.order import Order, OrderType, Platform, is_encrypted
from kds.domain.riders import Rider, Vehicle, split_phone
from kds.platforms.base import (
    ActionRequest,
    FetchedOrder,
    PlatformError,
    PlatformRejectedError,
    PollResult,
    RefundPreview,
)
from kds.platforms.keeta_std import models as wire
from kds.platforms.keeta_std.client import KeetaStdClient
from kds.platforms.keeta_std.mapping import (
    DEFAULT_CURRENCY,
    RELAY_PLATFORM,
    MappedEvent,
    implied_events,
    is_foreign,
    map_order,
    read_event,
)
from kds.platforms.keeta_std.policy import POLICY
from kds.platforms.keeta_std.tokens import DEFAULT_REFRESH_MARGIN, MerchantToken, OnRefresh, TokenKeeper
from kds.platforms.relay import DEFAULT_WAIT, RECEIPT_TYPE, Receipts, RelayClient

log = logging.getLogger(__name__)

RECEIPT_KINDS = {
    Action.CONFIRM: EventKind.ACCEPTED,
    Action.READY: EventKind.READY,
    Action.COLLECT: EventKind.PICKED_UP,
    Action.DISPATCH: EventKind.DISPATCHED,
    Action.DELIVERED: EventKind.DELIVERED,
    Action.CANCEL: EventKind.CANCELLED,
}
"""The event a successful action proves."""

COURIER_FIELDS = ("courierId", "courierName", "courierFirstName", "courierLastName", "courierPhone",
                  "courierPhoneInterCode", "courierVehicle", "vehiclePlateNumber")
"""`ActionRequest.extra` keys passed on as `courierInfo` for dispatched / delivered [C]."""

COURIER_VEHICLES: dict[Vehicle, int] = {
    Vehicle.MOTORBIKE: 1, Vehicle.SCOOTER: 1, Vehicle.BICYCLE: 2, Vehicle.CAR: 3, Vehicle.ON_FOOT: 4}
"""Our vehicle types as Keeta's `courierVehicle` (1..4 [C]).

Keeta documents only the enum values, not what they mean [I]: 1 a motorbike (a motor scooter is
one too), 2 a bicycle, 3 a car (Keeta's own example sends 3 with a car plate), 4 anything else
(we send it for a rider on foot).
"""

_REMEMBERED = 5000  # orders whose shop is kept in memory


class KeetaStdAdapter:
    """The services' view of one Keeta Standard merchant authorization behind one relay tenant."""

    platform: Platform = Platform.KEETA_STD

    def __init__(self, client: KeetaStdClient, relay: RelayClient, clock: Clock,
                 policy: PlatformPolicy | None = None, *, wait: float = DEFAULT_WAIT, default_shop_id: str = "",
                 default_currency: str = DEFAULT_CURRENCY, tokens: TokenKeeper | None = None) -> None:
        """Read events through `relay`, act through `client`; `wait` is the long-poll in seconds."""
        self.client = client
        self.relay = relay
        self.clock = clock
        self.policy = policy or POLICY
        self.wait = wait
        self.default_shop_id = default_shop_id
        self.default_currency = default_currency
        self.tokens = tokens
        self._shops: OrderedDict[str, str] = OrderedDict()  # order id -> shop id, seen in events
        # order id -> the 1001's own copy of the order: shown while `/order/get` cannot answer (never
        # acknowledged on its strength: see `fetch_order`)
        self._placed: OrderedDict[str, tuple[wire.OrderInfo, dict[str, Any]]] = OrderedDict()
        self.receipts = Receipts(clock)
        self.foreign_skipped = 0

    # --- events --------------------------------------------------------------------------------

    async def poll(self) -> PollResult:
        """New events (repeats possible: the poller dedupes) plus receipts of actions just done."""
        receipts = self.receipts.take()
        try:
            raws = await self.receipts.read(self.relay, 0.0 if receipts else self.wait)
        except BaseException:
            self.receipts.give_back(receipts)  # not delivered: the next poll returns them
            raise
        receipts += self.receipts.take()
        events: list[tuple[OrderEvent, RawEvent]] = []
        bad: list[BadEvent] = []
        foreign = [raw for raw in raws if is_foreign(raw)]
        if foreign:
            # Only a relay that ignores `?platform=` sends these; say so once, then count them.
            (log.debug if self.foreign_skipped else log.warning)(
                "the relay served %d events of other platforms (it ignores the platform filter: "
                "upgrade it); they are left for their own reader", len(foreign))
            self.foreign_skipped += len(foreign)
            if len(foreign) == len(raws) and not receipts:
                # The relay answers at once while they are pending: idle here instead of spinning.
                await self.receipts.idle(self.wait)
                receipts += self.receipts.take()
        for raw in raws:
            if is_foreign(raw):
                continue
            result = read_event(raw, self.platform, self.default_currency)
            if isinstance(result, BadEvent):
                log.warning("Keeta event %s of order %s unreadable: %s",
                            result.event_id or "?", result.order_id or "?", result.reason)
                bad.append(result)
                continue
            self._remember(result)
            events.extend((event, result.raw) for event in result.events)
        return PollResult(events=tuple(receipts + events), bad=tuple(bad), server_offset=self.client.server_offset)

    def _remember(self, mapped: MappedEvent) -> None:
        order_id = mapped.raw.order_id
        if not order_id:
            return
        self._shops[order_id] = mapped.shop_id or self._shops.get(order_id, "")
        self._shops.move_to_end(order_id)
        while len(self._shops) > _REMEMBERED:
            self._shops.popitem(last=False)
        if mapped.placed is not None:
            self._placed[order_id] = (mapped.placed, mapped.placed_raw)
            while len(self._placed) > _REMEMBERED:
                self._placed.popitem(last=False)

    async def acknowledge(self, events: Sequence[RawEvent]) -> None:
        """Acknowledge stored relay events (batches of 100); receipts and repeats are left out."""
        await self.relay.acknowledge_events(events)

    # --- orders --------------------------------------------------------------------------------

    def shop_of(self, order_id: str) -> str:
        """The shop id of an order seen in polling, else `default_shop_id` ("" when neither)."""
        return self._shops.get(order_id, "") or self.default_shop_id

    async def fetch_order(self, order_id: str) -> FetchedOrder:
        """An order's complete details from `/order/get`, with the event its status implies.

        Any other answer raises (see the module docstring).
        """
        shop = self.shop_of(order_id)
        try:
            if not shop:
                raise PlatformRejectedError(f"Keeta order {order_id}: shop unknown", code="unknown_shop")
            info, raw = await self.client.get_order(order_id, shop)
        except PlatformError as exc:
            placed = self._placed.get(order_id)
            if placed is not None:
                # The poller shows the order as placed meanwhile and keeps asking; its events wait.
                order = map_order(placed[0], self.platform, shop_id=shop, default_currency=self.default_currency)
                exc.provisional = FetchedOrder(order=order, raw=placed[1])
            raise
        self._placed.pop(order_id, None)
        order = map_order(info, self.platform, shop_id=shop, default_currency=self.default_currency)
        return FetchedOrder(order=order, raw=raw, events=implied_events(info, self.client.platform_now(),
                                                                        self.platform))

    def _shop(self, order: Order) -> str:
        return order.merchant_id or self.shop_of(order.key.order_id)

    async def perform(self, request: ActionRequest) -> None:
        """Send a staff action; on success queue its receipt for the next poll."""
        order = request.order
        oid, shop, client = order.key.order_id, self._shop(order), self.client
        match request.action:
            case Action.CONFIRM:
                await client.confirm(oid, shop)
            case Action.READY:
                await client.prepare(oid, shop)
            case Action.COLLECT:
                await client.collect(oid, shop)
            case Action.CANCEL:
                await client.cancel(oid, shop, request.reason_code, request.reason)
            case Action.AGREE_REFUND:
                await client.agree_refund(oid, shop)
            case Action.REJECT_REFUND:
                await client.reject_refund(oid, shop, request.reason_code, request.reason)
            case Action.PARTIAL_REFUND:
                await client.refund_apply(oid, shop, request.items, request.reason_code, request.reason)
            case Action.DISPATCH:
                await client.dispatched(oid, shop, courier_info(request.extra))
            case Action.DELIVERED:
                await client.delivered(oid, shop, courier_info(request.extra))
            case Action.CHANGE_RIDER:
                courier = courier_info(request.extra)
                if courier is None:
                    raise PlatformRejectedError("Keeta updateCourierInfo: no rider given", code="no_rider")
                await client.update_courier_info(oid, shop, courier)
        self._receipt(request)

    def _receipt(self, request: ActionRequest) -> None:
        kind = RECEIPT_KINDS.get(request.action)
        if kind is None:
            return
        oid = request.order.key.order_id
        event = OrderEvent(
            platform=self.platform, event_id=f"receipt:{oid}:{request.action.value}", order_id=oid, kind=kind,
            created_at=self.client.platform_now(), source_type=RECEIPT_TYPE, actor="merchant",
            code=request.reason_code if request.action is Action.CANCEL else "",
            reason=request.reason if request.action is Action.CANCEL else "",
            details={"receipt": request.action.value})
        self.receipts.add(event, {"action": request.action.value})

    async def refund_preview(self, order: Order, items: Sequence[tuple[str, int]]) -> RefundPreview:
        """What refunding `items` ((orderProductId, count)) gives back, as Keeta computes it.

        With no items, `refundable` lists what can still be refunded (and the amount is zero).
        """
        data = await self.client.refund_preview(order.key.order_id, self._shop(order), items)
        currency = (data.currency or order.currency).upper()
        minor = data.refundMoney if data.refundMoney is not None else sum(p.refundMoney for p in data.products)
        refundable = tuple((p.line_id, p.refundableCount if p.refundableCount is not None else p.count)
                           for p in data.products if p.line_id)
        return RefundPreview(amount=Money.from_minor(minor, currency), items=tuple(items), refundable=refundable)

    async def update_courier_info(self, order: Order, courier: Mapping[str, Any]) -> None:
        """Tell Keeta who our rider is (self-delivery orders)."""
        await self.client.update_courier_info(order.key.order_id, self._shop(order), courier)

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
            infos = await self.client.batch_decrypt(self._shop(order), wanted)
        except PlatformRejectedError as exc:
            log.warning("Keeta refused to decrypt fields of order %s: %s", order.key.order_id, exc)
            return {}
        return {i.cipherText: i.plainText for i in infos if i.ok and i.plainText is not None and i.cipherText in wanted}

    def credential_status(self) -> CredentialStatus | None:
        """The merchant token's expiry and renewal state (None: no token keeper)."""
        return self.tokens.status(self.platform) if self.tokens is not None else None

    async def aclose(self) -> None:
        """Close both HTTP clients."""
        await self.client.aclose()
        await self.relay.http.aclose()


def rider_courier_info(rider: Rider) -> dict[str, Any]:
    """Keeta's `courierInfo` for one of our riders (the phone split into dialling code and number)."""
    info: dict[str, Any] = {"courierName": rider.name, "courierVehicle": COURIER_VEHICLES[rider.vehicle]}
    if rider.id > 0:
        info["courierId"] = rider.id
    first, _, last = rider.name.strip().partition(" ")
    if last.strip():
        info["courierFirstName"], info["courierLastName"] = first, last.strip()
    code, number = split_phone(rider.phone)
    if number:
        info["courierPhone"] = number
        if code:
            info["courierPhoneInterCode"] = code
    if rider.plate.strip():
        info["vehiclePlateNumber"] = rider.plate.strip()
    return info


def courier_info(extra: Mapping[str, str]) -> dict[str, Any] | None:
    """`courierInfo` from an action's `extra`, or None.

    Either a rider (`Rider.to_extra`) or Keeta's own fields (numbers where Keeta wants numbers).
    """
    rider = Rider.from_extra(extra)
    if rider is not None:
        return rider_courier_info(rider)
    info: dict[str, Any] = {}
    for key in COURIER_FIELDS:
        value = extra.get(key, "").strip()
        if value:
            info[key] = int(value) if key in ("courierId", "courierVehicle") and value.isdigit() else value
    return info or None


def create_adapter(relay_url: str, tenant_token: str, api_base_url: str, app_id: int | str, app_secret: str,
                   access_token: str | MerchantToken, clock: Clock, policy: PlatformPolicy | None = None, *,
                   on_token_refresh: OnRefresh | None = None,
                   refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN, wait: float = DEFAULT_WAIT,
                   default_shop_id: str = "", default_currency: str = DEFAULT_CURRENCY,
                   timeout: float = 10.0) -> KeetaStdAdapter:
    """A ready adapter with its own HTTP clients (closed by `aclose`).

    Args:
        relay_url: The relay's base URL.
        tenant_token: The relay tenant's bearer token (`kds relay add-tenant`).
        api_base_url: Keeta's Standard API base, `https://open.mykeeta.com/api/open`.
        app_id: Keeta `appId`.
        app_secret: Keeta app secret (signs every call).
        access_token: The merchant token: a bare string (never refreshed) or a `MerchantToken`
            with its refresh token and expiry (refreshed `refresh_margin` before it expires, each
            new one handed to `on_token_refresh` to be stored).
        clock: The injected clock.
        policy: Keeta Standard's policy (pass a scaled one for time-scaled demos).
        on_token_refresh: Stores a refreshed token (the app: in the OS keyring); a coroutine function
            is awaited before the call that needed the token goes on.
        refresh_margin: How long before expiry the token is refreshed.
        wait: Long-poll seconds at the relay (0: plain polling).
        default_shop_id: The shop for orders whose shop was not seen in an event (after a restart).
        default_currency: Currency of amounts that come without one.
        timeout: Seconds for each Keeta API call.
    """
    token = access_token if isinstance(access_token, MerchantToken) else MerchantToken(access_token)
    api_http = httpx.AsyncClient(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
        headers={"User-Agent": "kds-keeta-std/1", "Accept": "application/json"}, follow_redirects=False)
    relay_http = httpx.AsyncClient(
        timeout=httpx.Timeout(wait + 15.0, connect=5.0),
        limits=httpx.Limits(max_connections=2, max_keepalive_connections=1),
        headers={"User-Agent": "kds-keeta-std/1", "Accept": "application/json"}, follow_redirects=False)
    keeper = TokenKeeper(token, clock, on_refresh=on_token_refresh, refresh_margin=refresh_margin)
    client = KeetaStdClient(api_http, api_base_url, app_id, app_secret, keeper.access_token, clock)
    keeper.refresher = client.refresh_token
    relay = RelayClient(relay_http, relay_url, tenant_token, RELAY_PLATFORM, clock)
    return KeetaStdAdapter(client, relay, clock, policy, wait=wait, default_shop_id=default_shop_id,
                           default_currency=default_currency, tokens=keeper)


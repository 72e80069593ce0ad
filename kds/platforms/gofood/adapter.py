"""GoFood as a `PlatformAdapter`: notifications from the relay, actions through the GoBiz API.

Events: GoFood pushes notifications only; the relay verifies `X-Go-Signature`, stores them and
serves them as Open Delivery polling. `poll()` long-polls it (`wait` seconds) for GoFood's events
only (`?platform=gofood`) and maps each on its own (`mapping.read_event`), so one unreadable event
becomes a `BadEvent` without holding back the others. Events of another platform (a relay that
ignores the filter) are left alone, as Keeta Standard's adapter does.

Details: GoFood has no endpoint to read an order, and every notification carries the whole order.
So `fetch_order` answers from the newest notification seen for it (by GoFood's `timestamp`).
After a restart an order already on the board needs no details; one whose notifications are still
unacknowledged comes back with them.

Choices where GoBiz's documentation is silent (a careful integrator's, kept in one place):

- The order's id is its `order_number`, the only id a notification carries: the display id and
  the `{order_id}` of the action endpoints.
- The accept window counts from the order's `created_at` (the awaiting notification follows it at
  once); the acceptance mode is a setting (`policy.AcceptanceMode`), since no notification says it.
  Outlets behind one tenant may work in different modes (`outlet_modes`, `OUTLET=mode`): an order of
  such an outlet carries its mode's window (`Order.accept_window_seconds`, `accepts_on_timeout`);
  the others follow the platform-wide mode's policy.
- An action answered 409 (or 422) is "not in a valid state". GoBiz's words say what the order
  already is ("already accepted", "already cancelled"): `fetch_order` then returns that as an
  implied event, so the outbox reconciles (marks the action done, or the order cancelled) instead
  of showing an error. Words that say nothing leave the action failed as not possible in the state.
- A successful action is proof that the order moved, and GoFood sends no notification for
  food-prepared: each successful action queues a receipt (`kds.platforms.relay.Receipts`) that the
  next poll returns at once. The notification that follows (merchant_accepted, cancelled) is then
  stale in the fold and changes nothing.
- `webhook_error` (GoFood's word that a notification to us failed) is quarantined like any unreadable
  event, and reported as a `PlatformWarning` in the poll's result: the status bar shows it in amber on
  GoFood's entry. `webhook_errors` counts them.
- An action goes to the order's own outlet (`body.outlet.id`, the order's `merchant_id`): one relay
  tenant may bring the orders of several outlets. An order that names none goes to the outlet set.
- A reject sends staff's words as `cancel_reason_description`; when they are under GoBiz's 3
  characters, the reason's own description is sent (`policy.REASON_DESCRIPTIONS`), with the words.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import httpx

from kds.clock import Clock
from kds.domain.actions import Action, PlatformPolicy
from kds.domain.events import BadEvent, EventKind, OrderEvent, RawEvent
from kds.domain.order import Order, Platform
from kds.platforms.base import (
    ActionRequest,
    FetchedOrder,
    InvalidStateError,
    PlatformRejectedError,
    PlatformTransientError,
    PlatformWarning,
    PollResult,
)
from kds.platforms.gofood import models as wire
from kds.platforms.gofood.client import MIN_DESCRIPTION, TOKEN_MARGIN, GoBizClient, implied_kind
from kds.platforms.gofood.mapping import (
    DEFAULT_CURRENCY,
    RELAY_PLATFORM,
    MappedEvent,
    is_foreign,
    map_order,
    order_path_type,
    read_event,
    warning_of,
)
from kds.platforms.gofood.policy import POLICY, REASON_DESCRIPTIONS, AcceptanceMode, policy_for
from kds.platforms.relay import DEFAULT_WAIT, RECEIPT_TYPE, Receipts, RelayClient

log = logging.getLogger(__name__)

RECEIPT_KINDS = {Action.CONFIRM: EventKind.ACCEPTED, Action.READY: EventKind.READY, Action.CANCEL: EventKind.CANCELLED}
"""The event a successful action proves."""

_REMEMBERED = 5000  # orders whose newest notification is kept in memory


class GoFoodAdapter:
    """The services' view of one GoFood outlet behind one relay tenant."""

    platform: Platform = Platform.GOFOOD

    def __init__(self, client: GoBizClient, relay: RelayClient, clock: Clock, policy: PlatformPolicy | None = None,
                 *, mode: AcceptanceMode = AcceptanceMode.MANUAL, wait: float = DEFAULT_WAIT,
                 default_currency: str = DEFAULT_CURRENCY,
                 outlet_policies: Mapping[str, PlatformPolicy] | None = None) -> None:
        """Read events through `relay`, act through `client`; `policy` is the mode's (`policy_for`).

        `outlet_policies` gives the policy of each outlet whose mode is not `mode` (by outlet id).
        """
        self.client = client
        self.outlet_policies = dict(outlet_policies or {})
        self.relay = relay
        self.clock = clock
        self.mode = mode
        self.policy = policy or policy_for(mode)
        self.wait = wait
        self.default_currency = default_currency
        self.receipts = Receipts(clock)
        # order number -> (GoFood's time of the notification, its body, the body as received)
        self._copies: OrderedDict[str, tuple[datetime, wire.Body, dict[str, Any]]] = OrderedDict()
        # order number -> what an "invalid state" answer said it is, and the order as staff saw it
        self._implied: dict[str, tuple[OrderEvent, Order]] = {}
        self.foreign_skipped = 0
        self.webhook_errors = 0

    # --- events --------------------------------------------------------------------------------

    async def poll(self) -> PollResult:
        """New events (repeats possible: the poller dedupes) plus receipts of actions just done."""
        receipts = self.receipts.take()
        try:
            raws = await self.receipts.read(self.relay, 0.0 if receipts else self.wait)
        except BaseException:
            self.receipts.give_back(receipts)
            raise
        receipts += self.receipts.take()
        foreign = [raw for raw in raws if is_foreign(raw)]
        if foreign:
            (log.debug if self.foreign_skipped else log.warning)(
                "the relay served %d events of other platforms (it ignores the platform filter: "
                "upgrade it); they are left for their own reader", len(foreign))
            self.foreign_skipped += len(foreign)
            if len(foreign) == len(raws) and not receipts:
                await self.receipts.idle(self.wait)
                receipts += self.receipts.take()
        events: list[tuple[OrderEvent, RawEvent]] = []
        bad: list[BadEvent] = []
        warnings: list[PlatformWarning] = []
        for raw in raws:
            if is_foreign(raw):
                continue
            result = read_event(raw, self.platform, self.default_currency)
            if isinstance(result, BadEvent):
                warning = warning_of(raw)
                if warning is not None:
                    self.webhook_errors += 1
                    warnings.append(warning)
                log.warning("GoFood event %s of order %s unreadable: %s",
                            result.event_id or "?", result.order_id or "?", result.reason)
                bad.append(result)
                continue
            self._remember(result)
            events.extend((event, result.raw) for event in result.events)
        return PollResult(events=tuple(receipts + events), bad=tuple(bad), server_offset=self.client.server_offset,
                          warnings=tuple(sorted(warnings, key=lambda w: w.at)))

    def _remember(self, mapped: MappedEvent) -> None:
        order_id = mapped.body.order.order_number
        known = self._copies.get(order_id)
        if known is None or mapped.at >= known[0]:
            self._copies[order_id] = (mapped.at, mapped.body, mapped.body_raw)
        self._copies.move_to_end(order_id)
        while len(self._copies) > _REMEMBERED:
            self._copies.popitem(last=False)

    async def acknowledge(self, events: Sequence[RawEvent]) -> None:
        """Acknowledge stored relay events (batches of 100); receipts and repeats are left out."""
        await self.relay.acknowledge_events(events)

    # --- orders --------------------------------------------------------------------------------

    def _own_window(self, order: Order) -> Order:
        """`order` with its outlet's acceptance window when that outlet's mode is not the platform-wide one.

        An outlet in full auto-accept sends no awaiting notification, so its orders need no window.
        """
        policy = self.outlet_policies.get(order.merchant_id)
        if policy is None or policy.accept_window is None:
            return order
        return replace(order, accept_window_seconds=policy.accept_window.total_seconds(),
                       accepts_on_timeout=policy.auto_accepts_on_timeout)

    async def fetch_order(self, order_id: str) -> FetchedOrder:
        """The order as its newest notification gave it, with what an "invalid state" answer implied.

        Raises:
            PlatformTransientError: no notification of the order was seen since the start.
        """
        implied = self._implied.pop(order_id, None)
        events = (implied[0],) if implied is not None else ()
        copy = self._copies.get(order_id)
        if copy is not None:
            at, body, raw = copy
            order = self._own_window(map_order(body, self.platform, seen_at=at,
                                               default_currency=self.default_currency))
            return FetchedOrder(order=order, raw=raw, events=events)
        if implied is not None:
            return FetchedOrder(order=implied[1], raw={"orderId": order_id}, events=events)
        raise PlatformTransientError(f"GoFood order {order_id}: no notification of it seen yet (GoFood has no "
                                     "endpoint to read an order)", code="no_copy")

    async def perform(self, request: ActionRequest) -> None:
        """Send a staff action; on success queue its receipt for the next poll."""
        order = request.order
        oid, kind = order.key.order_id, order_path_type(order.type)
        outlet = order.merchant_id  # the order's own outlet: one tenant may bring several ("" for the set one)
        try:
            match request.action:
                case Action.CONFIRM:
                    await self.client.accept(oid, kind, outlet)
                case Action.READY:
                    await self.client.food_prepared(oid, kind, outlet)
                case Action.CANCEL:
                    await self.client.reject(oid, kind, request.reason_code,
                                             description(request.reason_code, request.reason), outlet)
                case _:
                    raise PlatformRejectedError(f"GoFood has no {request.action.value} action", code="unsupported")
        except InvalidStateError as exc:
            said = implied_kind(exc)
            if said is not None:
                event = OrderEvent(self.platform, f"state:{oid}:{said.value}", oid, said, self.client.platform_now(),
                                   source_type="GOFOOD_STATE", actor="platform",
                                   details={"implied_by": str(exc)[:200]})
                self._implied[oid] = (event, order)
            raise
        self._receipt(request)

    def _receipt(self, request: ActionRequest) -> None:
        kind = RECEIPT_KINDS[request.action]
        oid = request.order.key.order_id
        cancel = request.action is Action.CANCEL
        self.receipts.add(OrderEvent(
            platform=self.platform, event_id=f"receipt:{oid}:{request.action.value}", order_id=oid, kind=kind,
            created_at=self.client.platform_now(), source_type=RECEIPT_TYPE, actor="merchant",
            code=request.reason_code if cancel else "", reason=request.reason if cancel else "",
            details={"receipt": request.action.value}))

    async def decrypt(self, order: Order, texts: Sequence[str]) -> dict[str, str]:
        """GoFood sends nothing encrypted."""
        return {}

    async def set_store_open(self, open_: bool) -> None:
        """Open the outlet on GoFood, or close it (`force_close`)."""
        await self.client.set_force_close(not open_)

    async def set_items_available(self, codes: Sequence[str], available: bool) -> None:
        """Refused: the shape of GoBiz's item stock call is not confirmed (see the platform reference)."""
        raise PlatformRejectedError("GoFood: the item stock call is not confirmed", code="unsupported")

    async def aclose(self) -> None:
        """Close both HTTP clients."""
        await self.client.aclose()
        await self.relay.http.aclose()


def description(code: str, words: str) -> str:
    """`cancel_reason_description`: staff's words, or the reason's own description when they are too short."""
    words = words.strip()
    if len(words) >= MIN_DESCRIPTION:
        return words
    default = REASON_DESCRIPTIONS.get(code, REASON_DESCRIPTIONS["OTHERS"])
    return f"{default}: {words}" if words else default


def create_adapter(relay_url: str, tenant_token: str, api_url: str, auth_url: str, client_id: str,
                   client_secret: str, outlet_id: str, clock: Clock, policy: PlatformPolicy | None = None, *,
                   mode: AcceptanceMode = AcceptanceMode.MANUAL, wait: float = DEFAULT_WAIT,
                   token_margin: timedelta = TOKEN_MARGIN, timeout: float = 10.0,
                   outlet_modes: Mapping[str, AcceptanceMode] | None = None) -> GoFoodAdapter:
    """A ready adapter with its own HTTP clients (closed by `aclose`).

    Args:
        relay_url: The relay's base URL.
        tenant_token: The relay tenant's bearer token (`kds relay add-tenant`).
        api_url: GoBiz's API base (`https://api.gobiz.co.id`, sandbox `https://api.partner-sandbox.gobiz.co.id`).
        auth_url: GoBiz's OAuth base (`https://integration-goauth.gojekapi.com`).
        client_id: The GoBiz app's client id.
        client_secret: The GoBiz app's client secret.
        outlet_id: The outlet's GoBiz id (`G123456789`).
        clock: The injected clock.
        policy: GoFood's policy, possibly scaled (the mode's window is derived from it: `policy_for`).
        mode: The outlet's acceptance mode.
        wait: Long-poll seconds at the relay (0: plain polling).
        token_margin: How long before its expiry the token is renewed.
        timeout: Seconds for each GoBiz call.
        outlet_modes: The acceptance mode of each outlet that does not work in `mode` (`policy.outlet_modes`).
    """
    if not outlet_id.strip():
        raise ValueError("GoFood needs the outlet id")
    api_http = httpx.AsyncClient(
        timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
        limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
        headers={"User-Agent": "kds-gofood/1", "Accept": "application/json"}, follow_redirects=False)
    relay_http = httpx.AsyncClient(
        timeout=httpx.Timeout(wait + 15.0, connect=5.0),
        limits=httpx.Limits(max_connections=2, max_keepalive_connections=1),
        headers={"User-Agent": "kds-gofood/1", "Accept": "application/json"}, follow_redirects=False)
    client = GoBizClient(api_http, api_url, auth_url, client_id, client_secret, outlet_id.strip(), clock,
                         margin=token_margin)
    relay = RelayClient(relay_http, relay_url, tenant_token, RELAY_PLATFORM, clock)
    base = policy if policy is not None else POLICY
    outlet_policies = {outlet: policy_for(m, base) for outlet, m in (outlet_modes or {}).items() if m is not mode}
    return GoFoodAdapter(client, relay, clock, policy_for(mode, policy) if policy is not None else None, mode=mode,
                         wait=wait, outlet_policies=outlet_policies)

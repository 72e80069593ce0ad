"""Zeek (Circle K, CKGo) as a `PlatformAdapter`: orders from the relay, Collect to Zeek's API.

Events: the relay stores Zeek's `order_create` callbacks; `poll()` long-polls it for Zeek events
only and maps each on its own (`kds.platforms.zeek.mapping`): the callback carries the whole
order, which is kept for `fetch_order` (Zeek has no order-details call for the store).

Reconciling a Collect: Zeek answers 40401 ("order not found or status not allowed") to a status 5
it will not take, and it has no call to read an order. An order Zeek handed to us over the callback
is not unknown to it, and the seed knows no state after hand-over but collected (Zeek sends no
cancellation): so a 40401 to a Collect means the order is already collected, typically by a send
that reached Zeek before a crash or a lost answer. `perform` then records the implied PICKED_UP
with the order it was asked about, which is the order as the station stored it (`ActionRequest`
is built from the store), and `fetch_order` returns it: the outbox marks the Collect done instead of
failing it, also after a restart, when nothing of the order is in this adapter's memory.

Receipts: Zeek sends nothing back after `UpdateOrderStatus`; its ``{"error": 0}`` is the proof. So
a successful Collect queues a PICKED_UP receipt (``receipt:{order}:collect``) in the shared queue
(`kds.platforms.relay.Receipts`): the next `poll()` returns it at once, interrupting a long-poll in
progress, and it is never acknowledged at the relay.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Sequence

import httpx

from kds.clock import Clock
from kds.domain.actions import Action, PlatformPolicy
from kds.domain.events import BadEvent, EventKind, OrderEvent, RawEvent
from kds.domain.order import Order, Platform
from kds.platforms.base import ActionRequest, FetchedOrder, InvalidStateError, PlatformRejectedError, PollResult
from kds.platforms.relay import DEFAULT_WAIT, RECEIPT_TYPE, WHOLE_STORE, Receipts, RelayClient
from kds.platforms.zeek.client import ZeekClient
from kds.platforms.zeek.mapping import RELAY_PLATFORM, is_foreign, read_event
from kds.platforms.zeek.policy import DEFAULT_REGION, POLICY

log = logging.getLogger(__name__)

_REMEMBERED = 5000  # orders kept in memory for `fetch_order`


class ZeekAdapter:
    """The services' view of one Zeek client account behind one relay tenant."""

    platform: Platform = Platform.ZEEK

    def __init__(self, client: ZeekClient, relay: RelayClient, clock: Clock, policy: PlatformPolicy | None = None,
                 *, wait: float = DEFAULT_WAIT, language: str = "vi", product_update_path: str = "") -> None:
        """Read events through `relay`, act through `client`; `wait` is the long-poll in seconds.

        `product_update_path` is where Zeek takes `BatchUpdateProduct` ("": sold out is told to the
        relay's stock answer only).
        """
        self.client = client
        self.relay = relay
        self.clock = clock
        self.policy = policy or POLICY
        self.wait = wait
        self.language = language
        self.product_update_path = product_update_path
        self._orders: OrderedDict[str, FetchedOrder] = OrderedDict()
        self._implied: dict[str, FetchedOrder] = {}  # what a 40401 to a Collect said, until reconciled
        self.receipts = Receipts(clock)

    async def poll(self) -> PollResult:
        """New orders (repeats possible: the poller dedupes) plus receipts of Collects just done."""
        receipts = self.receipts.take()
        try:
            raws = await self.receipts.read(self.relay, 0.0 if receipts else self.wait)
        except BaseException:
            self.receipts.give_back(receipts)
            raise
        receipts += self.receipts.take()
        events: list[tuple[OrderEvent, RawEvent]] = []
        bad: list[BadEvent] = []
        for raw in raws:
            if is_foreign(raw):
                continue  # only a relay that ignores `?platform=` sends these; their own reader takes them
            result = read_event(raw, self.platform, language=self.language)
            if isinstance(result, BadEvent):
                log.warning("Zeek event %s of order %s unreadable: %s",
                            result.event_id or "?", result.order_id or "?", result.reason)
                bad.append(result)
                continue
            self._orders[result.raw.order_id] = FetchedOrder(order=result.order, raw=result.payload)
            self._orders.move_to_end(result.raw.order_id)
            while len(self._orders) > _REMEMBERED:
                self._orders.popitem(last=False)
            events.extend((event, result.raw) for event in result.events)
        return PollResult(events=tuple(receipts + events), bad=tuple(bad), server_offset=self.client.server_offset)

    async def acknowledge(self, events: Sequence[RawEvent]) -> None:
        """Acknowledge stored relay events; receipts and repeats are left out."""
        await self.relay.acknowledge_events(events)

    async def fetch_order(self, order_id: str) -> FetchedOrder:
        """The order its callback carried, or the collection a 40401 implied (Zeek has no details call).

        Raises:
            PlatformRejectedError: neither is known in this run (the outbox retries: a resent Collect
                either succeeds or is answered 40401, which is then known).
        """
        implied = self._implied.pop(order_id, None)
        if implied is not None:
            return implied
        found = self._orders.get(order_id)
        if found is None:
            raise PlatformRejectedError(f"Zeek order {order_id}: not seen in a callback", code="unknown_order")
        return found

    async def perform(self, request: ActionRequest) -> None:
        """Collect: `UpdateOrderStatus` 5; on success queue its receipt for the next poll."""
        if request.action is not Action.COLLECT:
            raise PlatformRejectedError(f"Zeek has no {request.action.value}", code="unsupported")
        order = request.order
        oid = order.key.order_id
        try:
            await self.client.update_status(oid)
        except InvalidStateError as exc:
            event = OrderEvent(platform=self.platform, event_id=f"state:{oid}:picked_up", order_id=oid,
                               kind=EventKind.PICKED_UP, created_at=self.client.platform_now(),
                               source_type="ZEEK_STATE", actor="platform", details={"implied_by": str(exc)[:200]})
            self._implied[oid] = FetchedOrder(order=order, raw={"order_id": oid}, events=(event,))
            raise
        self.receipts.add(OrderEvent(
            platform=self.platform, event_id=f"receipt:{oid}:collect", order_id=oid, kind=EventKind.PICKED_UP,
            created_at=self.client.platform_now(), source_type=RECEIPT_TYPE, actor="merchant",
            details={"receipt": "collect"}), {"action": "collect"})

    async def decrypt(self, order: Order, texts: Sequence[str]) -> dict[str, str]:
        """Nothing to decrypt: Zeek sends no ciphertexts."""
        return {}

    async def set_store_open(self, open_: bool) -> None:
        """Pause or reopen: the relay answers every inventory check "out of stock" while paused."""
        await self.relay.push_availability({WHOLE_STORE: open_})

    async def set_items_available(self, codes: Sequence[str], available: bool) -> None:
        """Switch products off or on in the relay's stock answers, and on CKGo when configured.

        Both calls only set a state, so a retry after one of them failed sends both again harmlessly.
        """
        await self.relay.push_availability(dict.fromkeys(codes, available))
        if self.product_update_path:
            await self.client.update_products(self.product_update_path, codes, available)

    async def aclose(self) -> None:
        """Close both HTTP clients."""
        await self.client.http.aclose()
        await self.relay.http.aclose()


def create_adapter(relay_url: str, tenant_token: str, api_url: str, client_id: str, client_secret: str,
                   clock: Clock, policy: PlatformPolicy | None = None, *, region: str = DEFAULT_REGION,
                   language: str = "vi", wait: float = DEFAULT_WAIT, timeout: float = 10.0,
                   product_update_path: str = "") -> ZeekAdapter:
    """A ready adapter with its own HTTP clients (closed by `aclose`).

    Args:
        relay_url: The relay's base URL.
        tenant_token: The relay tenant's bearer token (`kds relay add-tenant`).
        api_url: Zeek's API address.
        client_id: Zeek `client_id`.
        client_secret: Zeek `client_secret`.
        clock: The injected clock.
        policy: Zeek's policy (pass a scaled one for time-scaled demos).
        region: `KS-Region` (``SGN`` by default).
        language: The station's language: product names and `KS-Lang`.
        wait: Long-poll seconds at the relay (0: plain polling).
        timeout: Seconds for each Zeek API call.
        product_update_path: Where Zeek takes `BatchUpdateProduct` ("": not used).
    """
    api_http = httpx.AsyncClient(timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
                                 limits=httpx.Limits(max_connections=4, max_keepalive_connections=2),
                                 headers={"User-Agent": "kds-zeek/1", "Accept": "application/json"},
                                 follow_redirects=False)
    relay_http = httpx.AsyncClient(timeout=httpx.Timeout(wait + 15.0, connect=5.0),
                                   limits=httpx.Limits(max_connections=2, max_keepalive_connections=1),
                                   headers={"User-Agent": "kds-zeek/1", "Accept": "application/json"},
                                   follow_redirects=False)
    client = ZeekClient(api_http, api_url, client_id, client_secret, clock, region=region, language=language)
    relay = RelayClient(relay_http, relay_url, tenant_token, RELAY_PLATFORM, clock)
    return ZeekAdapter(client, relay, clock, policy, wait=wait, language=language,
                       product_update_path=product_update_path)

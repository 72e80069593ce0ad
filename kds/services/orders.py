"""The order service: the board's tickets and the staff actions on them. Every operation returns `Changes`."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from kds.clock import Clock
from kds.domain.actions import DESTRUCTIVE, RIDER_ACTIONS, UNDOABLE, Action, PlatformPolicy, allowed_actions
from kds.domain.changes import Changes
from kds.domain.contact import Contact, with_contact
from kds.domain.money import Money
from kds.domain.numbers import with_number_tag
from kds.domain.order import Order, OrderKey, Platform
from kds.domain.refunds import refundable_quantities
from kds.domain.riders import Rider
from kds.domain.states import OrderStatus, Stage
from kds.platforms.base import PlatformAdapter, PlatformError
from kds.services.bus import ChangeBus
from kds.store.contacts import ContactRepository
from kds.store.db import Database
from kds.store.orders import OrderRepository, StoredEvent, StoredOrder
from kds.store.outbox import ActionRecord, ActionState, OutboxRepository

log = logging.getLogger(__name__)


class ActionError(Exception):
    """A staff action that cannot be taken; `code` says why (the UI words it)."""

    def __init__(self, code: str, detail: str = "") -> None:
        """`code` is one of: unknown_order, not_allowed, reason_required, items_required, rider_required."""
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class Ticket:
    """What the board needs about one order.

    `order` is the order as staff see it: for a self-delivery order whose contact was decrypted,
    with the plain phone and address (`contact`); the store keeps the platform's ciphertexts. Its
    `number` tells it apart from an earlier order with the same display id (`kds.domain.numbers`).
    """

    order: Order
    status: OrderStatus
    policy: PlatformPolicy
    actions: tuple[ActionRecord, ...]
    allowed: tuple[Action, ...]
    updated_at: datetime
    contact: Contact | None = None

    @property
    def rider(self) -> Rider | None:
        """Which of our riders has the order: the one named by the latest Dispatch or Change rider."""
        for record in reversed(self.actions):
            if record.action in RIDER_ACTIONS and record.state is not ActionState.UNDONE:
                return Rider.from_extra(record.params.get("extra", {}))
        return None

    @property
    def key(self) -> OrderKey:
        """The order's key."""
        return self.order.key

    def latest(self, action: Action) -> ActionRecord | None:
        """The most recent record of `action`, if any."""
        return next((r for r in reversed(self.actions) if r.action is action), None)

    @property
    def busy(self) -> frozenset[Action]:
        """Actions on their way (their buttons must not fire again)."""
        return frozenset(r.action for r in self.actions if r.active)

    @property
    def failed(self) -> tuple[ActionRecord, ...]:
        """Actions that failed and wait for staff to retry."""
        return tuple(r for r in self.actions if r.state is ActionState.FAILED)


@dataclass(frozen=True, slots=True)
class RefundLimits:
    """How many of each line (by line id) may still be refunded; `from_platform` False: an estimate."""

    quantities: dict[str, int]
    from_platform: bool = False


def _refund_amount(order: Order, items: Sequence[tuple[str, int]]) -> Money:
    total = Money.zero(order.currency)
    for line_id, quantity in items:
        line = order.line(line_id)
        if line is None or line.quantity == 0:
            continue
        total = total + line.total * (Decimal(quantity) / line.quantity)
    return total.rounded()


class OrderService:
    """Reads tickets and records staff actions in the outbox (the runner sends them)."""

    def __init__(self, db: Database, clock: Clock, bus: ChangeBus, policies: Mapping[Platform, PlatformPolicy],
                 *, auto_accept: frozenset[Platform] = frozenset(), undo_seconds: float = 5.0,
                 default_preparation_minutes: int | None = None, wake_outbox: Any = None,
                 adapters: Mapping[Platform, PlatformAdapter] | None = None,
                 busy_minutes: Callable[[Platform], int] | None = None) -> None:
        """Serve tickets from `db`; `wake_outbox()` is called after each new action.

        `busy_minutes(platform)` is what busy mode adds to the preparation time sent on confirm.
        """
        self.db = db
        self.orders = OrderRepository(db)
        self.outbox = OutboxRepository(db)
        self.contacts = ContactRepository(db)
        self.clock = clock
        self.bus = bus
        self.policies = dict(policies)
        self.auto_accept = auto_accept
        self.undo_seconds = undo_seconds
        self.default_preparation_minutes = default_preparation_minutes
        self._wake_outbox = wake_outbox
        self._adapters = dict(adapters or {})
        self._busy_minutes = busy_minutes
        self.clock_offsets: dict[Platform, timedelta] = {}
        bus.subscribe(self._on_changes)

    def now(self, platform: Platform | None = None) -> datetime:
        """The current time on `platform`'s clock (ours corrected by the offset seen in its `Date` headers).

        Deadlines are the platform's, so countdowns use this: a wrong tablet clock must not lie about
        the time left.
        """
        offset = self.clock_offsets.get(platform, timedelta(0)) if platform is not None else timedelta(0)
        return self.clock.now() + offset

    # -- reading --------------------------------------------------------------------------------

    def _tickets(self, stored: list[StoredOrder]) -> list[Ticket]:
        keys = [s.order.key for s in stored]
        actions = self.outbox.for_orders(keys)
        contacts = self.contacts.for_orders(keys)
        tags = self.orders.number_tags([s.order for s in stored])
        result = []
        for s in stored:
            policy = self.policies.get(s.order.key.platform)
            if policy is None:
                continue
            contact = contacts.get(s.order.key)
            shown = with_number_tag(with_contact(s.order, contact), tags.get(s.order.key, ""))
            result.append(Ticket(shown, s.status, policy, tuple(actions.get(s.order.key, ())),
                                 allowed_actions(s.order, s.status, policy), s.updated_at, contact))
        return result

    def board(self, done_window: timedelta = timedelta(minutes=30)) -> list[Ticket]:
        """Open tickets plus those that left the kitchen within `done_window` (the Out/Done column)."""
        finished = self.orders.finished_since(self.clock.now() - done_window)
        return self._tickets(self.orders.open_orders() + finished)

    def ticket(self, key: OrderKey) -> Ticket | None:
        """One ticket."""
        stored = self.orders.get(key)
        tickets = self._tickets([stored]) if stored is not None else []
        return tickets[0] if tickets else None

    def history(self, since: datetime, query: str = "") -> list[Ticket]:
        """Orders since `since` (e.g. today's), newest first, optionally filtered by id, name or item."""
        return self._tickets(self.orders.recent(since, query))

    def journal(self, key: OrderKey) -> list[StoredEvent]:
        """The order's event timeline."""
        return self.orders.journal(key)

    def refund_amount(self, key: OrderKey, items: Sequence[tuple[str, int]]) -> Money:
        """What refunding `items` ((line id, quantity) pairs) gives back, from the order's own prices."""
        stored = self.orders.get(key)
        if stored is None:
            raise ActionError("unknown_order", str(key))
        return _refund_amount(stored.order, items)

    async def refund_preview(self, key: OrderKey, items: Sequence[tuple[str, int]]) -> Money:
        """What refunding `items` gives back, as the platform computes it when it can (Keeta's preview).

        Falls back to the order's own prices when the platform has no preview or cannot answer now.
        """
        adapter = self._adapters.get(key.platform)
        preview = getattr(adapter, "refund_preview", None)
        stored = self.orders.get(key)
        if stored is None:
            raise ActionError("unknown_order", str(key))
        if preview is not None:
            try:
                result = await preview(stored.order, list(items))
            except PlatformError as exc:
                log.info("refund preview of %s unavailable (%s): using the order's prices", key, exc)
            else:
                if isinstance(result.amount, Money):
                    return result.amount
        return _refund_amount(stored.order, items)

    def refund_limits_estimate(self, key: OrderKey) -> RefundLimits:
        """What is left to refund as the order's own events tell it: ordered minus earlier refunds."""
        stored = self.orders.get(key)
        if stored is None:
            raise ActionError("unknown_order", str(key))
        events = [e.event for e in self.orders.journal(key)]
        return RefundLimits(refundable_quantities(stored.order, events))

    async def refund_limits(self, key: OrderKey) -> RefundLimits:
        """What is left to refund as the platform says it (Keeta's preview of no items), else the estimate.

        A preview that lists nothing refundable is taken as the platform not saying (a platform
        whose preview only prices a selection), so the estimate stands.
        """
        estimate = self.refund_limits_estimate(key)
        adapter = self._adapters.get(key.platform)
        preview = getattr(adapter, "refund_preview", None)
        stored = self.orders.get(key)
        if preview is None or stored is None:
            return estimate
        try:
            result = await preview(stored.order, [])
        except PlatformError as exc:
            log.info("refundable quantities of %s unavailable (%s): estimating from the journal", key, exc)
            return estimate
        said = dict(getattr(result, "refundable", ()) or ())
        if not said:
            return estimate
        quantities = {}
        for line in stored.order.lines:
            quantities[line.line_id] = max(0, min(int(line.quantity), int(said.get(line.line_id, 0))))
        return RefundLimits(quantities, from_platform=True)

    # -- acting ---------------------------------------------------------------------------------

    def request(self, key: OrderKey, action: Action, *, reason_code: str = "", reason: str = "",
                preparation_minutes: int | None = None, items: Sequence[tuple[str, int]] = (),
                token: str = "", undo: bool = True, rider: Rider | None = None) -> Changes:
        """Record a staff action in the outbox. Tapping twice never sends it twice.

        `rider` is which of our riders takes a self-delivery order (Dispatch, Change rider);
        Delivered names the rider the order left with.
        """
        ticket = self.ticket(key)
        if ticket is None:
            raise ActionError("unknown_order", str(key))
        if action not in ticket.allowed and action not in ticket.busy:
            raise ActionError("not_allowed", f"{action.value} in {ticket.status.stage.name}")
        if action in DESTRUCTIVE:
            codes = {r.code: r for r in self._reasons(ticket.policy, action)}
            chosen = codes.get(reason_code)
            if codes and chosen is None:
                raise ActionError("reason_required", action.value)
            if chosen is not None and chosen.needs_text and len(reason.strip()) < 3:
                raise ActionError("reason_required", "this reason needs a few words")
        if action is Action.PARTIAL_REFUND and not any(q > 0 for _, q in items):
            raise ActionError("items_required")
        if action is Action.CHANGE_RIDER and rider is None:
            raise ActionError("rider_required")
        params: dict[str, Any] = {"reason_code": reason_code, "reason": reason.strip()}
        named = rider if action in RIDER_ACTIONS else ticket.rider if action is Action.DELIVERED else None
        if named is not None:
            params["extra"] = named.to_extra()
        if preparation_minutes is not None:
            params["preparation_minutes"] = int(preparation_minutes)
        elif action is Action.CONFIRM and self.default_preparation_minutes:
            params["preparation_minutes"] = self.default_preparation_minutes
        if action is Action.CONFIRM and "preparation_minutes" in params and self._busy_minutes is not None:
            params["preparation_minutes"] += self._busy_minutes(key.platform)
        if items:
            params["items"] = [[line_id, int(q)] for line_id, q in items if q > 0]
        now = self.clock.now()
        due = now + timedelta(seconds=self.undo_seconds) if undo and action in UNDOABLE else now
        record, armed = self.outbox.enqueue(key, action, params, now, due=due,
                                            token=token or now.isoformat())
        if armed:
            log.info("staff action %s on %s recorded (#%d)", action.value, key, record.id)
            if self._wake_outbox is not None:
                self._wake_outbox()
        changes = Changes(orders=frozenset({key}), actions=frozenset({record.id}))
        self.bus.publish(changes)
        return changes

    def rider_usage(self, limit: int = 500) -> dict[int, datetime]:
        """When each of our riders (by id) last took an order, from the latest rider actions."""
        return self.outbox.rider_usage(limit)

    @staticmethod
    def _reasons(policy: PlatformPolicy, action: Action) -> tuple[Any, ...]:
        if action is Action.CANCEL:
            return policy.cancel_reasons
        if action is Action.REJECT_REFUND:
            return policy.refund_reject_reasons
        if action is Action.PARTIAL_REFUND:
            return policy.partial_refund_reasons
        return ()

    def undo(self, action_id: int) -> Changes:
        """Withdraw an action still in its undo window; empty changes when it already left."""
        record = self.outbox.get(action_id)
        if record is None or not self.outbox.undo(action_id, self.clock.now()):
            return Changes()
        changes = Changes(orders=frozenset({record.key}), actions=frozenset({action_id}))
        self.bus.publish(changes)
        return changes

    def retry(self, action_id: int) -> Changes:
        """Re-arm a failed action."""
        record = self.outbox.get(action_id)
        if record is None or not self.outbox.retry(action_id, self.clock.now()):
            return Changes()
        if self._wake_outbox is not None:
            self._wake_outbox()
        changes = Changes(orders=frozenset({record.key}), actions=frozenset({action_id}))
        self.bus.publish(changes)
        return changes

    def _on_changes(self, changes: Changes) -> None:
        """Auto-accept new orders of the platforms where the restaurant switched it on."""
        for key in changes.new_orders:
            if key.platform not in self.auto_accept:
                continue
            stored = self.orders.get(key)
            if stored is None or stored.status.stage is not Stage.NEW or not stored.order.lines:
                continue  # a placeholder is confirmed once its details are read (it is told as new again)
            try:
                self.request(key, Action.CONFIRM, undo=False)
            except ActionError as exc:  # pragma: no cover - a NEW order always allows confirm
                log.warning("auto-accept of %s skipped: %s", key, exc)

"""The board's view-model: tickets from the order service, placed in columns, kept current by `Changes`.

The order service publishes what changed; the board fetches only those tickets again, rebuilds
their cards and moves them between columns. The shared ticker calls `tick(now)`: one pass over
the few tickets whose column or urgency depends on time, then one `dataChanged` per column.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QObject, Signal

from kds.domain.actions import Action, primary_action
from kds.domain.changes import Changes
from kds.domain.deadlines import ClockKind, Thresholds, Urgency, accepts_on_timeout, current_clock, format_clock
from kds.domain.dishes import entry_key
from kds.domain.order import Details, Order, OrderKey, Platform
from kds.domain.states import Stage
from kds.services.bus import ChangeBus
from kds.services.orders import OrderService, Ticket
from kds.ui import wording
from kds.ui.viewmodels.card import (
    CardData,
    Column,
    build_card,
    cancelled_by_us,
    column_for,
    confirming,
    finished_at,
    sort_key,
    store_name,
)
from kds.ui.viewmodels.stations import StationBoard
from kds.ui.viewmodels.ticket_model import DisplayClock, TicketListModel
from kds.ui.wording import tr

log = logging.getLogger(__name__)

DISPLAY_ORDER = (Column.NEW, Column.PREPARING, Column.READY, Column.DONE, Column.LATER)
"""Columns left to right; bump-bar numbers run in this order."""

FULL_RELOAD_ABOVE = 40
"""Above this many changed orders in one `Changes`, one board query is cheaper than one query each."""

HIGHLIGHT_FOR = timedelta(seconds=8)
"""How long a card that went straight to Out/Done (cancelled before it was accepted) stands out."""


class AlarmKind(StrEnum):
    """Why the board wants attention (each has its own sound)."""

    NEW_ORDER = "new_order"
    ESCALATION = "escalation"
    CANCELLED = "cancelled"
    REFUND_REQUEST = "refund_request"
    RIDER_ARRIVED = "rider_arrived"


@dataclass(frozen=True, slots=True)
class BoardSettings:
    """How the board behaves (the settings dialog of a later issue edits these)."""

    thresholds: Thresholds = field(default_factory=Thresholds)
    done_window: timedelta = timedelta(minutes=30)


class BoardModel(QObject):
    """Tickets on the board, one `TicketListModel` per column."""

    alarm = Signal(str, object)
    """`(AlarmKind, OrderKey)`: something on the board wants attention."""
    card_changed = Signal(object)
    """An `OrderKey` whose card content changed (the drawer refreshes)."""
    layout_changed = Signal()
    """Tickets arrived, left or moved between columns (counts and numbers change)."""
    selection_changed = Signal(object)
    """The selected `OrderKey` (or None)."""
    touched = Signal(object)
    """Staff touched a ticket (it stops ringing)."""

    def __init__(self, orders: OrderService, bus: ChangeBus | None, now: datetime,
                 settings: BoardSettings | None = None,
                 offset: Callable[[Platform], timedelta] | None = None, parent: QObject | None = None,
                 stations: StationBoard | None = None) -> None:
        """Show the tickets of `orders`; subscribe to `bus` (None: the caller feeds `on_changes`).

        `stations` shows the board as this screen's role does (a kitchen station's lines, the expo's progress).
        """
        super().__init__(parent)
        self.orders = orders
        self.stations = stations
        self.settings = settings or BoardSettings()
        self.now = now
        self._offset = offset or (lambda _p: timedelta(0))
        self.models = {column: TicketListModel(self, column, self) for column in Column}
        self._tickets: dict[OrderKey, Ticket] = {}
        self._cards: dict[OrderKey, CardData] = {}
        self._where: dict[OrderKey, Column] = {}
        self._dismissed: set[OrderKey] = set()
        self._urgency: dict[OrderKey, Urgency] = {}
        self._clocks: dict[OrderKey, DisplayClock] = {}
        self._print_marks: dict[OrderKey, str] = {}
        self._sold_out: frozenset[tuple[Platform, str]] = frozenset()
        self._stores: dict[Platform, set[str]] = {}
        self.several_stores: set[Platform] = set()
        """Platforms whose orders on the board came for more than one store: their cards name the store.
        Once named, stores stay named for the rest of the run (cards do not change back and forth)."""
        self._numbers: dict[OrderKey, int] = {}
        self._by_number: dict[int, OrderKey] = {}
        self._highlight_until: dict[OrderKey, datetime] = {}
        self.selected: OrderKey | None = None
        self.marked: frozenset[OrderKey] = frozenset()
        """Tickets that have the dish tapped in the all-day counts (their cards stand out)."""
        self._unsubscribe = bus.subscribe(self.on_changes) if bus is not None else None
        self.reload()

    def close(self) -> None:
        """Stop listening to the bus."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None

    # -- reading -----------------------------------------------------------------------------

    def ticket(self, key: OrderKey) -> Ticket | None:
        """The ticket of `key` if it is on the board."""
        return self._tickets.get(key)

    def card(self, key: OrderKey) -> CardData | None:
        """The card of `key` if it is on the board."""
        return self._cards.get(key)

    def column_of(self, key: OrderKey) -> Column | None:
        """The column `key` is in."""
        return self._where.get(key)

    def ticket_keys(self) -> list[OrderKey]:
        """Every ticket on the board, in display (bump-bar) order."""
        return [k for column in DISPLAY_ORDER for k in self.models[column].order_keys()]

    def count(self, column: Column) -> int:
        """Number of tickets in `column`."""
        return self.models[column].rowCount()

    def number_of(self, key: OrderKey) -> int:
        """The bump-bar number of `key`, 0 when absent.

        A ticket keeps its number while it is on the board (staff remember "seven" across the room);
        a new ticket gets the lowest number no ticket on the board holds.
        """
        return self._numbers.get(key, 0)

    def key_at_number(self, number: int) -> OrderKey | None:
        """The ticket with bump-bar `number`."""
        return self._by_number.get(number)

    def actionable_count(self, column: Column) -> int:
        """Tickets of `column` someone can still act on: in New, orders that can still be confirmed.

        Cancelled cards waiting to be seen, unreadable orders and refund answers are not counted:
        "3 new" means three orders to accept.
        """
        count = 0
        for key in self.models[column].order_keys():
            ticket, card = self._tickets[key], self._cards[key]
            if ticket.status.stage is Stage.CANCELLED or ticket.order.details is Details.UNREADABLE:
                continue
            if column is Column.NEW:
                confirm = card.button(f"action:{Action.CONFIRM.value}")
                if ticket.status.stage is not Stage.NEW or confirm is None or not confirm.enabled \
                        or self.display_clock(key).urgency is Urgency.EXPIRED:
                    continue
            count += 1
        return count

    def unseen(self) -> list[OrderKey]:
        """Tickets waiting for an "OK, seen" (cancelled in place, unreadable), in display order."""
        return [k for k in self.ticket_keys() if self._cards[k].alert]

    def highlighted(self, key: OrderKey) -> bool:
        """True for a few seconds after `key` was cancelled straight into Out/Done."""
        until = self._highlight_until.get(key)
        return until is not None and self.now < until

    def platform_now(self, platform: Platform) -> datetime:
        """The platform's time at the last tick (our clock corrected by the offset seen in its `Date` header)."""
        return self.now + self._offset(platform)

    def display_clock(self, key: OrderKey) -> DisplayClock:
        """The clock `key`'s card shows at the last tick."""
        cached = self._clocks.get(key)
        if cached is not None:
            return cached
        ticket = self._tickets.get(key)
        if ticket is None:
            return DisplayClock(ClockKind.NONE, "", "")
        clock = current_clock(ticket.order, ticket.status, ticket.policy, self.platform_now(key.platform),
                              self.settings.thresholds)
        if confirming(ticket):  # no deadline runs while the platform hears the Confirm
            record = ticket.latest(Action.CONFIRM)
            sent = record is not None and not record.active
            result = DisplayClock(ClockKind.NONE, "", tr("Confirmed") if sent else tr("Confirming…"))
        elif clock.kind is ClockKind.NONE or ticket.status.stage is Stage.CANCELLED \
                or ticket.order.details is Details.UNREADABLE:  # given up: no deadline left to show
            card = self._cards.get(key)
            # A cancelled card still in its column says so in its red strip, not in the clock's place.
            result = DisplayClock(ClockKind.NONE, "", card.finished_at if card and not card.alert else "")
        elif clock.urgency is Urgency.EXPIRED:
            caption = tr("time is up") if clock.kind in (ClockKind.ACCEPT, ClockKind.REFUND) else ""
            result = DisplayClock(clock.kind, caption, format_clock(0), Urgency.EXPIRED, True)
        else:
            caption = wording.clock_caption(clock.kind)
            if clock.kind is ClockKind.ACCEPT and accepts_on_timeout(ticket.order, ticket.policy):
                caption = tr("accepted automatically in")  # the platform accepts it when the time is up
            result = DisplayClock(clock.kind, caption, format_clock(clock.seconds),
                                  clock.urgency, clock.urgency is Urgency.CRITICAL and self.now.second % 2 == 0)
        self._clocks[key] = result
        return result

    def names_store(self, platform: Platform) -> bool:
        """True when the cards of `platform` name the store (it served several on this board)."""
        return platform in self.several_stores

    def accessible_text(self, key: OrderKey) -> str:
        """The card in one line (screen readers, tests, the history list)."""
        card = self._cards.get(key)
        if card is None:
            return ""
        clock = self.display_clock(key)
        parts = [f"{card.display_id} {card.platform}", card.meta, card.finished]
        if clock.text:
            parts.append(f"{clock.caption} {clock.text}".strip())
        if card.cancelled:
            parts.append(card.cancelled.splitlines()[0])
        parts.extend(s.text for s in card.statuses)
        return " · ".join(p for p in parts if p)

    def critical(self) -> list[OrderKey]:
        """Tickets whose accept or refund deadline is under a minute away (they escalate)."""
        return [k for k, u in self._urgency.items() if u is Urgency.CRITICAL]

    def primary_action(self, key: OrderKey) -> Action | None:
        """What Enter does for `key`: the card's primary, enabled action."""
        ticket, card = self._tickets.get(key), self._cards.get(key)
        if ticket is None or card is None:
            return None
        action = primary_action(ticket.allowed)
        button = card.button(f"action:{action.value}") if action is not None else None
        return action if button is not None and button.enabled else None

    # -- staff interaction -------------------------------------------------------------------

    def select(self, key: OrderKey | None) -> None:
        """Select a ticket (bump-bar digits, a tap)."""
        if key is not None and key not in self._tickets:
            key = None
        if key != self.selected:
            previous, self.selected = self.selected, key
            for k in (previous, key):
                if k is not None:
                    self._refresh_row(k)
            self.selection_changed.emit(key)

    def set_marked(self, keys: frozenset[OrderKey]) -> None:
        """Make the cards of `keys` stand out (a dish tapped in the all-day counts); the others go plain."""
        changed, self.marked = keys ^ self.marked, keys
        for key in changed:
            self._refresh_row(key)

    def touch(self, key: OrderKey) -> None:
        """Staff touched the ticket: it stops ringing."""
        self.touched.emit(key)

    def set_print_marks(self, marks: Mapping[OrderKey, str]) -> None:
        """Orders whose kitchen ticket did not print, with the words their card shows; the others show none."""
        changed = {k for k in set(marks) | set(self._print_marks) if marks.get(k) != self._print_marks.get(k)}
        self._print_marks = dict(marks)
        for key in changed:
            ticket = self._tickets.get(key)
            if ticket is not None:
                self._set(ticket)

    def set_sold_out(self, entries: frozenset[tuple[Platform, str]]) -> bool:
        """The dish entries sold out now (`SoldOutService.entries`): cards with such a line are marked.

        Returns:
            True when the sold-out entries changed.
        """
        changed = entries ^ self._sold_out
        if not changed:
            return False
        self._sold_out = entries
        platforms = {p for p, _ in changed}
        for ticket in list(self._tickets.values()):
            if ticket.key.platform in platforms and any(
                    (ticket.key.platform, entry_key(line.external_code, line.name)) in changed
                    for line in ticket.order.lines):
                self._set(ticket)
        return True

    def print_mark(self, key: OrderKey) -> str:
        """The card's "ticket not printed" words for `key` ("" when none)."""
        return self._print_marks.get(key, "")

    def dismiss(self, key: OrderKey) -> None:
        """Staff saw a cancelled order: move it to Out/Done."""
        self._dismissed.add(key)
        moved = self._place(key)
        self.touched.emit(key)
        if moved:
            self.layout_changed.emit()

    def dismiss_all(self) -> int:
        """Staff saw every cancelled and unreadable order at once ("Clear all seen"); returns how many."""
        keys = self.unseen()
        for key in keys:
            self._dismissed.add(key)
            self._place(key)
            self.touched.emit(key)
        if keys:
            self.layout_changed.emit()
        return len(keys)

    # -- updates -----------------------------------------------------------------------------

    def reload(self) -> None:
        """Fetch the whole board again."""
        tickets = {t.key: t for t in self.orders.board(self.settings.done_window)}
        for key in [k for k in self._tickets if k not in tickets]:
            self._drop(key)
        for ticket in tickets.values():
            self._set(ticket)
        self.layout_changed.emit()

    def on_changes(self, changes: Changes) -> None:
        """Bus listener: refresh what changed and raise alarms."""
        # An order the platform accepted by itself before the board ever showed it is new to the kitchen.
        arrived = frozenset(k for k in changes.accepted if k not in self._tickets)
        if len(changes.orders) > FULL_RELOAD_ABOVE:
            self.reload()
        elif changes.orders:
            for key in sorted(changes.orders, key=str):
                ticket = self.orders.ticket(key)
                if ticket is None:
                    self._drop(key)
                else:
                    self._set(ticket)
            self.layout_changed.emit()
        self._raise_alarms(changes, arrived)

    def _raise_alarms(self, changes: Changes, arrived: frozenset[OrderKey] = frozenset()) -> None:
        for key in sorted(changes.new_orders | arrived, key=str):
            ticket = self._tickets.get(key)
            if ticket is not None and (ticket.status.stage is Stage.NEW
                                       or (key in arrived and ticket.status.stage is Stage.ACCEPTED)):
                self.alarm.emit(AlarmKind.NEW_ORDER, key)
        for key in sorted(changes.cancelled, key=str):
            ticket = self._tickets.get(key)
            if ticket is not None and not cancelled_by_us(ticket):
                if self._where.get(key) is Column.DONE:  # it left New at once: make it stand out there
                    self._highlight_until[key] = self.orders.now() + HIGHLIGHT_FOR  # now, not the last tick
                    self._refresh_row(key)
                self.alarm.emit(AlarmKind.CANCELLED, key)
        for key in sorted(changes.refund_requests, key=str):
            ticket = self._tickets.get(key)
            if ticket is not None and ticket.status.refund_request is not None:
                self.alarm.emit(AlarmKind.REFUND_REQUEST, key)
        for key in sorted(changes.unreadable, key=str):
            if key in self._tickets:
                self.alarm.emit(AlarmKind.ESCALATION, key)
        for key in sorted(changes.rider_arrived, key=str):
            if key in self._tickets:
                self.alarm.emit(AlarmKind.RIDER_ARRIVED, key)

    def tick(self, now: datetime) -> None:
        """The shared ticker moved on: re-place time-dependent tickets, escalate, and repaint clocks."""
        self.now = now
        self._clocks.clear()
        moved = False
        for key in self.models[Column.NEW].order_keys():
            clock = self.display_clock(key)
            before = self._urgency.get(key)
            if clock.kind in (ClockKind.ACCEPT, ClockKind.REFUND):
                self._urgency[key] = clock.urgency
                if clock.urgency is Urgency.CRITICAL and before is not Urgency.CRITICAL:
                    self.alarm.emit(AlarmKind.ESCALATION, key)
            else:
                self._urgency.pop(key, None)
        for key in self.models[Column.LATER].order_keys():
            moved |= self._place(key)
        cutoff = now - self.settings.done_window
        for key in self.models[Column.DONE].order_keys():
            ticket = self._tickets[key]
            # An own-delivery order out with our rider stays until someone taps Delivered.
            if finished_at(ticket) < cutoff and primary_action(ticket.allowed) is None:
                self._drop(key)
                moved = True
        for key in [k for k, until in self._highlight_until.items() if now >= until]:
            del self._highlight_until[key]
            self._refresh_row(key)
        for model in self.models.values():
            model.clocks_changed()
        if moved:
            self.layout_changed.emit()

    # -- internals ---------------------------------------------------------------------------

    def _alert(self, ticket: Ticket) -> bool:
        if ticket.key in self._dismissed:
            return False
        if ticket.order.details is Details.UNREADABLE:
            return True  # KDS gave up reading it: a warning until someone taps it
        # Cancelled before it was accepted: nobody cooks it, so it goes to Out/Done with the alarm and
        # a short highlight, and waits for no "OK, seen".
        return ticket.status.stage is Stage.CANCELLED and not cancelled_by_us(ticket) \
            and ticket.status.accepted_at is not None

    def _build(self, ticket: Ticket, alert: bool) -> CardData:
        card = build_card(ticket, alert=alert, print_mark=self.print_mark(ticket.key),
                          store=ticket.key.platform in self.several_stores, sold_out=self._sold_out)
        return card if self.stations is None else self.stations.card(card, ticket)

    def _note_store(self, order: Order) -> None:
        """Count `order`'s store; the platform's second store names the store on all its cards from now on."""
        platform, store = order.key.platform, store_name(order)
        if not store or platform in self.several_stores:
            return
        stores = self._stores.setdefault(platform, set())
        stores.add(store)
        if len(stores) < 2:
            return
        self.several_stores.add(platform)
        for key, ticket in self._tickets.items():
            if key.platform is platform and key in self._cards:
                self._cards[key] = self._build(ticket, self._cards[key].alert)
                self._refresh_row(key)
                self.card_changed.emit(key)

    def _set(self, ticket: Ticket) -> None:
        key = ticket.key
        if self.stations is not None and not self.stations.shows(ticket):
            if key in self._tickets:
                self._drop(key)
            return
        self._tickets[key] = ticket
        self._note_store(ticket.order)
        self._cards[key] = self._build(ticket, self._alert(ticket))
        self._clocks.pop(key, None)
        if (ticket.status.stage is not Stage.NEW and ticket.status.refund_request is None) or confirming(ticket):
            self._urgency.pop(key, None)
        self._place(key, content_changed=True)
        self.card_changed.emit(key)

    def _place(self, key: OrderKey, *, content_changed: bool = False) -> bool:
        """Put `key` in its column at its sorted place; True when it changed column."""
        ticket = self._tickets[key]
        alert = self._alert(ticket)
        if self._cards[key].alert != alert:
            self._cards[key] = self._build(ticket, alert)
            content_changed = True
        column = column_for(ticket, self.platform_now(key.platform), self.settings.thresholds,
                            dismissed=key in self._dismissed)
        sort = sort_key(ticket, column, self.settings.thresholds, alert=alert)
        current = self._where.get(key)
        model = self.models[column]
        if current is column and model.fits(key, sort):
            if content_changed:
                model.refresh(key, sort)
            return False
        if current is not None:
            self.models[current].remove(key)
        else:
            self._number(key)
        model.insert(key, sort)
        self._where[key] = column
        return current is not column

    def _number(self, key: OrderKey) -> None:
        number = 1
        while number in self._by_number:
            number += 1
        self._numbers[key] = number
        self._by_number[number] = key

    def _refresh_row(self, key: OrderKey) -> None:
        column = self._where.get(key)
        if column is not None:
            model = self.models[column]
            row = model.row_of(key)
            if row >= 0:
                index = model.index(row, 0)
                model.dataChanged.emit(index, index, [])

    def _drop(self, key: OrderKey) -> None:
        column = self._where.pop(key, None)
        if column is not None:
            self.models[column].remove(key)
        number = self._numbers.pop(key, None)
        if number is not None:
            del self._by_number[number]
        self._highlight_until.pop(key, None)
        self._tickets.pop(key, None)
        self._cards.pop(key, None)
        self._urgency.pop(key, None)
        self._clocks.pop(key, None)
        if self.selected == key:
            self.select(None)
        self.card_changed.emit(key)

    def tickets(self) -> Iterable[Ticket]:
        """Every ticket on the board (any order)."""
        return self._tickets.values()

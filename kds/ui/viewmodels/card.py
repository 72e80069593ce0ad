"""What a ticket card shows, computed once per ticket change (the clock is computed at paint time).

`build_card` turns a `Ticket` into `CardData`: the words, item lines and buttons of one card.
`column_for` and `sort_key` decide where the card sits on the board.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import IntEnum, StrEnum

from kds.domain.actions import DESTRUCTIVE, REPEATABLE, UNDOABLE, Action, primary_action
from kds.domain.contact import ContactState, address_text
from kds.domain.deadlines import (
    Thresholds,
    accept_deadline,
    is_waiting_for_later,
    preparation_start,
    refund_answer_deadline,
)
from kds.domain.dishes import entry_key
from kds.domain.order import Details, Order, OrderKey, OrderType, Platform, Timing, is_encrypted
from kds.domain.states import OrderStatus, Stage
from kds.services.orders import Ticket
from kds.store.outbox import ActionRecord, ActionState
from kds.ui import wording
from kds.ui.i18n import current_language
from kds.ui.wording import tr


class Column(IntEnum):
    """The board's columns, in display order."""

    NEW = 0  # waiting to be accepted, or a customer refund request waiting for an answer
    PREPARING = 1
    READY = 2
    DONE = 3  # out, done, cancelled
    LATER = 4  # accepted scheduled orders whose preparation has not to start yet


class ButtonStyle(StrEnum):
    """How a card button looks."""

    PRIMARY = "primary"  # the action Enter performs
    NORMAL = "normal"
    DANGER = "danger"  # destructive: asks for a reason and a second tap
    ALERT = "alert"  # something failed: retry it
    QUIET = "quiet"  # "more", "OK"


class Tone(StrEnum):
    """The tone of a status line on a card."""

    BUSY = "busy"
    ERROR = "error"
    OK = "ok"


@dataclass(frozen=True, slots=True)
class Button:
    """A button on a card. `id` is what a tap reports: `action:<name>`, `retry:<id>`, `undo:<id>`, `dismiss`, `more`."""

    id: str
    label: str
    style: ButtonStyle = ButtonStyle.NORMAL
    enabled: bool = True
    action: Action | None = None
    undo_until: datetime | None = None  # an undo button counts down to this instant


@dataclass(frozen=True, slots=True)
class StatusLine:
    """One line about an action on its way, failed or done."""

    text: str
    tone: Tone


@dataclass(frozen=True, slots=True)
class ItemLine:
    """One item of the order as the card shows it."""

    quantity: str
    name: str
    options: tuple[str, ...] = ()
    note: str = ""
    allergy: bool = False
    age_check: bool = False  # the customer's ID is checked at hand-over: the card shows a marker
    sold_out: bool = False  # its dish is sold out now: the card marks it
    tap: str = ""  # what a tap on the line reports, like a button id ("" : the line is not a target)
    done: bool = False  # a kitchen station marked it made: drawn ticked and muted


@dataclass(frozen=True, slots=True)
class CardData:
    """Everything a card paints except its clock. `revision` changes whenever the content does."""

    key: OrderKey
    revision: int
    platform: str
    platform_color: str
    display_id: str
    meta: str
    rider: str
    items: tuple[ItemLine, ...]
    item_count: str
    notes: str
    refund: str
    cancelled: str
    statuses: tuple[StatusLine, ...]
    buttons: tuple[Button, ...]
    finished: str  # "Done", "Out", "Cancelled", … for tickets that left the kitchen
    finished_at: str  # when, as HH:MM
    alert: bool  # cancelled in place, waiting for staff to see it
    contact: str = ""  # a self-delivery order's phone and address, once decrypted (or why not yet)
    contact_ready: bool = False  # True when `contact` is the phone and address, not a state
    store: str = ""  # the store the order is for, when its platform brings orders for several (first on `meta`)
    pin: str = ""  # the code the rider or the customer shows at the counter, large on its own line

    def button(self, button_id: str) -> Button | None:
        """The button with `button_id`, if the card has it."""
        return next((b for b in self.buttons if b.id == button_id), None)


_revisions = itertools.count(1)

_ALLERGY_WORDS = ("allerg", "alerg", "过敏", "過敏", "แพ้", "알레르기", "アレルギー", "dị ứng", "sem glúten", "gluten")


def is_allergy(text: str) -> bool:
    """True when a note mentions an allergy (shown as a red chip, not just in italics)."""
    folded = text.casefold()
    return any(word in folded for word in _ALLERGY_WORDS)


def quantity_text(quantity: Decimal) -> str:
    """`2×`, `0.5×`: whole numbers without decimals."""
    if quantity == quantity.to_integral_value():
        return f"{int(quantity)}×"
    return f"{quantity.normalize():f}×"


def cancelled_by_us(ticket: Ticket) -> bool:
    """True when staff cancelled the order from this screen (no alert needed)."""
    record = ticket.latest(Action.CANCEL)
    return (record is not None and record.state is ActionState.DONE) or ticket.status.cancelled_by == "merchant"


def confirming(ticket: Ticket) -> bool:
    """True for a new order staff confirmed whose confirmation is on its way or sent, not yet seen in an event.

    It leaves New at once (a pending Confirm would otherwise sit there counting down until the next
    poll); a failed Confirm brings it back with the reason.
    """
    if ticket.status.stage is not Stage.NEW or ticket.status.refund_request is not None:
        return False
    record = ticket.latest(Action.CONFIRM)
    return record is not None and (record.active or record.state is ActionState.DONE)


def column_for(ticket: Ticket, now: datetime, thresholds: Thresholds, *, dismissed: bool) -> Column:
    """The column a ticket belongs in at `now` (the platform's time)."""
    status = ticket.status
    if ticket.order.details is Details.UNREADABLE:
        return Column.DONE if dismissed else Column.NEW  # a warning on top of New until someone saw it
    if status.stage is Stage.CANCELLED:
        if dismissed or cancelled_by_us(ticket):
            return Column.DONE
        # Stay where the kitchen last saw it, so nobody keeps cooking a cancelled order; one that was
        # never accepted was never cooked, and leaves New at once.
        if status.ready_at is not None:
            return Column.READY
        return Column.PREPARING if status.accepted_at is not None else Column.DONE
    if confirming(ticket):
        return Column.PREPARING
    if status.refund_request is not None or status.stage is Stage.NEW:
        return Column.NEW
    if status.stage is Stage.ACCEPTED:
        if is_waiting_for_later(ticket.order, status, thresholds, now):
            return Column.LATER
        return Column.PREPARING
    if status.stage is Stage.READY:
        return Column.READY
    return Column.DONE


def finished_at(ticket: Ticket) -> datetime:
    """When the ticket left the kitchen (for the Out/Done column and pruning)."""
    s = ticket.status
    return s.cancelled_at or s.done_at or s.out_at or ticket.updated_at


def is_finished(ticket: Ticket) -> bool:
    """True when nothing more happens to the order: cancelled or done."""
    return ticket.status.stage in (Stage.CANCELLED, Stage.DONE)


def sort_key(ticket: Ticket, column: Column, thresholds: Thresholds, *, alert: bool) -> tuple[int, float, str]:
    """Live tickets first; New by deadline, Out/Done newest first, Later by start, others by promised time.

    An unreadable order's warning goes on top of New; a cancelled card waiting for "OK, seen" goes
    below the live ones, so it never pushes an order to cook below the fold.
    """
    order, status = ticket.order, ticket.status
    first = 2 if is_finished(ticket) else (0 if alert else 1)
    when: datetime
    if column is Column.NEW:
        when = refund_answer_deadline(status, ticket.policy) or accept_deadline(order, ticket.policy) \
            or order.created_at
    elif column is Column.DONE:
        return first, -finished_at(ticket).timestamp(), str(order.key)
    elif column is Column.LATER:
        when = preparation_start(order, thresholds) or order.created_at
    else:
        when = order.promised_at or order.scheduled_start or order.created_at
    return first, when.timestamp(), str(order.key)


def _items(ticket: Ticket, sold_out: Collection[tuple[Platform, str]] = ()) -> tuple[ItemLine, ...]:
    language = current_language().value  # names in the screen's language where the platform sent them
    platform = ticket.order.key.platform
    lines = []
    for line in ticket.order.lines:
        options = tuple(
            (f"+ {quantity_text(o.quantity)} {o.name_in(language)}" if o.quantity != 1
             else f"+ {o.name_in(language)}")
            + (f" ({o.note})" if o.note else "")
            for o in line.options)
        allergy = is_allergy(line.note)
        note = wording.allergy_note(line.note) if allergy else line.note
        lines.append(ItemLine(quantity_text(line.quantity), line.name_in(language), options, note, allergy,
                              line.age_check, (platform, entry_key(line.external_code, line.name)) in sold_out))
    return tuple(lines)


def _meta(ticket: Ticket, store: str) -> str:
    order = ticket.order
    parts = [store] if store else []
    parts.append(wording.order_type(order.type))
    if order.customer.first_name:
        parts.append(order.customer.first_name)
    if order.timing is Timing.SCHEDULED:
        when = order.scheduled_start or order.promised_at
        parts.append(tr("Scheduled %1").replace("%1", wording.local_time(when)))
    elif order.promised_at is not None:
        parts.append(tr("Due %1").replace("%1", wording.local_time(order.promised_at)))
    return " · ".join(parts)


def _rider(ticket: Ticket) -> str:
    own = ticket.rider
    if own is not None:
        return tr("Rider: %1").replace("%1", own.name)
    rider = ticket.status.rider
    if rider is None:
        return ""
    text = wording.rider(rider.status)
    if rider.name:
        text += f" · {rider.name}"
    if rider.eta_minutes is not None and rider.status not in ("arrived", "picked_up", "delivered"):
        text += " · " + tr("%1 min").replace("%1", str(rider.eta_minutes))
    return text


def _contact(ticket: Ticket) -> tuple[str, bool]:
    """The phone and address line of a self-delivery order, or what stands in for it."""
    order = ticket.order
    if order.type is not OrderType.SELF_DELIVERY or ticket.status.stage in (Stage.CANCELLED, Stage.DONE):
        return "", False
    phone = order.customer.phone if order.customer.phone and not is_encrypted(order.customer.phone) else ""
    parts = [f"☎ {phone}" if phone else "", address_text(order.address)]
    text = " · ".join(p for p in parts if p)
    if text:
        return text, True
    contact = ticket.contact
    if contact is not None and contact.state is ContactState.PENDING:
        return tr("Reading the address…"), False
    if contact is not None and contact.state is ContactState.FAILED:
        return tr("Address not available: see the platform app"), False
    return "", False


def _refund(ticket: Ticket) -> str:
    request = ticket.status.refund_request
    if request is None:
        return ""
    head = wording.refund_request(request)
    if request.amount is not None:
        head += " · " + wording.money(request.amount)
    if request.full:
        head += " · " + tr("whole order")
    items = ", ".join(f"{quantity_text(i.quantity)} {i.name}" for i in request.items)
    text = head + (f"\n{items}" if items else "")
    if request.reason:
        text += "\n" + tr("“%1”").replace("%1", request.reason)
    return text


def shown_id(order: Order) -> str:
    """The order's number as staff know it; for a placeholder without one, the end of the platform's id.

    A number an earlier order already had carries its tag (`kds.domain.numbers`).
    """
    return order.number or "…" + order.key.order_id[-4:]


def _unreadable(ticket: Ticket) -> str:
    if ticket.order.details is not Details.UNREADABLE:
        return ""
    return (tr("ORDER DETAILS COULD NOT BE READ") + "\n"
            + tr("Check this order on the %1 tablet.").replace("%1", ticket.policy.label))


def cancel_reason(ticket: Ticket) -> str:
    """Why the order was cancelled, in staff words ("" when nobody said).

    Cancelled from this screen: the reason staff chose (and what they wrote), not the platform's
    echo of its code. Otherwise the platform's reason, worded like the choices when its code is one of them.
    """
    status, reasons = ticket.status, {r.code: r for r in ticket.policy.cancel_reasons}
    record = ticket.latest(Action.CANCEL)
    if record is not None and record.state is ActionState.DONE:
        chosen = reasons.get(str(record.params.get("reason_code", "")))
        text = str(record.params.get("reason", "")).strip()
        if chosen is not None:
            return text if chosen.needs_text and text else " — ".join(p for p in (wording.reason(chosen), text) if p)
        if text:
            return text
    known = reasons.get(status.cancel_code)
    if known is not None and not known.needs_text:
        return wording.reason(known)
    return status.cancel_reason or status.cancel_code


def refunded_text(status: OrderStatus) -> str:
    """What refunds gave back so far ("Refunded 2 items · −R$ 30,00"); "" when nothing was refunded."""
    if status.refunded is None:
        return ""
    amount = "−" + wording.money(status.refunded)
    count = status.refunded_items
    if count == 1:
        return tr("Refunded 1 item · %1").replace("%1", amount)
    if count > 1:
        return tr("Refunded %1 items · %2").replace("%1", quantity_text(count)[:-1]).replace("%2", amount)
    return tr("Refunded · %1").replace("%1", amount)


def _cancelled(ticket: Ticket) -> str:
    status = ticket.status
    if status.stage is not Stage.CANCELLED:
        return ""
    by = {
        "customer": tr("CANCELLED BY THE CUSTOMER"),
        "platform": tr("CANCELLED BY THE PLATFORM"),
        "system": tr("CANCELLED BY THE PLATFORM"),
        "merchant": tr("CANCELLED"),
    }.get("merchant" if cancelled_by_us(ticket) else status.cancelled_by, tr("CANCELLED BY THE PLATFORM"))
    detail = cancel_reason(ticket)
    return by + (f" — {detail}" if detail else "") + "\n" + tr("Stop preparing this order.")


def _finished(ticket: Ticket) -> tuple[str, str]:
    s = ticket.status
    if s.stage is Stage.CANCELLED:
        return tr("Cancelled"), wording.local_time(s.cancelled_at)
    if s.stage is Stage.DONE:
        if s.closing is not None:
            return wording.closed_by_platform(), wording.local_time(s.done_at)
        word = tr("Collected") if ticket.order.type is OrderType.PICKUP else tr("Done")
        return word, wording.local_time(s.done_at)
    if s.stage is Stage.OUT:
        return tr("Out since"), wording.local_time(s.out_at)
    return "", ""


def _in_undo_window(record: ActionRecord) -> bool:
    return (record.action in UNDOABLE and record.state is ActionState.PENDING and record.attempts == 0
            and record.next_attempt is not None and record.next_attempt > record.created_at)


def _action_ui(ticket: Ticket) -> tuple[tuple[Button, ...], tuple[StatusLine, ...]]:
    """Buttons in display order (refund answers first, then the rest) and the status lines of actions."""
    # The answer to a refund request first (it has the deadline), then non-destructive actions: a
    # narrow card keeps the front of this list and folds the rest into "more".
    answers = (Action.AGREE_REFUND, Action.REJECT_REFUND)
    allowed = sorted(ticket.allowed, key=lambda a: 0 if a in answers else (2 if a in DESTRUCTIVE else 1))
    primary = primary_action(ticket.allowed)
    buttons: list[Button] = []
    statuses: list[StatusLine] = []
    for action in allowed:
        record = ticket.latest(action)
        name = wording.action_name(action)
        if record is not None and record.active:
            if _in_undo_window(record):
                buttons.append(Button(f"undo:{record.id}", tr("Undo"), ButtonStyle.NORMAL, action=action,
                                      undo_until=record.next_attempt))
                statuses.append(StatusLine(tr("%1 in a moment…").replace("%1", name), Tone.BUSY))
                continue
            buttons.append(Button(f"action:{action.value}", wording.action_label(action), ButtonStyle.NORMAL,
                                  enabled=False, action=action))
            text = tr("Sending %1…").replace("%1", name)
            if record.attempts and record.last_error:
                text = tr("Retrying %1: %2").replace("%1", name).replace("%2", record.last_error)
            statuses.append(StatusLine(text, Tone.BUSY))
            continue
        if record is not None and record.state is ActionState.FAILED:
            buttons.append(Button(f"retry:{record.id}", tr("Retry %1").replace("%1", name), ButtonStyle.ALERT,
                                  action=action))
            reason = wording.error_kind(record.error_kind)
            if record.last_error:
                reason += f": {record.last_error}"
            statuses.append(StatusLine(tr("%1 failed — %2").replace("%1", name).replace("%2", reason), Tone.ERROR))
            continue
        if record is not None and record.state is ActionState.DONE and action not in REPEATABLE:
            # Sent; the platform's own event moves the ticket on the next poll. Never offer it twice.
            buttons.append(Button(f"action:{action.value}", "✓ " + wording.action_done(action), ButtonStyle.NORMAL,
                                  enabled=False, action=action))
            continue
        style = ButtonStyle.PRIMARY if action is primary else (
            ButtonStyle.DANGER if action in DESTRUCTIVE else ButtonStyle.NORMAL)
        label = wording.action_label(action)
        if action is Action.CANCEL and ticket.status.stage is Stage.NEW:
            label = tr("Reject…")  # before accepting, cancelling is turning the order down
        buttons.append(Button(f"action:{action.value}", label, style, action=action))
    return tuple(buttons), tuple(statuses)


def store_name(order: Order) -> str:
    """The store an order is for, as the platform names it (its id when it gives no name)."""
    return order.merchant_name or order.merchant_id


def badge(ticket: Ticket, *, store: bool = False) -> str:
    """The platform's short name (`kds.platforms.registry.LABELS`), with the store when `store` and known."""
    return platform_and_store(ticket.policy.label, store_name(ticket.order) if store else "")


def platform_and_store(platform: str, store: str) -> str:
    """"Keeta OD · Centro", or the platform alone without a store."""
    return f"{platform} · {store}" if store else platform


def build_card(ticket: Ticket, *, alert: bool, print_mark: str = "", store: bool = False,
               sold_out: Collection[tuple[Platform, str]] = ()) -> CardData:
    """The card of `ticket`. `alert` is True for a cancelled order still shown in its column.

    `sold_out` holds the dish entries sold out now (`SoldOutService.entries`): their lines are marked.

    `print_mark` ("Kitchen ticket not printed") becomes one more status line: the card is laid out
    once per change, so the marker costs nothing at paint time. `store` names the store first on the
    meta line (when its platform brings orders for several stores): a badge that long would crowd the
    order number.
    """
    order = ticket.order
    buttons, statuses = _action_ui(ticket)
    if order.details is Details.PENDING:
        statuses = (StatusLine(tr("Details not readable yet — retrying. Use the %1 tablet if it cannot wait.")
                               .replace("%1", ticket.policy.label), Tone.BUSY), *statuses)
    refunded = refunded_text(ticket.status)
    if refunded:
        statuses = (*statuses, StatusLine(refunded, Tone.OK))
    if print_mark:
        statuses = (*statuses, StatusLine(print_mark, Tone.ERROR))
    if alert:
        buttons = (Button("dismiss", tr("OK, seen"), ButtonStyle.PRIMARY),)
    count = order.item_count
    finished, finished_at = _finished(ticket)
    contact, contact_ready = _contact(ticket)
    item_count = tr("1 item") if count == 1 else tr("%1 items").replace("%1", quantity_text(count)[:-1])
    shop = store_name(order) if store else ""
    return CardData(
        key=order.key,
        revision=next(_revisions),
        platform=ticket.policy.label,
        platform_color=ticket.policy.color,
        display_id=f"#{shown_id(order)}",
        meta=tr("Order details not read") if order.placeholder and not order.lines else _meta(ticket, shop),
        rider=_rider(ticket),
        items=_items(ticket, sold_out),
        item_count="" if order.placeholder and not order.lines else item_count,
        notes=order.notes,
        refund=_refund(ticket),
        cancelled=_unreadable(ticket) or _cancelled(ticket),
        statuses=statuses,
        buttons=buttons,
        finished=finished,
        finished_at=finished_at,
        alert=alert,
        contact=contact,
        contact_ready=contact_ready,
        store=shop,
        # Only while someone may still come for the food: a finished ticket needs no code.
        pin=tr("Code %1").replace("%1", ticket.order.pickup_code) if ticket.order.pickup_code and not finished else "",
    )

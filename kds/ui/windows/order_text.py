"""The order drawer's sections as small HTML fragments (prices, payment, customer, timeline, actions).

Kept apart from the widget so the wording is easy to review. Every value from a platform is
escaped; the customer's phone is masked and an encrypted address is never shown, except for a
self-delivery order once its contact was decrypted: our rider needs the number and the address.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from html import escape

from kds.domain.contact import Contact, ContactState, address_text
from kds.domain.dishes import entry_key
from kds.domain.order import Order, OrderType, Platform, is_encrypted
from kds.domain.riders import Rider
from kds.domain.states import OrderStatus, Stage
from kds.store.orders import StoredEvent
from kds.store.outbox import ActionRecord, ActionState
from kds.ui import wording
from kds.ui.i18n import current_language
from kds.ui.viewmodels.card import is_allergy, quantity_text
from kds.ui.wording import tr


@dataclass(frozen=True, slots=True)
class Ink:
    """The colours the drawer's HTML needs (QLabel rich text has no CSS classes).

    `danger` and `danger_text` box the SOLD OUT mark as the card does (the theme's colours).
    """

    muted: str = "#9ba6b5"
    note: str = "#ffd166"
    danger: str = "#e5484d"
    danger_text: str = "#ffffff"


INK = Ink()


def _row(left: str, right: str = "", *, strong: bool = False, muted: bool = False, ink: Ink = INK) -> str:
    style = ' style="font-weight:700"' if strong else (f' style="color:{ink.muted}"' if muted else "")
    return f'<tr{style}><td>{left}</td><td align="right">{right}</td></tr>'


def _muted(text: str, ink: Ink) -> str:
    return f'<span style="color:{ink.muted}">{text}</span>'


def items_html(order: Order, ink: Ink = INK, sold_out: Collection[tuple[Platform, str]] = ()) -> str:
    """Lines, options, notes, fees, discounts and totals.

    `sold_out` holds the dish entries sold out now (`SoldOutService.entries`): their lines carry
    the card's SOLD OUT mark in its colours.
    """
    language = current_language().value  # names in the screen's language where the platform sent them
    rows = []
    for line in order.lines:
        rows.append(_row(f"<b>{escape(quantity_text(line.quantity))}</b> {escape(line.name_in(language))}",
                         escape(wording.money(line.total))))
        for option in line.options:
            rows.append(_row(f"&nbsp;&nbsp;+ {escape(quantity_text(option.quantity))} "
                             f"{escape(option.name_in(language))}",
                             escape(wording.money(option.total)) if option.total else "", muted=True, ink=ink))
        # Nobody should start a sold-out dish without checking the stock.
        if (order.key.platform, entry_key(line.external_code, line.name)) in sold_out:
            mark = escape("✕ " + wording.sold_out_tag())
            rows.append(_row(f'&nbsp;&nbsp;<b style="background-color:{ink.danger};color:{ink.danger_text}">'
                             f"&nbsp;{mark}&nbsp;</b>"))
        if line.age_check:
            rows.append(_row(f'&nbsp;&nbsp;<b style="color:{ink.note}">⚠ {escape(wording.id_check())}</b>'))
        if line.note:
            note = wording.allergy_note(line.note) if is_allergy(line.note) else line.note
            rows.append(_row(f'&nbsp;&nbsp;<i style="color:{ink.note}"><b>» {escape(note)}</b></i>'))
    rows.append(_row("&nbsp;"))
    rows.append(_row(tr("Items"), escape(wording.money(order.totals.items))))
    for fee in order.fees:
        rows.append(_row(escape(wording.fee(fee.kind, fee.name)), escape(wording.money(fee.amount))))
    for discount in order.discounts:
        who = f" ({escape(discount.sponsor)})" if discount.sponsor else ""
        rows.append(_row(tr("Discount") + who, "−" + escape(wording.money(discount.amount))))
    rows.append(_row(tr("Total"), escape(wording.money(order.totals.total)), strong=True))
    html = "<table width='100%' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"
    if order.notes:
        caption = escape(tr("Order note"))  # outside the f-string: lupdate does not look inside one
        html += f'<p style="color:{ink.note}"><b>{caption}:</b> {escape(order.notes)}</p>'
    return html


def settlement_text(status: OrderStatus, reports_payment: bool) -> str:
    """Whether the platform said the payment settled: "" when it never says (`PlatformPolicy.reports_payment`)."""
    if status.stage is Stage.CANCELLED and status.paid:
        return tr("Cancelled — payment settled")
    if status.paid:
        return tr("Paid")
    return tr("Not paid yet") if reports_payment else ""


def payment_html(order: Order, status: OrderStatus, ink: Ink = INK, *, reports_payment: bool = False) -> str:
    """How the order is paid, whether the platform said the payment settled, and any refund so far."""
    rows = []
    settled = settlement_text(status, reports_payment)
    if settled:
        rows.append(_row(f"<b>{escape(settled)}</b>"))
    for payment in order.payments:
        how = escape(wording.payment_method(payment.method))
        if payment.brand:
            how += f" · {escape(payment.brand)}"
        state = tr("paid online") if payment.prepaid else tr("collect on delivery")
        text = f"{how} — {state}"
        if payment.change_for is not None:
            text += " · " + escape(tr("change for %1").replace("%1", wording.money(payment.change_for)))
        rows.append(_row(text, escape(wording.money(payment.amount))))
    if not order.payments and not settled:
        rows.append(_row(tr("No payment details"), muted=True, ink=ink))
    request = status.refund_request
    if request is not None:
        what = ", ".join(f"{quantity_text(i.quantity)} {i.name}" for i in request.items) or tr("whole order")
        if request.reason:
            what += f" — “{request.reason}”"
        amount = wording.money(request.amount) if request.amount is not None else ""
        requested = escape(wording.refund_request(request))
        rows.append(_row(f"<b>{requested}</b>: {escape(what)}", f"<b>{escape(amount)}</b>"))
    if status.refunded is not None:
        rows.append(_row(tr("Refunded"), escape(wording.money(status.refunded)), strong=True))
    return "<table width='100%' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


def mask_phone(phone: str) -> str:
    """`••••• 4821`; an encrypted or empty number says so instead."""
    if not phone:
        return tr("no phone number")
    if is_encrypted(phone):
        return tr("hidden by the platform")
    digits = [c for c in phone if c.isdigit()]
    return "••••• " + "".join(digits[-4:]) if len(digits) >= 4 else "•••••"


def contact_state_text(contact: Contact | None) -> str:
    """Why a self-delivery order's phone and address are not shown yet ("" once they are)."""
    if contact is None or contact.state is ContactState.PENDING:
        return tr("decrypting for your rider…") if contact is not None else tr("decrypted once the order is accepted")
    if contact.state is ContactState.FAILED and not contact.readable:
        return tr("the platform did not decrypt it")
    return ""


def customer_html(order: Order, ink: Ink = INK, contact: Contact | None = None, rider: Rider | None = None) -> str:
    """First name, masked phone, and the address only when it is readable and needed.

    A self-delivery order shows the whole phone number and the address once decrypted (`contact`),
    and the rider who has it.
    """
    customer = order.customer
    own = order.type is OrderType.SELF_DELIVERY
    name = customer.name if own and customer.name else customer.first_name
    rows = [_row(tr("Name"), escape(name or "—"))]
    if own and customer.phone and not is_encrypted(customer.phone):
        rows.append(_row(tr("Phone"), f"<b>{escape(customer.phone)}</b>"))
    elif own and is_encrypted(customer.phone):
        rows.append(_row(tr("Phone"), escape(contact_state_text(contact) or mask_phone(customer.phone)),
                         muted=True, ink=ink))
    else:
        rows.append(_row(tr("Phone"), escape(mask_phone(customer.phone))))
    if customer.orders_count is not None:
        rows.append(_row(tr("Orders here"), str(customer.orders_count)))
    address = order.address
    if address is not None and own:
        if address.encrypted:
            hidden = escape(contact_state_text(contact) or tr("encrypted until decrypted for your rider"))
            rows.append(_row(tr("Address"), hidden, muted=True, ink=ink))
        else:
            rows.append(_row(tr("Address"), f"<b>{escape(address_text(address))}</b>"))
    if rider is not None:
        rows.append(_row(tr("Rider"), escape(rider_text(rider))))
    if order.pickup_code:
        rows.append(_row(tr("Pickup code"), f"<b>{escape(order.pickup_code)}</b>"))
    return "<table width='100%' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


def rider_text(rider: Rider) -> str:
    """"Ana · motorbike · ABC-1234"."""
    return " · ".join(p for p in (rider.name, wording.vehicle(rider.vehicle), rider.plate) if p)


def timeline_html(events: Sequence[StoredEvent], ink: Ink = INK) -> str:
    """Every event of the order, oldest first, with when it came and whether it was acknowledged."""
    rows = []
    for stored in events:
        event = stored.event
        closing = event.closing
        if closing is not None:
            what = escape(wording.closed_by_platform()) + " " + _muted(f"({escape(wording.closing(closing))})", ink)
        else:
            what = escape(wording.event_kind(event.kind))
            # The words, never the platform's code (KEETA_1001) or KDS's own (KDS_RECEIPT).
            source = wording.event_source(event.actor, ours="receipt" in event.details)
            if source:
                what += " " + _muted(f"({escape(source)})", ink)
        if event.reason:
            what += f" — {escape(event.reason)}"
        # Only what the platform sent is acknowledged; KDS's own events (empty raw payload) never are.
        pending = stored.acked_at is None and bool(stored.raw.payload)
        ack = " " + _muted(escape(tr("not acknowledged yet")), ink) if pending else ""
        rows.append(_row(f"{escape(wording.local_time(event.created_at))}&nbsp;&nbsp;{what}{ack}"))
    if not rows:
        rows.append(_row(tr("No events stored"), muted=True, ink=ink))
    return "<table width='100%' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"


def actions_html(actions: Sequence[ActionRecord], ink: Ink = INK) -> str:
    """What staff asked for and what became of it."""
    rows = []
    for record in actions:
        when, name = wording.local_time(record.created_at), wording.action_name(record.action)
        text = f"{escape(when)}&nbsp;&nbsp;{escape(name)}"
        state = wording.action_state(record.state)
        if record.attempts > 1:
            state += " · " + tr("%1 attempts").replace("%1", str(record.attempts))
        if record.state is ActionState.FAILED and record.last_error:
            state += f" — {record.last_error}"
        if record.outcome == "already_done":
            state += " · " + tr("already done on the platform")
        rows.append(_row(text, escape(state)))
    if not rows:
        rows.append(_row(tr("No actions yet"), muted=True, ink=ink))
    return "<table width='100%' cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table>"

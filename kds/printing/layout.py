"""Pure layout: an order becomes a kitchen ticket, a customer receipt, a cancellation, a refund or a delivery slip.

No I/O, no clock, no printer: times are shown in the `tz` the caller passes, money goes through
`Money` (Decimal), and the result is a width-independent `TicketDoc` (see `document.py`). Labels are
English by default; `labels` overrides any of them (a settings file can translate the printout).

Printing knows no platform by name: what a platform is called on paper comes in `labels` too, keyed
by the platform's value (`platform_labels` makes them from the registry's names). Without one, the
test platform prints as "Training" and any other platform as its value.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from decimal import Decimal

from kds.domain.contact import address_text
from kds.domain.events import RefundItem
from kds.domain.money import Money
from kds.domain.order import FeeKind, Line, Order, OrderType, Platform, Timing, is_encrypted
from kds.domain.riders import Rider
from kds.domain.states import OrderStatus
from kds.printing.document import QR, Align, Block, DocKind, Feed, Row, Rule, Style, Text, TicketDoc

LABELS: dict[str, str] = {
    "fake": "Training",  # the test platform's orders: the training screens and sample printouts
    "delivery": "Delivery", "pickup": "Pickup", "self_delivery": "Own delivery", "dine_in": "Dine in",
    "scheduled": "SCHEDULED", "due": "Due", "placed": "Placed", "station": "Station", "customer": "Customer",
    "note": "NOTE", "items": "Items", "cutlery": "Cutlery", "yes": "yes", "no": "no",
    "subtotal": "Subtotal", "discount": "Discount", "total": "TOTAL", "prepaid": "paid online",
    "to_collect": "TO COLLECT", "change_for": "Change for", "pickup_code": "Pickup code",
    "cancelled": "CANCELLED — stop", "reason": "Reason", "at": "At", "refund": "REFUND",
    "refunded": "Refunded", "order": "Order", "fee_delivery": "Delivery fee", "fee_service": "Service fee",
    "fee_tip": "Tip", "fee_packaging": "Packaging", "fee_other": "Fee", "thanks": "Thank you!",
    "phone": "Phone", "address": "Address", "delivery_slip": "DELIVERY", "rider": "Rider",
    "collect": "COLLECT", "nothing_to_collect": "Paid online: collect nothing",
}

# Words that flag an allergy in the notes, in the languages our markets write them in.
ALLERGY_WORDS = ("allerg", "alergi", "alérg", "过敏", "過敏", "แพ้", "dị ứng", "di ung", "アレルギー", "알레르기")

BIG = Style(align=Align.CENTER, bold=True, width=3, height=3)
TITLE = Style(align=Align.CENTER, bold=True, width=2, height=2)
CENTER = Style(align=Align.CENTER)
CENTER_BOLD = Style(align=Align.CENTER, bold=True)
ITEM = Style(bold=True, height=2)
NOTE = Style(bold=True)
ALERT = Style(bold=True, invert=True)
TOTAL = Style(bold=True, height=2)


@dataclass(frozen=True, slots=True)
class StoreHeader:
    """What the top and bottom of a customer receipt say about the store."""

    name: str = ""
    lines: tuple[str, ...] = ()
    footer: tuple[str, ...] = ()


def is_allergy(text: str) -> bool:
    """True when `text` mentions an allergy (in any of the languages we know the word in)."""
    folded = text.casefold()
    return any(word in folded for word in ALLERGY_WORDS)


def quantity(value: Decimal) -> str:
    """`2` for 2.000, `1.5` for 1.50."""
    return format(value.normalize(), "f")


def amount(money: Money) -> str:
    """An amount without its currency, rounded to the currency's minor units (`1,234.50`)."""
    return f"{money.rounded().amount:,}"


def platform_labels(names: Mapping[Platform, str], overrides: Mapping[str, str] | None = None) -> dict[str, str]:
    """`labels` that name each platform as `names` does (`kds.platforms.registry.LABELS`); `overrides` win."""
    return {**{platform.value: name for platform, name in names.items()}, **(overrides or {})}


class _Labels:
    def __init__(self, overrides: Mapping[str, str] | None) -> None:
        self._labels = {**LABELS, **(overrides or {})}

    def __call__(self, key: str) -> str:
        return self._labels.get(key, key)


def _local(when: datetime, tz: tzinfo) -> datetime:
    return when.astimezone(tz)


def _note(text: str, indent: int, label: str = "") -> Text:
    prefix = f"{label}: " if label else "! "
    style = ALERT if is_allergy(text) else NOTE
    return Text(prefix + text, style, indent=indent, hang=len(prefix))


def _id_style(number: str) -> Style:
    return BIG if len(number) <= 8 else TITLE


def _heading(order: Order, t: _Labels) -> list[Block]:
    return [Text(f"#{order.number}", _id_style(order.number)),
            Text(f"{t(order.key.platform.value)} · {t(order.type.value)}", CENTER_BOLD)]


def _item_lines(line: Line, t: _Labels, style: Style = ITEM) -> list[Block]:
    prefix = f"{quantity(line.quantity)}x "
    blocks: list[Block] = [Text(prefix + line.name, style, hang=len(prefix))]
    for option in line.options:
        count = f"{quantity(option.quantity)}x " if option.quantity != 1 else ""
        blocks.append(Text(f"+ {count}{option.name}", indent=3, hang=2))
        if option.note:
            blocks.append(_note(option.note, indent=5))
    if line.note:
        blocks.append(_note(line.note, indent=3))
    return blocks


def kitchen_ticket(order: Order, *, tz: tzinfo = UTC, station: str = "",
                   labels: Mapping[str, str] | None = None) -> TicketDoc:
    """The kitchen's ticket: what to make, large and without prices; notes and allergies stand out."""
    t = _Labels(labels)
    blocks = _heading(order, t)
    if order.timing is Timing.SCHEDULED and order.scheduled_start is not None:
        start = _local(order.scheduled_start, tz)
        blocks.append(Text(f"{t('scheduled')} {start:%d/%m %H:%M}", Style(align=Align.CENTER, bold=True,
                                                                           invert=True, height=2)))
    elif order.promised_at is not None:
        blocks.append(Text(f"{t('due')} {_local(order.promised_at, tz):%H:%M}", CENTER_BOLD))
    if station:
        blocks.append(Text(f"{t('station')}: {station}", CENTER))
    blocks.append(Row(t("placed"), f"{_local(order.created_at, tz):%d/%m %H:%M}"))
    if order.customer.first_name:
        blocks.append(Row(t("customer"), order.customer.first_name))
    blocks.append(Rule("="))
    for line in order.lines:
        blocks.extend(_item_lines(line, t))
    blocks.append(Rule("="))
    if order.notes:
        blocks.append(_note(order.notes, indent=0, label=t("note")))
    if order.tableware is not None:
        blocks.append(Row(t("cutlery"), t("yes") if order.tableware else t("no")))
    blocks.append(Row(t("items"), quantity(order.item_count)))
    return TicketDoc(DocKind.KITCHEN, f"{t('order')} #{order.number}", tuple(blocks))


def cancel_slip(order: Order, status: OrderStatus | None = None, *, tz: tzinfo = UTC,
                labels: Mapping[str, str] | None = None) -> TicketDoc:
    """Tells the kitchen to stop making an order that was cancelled after it was accepted."""
    t = _Labels(labels)
    blocks: list[Block] = [Text(t("cancelled"), Style(align=Align.CENTER, bold=True, invert=True,
                                                      width=2, height=2)), Feed(), *_heading(order, t)]
    if status is not None and status.cancelled_at is not None:
        blocks.append(Row(t("at"), f"{_local(status.cancelled_at, tz):%d/%m %H:%M}"))
    if status is not None and status.cancel_reason:
        blocks.append(Text(f"{t('reason')}: {status.cancel_reason}", NOTE, hang=2))
    blocks.append(Rule("="))
    for line in order.lines:
        blocks.extend(_item_lines(line, t, NOTE))
    blocks.append(Rule("="))
    return TicketDoc(DocKind.CANCEL, f"{t('cancelled')} #{order.number}", tuple(blocks))


def _fee_label(kind: FeeKind, name: str, t: _Labels) -> str:
    return name or t(f"fee_{kind.value}")


def receipt(order: Order, *, tz: tzinfo = UTC, header: StoreHeader | None = None,
            labels: Mapping[str, str] | None = None) -> TicketDoc:
    """The customer's receipt: items with unit and option prices, fees, discounts, total, payment, pickup code."""
    t = _Labels(labels)
    header = header or StoreHeader()
    blocks: list[Block] = [Text(header.name or order.merchant_name or " ", TITLE)]
    blocks.extend(Text(line, CENTER) for line in header.lines)
    blocks += [Rule(), Row(f"{t('order')} #{order.number}", t(order.key.platform.value), NOTE),
               Row(t(order.type.value), f"{_local(order.created_at, tz):%Y-%m-%d %H:%M}")]
    if order.timing is Timing.SCHEDULED and order.scheduled_start is not None:
        blocks.append(Row(t("scheduled"), f"{_local(order.scheduled_start, tz):%d/%m %H:%M}", NOTE))
    if order.customer.first_name:
        blocks.append(Row(t("customer"), order.customer.first_name))
    blocks.extend(_contact(order, t))
    blocks.append(Rule())
    for line in order.lines:
        prefix = f"{quantity(line.quantity)}x "
        blocks.append(Row(prefix + line.name, amount(line.total)))
        if line.quantity != 1:
            blocks.append(Text(f"@ {amount(line.unit_price)}", indent=len(prefix)))
        for option in line.options:
            count = f"{quantity(option.quantity)}x " if option.quantity != 1 else ""
            price = f"({amount(option.total)})" if option.total else ""
            blocks.append(Row(f"+ {count}{option.name}", price, indent=3))
        if line.note:
            blocks.append(Text(f"! {line.note}", indent=3, hang=2))
    blocks += [Rule(), Row(t("subtotal"), amount(order.totals.items))]
    blocks.extend(Row(_fee_label(fee.kind, fee.name, t), amount(fee.amount)) for fee in order.fees)
    for discount in order.discounts:
        blocks.append(Row(t("discount"), amount(-discount.amount)))
    blocks.append(Row(t("total"), order.totals.total.format(), TOTAL))
    for payment in order.payments:
        method = payment.method + (f" {payment.brand}" if payment.brand else "")
        status = t("prepaid") if payment.prepaid else t("to_collect")
        blocks.append(Row(f"{method} ({status})", amount(payment.amount)))
        if payment.change_for is not None:
            blocks.append(Row(t("change_for"), amount(payment.change_for), indent=2))
    if order.pickup_code:
        blocks += [Rule(), Text(t("pickup_code"), CENTER), Text(order.pickup_code, TITLE), QR(order.pickup_code)]
    blocks += [Feed(), *(Text(line, CENTER) for line in header.footer or (t("thanks"),))]
    drawer = any(not p.prepaid for p in order.payments)
    return TicketDoc(DocKind.RECEIPT, f"{t('order')} #{order.number}", tuple(blocks), drawer=drawer)


def _contact(order: Order, t: _Labels) -> list[Block]:
    """The phone and address of a self-delivery order, once decrypted (`kds.domain.contact.with_contact`)."""
    if order.type is not OrderType.SELF_DELIVERY:
        return []
    blocks: list[Block] = []
    if order.customer.phone and not is_encrypted(order.customer.phone):
        blocks.append(Row(t("phone"), order.customer.phone))
    address = address_text(order.address)
    if address:
        label = f"{t('address')}: "
        blocks.append(Text(label + address, hang=len(label)))
    return blocks


def _to_collect(order: Order) -> Money | None:
    due = [p.amount for p in order.payments if not p.prepaid]
    if not due:
        return None
    total = due[0]
    for part in due[1:]:
        total = total + part
    return total


def delivery_slip(order: Order, rider: Rider | None = None, *, tz: tzinfo = UTC,
                  labels: Mapping[str, str] | None = None) -> TicketDoc:
    """What our own rider takes along: who delivers, to whom and where, how many items, and what to collect."""
    t = _Labels(labels)
    blocks: list[Block] = [Text(t("delivery_slip"), Style(align=Align.CENTER, bold=True, invert=True, width=2,
                                                         height=2)), Feed(), *_heading(order, t)]
    if rider is not None:
        blocks.append(Text(f"{t('rider')}: {rider.name}", TOTAL, hang=2))
    if order.promised_at is not None:
        blocks.append(Row(t("due"), f"{_local(order.promised_at, tz):%H:%M}", NOTE))
    blocks.append(Rule("="))
    if order.customer.name:
        blocks.append(Text(order.customer.name, TOTAL))
    if order.customer.phone and not is_encrypted(order.customer.phone):
        blocks.append(Text(order.customer.phone, Style(bold=True, height=2)))
    address = address_text(order.address)
    if address:
        blocks.append(Text(address, NOTE))
    if order.notes:
        blocks.append(_note(order.notes, indent=0, label=t("note")))
    blocks.append(Rule("="))
    blocks.append(Row(t("items"), quantity(order.item_count)))
    blocks.append(Row(t("total"), order.totals.total.format(), NOTE))
    collect = _to_collect(order)
    if collect is None:
        blocks.append(Text(t("nothing_to_collect"), CENTER_BOLD))
    else:
        blocks.append(Row(t("collect"), collect.format(), Style(bold=True, invert=True, height=2)))
        for payment in order.payments:
            if not payment.prepaid:
                blocks.append(Row(payment.method, amount(payment.amount), indent=2))
                if payment.change_for is not None:
                    blocks.append(Row(t("change_for"), amount(payment.change_for), indent=4))
    if order.pickup_code:
        blocks.append(Row(t("pickup_code"), order.pickup_code))
    return TicketDoc(DocKind.DELIVERY, f"{t('delivery_slip')} #{order.number}", tuple(blocks))


def refund_slip(order: Order, items: Sequence[RefundItem], refunded: Money | None, *, at: datetime | None = None,
                reason: str = "", tz: tzinfo = UTC, labels: Mapping[str, str] | None = None) -> TicketDoc:
    """A partial refund: which items, how many, and how much went back to the customer."""
    t = _Labels(labels)
    blocks: list[Block] = [Text(t("refund"), Style(align=Align.CENTER, bold=True, invert=True, width=2, height=2)),
                           Feed(), *_heading(order, t)]
    if at is not None:
        blocks.append(Row(t("at"), f"{_local(at, tz):%d/%m %H:%M}"))
    blocks.append(Rule())
    for item in items:
        blocks.append(Row(f"{quantity(item.quantity)}x {item.name}",
                          amount(item.amount) if item.amount is not None else ""))
    blocks.append(Rule())
    if refunded is not None:
        blocks.append(Row(t("refunded"), refunded.format(), TOTAL))
    if reason:
        blocks.append(Text(f"{t('reason')}: {reason}", hang=2))
    return TicketDoc(DocKind.REFUND, f"{t('refund')} #{order.number}", tuple(blocks))


"""Pure layout: an order becomes a kitchen ticket, a customer receipt, a cancellation, a refund or a delivery slip.

No I/O, no clock, no printer: times are shown in the `tz` the caller passes, money goes through
`Money` (Decimal), and the result is a width-independent `TicketDoc` (see `document.py`). Labels and
times are in the printer's `language` (`kds.printing.labels`, English by default); `labels` overrides
any word (a settings file's own words).

Printing knows no platform by name: what a platform is called on paper comes in `labels` too, keyed
by the platform's value (`platform_labels` makes them from the registry's names). Without one, the
test platform prints as "Training" and any other platform as its value.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from decimal import Decimal

from kds.domain.contact import address_text
from kds.domain.dishes import entry_key
from kds.domain.events import RefundItem
from kds.domain.money import Money
from kds.domain.order import FeeKind, Line, Order, OrderType, Platform, Timing, is_encrypted
from kds.domain.riders import Rider
from kds.domain.routing import Routing, StationProgress, progress
from kds.domain.states import OrderStatus
from kds.printing.document import QR, Align, Block, DocKind, Feed, Row, Rule, Style, Text, TicketDoc
from kds.printing.labels import CATALOGUE, ENGLISH, clock_time, day_and_time, labels_in, payment_key

LABELS: dict[str, str] = CATALOGUE[ENGLISH]
"""The English words (`kds.printing.labels` has every language's)."""

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
    """The words and times of one document: `language`'s, with `overrides` on top."""

    def __init__(self, overrides: Mapping[str, str] | None, language: str = ENGLISH) -> None:
        self._labels = labels_in(language, overrides)
        self.language = language

    def __call__(self, key: str) -> str:
        return self._labels.get(key, key)

    def payment(self, method: str) -> str:
        """A payment method in the printer's words (an unknown one as the platform sent it)."""
        return self._labels.get(payment_key(method), method)

    def time(self, when: datetime, tz: tzinfo) -> str:
        """The time of day of `when` in `tz`, written as the language writes it."""
        return clock_time(_local(when, tz), self.language)

    def day_time(self, when: datetime, tz: tzinfo) -> str:
        """Day, month and time of `when` in `tz`."""
        return day_and_time(_local(when, tz), self.language)


def _local(when: datetime, tz: tzinfo) -> datetime:
    return when.astimezone(tz)


def _note(text: str, indent: int, t: _Labels, label: str = "") -> Text:
    """A note; one that mentions an allergy is flagged in the printer's words (unless it starts with them)."""
    allergy = is_allergy(text)
    if allergy:
        label = "" if text.casefold().startswith(t("allergy").casefold()) else t("allergy")
    prefix = f"{label}: " if label else "! "
    return Text(prefix + text, ALERT if allergy else NOTE, indent=indent, hang=len(prefix))


def _id_style(number: str) -> Style:
    return BIG if len(number) <= 8 else TITLE


def _heading(order: Order, t: _Labels) -> list[Block]:
    return [Text(f"#{order.number}", _id_style(order.number)),
            Text(f"{t(order.key.platform.value)} · {t(order.type.value)}", CENTER_BOLD)]


def _id_check(line: Line, t: _Labels) -> list[Block]:
    """The ID check marker of an item whose buyer must show ID (alcohol), in the printer's words."""
    return [Text(f"!! {t('id_check')}", ALERT, indent=3, hang=3)] if line.age_check else []


def _item_lines(line: Line, t: _Labels, style: Style = ITEM, *, sold_out: bool = False) -> list[Block]:
    prefix = f"{quantity(line.quantity)}x "
    blocks: list[Block] = [Text(prefix + line.name_in(t.language), style, hang=len(prefix))]
    if sold_out:  # the dish is switched off now: the cook checks the stock before starting it
        blocks.append(Text(f"!! {t('sold_out')}", ALERT, indent=3, hang=3))
    for option in line.options:
        count = f"{quantity(option.quantity)}x " if option.quantity != 1 else ""
        blocks.append(Text(f"+ {count}{option.name_in(t.language)}", indent=3, hang=2))
        if option.note:
            blocks.append(_note(option.note, 5, t))
    blocks.extend(_id_check(line, t))
    if line.note:
        blocks.append(_note(line.note, 3, t))
    return blocks


def kitchen_ticket(order: Order, *, tz: tzinfo = UTC, station: str = "",
                   labels: Mapping[str, str] | None = None, language: str = ENGLISH,
                   routing: Routing | None = None, sold_out: Collection[tuple[Platform, str]] = ()) -> TicketDoc:
    """The kitchen's ticket: what to make, large and without prices; notes and allergies stand out; the pickup code.

    A printer of a kitchen `station` that `routing` knows prints only the lines routed there, and
    "+ 2 items at DRINKS" for each other station's part, so nobody waits for a part that is made elsewhere.
    A line whose dish is among `sold_out` (dish entries, `kds.domain.dishes.entry_key`) is marked.
    """
    t = _Labels(labels, language)
    lines: tuple[Line, ...] = order.lines
    elsewhere: tuple[StationProgress, ...] = ()
    if routing is not None and routing.named(station):
        station = routing.named(station)
        parts = progress(order, routing, {})
        lines = next((p.lines for p in parts if p.station == station), ())
        elsewhere = tuple(p for p in parts if p.station != station)
    blocks = _heading(order, t)
    if order.timing is Timing.SCHEDULED and order.scheduled_start is not None:
        start = order.scheduled_start
        blocks.append(Text(f"{t('scheduled')} {t.day_time(start, tz)}", Style(align=Align.CENTER, bold=True,
                                                                           invert=True, height=2)))
    elif order.promised_at is not None:
        blocks.append(Text(f"{t('due')} {t.time(order.promised_at, tz)}", CENTER_BOLD))
    if station:
        blocks.append(Text(f"{t('station')}: {station}", CENTER))
    blocks.append(Row(t("placed"), t.day_time(order.created_at, tz)))
    if order.customer.first_name:
        blocks.append(Row(t("customer"), order.customer.first_name))
    if order.pickup_code:
        # What the rider or the customer shows at the counter: on the bag, large, to match at a glance.
        blocks.append(Row(t("pickup_code"), order.pickup_code, TOTAL))
    blocks.append(Rule("="))
    platform = order.key.platform
    for line in lines:
        blocks.extend(_item_lines(line, t, sold_out=(platform, entry_key(line.external_code, line.name)) in sold_out))
    for part in elsewhere:
        words = t("elsewhere_one") if part.item_count == 1 else t("elsewhere")
        blocks.append(Text(words.replace("{count}", str(part.item_count)).replace("{station}", part.station), NOTE))
    blocks.append(Rule("="))
    if order.notes:
        blocks.append(_note(order.notes, 0, t, t("note")))
    if order.tableware is not None:
        blocks.append(Row(t("cutlery"), t("yes") if order.tableware else t("no")))
    blocks.append(Row(t("items"), quantity(sum((line.quantity for line in lines), Decimal(0)))))
    return TicketDoc(DocKind.KITCHEN, f"{t('order')} #{order.number}", tuple(blocks))


def cancel_slip(order: Order, status: OrderStatus | None = None, *, tz: tzinfo = UTC,
                labels: Mapping[str, str] | None = None, language: str = ENGLISH) -> TicketDoc:
    """Tells the kitchen to stop making an order that was cancelled after it was accepted."""
    t = _Labels(labels, language)
    blocks: list[Block] = [Text(t("cancelled"), Style(align=Align.CENTER, bold=True, invert=True,
                                                      width=2, height=2)), Feed(), *_heading(order, t)]
    if status is not None and status.cancelled_at is not None:
        blocks.append(Row(t("at"), t.day_time(status.cancelled_at, tz)))
    if status is not None and status.cancel_reason:
        blocks.append(Text(f"{t('reason')}: {status.cancel_reason}", NOTE, hang=2))
    blocks.append(Rule("="))
    for line in order.lines:
        blocks.extend(_item_lines(line, t, NOTE))
    blocks.append(Rule("="))
    return TicketDoc(DocKind.CANCEL, f"{t('cancelled')} #{order.number}", tuple(blocks))


def _fee_label(kind: FeeKind, name: str, t: _Labels) -> str:
    """A known kind of fee in the printer's words; the platform's own name only for the others."""
    return name or t("fee_other") if kind is FeeKind.OTHER else t(f"fee_{kind.value}")


def receipt(order: Order, *, tz: tzinfo = UTC, header: StoreHeader | None = None,
            labels: Mapping[str, str] | None = None, language: str = ENGLISH) -> TicketDoc:
    """The customer's receipt: items with unit and option prices, fees, discounts, total, payment, pickup code."""
    t = _Labels(labels, language)
    header = header or StoreHeader()
    blocks: list[Block] = [Text(header.name or order.merchant_name or " ", TITLE)]
    blocks.extend(Text(line, CENTER) for line in header.lines)
    blocks += [Rule(), Row(f"{t('order')} #{order.number}", t(order.key.platform.value), NOTE),
               Row(t(order.type.value), f"{_local(order.created_at, tz):%Y-%m-%d} {t.time(order.created_at, tz)}")]
    if order.timing is Timing.SCHEDULED and order.scheduled_start is not None:
        blocks.append(Row(t("scheduled"), t.day_time(order.scheduled_start, tz), NOTE))
    if order.customer.first_name:
        blocks.append(Row(t("customer"), order.customer.first_name))
    blocks.extend(_contact(order, t))
    blocks.append(Rule())
    for line in order.lines:
        prefix = f"{quantity(line.quantity)}x "
        blocks.append(Row(prefix + line.name_in(t.language), amount(line.total)))
        if line.quantity != 1:
            blocks.append(Text(f"@ {amount(line.unit_price)}", indent=len(prefix)))
        for option in line.options:
            count = f"{quantity(option.quantity)}x " if option.quantity != 1 else ""
            price = f"({amount(option.total)})" if option.total else ""
            blocks.append(Row(f"+ {count}{option.name_in(t.language)}", price, indent=3))
        blocks.extend(_id_check(line, t))
        if line.note:
            blocks.append(Text(f"! {line.note}", indent=3, hang=2))
    blocks += [Rule(), Row(t("subtotal"), amount(order.totals.items))]
    blocks.extend(Row(_fee_label(fee.kind, fee.name, t), amount(fee.amount)) for fee in order.fees)
    for discount in order.discounts:
        blocks.append(Row(t("discount"), amount(-discount.amount)))
    blocks.append(Row(t("total"), order.totals.total.format(), TOTAL))
    for payment in order.payments:
        method = t.payment(payment.method) + (f" {payment.brand}" if payment.brand else "")
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
                  labels: Mapping[str, str] | None = None, language: str = ENGLISH) -> TicketDoc:
    """What our own rider takes along: who delivers, to whom and where, how many items, and what to collect."""
    t = _Labels(labels, language)
    blocks: list[Block] = [Text(t("delivery_slip"), Style(align=Align.CENTER, bold=True, invert=True, width=2,
                                                         height=2)), Feed(), *_heading(order, t)]
    if rider is not None:
        blocks.append(Text(f"{t('rider')}: {rider.name}", TOTAL, hang=2))
    if order.promised_at is not None:
        blocks.append(Row(t("due"), t.time(order.promised_at, tz), NOTE))
    blocks.append(Rule("="))
    if order.customer.name:
        blocks.append(Text(order.customer.name, TOTAL))
    if order.customer.phone and not is_encrypted(order.customer.phone):
        blocks.append(Text(order.customer.phone, Style(bold=True, height=2)))
    address = address_text(order.address)
    if address:
        blocks.append(Text(address, NOTE))
    if order.notes:
        blocks.append(_note(order.notes, 0, t, t("note")))
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
                blocks.append(Row(t.payment(payment.method), amount(payment.amount), indent=2))
                if payment.change_for is not None:
                    blocks.append(Row(t("change_for"), amount(payment.change_for), indent=4))
    if order.pickup_code:
        blocks.append(Row(t("pickup_code"), order.pickup_code))
    return TicketDoc(DocKind.DELIVERY, f"{t('delivery_slip')} #{order.number}", tuple(blocks))


def refund_slip(order: Order, items: Sequence[RefundItem], refunded: Money | None, *, at: datetime | None = None,
                reason: str = "", tz: tzinfo = UTC, labels: Mapping[str, str] | None = None,
                language: str = ENGLISH) -> TicketDoc:
    """A partial refund: which items, how many, and how much went back to the customer."""
    t = _Labels(labels, language)
    blocks: list[Block] = [Text(t("refund"), Style(align=Align.CENTER, bold=True, invert=True, width=2, height=2)),
                           Feed(), *_heading(order, t)]
    if at is not None:
        blocks.append(Row(t("at"), t.day_time(at, tz)))
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


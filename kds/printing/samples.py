"""Sample orders in Portuguese, Chinese, Thai, Vietnamese, Indonesian and English, for test prints and tests.

They exercise what printing must get right: accents in the printer's code page, scripts it cannot
encode (drawn as images), options, notes and allergies, fees, discounts, cash with change, a pickup
code, a scheduled order. Everything is fixed (times included) so their bytes are reproducible.

The orders belong to no platform KDS connects to: their key names the test platform, and their
documents print its name unless `labels` name the platform to print.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from decimal import Decimal

from kds.domain.events import RefundItem
from kds.domain.money import Money
from kds.domain.order import (
    Address,
    Customer,
    Discount,
    Fee,
    FeeKind,
    Line,
    Option,
    Order,
    OrderKey,
    OrderType,
    Payment,
    Platform,
    Timing,
    Totals,
)
from kds.domain.riders import Rider, Vehicle
from kds.domain.states import OrderStatus, Stage
from kds.printing.document import QR, Align, DocKind, Row, Rule, Style, Text, TicketDoc
from kds.printing.labels import ENGLISH
from kds.printing.layout import StoreHeader, cancel_slip, delivery_slip, kitchen_ticket, receipt, refund_slip

LANGUAGES = ("pt", "zh", "th", "vi", "id", "en")
"""The samples' own languages (what their menus are written in)."""

SAMPLE_OF = {"en": "en", "id": "id", "pt_BR": "pt", "th": "th", "vi": "vi", "zh_CN": "zh", "zh_HK": "zh"}
"""The sample order written in each printing language (`kds.printing.labels.LANGUAGES`)."""
CREATED = datetime(2026, 1, 1, 15, 3, tzinfo=UTC)

# Currency, store, then item name, unit price, options (name, price), note; then the order's note
# and the customer — per language.
_MENU: dict[str, tuple[str, str, list[tuple[str, str, list[tuple[str, str]], str]], str, str]] = {
    "pt": ("BRL", "Padaria São João", [
        ("Pão de queijo", "6.50", [("Requeijão extra", "2.00")], ""),
        ("Açaí na tigela 500 ml", "24.90", [("Granola", "0"), ("Leite condensado", "3.50")], "Sem açúcar"),
        ("Coxinha de frango", "8.00", [], "Alergia a amendoim — cuidado!"),
    ], "Entregar na portaria, não tocar a campainha", "João"),
    "zh": ("HKD", "港式茶餐厅", [
        ("叉烧饭", "48", [("加蛋", "6")], "少饭"),
        ("冻柠茶", "22", [("少甜", "0")], ""),
        ("宫保鸡丁", "68", [], "对花生过敏"),
    ], "请多给餐具", "王"),
    "th": ("THB", "ครัวคุณยาย", [
        ("ข้าวผัดกุ้ง", "80", [("ไข่ดาว", "15")], "ไม่ใส่ผักชี"),
        ("ต้มยำกุ้ง", "150", [], "แพ้ถั่ว"),
        ("ชาเย็น", "45", [("หวานน้อย", "0")], ""),
    ], "ไม่เผ็ด", "สมชาย"),
    "vi": ("VND", "Quán Phở Hà Nội", [
        ("Phở bò tái", "65000", [("Thêm bánh phở", "10000")], "Ít hành"),
        ("Cà phê sữa đá", "29000", [], ""),
        ("Gỏi cuốn tôm", "45000", [], "Dị ứng đậu phộng"),
    ], "Giao trước 12 giờ", "Minh"),
    "id": ("IDR", "Warung Bu Sri", [
        ("Nasi goreng ayam", "28000", [("Telur ceplok", "5000")], "Tidak pedas"),
        ("Sate ayam 10 tusuk", "35000", [], "Alergi kacang"),
        ("Es teh manis", "8000", [("Kurang gula", "0")], ""),
    ], "Titip di pos satpam", "Budi"),
    "en": ("HKD", "Corner Burger", [
        ("Double cheeseburger", "68", [("Extra bacon", "12"), ("No pickles", "0")], ""),
        ("Sweet potato fries", "32", [], "Nut allergy - fry separately"),
        ("Iced lemon tea", "18", [], ""),
    ], "Ring the bell twice", "Alex"),
}

SAMPLE_TZ: dict[str, tzinfo] = {
    "pt": timezone(timedelta(hours=-3)), "zh": timezone(timedelta(hours=8)), "th": timezone(timedelta(hours=7)),
    "vi": timezone(timedelta(hours=7)), "id": timezone(timedelta(hours=7)), "en": timezone(timedelta(hours=8)),
}


def sample_order(lang: str = "en") -> Order:
    """A realistic order written in `lang` (one of `LANGUAGES`)."""
    currency, store, menu, notes, customer = _MENU[lang]

    def money(value: str | Decimal) -> Money:
        return Money.of(value, currency)

    lines = []
    for number, (name, price, options, note) in enumerate(menu, start=1):
        quantity = Decimal(2) if number == 1 else Decimal(1)
        opts = tuple(Option(o_name, Decimal(1), money(o_price), money(Decimal(o_price) * quantity))
                     for o_name, o_price in options)
        unit = Decimal(price) + sum((Decimal(o[1]) for o in options), Decimal(0))
        lines.append(Line(f"L{number}", name, quantity, money(price), money(unit * quantity), opts, note))
    items = sum((line.total.amount for line in lines), Decimal(0))
    whole = Decimal(1) if currency in ("VND", "IDR") else Decimal("0.01")
    delivery = Decimal(items / 10).quantize(whole)
    discount = Decimal(items / 20).quantize(whole)
    total = items + delivery - discount
    scheduled = lang == "en"
    if lang == "pt":  # cash on delivery, with change: the receipt asks for a drawer kick
        payments = (Payment("CASH", money(total), prepaid=False, change_for=money("100")),)
    else:
        payments = (Payment("CREDIT", money(total), prepaid=True, brand="VISA"),)
    return Order(
        key=OrderKey(Platform.FAKE, f"sample-{lang}-0001"), display_id="4821" if lang != "zh" else "A17",
        type=OrderType.PICKUP if scheduled else OrderType.DELIVERY, created_at=CREATED, lines=tuple(lines),
        totals=Totals(money(items), money(delivery), money(discount), money(total)),
        timing=Timing.SCHEDULED if scheduled else Timing.INSTANT, merchant_name=store,
        scheduled_start=CREATED + timedelta(hours=2) if scheduled else None,
        promised_at=None if scheduled else CREATED + timedelta(minutes=40),
        fees=(Fee(FeeKind.DELIVERY, "", money(delivery)),),
        discounts=(Discount(money(discount), "cart", "merchant"),),
        payments=payments, customer=Customer(name=customer, phone="ENC_sample"), notes=notes,
        pickup_code="731905", tableware=lang in ("zh", "en"), language=lang)


# A made-up customer and rider per language (numbers in the formats of each market, none real).
_OWN_DELIVERY: dict[str, tuple[str, Address, Rider]] = {
    "pt": ("+55 11 99876-5432", Address(formatted="Rua Augusta, 1200 - Consolação, São Paulo", complement="Apto 52",
                                        reference="portão azul"),
           Rider(3, "Carlos Pereira", "+55 11 98888-1234", Vehicle.MOTORBIKE, "FKD-4E21")),
    "zh": ("+852 6123 4567", Address(formatted="旺角彌敦道688號", complement="12樓B室"),
           Rider(5, "陳大文", "+852 9876 5432", Vehicle.SCOOTER, "AB 1234")),
    "th": ("081-234-5678", Address(formatted="ถนนสุขุมวิท ซอย 11 กรุงเทพฯ", complement="ห้อง 304"),
           Rider(2, "สมศักดิ์", "089-111-2222", Vehicle.MOTORBIKE, "1กข 2345")),
    "vi": ("090 123 4567", Address(formatted="12 Đường Lê Lợi, Quận 1, TP.HCM", complement="Tầng 3"),
           Rider(4, "Trần Văn Nam", "091 222 3333", Vehicle.MOTORBIKE, "59X1-234.56")),
    "id": ("0812-3456-7890", Address(formatted="Jl. Sabang No. 12, Menteng, Jakarta Pusat", complement="Lantai 2"),
           Rider(6, "Agus Santoso", "0813-1111-2222", Vehicle.MOTORBIKE, "B 1234 XYZ")),
    "en": ("+852 5555 0101", Address(formatted="12 Nathan Road, Tsim Sha Tsui", complement="Flat 7C"),
           Rider(1, "Alex Chan", "+852 5555 0199", Vehicle.BICYCLE, "")),
}


def sample_own_delivery(lang: str = "en") -> tuple[Order, Rider]:
    """The sample order delivered by the restaurant's own rider, its customer's contact decrypted."""
    order = sample_order(lang)
    phone, address, rider = _OWN_DELIVERY[lang]
    order = replace(order, type=OrderType.SELF_DELIVERY, timing=Timing.INSTANT, scheduled_start=None,
                    promised_at=CREATED + timedelta(minutes=40), customer=replace(order.customer, phone=phone),
                    address=address)
    return order, rider


def sample_status(order: Order) -> OrderStatus:
    """A cancelled status for `order`, as a cancellation slip shows it."""
    return OrderStatus(stage=Stage.CANCELLED, accepted_at=order.created_at + timedelta(minutes=1),
                       cancelled_at=order.created_at + timedelta(minutes=9), cancel_reason="customer request",
                       cancelled_by="customer")


def sample_refund(order: Order) -> tuple[tuple[RefundItem, ...], Money]:
    """A partial refund of `order`: one of its first line's items."""
    line = order.lines[0]
    unit = line.total * (Decimal(1) / line.quantity)
    item = RefundItem(line.name, Decimal(1), line.line_id, unit.rounded())
    return (item,), unit.rounded()


def sample_document(kind: DocKind, lang: str = "en", *, header: StoreHeader | None = None,
                    station: str = "", labels: Mapping[str, str] | None = None,
                    language: str = ENGLISH) -> TicketDoc:
    """The document of `kind` for the sample order in `lang`, printed in `language` (`labels` as the layout's)."""
    order = sample_order(lang)
    tz = SAMPLE_TZ[lang]
    if kind is DocKind.KITCHEN:
        return kitchen_ticket(order, tz=tz, station=station, labels=labels, language=language)
    if kind is DocKind.RECEIPT:
        return receipt(order, tz=tz, header=header, labels=labels, language=language)
    if kind is DocKind.CANCEL:
        return cancel_slip(order, sample_status(order), tz=tz, labels=labels, language=language)
    if kind is DocKind.REFUND:
        items, refunded = sample_refund(order)
        return refund_slip(order, items, refunded, at=order.created_at + timedelta(minutes=30),
                           reason="missing item", tz=tz, labels=labels, language=language)
    if kind is DocKind.DELIVERY:
        own, rider = sample_own_delivery(lang)
        return delivery_slip(own, rider, tz=tz, labels=labels, language=language)
    raise ValueError(f"no sample for {kind}")


def test_page(name: str, target: str, width: int, codepage: str) -> TicketDoc:
    """A printer's test page: its settings, accented text in its code page, drawn CJK/Thai/Vietnamese, a QR code."""
    center = Style(align=Align.CENTER)
    blocks = (
        Text("KDS test page", Style(align=Align.CENTER, bold=True, width=2, height=2)),
        Text(name, Style(align=Align.CENTER, bold=True)), Rule(),
        Row("Target", target), Row("Paper", f"{width} mm"), Row("Code page", codepage), Rule(),
        Text("Ação, café, pão, maçã, crème brûlée", center),
        Text("中文 · ภาษาไทย · Tiếng Việt", center),
        Text("Bold / double height", Style(bold=True, height=2)),
        Text("Inverted", Style(invert=True, bold=True)),
        QR("KDS test page"),
    )
    return TicketDoc(DocKind.TEST, f"Test page {name}", blocks)

"""Layout: what each document says, column arithmetic with wide characters, and the document's JSON."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta, timezone
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kds.domain.money import Money
from kds.domain.order import Timing
from kds.printing.document import (
    QR,
    Align,
    DocKind,
    Feed,
    Line,
    Row,
    Rule,
    Style,
    Text,
    TicketDoc,
    fit,
    from_json,
    preview,
    to_json,
)
from kds.printing.layout import (
    ALERT,
    amount,
    cancel_slip,
    delivery_slip,
    is_allergy,
    kitchen_ticket,
    receipt,
    refund_slip,
)
from kds.printing.samples import LANGUAGES, sample_order, sample_own_delivery, sample_refund, sample_status
from kds.printing.textwidth import pad_between, text_width, truncate, wrap


def texts(doc: TicketDoc) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Text)] + [
        f"{b.left} {b.right}" for b in doc.blocks if isinstance(b, Row)]


def test_wide_characters_take_two_columns_and_marks_none() -> None:
    assert text_width("abc") == 3
    assert text_width("叉烧饭") == 6
    assert text_width("กุ้ง") == 2  # two consonants; the vowel and tone marks sit on them
    assert text_width("Phở") == 3


def test_wrap_never_exceeds_the_columns_nor_orphans_a_mark() -> None:
    for text in ("宫保鸡丁加辣不要花生米饭两碗", "ข้าวผัดกุ้งใส่ไข่ดาวไม่ใส่ผักชี", "Açaí na tigela com granola e leite"):
        for columns in (5, 8, 13):
            lines = wrap(text, columns)
            assert all(text_width(line) <= columns for line in lines)
            assert "".join(lines).replace(" ", "") == text.replace(" ", "")
            assert all(not line or text_width(line[0]) > 0 for line in lines)


def test_amounts_line_up_flush_right_with_wide_labels() -> None:
    line = pad_between("2x 叉烧饭", "108.00", 32)
    assert text_width(line) == 32
    assert line.endswith(" 108.00")
    assert truncate("叉烧饭", 5) == "叉烧"


@given(st.text(alphabet=st.sampled_from("ab 叉烧ก้ưá"), max_size=60), st.integers(min_value=4, max_value=48))
def test_fitted_rows_fit_the_paper(label: str, columns: int) -> None:
    for item in fit(TicketDoc(DocKind.RECEIPT, "t", (Row(label, "12.50"), Text(label))), columns):
        assert isinstance(item, Line)
        assert text_width(item.compose(columns)) <= columns


def test_kitchen_ticket_has_no_prices_and_emphasises_allergies() -> None:
    order = sample_order("pt")
    doc = kitchen_ticket(order, tz=timezone(timedelta(hours=-3)), station="Grill")
    all_text = "\n".join(texts(doc))
    for line in order.lines:
        assert line.name in all_text
        assert amount(line.total) not in all_text
    assert order.totals.total.format() not in all_text
    allergy = [b for b in doc.blocks if isinstance(b, Text) and "amendoim" in b.text]
    assert allergy and allergy[0].style == ALERT
    plain_note = [b for b in doc.blocks if isinstance(b, Text) and "Sem açúcar" in b.text]
    assert plain_note and not plain_note[0].style.invert
    assert "Station: Grill" in all_text
    first = doc.blocks[0]
    assert isinstance(first, Text) and first.text == "#4821" and first.style.width >= 2


def test_allergy_words_in_each_language() -> None:
    for text in ("Alergia a amendoim", "对花生过敏", "แพ้ถั่ว", "Dị ứng đậu phộng", "Nut allergy", "ALLERGIC"):
        assert is_allergy(text)
    assert not is_allergy("Sem cebola")
    for lang in LANGUAGES:
        doc = kitchen_ticket(sample_order(lang))
        assert any(isinstance(b, Text) and b.style == ALERT for b in doc.blocks), lang


def test_scheduled_order_shows_its_time_in_the_local_zone() -> None:
    order = sample_order("en")
    assert order.timing is Timing.SCHEDULED
    doc = kitchen_ticket(order, tz=timezone(timedelta(hours=8)))
    assert "SCHEDULED 1/2 1:03 AM" in texts(doc)  # 17:03 UTC on 1 Jan is 01:03 on 2 Jan at UTC+8
    assert "預約單 2/1 上午1:03" in texts(kitchen_ticket(order, tz=timezone(timedelta(hours=8)), language="zh_HK"))


def test_receipt_lists_prices_fees_discount_total_payment_and_pickup_code() -> None:
    order = sample_order("pt")
    doc = receipt(order, tz=UTC)
    rows = {b.left: b.right for b in doc.blocks if isinstance(b, Row)}
    assert rows["2x Pão de queijo"] == "17.00"
    assert rows["   + Requeijão extra".strip()] == "(4.00)"
    assert rows["Subtotal"] == "53.40"
    assert rows["Delivery fee"] == "5.34"
    assert rows["Discount"] == "-2.67"
    assert rows["TOTAL"] == "BRL 56.07"
    assert rows["Cash (TO COLLECT)"] == "56.07"
    assert rows["Change for"] == "100.00"
    assert any(isinstance(b, Text) and b.text == "@ 6.50" for b in doc.blocks)
    assert QR("731905") in doc.blocks
    assert doc.drawer  # cash to collect


def test_prepaid_receipt_does_not_ask_for_the_drawer_and_needs_no_pickup_code() -> None:
    order = replace(sample_order("en"), pickup_code="")
    doc = receipt(order)
    assert not doc.drawer
    assert not any(isinstance(b, QR) for b in doc.blocks)


def test_amounts_are_rounded_decimals_in_the_currency() -> None:
    assert amount(Money(Decimal("1234.5"), "BRL")) == "1,234.50"
    assert amount(Money(Decimal("65000"), "VND")) == "65,000"
    assert amount(Money(Decimal("0.125"), "KWD")) == "0.125"


def test_cancellation_slip_says_stop_with_reason_and_items() -> None:
    order = sample_order("en")
    doc = cancel_slip(order, sample_status(order), tz=UTC)
    head = doc.blocks[0]
    assert isinstance(head, Text) and head.text == "CANCELLED — stop" and head.style.invert
    all_text = "\n".join(texts(doc))
    assert "Reason: customer request" in all_text
    assert all(line.name in all_text for line in order.lines)


def test_refund_slip_lists_items_quantities_and_amount() -> None:
    order = sample_order("vi")
    items, refunded = sample_refund(order)
    doc = refund_slip(order, items, refunded, reason="missing item", tz=UTC)
    rows = {b.left: b.right for b in doc.blocks if isinstance(b, Row)}
    assert rows["1x Phở bò tái"] == "75,000"
    assert rows["Refunded"] == "VND 75,000"


def test_stamp_goes_on_top_and_bottom_and_never_kicks_the_drawer() -> None:
    doc = receipt(sample_order("pt")).with_stamp("REPRINT #2")
    assert not doc.drawer
    shown = preview(doc, 48).splitlines()
    assert "REPRINT #2" in shown[0] and "REPRINT #2" in shown[-1]


def test_document_json_round_trip() -> None:
    doc = TicketDoc(DocKind.KITCHEN, "Order #1", (
        Text("héllo 叉烧", Style(align=Align.CENTER, bold=True, invert=True, width=2, height=3), indent=2, hang=1),
        Row("a", "1.00", Style(underline=True), indent=3), Rule("="), Feed(2), QR("xyz", 4)),
        cut=False, drawer=True, stamp="REPRINT #1")
    assert from_json(to_json(doc)) == doc
    for lang in LANGUAGES:
        order = sample_order(lang)
        own, rider = sample_own_delivery(lang)
        for built in (kitchen_ticket(order), receipt(order), cancel_slip(order, sample_status(order)),
                      delivery_slip(own, rider)):
            assert from_json(to_json(built)) == built


def test_a_self_delivery_receipt_prints_the_decrypted_phone_and_address() -> None:
    own, _ = sample_own_delivery("pt")
    text = " ".join(preview(receipt(own, tz=UTC), 48).split())  # words, wherever the lines wrap
    assert "Phone" in text and "+55 11 99876-5432" in text
    assert "Rua Augusta, 1200" in text and "Apto 52" in text and "portão azul" in text
    # Still encrypted, or delivered by the platform's rider: neither phone nor address is printed.
    assert "Phone" not in preview(receipt(replace(own, customer=replace(own.customer, phone="ENC_x"))), 48)
    platform = preview(receipt(replace(own, type=sample_order("pt").type)), 48)
    assert "+55 11 99876-5432" not in platform and "Rua Augusta" not in platform


def test_delivery_slip_says_who_where_how_many_and_what_to_collect() -> None:
    own, rider = sample_own_delivery("pt")
    doc = delivery_slip(own, rider, tz=UTC)
    assert doc.kind is DocKind.DELIVERY and not doc.drawer
    text = " ".join(preview(doc, 48).split())
    for expected in ("DELIVERY", "#4821", "Rider: Carlos Pereira", "João", "+55 11 99876-5432",
                     "Rua Augusta, 1200", "Apto 52"):
        assert expected in text, expected
    rows = {b.left: b.right for b in doc.blocks if isinstance(b, Row)}
    assert rows["Items"] == "4" and rows["TOTAL"] == "BRL 56.07"
    assert rows["COLLECT"] == "BRL 56.07" and rows["Change for"] == "100.00"
    prepaid, _ = sample_own_delivery("en")
    assert "Paid online: collect nothing" in preview(delivery_slip(prepaid, None), 32)
    assert "Rider" not in preview(delivery_slip(prepaid, None), 32)

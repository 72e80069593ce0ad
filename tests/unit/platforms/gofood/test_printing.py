"""A GoFood order on paper: receipt and kitchen ticket carry the pickup PIN large; rupiah without decimals."""

from __future__ import annotations

from kds.platforms.gofood.mapping import MappedEvent, map_order, read_event
from kds.printing.document import Row, Text, preview
from kds.printing.layout import TITLE, TOTAL, kitchen_ticket, receipt
from tests.unit.platforms.gofood.conftest import notification, relay_event


def gofood_order():  # type: ignore[no-untyped-def]
    result = read_event(relay_event(notification("awaiting_delivery.json")))
    assert isinstance(result, MappedEvent)
    return map_order(result.body)


def test_the_receipt_shows_the_pin_large_and_rupiah_without_decimals() -> None:
    doc = receipt(gofood_order())
    assert Text("1234", TITLE) in doc.blocks
    text = preview(doc, 48)
    assert "IDR 40,000" in text and "40,000.00" not in text and "30,000" in text


def test_the_kitchen_ticket_lists_variants_and_notes() -> None:
    text = preview(kitchen_ticket(gofood_order()), 48)
    assert "Hamburger" in text and "Hamburger keju" in text and "pedas" in text


def test_the_kitchen_ticket_carries_the_pin_large() -> None:
    doc = kitchen_ticket(gofood_order())
    assert Row("Pickup code", "1234", TOTAL) in doc.blocks
    assert "Pickup code" in preview(doc, 32) and "1234" in preview(doc, 32)

"""A CKGo combo with options on the kitchen ticket, decoded as `kds print --decode` shows it; Vietnamese prints."""

from __future__ import annotations

import json
from datetime import timedelta, timezone
from pathlib import Path

from kds.platforms.registry import LABELS
from kds.platforms.zeek import models as wire
from kds.platforms.zeek.mapping import map_order
from kds.printing.decoder import decode, rasters, to_text
from kds.printing.document import Text
from kds.printing.labels import labels_in
from kds.printing.layout import kitchen_ticket, platform_labels, receipt
from kds.printing.render import RenderOptions, render

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "platforms" / "zeek"
VIETNAM = timezone(timedelta(hours=7))


def ticket_bytes(language: str) -> tuple[list[str], bytes]:
    order = map_order(wire.OrderCreate.model_validate(
        json.loads((FIXTURES / "order_create_combo.json").read_text(encoding="utf-8"))), language=language)
    doc = kitchen_ticket(order, tz=VIETNAM, labels={**platform_labels(LABELS), **labels_in(language)},
                         language=language)
    texts = [block.text for block in doc.blocks if isinstance(block, Text)]
    return texts, render(doc, RenderOptions())


def test_the_combo_and_its_options_decode_to_their_lines() -> None:
    _, data = ticket_bytes("en")
    lines = [line.rstrip() for line in to_text(decode(data)).splitlines() if not line.startswith("[")]
    start = lines.index("1x Spicy chicken rice combo")
    assert lines[start:start + 7] == ["1x Spicy chicken rice combo", "   + Spicy chicken rice", "   + Peach tea",
                                      "   + Add fried egg", "   + Small size", "2x Tiger beer can 330ml",
                                      "   ! ID check"]
    assert "#4827" in lines  # the pickup code heads the ticket
    assert "1x Banana" in lines


def test_vietnamese_prints_drawn_without_losing_a_letter() -> None:
    texts, data = ticket_bytes("vi")
    assert "1x Combo Cơm gà sốt cay" in texts
    assert {"+ Cơm gà sốt cay", "+ Trà đào", "+ Thêm trứng ốp la", "+ Size nhỏ"} <= set(texts)
    decoded = to_text(decode(data))
    assert "?" not in decoded.replace("[", "").replace("]", "")  # nothing printed as a replacement mark
    assert rasters(decode(data)), "the Vietnamese lines are drawn"
    assert "2x Bia Tiger lon 330ml" in decoded  # plain ASCII stays text


def test_the_receipt_carries_the_pickup_code_as_text_and_qr_and_the_deduction() -> None:
    order = map_order(wire.OrderCreate.model_validate(
        json.loads((FIXTURES / "order_create_combo.json").read_text(encoding="utf-8"))), language="en")
    doc = receipt(order, tz=VIETNAM, labels={**platform_labels(LABELS), **labels_in("en")}, language="en")
    decoded = to_text(decode(render(doc, RenderOptions(profile="TM-T88V")), "TM-T88V"))
    lines = [line.strip() for line in decoded.splitlines()]
    assert "Pickup code" in lines and "4827" in lines
    assert any(line.startswith("[qr") and "4827" in line for line in lines), decoded
    assert any("Small size" in line and "-3,000" in line.replace(".", ",") for line in lines), decoded

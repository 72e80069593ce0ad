"""An item's names per language and its ID check survive the store; older rows read without them."""

from __future__ import annotations

import json
from pathlib import Path

from kds.domain.order import Order
from kds.platforms.zeek import models as wire
from kds.platforms.zeek.mapping import map_order
from kds.store import codec

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "platforms" / "zeek"


def test_names_per_language_and_the_id_check_are_stored() -> None:
    order = map_order(wire.OrderCreate.model_validate(
        json.loads((FIXTURES / "order_create_combo.json").read_text(encoding="utf-8"))))
    back = codec.loads(Order, codec.dumps(order))
    assert back == order
    assert back.lines[0].name_in("en") == "Spicy chicken rice combo" and back.lines[1].age_check
    assert back.customer.first_name == "Mai"


def test_an_order_stored_before_these_fields_reads_with_their_defaults() -> None:
    order = map_order(wire.OrderCreate.model_validate(
        json.loads((FIXTURES / "order_create_combo.json").read_text(encoding="utf-8"))))
    data = json.loads(codec.dumps(order))
    for line in data["lines"]:
        del line["names"], line["age_check"]
        for option in line["options"]:
            del option["names"]
    del data["customer"]["family_name_first"]
    old = codec.loads(Order, json.dumps(data))
    assert not any(line.age_check or line.names for line in old.lines)
    assert old.lines[0].name_in("en") == old.lines[0].name and old.customer.first_name == "Nguyễn"

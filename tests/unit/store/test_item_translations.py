"""An item's names per language and its ID check survive the store; older rows read without them."""

from __future__ import annotations

import json
from pathlib import Path

from kds.domain.order import Order
from kds.domain.states import OrderStatus
from kds.platforms.zeek import models as wire
from kds.platforms.zeek.mapping import map_order
from kds.store import codec
from kds.store.connect import open_database
from kds.store.orders import OrderRepository

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "platforms" / "zeek"


def test_names_per_language_and_the_id_check_are_stored_and_searched(store_target: str) -> None:
    order = map_order(wire.OrderCreate.model_validate(
        json.loads((FIXTURES / "order_create_combo.json").read_text(encoding="utf-8"))))
    repo = OrderRepository(open_database(store_target))
    repo.save(order, OrderStatus(), {"order_id": order.key.order_id}, order.created_at)
    stored = repo.get(order.key)
    assert stored is not None and stored.order == order
    back = stored.order
    assert back.lines[0].name_in("en") == "Spicy chicken rice combo" and back.lines[1].age_check
    assert back.customer.first_name == "Mai"
    for query in ("tiger beer", "bia tiger", "辣雞飯", "mai"):  # any language the names came in
        assert [s.order.key for s in repo.recent(order.created_at, query)] == [order.key], query


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

"""The restaurant's routing and the stations' bumps in the shared store (a real SQLite file)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from kds.domain.order import OrderKey, Platform
from kds.domain.routing import Routing, RoutingRule, RuleKind
from kds.store.connect import open_database
from kds.store.db import Database
from kds.store.feed import ChangeLog
from kds.store.stations import EXPO, BumpRepository, RestaurantSettings, RoutingRepository

T0 = datetime(2026, 3, 1, 12, tzinfo=UTC)
A, B = OrderKey(Platform.KEETA_OD, "a"), OrderKey(Platform.GOFOOD, "b")


def test_routing_is_saved_whole_and_read_back_by_another_connection(store_target: str, tmp_path: Path) -> None:
    path = store_target
    routing = Routing(("GRILL", "DRINKS"), (RoutingRule(RuleKind.KEYWORD, "suco", "DRINKS"),
                                            RoutingRule(RuleKind.ITEM_CODE, "SKU-9", "GRILL", "gofood")), "GRILL")
    RoutingRepository(open_database(path)).save(routing, T0)
    assert RoutingRepository(open_database(path)).load() == routing
    shorter = Routing(("GRILL",), (), "GRILL")
    RoutingRepository(open_database(path)).save(shorter, T0)
    assert RoutingRepository(open_database(path)).load() == shorter
    assert RoutingRepository(Database(tmp_path / "new.sqlite3")).load() == Routing()


def test_restaurant_settings_hold_json_values(store_target: str) -> None:
    settings = RestaurantSettings(open_database(store_target))
    assert settings.get("pin", "none") == "none"
    settings.set("pin", {"salt": "ab"}, T0)
    settings.set("pin", {"salt": "cd"}, T0)
    assert settings.get("pin") == {"salt": "cd"}


def test_bumps_per_line_and_per_order_recall_and_the_recent_list(store_target: str) -> None:
    db = open_database(store_target)
    bumps = BumpRepository(db)
    bumps.bump(A, "GRILL", T0, "l1")
    bumps.bump(A, "GRILL", T0, "l1")  # twice: no error, one row
    bumps.bump(A, "DRINKS", T0 + timedelta(minutes=1))
    bumps.bump(B, "DRINKS", T0 + timedelta(minutes=2))
    bumps.bump(B, EXPO, T0 + timedelta(minutes=3))
    assert bumps.of([A, B]) == {A: {"GRILL": {"l1"}, "DRINKS": {""}}, B: {"DRINKS": {""}, EXPO: {""}}}
    assert [b.key for b in bumps.recent("DRINKS")] == [B, A]
    assert [b.key for b in bumps.recent(EXPO)] == [B]
    bumps.unbump_line(A, "GRILL", "l1")
    bumps.recall(B, "DRINKS")
    assert bumps.of([A, B]) == {A: {"DRINKS": {""}}, B: {EXPO: {""}}}
    assert [b.key for b in bumps.recent("DRINKS", limit=1)] == [A]


def test_a_bump_and_a_recall_are_logged_as_changes_of_the_order(store_target: str) -> None:
    db = open_database(store_target)
    start = ChangeLog(db).latest()
    BumpRepository(db).bump(A, "GRILL", T0, "l1")
    BumpRepository(db).recall(A, "GRILL")
    logged = [(c.topic, c.item, c.op) for c in ChangeLog(db).since(start)]
    assert logged == [("order", str(A), "update")] * 2  # never "insert": a bump is no new order

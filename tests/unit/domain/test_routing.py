"""Routing lines to kitchen stations: by category, keyword in any language, item code, else the default."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from kds.domain.money import Money
from kds.domain.order import Line, Order, OrderKey, OrderType, Platform, Totals
from kds.domain.routing import Routing, RoutingRule, RuleKind, fold, progress

T0 = datetime(2026, 3, 1, 12, tzinfo=UTC)
ZERO = Money.zero("BRL")


def line(line_id: str, name: str, *, code: str = "", category: str = "",
         names: tuple[tuple[str, str], ...] = (), quantity: int = 1) -> Line:
    return Line(line_id, name, Decimal(quantity), ZERO, ZERO, external_code=code, category=category, names=names)


def order(*lines: Line, platform: Platform = Platform.KEETA_OD) -> Order:
    return Order(OrderKey(platform, "o-1"), "1001", OrderType.DELIVERY, T0, lines, Totals(ZERO, ZERO, ZERO, ZERO))


ROUTING = Routing(
    stations=("GRILL", "DRINKS", "FRYER"),
    rules=(RoutingRule(RuleKind.ITEM_CODE, "SKU-9", "FRYER", platform="keeta_od"),
           RoutingRule(RuleKind.CATEGORY, "Beverages", "DRINKS"),
           RoutingRule(RuleKind.KEYWORD, "suco", "DRINKS"),
           RoutingRule(RuleKind.KEYWORD, "茶", "DRINKS"),
           RoutingRule(RuleKind.KEYWORD, "batata", "FRYER")),
    default="GRILL")


def test_each_kind_of_rule_and_the_default() -> None:
    lines = (line("a", "X-Burger"), line("b", "Suco de Laranja"), line("c", "Coca", category="BEVERAGES"),
             line("d", "Fries", code="SKU-9"), line("e", "Batatas fritas"))
    assert [ROUTING.station_of(x, "keeta_od") for x in lines] == ["GRILL", "DRINKS", "DRINKS", "FRYER", "FRYER"]


def test_a_keyword_matches_the_name_in_any_language_folding_case_and_accents() -> None:
    milk_tea = line("a", "Milk tea", names=(("en", "Milk tea"), ("zh-HK", "奶茶")))
    assert ROUTING.station_of(milk_tea) == "DRINKS"
    assert Routing(("A", "B"), (RoutingRule(RuleKind.KEYWORD, "FEIJAO", "B"),), "A").station_of(
        line("x", "Feijão tropeiro")) == "B"
    assert fold("Pão ") == "pao"


def test_an_item_code_rule_of_one_platform_leaves_the_other_platforms_codes_alone() -> None:
    fries = line("d", "Fries", code="SKU-9")
    assert ROUTING.station_of(fries, "keeta_od") == "FRYER"
    assert ROUTING.station_of(fries, "gofood") == "GRILL"


def test_a_rule_to_a_station_that_no_longer_exists_is_skipped() -> None:
    routing = Routing(("GRILL",), (RoutingRule(RuleKind.KEYWORD, "suco", "BAR"),), "GRILL")
    assert routing.station_of(line("b", "Suco")) == "GRILL"


def test_split_keeps_the_restaurants_station_order_and_progress_says_who_is_done() -> None:
    o = order(line("b", "Suco"), line("a", "X-Burger", quantity=2), line("c", "Chá gelado", category="beverages"))
    assert {s: [x.line_id for x in lines] for s, lines in ROUTING.split(o).items()} == {
        "GRILL": ["a"], "DRINKS": ["b", "c"]}
    states = progress(o, ROUTING, {"DRINKS": {"b"}, "GRILL": {""}})
    assert [(p.station, p.done, p.item_count) for p in states] == [("GRILL", True, 2), ("DRINKS", False, 2)]
    states = progress(o, ROUTING, {"DRINKS": {"b", "c"}})
    assert [(p.station, p.done) for p in states] == [("GRILL", False), ("DRINKS", True)]


names = st.text(alphabet=st.characters(codec="utf-8", categories=("L", "N", "Zs")), max_size=12)


@given(st.lists(st.tuples(names, st.sampled_from(["", "food", "drink"]), st.sampled_from(["", "SKU-9", "X"])),
                max_size=12),
       st.lists(st.tuples(st.sampled_from(list(RuleKind)), names, st.sampled_from(["GRILL", "DRINKS", "GONE"])),
                max_size=5))
def test_every_line_goes_to_exactly_one_existing_station(items: list[tuple[str, str, str]],
                                                         rules: list[tuple[RuleKind, str, str]]) -> None:
    routing = Routing(("GRILL", "DRINKS"), tuple(RoutingRule(k, p, s) for k, p, s in rules), "DRINKS")
    o = order(*(line(f"l{i}", name, category=cat, code=code) for i, (name, cat, code) in enumerate(items)))
    split = routing.split(o)
    routed = [x.line_id for lines in split.values() for x in lines]
    assert sorted(routed) == sorted(x.line_id for x in o.lines)
    assert set(split) <= {"GRILL", "DRINKS"}
    assert all(lines for lines in split.values())


def test_without_stations_nothing_is_routed() -> None:
    assert not Routing().active
    assert Routing().split(order(line("a", "X"))) == {}


def test_a_printers_station_is_found_whatever_its_case() -> None:
    assert ROUTING.named(" grill ") == "GRILL"
    assert ROUTING.named("BAR") == "" and ROUTING.named("") == ""

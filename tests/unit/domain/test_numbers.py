"""Telling apart orders with the same display number: the first keeps it, later ones get a short tag."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from kds.domain.numbers import REPEAT_WINDOW, number_tag
from kds.domain.order import OrderKey, Platform

T0 = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
OD, STD = Platform.KEETA_OD, Platform.KEETA_STD


def test_the_first_order_with_a_number_keeps_it() -> None:
    first, second = OrderKey(OD, "5f3e-77a1"), OrderKey(STD, "4402918833")
    same = [(first, T0), (second, T0 + timedelta(minutes=1))]
    assert number_tag(first, T0, same) == ""
    assert number_tag(second, T0 + timedelta(minutes=1), same) == "33"


def test_a_tag_grows_until_it_differs_and_ties_go_by_key() -> None:
    a, b = OrderKey(OD, "aaaa-0001"), OrderKey(OD, "bbbb-0001")
    same = [(a, T0), (b, T0)]  # created in the same second: the key decides which one was first
    assert number_tag(a, T0, same) == ""
    assert number_tag(b, T0, same) == "b0001"


def test_an_order_of_more_than_a_day_before_does_not_count() -> None:
    old, new = OrderKey(OD, "x1"), OrderKey(OD, "y1")
    later = T0 + REPEAT_WINDOW + timedelta(seconds=1)
    assert number_tag(new, later, [(old, T0), (new, later)]) == ""


@given(st.lists(st.tuples(st.sampled_from([OD, STD]), st.text("0123456789abcB-", min_size=1, max_size=6),
                          st.integers(0, 3600)), min_size=1, max_size=8, unique_by=lambda t: (t[0], t[1])))
def test_every_order_with_one_number_is_shown_differently(orders: list[tuple[Platform, str, int]]) -> None:
    same = [(OrderKey(p, oid), T0 + timedelta(seconds=s)) for p, oid, s in orders]
    tags = [number_tag(key, at, same) for key, at in same]
    assert len(set(tags)) == len(same)  # one order keeps its bare number, each other one its own tag
    assert tags.count("") == 1


def test_ids_that_differ_only_in_case_or_punctuation_are_still_told_apart() -> None:
    keys = [OrderKey(OD, "ab-1"), OrderKey(OD, "AB1"), OrderKey(OD, "ab1")]
    same = [(key, T0 + timedelta(seconds=i)) for i, key in enumerate(keys)]
    assert [number_tag(k, at, same) for k, at in same] == ["", "keeta_od:AB1", "keeta_od:ab1"]

"""Opening hours: a weekday's span, and spans that run past midnight."""

from __future__ import annotations

from datetime import datetime

import pytest

from kds.domain.opening_hours import is_open, minute_of_day

MONDAY = datetime(2026, 12, 7)  # a Monday
SPANS = [(0, 10 * 60, 22 * 60), (4, 18 * 60, 2 * 60)]  # Monday 10:00–22:00, Friday 18:00–02:00


@pytest.mark.parametrize(("day", "hour", "minute", "expected"), [
    (0, 9, 59, False), (0, 10, 0, True), (0, 21, 59, True), (0, 22, 0, False),
    (1, 12, 0, False),  # Tuesday has no hours: closed
    (4, 17, 59, False), (4, 23, 30, True), (5, 1, 59, True), (5, 2, 0, False),
    (6, 1, 0, False),  # Saturday's hours do not run into Sunday
])
def test_a_time_is_open_inside_its_weekdays_span(day: int, hour: int, minute: int, expected: bool) -> None:
    local = MONDAY.replace(day=MONDAY.day + day, hour=hour, minute=minute)
    assert is_open(SPANS, local) is expected


def test_a_whole_day_is_open_until_midnight() -> None:
    assert is_open([(0, 0, minute_of_day("24:00"))], MONDAY.replace(hour=23, minute=59))
    assert not is_open([(0, 0, minute_of_day("24:00"))], MONDAY.replace(day=8, hour=0))


@pytest.mark.parametrize("text", ["24:01", "10:60", "-1:00"])
def test_a_time_of_day_out_of_range_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="time of day"):
        minute_of_day(text)

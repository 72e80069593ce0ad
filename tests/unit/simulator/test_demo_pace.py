"""The demo's pace: steady arrivals shared by the simulators, an early refund request, and truthful timeout texts.

Real Keeta's behaviour is what the simulators keep without these demo options (`SimConfig` defaults).
"""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from itertools import islice

import pytest

from kds.clock import FakeClock
from kds.simulator import keeta_od, keeta_std
from kds.simulator.spec import OrderPace, quoted_minutes

START = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_the_simulators_take_turns_and_every_gap_stays_within_the_pace() -> None:
    paces = [OrderPace(START, every=30.0, jitter=5.0, turn=turn, turns=2) for turn in (0, 1)]
    times = sorted(t for turn, pace in enumerate(paces) for t in islice(pace.arrivals(random.Random(turn)), 200))
    gaps = [(b - a).total_seconds() for a, b in zip([START, *times], times, strict=False)]
    assert all(20.0 <= gap <= 40.0 for gap in gaps[1:]) and 25.0 <= gaps[0] <= 35.0, (min(gaps), max(gaps))
    assert (times[-1] - START).total_seconds() == pytest.approx(400 * 30.0, abs=5.0)  # no drift


def test_a_pace_whose_slots_could_swap_is_refused() -> None:
    with pytest.raises(ValueError, match="jitter"):
        OrderPace(START, every=30.0, jitter=20.0)
    with pytest.raises(ValueError, match="turn"):
        OrderPace(START, every=30.0, turn=2, turns=2)


@pytest.mark.parametrize(("seconds", "scale", "text"), [
    (300, 1, "5 minutes"), (300, 2, "2 min 30 s"), (900, 2, "7 min 30 s"), (300, 10, "30 seconds"),
    (900, 15, "1 minute"),
])
def test_a_platform_window_is_quoted_as_long_as_it_lasts_at_the_time_scale(seconds: float, scale: float,
                                                                           text: str) -> None:
    assert quoted_minutes(seconds, scale) == text


def test_keeta_od_places_the_demos_orders_on_its_turns_only() -> None:
    clock = FakeClock(START)
    pace = OrderPace(START, every=30.0, jitter=5.0, turn=1, turns=2)
    state = keeta_od.KeetaSimState(keeta_od.SimConfig(time_scale=2.0, seed=3, order_pace=pace), clock)
    clock.advance(54)
    state.tick()
    assert state.order_ids() == []  # slot 0 (30 ± 5 s) is the other simulator's
    clock.advance(12)
    state.tick()
    assert len(state.order_ids()) == 1  # slot 1: 60 ± 5 s
    clock.advance(60)
    state.tick()
    assert len(state.order_ids()) == 2  # slot 3: 120 ± 5 s


def test_keeta_std_places_the_demos_orders_on_its_turns_only() -> None:
    clock = FakeClock(START)
    pace = OrderPace(START, every=30.0, jitter=5.0, turn=0, turns=2)
    state = keeta_std.KeetaStdSimState(keeta_std.SimConfig(time_scale=2.0, seed=3, order_pace=pace), clock)
    clock.advance(24)
    state.tick()
    assert state.order_ids() == []
    clock.advance(12)
    state.tick()
    assert len(state.order_ids()) == 1  # slot 0: 30 ± 5 s
    clock.advance(60)
    state.tick()
    assert len(state.order_ids()) == 2  # slot 2: 90 ± 5 s


def test_keeta_od_brings_the_first_confirmed_orders_refund_request_early_and_quotes_its_windows_scaled() -> None:
    clock = FakeClock(START)
    state = keeta_od.KeetaSimState(keeta_od.SimConfig(time_scale=2.0, seed=3, first_refund_after=90.0), clock)
    first, second, late = (state.create_order("delivery") for _ in range(3))
    body = {"createdAt": "2026-01-01T12:00:00Z", "orderExternalCode": "x"}
    for order_id in (first, second):
        assert state.act(order_id, "confirm", body).status == 202
    clock.advance(44)
    assert not state.order_state(first).refund_pending
    clock.advance(2)  # 90 platform seconds at 2x
    assert state.order_state(first).refund_pending and not state.order_state(second).refund_pending
    clock.advance(150)  # nobody confirmed the third in 2 min 30 s
    state.tick()
    cancelled = [e for e in state.store.events.values() if e.order_id == late and e.event_type == "CANCELLED"]
    assert cancelled and cancelled[0].metadata["reason"] == "Order not confirmed within 2 min 30 s (timeout)"


def test_keeta_std_brings_the_first_confirmed_orders_refund_request_early_and_quotes_its_windows_scaled() -> None:
    clock = FakeClock(START)
    state = keeta_std.KeetaStdSimState(keeta_std.SimConfig(time_scale=2.0, seed=3, first_refund_after=90.0), clock)
    first, second = state.create_order("delivery"), state.create_order("delivery")
    for order_id in (first, second):
        assert state.act_on_tablet(order_id, "order/confirm") == 0
    clock.advance(46)
    assert state.order_state(first).refund_pending and not state.order_state(second).refund_pending
    clock.advance(timedelta(minutes=7, seconds=30).total_seconds())
    assert state.order_state(first).refund_outcomes == ("refunded",)
    answers = [h.message.get("handleReason") for h in state.webhooks(first) if "handleReason" in h.message]
    assert answers == ["No answer within 7 min 30 s"]

"""Store controls as values: their reversal at their end, what is sent, minutes paused."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from kds.domain.order import Platform
from kds.domain.store_control import ControlKind, StoreControl, closed_by_platform, paused_minutes

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


def test_a_timed_pause_brings_its_resume_at_its_end() -> None:
    pause = StoreControl(Platform.KEETA_OD, ControlKind.PAUSE, "Counter", T0, T0 + timedelta(minutes=30))
    resume = pause.reversal
    assert resume is not None
    assert (resume.kind, resume.at, resume.until, resume.who) == (ControlKind.RESUME, T0 + timedelta(minutes=30),
                                                                  None, "Counter")
    assert StoreControl(Platform.KEETA_OD, ControlKind.PAUSE, "Counter", T0).reversal is None


def test_busy_mode_is_local_and_ends_without_minutes() -> None:
    busy = StoreControl(Platform.GOFOOD, ControlKind.BUSY, "Counter", T0, T0 + timedelta(hours=1), minutes=10)
    assert not busy.sent
    assert busy.reversal is not None and busy.reversal.kind is ControlKind.BUSY_END and busy.reversal.minutes == 0


@pytest.mark.parametrize(("kwargs", "why"), [
    ({"kind": ControlKind.PAUSE, "until": T0}, "must end after it starts"),
    ({"kind": ControlKind.RESUME, "until": T0 + timedelta(minutes=5)}, "resume has no end"),
    ({"kind": ControlKind.BUSY}, "busy mode, and only busy mode"),
    ({"kind": ControlKind.SOLD_OUT}, "name a dish"),
    ({"kind": ControlKind.PAUSE, "item": "fries"}, "name a dish"),
])
def test_inconsistent_controls_are_refused(kwargs: dict, why: str) -> None:
    with pytest.raises(ValueError, match=why):
        StoreControl(Platform.GOFOOD, who="Counter", at=T0, **kwargs)


def test_minutes_paused_per_platform_count_overlaps_once_and_clip_to_the_window() -> None:
    def c(kind: ControlKind, minute: int, platform: Platform = Platform.KEETA_OD) -> StoreControl:
        return StoreControl(platform, kind, "Counter", T0 + timedelta(minutes=minute))

    controls = [c(ControlKind.PAUSE, -10), c(ControlKind.RESUME, 20), c(ControlKind.PAUSE, 30),
                c(ControlKind.PAUSE, 40), c(ControlKind.RESUME, 45), c(ControlKind.PAUSE, 50, Platform.GOFOOD)]
    minutes = paused_minutes(controls, T0, T0 + timedelta(minutes=60))
    assert minutes == {Platform.KEETA_OD: 35.0, Platform.GOFOOD: 10.0}


def test_only_the_platforms_own_cancellation_with_a_closing_code_closes_the_store() -> None:
    from kds.domain.states import OrderStatus, Stage

    timeout = OrderStatus(stage=Stage.CANCELLED, cancelled_by="platform", cancel_code="TIMEOUT")
    assert closed_by_platform(timeout, ("TIMEOUT",))
    assert not closed_by_platform(timeout, ())  # a platform that does not close the store
    assert not closed_by_platform(OrderStatus(stage=Stage.CANCELLED, cancelled_by="customer",
                                              cancel_code="TIMEOUT"), ("TIMEOUT",))
    assert not closed_by_platform(OrderStatus(stage=Stage.NEW, cancel_code="TIMEOUT"), ("TIMEOUT",))

"""The manager PIN: cancel, refunds and settings behind a keypad; wrong PINs refused; lockout."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.services.engine import Engine
from kds.station.settings import Guarded, Security, Settings
from kds.ui.setup.pin import LOCKOUT, MAX_FAILURES, PinGate, PinResult, PinSheet
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.sheets.confirm import TwoTapSheet
from kds.ui.sheets.reason import ReasonSheet
from kds.ui.sheets.refund import PartialRefundSheet
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.ui.conftest import tap

PIN = "2468"


class FakeMonotonic:
    """A monotonic clock the test moves."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture(scope="module")
def security() -> Security:
    """A PIN hashed once for the module (scrypt takes a moment)."""
    return Security().with_pin(PIN)


@pytest.fixture
def monotonic() -> FakeMonotonic:
    return FakeMonotonic()


@pytest.fixture
def guarded_window(window: MainWindow, security: Security, monotonic: FakeMonotonic) -> MainWindow:
    """The window of a station with a manager PIN, on a fake monotonic clock for lockouts."""
    window.station.settings = Settings(security=security)
    window.station.pin_gate = PinGate(lambda: window.station.settings.security, now=monotonic)
    return window


def enter(sheet: PinSheet, pin: str) -> bool:
    for digit in pin:
        sheet.press(digit)
    return sheet.submit()


def test_the_gate_refuses_wrong_pins_and_locks_out_after_repeated_ones(security: Security,
                                                                       monotonic: FakeMonotonic) -> None:
    gate = PinGate(lambda: security, now=monotonic)
    assert gate.check("1111") is PinResult.WRONG
    assert gate.check(PIN) is PinResult.OK and gate.failures == 0  # a right PIN resets the count
    results = [gate.check("0000") for _ in range(MAX_FAILURES)]
    assert results == [PinResult.WRONG] * (MAX_FAILURES - 1) + [PinResult.LOCKED]
    assert gate.locked_for() == pytest.approx(LOCKOUT)
    assert gate.check(PIN) is PinResult.LOCKED  # even the right PIN waits out the lockout
    monotonic.now += LOCKOUT - 0.5
    assert gate.check(PIN) is PinResult.LOCKED
    monotonic.now += 1
    assert gate.check("9999") is PinResult.LOCKED  # one more wrong PIN after a lockout: twice as long
    assert gate.locked_for() == pytest.approx(2 * LOCKOUT)
    monotonic.now += 2 * LOCKOUT
    assert gate.check(PIN) is PinResult.OK and gate.locked_for() == 0


async def test_cancel_asks_for_the_pin_and_refuses_a_wrong_one(guarded_window: MainWindow, engine: Engine,
                                                              fake: FakePlatform) -> None:
    window = guarded_window
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:cancel")
    sheet = window.top_overlay()
    assert isinstance(sheet, PinSheet) and sheet.isVisible()
    assert f"#{order.display_id}" in sheet.findChild(type(sheet.title), "sheetHint").text()
    assert not enter(sheet, "1357")
    assert sheet.problem.text() == "Wrong PIN. Try again."
    assert window.top_overlay() is sheet and sheet.display.text().strip() == ""  # cleared for the next try
    assert enter(sheet, PIN)
    reason = window.top_overlay()
    assert isinstance(reason, ReasonSheet)  # only now the cancel sheet itself
    assert sheet.is_closed


async def test_refunds_are_guarded_as_configured(guarded_window: MainWindow, engine: Engine, fake: FakePlatform,
                                                 security: Security) -> None:
    window = guarded_window
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    window.perform(order.key, Action.PARTIAL_REFUND)
    sheet = window.top_overlay()
    assert isinstance(sheet, PinSheet)
    assert enter(sheet, PIN)
    assert isinstance(window.top_overlay(), PartialRefundSheet)
    window.top_overlay().close_overlay()
    # A station that guards only cancelling lets refunds through without the PIN.
    window.station.settings = Settings(security=security.model_copy(update={"guarded": frozenset({Guarded.CANCEL})}))
    window.perform(order.key, Action.PARTIAL_REFUND)
    assert isinstance(window.top_overlay(), PartialRefundSheet)


async def test_settings_need_the_pin_and_the_keypad_locks_out(guarded_window: MainWindow, monotonic: FakeMonotonic,
                                                             qtbot) -> None:
    window = guarded_window
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().settings, Qt.MouseButton.LeftButton)  # More's Settings
    sheet = window.top_overlay()
    assert isinstance(sheet, PinSheet)
    for _ in range(MAX_FAILURES):
        assert not enter(sheet, "0000")
    assert "Too many wrong PINs" in sheet.problem.text() and "10 s" in sheet.problem.text()
    assert not sheet.keys["5"].isEnabled() and not sheet.ok.isEnabled()
    assert not enter(sheet, PIN)  # typed on a keyboard during the lockout: refused
    assert not any(isinstance(o, SettingsPanel) for o in window.overlays)
    monotonic.now += LOCKOUT + 0.1
    sheet.refresh()  # the sheet's timer does this every 250 ms
    assert sheet.keys["5"].isEnabled() and sheet.problem.text() == ""
    assert enter(sheet, PIN)
    assert isinstance(window.top_overlay(), SettingsPanel)


async def test_without_a_pin_nothing_is_asked(window: MainWindow, engine: Engine, fake: FakePlatform) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:cancel")
    assert isinstance(window.top_overlay(), ReasonSheet)
    window.top_overlay().close_overlay()
    window.request_settings()
    assert isinstance(window.top_overlay(), SettingsPanel)


async def test_agreeing_to_a_refund_asks_for_the_pin_then_two_taps(guarded_window: MainWindow, engine: Engine,
                                                                  fake: FakePlatform, qtbot) -> None:
    window = guarded_window
    order = fake.add_order()
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    await engine.pollers[fake.platform].poll_once()
    fake.request_refund(order.key.order_id)
    await engine.pollers[fake.platform].poll_once()
    tap(window, order.key, "action:agree_refund")
    sheet = window.top_overlay()
    assert isinstance(sheet, PinSheet)
    assert enter(sheet, PIN)
    agree = window.top_overlay()
    assert isinstance(agree, TwoTapSheet)  # the PIN first, then still the second tap
    qtbot.mouseClick(agree.confirm, Qt.MouseButton.LeftButton)
    await engine.runner.run_due()
    assert fake.calls_of(Action.AGREE_REFUND) == []
    qtbot.mouseClick(agree.confirm, Qt.MouseButton.LeftButton)
    await engine.runner.run_due()
    assert len(fake.calls_of(Action.AGREE_REFUND)) == 1


async def test_the_day_s_report_needs_the_pin(guarded_window: MainWindow, qtbot) -> None:
    from kds.ui.sheets.report import ReportSheet

    window = guarded_window
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().report, Qt.MouseButton.LeftButton)  # More's Report
    sheet = window.top_overlay()
    assert isinstance(sheet, PinSheet)  # the day's sales are not for anyone walking by
    assert not enter(sheet, "0000")
    assert not any(isinstance(o, ReportSheet) for o in window.overlays)
    assert enter(sheet, PIN)
    assert isinstance(window.top_overlay(), ReportSheet)

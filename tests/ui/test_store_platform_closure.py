"""Keeta closes the store by itself after a missed order: KDS keeps that closure in its store-control record
(for the day's minutes paused) without sending anything, and the red banner goes once any reopening reaches
Keeta — the banner's Reopen or Resume on the Store sheet — and not before (real window, simulators, fake clock)."""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from kds.clock import FakeClock
from kds.domain.order import OrderKey, Platform
from kds.domain.states import Stage
from kds.domain.store_control import ControlKind, paused_minutes
from kds.services.engine import Engine
from kds.ui.sheets.store import StoreSheet
from kds.ui.sounds import MISSED_ORDERS, SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes import waiting
from tests.ui.store_stack import Platforms, platforms, start_kds, stop_kds

__all__ = ["platforms"]  # the fixture

KEETA = Platform.KEETA_OD
CLOSED_TEXT = "Keeta OD closed your store after a missed order"


@pytest.fixture
def clock() -> FakeClock:
    """Monday noon here."""
    return FakeClock(datetime(2026, 12, 7, 12, 0).astimezone().astimezone(UTC))


def tap(widget: QWidget) -> None:
    from pytestqt.qtbot import QtBot

    assert widget.isVisible() and widget.isEnabled(), widget
    QtBot.mouseClick(widget, Qt.MouseButton.LeftButton)


async def miss_an_order(sims: Platforms, engine: Engine, clock: FakeClock) -> datetime:
    """A Keeta order nobody confirms: Keeta cancels it (TIMEOUT) and closes the store; returns when it did."""
    order_id = sims.keeta.state.create_order("delivery")
    poller = engine.pollers[KEETA]
    await poller.poll_once()
    clock.advance(5 * 60 + 1)
    await waiting.until(lambda: sims.keeta.state.order_state(order_id).status == "CANCELLED", timeout=5.0)
    await poller.poll_once()
    ticket = engine.orders.ticket(OrderKey(KEETA, order_id))
    assert ticket is not None and ticket.status.stage is Stage.CANCELLED and ticket.status.cancelled_at is not None
    assert sims.keeta.state.merchant_status() == "UNAVAILABLE"
    return ticket.status.cancelled_at


def sent_to_keeta(sims: Platforms) -> list[object]:
    return [body for _, _, body, _ in sims.keeta.state.status_calls()]


def resume_on_sheet(window: MainWindow, platform: Platform | None) -> None:
    """Store button, the platform's button (None: All platforms), Resume, and the sheet closed again."""
    tap(window.store_button)
    sheet = window.top_overlay()
    assert isinstance(sheet, StoreSheet)
    tap(sheet.scope.buttons[platform.value if platform is not None else ""])
    tap(sheet.resume_all)
    sheet.close_overlay()


async def test_keetas_own_closure_is_recorded_sent_nowhere_and_ended_by_the_reopening(
        app: QApplication, platforms: Platforms, clock: FakeClock, sounds: SoundBoard, tmp_path: Path) -> None:
    start = clock.now()
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds)
    closed_at = await miss_an_order(platforms, engine, clock)
    assert window.closed_banner.text() == CLOSED_TEXT and MISSED_ORDERS in sounds.history

    record = engine.store.store_record(KEETA)
    assert record is not None and record.observed
    assert (record.control.kind, record.control.who, record.control.until) == (ControlKind.PAUSE, "Keeta OD", None)
    # When Keeta cancelled the order, on our clock (the offset read from its Date header is under a second).
    assert abs(record.control.at - closed_at) < timedelta(seconds=1) and record.control.at <= clock.now()
    await engine.store.run_due()
    assert sent_to_keeta(platforms) == []  # Keeta closed itself: nothing is sent for that record
    window.on_tick(clock.now())
    assert window.store_paused.text() == "Paused — Keeta OD · until resumed"
    await stop_kds(window, engine)

    # Started again: the record still says Keeta closed the store, and the banner says so again.
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds)
    assert window.closed_banner.text() == CLOSED_TEXT
    clock.advance(20 * 60)
    window.on_tick(clock.now())
    reopen = window.closed_banner.action
    assert reopen is not None
    tap(reopen)
    await engine.store.run_due()
    reopened_at = clock.now()
    assert sent_to_keeta(platforms) == [{"merchantStatus": "AVAILABLE"}] * len(platforms.keeta.credentials.merchant_ids)
    history = engine.store.repo.history(start, clock.now())
    assert [(c.kind, c.who) for c in history] == [(ControlKind.PAUSE, "Keeta OD"), (ControlKind.RESUME, "Counter")]
    assert paused_minutes(history, start, clock.now() + timedelta(hours=1)) == \
        {KEETA: (reopened_at - record.control.at).total_seconds() / 60}
    assert not window.closed_banner.isVisible()
    await stop_kds(window, engine)


async def test_resume_on_the_store_sheet_clears_the_banner_once_it_reaches_keeta(
        app: QApplication, platforms: Platforms, clock: FakeClock, sounds: SoundBoard, tmp_path: Path) -> None:
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds)
    await miss_an_order(platforms, engine, clock)
    assert window.closed_banner.text() == CLOSED_TEXT

    platforms.keeta.state.set_faults(fault_5xx=1.0, fault_ops=frozenset({"merchant"}))
    resume_on_sheet(window, KEETA)
    await engine.store.run_due()  # Keeta is unreachable: the store is still closed
    window.on_tick(clock.now())
    assert platforms.keeta.state.merchant_status() == "UNAVAILABLE"
    assert window.store_paused.text() == "Paused — Keeta OD · reopening not sent yet — retrying"
    assert window.closed_banner.isVisible() and window.closed_banner.text() == CLOSED_TEXT
    if os.environ.get("KDS_SCREENSHOTS"):
        window.grab().save(os.path.join(os.environ["KDS_SCREENSHOTS"], "store-closed-reopening.png"))

    platforms.keeta.state.set_faults(fault_5xx=0.0)  # back: the retry gets through
    clock.advance(120)
    await engine.store.run_due()
    assert platforms.keeta.state.merchant_status() == "AVAILABLE"
    assert not window.closed_banner.isVisible()
    assert not window.store_paused.isVisible()

    await miss_an_order(platforms, engine, clock)  # again, and this time Resume on all platforms
    assert window.closed_banner.text() == CLOSED_TEXT
    resume_on_sheet(window, None)
    assert window.closed_banner.isVisible()  # not sent yet
    await engine.store.run_due()
    assert platforms.keeta.state.merchant_status() == "AVAILABLE"
    assert not window.closed_banner.isVisible()
    await stop_kds(window, engine)


async def test_the_banners_reopen_keeps_it_until_the_reopening_reaches_keeta(
        app: QApplication, platforms: Platforms, clock: FakeClock, sounds: SoundBoard, tmp_path: Path) -> None:
    window, engine = start_kds(tmp_path / "kds.sqlite3", platforms, clock, sounds)
    await miss_an_order(platforms, engine, clock)
    platforms.keeta.state.set_faults(fault_5xx=1.0, fault_ops=frozenset({"merchant"}))
    reopen = window.closed_banner.action
    assert reopen is not None
    tap(reopen)
    await engine.store.run_due()
    window.on_tick(clock.now())
    assert platforms.keeta.state.merchant_status() == "UNAVAILABLE"
    assert window.closed_banner.text() == CLOSED_TEXT and reopen.isVisible()  # one more tap can try again

    platforms.keeta.state.set_faults(fault_5xx=0.0)
    clock.advance(120)
    await engine.store.run_due()
    assert platforms.keeta.state.merchant_status() == "AVAILABLE"
    assert not window.closed_banner.isVisible()
    await stop_kds(window, engine)

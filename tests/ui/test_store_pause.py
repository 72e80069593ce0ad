"""Issue 15's done-when: Pause all for 30 minutes on the real window against the simulators.

Keeta Open Delivery (its simulator over real HTTP), GoFood (its simulator's app) and Zeek (its
simulator's inventory check, answered by the relay) are paused from the Store sheet; the top bar
says so with a countdown; on the fake clock all three reopen by themselves after 30 minutes, also
when KDS was stopped and started again in between.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.ui.sheets.store import StoreSheet
from kds.ui.sounds import SoundBoard
from tests.ui.store_stack import Platforms, platforms, start_kds, stop_kds

__all__ = ["platforms"]  # the fixture


async def test_pause_all_for_30_minutes_reopens_by_itself_also_across_a_restart(
        app: QApplication, qtbot, platforms: Platforms, clock: FakeClock, sounds: SoundBoard,
        tmp_path: Path) -> None:
    path = tmp_path / "kds.sqlite3"
    window, engine = start_kds(path, platforms, clock, sounds)
    assert not window.store_paused.isVisible()
    app.processEvents()
    top_before = window.top.history.geometry()
    qtbot.mouseClick(window.store_button, Qt.MouseButton.LeftButton)
    sheet = window.top_overlay()
    assert isinstance(sheet, StoreSheet)
    qtbot.mouseClick(sheet.pause_buttons[30], Qt.MouseButton.LeftButton)
    await engine.store.run_due()
    assert await platforms.closed() == {"keeta": True, "gofood": True, "zeek": True}
    window.on_tick(clock.now())
    assert window.store_paused.isVisible()
    assert window.store_paused.text().startswith("Paused — Keeta OD, GoFood, Zeek · resumes ")
    assert window.store_paused.text().endswith("(30:00)")
    app.processEvents()
    assert window.top.history.geometry() == top_before  # the top bar's buttons did not move
    clock.advance(60)
    window.on_tick(clock.now())
    assert window.store_paused.text().endswith("(29:00)")
    await stop_kds(window, engine)

    clock.advance(19 * 60)  # KDS is stopped for a while
    window, engine = start_kds(path, platforms, clock, sounds)
    window.on_tick(clock.now())
    assert window.store_paused.text().endswith("(10:00)")  # still paused after the restart
    await engine.store.run_due()
    assert await platforms.closed() == {"keeta": True, "gofood": True, "zeek": True}
    clock.advance(10 * 60)
    await engine.store.run_due()
    window.on_tick(clock.now())
    assert await platforms.closed() == {"keeta": False, "gofood": False, "zeek": False}
    assert not window.store_paused.isVisible()
    window.grab().save(str(tmp_path / "board.png"))
    await stop_kds(window, engine)

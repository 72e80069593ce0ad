"""Fixtures for the counter screen: the real window over a real store, a fake platform and a fake clock.

Async tests run inside the Qt event loop: the `pytest_asyncio_loop_factories` hook below gives
pytest-asyncio (>= 1.4) a qasync loop for every test in this folder. Inside them, wait with
`tests.fakes.waiting.until()` (it sleeps on the loop) rather than `qtbot.waitUntil`, which would spin a nested loop.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_API", "pyside6")

import pytest
import qasync
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget

from kds.clock import FakeClock
from kds.domain.order import OrderKey
from kds.services.engine import Engine, EngineSettings
from kds.store.db import Database
from kds.ui.launcher import application
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.sounds import SoundBoard
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.ui.qt_messages import pytest_runtest_setup, pytest_runtest_teardown

# Qt warnings fail every test in this folder (see tests.ui.qt_messages); re-exported so pytest finds the hooks.
__all__ = ["pytest_runtest_setup", "pytest_runtest_teardown"]


class TestLoop(qasync.QEventLoop):
    """A qasync loop that deletes its own Qt objects when it is closed (on the GUI thread).

    Each test gets a loop and closes it; the closed loop sits in reference cycles with its QObjects
    (qasync's timer and call-soon signaller). Left to the cyclic collector, they may be freed on a
    printer thread, where Qt cannot stop the timer ("Timers cannot be stopped from another thread")
    and a later timer event crashes the process.
    """

    __test__ = False

    def close(self) -> None:
        """Close, then delete the loop's QObjects here and now."""
        super().close()
        for name in ("_timer", "_QEventLoop__call_soon_signaller"):
            obj = getattr(self, name, None)
            if obj is not None and shiboken6.isValid(obj):
                shiboken6.delete(obj)


def pytest_asyncio_loop_factories(config: pytest.Config, item: pytest.Item) -> dict[str, Callable[[], Any]]:
    """Every async test here runs on a qasync loop, i.e. inside Qt's event loop (ecosystem notes §3.6A)."""
    return {"qasync": lambda: TestLoop(application())}


@pytest.fixture
def app() -> QApplication:
    """The QApplication (one per session, never quitting on its own)."""
    return application()


@pytest.fixture
def clock() -> FakeClock:
    """Platform and board time."""
    return FakeClock()


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    """A real SQLite store."""
    database = Database(tmp_path / "kds.sqlite3")
    yield database
    database.close()


@pytest.fixture
def fake(clock: FakeClock) -> FakePlatform:
    """A platform offering every action."""
    return FakePlatform(clock)


@pytest.fixture
def engine(db: Database, fake: FakePlatform, clock: FakeClock) -> Engine:
    """The engine over the fake platform (not started: tests poll and send explicitly)."""
    return Engine(db, [fake], clock, EngineSettings(undo_seconds=5))


@pytest.fixture
def sounds(app: QApplication) -> Iterator[SoundBoard]:
    """A sound board that only records what it would play (deleted by Qt on the GUI thread, see `retire`)."""
    board = SoundBoard(enabled=False)
    yield board
    retire(board)


@pytest.fixture
def settings() -> UiSettings:
    """Default screen settings, silent."""
    return UiSettings(sounds=False)


@pytest.fixture
def window(app: QApplication, engine: Engine, clock: FakeClock, settings: UiSettings,
           sounds: SoundBoard) -> Iterator[MainWindow]:
    """The real main window at 1600×1000, its ticker stopped (tests tick the fake clock by hand)."""
    win = MainWindow(engine, clock, settings, sounds=sounds, start_ticker=False)
    win.resize(1600, 1000)
    win.show()
    yield win
    retire(win)


def tap(window: MainWindow, key: OrderKey, button_id: str) -> None:
    """Tap a card button where it is drawn (press and release on the viewport)."""
    found = window.board_widget.button_point(key, button_id)
    assert found is not None, f"no button {button_id} on {key}"
    widget, point = found
    _click(widget, point)


def tap_card(window: MainWindow, key: OrderKey) -> None:
    """Tap a card away from its buttons."""
    found = window.board_widget.card_point(key)
    assert found is not None, f"no card for {key}"
    _click(*found)


def _click(widget: QWidget, point: QPoint) -> None:
    from pytestqt.qtbot import QtBot

    QtBot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=point)

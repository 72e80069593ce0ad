"""The real window against the real Keeta simulator over HTTP on 127.0.0.1 (time runs 30× faster)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from kds.domain.states import Stage
from kds.startup.runtime import Runtime, parse, start_runtime
from kds.ui.settings import UiSettings
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow
from tests.fakes.waiting import until
from tests.ui.conftest import tap


@pytest.fixture
def runtime(tmp_path: Path) -> Iterator[Runtime]:
    # No generated orders: the test places its own, so it knows which one to look for.
    rt = start_runtime(parse(["--demo", "--data-dir", str(tmp_path), "--time-scale", "30", "--demo-rate", "0",
                              "--demo-seed", "7"]))
    yield rt
    rt.close()


async def test_confirm_reaches_the_simulator_once(app: QApplication, runtime: Runtime) -> None:
    state = runtime.simulator.state
    window = MainWindow(runtime.engine, runtime.clock, UiSettings(sounds=False), sounds=SoundBoard(enabled=False),
                        start_ticker=False)
    window.resize(1600, 1000)
    window.show()
    runtime.engine.start()
    try:
        order_id = state.create_order("delivery")
        await until(lambda: any(k.order_id == order_id for k in window.board.ticket_keys()), timeout=15,
                    message="the order never reached the board")
        key = next(k for k in window.board.ticket_keys() if k.order_id == order_id)
        assert window.board.column_of(key) is Column.NEW
        tap(window, key, "action:confirm")
        tap(window, key, "action:confirm")
        assert window.board.column_of(key) is Column.PREPARING  # at once, as "confirming"
        await until(lambda: (t := window.board.ticket(key)) is not None and t.status.stage is Stage.ACCEPTED,
                    timeout=15, message="the confirmation never came back from the platform")
        assert len(state.calls(order_id, "confirm")) == 1
    finally:
        await runtime.engine.stop()
        window.close()
        window.deleteLater()

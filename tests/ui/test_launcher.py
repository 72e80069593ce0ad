"""Starting and stopping the app: the screenshot flag, clean shutdown, errors shown in a banner."""

from __future__ import annotations

import os
import subprocess
import sys
from argparse import Namespace
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from kds.clock import FakeClock
from kds.services.engine import Engine
from kds.ui.launcher import SCREENSHOT_SIZE, run_window
from kds.ui.settings import UiSettings
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.runtime import FakeRuntime
from tests.fakes.waiting import until


def args(**kw: object) -> Namespace:
    values = {"screenshot": None, "run_for": None, "kiosk": False}
    values.update(kw)
    return Namespace(**values)


async def test_screenshot_flag_saves_a_png_and_stops_the_engine(app: QApplication, engine: Engine,
                                                                fake: FakePlatform, clock: FakeClock,
                                                                tmp_path: Path) -> None:
    fake.add_order()
    shot = tmp_path / "shots" / "board.png"
    runtime = FakeRuntime(engine, clock)
    code = await run_window(app, runtime, args(screenshot=str(shot), run_for=0.3), UiSettings(sounds=False))
    assert code == 0
    image = QImage(str(shot))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    assert not engine.running  # every task stopped before returning
    assert fake.polls >= 1


async def test_closing_the_window_ends_the_app(app: QApplication, engine: Engine, clock: FakeClock) -> None:
    import asyncio

    runtime = FakeRuntime(engine, clock)
    task = asyncio.ensure_future(run_window(app, runtime, args(), UiSettings(sounds=False)))
    await until(lambda: any(isinstance(w, MainWindow) and w.isVisible() for w in app.topLevelWidgets()))
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
    assert engine.running
    window.close()
    assert await asyncio.wait_for(task, 10) == 0
    assert not engine.running


async def test_an_unexpected_error_becomes_a_banner(app: QApplication, engine: Engine, clock: FakeClock) -> None:
    import asyncio

    runtime = FakeRuntime(engine, clock)
    task = asyncio.ensure_future(run_window(app, runtime, args(), UiSettings(sounds=False)))
    await until(lambda: any(isinstance(w, MainWindow) and w.isVisible() for w in app.topLevelWidgets()))
    window = next(w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())

    async def broken() -> None:
        raise RuntimeError("printer exploded")

    asyncio.get_running_loop().create_task(broken(), name="broken")  # nobody awaits it: the loop handler sees it
    await until(lambda: window.error_banner.isVisible())
    text = window.error_banner.text()
    assert "printer exploded" in text and "RuntimeError" not in text  # the class name is for the log
    assert window.isVisible()  # the app keeps running
    window.close()
    assert await asyncio.wait_for(task, 10) == 0


@pytest.mark.slow  # starts `kds --demo` as a subprocess
def test_kds_demo_screenshot_command_exits_zero(tmp_path: Path) -> None:
    shot = tmp_path / "demo.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-m", "kds", "--demo", "--data-dir", str(tmp_path / "data"), "--time-scale", "60",
         "--screenshot", str(shot), "--run-for", "2"],
        env=env, capture_output=True, text=True, timeout=90, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert QImage(str(shot)).width() == SCREENSHOT_SIZE[0]


def test_a_second_launch_only_brings_the_running_one_forward(app: QApplication, tmp_path: Path) -> None:
    from kds.ui.launcher import instance_key, run
    from kds.ui.single_instance import SingleInstance

    running = SingleInstance(instance_key(str(tmp_path)))
    assert running.acquire()
    started: list[object] = []
    try:
        code = run(args(data_dir=str(tmp_path)), lambda a: started.append(a))  # type: ignore[arg-type,return-value]
    finally:
        running.release()
    assert code == 0 and started == []  # no second engine, no second database connection
    assert instance_key(str(tmp_path)) != instance_key(str(tmp_path / "other")) != instance_key(None)


async def test_a_retired_window_is_deleted_by_qt_and_then_forgotten(app: QApplication, engine: Engine,
                                                                    clock: FakeClock) -> None:

    import shiboken6

    from kds.ui.lifetime import retire, retired

    window = MainWindow(engine, clock, UiSettings(sounds=False), start_ticker=False)
    window.show()
    before = retired()
    retire(window)
    assert retired() == before + 1 and not window.isVisible()
    retire(window)  # twice is once
    assert retired() == before + 1
    await until(lambda: not shiboken6.isValid(window))  # Qt deleted it, on this (the GUI) thread
    assert retired() == before

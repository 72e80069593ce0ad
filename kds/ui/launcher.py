"""Start the desktop app: QApplication first, then the qasync loop, the runtime, the window, the engine.

`run(args)` is what `kds` (without `--headless`) calls. It also serves the checks that need a
picture of the real app: `kds --demo --screenshot FILE --run-for S` runs S seconds, saves a PNG of
the main window and exits 0 (works with `QT_QPA_PLATFORM=offscreen`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

# qasync binds to whichever Qt is imported first or named in QT_API; make sure it is PySide6 (qasync #120).
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QLoggingCategory, QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kds.clock import Clock
from kds.logs import install_excepthook
from kds.services.engine import Engine
from kds.settings import load_settings
from kds.ui.resources import resource_path
from kds.ui.settings import UiSettings
from kds.ui.single_instance import SingleInstance
from kds.ui.windows.main_window import MainWindow
from kds.ui.wording import tr

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1920, 1080)
"""The window size of `--screenshot` pictures: a common kitchen screen."""

STOP_TIMEOUT = 10.0
"""Seconds the engine gets to stop its tasks and close its connections."""


def application() -> QApplication:
    """The QApplication, created first (qasync and every widget need it)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        existing.setQuitOnLastWindowClosed(False)
        return existing
    # The multimedia backend lists every library it could not load; only say something is wrong.
    QLoggingCategory.setFilterRules("qt.multimedia.symbolsresolver=false\nqt.multimedia.ffmpeg=false")
    app = QApplication([sys.argv[0] if sys.argv else "kds"])
    # Under qasync, Qt quitting on its own (last window closed) would stop the asyncio loop under
    # running tasks; the app ends when its main coroutine returns instead (qasync #39).
    app.setQuitOnLastWindowClosed(False)
    app.setApplicationName("KDS")
    app.setOrganizationName("KDS")
    app.setApplicationDisplayName("KDS")
    icon = resource_path("icons", "kds.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


class RuntimeLike(Protocol):
    """What the window needs of `kds.runtime.Runtime` (the composition root builds it; the UI may not import it)."""

    engine: Engine
    clock: Clock
    simulator: Any

    def close(self) -> None:
        """Release what the runtime opened."""
        ...


class ErrorRelay(QObject):
    """Carries an error summary from whichever thread failed to the GUI thread (a queued signal)."""

    reported = Signal(str)


def station_settings() -> UiSettings:
    """The counter-screen part of the station's saved settings (defaults when there are none)."""
    result = load_settings()
    if result.problem:
        log.warning("settings: %s", result.problem)
    return UiSettings.from_station(result.settings)


def run(args: Any, start_runtime: Callable[[Any], RuntimeLike],
        config_error: type[Exception] = ValueError) -> int:
    """Run the desktop app with parsed `kds` options; returns the exit code.

    Args:
        args: the parsed options (`kds.runtime.parse`).
        start_runtime: builds the store, adapters and engine from `args` (`kds.runtime.start_runtime`).
        config_error: the exception `start_runtime` raises for options that cannot run; shown, exit 2.
    """
    app = application()
    import qasync  # after PySide6, so qasync binds to it

    single: SingleInstance | None = None
    if not args.screenshot:  # a picture may be taken while the station runs
        single = SingleInstance(instance_key(args.data_dir))
        if not single.acquire(sys.argv[1:]):
            log.info("KDS is already running here: asked it to come to the front")
            return 0
    try:
        runtime = start_runtime(args)
    except config_error as exc:
        print(f"kds: {exc}", file=sys.stderr)  # noqa: T201 - the terminal is where the user typed kds
        if os.environ.get("QT_QPA_PLATFORM") != "offscreen" and not args.screenshot:
            QMessageBox.critical(None, "KDS", str(exc))
        return 2
    # Python 3.11's asyncio.run has no loop_factory; a Runner does (ecosystem notes §3.2).
    try:
        with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
            return runner.run(run_window(app, runtime, args, station_settings(), single=single))
    finally:
        runtime.close()
        if single is not None:
            single.release()


def instance_key(data_dir: str | None) -> str:
    """One running KDS per data directory (a demo in a scratch directory may run beside the real one)."""
    if not data_dir:
        return "kds"
    return "kds-" + hashlib.sha1(str(Path(data_dir).resolve()).encode(), usedforsecurity=False).hexdigest()[:12]


async def run_window(app: QApplication, runtime: RuntimeLike, args: Any, settings: UiSettings | None = None, *,
                     single: SingleInstance | None = None) -> int:
    """Show the window, run the engine until the window closes (or `--run-for` ends), then stop cleanly.

    `single`, when given, brings the window to the front when KDS is launched a second time.
    """
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()  # created inside the running loop (qasync #160)
    app.setQuitOnLastWindowClosed(False)  # closing the window ends this coroutine instead
    settings = (settings or UiSettings()).scaled(getattr(runtime, "time_scale", 1.0) or 1.0)
    window = MainWindow(runtime.engine, runtime.clock, settings)
    window.closing.connect(stop.set)
    app.aboutToQuit.connect(stop.set)
    if single is not None:
        single.show_requested.connect(lambda _argv: _to_front(window))
    relay = ErrorRelay(window)
    relay.reported.connect(window.show_error)
    restore_hook = install_excepthook(relay.reported.emit, loop=loop)
    _stop_on_signals(loop, stop)
    if runtime.simulator is not None:
        window.top.title.setText(tr("KDS · DEMO"))
    if args.screenshot:
        window.resize(*SCREENSHOT_SIZE)
        window.show()
    elif args.kiosk or settings.kiosk:
        window.showFullScreen()
    else:
        window.showMaximized()
    runtime.engine.start()
    code = 0
    try:
        run_for = args.run_for if args.run_for is not None else (3.0 if args.screenshot else None)
        if run_for is None:
            await stop.wait()
        else:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), run_for)
        if args.screenshot:
            window.ticker.tick()  # every clock current at the instant of the picture
            await asyncio.sleep(0.1)  # let Qt lay out and paint (processEvents would re-enter tasks)
            code = 0 if save_screenshot(window, Path(args.screenshot)) else 1
    finally:
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(runtime.engine.stop(), STOP_TIMEOUT)
        restore_hook()
        window.close()
        window.deleteLater()
    return code


def _to_front(window: MainWindow) -> None:
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()


def save_screenshot(window: MainWindow, path: Path) -> bool:
    """Save the window as a PNG."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path), "PNG")
    if ok:
        log.info("screenshot saved to %s", path)
    else:
        log.error("could not save the screenshot to %s", path)
    return bool(ok)


def _stop_on_signals(loop: asyncio.AbstractEventLoop, stop: asyncio.Event) -> None:
    """Ctrl+C and SIGTERM close the app cleanly (the 1 Hz ticker lets Python see the signal)."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError, RuntimeError):
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))

"""One run of the counter screen: the window over a runtime, until it closes, with clean restarts.

`WindowSession.run()` shows the main window, starts the engine, and waits for the window to close,
a signal, or `--run-for`. Saved settings can ask for a new window (sounds, colour thresholds) or a
new engine (platforms, credentials, printers, order behaviour): the session then stops the engine,
closes the runtime, builds a new one from the saved settings, and opens a new window over it.
Without a way to rebuild the runtime (demo mode, platforms from options), the window says a restart
of KDS is needed instead.

`run_wizard` shows the first-run wizard and waits for its answer.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication

from kds.clock import Clock
from kds.domain.order import Platform
from kds.services.engine import Engine
from kds.station.settings import Settings
from kds.support.logs import install_excepthook
from kds.ui.lifetime import retire
from kds.ui.settings import UiSettings
from kds.ui.setup.station import Restart, StationContext, setup_problem_text
from kds.ui.single_instance import SingleInstance
from kds.ui.windows.main_window import MainWindow
from kds.ui.wording import tr

log = logging.getLogger(__name__)

SCREENSHOT_SIZE = (1920, 1080)
"""The window size of `--screenshot` pictures: a common kitchen screen."""

ASK_AT_START = ("keyring", "locked")
"""Why a platform did not start (`kds.startup.runtime.SetupProblem.code`) that opens Connect at once."""

STOP_TIMEOUT = 10.0
"""Seconds the engine gets to stop its tasks and close its connections."""


class RuntimeLike(Protocol):
    """What the window needs of `kds.startup.runtime.Runtime` (the UI never imports the runtime)."""

    engine: Engine
    clock: Clock
    simulator: Any
    printing: Any  # the print queue (kds.printing.queue.PrintQueue), or None without printers

    async def start(self) -> None:
        """Start printing and the engine."""
        ...

    async def stop(self) -> None:
        """Stop the engine and the printers."""
        ...

    def close(self) -> None:
        """Release what the runtime opened."""
        ...


RuntimeFactory = Callable[[Settings], Awaitable[RuntimeLike]]
"""Builds a runtime from saved settings (with the credentials from the keyring)."""


class ErrorRelay(QObject):
    """Carries an error summary from whichever thread failed to the GUI thread (a queued signal)."""

    reported = Signal(str)


def stop_on_signals(loop: asyncio.AbstractEventLoop, stop: Callable[[], object]) -> None:
    """Ctrl+C and SIGTERM call `stop` (the 1 Hz ticker lets Python see the signal)."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(ValueError, OSError, RuntimeError):
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop))


def save_screenshot(window: MainWindow, path: Path) -> bool:
    """Save the window as a PNG."""
    path.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(path), "PNG")
    if ok:
        log.info("screenshot saved to %s", path)
    else:
        log.error("could not save the screenshot to %s", path)
    return bool(ok)


class WindowSession:
    """The main window over `runtime`, replaced (with the runtime, when `rebuild` is given) on request."""

    def __init__(self, app: QApplication, runtime: RuntimeLike, args: Any, station: StationContext, *,
                 ui_settings: UiSettings | None = None, rebuild: RuntimeFactory | None = None,
                 single: SingleInstance | None = None) -> None:
        """Run over `runtime` with the parsed options `args`; `ui_settings` overrides the first window's."""
        self.app = app
        self.runtime = runtime
        self.args = args
        self.station = station
        self.ui_settings = ui_settings
        self.rebuild = rebuild
        self.single = single
        self.window: MainWindow | None = None
        self.restarts = 0
        self._stopping = False
        self._restart = Restart.NONE
        self._wake: asyncio.Event | None = None
        self._adopted: Any = None  # the runtime whose settings the station context holds

    def request_stop(self) -> None:
        """End the session (the window closed, a signal, the app quitting)."""
        self._stopping = True
        if self._wake is not None:
            self._wake.set()

    def request_restart(self, kind: int) -> None:
        """Replace the window (`Restart.WINDOW`) or the engine and the window (`Restart.ENGINE`)."""
        self._restart = max(self._restart, Restart(kind))
        if self._wake is not None:
            self._wake.set()

    def _adopt(self) -> list[str]:
        """Take the settings the runtime runs with (on a shared store, the restaurant's sections are the store's).

        Returns what to tell staff: once per runtime, when joining the restaurant replaced this screen's own.
        """
        self.station.restaurant = getattr(self.runtime, "restaurant", None)
        joined = getattr(self.runtime, "joined", None)
        if joined is None or self._adopted is self.runtime:
            return []
        self._adopted = self.runtime
        self.station.settings = joined.settings
        if joined.backup is None:
            return []
        return [tr("This screen joined a restaurant that already had its settings: its platform accounts, printers, "
                   "manager PIN and order handling now come from the restaurant's database. This screen's own "
                   "earlier settings are kept in %1.").replace("%1", str(joined.backup))]

    def _open_window(self, *, first: bool) -> MainWindow:
        notices = self._adopt()
        ui = self.ui_settings or UiSettings.from_station(self.station.settings)
        ui = ui.scaled(getattr(self.runtime, "time_scale", 1.0) or 1.0)
        window = MainWindow(self.runtime.engine, self.runtime.clock, ui, station=self.station,
                            printing=getattr(self.runtime, "printing", None))
        window.closing.connect(lambda w=window: self.request_stop() if w is self.window else None)
        window.restart_requested.connect(self.request_restart)
        window.set_demo(self.runtime.simulator is not None)
        self.station.demo_platforms = tuple(Platform(p) for p in getattr(self.runtime, "demo", {}))
        unconnected = list(getattr(self.runtime, "problems", ()))
        # Without a keyring (or with the credentials file locked) the start itself asks for the credentials.
        ask = first and self.station.can_restart and any(p.code in ASK_AT_START for p in unconnected)
        window.set_unconnected({p.platform: setup_problem_text(p) for p in unconnected}, ask=ask)
        if first and self.station.problem:
            notices.insert(0, self.station.problem)
        window.show_problems(notices)
        if self.args.screenshot:
            window.resize(*SCREENSHOT_SIZE)
            window.show()
        elif self.args.kiosk or ui.kiosk:
            window.showFullScreen()
        else:
            window.showMaximized()
        self.window = window
        return window

    def _to_front(self) -> None:
        window = self.window
        if window is None:
            return
        if window.isMinimized():
            window.showNormal()
        window.raise_()
        window.activateWindow()

    async def run(self) -> int:
        """Show the window and run the engine until the end (see the module docs); the exit code."""
        loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()  # created inside the running loop (qasync #160)
        self.app.setQuitOnLastWindowClosed(False)  # closing the window ends this coroutine instead
        self.app.aboutToQuit.connect(self.request_stop)
        if self.single is not None:
            self.single.show_requested.connect(lambda _argv: self._to_front())
        relay = ErrorRelay()
        relay.reported.connect(lambda text: self.window.show_error(text) if self.window is not None else None)
        restore_hook = install_excepthook(relay.reported.emit, loop=loop)
        stop_on_signals(loop, self.request_stop)
        run_for = self.args.run_for if self.args.run_for is not None else (3.0 if self.args.screenshot else None)
        deadline = None if run_for is None else loop.time() + run_for
        code = 0
        try:
            self._open_window(first=True)
            await self.runtime.start()
            while True:
                if not self._stopping and self._restart is Restart.NONE:
                    self._wake.clear()
                    timeout = None if deadline is None else max(0.0, deadline - loop.time())
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(self._wake.wait(), timeout)
                if self._stopping or (deadline is not None and loop.time() >= deadline):
                    break
                if self._restart is not Restart.NONE and not await self._replace():
                    code = 1
                    break
            if self.args.screenshot and self.window is not None:
                self.window.ticker.tick()  # every clock current at the instant of the picture
                await asyncio.sleep(0.1)  # let Qt lay out and paint (processEvents would re-enter tasks)
                code = 0 if save_screenshot(self.window, Path(self.args.screenshot)) else 1
        finally:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.runtime.stop(), STOP_TIMEOUT)
            restore_hook()
            with contextlib.suppress(RuntimeError, TypeError):
                self.app.aboutToQuit.disconnect(self.request_stop)
            if self.window is not None:
                window, self.window = self.window, None
                retire(window)
        return code

    async def _replace(self) -> bool:
        """Carry out the requested restart; False when no new runtime could be built."""
        kind, self._restart = self._restart, Restart.NONE
        old, self.window = self.window, None
        engine = kind is Restart.ENGINE and self.rebuild is not None
        if engine:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.runtime.stop(), STOP_TIMEOUT)
        if old is not None:
            retire(old)
        if engine:
            assert self.rebuild is not None
            self.runtime.close()
            try:
                self.runtime = await self.rebuild(self.station.settings)
            except Exception:
                log.exception("could not start again with the new settings")
                self.runtime = _Closed(self.runtime)
                return False
        self.ui_settings = None  # from now on the window follows the saved settings
        self.restarts += 1
        window = self._open_window(first=False)
        if engine:
            await self.runtime.start()
            window.show_toast(tr("Settings saved. KDS reconnected with them."))
        log.info("restarted the %s with the saved settings", "engine" if engine else "window")
        return True


class _Closed:
    """Stands for a runtime already closed (so the caller's final `close()` does nothing twice)."""

    def __init__(self, closed: RuntimeLike) -> None:
        self.engine = closed.engine
        self.clock = closed.clock
        self.simulator = None
        self.printing = None

    async def start(self) -> None:
        """Nothing to start."""

    async def stop(self) -> None:
        """Nothing to stop."""

    def close(self) -> None:
        """Nothing left to release."""


async def run_wizard(app: QApplication, station: StationContext, *, kiosk: bool = False) -> Settings | None:
    """Show the first-run wizard; the saved settings, or None when it was closed (or the app told to quit)."""
    loop = asyncio.get_running_loop()
    answer: asyncio.Future[Settings | None] = loop.create_future()

    def settle(value: object) -> None:
        if not answer.done():
            answer.set_result(value if isinstance(value, Settings) else None)

    # The wizard (and the printer test behind it, with python-escpos) is loaded only when it is shown.
    from kds.ui.setup.wizard import FirstRunWizard

    wizard = FirstRunWizard(station)
    wizard.done.connect(settle)
    app.aboutToQuit.connect(lambda: settle(None))
    stop_on_signals(loop, wizard.close)
    if kiosk:
        wizard.showFullScreen()
    else:
        wizard.resize(1100, 820)
        wizard.showMaximized()
    wizard.start()
    try:
        return await answer
    finally:
        retire(wizard)

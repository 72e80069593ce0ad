"""Start the desktop app: QApplication first, then the qasync loop, the runtime, the window, the engine.

`run(args)` is what `kds` (without `--headless`) calls. The station's settings are read first: the
language and colours apply before anything is shown. With a runtime factory (`from_settings`, the
desktop app's way) a station that was never set up shows the first-run wizard, then the board opens
on the platforms it saved, and later settings changes can rebuild the runtime; without one (demo,
platforms from options) `start_runtime(args)` builds it as the headless engine does.

It also serves the checks that need a picture of the real app: `kds --demo --screenshot FILE
--run-for S` runs S seconds, saves a PNG of the main window and exits 0 (works with
`QT_QPA_PLATFORM=offscreen`).
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

# qasync binds to whichever Qt is imported first or named in QT_API; make sure it is PySide6 (qasync #120).
os.environ.setdefault("QT_API", "pyside6")

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from kds.station.credentials import SecretStore
from kds.station.secret_file import StationSecrets
from kds.station.settings import Settings, load_settings
from kds.ui.i18n import apply_language
from kds.ui.resources import resource_path
from kds.ui.session import (
    SCREENSHOT_SIZE,
    STOP_TIMEOUT,
    ErrorRelay,
    RuntimeFactory,
    RuntimeLike,
    WindowSession,
    run_wizard,
    save_screenshot,
)
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.single_instance import SingleInstance
from kds.ui.theme import THEMES, Fonts, apply_theme

log = logging.getLogger(__name__)

__all__ = ["SCREENSHOT_SIZE", "STOP_TIMEOUT", "ErrorRelay", "RuntimeLike", "application", "instance_key", "run",
           "run_window", "save_screenshot", "station_context"]


APP_DISPLAY_NAME = "KDS"
"""What Qt appends to every window title ("Orders — KDS"), so titles never name KDS themselves."""

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
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    icon = resource_path("icons", "kds.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def station_context(*, secrets: SecretStore | None = None, can_restart: bool = False) -> StationContext:
    """The station's saved settings (defaults, and the reason, when the file could not be used)."""
    result = load_settings()
    if result.problem:
        log.warning("settings: %s", result.problem)
    store = secrets or StationSecrets()
    if isinstance(store, StationSecrets):
        store.mode = result.settings.security.credential_store
    return StationContext(settings=result.settings, secrets=store, can_restart=can_restart, problem=result.problem)


def prepare(app: QApplication, settings: Settings) -> None:
    """The station's language and colours, before the first window shows."""
    apply_language(settings.appearance.language)
    apply_theme(app, THEMES.get(settings.appearance.theme.value, THEMES["dark"]), Fonts(settings.appearance.font_scale))


def run(args: Any, start_runtime: Callable[[Any], RuntimeLike], config_error: type[Exception] = ValueError, *,
        from_settings: RuntimeFactory | None = None, secrets: SecretStore | None = None) -> int:
    """Run the desktop app with parsed `kds` options; returns the exit code.

    Args:
        args: the parsed options (`kds.startup.runtime.parse`).
        start_runtime: builds the store, adapters and engine from `args` (`kds.startup.runtime.start_runtime`);
            used when `from_settings` is None.
        config_error: the exception `start_runtime` raises for options that cannot run; shown, exit 2.
        from_settings: builds the runtime from saved settings and the keyring; with it, the first-run
            wizard and restarts after a settings change are available.
        secrets: where the credentials are (default: a `StationSecrets`, the keyring unless staff chose otherwise).
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
        station = station_context(secrets=secrets, can_restart=from_settings is not None)
        prepare(app, station.settings)
        if from_settings is not None:
            try:
                # Python 3.11's asyncio.run has no loop_factory; a Runner does (ecosystem notes §3.2).
                with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
                    return runner.run(_run_from_settings(app, args, station, from_settings, single))
            except config_error as exc:  # the restaurant's store of the settings cannot be reached
                return _refuse(exc, args)
        try:
            runtime = start_runtime(args)
        except config_error as exc:
            return _refuse(exc, args)
        try:
            with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
                return runner.run(run_window(app, runtime, args, single=single, station=station))
        finally:
            runtime.close()
    finally:
        if single is not None:
            single.release()


def _refuse(exc: Exception, args: Any) -> int:
    """Say why KDS cannot run, on the terminal and in a message box; the exit code (2)."""
    print(f"kds: {exc}", file=sys.stderr)  # noqa: T201 - the terminal is where the user typed kds
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen" and not args.screenshot:
        QMessageBox.critical(None, "KDS", str(exc))
    return 2


async def _run_from_settings(app: QApplication, args: Any, station: StationContext, from_settings: RuntimeFactory,
                             single: SingleInstance | None) -> int:
    if not station.settings.setup_complete and not args.screenshot:
        if await run_wizard(app, station, kiosk=bool(args.kiosk or station.settings.station.kiosk)) is None:
            log.info("setup closed before it was finished: nothing to run")
            return 0
        station.problem = None  # the wizard saved good settings over whatever was there
    try:
        runtime = await from_settings(station.settings)
    except Exception as exc:
        if not getattr(exc, "transient", False):  # a malformed address, a refused password: said, exit 2
            raise
        # The restaurant's database does not answer (yet): a window that says so, with Settings at hand,
        # that becomes the board when it answers.
        log.warning("restaurant database: %s; waiting for it", exc)
        from kds.ui.windows.store_wait import wait_for_store

        waited = await wait_for_store(app, station, from_settings, str(exc))
        if waited is None:
            return 0
        runtime = waited
    session = WindowSession(app, runtime, args, station, rebuild=from_settings, single=single)
    try:
        return await session.run()
    finally:
        session.runtime.close()


def instance_key(data_dir: str | None) -> str:
    """One running KDS per data directory (a demo in a scratch directory may run beside the real one)."""
    if not data_dir:
        return "kds"
    return "kds-" + hashlib.sha1(str(Path(data_dir).resolve()).encode(), usedforsecurity=False).hexdigest()[:12]


async def run_window(app: QApplication, runtime: RuntimeLike, args: Any, settings: UiSettings | None = None, *,
                     single: SingleInstance | None = None, station: StationContext | None = None) -> int:
    """Show the window, run the engine until the window closes (or `--run-for` ends), then stop cleanly.

    `settings`, when given, is the window's look and sound instead of the station's; `single`, when
    given, brings the window to the front when KDS is launched a second time. The runtime stays the
    caller's to close (it is never rebuilt here: there is no factory).
    """
    session = WindowSession(app, runtime, args, station or StationContext(), ui_settings=settings, single=single)
    return await session.run()

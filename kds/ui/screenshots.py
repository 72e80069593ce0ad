"""`python -m kds.ui.screenshots OUTDIR`: pictures of the real app for the README.

Each scene builds the real stack (SQLite store in a temporary directory, `Engine`, `MainWindow`)
on a fake clock, so the pictures are the same on every run:

- `empty.png`: a fresh board, every platform polled a few seconds ago, both printers ready;
- `busy.png`: 30 tickets in every state (see `kds.ui.showcase`), with the kitchen printer unreachable:
  one card says its ticket did not print, the status bar warns (`kds.ui.showcase_printing`);
- `alarm.png`: the same board after two failed polls in a row: the red "orders may be missed" banner;
- `drawer.png` and `light.png`: the order drawer, and the light theme;
- `receipt.png`: the drawer of the order whose kitchen ticket did not print (Retry), its receipt
  drawn as it prints;
- `print-problems.png`: the status bar's warning opened: the jobs that did not print;
- `board-zh_HK.png`, `board-pt_BR.png`: the busy board in Hong Kong Chinese and Brazilian Portuguese;
- `store.png`: the Store sheet over the busy board, every platform paused for 30 minutes, busy +10;
- `counts.png`: the all-day counts panel over the busy board, the first dish tapped (its tickets marked);
- `sold-out.png`: the Sold out sheet over the busy board: the dishes of its orders, one sold out for
  2 hours, told to the platform that takes it, and the others shown as not told here;
- `stations.png`: a counter and a kitchen station (GRILL) side by side over one store, with the
  restaurant's routing: the kitchen shows only its lines and what waits at DRINKS;
- `report.png`: the day's report of the day before, a realistic day on every platform (`kds.ui.showcase_report`);
- `settings.png` and `wizard.png`: the settings panel over the board, and the first-run wizard's
  platforms page (`--languages` renders the board in every language instead, for checking a
  translation: `python -m kds.ui.screenshots OUTDIR --languages`).

`render_demo_minute` pictures `kds --demo` itself, its real simulators on a fake clock, 10, 30 and 60 s
after the start (`demo-10s.png`, ...). The UI cannot start the demo (start-up sits above it), so the
caller hands it the runtime: `tests/ui/test_demo_pace.py` does, and writes the README's pictures with
`KDS_SCREENSHOTS=docs/screenshots pytest tests/ui/test_demo_pace.py -k first_minute`.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import os
import sys
import tempfile
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from kds.clock import FakeClock
from kds.domain.routing import Routing, RoutingRule, RuleKind
from kds.platforms.registry import SPECS
from kds.services.engine import Engine, EngineSettings
from kds.station.settings import Language, Settings
from kds.store.db import Database
from kds.ui.i18n import apply_language, current_language
from kds.ui.launcher import SCREENSHOT_SIZE, application
from kds.ui.lifetime import retire
from kds.ui.session import RuntimeLike
from kds.ui.settings import UiSettings
from kds.ui.setup.station import StationContext
from kds.ui.sheets.store import StoreSheet
from kds.ui.showcase import BUSY, PLATFORMS, SHOWCASE_NOW, Spec, adapters, seed_board
from kds.ui.showcase_printing import start_showcase_printing
from kds.ui.showcase_report import seed_day
from kds.ui.windows.main_window import MainWindow

log = logging.getLogger(__name__)

Scene = Callable[[Engine, FakeClock, MainWindow], Awaitable[None] | None]
"""Sets a picture's window up; a coroutine function when it must wait (a store control being sent)."""


async def _pump(seconds: float = 0.05) -> None:
    """Let queued Qt and asyncio work run: the loop is Qt's, so sleeping in it processes Qt events.

    Never `processEvents()` inside a task here: it would run other tasks' steps re-entrantly.
    """
    await asyncio.sleep(seconds)


FAILING = PLATFORMS[0]
"""The platform whose polls fail in `alarm.png` (the first on the board)."""

FAILED_TICKET = 10
"""The showcase order (index in `showcase.BUSY`) whose kitchen ticket did not print: at the top of Preparing."""


async def render(path: Path, *, seed: bool, failing: bool = False, theme: str = "dark",
                 after: Scene | None = None, language: str = "en", kitchen_down: bool = True) -> Path:
    """Render one scene to `path`, in `language` (`kitchen_down`: the kitchen printer cannot be reached)."""
    before = current_language()
    apply_language(language)
    try:
        return await _render(path, seed=seed, failing=failing, theme=theme, after=after, kitchen_down=kitchen_down)
    finally:
        apply_language(before)


async def _render(path: Path, *, seed: bool, failing: bool, theme: str, after: Scene | None,
                  kitchen_down: bool) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "kds.sqlite3")
        clock = FakeClock(SHOWCASE_NOW - timedelta(seconds=42 if failing else 12))
        engine = Engine(db, adapters(FAILING if failing else None,
                                     "HTTP 503 Service Unavailable from events:polling"), clock, EngineSettings())
        try:
            for poller in engine.pollers.values():
                if not failing or poller.adapter.platform is not FAILING:
                    await poller.poll_once()  # the status bar shows a real "last good poll"
            if failing:
                # The real poll loop, twice, on the fake clock: two failures in a row raise the banner.
                engine.start()
                await _pump()
                clock.advance(30)
                await _pump()
                await engine.stop()
            clock.set(SHOWCASE_NOW)
            keys = seed_board(db, SHOWCASE_NOW) if seed else []
            printing = await start_showcase_printing(db, clock, keys, kitchen_down=kitchen_down and seed,
                                                     failed=keys[FAILED_TICKET] if keys else None)
            station = StationContext(settings=Settings(printing=printing.settings), path=Path(tmp) / "settings.json")
            window = MainWindow(engine, clock, UiSettings(theme=theme, sounds=False), start_ticker=False,
                                station=station, printing=printing)
            window.board.reload()
            window.resize(*SCREENSHOT_SIZE)
            window.show()
            window.ticker.tick()
            if after is not None:
                done = after(engine, clock, window)
                if inspect.isawaitable(done):
                    await done
            await _pump()
            path.parent.mkdir(parents=True, exist_ok=True)
            if not window.grab().save(str(path), "PNG"):
                raise OSError(f"could not write {path}")
            retire(window)
            await printing.close()
            await _pump(0)
        finally:
            db.close()
    return path


DEMO_MOMENTS = (10, 30, 60)
"""Seconds after the demo's start at which `render_demo_minute` takes its pictures."""

DemoStart = Callable[[FakeClock, Path], RuntimeLike]
"""Builds `kds --demo`'s runtime (not started) on a clock, with its store in a directory."""


async def render_demo_minute(outdir: Path, start: DemoStart, *, moments: tuple[int, ...] = DEMO_MOMENTS,
                             check: Callable[[MainWindow, int], None] | None = None) -> list[Path]:
    """The demo's window at `moments` seconds after its start, as `demo-<s>s.png` in `outdir`.

    The fake clock moves a second at a time, and the simulators, the pollers and the board follow it.

    Args:
        outdir: where the pictures go.
        start: builds the demo's runtime.
        moments: seconds after the start, in order.
        check: called with the window and the moment before each picture (tests look at the board).
    """
    paths: list[Path] = []
    with tempfile.TemporaryDirectory() as tmp:
        # The relay stamps its events on the real clock: the fake one starts at the real time.
        clock = FakeClock(datetime.now(UTC))
        runtime = start(clock, Path(tmp))
        station = StationContext(settings=Settings(), path=Path(tmp) / "settings.json")
        ui = UiSettings(sounds=False).scaled(getattr(runtime, "time_scale", 1.0) or 1.0)
        window = MainWindow(runtime.engine, clock, ui, start_ticker=False, station=station,
                            printing=runtime.printing)
        window.set_demo(True)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        began = clock.now()
        try:
            await runtime.start()
            for moment in moments:
                while (clock.now() - began).total_seconds() < moment:
                    clock.advance(1.0)
                    await _pump(0.01)  # the simulators' threads, the relay and the pollers catch up
                    window.ticker.tick()
                await _pump(0.3)  # what the last second brought reaches the board
                window.ticker.tick()
                await _pump()
                if check is not None:
                    check(window, moment)
                path = outdir / f"demo-{moment}s.png"
                path.parent.mkdir(parents=True, exist_ok=True)
                if not window.grab().save(str(path), "PNG"):
                    raise OSError(f"could not write {path}")
                paths.append(path)
        finally:
            await asyncio.wait_for(runtime.stop(), 15)
            retire(window)
            runtime.close()
            await _pump(0)
    return paths


def _open_drawer(engine: Engine, clock: FakeClock, window: MainWindow) -> None:
    """The drawer of the order with the longest story: delivered, then a customer refund request."""
    keys = window.board.ticket_keys()
    story = [k for k in keys if (t := window.board.ticket(k)) is not None and t.status.refund_request is not None]
    if story or keys:
        window.open_drawer((story or keys)[0])


def _open_receipt(engine: Engine, clock: FakeClock, window: MainWindow) -> None:
    """The drawer of the order whose kitchen ticket did not print, showing its receipt as printed."""
    keys = sorted(window.printing.marks, key=str) or window.board.ticket_keys()
    if keys:
        window.open_drawer(keys[0]).show_view(1)


def _open_print_problems(engine: Engine, clock: FakeClock, window: MainWindow) -> None:
    """The status bar's print warning, opened."""
    window.open_print_problems()


async def _open_store(engine: Engine, clock: FakeClock, window: MainWindow) -> None:
    """The Store sheet after "Pause all" for 30 minutes was sent, with busy mode adding 10 minutes."""
    window.open_store().pause_all(timedelta(minutes=30))
    engine.store.busy(list(engine.adapters), 10, clock.now() + timedelta(hours=1))
    await engine.store.run_due()
    window.ticker.tick()
    sheet = window.top_overlay()
    if isinstance(sheet, StoreSheet):
        sheet.refresh()


def _open_counts(engine: Engine, clock: FakeClock, window: MainWindow) -> None:
    """The all-day counts panel, its first dish tapped: the tickets that have it stand out."""
    panel = window.toggle_counts()
    rows = panel.model.dish_rows()
    if rows:
        panel.model.mark(rows[0].id)


def _open_report(engine: Engine, clock: FakeClock, window: MainWindow) -> None:
    yesterday = (SHOWCASE_NOW - timedelta(days=1)).astimezone()
    seed_day(engine.db, yesterday.replace(hour=0, minute=0, second=0, microsecond=0))
    window.open_report().step_day(-1)


def _open_sold_out(engine: Engine, clock: FakeClock, window: MainWindow) -> Awaitable[None] | None:
    """The Sold out sheet, a dish sold out for 2 hours on the platform KDS can tell, another one selected."""
    # The busy board has no order of the last platforms: one arrived there too, so that its dishes are listed.
    seed_board(engine.db, SHOWCASE_NOW, tuple(Spec(s, 5.0, accepted=4.0, lines=3) for s in range(len(PLATFORMS))),
               start=len(BUSY) + 1)
    sheet = window.open_sold_out()
    dishes = engine.sold_out.dishes()
    told = [d for d in dishes if any(engine.store.can_sell_out(p) for p in d.platforms)]
    if not dishes:
        return None
    sold = (told or dishes)[0]
    sheet.tap(sold.key)
    sheet.sell_out(2)

    async def sent() -> None:
        await engine.store.run_due()
        sheet.refresh()

    return sent()


def _open_settings(engine: Engine, clock: FakeClock, window: MainWindow) -> None:
    """The settings panel on its behaviour page."""
    panel = window.open_settings()
    panel.show_page(panel.forms.index(panel.behaviour))


async def render_wizard(path: Path, language: str = "en") -> Path:
    """The first-run wizard on its platforms page, the first platform switched on and a merchant id typed."""
    from kds.ui.setup.wizard import FirstRunWizard

    before = current_language()
    apply_language(language)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            wizard = FirstRunWizard(StationContext(settings=Settings(), path=Path(tmp) / "settings.json"))
            wizard.resize(1280, 860)
            wizard.show()
            wizard.show_page(1)
            platform, spec = next(iter(SPECS.items()))
            wizard.platforms.enabled[platform].setChecked(True)
            for setting in spec.settings_fields:
                if setting.kind == "list":  # the merchant ids, when the platform has them
                    wizard.platforms.fields[wizard.platforms.address_key(platform, setting.name)].setText("store-1138")
            await _pump()
            path.parent.mkdir(parents=True, exist_ok=True)
            if not wizard.grab().save(str(path), "PNG"):
                raise OSError(f"could not write {path}")
            retire(wizard)
            await _pump(0)
    finally:
        apply_language(before)
    return path


SHOWCASE_ROUTING = Routing(
    ("GRILL", "DRINKS"),
    tuple(RoutingRule(RuleKind.KEYWORD, word, "DRINKS") for word in ("guaraná", "açaí", "茶", "teh", "trà")),
    default="GRILL")
"""The showcase restaurant's stations: its drinks to DRINKS, the rest to GRILL."""

STATION_WINDOW = (1280, 800)
"""Each window of `stations.png`; the picture is two of them side by side."""


async def render_stations(path: Path) -> Path:
    """A counter and a kitchen station (GRILL) over one store, grabbed and put side by side into `path`."""
    from PySide6.QtGui import QPainter, QPixmap

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "kds.sqlite3")
        clock = FakeClock(SHOWCASE_NOW - timedelta(seconds=12))
        engine = Engine(db, adapters(), clock, EngineSettings())
        try:
            for poller in engine.pollers.values():
                await poller.poll_once()  # the status bar shows a real "last good poll"
            clock.set(SHOWCASE_NOW)
            seed_board(db, SHOWCASE_NOW)
            engine.stations.save_routing(SHOWCASE_ROUTING)
            # One window at a time, each grabbed before the next: a window applies its type to the whole
            # application (a kitchen's is bigger), as each station is its own process in a restaurant.
            windows, grabs = [], []
            for role, station in (("counter", ""), ("kitchen", "GRILL")):
                window = MainWindow(engine, clock, UiSettings(sounds=False, role=role, kitchen_station=station),
                                    start_ticker=False,
                                    station=StationContext(settings=Settings(), path=Path(tmp) / f"{role}.json"))
                window.resize(*STATION_WINDOW)
                window.show()
                window.ticker.tick()
                await _pump()
                grabs.append(window.grab())
                windows.append(window)
            picture = QPixmap(sum(g.width() for g in grabs) + 8, max(g.height() for g in grabs))
            picture.fill()
            painter = QPainter(picture)
            painter.drawPixmap(0, 0, grabs[0])
            painter.drawPixmap(grabs[0].width() + 8, 0, grabs[1])
            painter.end()
            path.parent.mkdir(parents=True, exist_ok=True)
            if not picture.save(str(path), "PNG"):
                raise OSError(f"could not write {path}")
            for window in windows:
                retire(window)
            await _pump(0)
        finally:
            db.close()
    return path


async def render_languages(outdir: Path) -> list[Path]:
    """The busy board in every language (`board-<lang>.png`)."""
    return [await render(outdir / f"board-{lang.value}.png", seed=True, language=lang.value) for lang in Language]


async def render_all(outdir: Path) -> list[Path]:
    """Every README picture into `outdir`."""
    return [
        await render(outdir / "empty.png", seed=False),
        await render(outdir / "busy.png", seed=True),
        await render(outdir / "alarm.png", seed=True, failing=True),
        await render(outdir / "drawer.png", seed=True, after=_open_drawer),
        await render(outdir / "receipt.png", seed=True, after=_open_receipt),
        await render(outdir / "print-problems.png", seed=True, after=_open_print_problems),
        await render(outdir / "light.png", seed=True, theme="light"),
        await render(outdir / "board-zh_HK.png", seed=True, language="zh_HK"),
        await render(outdir / "board-pt_BR.png", seed=True, language="pt_BR"),
        await render(outdir / "settings.png", seed=True, after=_open_settings),
        await render(outdir / "store.png", seed=True, after=_open_store),
        await render(outdir / "counts.png", seed=True, after=_open_counts),
        await render(outdir / "sold-out.png", seed=True, after=_open_sold_out),
        await render_stations(outdir / "stations.png"),
        await render(outdir / "report.png", seed=True, after=_open_report),
        await render_wizard(outdir / "wizard.png"),
    ]


def main(argv: list[str] | None = None) -> int:
    """Render the pictures into OUTDIR (default `docs/screenshots`)."""
    args = sys.argv[1:] if argv is None else argv
    languages = "--languages" in args
    args = [a for a in args if a != "--languages"]
    outdir = Path(args[0]) if args else Path("docs/screenshots")
    logging.basicConfig(level=logging.WARNING)
    # The pictures are of a 1920x1080 window whatever the screen: render offscreen unless told otherwise.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = application()
    import qasync

    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        paths = runner.run(render_languages(outdir) if languages else render_all(outdir))
    for path in paths:
        print(path)  # noqa: T201 - the script's output is the list of files it wrote
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Start-up benchmark: a fresh process to a painted board with a day of history (2,000 orders) in the store.

Each measurement is a new Python process (so imports, the store's first queries and Qt's first
paint all count, and its RSS is its own): the parent starts it and stops the clock when the child
says its window is painted. The child then reports the CPU time it spent so far (interpreter start
included: steadier than wall time when the machine is busy) and its resident memory. Baseline, in the same run,
the same way: a process that imports PySide6 and paints a bare 1920×1080 `QMainWindow`. Runs
alternate (board, bare, board, bare, …) and the medians are printed with their ratio.

The store is seeded once per run like a busy day: the showcase's 30 tickets on the board, and the
rest finished (delivered, collected, cancelled) over the 12 hours before. Prints; asserts nothing.
Goals: start-up under 1.5 s and under 2.5× the bare window; RSS under 200 MB.

    QT_QPA_PLATFORM=offscreen python bench/startup.py [--orders 2000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

READY = "painted"
"""What a child prints once its window is painted."""


def rss_mb() -> float:
    """This process's resident memory now, in MB (Linux: /proc; elsewhere: the peak from `resource`)."""
    statm = Path("/proc/self/statm")
    if statm.exists():
        return int(statm.read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def child_bare() -> None:
    """The baseline: PySide6 imported, a bare window shown and painted."""
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1920, 1080)
    window.show()
    app.processEvents()
    window.repaint()
    print(READY, flush=True)
    report()


def report() -> None:
    """After the paint: this process's CPU time so far (interpreter start included) and its RSS."""
    print(f"cpu {time.process_time():.3f}", flush=True)
    print(f"rss {rss_mb():.1f}", flush=True)


def child_board(data: Path) -> None:
    """KDS: the store opened, the engine and the main window built, the board painted."""
    import kds.ui  # noqa: F401 - pins None/True/False before the Qt calls (kds.ui.singletons)
    from kds.clock import FakeClock
    from kds.services.engine import Engine
    from kds.store.db import Database
    from kds.ui.launcher import SCREENSHOT_SIZE, application
    from kds.ui.settings import UiSettings
    from kds.ui.showcase import SHOWCASE_NOW, adapters
    from kds.ui.sounds import SoundBoard
    from kds.ui.viewmodels.card import Column
    from kds.ui.windows.main_window import MainWindow

    app = application()
    db = Database(data / "kds.sqlite3")
    clock = FakeClock(SHOWCASE_NOW)
    engine = Engine(db, adapters(), clock)
    window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=SoundBoard(enabled=False),
                        start_ticker=False)
    window.resize(*SCREENSHOT_SIZE)
    window.show()
    app.processEvents()
    window.repaint()
    print(READY, flush=True)
    report()
    print(f"cards {sum(window.board.count(c) for c in Column)}", flush=True)
    window.close()
    db.close()


def seed(data: Path, orders: int) -> int:
    """A day in the store: the showcase's board plus finished orders up to `orders`; returns how many."""
    from dataclasses import replace

    from kds.domain.order import OrderType
    from kds.store.db import Database
    from kds.ui.showcase import BUSY, SHOWCASE_NOW, Spec, seed_board

    history = []
    for i in range(max(0, orders - len(BUSY))):
        age = 40 + (i * 691) % (12 * 60)  # spread over the 12 hours before now
        kind = (OrderType.DELIVERY, OrderType.PICKUP)[i % 2]
        spec = Spec(i % 3, age, kind, accepted=age - 1, ready=age - 12, lines=1 + i % 4)
        history.append(replace(spec, cancelled=age - 5, ready=None) if i % 17 == 0
                       else replace(spec, done=age - 30))
    db = Database(data / "kds.sqlite3")
    try:
        seed_board(db, SHOWCASE_NOW, history, start=1000)
        seed_board(db, SHOWCASE_NOW, BUSY)
        return int(db.conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0])
    finally:
        db.close()


def measure(kind: str, data: Path) -> tuple[float, float, float, str]:
    """Start a child of `kind`; (seconds until it painted, its CPU seconds then, its RSS in MB, what else it said).

    Children keep compiled bytecode (in a cache beside the store, not in the source tree), as an
    installed KDS does: the first, warming run compiles, the measured ones do not.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPATH=str(Path(__file__).resolve().parents[1]), PYTHONPYCACHEPREFIX=str(data / "pycache"))
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, __file__, "--child", kind, "--data", str(data)],
                             stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    lines: list[str] = []
    painted = None
    for line in child.stdout:
        if line.strip() == READY and painted is None:
            painted = time.perf_counter() - start
        lines.append(line.strip())
    if child.wait() != 0 or painted is None:
        raise SystemExit(f"{kind} child failed: {lines}")
    said = dict(line.split(" ", 1) for line in lines if line != READY)
    return painted, float(said.pop("cpu")), float(said.pop("rss")), " ".join(f"{k} {v}" for k, v in said.items())


def main() -> None:
    """Seed the store, then time the board and the bare window in alternating fresh processes."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", choices=("board", "bare"), help=argparse.SUPPRESS)
    parser.add_argument("--data", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child == "bare":
        child_bare()
        return
    if options.child == "board":
        child_board(options.data)
        return

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        stored = seed(data, options.orders)
        size = sum(p.stat().st_size for p in data.iterdir() if p.is_file()) / 2**20
        board: list[tuple[float, float, float]] = []
        bare: list[tuple[float, float, float]] = []
        said = ""
        measure("board", data)  # compile once and warm the file cache (Python, Qt and KDS files) for both sides
        measure("bare", data)
        for _ in range(options.rounds):
            seconds, cpu, rss, said = measure("board", data)
            board.append((seconds, cpu, rss))
            seconds, cpu, rss, _ = measure("bare", data)
            bare.append((seconds, cpu, rss))

    def median(samples: list[tuple[float, float, float]], i: int) -> float:
        return statistics.median(s[i] for s in samples)

    board_s, bare_s = median(board, 0), median(bare, 0)
    board_cpu, bare_cpu = median(board, 1), median(bare, 1)
    board_mb, bare_mb = median(board, 2), median(bare, 2)
    print(f"startup: {stored} orders in the store ({size:.1f} MB), {said}, {options.rounds} rounds, "
          f"fresh process each, medians")
    print(f"{'':<20} {'board':>9} {'bare window':>12} {'ratio':>8}  goal")
    print(f"{'to painted (s)':<20} {board_s:9.3f} {bare_s:12.3f} {board_s / bare_s:7.2f}×  "
          f"< 1.5 s {'ok' if board_s < 1.5 else 'MISSED'}, < 2.5× {'ok' if board_s / bare_s < 2.5 else 'MISSED'}")
    print(f"{'CPU to painted (s)':<20} {board_cpu:9.3f} {bare_cpu:12.3f} {board_cpu / bare_cpu:7.2f}×  "
          "(what the process itself spent: steadier than wall time on a busy machine)")
    print(f"{'RSS after (MB)':<20} {board_mb:9.1f} {bare_mb:12.1f} {board_mb / bare_mb:7.2f}×  "
          f"< 200 MB {'ok' if board_mb < 200 else 'MISSED'}")


if __name__ == "__main__":
    main()

"""Board benchmark: 300 open tickets on a 1920×1080 window — the 1 Hz tick, a full repaint, scrolling.

Baseline, measured in the same run at the same size: a plain `QListView` showing 300 strings
(`QStringListModel`), whose "tick" sets each of the 300 strings anew. Our "tick" is what the
shared ticker does each second (every clock, alarm, health word and the top bar); "tick + paint"
adds the repaint it causes; "full repaint" paints every visible card from scratch; "scroll" moves
every column one screen down and paints. Figures are CPU milliseconds per operation (median of the
rounds). Prints; asserts nothing. Goals: tick < 5 ms, full repaint < 16 ms.

    QT_QPA_PLATFORM=offscreen python bench/board.py [--tickets 300] [--rounds 30]
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QStringListModel
from PySide6.QtWidgets import QListView

import kds.ui  # noqa: F401 - pins None/True/False before the Qt calls (kds.ui.singletons)
from kds.clock import FakeClock
from kds.services.engine import Engine
from kds.store.db import Database
from kds.ui.launcher import SCREENSHOT_SIZE, application
from kds.ui.settings import UiSettings
from kds.ui.showcase import BUSY, SHOWCASE_NOW, Spec, adapters, seed_board
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow


def open_specs(count: int) -> list[Spec]:
    """`count` open tickets, cycling through the showcase's new, preparing, ready and refund states."""
    open_ones = [s for s in BUSY if s.done is None and s.out is None and s.cancelled is None and s.scheduled_in is None]
    specs = []
    for i in range(count):
        spec = open_ones[i % len(open_ones)]
        # Spread the ages a little so that not every card shows the same clock.
        specs.append(replace(spec, age=spec.age + (i % 7) * 0.1,
                             accepted=None if spec.accepted is None else spec.accepted + (i % 5) * 0.1))
    return specs


def cpu_ms(operation: Callable[[], object], rounds: int) -> float:
    """Median CPU milliseconds of `operation`."""
    samples = []
    for _ in range(rounds):
        start = time.process_time_ns()
        operation()
        samples.append((time.process_time_ns() - start) / 1e6)
    return statistics.median(samples)


def main() -> None:
    """Run the benchmark and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tickets", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=30)
    options = parser.parse_args()
    app = application()

    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "kds.sqlite3")
        clock = FakeClock(SHOWCASE_NOW)
        engine = Engine(db, adapters(), clock)
        seed_board(db, SHOWCASE_NOW, open_specs(options.tickets))
        start = time.perf_counter()
        window = MainWindow(engine, clock, UiSettings(sounds=False), sounds=SoundBoard(enabled=False),
                            start_ticker=False)
        window.resize(*SCREENSHOT_SIZE)
        window.show()
        app.processEvents()
        window.repaint()
        first_paint = (time.perf_counter() - start) * 1000
        on_board = sum(window.board.count(c) for c in Column)

        def tick() -> None:
            clock.advance(1)
            window.ticker.tick()

        def tick_and_paint() -> None:
            tick()
            window.repaint()

        views = [window.board_widget.view(c) for c in Column]

        def scroll() -> None:
            for view in views:
                bar = view.verticalScrollBar()
                bar.setValue(bar.value() + view.viewport().height() if bar.value() < bar.maximum() else 0)
            window.repaint()

        tick()
        window.repaint()
        figures = {
            "tick": cpu_ms(tick, options.rounds),
            "tick + paint": cpu_ms(tick_and_paint, options.rounds),
            "full repaint": cpu_ms(window.repaint, options.rounds),
            "scroll": cpu_ms(scroll, options.rounds),
        }
        reload_ms = cpu_ms(window.board.reload, max(3, options.rounds // 10))

        # Baseline: 300 strings in a plain list view, same size, same rounds.
        strings = QStringListModel([f"#{1000 + i} Keeta · 2× Feijoada · 04:{i % 60:02d}"
                                    for i in range(options.tickets)])
        plain = QListView()
        plain.setModel(strings)
        plain.resize(*SCREENSHOT_SIZE)
        plain.show()
        app.processEvents()
        seconds = [0]

        def plain_tick() -> None:
            # The naive tick: every ticket's countdown string set anew, one row at a time.
            seconds[0] += 1
            for row in range(strings.rowCount()):
                strings.setData(strings.index(row, 0), f"#{1000 + row} Keeta · 2× Feijoada · "
                                                       f"{(seconds[0] + row) // 60:02d}:{(seconds[0] + row) % 60:02d}")

        def plain_scroll() -> None:
            bar = plain.verticalScrollBar()
            bar.setValue(bar.value() + plain.viewport().height() if bar.value() < bar.maximum() else 0)
            plain.repaint()

        baseline = {
            "tick": cpu_ms(plain_tick, options.rounds),
            "tick + paint": cpu_ms(lambda: (plain_tick(), plain.repaint()), options.rounds),
            "full repaint": cpu_ms(plain.repaint, options.rounds),
            "scroll": cpu_ms(plain_scroll, options.rounds),
        }
        goals = {"tick": 5.0, "full repaint": 16.0}

        print(f"board: {on_board} tickets on a {SCREENSHOT_SIZE[0]}×{SCREENSHOT_SIZE[1]} window, "
              f"{options.rounds} rounds, CPU ms per operation (median)")
        print(f"{'operation':<14} {'board':>9} {'baseline':>9} {'ratio':>8}  goal")
        for name, value in figures.items():
            base = baseline[name]
            ratio = f"{value / base:7.1f}×" if base > 0.001 else "      —"
            goal = goals.get(name)
            verdict = "" if goal is None else (f"< {goal:g} ms " + ("ok" if value < goal else "MISSED"))
            print(f"{name:<14} {value:9.2f} {base:9.2f} {ratio}  {verdict}")
        print(f"first paint (window built, {on_board} cards laid out and painted): {first_paint:.0f} ms wall")
        print(f"board reload (one store query, every card rebuilt): {reload_ms:.1f} ms CPU")
        print(f"(clock advanced {timedelta(seconds=len(figures) * options.rounds)} during the run)")
        plain.close()
        window.close()
        db.close()


if __name__ == "__main__":
    main()

"""Stations benchmark: an order stored on one station → on every station's board model, on one PostgreSQL.

Each station is what the app runs, in a process of its own (as each screen is a machine of its own):
its store connection (`open_database`), engine, change bus and board model on a qasync loop.
Station 1 (this process) stores each order as the poller does (one transaction), then tells its own
bus; every other station hears of it through the change feed (the commit's NOTIFY wakes its listener
thread, which reads the log on by sequence number and hands the rows to the loop) and its board
loads the ticket from the store. All of it shares this machine's cores with PostgreSQL.

Latency of one order: from just before its transaction starts to the moment the last station's
board model holds its ticket (CLOCK_MONOTONIC, the same in every process). Baseline, in the same
run: a single station on SQLite (its own board hears of the order on its own bus). Orders are stored
one at a time, each once the previous one is everywhere. Prints p50 and p99 in milliseconds and the
ratios. Goal: p99 < 100 ms on PostgreSQL.

    QT_QPA_PLATFORM=offscreen python bench/stations.py [--orders 200] [--stations 1,2,4] [--db postgresql://…]

The PostgreSQL server is `--db`, else `KDS_TEST_POSTGRES_DSN`; the benchmark works in a schema of its
own, dropped at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import AbstractContextManager
from dataclasses import dataclass, field, replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync

import kds.ui  # noqa: F401 - pins None/True/False before the Qt calls (kds.ui.singletons)
from kds.clock import FakeClock
from kds.domain.changes import Changes
from kds.domain.order import OrderKey
from kds.services.engine import Engine
from kds.store.connect import open_database
from kds.ui.launcher import application
from kds.ui.showcase import BUSY, SHOWCASE_NOW, adapters, seed_board
from kds.ui.viewmodels.board import BoardModel

NEW_ORDER = BUSY[0]  # a new delivery order, three lines, a note
WAIT = 5.0  # seconds before an order that has not reached every board counts as lost
WARM_UP = 5  # orders stored first and not counted (first reads, first plans)


@dataclass
class Station:
    """One screen: store, engine, board; `seen` is when each order reached its board (monotonic ns)."""

    engine: Engine
    board: BoardModel
    seen: dict[OrderKey, int] = field(default_factory=dict)
    report: bool = False  # print each sighting (a station in a process of its own)

    def probe(self, changes: Changes) -> None:
        """Bus listener after the board's: note when a ticket first shows."""
        now = time.monotonic_ns()
        for key in changes.orders:
            if key not in self.seen and self.board.ticket(key) is not None:
                self.seen[key] = now
                if self.report:
                    print(f"seen {key} {now}", flush=True)


def open_station(target: str, name: str, *, report: bool = False) -> Station:
    """A station on `target` whose change feed runs."""
    engine = Engine(open_database(target, origin=name), adapters(), FakeClock(SHOWCASE_NOW))
    board = BoardModel(engine.orders, engine.bus, SHOWCASE_NOW)
    station = Station(engine, board, report=report)
    engine.bus.subscribe(station.probe)
    engine.feed.start()
    return station


async def close_station(station: Station) -> None:
    """Stop its feed, board and store."""
    await station.engine.feed.stop()
    station.board.close()
    station.engine.db.close()


async def serve(target: str, name: str) -> None:
    """A listening station in this process until stdin closes: prints "ready", then "seen KEY NS" lines."""
    station = open_station(target, name, report=True)
    listener = station.engine.feed.listener
    while listener is not None and not listener.connected.is_set():
        await asyncio.sleep(0.01)
    print("ready", flush=True)
    await asyncio.to_thread(sys.stdin.read)  # the benchmark closes it when done
    await close_station(station)


class Remote:
    """A station in a child process, and what it reported."""

    def __init__(self, target: str, name: str) -> None:
        self.seen: dict[str, int] = {}
        self.ready = threading.Event()
        self.process = subprocess.Popen([sys.executable, __file__, "--serve", target, "--name", name],
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            words = line.split()
            if words == ["ready"]:
                self.ready.set()
            elif len(words) == 3 and words[0] == "seen":
                self.seen[words[1]] = int(words[2])

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(30)


async def run(target: str, count: int, orders: int) -> tuple[list[float], int]:
    """Store `orders` orders on a station at `target` with `count - 1` more listening in their own processes.

    Returns the latencies (ms) and how many orders did not reach every board within `WAIT`.
    """
    remotes = [Remote(target, f"bench-{i}") for i in range(1, count)]
    writer = open_station(target, "bench-0")
    try:
        for remote in remotes:
            await asyncio.to_thread(remote.ready.wait, 60)
        latencies, lost = [], 0
        for n in range(orders + WARM_UP):
            start = time.monotonic_ns()
            (key,) = seed_board(writer.engine.db, SHOWCASE_NOW, [replace(NEW_ORDER, age=0.5)], start=n + 1)
            writer.engine.bus.publish(Changes(orders=frozenset({key}), new_orders=frozenset({key})))
            text = str(key)

            def everywhere(key: OrderKey = key, text: str = text) -> bool:
                return key in writer.seen and all(text in r.seen for r in remotes)

            deadline = time.monotonic() + WAIT
            while not everywhere() and time.monotonic() < deadline:
                await asyncio.sleep(0.0005)
            if n < WARM_UP:
                continue
            if everywhere():
                last = max([writer.seen[key], *(r.seen[text] for r in remotes)])
                latencies.append((last - start) / 1e6)
            else:
                lost += 1
        return latencies, lost
    finally:
        for remote in remotes:
            remote.close()
        await close_station(writer)


def schema(dsn: str) -> AbstractContextManager[str]:
    """`dsn` working in a fresh schema, dropped afterwards."""
    from kds.store.postgres import throwaway_schema

    return throwaway_schema(dsn, "kds_bench")


def percentile(values: list[float], q: float) -> float:
    """The `q`-th percentile (0-100), nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def describe(label: str, latencies: list[float], lost: int, base: tuple[float, float] | None = None) -> str:
    """One line of figures (and ratios to `base`, the baseline's p50 and p99)."""
    if not latencies:
        return f"  {label:<34} every order lost ({lost})"
    p50, p99 = statistics.median(latencies), percentile(latencies, 99)
    line = f"  {label:<34} p50 {p50:7.2f} ms   p99 {p99:7.2f} ms   max {max(latencies):7.2f} ms"
    if base is not None:
        line += f"   ratio p50 {p50 / base[0]:.1f}  p99 {p99 / base[1]:.1f}"
    if lost:
        line += f"   LOST {lost}"
    return line


def main() -> None:
    """Run the benchmark and print the figures (or, with --serve, be one listening station)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--db", default=os.environ.get("KDS_TEST_POSTGRES_DSN", ""),
                        help="a PostgreSQL server to work in (default: $KDS_TEST_POSTGRES_DSN)")
    parser.add_argument("--stations", default="1,2,4", help="how many stations share the PostgreSQL, per run")
    parser.add_argument("--serve", default=None, help=argparse.SUPPRESS)  # a listening station's store
    parser.add_argument("--name", default="", help=argparse.SUPPRESS)
    options = parser.parse_args()
    app = application()
    with asyncio.Runner(loop_factory=lambda: qasync.QEventLoop(app)) as runner:
        if options.serve:
            runner.run(serve(options.serve, options.name))
            return
        with tempfile.TemporaryDirectory() as tmp:
            base, base_lost = runner.run(run(str(Path(tmp) / "kds.sqlite3"), 1, options.orders))
        print(f"order stored on one station -> on every station's board model ({options.orders} orders)")
        print(describe("baseline: 1 station, SQLite", base, base_lost))
        if not options.db:
            print("  PostgreSQL: not run (give --db or KDS_TEST_POSTGRES_DSN); ratio n/a")
            return
        reference = (statistics.median(base), percentile(base, 99))
        for count in (int(n) for n in options.stations.split(",")):
            with schema(options.db) as dsn:
                latencies, lost = runner.run(run(dsn, count, options.orders))
            label = f"{count} station{'s' if count > 1 else ''}, PostgreSQL" + (" (the writer)" if count == 1 else "")
            print(describe(label, latencies, lost, reference))
        print("  goal: p99 < 100 ms on PostgreSQL")


if __name__ == "__main__":
    main()

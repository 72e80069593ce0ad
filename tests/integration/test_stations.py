"""Two headless stations on one PostgreSQL against the simulator: one polls, the other takes over when it dies.

Station A and station B run `kds --headless --db postgresql://… --data-dir DIR_A/DIR_B --auto-accept`,
each with a file printer of its own. Only A polls while it lives (B says who does); A is SIGKILLed;
B takes over within 10 s. Across both: no order missing, none confirmed twice (counted at the
simulator), no print job printed twice (counted on paper), never over the rate limit (the simulator
counts rejected polls). Skipped without `KDS_TEST_POSTGRES_DSN`; CI runs it.
"""

from __future__ import annotations

import re
import signal
import subprocess
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from kds.printing.config import PrinterConfig, PrintSettings
from kds.simulator.keeta_od import SimConfig, SimulatorServer
from kds.station.settings import Settings, save_settings
from tests.fakes.waiting import until_blocking
from tests.integration.conftest import headless_command, headless_env, max_polls_in_window
from tests.postgres import fresh_schema

pytestmark = pytest.mark.slow

SCALE = 20.0  # platform time 20x faster: the rate-limit window is 3 s, the acceptance window 15 s
POLLING = re.compile(r"^\S+ ok keeta_od: polling$", re.MULTILINE)
STANDBY = re.compile(r"^\S+ -- keeta_od: polled by (.+)$", re.MULTILINE)
JOB = re.compile(rb"job (\d+)")


class Station:
    """One `kds --headless` process whose output is read as it comes."""

    def __init__(self, name: str, sim: SimulatorServer, root: Path, dsn: str) -> None:
        self.name = name
        home = root / name
        self.printer = home / "kitchen.bin"
        config = home / "config"
        env = headless_env(sim) | {"XDG_CONFIG_HOME": str(config), "HOME": str(home)}
        # The station's own printer, in its own settings: jobs name it, and only this station prints them.
        save_settings(Settings(printing=PrintSettings(printers=(
            PrinterConfig(name=f"Kitchen {name}", target=f"file:{self.printer}"),))), config / "kds" / "settings.json")
        cmd = headless_command(sim, home / "data", "--auto-accept", "--db", dsn)
        self.log = home / "stderr.log"
        with self.log.open("w") as err:  # a file, not a pipe nobody reads while the test waits
            self.proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=err, text=True)
        self.out = ""
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.out += line

    def polling(self) -> bool:
        return bool(POLLING.search(self.out))

    def standby(self) -> bool:
        return bool(STANDBY.search(self.out))

    def printed_jobs(self) -> list[int]:
        data = self.printer.read_bytes() if self.printer.exists() else b""
        return [int(n) for n in JOB.findall(data)]

    def stop(self, sig: signal.Signals = signal.SIGTERM) -> str:
        if self.proc.poll() is None:
            self.proc.send_signal(sig)
        self.proc.wait(timeout=20)
        self._reader.join(5)
        return self.log.read_text()

    def said(self) -> str:
        """Its output and the end of its log, for a failure message."""
        return f"{self.out}\n--- log:\n{self.log.read_text()[-3000:]}"


def stored(dsn: str, sql: str) -> set[str]:
    import psycopg

    with psycopg.connect(dsn) as conn:
        return {str(row[0]) for row in conn.execute(sql)}


def test_one_station_polls_another_takes_over_and_nothing_is_lost_doubled_or_rushed(tmp_path: Path) -> None:
    config = SimConfig(time_scale=SCALE, seed=16, order_rate_per_min=1.5)
    with fresh_schema("kds_stations") as dsn, SimulatorServer(config) as sim:
        sim.state.create_order("pickup")
        a = Station("A", sim, tmp_path, dsn)
        b: Station | None = None
        try:
            until_blocking(a.polling, 20, 0.05, message=lambda: f"station A never polled:\n{a.said()}")
            b = Station("B", sim, tmp_path, dsn)
            until_blocking(b.standby, 20, 0.05, message=lambda: f"station B never said who polls:\n{b.said()}")
            time.sleep(4)  # orders come, are confirmed and printed while A polls and B watches
            # Each station has its own access token: the simulator's poll log tells who polled.
            pollers = [token for token, records in sim.state.poll_log().items() if records]
            assert len(pollers) == 1 and not b.polling(), f"both stations polled:\n{b.said()}"
            before_kill = set(sim.state.order_ids())

            a.stop(signal.SIGKILL)
            killed = time.monotonic()
            until_blocking(b.polling, 10, 0.05, message=lambda: f"no takeover within 10 s:\n{b.said()}")
            took = time.monotonic() - killed

            # B catches up with everything the platform has, then stops cleanly.
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                orders = set(sim.state.order_ids())
                if orders <= stored(dsn, "SELECT order_id FROM orders WHERE details = 'complete'"):
                    break
                time.sleep(0.5)
            err = b.stop()
            assert b.proc.returncode == 0, err[-2000:]
        finally:
            a.stop(signal.SIGKILL)
            if b is not None:
                b.stop(signal.SIGKILL)

        in_store = stored(dsn, "SELECT order_id FROM orders WHERE details = 'complete'")
        assert before_kill and orders <= in_store, f"missing orders: {orders - in_store}"
        for order_id in orders:
            confirms = [c for c in sim.state.calls(order_id, "confirm") if c.applied]
            assert len(confirms) <= 1, f"order {order_id} confirmed {len(confirms)} times"
        assert any(sim.state.calls(o, "confirm") for o in orders), "nobody confirmed anything"

        takers = [token for token, records in sim.state.poll_log().items() if records and token not in pollers]
        assert len(takers) == 1, "after the kill, not one other station polled"
        stats = sim.state.stats()
        polls = [r.at for records in sim.state.poll_log().values() for r in records]
        assert stats.rate_limited == 0, "a poll was refused for the rate limit"
        assert max_polls_in_window(polls, config.scaled(60)) <= config.rate_limit_per_window

        printed = Counter(a.printed_jobs() + b.printed_jobs())
        assert printed, "nothing was printed"
        assert [job for job, n in printed.items() if n > 1] == [], "a print job was printed twice"
        print(f"takeover after SIGKILL: {took:.2f} s; orders {len(orders)}; jobs printed {len(printed)}")

"""`kds report` on a headless demo's data directory: the summary table, one CSV row per order, clear errors."""

from __future__ import annotations

import csv
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.test_headless_demo import ROOT, run_demo

pytestmark = pytest.mark.slow  # runs the headless demo and `kds report` as subprocesses


def kds_report(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "kds", "report", *args], env=env, cwd=tmp_path,
                          capture_output=True, text=True, timeout=60, check=False)


def test_kds_report_writes_one_csv_row_per_order_of_a_headless_demo(tmp_path: Path) -> None:
    run_demo(tmp_path, "--auto-accept", "--run-for", "6")
    data = tmp_path / "kds"
    with sqlite3.connect(data / "kds.sqlite3") as conn:  # what the demo stored, read here on its own
        stored = {(p, o) for p, o in conn.execute("SELECT platform, order_id FROM orders")}
    assert stored
    out = tmp_path / "report.csv"
    done = kds_report(tmp_path, "--data-dir", str(data), "--csv", str(out))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("KDS report ")
    received = next(line for line in lines if line.startswith("Received"))
    assert received.split()[1] == str(len(stored))  # the "All" column
    assert f"wrote {len(stored)} orders to {out}" in done.stdout
    rows = list(csv.reader(out.open(encoding="utf-8")))
    blank = rows.index([])
    assert rows[0][:8] == ["platform", "order_id", "display_id", "status", "received_at", "accepted_at", "total",
                           "currency"]
    assert {(r[0], r[1]) for r in rows[1:blank]} == stored and blank - 1 == len(stored)
    assert rows[blank + 1][:2] == ["platform", "received"] and rows[-1][0] == "all"


def test_bad_dates_and_missing_data_give_a_clear_message_and_exit_2(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    for args, words in ((["--day", "2026-02-30", "--data-dir", str(tmp_path)], "is not a date"),
                        (["--from", "2026-03-10 09:00", "--to", "2026-03-10 08:00", "--data-dir", str(tmp_path)],
                         "--to must be after --from"),
                        (["--data-dir", str(tmp_path / "empty")], "no order database in"),
                        (["--data-dir", str(tmp_path / "missing")], "no data directory")):
        done = kds_report(tmp_path, *args)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stderr.startswith("kds report: ") and words in done.stderr, done.stderr
    assert not (tmp_path / "empty" / "kds.sqlite3").exists()  # a report never creates a database


def test_kds_report_reads_the_restaurant_s_postgresql_store(tmp_path: Path) -> None:
    import asyncio

    from kds.clock import FakeClock
    from kds.services.engine import Engine, EngineSettings
    from kds.store.connect import open_database
    from tests.fakes.platform import FakePlatform
    from tests.postgres import fresh_schema

    with fresh_schema("kds_topbar") as url:
        clock = FakeClock()
        fake = FakePlatform(clock)
        db = open_database(url)
        try:
            engine = Engine(db, [fake], clock, EngineSettings())
            for _ in range(3):
                fake.add_order()
            asyncio.run(engine.pollers[fake.platform].poll_once())
        finally:
            db.close()
        day = clock.now().astimezone().date().isoformat()
        done = kds_report(tmp_path, "--db", url, "--day", day, "--csv", str(tmp_path / "report.csv"))
        assert done.returncode == 0, done.stderr
        received = next(line for line in done.stdout.splitlines() if line.startswith("Received"))
        assert received.split()[1] == "3"  # the "All" column: the three orders in the shared store
        assert "wrote 3 orders to" in done.stdout
    assert not (tmp_path / "kds").exists()  # nothing read or made in a data directory


def test_kds_report_db_takes_only_a_postgresql_address(tmp_path: Path) -> None:
    done = kds_report(tmp_path, "--db", str(tmp_path / "kds.sqlite3"))
    assert done.returncode == 2
    assert done.stderr.startswith("kds report: --db takes the restaurant's PostgreSQL address"), done.stderr

"""Helpers for end-to-end tests against the simulator."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import timedelta
from pathlib import Path

from kds.simulator.keeta_od import SimulatorServer


def headless_command(sim: SimulatorServer, data_dir: Path, *extra: str) -> list[str]:
    """`kds --headless` pointed at `sim`, as a subprocess command line."""
    cmd = [sys.executable, "-m", "kds", "--headless", "--base-url", sim.base_url, "--data-dir", str(data_dir),
           "--time-scale", f"{sim.config.time_scale:g}"]
    for merchant in sim.credentials.merchant_ids:
        cmd += ["--merchant", merchant]
    return cmd + list(extra)


def headless_env(sim: SimulatorServer) -> dict[str, str]:
    """The environment a headless engine needs for `sim` (credentials come from the environment)."""
    env = dict(os.environ)
    env.update(KDS_KEETA_CLIENT_ID=sim.credentials.client_id, KDS_KEETA_CLIENT_SECRET=sim.credentials.client_secret,
               PYTHONUNBUFFERED="1")
    return env


def stored(db_path: Path, sql: str) -> set[str]:
    """One column of a query on the app's database, as a set (read-only, safe while the app runs)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return {row[0] for row in conn.execute(sql)}
    finally:
        conn.close()


def max_polls_in_window(times: list, window: timedelta) -> int:
    """The largest number of polls that fell inside any window of `window` length."""
    times = sorted(times)
    best, start = 0, 0
    for end, at in enumerate(times):
        while at - times[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best

"""`kds --headless --demo`, as the README runs it: orders arrive, are confirmed with `--auto-accept`,
and are auto-cancelled by the simulator when nobody confirms them.

Platform time runs 60× faster (`--time-scale 60`): Keeta's 5-minute acceptance window lasts 5 s.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # each test runs `kds --headless` as a subprocess for several seconds

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^\d\d:\d\d:\d\d (NEW|CHANGE) +(Keeta OD #\S+) (\S+)(?: scheduled)? (\S+)", re.MULTILINE)


def run_demo(tmp_path: Path, *extra: str) -> list[tuple[str, str, str]]:
    """Run the headless demo; returns (NEW|CHANGE, order, stage) per ticket line printed."""
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "kds", "--headless", "--demo", "--time-scale", "60",
                           "--demo-seed", "7", "--data-dir", str(tmp_path / "kds"), *extra],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=90, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return [(m[1], m[2], m[4]) for m in LINE.finditer(done.stdout)]


def test_auto_accept_confirms_the_orders_that_arrive(tmp_path: Path) -> None:
    lines = run_demo(tmp_path, "--auto-accept", "--run-for", "6")
    arrived = {order for kind, order, _ in lines if kind == "NEW"}
    accepted = {order for kind, order, stage in lines if kind == "CHANGE" and stage == "ACCEPTED"}
    assert arrived, lines
    assert accepted and accepted <= arrived, lines


def test_unconfirmed_orders_are_auto_cancelled_by_the_platform(tmp_path: Path) -> None:
    lines = run_demo(tmp_path, "--run-for", "10")
    arrived = {order for kind, order, _ in lines if kind == "NEW"}
    cancelled = {order for kind, order, stage in lines if kind == "CHANGE" and stage == "CANCELLED"}
    assert arrived and cancelled and cancelled <= arrived, lines
    assert not [line for line in lines if line[2] == "ACCEPTED"], "nobody confirmed, yet an order was accepted"

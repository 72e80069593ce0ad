"""The benchmarks still run: each one, with tiny sizes, exits 0 and prints its figures and ratios.

No timing is asserted here (figures are for people reading the benchmark's output); this only keeps
`bench/` from rotting as the code it measures changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

SMALL = {
    "ingest.py": ["--rounds", "1"],
    "board.py": ["--tickets", "20", "--rounds", "2"],
    "printing.py": ["--rounds", "2", "--stall", "0.2"],
    # Two PostgreSQL relay processes when $KDS_TEST_POSTGRES_DSN is set (SQLite only otherwise).
    "relay.py": ["--webhooks", "40", "--clients", "2", "--events", "5", "--cross", "2", "--processes", "2",
                 "--rounds", "1"],
    "stations.py": ["--orders", "3", "--stations", "2"],  # PostgreSQL too when KDS_TEST_POSTGRES_DSN is set
    "startup.py": ["--orders", "60", "--rounds", "1"],
}


def test_every_benchmark_is_covered() -> None:
    assert sorted(SMALL) == sorted(p.name for p in (ROOT / "bench").glob("*.py") if not p.name.startswith("_"))


@pytest.mark.slow  # a subprocess per benchmark script
@pytest.mark.parametrize("script", sorted(SMALL))
def test_benchmark_runs_and_prints_ratios(script: str, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT), "HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path / "data"), "XDG_CONFIG_HOME": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, str(ROOT / "bench" / script), *SMALL[script]], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ratio" in done.stdout, done.stdout

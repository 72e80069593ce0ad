"""`kds --db`: the restaurant's PostgreSQL instead of the screen's own file.

A malformed address or a refused password is one line and exit 2; a server that does not answer is
waited for, a line per try (it may be starting, or the network may be back soon).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kds.app import main, start_when_reachable
from kds.startup.runtime import parse, start_runtime
from tests.fakes.line import CuttableLine
from tests.postgres import fresh_schema, need_postgres

KEETA = ["--base-url", "http://127.0.0.1:9/keeta", "--merchant", "m1"]  # never called: the engine is not started


@pytest.fixture(autouse=True)
def quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    """No log handlers of `kds` (they would outlive the captured stderr); Keeta's credentials for the engine."""
    monkeypatch.setattr("kds.app.setup_logging", lambda verbose: None)
    monkeypatch.setenv("KDS_KEETA_CLIENT_ID", "client")
    monkeypatch.setenv("KDS_KEETA_CLIENT_SECRET", "secret")


def refusal(capsys: pytest.CaptureFixture[str], data: Path, *argv: str) -> str:
    """Run `kds --headless` with `argv`; check it exits 2 having touched nothing; return its one line."""
    assert main(["--headless", "--demo", "--data-dir", str(data), *argv]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and err.startswith("kds: ")
    assert list(data.iterdir()) == []  # no file of its own made, no simulator started
    return err


def test_a_malformed_address_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    line = refusal(capsys, tmp_path, "--db", "postgresql://kds@127.0.0.1:x/kds")
    assert "database kds on 127.0.0.1:x" in line and "port" in line
    line = refusal(capsys, tmp_path, "--db", "mysql://kds:hunter2@db.example/kds")
    assert "postgresql://" in line and "hunter2" not in line


def test_a_refused_password_is_said_without_the_password(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dsn = need_postgres()
    url = dsn.replace("://kds:kds@", "://kds:not-the-password@")
    assert url != dsn, "the test server's URL is expected to be postgresql://kds:kds@…"
    line = refusal(capsys, tmp_path, "--db", url)
    assert "password authentication failed" in line and "not-the-password" not in line


def test_the_engine_runs_on_the_shared_store_and_keeps_no_file_of_its_own(tmp_path: Path) -> None:
    with fresh_schema() as dsn:
        runtime = start_runtime(parse(["--headless", "--data-dir", str(tmp_path), "--db", dsn, *KEETA]))
        try:
            assert runtime.db.dialect == "postgresql" and runtime.db.shared
        finally:
            runtime.close()
        assert not (tmp_path / "kds.sqlite3").exists()
        # Without --db: the screen's own file, as before.
        runtime = start_runtime(parse(["--headless", "--data-dir", str(tmp_path), *KEETA]))
        runtime.close()
        assert (tmp_path / "kds.sqlite3").exists()


def test_a_database_that_does_not_answer_yet_is_waited_for_with_a_line_per_try(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    with fresh_schema() as dsn:
        line, through = CuttableLine.to(dsn)
        line.cut()  # the server is not up yet (or the network is out)
        waits: list[float] = []

        def sleep(seconds: float) -> None:
            waits.append(seconds)
            if len(waits) == 3:
                line.restore()  # ... until it is

        try:
            args = parse(["--headless", "--data-dir", str(tmp_path), "--db", through, *KEETA])
            runtime = start_when_reachable(args, sleep=sleep)
            runtime.close()
        finally:
            line.close()
    assert waits == [1.0, 2.0, 5.0]
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 3
    assert all(f"cannot open the database kds_test on 127.0.0.1:{line.port}" in t for t in lines)
    assert lines[0].startswith("kds: ") and lines[0].endswith("trying again in 1 s")
    assert not any(":kds@" in t for t in lines)
    assert list(tmp_path.iterdir()) == []  # nothing started of its own while it waited

"""`kds --db`: the restaurant's PostgreSQL instead of the screen's own file; a bad one is one line and exit 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from kds.app import main
from kds.startup.runtime import parse, start_runtime
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


def test_an_unreachable_or_malformed_address_is_one_line_and_exit_2(
        capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    line = refusal(capsys, tmp_path, "--db", "postgresql://kds@127.0.0.1:1/kds")
    assert line == "kds: cannot open the database kds on 127.0.0.1:1: Connection refused"
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

"""The purge task on an injected clock, JSON log lines, and the `kds relay` tenant commands."""

from __future__ import annotations

import asyncio
import io
import json
import logging
from datetime import timedelta
from pathlib import Path

import pytest

from kds.cli import main as kds_main
from kds.clock import FakeClock
from kds.relay.app import Purger
from kds.relay.cli import main
from kds.relay.logs import JsonFormatter, fields
from kds.relay.sqlstore import SqliteRelayStore
from kds.relay.store import StoredEvent, event_id_for
from kds.relay.tenants import authenticate, hash_token


def event(store: SqliteRelayStore, clock: FakeClock, message_id: str) -> StoredEvent:
    now = clock.now()
    stored = StoredEvent(event_id_for("a", "keeta_std", message_id), "a", "keeta_std", "KEETA_1002", "1",
                         now, now + timedelta(hours=4, minutes=10), {}, {})
    assert store.add_event(stored)
    return stored


async def test_purger_deletes_on_the_injected_clock(tmp_path: Path) -> None:
    clock = FakeClock()
    store = SqliteRelayStore(tmp_path / "relay.db")
    store.add_tenant("a", hash_token("t"), public_url=None, now=clock.now())
    unacked = event(store, clock, "m1")
    acked = event(store, clock, "m2")
    store.acknowledge("a", [acked.event_id], clock.now())
    purger = Purger(store, clock, interval=60, retention=timedelta(hours=24))

    clock.advance(4 * 3600 + 9 * 60)
    assert await purger.purge_once() == 0
    assert [e.event_id for e in store.pending("a", 10)] == [unacked.event_id]

    task = asyncio.create_task(purger.run())
    try:
        for _ in range(500):  # each step wakes the purger's sleep; the purge itself runs in a thread
            clock.advance(60)
            await asyncio.sleep(0.005)
            if not store.pending("a", 10):
                break
        assert store.pending("a", 10) == []
        # The acknowledged event stays for 24 h: a late replay of it is still deduplicated.
        assert not store.add_event(acked)
        clock.advance(20 * 3600)
        assert await purger.purge_once() == 1
        assert store.add_event(acked)
    finally:
        task.cancel()
        store.close()


def test_json_log_lines_carry_fields() -> None:
    record = logging.LogRecord("kds.relay", logging.INFO, __file__, 1, "webhook %s", ("accepted",), None)
    for key, value in fields(tenant="acme", ms=1.5).items():
        setattr(record, key, value)
    line = json.loads(JsonFormatter().format(record))
    assert line["msg"] == "webhook accepted"
    assert (line["level"], line["logger"], line["tenant"], line["ms"]) == ("info", "kds.relay", "acme", 1.5)


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_tenant_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "relay.db")
    code, out, _ = run(["add-tenant", "acme", "--keeta-app-id", "3762772727", "--keeta-app-secret",
                        "topsecret-keeta", "--public-url", "https://relay.example.com", "--db", db], capsys)
    assert code == 0
    token = next(line.split(": ")[1] for line in out.splitlines() if line.startswith("token"))
    assert "keeta_std webhook URL: https://relay.example.com/hooks/keeta/acme" in out
    store = SqliteRelayStore(Path(db))
    try:
        assert authenticate(store, token) == "acme"
        assert store.tenant("acme").secrets["keeta_std"].app_id == "3762772727"  # type: ignore[union-attr]
    finally:
        store.close()

    code, _, err = run(["add-tenant", "acme", "--db", db], capsys)
    assert code == 1 and "already exists" in err

    monkeypatch.setattr("sys.stdin", io.StringIO("topsecret-gofood\n"))
    code, out, _ = run(["set-tenant", "acme", "--gofood-secret", "-", "--db", db], capsys)
    assert code == 0 and "gofood webhook URL: https://relay.example.com/hooks/gofood/acme" in out

    assert kds_main(["relay", "list-tenants", "--db", db]) == 0  # routed by the `kds` command
    capsys.readouterr()
    code, out, _ = run(["list-tenants", "--db", db], capsys)
    assert code == 0 and "acme\tplatforms=gofood,keeta_std\tpublic_url=https://relay.example.com" in out
    assert "topsecret" not in out and token not in out

    code, out, _ = run(["rotate-token", "acme", "--db", db], capsys)
    new_token = out.strip().rsplit(" ", 1)[1]
    store = SqliteRelayStore(Path(db))
    try:
        assert authenticate(store, token) is None and authenticate(store, new_token) == "acme"
        assert store.tenant("acme").secrets["gofood"].secret == "topsecret-gofood"  # type: ignore[union-attr]
    finally:
        store.close()


def test_cli_refuses_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "relay.db")
    assert run(["add-tenant", "bad name", "--db", db], capsys)[0] == 1
    assert run(["add-tenant", "a", "--keeta-app-id", "1", "--db", db], capsys)[0] == 1
    assert run(["set-tenant", "nobody", "--db", db], capsys)[0] == 1
    assert run(["rotate-token", "nobody", "--db", db], capsys)[0] == 1
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0


def test_the_access_log_never_shows_a_path_secret() -> None:
    from kds.relay.logs import redact_access_log

    redact_access_log()  # what the relay's server does
    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, '%s - "%s %s HTTP/%s" %d',
                               ("10.0.0.1:5", "POST", "/hooks/zeek/acme/S3cr3tPath0123456789/order_create", "1.1", 200),
                               None)
    assert all(f.filter(record) for f in logging.getLogger("uvicorn.access").filters)
    line = record.getMessage()
    assert "S3cr3tPath0123456789" not in line
    assert "/hooks/zeek/acme/***/order_create" in line


def test_the_database_can_come_from_the_environment(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    # What the systemd unit and the container do: a DSN with a password stays out of the process list.
    db = tmp_path / "from-env.db"
    monkeypatch.setenv("KDS_RELAY_DB", str(db))
    code, out, _ = run(["add-tenant", "acme"], capsys)
    assert code == 0 and "tenant acme created" in out
    store = SqliteRelayStore(db)
    try:
        assert store.tenant("acme") is not None
    finally:
        store.close()
    other = tmp_path / "given.db"
    assert run(["add-tenant", "other", "--db", str(other)], capsys)[0] == 0  # --db still wins
    assert other.exists()

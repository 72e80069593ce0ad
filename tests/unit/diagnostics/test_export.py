"""The diagnostics zip: logs redacted again, settings without the PIN hash, counts from a real store."""

from __future__ import annotations

import json
import zipfile
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kds.domain.order import Platform
from kds.station.credentials import SecretStore
from kds.station.settings import PlatformSettings, RiderSettings, Security, Settings
from kds.store.db import Database
from kds.support.diagnostics import export_diagnostics, store_statistics

NOW = datetime(2025, 6, 1, 12, 0, tzinfo=UTC)
CLIENT_SECRET = "cs-live-0c9b8a7f6e"
PHONE = "+55 11 98888-7777"


def make_store(path: Path) -> None:
    db = Database(path)
    conn = db.conn
    t = "2025-06-01T11:00:00+00:00"
    for n, stage in enumerate([0, 0, 1, 2, 4, 4, 4, 5]):
        conn.execute("INSERT INTO orders (platform, order_id, display_id, stage, is_open, created_at, updated_at,"
                     " content, status, raw) VALUES ('keeta_od', ?, ?, ?, ?, ?, ?, '{}', '{}', ?)",
                     (f"o{n}", str(n), stage, int(stage < 4), t, t, json.dumps({"phone": PHONE})))
    for n in range(5):
        conn.execute("INSERT INTO events (platform, event_id, order_id, event_type, kind, created_at, received_at,"
                     " acked_at, seq, payload, event) VALUES ('keeta_od', ?, 'o1', 'CREATED', 'created', ?, ?, ?, ?,"
                     " '{}', '{}')", (f"e{n}", t, t, None if n < 2 else t, n))
    conn.execute("INSERT INTO quarantine (platform, reason, raw, created_at) VALUES ('keeta_od', 'bad', ?, ?)",
                 (f'{{"phone": "{PHONE}"}}', t))
    for n, state in enumerate(["pending", "failed", "done", "done"]):
        conn.execute("INSERT INTO actions (platform, order_id, action, dedupe_key, params, state, created_at,"
                     " updated_at) VALUES ('keeta_od', 'o1', 'confirm', ?, '{}', ?, ?, ?)", (f"k{n}", state, t, t))
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if "print_jobs" in tables:
        for n, state in enumerate(["done", "done", "uncertain"]):
            conn.execute("INSERT INTO print_jobs (order_key, kind, revision, route, printer, state, document,"
                         " created_at, updated_at) VALUES ('keeta_od:o1', 'kitchen', ?, 'kitchen', 'kitchen', ?,"
                         " '{}', ?, ?)", (str(n), state, t, t))
    if "order_contacts" in tables:  # a self-delivery order's decrypted contact
        conn.execute("INSERT INTO order_contacts (platform, order_id, state, phone, address, created_at, updated_at)"
                     " VALUES ('keeta_od', 'o1', 'done', ?, ?, ?, ?)",
                     (PHONE, json.dumps({"formatted": "Travessa Jardim Secreto 77"}), t, t))
    db.close()


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Settings, Path, Path]:
    SecretStore().set("keeta_od/client_secret", CLIENT_SECRET)
    settings = Settings(platforms={Platform.KEETA_OD: PlatformSettings(enabled=True, merchant_ids=("m-1",))},
                        security=Security().with_pin("246810"),
                        riders=(RiderSettings(id=1, name="Rosângela Batista", phone="+55 11 97654-3210"),))
    db_path = tmp_path / "data" / "kds.sqlite3"
    make_store(db_path)
    logs = tmp_path / "log"
    logs.mkdir()
    # An old, unredacted log (written before redaction existed, or by hand) and a rotated one.
    (logs / "kds.log").write_text(f"INFO order 3 for {PHONE} at Rua Augusta, 1234\n"
                                  f"INFO GET /v1/events:polling?access_token={CLIENT_SECRET}\n", encoding="utf-8")
    (logs / "kds.log.1").write_text("INFO started\n", encoding="utf-8")
    (logs / "notes.txt").write_text("not a log\n")
    return settings, db_path, logs


def test_the_zip_holds_logs_settings_statistics_and_versions(tmp_path: Path,
                                                             setup: tuple[Settings, Path, Path]) -> None:
    settings, db_path, logs = setup
    out = export_diagnostics(tmp_path / "out" / "kds-diagnostics.zip", settings, db_path, logs, now=NOW)
    assert out == tmp_path / "out" / "kds-diagnostics.zip"
    assert [p.name for p in out.parent.iterdir()] == ["kds-diagnostics.zip"]  # no temporary file left
    with zipfile.ZipFile(out) as bundle:
        names = sorted(bundle.namelist())
        files = {name: bundle.read(name).decode("utf-8") for name in names}
    assert names == ["logs/kds.log", "logs/kds.log.1", "manifest.json", "settings.json", "store.json",
                     "versions.json"]
    everything = "".join(files.values())
    pin = settings.security.manager_pin
    assert pin is not None
    for secret in (CLIENT_SECRET, pin.hash, pin.salt, "246810", "98888-7777", "Augusta", "Jardim Secreto",
                   "Rosângela", "97654"):
        assert secret not in everything, secret
    assert "access_token=[secret]" in files["logs/kds.log"] and "[phone]" in files["logs/kds.log"]
    assert files["logs/kds.log.1"] == "INFO started\n"

    exported = json.loads(files["settings.json"])
    assert exported["security"]["manager_pin"] == "set"
    assert exported["platforms"]["keeta_od"]["merchant_ids"] == ["m-1"]
    assert exported["riders"] == 1

    stats = json.loads(files["store.json"])
    assert stats["engine"] == "sqlite" and stats["file_bytes"] > 0
    assert stats["orders_by_stage"] == {"new": 2, "accepted": 1, "ready": 1, "done": 3, "cancelled": 1}
    assert stats["orders_open"] == 4
    assert stats["events"] == 5 and stats["events_unacknowledged"] == 2
    assert stats["quarantine"] == 1 and stats["quarantine_unacknowledged"] == 1
    assert stats["outbox_by_state"] == {"done": 2, "failed": 1, "pending": 1}
    assert stats["schema_version"] >= 1
    if "print_jobs_by_state" in stats:
        assert stats["print_jobs_by_state"] == {"done": 2, "uncertain": 1}
    assert stats["contacts_by_state"] == {"done": 1}

    versions = json.loads(files["versions.json"])
    assert versions["kds"] and versions["python"].startswith("3.")
    assert "pydantic" in versions["packages"]
    manifest = json.loads(files["manifest.json"])
    assert manifest["created"] == "2025-06-01T12:00:00+00:00"


def test_an_export_without_store_or_logs_still_works(tmp_path: Path) -> None:
    out = export_diagnostics(tmp_path / "d.zip", Settings(), None, None)
    with zipfile.ZipFile(out) as bundle:
        assert json.loads(bundle.read("store.json")) == {"error": "no database"}
        assert not [n for n in bundle.namelist() if n.startswith("logs/")]
        assert json.loads(bundle.read("settings.json"))["security"]["manager_pin"] is None


def test_statistics_of_a_broken_or_missing_database_say_so(tmp_path: Path) -> None:
    assert "does not exist" in store_statistics(tmp_path / "none.sqlite3")["error"]
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    assert "error" in store_statistics(junk)


def test_statistics_do_not_change_the_database(tmp_path: Path) -> None:
    path = tmp_path / "kds.sqlite3"
    make_store(path)
    before = path.read_bytes()
    store_statistics(path)
    assert path.read_bytes() == before

""""Export diagnostics": one zip for support with logs, settings, store statistics and versions.

Nothing in it may identify a customer or open an account: the logs are redacted once more on the
way in (they already were when written, but a log written by an older KDS, or a value learned only
now, gets a second chance), the settings go without the PIN hash and the riders, and the store contributes counts
only, never an order's content. Secrets are not read at all: they live in the keyring.

The export reads files and a database, so the UI runs it in a worker thread.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import platform
import sqlite3
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import kds
from kds.domain.states import Stage
from kds.redaction import REDACTOR
from kds.settings import Settings, settings_json_without_secrets

log = logging.getLogger(__name__)

PACKAGES = ("PySide6_Essentials", "PySide6_Addons", "shiboken6", "qasync", "httpx", "pydantic", "keyring",
            "platformdirs", "python-escpos", "Pillow", "uvicorn", "starlette")
MAX_LOG_BYTES = 20_000_000  # per file; rotated logs are far smaller, this only guards a runaway file


def export_diagnostics(zip_path: Path, settings: Settings, db_path: Path | None, log_dir: Path | None,
                       *, now: datetime | None = None) -> Path:
    """Write the diagnostics zip to `zip_path` (atomically) and return its path.

    The zip holds `manifest.json`, `versions.json`, `settings.json` (no PIN hash), `store.json`
    (counts of orders by stage, events, unacknowledged events, quarantined payloads, outbox actions,
    print jobs and decrypted contacts by state, schema version) and `logs/` (every `*.log*` file of `log_dir`,
    redacted again).

    Args:
        zip_path: the file to write.
        settings: the settings in use.
        db_path: the order database, or None when there is none.
        log_dir: the log directory, or None.
        now: the export time written into the manifest (default: now).
    """
    stamp = (now or datetime.now(UTC)).astimezone(UTC).isoformat(timespec="seconds")
    logs = sorted(p for p in log_dir.glob("*.log*") if p.is_file()) if log_dir and log_dir.is_dir() else []
    zip_path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{zip_path.name}.", suffix=".tmp", dir=zip_path.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as bundle:
            manifest = {"created": stamp, "kds": kds.__version__,
                        "files": ["versions.json", "settings.json", "store.json", *(f"logs/{p.name}" for p in logs)]}
            bundle.writestr("manifest.json", _json(manifest))
            bundle.writestr("versions.json", _json(versions()))
            settings_text = _json(settings_json_without_secrets(settings))
            bundle.writestr("settings.json", REDACTOR.redact(settings_text))
            bundle.writestr("store.json", _json(store_statistics(db_path)))
            for path in logs:
                bundle.writestr(f"logs/{path.name}", _redacted_log(path))
        os.replace(tmp, zip_path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    log.info("diagnostics exported (%d log files)", len(logs))
    return zip_path


def _json(data: Any) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def _redacted_log(path: Path) -> str:
    try:
        with path.open("rb") as source:
            raw = source.read(MAX_LOG_BYTES)
    except OSError as exc:
        return f"(could not read {path.name}: {exc.strerror})\n"
    text = raw.decode("utf-8", errors="replace")
    return "".join(REDACTOR.redact(line) for line in text.splitlines(keepends=True))


def versions() -> dict[str, Any]:
    """Python, the OS, KDS, Qt (when the app has loaded it) and the main packages."""
    info: dict[str, Any] = {
        "kds": kds.__version__,
        "python": sys.version.split()[0],
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "machine": platform.machine(),
        "frozen": bool(getattr(sys, "frozen", False)),
    }
    # Only when the GUI already loaded Qt: importing it here would drag Qt into the headless engine.
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        info["qt"] = qtcore.qVersion()
    packages = {}
    for name in PACKAGES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            packages[name] = metadata.version(name)
    info["packages"] = packages
    with contextlib.suppress(Exception):
        import keyring

        backend = type(keyring.get_keyring())
        info["keyring_backend"] = f"{backend.__module__}.{backend.__qualname__}"
    return info


def store_statistics(db_path: Path | None) -> dict[str, Any]:
    """Counts from the order database, opened read-only; `{"error": ...}` when it cannot be read."""
    if db_path is None:
        return {"error": "no database"}
    if not db_path.is_file():
        return {"error": "the database file does not exist"}
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return {"error": f"cannot open the database: {exc}"}
    try:
        return _statistics(conn)
    except sqlite3.Error as exc:
        return {"error": f"cannot read the database: {exc}"}
    finally:
        conn.close()


def _statistics(conn: sqlite3.Connection) -> dict[str, Any]:
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    stats: dict[str, Any] = {
        "schema_version": conn.execute("PRAGMA user_version").fetchone()[0],
        "file_bytes": _file_size(conn),
    }

    def grouped(table: str, column: str) -> dict[str, int]:
        # Table and column names come from the fixed calls below, never from data.
        rows = conn.execute(f"SELECT {column}, COUNT(*) FROM {table} GROUP BY {column} ORDER BY {column}")
        return {str(key): count for key, count in rows}

    def count(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    if "orders" in tables:
        by_stage = grouped("orders", "stage")
        stats["orders_by_stage"] = {_stage_name(k): v for k, v in by_stage.items()}
        stats["orders_open"] = count("SELECT COUNT(*) FROM orders WHERE is_open")
    if "events" in tables:
        stats["events"] = count("SELECT COUNT(*) FROM events")
        stats["events_unacknowledged"] = count("SELECT COUNT(*) FROM events WHERE acked_at IS NULL")
        stats["events_by_platform"] = grouped("events", "platform")
    if "quarantine" in tables:
        stats["quarantine"] = count("SELECT COUNT(*) FROM quarantine")
        stats["quarantine_unacknowledged"] = count("SELECT COUNT(*) FROM quarantine WHERE acked_at IS NULL")
    if "actions" in tables:
        stats["outbox_by_state"] = grouped("actions", "state")
    if "print_jobs" in tables:
        stats["print_jobs_by_state"] = grouped("print_jobs", "state")
    if "order_contacts" in tables:  # how many, never whose: the plain phone and address stay home
        stats["contacts_by_state"] = grouped("order_contacts", "state")
    return stats


def _stage_name(value: str) -> str:
    try:
        return Stage(int(value)).name.lower()
    except ValueError:
        return value


def _file_size(conn: sqlite3.Connection) -> int:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    return int(pages) * int(size)

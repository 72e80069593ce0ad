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
import sys
import tempfile
import zipfile
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import kds
from kds.station.settings import Settings, settings_json_without_secrets
from kds.store.db import Database
from kds.store.statistics import store_statistics
from kds.support.redaction import REDACTOR

log = logging.getLogger(__name__)

PACKAGES = ("PySide6_Essentials", "PySide6_Addons", "shiboken6", "qasync", "httpx", "pydantic", "keyring",
            "platformdirs", "python-escpos", "Pillow", "uvicorn", "starlette")
MAX_LOG_BYTES = 20_000_000  # per file; rotated logs are far smaller, this only guards a runaway file


def export_diagnostics(zip_path: Path, settings: Settings, db_path: Path | Database | None, log_dir: Path | None,
                       *, now: datetime | None = None) -> Path:
    """Write the diagnostics zip to `zip_path` (atomically) and return its path.

    The zip holds `manifest.json`, `versions.json`, `settings.json` (no PIN hash), `store.json`
    (the engine, and a PostgreSQL store's host and database without the password; counts of orders
    by stage, events, unacknowledged events, quarantined payloads, outbox actions, print jobs and
    decrypted contacts by state; schema version; size) and `logs/` (every `*.log*` file of `log_dir`,
    redacted again).

    Args:
        zip_path: the file to write.
        settings: the settings in use.
        db_path: the order database (a SQLite file, or the open store), or None when there is none.
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

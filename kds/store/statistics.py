"""Counts from an order database for the diagnostics export: how many, never whose.

The database is opened read-only, and nothing here reads an order's content, a customer's contact or
a secret: only row counts by stage, state and platform, the schema version and the file size.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from kds.domain.states import Stage


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

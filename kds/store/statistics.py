"""Counts from an order database for the diagnostics export: how many, never whose.

Nothing here reads an order's content, a customer's contact or a secret: only which engine and
where (a PostgreSQL address without its password), the schema version, row counts by stage, state
and platform, and the size. A SQLite file is opened read-only; a restaurant's PostgreSQL database
is read on a connection of its own in a read-only transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kds.domain.states import Stage
from kds.store.db import Database

Query = Callable[[str], list[tuple[Any, ...]]]
"""Runs one fixed statement (no parameters) and returns its rows."""


def store_statistics(source: Path | Database | None) -> dict[str, Any]:
    """Counts from the order database (a SQLite file's path, or the open store); `{"error": ...}` if unreadable.

    Blocks (a PostgreSQL store is asked over the network): call it from a worker thread.
    """
    if isinstance(source, Database):
        if source.shared:
            return _postgres_statistics(source)
        source = source.path
    if source is None:
        return {"error": "no database"}
    if not source.is_file():
        return {"error": "the database file does not exist"}
    try:
        conn = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return {"error": f"cannot open the database: {exc}"}
    try:
        def query(sql: str) -> list[tuple[Any, ...]]:
            return list(conn.execute(sql))

        tables = {row[0] for row in query("SELECT name FROM sqlite_master WHERE type = 'table'")}
        stats: dict[str, Any] = {"engine": "sqlite", "schema_version": query("PRAGMA user_version")[0][0],
                                 "file_bytes": _file_size(conn)}
        return stats | _counts(query, tables)
    except sqlite3.Error as exc:
        return {"error": f"cannot read the database: {exc}"}
    finally:
        conn.close()


def _postgres_statistics(db: Database) -> dict[str, Any]:
    import psycopg  # only a station on a restaurant's database has it loaded already

    where = str(getattr(db, "where", "the database"))  # "database kds on host:5432": never the password
    try:
        with db.connect() as conn, conn.transaction():  # type: ignore[attr-defined]
            conn.execute("SET TRANSACTION READ ONLY")

            def query(sql: str) -> list[tuple[Any, ...]]:
                return [tuple(row) for row in conn.execute(sql).fetchall()]

            tables = {row[0] for row in query("SELECT table_name FROM information_schema.tables"
                                              " WHERE table_schema = current_schema()")}
            stats: dict[str, Any] = {
                "engine": "postgresql", "where": where,
                "server_version": query("SHOW server_version")[0][0],
                "schema": query("SELECT current_schema()")[0][0],
                "schema_version": query("SELECT COALESCE(MAX(version), 0) FROM kds_schema")[0][0],
                # The station's tables (their indexes and TOAST too), and the whole database they live in.
                "tables_bytes": int(query("SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c"
                                          " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                          " WHERE n.nspname = current_schema() AND c.relkind = 'r'")[0][0]),
                "database_bytes": int(query("SELECT pg_database_size(current_database())")[0][0]),
            }
            return stats | _counts(query, tables)
    except psycopg.Error as exc:
        lines = str(exc).strip().splitlines()
        return {"engine": "postgresql", "where": where,
                "error": f"cannot read the {where}: {lines[0] if lines else type(exc).__name__}"}


def _counts(query: Query, tables: set[str]) -> dict[str, Any]:
    """Row counts, by the same statements on both engines."""
    stats: dict[str, Any] = {}

    def grouped(table: str, column: str) -> dict[str, int]:
        # Table and column names come from the fixed calls below, never from data.
        rows = query(f"SELECT {column}, COUNT(*) FROM {table} GROUP BY {column} ORDER BY {column}")
        return {str(key): int(count) for key, count in rows}

    def count(sql: str) -> int:
        return int(query(sql)[0][0])

    if "orders" in tables:
        by_stage = grouped("orders", "stage")
        stats["orders_by_stage"] = {_stage_name(k): v for k, v in by_stage.items()}
        stats["orders_open"] = count("SELECT COUNT(*) FROM orders WHERE is_open = 1")
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
    if "changes" in tables:  # the shared store's change log, which every station reads on from
        stats["changes"] = count("SELECT COUNT(*) FROM changes")
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

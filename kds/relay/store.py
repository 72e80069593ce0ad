"""The relay's durable store: how to open one, with its interface and records (`kds.relay.records`).

Two implementations share one SQL body (`kds.relay.sqlstore`): SQLite (the default, one file in
the platformdirs data dir) and PostgreSQL (a `postgresql://` DSN), which lets several relay
processes serve one database. Every write is a single short transaction, committed before the
relay answers the platform.

The database holds each tenant's webhook secrets (they are needed to verify signatures) and the
webhook payloads, which can carry customer data. Protect the file or database accordingly: the
SQLite file is created readable by its owner only.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from kds.relay.records import (
    ACKED_RETENTION,
    EVENT_NAMESPACE,
    PlatformSecret,
    RelayStore,
    StoredEvent,
    StoreError,
    Tenant,
    TenantExistsError,
    UnknownTenantError,
    event_id_for,
)
from kds.relay.sqlstore import PostgresRelayStore, SqliteRelayStore

__all__ = [
    "ACKED_RETENTION",
    "EVENT_NAMESPACE",
    "PlatformSecret",
    "RelayStore",
    "StoreError",
    "StoredEvent",
    "Tenant",
    "TenantExistsError",
    "UnknownTenantError",
    "default_db_path",
    "event_id_for",
    "is_postgres_dsn",
    "open_store",
]


def default_db_path() -> Path:
    """The SQLite file used when no `--db` is given."""
    return Path(platformdirs.user_data_dir("kds", appauthor=False)) / "relay.sqlite3"


def is_postgres_dsn(db: str) -> bool:
    """True for a PostgreSQL connection URI."""
    return db.startswith(("postgresql://", "postgres://"))


def open_store(db: str | Path | None = None) -> RelayStore:
    """Open (creating and migrating) the store: a SQLite path, a `postgresql://` DSN, or the default."""
    if db is not None and is_postgres_dsn(str(db)):
        return PostgresRelayStore(str(db))
    return SqliteRelayStore(Path(db) if db is not None else default_db_path())

"""Opening the station store: a SQLite file for one screen, or the restaurant's PostgreSQL for several."""

from __future__ import annotations

from pathlib import Path

from kds.store.db import Database


def open_database(target: Path | str, *, origin: str = "", password: str = "") -> Database:
    """The store at `target`: a PostgreSQL database for a `postgresql://` (or `postgres://`) URL, else a SQLite file.

    `origin` names this station in the change log of a shared store (PostgreSQL's `application_name`);
    a random name when empty. Raises `StoreError` with a one-line reason when the database cannot be
    opened (a malformed URL, an unreachable server, a refused password, a newer schema). `password`
    is the PostgreSQL password when the URL has none (it comes from the keyring; libpq's own
    `PGPASSWORD` and `~/.pgpass` work too).
    """
    text = str(target)
    if is_database_url(text):
        from kds.store.postgres import PostgresDatabase  # psycopg loads only when a station joins a restaurant

        return PostgresDatabase(text, origin=origin, password=password)
    return Database(target)


def is_database_url(text: str) -> bool:
    """True when `text` names a PostgreSQL server rather than a file."""
    return text.startswith(("postgresql://", "postgres://"))

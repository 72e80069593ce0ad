"""PostgreSQL for tests: the server `KDS_TEST_POSTGRES_DSN` names, one fresh schema per test.

Tests that need it skip when the variable is unset (`.ci/run` starts a server and sets it).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

POSTGRES_DSN = os.environ.get("KDS_TEST_POSTGRES_DSN", "")


def need_postgres() -> str:
    """The test server's URL; skips the test when there is none."""
    if not POSTGRES_DSN:
        pytest.skip("KDS_TEST_POSTGRES_DSN is not set")
    return POSTGRES_DSN


def in_schema(dsn: str, schema: str) -> str:
    """`dsn` with every connection's `search_path` set to `schema`."""
    return f"{dsn}{'&' if '?' in dsn else '?'}options=-csearch_path%3D{schema}"


@contextmanager
def fresh_schema(prefix: str = "kds_test") -> Iterator[str]:
    """A URL of the test server whose connections work in a new, empty schema, dropped afterwards."""
    import psycopg

    dsn = need_postgres()
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield in_schema(dsn, schema)
    finally:
        with psycopg.connect(dsn, autocommit=True) as conn:
            # Connections a test left open (a listener being killed) must not keep the schema alive.
            conn.execute(f"DROP SCHEMA {schema} CASCADE")

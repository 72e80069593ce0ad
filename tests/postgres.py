"""PostgreSQL for tests: the server `KDS_TEST_POSTGRES_DSN` names, one fresh schema per test.

Tests that need it skip when the variable is unset (`.ci/run` starts a server and sets it).
"""

from __future__ import annotations

import os
from contextlib import AbstractContextManager

import pytest

POSTGRES_DSN = os.environ.get("KDS_TEST_POSTGRES_DSN", "")


def need_postgres() -> str:
    """The test server's URL; skips the test when there is none."""
    if not POSTGRES_DSN:
        pytest.skip("KDS_TEST_POSTGRES_DSN is not set")
    return POSTGRES_DSN


def fresh_schema(prefix: str = "kds_test") -> AbstractContextManager[str]:
    """A URL of the test server whose connections work in a new, empty schema, dropped afterwards."""
    from kds.store.postgres import throwaway_schema

    return throwaway_schema(need_postgres(), prefix)

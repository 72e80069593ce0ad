"""Tenant names, tokens stored as hashes, and authentication."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kds.relay.sqlstore import SqliteRelayStore
from kds.relay.store import PlatformSecret, TenantExistsError, UnknownTenantError
from kds.relay.tenants import (
    authenticate,
    check_name,
    check_public_url,
    create_tenant,
    hash_token,
    rotate_token,
)

NOW = datetime(2026, 1, 1, 12, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[SqliteRelayStore]:
    opened = SqliteRelayStore(tmp_path / "relay.db")
    yield opened
    opened.close()


def test_token_is_shown_once_and_stored_only_as_its_hash(store: SqliteRelayStore) -> None:
    token = create_tenant(store, "acme", now=NOW, secrets_by_platform={"keeta_std": PlatformSecret("s", "1")})
    assert token.startswith("kdsr_") and len(token) > 40
    assert authenticate(store, token) == "acme"
    assert authenticate(store, token + "x") is None
    assert authenticate(store, "") is None
    wal = Path(f"{store.path}-wal")
    raw = store.path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    assert token.encode() not in raw
    assert hash_token(token).encode() in raw


def test_tokens_differ_and_rotation_revokes_the_old_one(store: SqliteRelayStore) -> None:
    first = create_tenant(store, "a", now=NOW)
    second = create_tenant(store, "b", now=NOW)
    assert first != second
    renewed = rotate_token(store, "a")
    assert authenticate(store, first) is None
    assert authenticate(store, renewed) == "a"
    assert authenticate(store, second) == "b"
    with pytest.raises(UnknownTenantError):
        rotate_token(store, "nobody")


def test_duplicate_name_is_refused(store: SqliteRelayStore) -> None:
    create_tenant(store, "acme", now=NOW)
    with pytest.raises(TenantExistsError):
        create_tenant(store, "acme", now=NOW)


@pytest.mark.parametrize("name", ["", "-a", "a/b", "a b", "ä", "x" * 65, "a?"])
def test_bad_names(name: str) -> None:
    with pytest.raises(ValueError, match="tenant name"):
        check_name(name)


def test_good_names() -> None:
    assert check_name("Acme_Brand-2") == "Acme_Brand-2"
    assert check_name("x" * 64) == "x" * 64


def test_public_urls() -> None:
    assert check_public_url("https://relay.example.com/") == "https://relay.example.com"
    assert check_public_url("https://example.com/kds") == "https://example.com/kds"
    assert check_public_url(None) is None
    for bad in ("ftp://x", "relay.example.com", "https://x/?a=1", "https://x/#f", "https://"):
        with pytest.raises(ValueError, match="public URL"):
            check_public_url(bad)

"""Keeta Standard's merchant token in the keyring: read back as written, written in a crash-safe order."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from kds.domain.order import Platform
from kds.platforms.keeta_std.tokens import MerchantToken
from kds.platforms.registry import SPECS
from kds.station.credentials import SecretStore
from kds.station.keyring_tokens import merchant_token, token_saver, write_token
from tests.conftest import MemoryKeyring

EXPIRES = datetime(2026, 6, 1, 8, 30, tzinfo=UTC)


class RecordingKeyring(MemoryKeyring):
    def __init__(self) -> None:
        super().__init__()
        self.writes: list[str] = []

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes.append(username)
        super().set_password(service, username, password)


def values(keyring: MemoryKeyring) -> dict[str, str]:
    return {key: value for (_, key), value in keyring.store.items()}


def test_written_refresh_token_first_and_read_back() -> None:
    keyring = RecordingKeyring()
    write_token(SecretStore(backend=keyring), MerchantToken("access-2", "refresh-2", EXPIRES), Platform.KEETA_STD)
    # A crash after any write leaves a refresh token that still works (see kds.station.keyring_tokens).
    assert keyring.writes == ["keeta_std/refresh_token", "keeta_std/access_token", "keeta_std/token_expires_at"]
    token = merchant_token(values(keyring), Platform.KEETA_STD)
    assert (token.access_token, token.refresh_token, token.expires_at) == ("access-2", "refresh-2", EXPIRES)


async def test_the_saver_writes_from_a_worker_thread() -> None:
    keyring = MemoryKeyring()
    await token_saver(SecretStore(backend=keyring), Platform.KEETA_STD)(MerchantToken("access-3", "refresh-3", EXPIRES))
    assert values(keyring)["keeta_std/access_token"] == "access-3"


def test_a_bare_token_typed_into_settings() -> None:
    token = merchant_token({"keeta_std/access_token": "typed"}, Platform.KEETA_STD)
    assert (token.access_token, token.refresh_token, token.expires_at) == ("typed", "", None)


def test_an_unreadable_or_naive_expiry_is_taken_as_unknown() -> None:
    for text in ("next tuesday", "2026-06-01T08:30:00"):
        token = merchant_token({"keeta_std/access_token": "a", "keeta_std/refresh_token": "r",
                                "keeta_std/token_expires_at": text}, Platform.KEETA_STD)
        assert token.expires_at is None and token.refresh_token == "r"


def test_a_token_without_refresh_token_or_expiry_removes_the_stale_entries() -> None:
    keyring = MemoryKeyring()
    store = SecretStore(backend=keyring)
    write_token(store, MerchantToken("access-1", "refresh-1", EXPIRES), Platform.KEETA_STD)
    write_token(store, MerchantToken("access-2"), Platform.KEETA_STD)
    assert values(keyring) == {"keeta_std/access_token": "access-2"}


def test_the_names_come_from_the_platforms_spec_and_a_platform_without_a_token_is_refused() -> None:
    keyring = RecordingKeyring()
    write_token(SecretStore(backend=keyring), MerchantToken("a", "r", EXPIRES), Platform.KEETA_STD)
    names = SPECS[Platform.KEETA_STD].tokens
    assert names is not None
    assert keyring.writes == [f"keeta_std/{n}" for n in (names.refresh, names.access, names.expires)]
    for platform, spec in SPECS.items():
        if spec.tokens is None:
            with pytest.raises(ValueError, match="no renewable token"):
                token_saver(SecretStore(backend=MemoryKeyring()), platform)

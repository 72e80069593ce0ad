"""SecretStore over keyring: the in-memory backend from conftest, a failing one, and refused ones."""

from __future__ import annotations

import logging

import keyring.backend
import keyring.backends.fail
import keyring.backends.null
import keyring.errors
import pytest

from kds.station.credentials import SERVICE, SecretStore, SecretStoreUnavailable, secret_key
from tests.conftest import MemoryKeyring

SECRET = "cs-7f1e9a0c-live-4b2d"


class BrokenKeyring(keyring.backend.KeyringBackend):
    """A backend whose service answers nothing (a locked or crashed Secret Service)."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("the collection is locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError("the Secret Service did not answer")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.InitError("no D-Bus session")


class PlaintextKeyring(MemoryKeyring):
    """Stands in for keyrings.alt's file backend (same module name, no file)."""


PlaintextKeyring.__module__ = "keyrings.alt.file"


def test_set_get_delete_in_the_keyring(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    key = secret_key("keeta_od", "client_secret")
    assert key == "keeta_od/client_secret"
    assert store.get(key) is None and not store.has(key)
    store.set(key, SECRET)
    assert memory_keyring.store == {(SERVICE, key): SECRET}
    assert store.get(key) == SECRET and store.has(key)
    store.set(key, "rotated")
    assert store.get(key) == "rotated"
    assert store.delete(key) is True
    assert store.delete(key) is False
    assert memory_keyring.store == {}


def test_keys_are_checked_and_empty_values_refused() -> None:
    store = SecretStore()
    for bad in ("client_secret", "keeta_od/", "/x", "Keeta OD/secret", "keeta_od/a b"):
        with pytest.raises(ValueError, match="not a secret key"):
            store.get(bad)
    with pytest.raises(ValueError, match="empty"):
        store.set("keeta_od/client_secret", "")


async def test_async_wrappers_run_in_a_thread(memory_keyring: MemoryKeyring) -> None:
    store = SecretStore()
    await store.aset("gofood/client_secret", SECRET)
    assert await store.aget("gofood/client_secret") == SECRET
    assert await store.acheck() == "tests.conftest.MemoryKeyring"
    assert await store.adelete("gofood/client_secret") is True
    assert memory_keyring.store == {}


def test_a_failing_backend_becomes_secret_store_unavailable(caplog: pytest.LogCaptureFixture) -> None:
    store = SecretStore(backend=BrokenKeyring())
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SecretStoreUnavailable, match="could not store keeta_od/client_secret"):
        store.set("keeta_od/client_secret", SECRET)
    with pytest.raises(SecretStoreUnavailable, match="locked"):
        store.get("keeta_od/client_secret")
    with pytest.raises(SecretStoreUnavailable):
        store.delete("keeta_od/client_secret")
    assert SECRET not in caplog.text


@pytest.mark.parametrize("backend", [keyring.backends.fail.Keyring(), keyring.backends.null.Keyring(),
                                     PlaintextKeyring()], ids=["fail", "null", "plaintext"])
def test_no_keyring_or_an_insecure_one_is_refused(backend: keyring.backend.KeyringBackend) -> None:
    keyring.set_keyring(backend)  # the autouse fixture puts the memory keyring back afterwards
    store = SecretStore()
    with pytest.raises(SecretStoreUnavailable) as raised:
        store.set("keeta_od/client_secret", SECRET)
    assert "keyring" in str(raised.value) and SECRET not in str(raised.value)
    with pytest.raises(SecretStoreUnavailable):
        store.get("keeta_od/client_secret")
    if isinstance(backend, PlaintextKeyring):
        assert backend.store == {}  # nothing reached the plaintext backend
        assert "keyrings.alt" in str(raised.value)


async def test_the_async_wrappers_raise_the_same_error() -> None:
    store = SecretStore(backend=BrokenKeyring())
    with pytest.raises(SecretStoreUnavailable):
        await store.aget("keeta_od/client_secret")


def test_values_are_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    store = SecretStore()
    store.set("keeta_od/client_secret", SECRET)
    store.get("keeta_od/client_secret")
    store.delete("keeta_od/client_secret")
    assert "keeta_od/client_secret" in caplog.text  # the key is logged...
    assert SECRET not in caplog.text  # ...the value never

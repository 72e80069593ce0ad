"""The fallbacks for a station without a keyring: the PIN-encrypted file and the credentials for this run."""

from __future__ import annotations

import json
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest

from kds.station.credentials import SecretStoreUnavailable
from kds.station.secret_file import MemorySecrets, PinFileSecrets, SecretsLocked, StationSecrets, WrongPin
from kds.station.settings import CredentialStore

SECRET = "od-secret-5f0c9a7e21b34d6f"


def test_the_pin_file_round_trips_and_holds_no_plain_secret(tmp_path: Path) -> None:
    path = tmp_path / "credentials.enc"
    file = PinFileSecrets(path, n=2**12)
    file.unlock("480716")
    file.set("keeta_od/client_secret", SECRET)
    file.set("keeta_od/client_id", "od-client-8d41")
    assert SECRET.encode() not in path.read_bytes() and b"od-client-8d41" not in path.read_bytes()
    assert path.stat().st_mode & 0o077 == 0  # readable by this user only

    again = PinFileSecrets(path)
    with pytest.raises(SecretsLocked):
        again.get("keeta_od/client_secret")
    again.unlock("480716")
    assert again.get("keeta_od/client_secret") == SECRET
    assert again.delete("keeta_od/client_id") and not again.delete("keeta_od/client_id")
    assert PinFileSecrets(path).unlock("480716") is None


def test_a_wrong_pin_or_a_changed_file_cannot_read_it(tmp_path: Path) -> None:
    path = tmp_path / "credentials.enc"
    file = PinFileSecrets(path, n=2**12)
    file.unlock("480716")
    file.set("keeta_od/client_secret", SECRET)
    other = PinFileSecrets(path)
    with pytest.raises(WrongPin):
        other.unlock("480717")
    assert not other.unlocked
    with pytest.raises(SecretsLocked):
        other.get("keeta_od/client_secret")

    sealed = json.loads(path.read_text())
    sealed["kdf"]["n"] = 2**13  # the key parameters are authenticated with the contents
    path.write_text(json.dumps(sealed))
    with pytest.raises(WrongPin):
        PinFileSecrets(path).unlock("480716")


def test_a_new_pin_re_encrypts_the_file(tmp_path: Path) -> None:
    path = tmp_path / "credentials.enc"
    file = PinFileSecrets(path, n=2**12)
    file.unlock("480716")
    file.set("keeta_od/client_secret", SECRET)
    file.rekey("90210455")
    with pytest.raises(WrongPin):
        PinFileSecrets(path).unlock("480716")
    reopened = PinFileSecrets(path)
    reopened.unlock("90210455")
    assert reopened.get("keeta_od/client_secret") == SECRET


def test_the_station_store_sends_each_call_to_the_place_chosen(tmp_path: Path) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    store = StationSecrets(file=PinFileSecrets(tmp_path / "credentials.enc", n=2**12))
    assert store.keyring_problem() is not None
    with pytest.raises(SecretStoreUnavailable):
        store.set("keeta_od/client_secret", SECRET)
    store.mode = CredentialStore.THIS_RUN
    store.set("keeta_od/client_secret", SECRET)
    assert store.get("keeta_od/client_secret") == SECRET and not (tmp_path / "credentials.enc").exists()
    store.mode = CredentialStore.PIN_FILE
    with pytest.raises(SecretsLocked):
        store.check()
    store.file.unlock("480716")
    assert store.get("keeta_od/client_secret") is None  # each place holds only its own
    store.set("keeta_od/client_secret", SECRET)
    assert (tmp_path / "credentials.enc").exists()


def test_memory_secrets_refuse_malformed_keys() -> None:
    with pytest.raises(ValueError, match="not a secret key"):
        MemorySecrets().set("not a key", "x")

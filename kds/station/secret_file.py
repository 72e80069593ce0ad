"""Where credentials go on a station without a usable OS keyring, when staff choose so explicitly.

The OS keyring stays the only place used by default (`kds.station.credentials`). When it cannot be
used, staff choose one of two fallbacks (`kds.station.settings.CredentialStore`); the README says the
trade-off:

- THIS_RUN (`MemorySecrets`): the credentials typed at start stay in this process's memory only and
  are gone when KDS exits. Nothing on disk; someone types them again at each start.
- PIN_FILE (`PinFileSecrets`): an encrypted file beside the settings, unlocked at each start with the
  manager PIN. The key is derived from the PIN with scrypt (a salt per file, costly on purpose) and
  the file is sealed with AES-256-GCM, so a changed or truncated file is refused rather than misread.
  The file is only as strong as the PIN: whoever copies it can try PINs offline, and scrypt makes
  each try cost about a second of one CPU core and 128 MiB, which makes a 4-digit PIN a matter of
  hours and a 10-digit one of centuries. A long PIN matters.

`StationSecrets` is the store the app uses: a `SecretStore` that sends every read and write to the
place chosen, so the setup forms, the runtime and the token renewal need not know which it is.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import logging
import secrets
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import keyring.backend

from kds.station.credentials import SERVICE, SecretStore, SecretStoreUnavailable, check_key
from kds.station.settings import CredentialStore, settings_path, write_private

log = logging.getLogger(__name__)

FILE_NAME = "credentials.enc"
KDF_N = 2**17
"""scrypt's cost: 128 MiB and about a second per try (the PIN unlocks the file once per start, in a worker thread)."""
_FORMAT = "kds-credentials"


class SecretsLocked(SecretStoreUnavailable):
    """The encrypted credentials file has not been unlocked with the manager PIN yet."""


class WrongPin(ValueError):  # noqa: N818 - reads as what happened
    """The PIN does not open the encrypted credentials file (or the file was changed)."""


def secrets_path() -> Path:
    """The encrypted credentials file, beside the settings file."""
    return settings_path().parent / FILE_NAME


class MemorySecrets:
    """Credentials for this run only: a dictionary in memory, never written anywhere."""

    def __init__(self) -> None:
        """Empty."""
        self._values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        """The value under `key`, or None."""
        check_key(key)
        return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        """Keep `value` under `key` until KDS exits."""
        check_key(key)
        self._values[key] = value

    def delete(self, key: str) -> bool:
        """Forget `key`; False when there was nothing."""
        check_key(key)
        return self._values.pop(key, None) is not None


class PinFileSecrets:
    """Credentials in a file encrypted with a key derived from the manager PIN (see the module docs)."""

    def __init__(self, path: Path | None = None, *, n: int = KDF_N) -> None:
        """The file at `path` (default `secrets_path()`); `n` is scrypt's cost for a new file."""
        self.path = path or secrets_path()
        self._n = n
        self._key: bytes | None = None
        self._kdf: dict[str, Any] = {}
        self._values: dict[str, str] = {}

    @property
    def exists(self) -> bool:
        """True when the file is on disk."""
        return self.path.exists()

    @property
    def unlocked(self) -> bool:
        """True once `unlock` succeeded (until `lock`)."""
        return self._key is not None

    def unlock(self, pin: str) -> None:
        """Open the file with `pin` (a new, empty one is made on the first write when there is none).

        Slow on purpose (scrypt): call it in a worker thread.

        Raises:
            WrongPin: `pin` does not open the file, or the file was changed.
            SecretStoreUnavailable: the file cannot be read.
        """
        if not self.exists:
            self._kdf = {"name": "scrypt", "n": self._n, "r": 8, "p": 1, "salt": secrets.token_bytes(16).hex()}
            self._key, self._values = _derive(pin, self._kdf), {}
            return
        try:
            sealed = json.loads(self.path.read_text(encoding="utf-8"))
            kdf = dict(sealed["kdf"])
            nonce, data = bytes.fromhex(sealed["nonce"]), base64.b64decode(sealed["data"], validate=True)
        except OSError as exc:
            raise SecretStoreUnavailable(f"The credentials file cannot be read: {exc.strerror or exc}") from exc
        except (ValueError, KeyError, TypeError, binascii.Error) as exc:
            raise WrongPin("the credentials file is damaged") from exc
        key = _derive(pin, kdf)
        # cryptography is loaded here and in `_write`: most stations never open a PIN file.
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            plain = AESGCM(key).decrypt(nonce, data, _header(kdf))
        except InvalidTag:
            raise WrongPin("the PIN does not open the credentials file") from None
        self._key, self._kdf, self._values = key, kdf, dict(json.loads(plain))

    def lock(self) -> None:
        """Forget the key and the values (the file stays)."""
        self._key, self._values = None, {}

    def rekey(self, pin: str) -> None:
        """Encrypt the open file again with a new PIN (the manager PIN changed)."""
        values = self._require()
        self._kdf = {"name": "scrypt", "n": self._n, "r": 8, "p": 1, "salt": secrets.token_bytes(16).hex()}
        self._key = _derive(pin, self._kdf)
        self._write(values)

    def check(self) -> str:
        """What the store is, once it is unlocked.

        Raises:
            SecretsLocked: not unlocked yet.
        """
        self._require()
        return "encrypted file"

    def get(self, key: str) -> str | None:
        """The value under `key`, or None.

        Raises:
            SecretsLocked: not unlocked yet.
        """
        check_key(key)
        return self._require().get(key)

    def set(self, key: str, value: str) -> None:
        """Store `value` under `key` and write the file.

        Raises:
            SecretsLocked: not unlocked yet.
        """
        check_key(key)
        values = dict(self._require())
        values[key] = value
        self._write(values)

    def delete(self, key: str) -> bool:
        """Remove `key` and write the file; False when there was nothing.

        Raises:
            SecretsLocked: not unlocked yet.
        """
        check_key(key)
        values = dict(self._require())
        if values.pop(key, None) is None:
            return False
        self._write(values)
        return True

    def _require(self) -> dict[str, str]:
        if self._key is None:
            raise SecretsLocked("The credentials file is locked: enter the manager PIN to unlock it.")
        return self._values

    def _write(self, values: dict[str, str]) -> None:
        assert self._key is not None
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        nonce = secrets.token_bytes(12)  # random per write: never reused with the same key in practice
        data = AESGCM(self._key).encrypt(nonce, json.dumps(values).encode("utf-8"), _header(self._kdf))
        sealed = {"format": _FORMAT, "version": 1, "cipher": "AES-256-GCM", "kdf": self._kdf, "nonce": nonce.hex(),
                  "data": base64.b64encode(data).decode("ascii")}
        try:
            write_private(self.path, (json.dumps(sealed, indent=2) + "\n").encode("utf-8"))
        except OSError as exc:
            raise SecretStoreUnavailable(f"The credentials file cannot be written: {exc.strerror or exc}") from exc
        self._values = values
        log.info("credentials file written (%d entries)", len(values))


def _header(kdf: dict[str, Any]) -> bytes:
    """The associated data: the file's format and key parameters are authenticated with its contents."""
    return json.dumps({"format": _FORMAT, "version": 1, "kdf": kdf}, sort_keys=True).encode("utf-8")


def _derive(pin: str, kdf: dict[str, Any]) -> bytes:
    if kdf.get("name") != "scrypt":
        raise WrongPin("unknown key derivation")
    n, r, p = int(kdf["n"]), int(kdf["r"]), int(kdf["p"])
    # maxmem: scrypt needs 128 * n * r bytes; OpenSSL's default cap (32 MiB) is too small past n=2**15.
    return hashlib.scrypt(pin.encode(), salt=bytes.fromhex(kdf["salt"]), n=n, r=r, p=p, dklen=32,
                          maxmem=256 * n * r + 2**20)


class StationSecrets(SecretStore):
    """The station's credentials, in the place staff chose (`mode`): the OS keyring, memory, or the PIN file."""

    def __init__(self, mode: CredentialStore = CredentialStore.KEYRING, *, service: str = SERVICE,
                 backend: keyring.backend.KeyringBackend | None = None, file: PinFileSecrets | None = None) -> None:
        """Use the OS keyring (`backend`, as `SecretStore` does) unless `mode` says otherwise."""
        super().__init__(service, backend)
        self.mode = mode
        self.this_run = MemorySecrets()
        self.file = file or PinFileSecrets()

    def keyring_problem(self) -> str | None:
        """Why the OS keyring cannot be used, or None when it can (whatever `mode` is)."""
        try:
            super().check()
        except SecretStoreUnavailable as exc:
            return str(exc)
        return None

    def check(self) -> str:
        """Make sure the chosen place can hold secrets; what it is.

        Raises:
            SecretStoreUnavailable: the keyring cannot be used (or, as `SecretsLocked`, the file is locked).
        """
        if self.mode is CredentialStore.THIS_RUN:
            return "memory (this run only)"
        if self.mode is CredentialStore.PIN_FILE:
            return self.file.check()
        return super().check()

    def get(self, key: str) -> str | None:
        """The secret under `key` in the chosen place, or None."""
        if self.mode is CredentialStore.THIS_RUN:
            return self.this_run.get(key)
        if self.mode is CredentialStore.PIN_FILE:
            return self.file.get(key)
        return super().get(key)

    def set(self, key: str, value: str) -> None:
        """Store `value` under `key` in the chosen place."""
        if not value:
            raise ValueError("an empty secret cannot be stored; delete the entry instead")
        if self.mode is CredentialStore.THIS_RUN:
            self.this_run.set(key, value)
        elif self.mode is CredentialStore.PIN_FILE:
            self.file.set(key, value)
        else:
            super().set(key, value)

    def delete(self, key: str) -> bool:
        """Remove `key` from the chosen place; False when there was nothing."""
        if self.mode is CredentialStore.THIS_RUN:
            return self.this_run.delete(key)
        if self.mode is CredentialStore.PIN_FILE:
            return self.file.delete(key)
        return super().delete(key)

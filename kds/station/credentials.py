"""Platform credentials in the operating system's keyring, and nowhere else.

`SecretStore` is a small layer over `keyring` (Windows Credential Locker, macOS Keychain, the Secret
Service of GNOME Keyring or KWallet on Linux). Entries live under the service name "kds" with keys
`<platform>/<name>`, e.g. `<platform>/client_secret`.

Every keyring failure becomes `SecretStoreUnavailable`, with words a person can act on; the typical
case is a Linux machine without a running Secret Service, where keyring falls back to a backend that
raises `NoKeyringError` on every call. The store also refuses the plaintext file backends of the
`keyrings.alt` package, which keyring selects silently when that package is installed: secrets in a
plain file are exactly what the keyring is for avoiding (`keyrings.alt` is never a dependency of KDS).

Keyring calls can block for a long time (a D-Bus unlock prompt), so async code uses the `a*`
methods, which run the call in a worker thread. Values are never logged; keys are.
"""

from __future__ import annotations

import asyncio
import logging
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import keyring.backend
    import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "kds"

_KEY = re.compile(r"[a-z0-9_]+(/[A-Za-z0-9_.-]+)+")

# Backends that keep secrets readable in a file or not at all; keyring picks the first ones by itself
# when keyrings.alt is installed and no Secret Service answers.
_REFUSED_MODULES = ("keyrings.alt",)
_REFUSED_BACKENDS = ("keyring.backends.fail.Keyring", "keyring.backends.null.Keyring")


class SecretStoreUnavailable(Exception):  # noqa: N818 - the name says what the UI tells staff
    """The OS keyring cannot be used; the message says why and what to do."""


def secret_key(platform: str, name: str) -> str:
    """The key of one secret of a platform, e.g. `secret_key(platform.value, "client_secret")`."""
    return f"{platform}/{name}"


STORE_PASSWORD = secret_key("store", "password")
"""The password of the restaurant's shared store (its address is in the settings, without it)."""


def backend_name(backend: keyring.backend.KeyringBackend) -> str:
    """`module.Class` of a keyring backend (what `PYTHON_KEYRING_BACKEND` takes)."""
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


class SecretStore:
    """Reads and writes secrets in the OS keyring under one service name."""

    def __init__(self, service: str = SERVICE, backend: keyring.backend.KeyringBackend | None = None) -> None:
        """Use `backend`, or the keyring's current backend at each call when None (what tests replace)."""
        self.service = service
        self._backend = backend

    @property
    def backend(self) -> keyring.backend.KeyringBackend:
        """The keyring backend in use."""
        if self._backend is not None:
            return self._backend
        import keyring  # here, not at the top: keyring finds its backends on import, which start-up need not wait for

        return keyring.get_keyring()

    def check(self) -> str:
        """Make sure the keyring can hold secrets; return the backend's name.

        Raises:
            SecretStoreUnavailable: no usable keyring (none running, or only a plaintext or null one).
        """
        backend = self.backend
        name = backend_name(backend)
        chain = getattr(backend, "backends", None)  # keyring's ChainerBackend holds several
        names = [backend_name(b) for b in chain] if chain else [name]
        if not names or all(_refused(n) for n in names):
            raise SecretStoreUnavailable(
                f"No secure keyring is available (found {', '.join(names) or 'none'}). Passwords are only "
                "kept in the system keyring: on Linux start a Secret Service (GNOME Keyring or KWallet) "
                "in the desktop session; without one, KDS can keep them for this run only or in a file encrypted "
                "with the manager PIN, if staff choose so.")
        if any(n.startswith(_REFUSED_MODULES) for n in names):
            raise SecretStoreUnavailable(
                f"The keyring backend {name} would keep passwords in a plain file. Remove the keyrings.alt "
                "package or set PYTHON_KEYRING_BACKEND to a secure backend.")
        return name

    def get(self, key: str) -> str | None:
        """The secret stored under `key`, or None when there is none.

        Raises:
            SecretStoreUnavailable: the keyring cannot be used.
        """
        check_key(key)
        self.check()
        import keyring.errors

        try:
            return self.backend.get_password(self.service, key)
        except keyring.errors.KeyringError as exc:
            raise _unavailable("read", key, exc) from exc

    def set(self, key: str, value: str) -> None:
        """Store `value` under `key`, replacing what was there.

        Raises:
            SecretStoreUnavailable: the keyring cannot be used.
            ValueError: `key` is malformed or `value` is empty (use `delete`).
        """
        check_key(key)
        if not value:
            raise ValueError("an empty secret cannot be stored; delete the entry instead")
        self.check()
        import keyring.errors

        try:
            self.backend.set_password(self.service, key, value)
        except keyring.errors.KeyringError as exc:
            raise _unavailable("store", key, exc) from exc
        log.info("secret %s stored in the keyring", key)

    def delete(self, key: str) -> bool:
        """Remove the secret under `key`; False when there was none.

        Raises:
            SecretStoreUnavailable: the keyring cannot be used.
        """
        check_key(key)
        self.check()
        import keyring.errors

        try:
            self.backend.delete_password(self.service, key)
        except keyring.errors.PasswordDeleteError:
            # Raised both for "no such entry" and by some backends for real failures; reading back tells which.
            if self.get(key) is None:
                return False
            raise SecretStoreUnavailable(f"The keyring refused to delete {key}.") from None
        except keyring.errors.KeyringError as exc:
            raise _unavailable("delete", key, exc) from exc
        log.info("secret %s deleted from the keyring", key)
        return True

    def has(self, key: str) -> bool:
        """True when a secret is stored under `key`."""
        return self.get(key) is not None

    async def aget(self, key: str) -> str | None:
        """`get` in a worker thread (keyring may wait for an unlock prompt)."""
        return await asyncio.to_thread(self.get, key)

    async def aset(self, key: str, value: str) -> None:
        """`set` in a worker thread."""
        await asyncio.to_thread(self.set, key, value)

    async def adelete(self, key: str) -> bool:
        """`delete` in a worker thread."""
        return await asyncio.to_thread(self.delete, key)

    async def acheck(self) -> str:
        """`check` in a worker thread (finding the backend may talk to D-Bus)."""
        return await asyncio.to_thread(self.check)


def _refused(name: str) -> bool:
    return name in _REFUSED_BACKENDS or name.startswith(_REFUSED_MODULES)


def check_key(key: str) -> None:
    """Refuse a malformed secret key.

    Raises:
        ValueError: `key` is not `<platform>/<name>`.
    """
    if not _KEY.fullmatch(key):
        raise ValueError(f"not a secret key: {key!r} (use platform/name, e.g. <platform>/client_secret)")


def _unavailable(verb: str, key: str, exc: keyring.errors.KeyringError) -> SecretStoreUnavailable:
    # The keyring's own message names the backend and the reason, never the value.
    log.warning("keyring could not %s %s: %s: %s", verb, key, type(exc).__name__, exc)
    return SecretStoreUnavailable(f"The system keyring could not {verb} {key}: {exc}")

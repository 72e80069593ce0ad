"""A platform's renewable merchant token in the OS keyring: read at start, written back at every renewal.

Three entries of the platform in the keyring (`kds.station.credentials`, never a file), named by its
spec's `TokenNames` (`kds.platforms.spec`): the access token, the refresh token (single use on the
platforms that have one) and the expiry (ISO 8601). Settings writes the first two as the owner
types them; the runtime hands `token_saver` to the adapter, which calls it the moment the platform
answers a renewal, before the new token is used. The old refresh token is spent by then, so a
restart must find the new one.

The entries are written refresh token first, then the access token, then the expiry, so a crash
between two writes leaves something that still works: the new refresh token with the old access
token and expiry (the renewal is due again and succeeds), or the new pair with the old expiry (one
renewal more). Written the other way, a new access token beside a spent refresh token would fail
to renew for good.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping

from kds.domain.order import Platform
from kds.platforms.registry import spec_for
from kds.platforms.spec import RenewableToken, TokenNames
from kds.station.credentials import SecretStore, secret_key

log = logging.getLogger(__name__)

ACCESS, REFRESH, EXPIRES = "access_token", "refresh_token", "token_expires_at"
"""The names every registered renewable token uses today, below the platform (`<platform>/access_token`, ...);
the code reads each platform's own from its spec."""


def token_names(platform: Platform) -> TokenNames:
    """The keyring names of `platform`'s renewable token.

    Raises:
        UnknownPlatformError: `platform` is not registered.
        ValueError: its spec has no renewable token.
    """
    names = spec_for(platform).tokens
    if names is None:
        raise ValueError(f"{platform.value} has no renewable token")
    return names


def merchant_token(values: Mapping[str, str], platform: Platform) -> RenewableToken:
    """The token of `platform` in `values` (keyring entries by key, as `runtime.read_credentials` returns them)."""
    names = token_names(platform)

    def get(name: str) -> str:
        return values.get(secret_key(platform.value, name), "")

    return names.load(get(names.access), get(names.refresh), get(names.expires))


def write_token(store: SecretStore, token: RenewableToken, platform: Platform) -> None:
    """Store `platform`'s `token` (blocking), in the crash-safe order of the module docstring.

    Raises:
        SecretStoreUnavailable: the keyring cannot be used.
    """
    names, key = token_names(platform), platform.value
    if token.refresh_token:
        store.set(secret_key(key, names.refresh), token.refresh_token)
    else:
        store.delete(secret_key(key, names.refresh))
    store.set(secret_key(key, names.access), token.access_token)
    if token.expires_at is not None:
        store.set(secret_key(key, names.expires), token.expires_at.isoformat())
    else:
        store.delete(secret_key(key, names.expires))


def token_saver(store: SecretStore, platform: Platform) -> Callable[[RenewableToken], Awaitable[None]]:
    """`on_token_refresh` for `platform`'s adapter: writes each renewed token to the keyring in a worker thread.

    Raises:
        UnknownPlatformError: `platform` is not registered.
        ValueError: its spec has no renewable token (checked now, not at the first renewal).
    """
    token_names(platform)

    async def save(token: RenewableToken) -> None:
        def write() -> None:
            write_token(store, token, platform)

        # A closure, not to_thread(write_token, store, token): qasync logs a worker's arguments at debug level.
        await asyncio.to_thread(write)
        log.info("renewed %s token stored in the keyring", platform.value)

    return save

"""Keeta Standard's merchant token in the OS keyring: read at start, written back at every renewal.

Three entries of the platform in the keyring (`kds.station.credentials`, never a file): `access_token`,
`refresh_token` (Keeta's are single use) and `token_expires_at` (ISO 8601). Settings writes the
first two as the owner types them; the runtime hands `token_saver` to the adapter, which calls it
the moment Keeta answers a renewal, before the new token is used. The old refresh token is spent
by then, so a restart must find the new one.

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
from kds.platforms.keeta_std.tokens import MerchantToken, stored_token
from kds.station.credentials import SecretStore, secret_key

log = logging.getLogger(__name__)

ACCESS, REFRESH, EXPIRES = "access_token", "refresh_token", "token_expires_at"
"""The keyring names, below the platform (`keeta_std/access_token`, ...)."""


def merchant_token(values: Mapping[str, str], platform: Platform = Platform.KEETA_STD) -> MerchantToken:
    """The token in `values` (keyring entries by key, as `runtime.read_credentials` returns them)."""

    def get(name: str) -> str:
        return values.get(secret_key(platform.value, name), "")

    return stored_token(get(ACCESS), get(REFRESH), get(EXPIRES))


def write_token(store: SecretStore, token: MerchantToken, platform: Platform = Platform.KEETA_STD) -> None:
    """Store `token` (blocking), in the crash-safe order of the module docstring.

    Raises:
        SecretStoreUnavailable: the keyring cannot be used.
    """
    key = platform.value
    if token.refresh_token:
        store.set(secret_key(key, REFRESH), token.refresh_token)
    else:
        store.delete(secret_key(key, REFRESH))
    store.set(secret_key(key, ACCESS), token.access_token)
    if token.expires_at is not None:
        store.set(secret_key(key, EXPIRES), token.expires_at.isoformat())
    else:
        store.delete(secret_key(key, EXPIRES))


def token_saver(store: SecretStore, platform: Platform = Platform.KEETA_STD) -> Callable[[MerchantToken],
                                                                                          Awaitable[None]]:
    """`on_token_refresh` for the adapter: writes each renewed token to the keyring in a worker thread."""

    async def save(token: MerchantToken) -> None:
        def write() -> None:
            write_token(store, token, platform)

        # A closure, not to_thread(write_token, store, token): qasync logs a worker's arguments at debug level.
        await asyncio.to_thread(write)
        log.info("renewed %s token stored in the keyring", platform.value)

    return save

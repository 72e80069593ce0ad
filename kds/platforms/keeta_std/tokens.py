"""The merchant access token: 90 days long, refreshed days before it runs out, persisted by the app.

Keeta's merchant token (reference §3.2) lasts `expiresIn` = 7,776,000 s and comes with a
single-use refresh token; Keeta advises refreshing 3–5 days before expiry. `TokenKeeper` checks on
every call whether the refresh is due (on the injected wall clock, because the expiry is an
absolute time that outlives restarts), refreshes at most once at a time, and hands every new token
to `on_refresh` so the app can store it (in the OS keyring) before the old refresh token is lost.
`on_refresh` may be a coroutine function (the keyring is written in a worker thread); it is
awaited before the call that needed the token goes on, so a stop right after cannot lose it.

A token whose expiry is not known but that came with a refresh token (typed into Settings from
Keeta's authorization answer) is refreshed at its first use: the answer says when it expires.

A failed refresh is not fatal while the current token is still valid: it is retried after
`retry_interval`, and `status()` reports it (the board turns red). Only an expired token with no
working refresh raises `PlatformAuthError` (staff must authorize the app again).
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from kds.clock import Clock
from kds.domain.credentials import CredentialStatus
from kds.domain.order import Platform
from kds.platforms.base import PlatformAuthError, PlatformError
from kds.platforms.keeta_std.models import TokenData, from_ms

log = logging.getLogger(__name__)

DEFAULT_REFRESH_MARGIN = timedelta(days=5)
DEFAULT_RETRY_INTERVAL = timedelta(minutes=10)


@dataclass(frozen=True, slots=True)
class MerchantToken:
    """A merchant's access token, its refresh token and when it expires (None: not known)."""

    access_token: str = field(repr=False)
    refresh_token: str = field(default="", repr=False)
    expires_at: datetime | None = None
    scope: str = ""

    @classmethod
    def from_wire(cls, data: TokenData, received_at: datetime) -> MerchantToken:
        """The token of a `/base/oauth/token` answer (`issuedAtTime` if sent, else `received_at`)."""
        issued = from_ms(data.issuedAtTime) if data.issuedAtTime else received_at
        return cls(data.accessToken, data.refreshToken, issued + timedelta(seconds=data.expiresIn), data.scope)

    def dumps(self) -> str:
        """JSON text for the keyring."""
        return json.dumps({"accessToken": self.access_token, "refreshToken": self.refresh_token,
                           "expiresAt": self.expires_at.isoformat() if self.expires_at else None,
                           "scope": self.scope})

    @classmethod
    def loads(cls, text: str) -> MerchantToken:
        """Inverse of `dumps`."""
        data = json.loads(text)
        expires = data.get("expiresAt")
        return cls(str(data["accessToken"]), str(data.get("refreshToken") or ""),
                   datetime.fromisoformat(expires) if expires else None, str(data.get("scope") or ""))


def stored_token(access_token: str, refresh_token: str = "", expires_at: str = "") -> MerchantToken:
    """A token from the text it is kept as (the keyring's entries).

    An expiry that is not an ISO 8601 time with a time zone is taken as unknown (the token is then renewed
    at its first use).
    """
    expires: datetime | None = None
    text = expires_at.strip()
    if text:
        try:
            expires = datetime.fromisoformat(text)
        except ValueError:
            log.warning("the stored token expiry is not a time; it is taken as unknown")
        else:
            if expires.tzinfo is None:
                expires = None
    return MerchantToken(access_token.strip(), refresh_token.strip(), expires)


Refresher = Callable[[str], Awaitable[MerchantToken]]
"""Exchanges a refresh token for a new `MerchantToken` (`KeetaStdClient.refresh_token`)."""

OnRefresh = Callable[[MerchantToken], Awaitable[None] | None]
"""Stores a new token (plain function or coroutine function)."""


class TokenKeeper:
    """Holds the current merchant token and refreshes it ahead of expiry.

    Pass `keeper.access_token` as the client's `access_token_provider`, and the client's
    `refresh_token` as `refresher` (`create_adapter` wires both).
    """

    def __init__(self, token: MerchantToken, clock: Clock, *, refresher: Refresher | None = None,
                 on_refresh: OnRefresh | None = None,
                 refresh_margin: timedelta = DEFAULT_REFRESH_MARGIN,
                 retry_interval: timedelta = DEFAULT_RETRY_INTERVAL) -> None:
        """Keep `token`; refresh it `refresh_margin` before it expires; report new ones to `on_refresh`."""
        self.token = token
        self.clock = clock
        self.refresher = refresher
        self.on_refresh = on_refresh
        self.refresh_margin = refresh_margin
        self.retry_interval = retry_interval
        self._lock = asyncio.Lock()
        self._next_attempt: datetime | None = None
        self.refreshes = 0
        self.refresh_error = ""  # why the last refresh failed ("" once one succeeds)

    def refresh_due(self) -> bool:
        """True once the token can be refreshed and is within `refresh_margin` of expiry (or its expiry is unknown)."""
        token = self.token
        if not token.refresh_token or self.refresher is None:
            return False
        return token.expires_at is None or self.clock.now() >= token.expires_at - self.refresh_margin

    def status(self, platform: Platform = Platform.KEETA_STD) -> CredentialStatus:
        """The token's expiry and the state of its renewal, for the board and Settings."""
        return CredentialStatus(platform, self.token.expires_at,
                                refreshable=bool(self.token.refresh_token and self.refresher is not None),
                                refresh_failed=bool(self.refresh_error), message=self.refresh_error)

    def expired(self) -> bool:
        """True once the current token has run out."""
        return self.token.expires_at is not None and self.clock.now() >= self.token.expires_at

    async def access_token(self) -> str:
        """A usable access token, refreshed first when that is due."""
        if self.refresh_due() and (self._next_attempt is None or self.clock.now() >= self._next_attempt):
            async with self._lock:
                if self.refresh_due():
                    await self._try_refresh()
        if self.expired():
            raise PlatformAuthError("Keeta merchant access token expired: authorize the app again",
                                    code="token_expired")
        return self.token.access_token

    async def refresh(self) -> MerchantToken:
        """Refresh now (raises what the refresh raised)."""
        if self.refresher is None or not self.token.refresh_token:
            raise PlatformAuthError("no refresh token: authorize the app again", code="no_refresh_token")
        async with self._lock:
            try:
                new = await self.refresher(self.token.refresh_token)
            except PlatformError as exc:
                self.refresh_error = str(exc) or "no reason given"
                raise
            await self._adopt(new)
            return new

    async def _try_refresh(self) -> None:
        assert self.refresher is not None
        try:
            new = await self.refresher(self.token.refresh_token)
        except PlatformError as exc:
            self._next_attempt = self.clock.now() + self.retry_interval
            self.refresh_error = str(exc) or "no reason given"
            log.warning("Keeta token refresh failed (%s); the current token expires %s", exc,
                        self.token.expires_at.isoformat() if self.token.expires_at else "?")
            return
        await self._adopt(new)

    async def _adopt(self, new: MerchantToken) -> None:
        self.token = new
        self._next_attempt = None
        self.refresh_error = ""
        self.refreshes += 1
        log.info("Keeta merchant token refreshed; valid until %s",
                 new.expires_at.isoformat() if new.expires_at else "?")
        if self.on_refresh is not None:
            # The old refresh token is spent: the new one must be stored now or it is lost.
            try:
                stored = self.on_refresh(new)
                if stored is not None:
                    await stored
            except Exception:  # the token still works for this run; storing it failed
                log.exception("storing the refreshed Keeta token failed")

"""Credentials that run out: when a platform's access token expires, and when staff must hear of it.

Keeta Standard's merchant access token lasts 90 days; KDS renews it by itself a few days before.
The board warns from `WARN_BEFORE` ahead of the expiry (a renewal normally ends the warning), and
turns red once the token has expired or a renewal failed. Pure: the time is passed in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from kds.domain.order import Platform

WARN_BEFORE = timedelta(days=7)
"""How long before the expiry the board starts warning."""


class TokenAlert(StrEnum):
    """What the board says about a platform's access token."""

    NONE = ""
    EXPIRING = "expiring"  # within WARN_BEFORE of the expiry: amber
    REFRESH_FAILED = "refresh_failed"  # the last renewal failed (the token still works until it expires): red
    EXPIRED = "expired"  # red: actions and order details fail until staff authorize KDS again


@dataclass(frozen=True, slots=True)
class CredentialStatus:
    """A platform's access token as the adapter holds it (never the token itself).

    Attributes:
        platform: whose token it is.
        expires_at: when it runs out (None: not known).
        refreshable: KDS holds a refresh token and renews it by itself.
        refresh_failed: the last renewal failed; `message` says why (safe to show).
        message: why the renewal failed, in the platform's words.
    """

    platform: Platform
    expires_at: datetime | None = None
    refreshable: bool = False
    refresh_failed: bool = False
    message: str = ""


def token_alert(status: CredentialStatus, now: datetime, warn_before: timedelta = WARN_BEFORE) -> TokenAlert:
    """The alert for `status` at `now`: expired first, then a failed renewal, then the warning window."""
    expires = status.expires_at
    if expires is not None and now >= expires:
        return TokenAlert.EXPIRED
    if status.refresh_failed:
        return TokenAlert.REFRESH_FAILED
    if expires is not None and now >= expires - warn_before:
        return TokenAlert.EXPIRING
    return TokenAlert.NONE

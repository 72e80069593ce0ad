"""Tenants: names, bearer tokens (stored only as a hash), and the admin operations the CLI runs.

A token is shown once, when it is made; the store keeps its SHA-256. Hashing without a salt or a
slow KDF is enough here because the token is 32 random bytes, not a password: nobody can guess
one from its hash, and an unsalted hash is what lets the relay find the tenant in one indexed
lookup.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Mapping
from datetime import datetime
from urllib.parse import urlsplit

from kds.relay.store import PlatformSecret, RelayStore

TOKEN_PREFIX = "kdsr_"
_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")


def new_token() -> str:
    """A fresh bearer token: a prefix that makes it recognisable, then 32 random bytes."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def hash_token(token: str) -> str:
    """What the store keeps of a token: lowercase hex SHA-256."""
    return hashlib.sha256(token.encode()).hexdigest()


def valid_name(name: str) -> bool:
    """True if `name` can be a tenant name."""
    return _NAME.fullmatch(name) is not None


def check_name(name: str) -> str:
    """Return `name` if it can be a tenant name (it appears in webhook URLs), else raise ValueError."""
    if not valid_name(name):
        raise ValueError("a tenant name is 1-64 letters, digits, '-' or '_', starting with a letter or digit")
    return name


def check_public_url(url: str | None) -> str | None:
    """Validate a public base URL (`https://host[:port][/prefix]`, no query); returns it without a final `/`."""
    if url is None:
        return None
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        raise ValueError("the public URL is scheme://host[:port][/prefix], without query or fragment")
    return url.rstrip("/")


def create_tenant(store: RelayStore, name: str, *, now: datetime, public_url: str | None = None,
                  secrets_by_platform: Mapping[str, PlatformSecret] | None = None) -> str:
    """Create a tenant and return its bearer token (the only time it is available).

    Raises:
        ValueError: the name or URL is invalid.
        TenantExistsError: the name is taken.
    """
    token = new_token()
    store.add_tenant(check_name(name), hash_token(token), public_url=check_public_url(public_url), now=now)
    for platform, secret in (secrets_by_platform or {}).items():
        store.set_secret(name, platform, secret)
    return token


def rotate_token(store: RelayStore, name: str) -> str:
    """Give a tenant a new token (the old one stops working) and return it."""
    token = new_token()
    store.set_token_hash(name, hash_token(token))
    return token


def authenticate(store: RelayStore, token: str) -> str | None:
    """The tenant a bearer token belongs to, or None."""
    digest = hash_token(token)
    found = store.tenant_by_token_hash(digest)
    if found is None:
        return None
    name, stored = found
    return name if hmac.compare_digest(stored.encode(), digest.encode()) else None

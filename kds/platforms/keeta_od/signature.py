"""Keeta's `X-App-Signature`: Base64(HMAC-SHA256(client_secret, URL & sorted query & body)).

Empty parts are dropped together with their `&` (Keeta's published examples). Query values are
signed raw (not URL-encoded), sorted by key then value, and the `:` in `events:polling` is kept.
The body is signed as the exact bytes sent, so callers serialise once with `canonical_json` and
send those bytes.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
from collections.abc import Iterable
from typing import Any


def canonical_json(body: Any) -> bytes:
    """Serialise a JSON body compactly with sorted keys (RFC 8785 for our payloads), UTF-8."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def signing_string(url: str, params: Iterable[tuple[str, str]] = (), body: bytes | str | None = None) -> str:
    """The string Keeta signs: `url&k1=v1&k2=v2&body`, skipping empty parts and their `&`."""
    parts = [url]
    query = "&".join(f"{k}={'' if v is None else v}" for k, v in sorted(params))
    if query:
        parts.append(query)
    if isinstance(body, bytes):
        body = body.decode()
    if body and body.strip() not in ("{}", '""'):
        parts.append(body)
    return "&".join(parts)


def sign(secret: str, url: str, params: Iterable[tuple[str, str]] = (), body: bytes | str | None = None) -> str:
    """The `X-App-Signature` value for a request."""
    message = signing_string(url, params, body).encode()
    digest = hmac.new(secret.encode(), message, hashlib.sha256).digest()
    return base64.b64encode(digest).decode()


def verify(secret: str, signature: str, url: str, params: Iterable[tuple[str, str]] = (),
           body: bytes | str | None = None) -> bool:
    """True when `signature` matches (constant-time comparison)."""
    return hmac.compare_digest(sign(secret, url, list(params), body), signature)

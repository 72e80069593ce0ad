"""Keeta Standard `sig`: lowercase hex SHA-256 of ``URL?sorted params`` followed by the app secret.

Reference §3.1: every parameter except `sig` is included, sorted by key in ASCII order, joined as
``k=v`` with ``&``, without URL-encoding; JSON-valued parameters go in as they are sent (no inner
sorting); empty parameters are included. The hash is a plain SHA-256, not an HMAC.

The relay verifies webhooks and the simulator signs them with this same module (the relay's
route, `kds.relay.hooks.keeta_std`, delegates here). It imports only the standard library and
nothing of `kds`, so the relay can use it without the client (pinned by import-linter).

To make "the bytes sent are the bytes signed" hold, a request body is serialised with
`body_bytes`, which writes nested JSON values in exactly the compact, insertion-ordered form that
`render` signs.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping
from typing import Any


def render(value: object) -> str:
    """One parameter value as it appears in the signing string.

    Text goes in as it is; ``None`` as the empty string; numbers, booleans, objects and arrays as
    compact JSON in insertion order with non-ASCII kept (how a JSON body carries them).
    """
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def signing_string(url: str, params: Mapping[str, object], secret: str) -> str:
    """The exact text that is hashed: ``url?k1=v1&k2=v2…`` + `secret` (any `sig` key left out)."""
    query = "&".join(f"{key}={render(params[key])}" for key in sorted(params) if key != "sig")
    return f"{url}?{query}{secret}"


def sign(url: str, params: Mapping[str, object], secret: str) -> str:
    """The `sig` of a call (or webhook) to `url` with body parameters `params`.

    Args:
        url: The full endpoint URL without query (for a webhook: the registered callback URL).
        params: Every body parameter; a `sig` key, if present, is ignored.
        secret: The app secret.

    Returns:
        Lowercase hex SHA-256 of `signing_string`.
    """
    return hashlib.sha256(signing_string(url, params, secret).encode()).hexdigest()


def verify(url: str, params: Mapping[str, object], secret: str, sig: str) -> bool:
    """True when `sig` is the signature of `params` (constant-time comparison)."""
    return hmac.compare_digest(sign(url, params, secret).encode(), sig.strip().lower().encode())


def body_bytes(params: Mapping[str, Any]) -> bytes:
    """The JSON body for `params` (with its `sig`): compact, insertion-ordered, UTF-8.

    Nested values come out exactly as `render` signed them, so whoever re-reads a parameter's JSON
    text from this body gets the signed text back.
    """
    return json.dumps(dict(params), separators=(",", ":"), ensure_ascii=False).encode()

"""Webhook signatures the relay verifies: Keeta Standard `sig` and GoFood `X-Go-Signature`.

Pure standard library, so the Keeta Standard client can import `keeta_std_sig` without FastAPI.

Keeta Standard (reference §3.1): `sig` is the lowercase hex SHA-256 (a plain hash, not an HMAC) of
``URL + "?" + k1=v1&k2=v2… + appSecret`` over every parameter except `sig`, sorted by key in ASCII
order, with no URL-encoding. Values are rendered as:

- ``str``: as is (so a JSON-valued parameter that arrived as text is signed as exactly that text);
- ``bool``: ``true`` / ``false`` (JSON spelling, as a Java signer prints it);
- ``int`` / ``float``: their JSON text;
- ``None``: the empty string ("empty params are included"; what Keeta does for a top-level null is
  not documented, this is our reading);
- ``dict`` / ``list``: compact JSON in insertion order, non-ASCII kept (no inner key sorting).

GoFood (reference §4): `X-Go-Signature` is the lowercase hex HMAC-SHA256 of the raw request body,
keyed with the outlet's notification secret.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Mapping


def _render(value: object) -> str:
    """One parameter value as it appears in the signing string."""
    if isinstance(value, str):
        return value
    if value is None:
        return ""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def keeta_std_signing_string(url: str, params: Mapping[str, object], secret: str) -> str:
    """The exact text Keeta Standard hashes: ``url?k=v&…`` (sorted, `sig` left out) + `secret`."""
    query = "&".join(f"{key}={_render(params[key])}" for key in sorted(params) if key != "sig")
    return f"{url}?{query}{secret}"


def keeta_std_sig(url: str, params: Mapping[str, object], secret: str) -> str:
    """The Keeta Standard `sig` of a request or webhook.

    Args:
        url: The full URL without query: the API endpoint for a call, the registered callback URL
            for a webhook.
        params: Every body parameter (a `sig` key, if present, is ignored).
        secret: The app secret.

    Returns:
        Lowercase hex SHA-256 of the signing string.
    """
    return hashlib.sha256(keeta_std_signing_string(url, params, secret).encode()).hexdigest()


def keeta_std_verify(url: str, params: Mapping[str, object], secret: str, sig: str) -> bool:
    """True when `sig` is the Keeta Standard signature of `params` (constant-time comparison)."""
    # Bytes, not str: compare_digest raises TypeError on non-ASCII text, which a forger controls.
    return hmac.compare_digest(keeta_std_sig(url, params, secret).encode(), sig.strip().lower().encode())


def gofood_signature(body: bytes, secret: str) -> str:
    """GoFood's `X-Go-Signature` of a raw body: lowercase hex HMAC-SHA256 keyed with `secret`."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def gofood_verify(body: bytes, secret: str, signature: str) -> bool:
    """True when `signature` is GoFood's signature of `body` (constant-time comparison)."""
    return hmac.compare_digest(gofood_signature(body, secret).encode(), signature.strip().lower().encode())

"""Webhook signatures the relay verifies: Keeta Standard `sig` and GoFood `X-Go-Signature`.

Pure standard library (no FastAPI). The Keeta Standard algorithm itself lives with the Keeta
Standard client (`kds.platforms.keeta_std.signature`), which signs the same way: one implementation,
tested against Keeta's official vectors.

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
from collections.abc import Mapping

from kds.platforms.keeta_std import signature as keeta_std


def keeta_std_signing_string(url: str, params: Mapping[str, object], secret: str) -> str:
    """The exact text Keeta Standard hashes: ``url?k=v&…`` (sorted, `sig` left out) + `secret`."""
    return keeta_std.signing_string(url, params, secret)


def keeta_std_sig(url: str, params: Mapping[str, object], secret: str) -> str:
    """The Keeta Standard `sig` of a request or webhook (the URL is the callback URL for a webhook)."""
    return keeta_std.sign(url, params, secret)


def keeta_std_verify(url: str, params: Mapping[str, object], secret: str, sig: str) -> bool:
    """True when `sig` is the Keeta Standard signature of `params` (constant-time comparison)."""
    return keeta_std.verify(url, params, secret, sig)


def gofood_signature(body: bytes, secret: str) -> str:
    """GoFood's `X-Go-Signature` of a raw body: lowercase hex HMAC-SHA256 keyed with `secret`."""
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def gofood_verify(body: bytes, secret: str, signature: str) -> bool:
    """True when `signature` is GoFood's signature of `body` (constant-time comparison)."""
    return hmac.compare_digest(gofood_signature(body, secret).encode(), signature.strip().lower().encode())

"""Inbound webhooks: the route table `HOOKS` the app mounts, one module per platform.

The app mounts every entry of `HOOKS` at ``POST /hooks/{path}/{tenant}``, verifies with the
tenant's secret for that platform, stores, and answers with the platform's own success body; the
tenant commands offer each entry's `TenantOptions`. What a route is and shares with the others is
in `kds.relay.hooks.base`.

Adding a platform is one module here with a `WebhookPlatform` class plus its entry in `HOOKS`.
A `CallbackPlatform` (Zeek) sits behind a per-tenant path secret as well as its signature, and
has a stock question the relay answers at once (`kds.relay.hooks.base`).

Free of FastAPI so the routes can be tested (and reused) on their own.
"""

from __future__ import annotations

from kds.relay.hooks.base import (
    CallbackPlatform,
    HookRejectedError,
    Inbound,
    TenantOptions,
    WebhookPlatform,
    WebhookRequest,
)
from kds.relay.hooks.gofood import GOFOOD, GOFOOD_TTL, GoFoodHooks
from kds.relay.hooks.keeta_std import KEETA_KNOWN_EVENTS, KEETA_STD, KEETA_TTL, KeetaStandardHooks
from kds.relay.hooks.zeek import ZEEK, ZEEK_TTL, ZeekHooks

__all__ = [
    "GOFOOD",
    "GOFOOD_TTL",
    "HOOKS",
    "KEETA_KNOWN_EVENTS",
    "KEETA_STD",
    "KEETA_TTL",
    "ZEEK",
    "ZEEK_TTL",
    "CallbackPlatform",
    "GoFoodHooks",
    "HookRejectedError",
    "Inbound",
    "KeetaStandardHooks",
    "TenantOptions",
    "WebhookPlatform",
    "WebhookRequest",
    "ZeekHooks",
]

HOOKS: tuple[WebhookPlatform, ...] = (KeetaStandardHooks(), GoFoodHooks(), ZeekHooks())

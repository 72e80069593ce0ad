"""Inbound webhooks: the route table `HOOKS` the app mounts, one module per platform.

The app mounts every entry of `HOOKS` at ``POST /hooks/{path}/{tenant}``, verifies with the
tenant's secret for that platform, stores, and answers with the platform's own success body; the
tenant commands offer each entry's `TenantOptions`. What a route is and shares with the others is
in `kds.relay.hooks.base`.

Adding a platform is one module here with a `WebhookPlatform` class plus its entry in `HOOKS`.
Zeek (Circle K) is not here: nothing public says how its `order_create` callback is
authenticated, and an unauthenticated route would let anyone inject orders.

Free of FastAPI so the routes can be tested (and reused) on their own.
"""

from __future__ import annotations

from kds.relay.hooks.base import (
    HookRejectedError,
    Inbound,
    TenantOptions,
    WebhookPlatform,
    WebhookRequest,
)
from kds.relay.hooks.gofood import GOFOOD, GOFOOD_TTL, GoFoodHooks
from kds.relay.hooks.keeta_std import KEETA_KNOWN_EVENTS, KEETA_STD, KEETA_TTL, KeetaStandardHooks

__all__ = [
    "GOFOOD",
    "GOFOOD_TTL",
    "HOOKS",
    "KEETA_KNOWN_EVENTS",
    "KEETA_STD",
    "KEETA_TTL",
    "GoFoodHooks",
    "HookRejectedError",
    "Inbound",
    "KeetaStandardHooks",
    "TenantOptions",
    "WebhookPlatform",
    "WebhookRequest",
]

HOOKS: tuple[WebhookPlatform, ...] = (KeetaStandardHooks(), GoFoodHooks())

"""GoFood's notification push: signed with `X-Go-Signature`, at least once, sometimes out of order or twice.

Each notification is POSTed as JSON with `X-Go-Signature`, the lowercase hex HMAC-SHA256 of the raw
body keyed with the notification secret (reference §4). Any 2xx counts as delivered; anything else
(or no answer within `webhook_timeout`) is retried on GoFood's schedule (`SimConfig.retry_delays`:
2 min, 10 min, 30 min, 1.5 h, 3.5 h, divided by the time scale), then given up. The state decides
what is due (`GoFoodSimState.take_due`): a share of notifications is held back a little (so the
next one overtakes it) and a share is sent a second time after its success, with the same event id.
A forged notification is signed with a wrong secret.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging

import httpx

from kds.relay.hooks.gofood import gofood_signature
from kds.simulator.gofood.state import GoFoodSimState, Webhook

log = logging.getLogger(__name__)


class WebhookSender:
    """Pushes the state's due notifications to its `webhook_url`."""

    def __init__(self, state: GoFoodSimState, http: httpx.AsyncClient | None = None) -> None:
        """Send for `state` (with `http`, or a client of its own)."""
        self.state = state
        self.http = http or httpx.AsyncClient(timeout=state.config.webhook_timeout)

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.http.aclose()

    async def flush(self) -> int:
        """Make one attempt for every notification due now; returns how many were acknowledged."""
        delivered = 0
        for hook in self.state.take_due():
            delivered += await self.deliver(hook)
        return delivered

    async def deliver(self, hook: Webhook) -> bool:
        """POST one notification once; the state schedules what follows."""
        body = json.dumps(hook.payload, ensure_ascii=False).encode()
        secret = self.state.config.notification_secret + ("-forged" if hook.forged else "")
        headers = {"Content-Type": "application/json", "X-Go-Signature": gofood_signature(body, secret)}
        try:
            response = await self.http.post(self.state.webhook_url, content=body, headers=headers)
            answer, ok = str(response.status_code), response.is_success
        except httpx.HTTPError as exc:
            answer, ok = type(exc).__name__, False
        self.state.record_attempt(hook, answer, ok)
        if not ok and hook.failed:
            log.warning("GoFood notification %s (%s) not acknowledged after %d attempts", hook.event_id, hook.name,
                        hook.attempts)
        return ok

    async def run(self, wake: asyncio.Event, idle: float = 0.05) -> None:
        """Deliver forever: whenever woken, or every `idle` seconds."""
        while True:
            await self.flush()
            wake.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), idle)

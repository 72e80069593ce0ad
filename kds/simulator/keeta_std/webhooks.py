"""Keeta's webhook push: the signed envelope, and a sender that retries like Keeta.

Envelope (reference §3.3): ``{sig, eventId, appId, messageId, shopId, message, timestamp}`` where
`message` is the event's JSON *as a string* (double-encoded) and `sig` is the Standard signature
over every other field, with the callback URL as the URL. A delivery counts when the receiver
answers HTTP 200 with `{"code": 0}`; otherwise Keeta tries up to three more times (documented for
1001; the simulator does it for every event, with `SimConfig.webhook_retry_delays`, time-scaled).
A retry carries the same `messageId`, which is what receivers dedupe on.

Deliveries go one at a time, oldest first, so a receiver sees an order's events in order.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

import httpx

from kds.platforms.keeta_std.signature import sign as keeta_std_sig
from kds.simulator.keeta_std.config import SimConfig

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Webhook:
    """One webhook and what became of it."""

    message_id: str
    event_id: int
    shop_id: int
    order_id: str
    message: dict[str, Any]
    created_at: datetime
    attempts: int = 0
    delivered: bool = False
    failed: bool = False  # gave up after the last retry
    answers: list[str] = field(default_factory=list)  # "200 code=0", "401", "timeout", ...

    def body(self, url: str, app_id: int, secret: str, timestamp: int) -> dict[str, Any]:
        """The signed envelope for a POST to `url`."""
        envelope: dict[str, Any] = {
            "appId": app_id, "eventId": self.event_id, "messageId": self.message_id, "shopId": self.shop_id,
            "message": json.dumps(self.message, ensure_ascii=False, separators=(",", ":")), "timestamp": timestamp,
        }
        return {"sig": keeta_std_sig(url, envelope, secret), **envelope}


def acknowledged(response: httpx.Response) -> bool:
    """True when the receiver answered 200 with `{"code": 0}`."""
    if response.status_code != 200:
        return False
    try:
        data = response.json()
    except ValueError:
        return False
    return isinstance(data, dict) and data.get("code") == 0


class WebhookQueue(Protocol):
    """What the sender needs of the platform (`SimPlatform` is one): its queue, target and clock."""

    config: SimConfig
    webhook_url: str

    def now(self) -> datetime:
        """The platform's clock."""
        ...

    def take_webhooks(self) -> list[Webhook]:
        """Webhooks due for delivery, oldest first."""
        ...

    def has_webhooks(self) -> bool:
        """True when webhooks wait for delivery."""
        ...

    def record_attempt(self, hook: Webhook, answer: str, ok: bool, *, last: bool) -> None:
        """Note one delivery attempt."""
        ...


class WebhookSender:
    """Pushes the state's queued webhooks to its `webhook_url`, retrying like Keeta."""

    def __init__(self, state: WebhookQueue, http: httpx.AsyncClient | None = None,
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        """Send for `state`; `sleep` waits between retries (inject a fake one in tests)."""
        self.state = state
        self.http = http or httpx.AsyncClient(timeout=state.config.webhook_timeout)
        self.sleep = sleep

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.http.aclose()

    async def flush(self) -> int:
        """Deliver (or give up on) everything queued now; returns how many were delivered."""
        delivered = 0
        while True:
            batch = self.state.take_webhooks()
            if not batch:
                return delivered
            for hook in batch:
                delivered += await self.deliver(hook)

    async def deliver(self, hook: Webhook) -> bool:
        """POST one webhook until it is acknowledged or the retries run out."""
        config = self.state.config
        delays = [d / config.time_scale for d in config.webhook_retry_delays[:config.webhook_retries]]
        for attempt in range(len(delays) + 1):
            url = self.state.webhook_url
            timestamp = int(self.state.now().timestamp())
            body = json.dumps(hook.body(url, config.app_id, config.app_secret, timestamp), ensure_ascii=False)
            try:
                response = await self.http.post(url, content=body.encode(),
                                                headers={"Content-Type": "application/json; charset=utf-8"})
                answer = f"{response.status_code}" + (" code=0" if acknowledged(response) else "")
                ok = acknowledged(response)
            except httpx.HTTPError as exc:
                answer, ok = type(exc).__name__, False
            self.state.record_attempt(hook, answer, ok, last=ok or attempt == len(delays))
            if ok:
                return True
            if attempt < len(delays):
                await self.sleep(delays[attempt])
        log.warning("webhook %s (event %s) not acknowledged after %d attempts", hook.message_id, hook.event_id,
                    hook.attempts)
        return False

    async def run(self, wake: asyncio.Event, idle: float = 0.05) -> None:
        """Deliver forever: whenever woken, or every `idle` seconds."""
        while True:
            await self.flush()
            wake.clear()
            if self.state.has_webhooks():
                continue
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wake.wait(), idle)

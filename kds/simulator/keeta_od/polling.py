"""Polling and acknowledgment: the rate limit, merchant filtering, and the faults a poll can carry.

The limit is `rate_limit_per_window` polls per token per `rate_window / time_scale` seconds. Keeta
documents "2 requests per minute per token, the window resets every minute" without saying whether
the minute is fixed or sliding; the default here is the stricter *sliding* window (no interval of one
window length ever holds more than the limit), so a client that passes it passes either reading.
"""

from __future__ import annotations

import math
import random
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from kds.simulator.keeta_od.config import Faults, SimConfig
from kds.simulator.keeta_od.events import KEETA_EVENT_TYPES, MALFORMED_KINDS, EventStore, SimEvent
from kds.simulator.keeta_od.generator import new_uuid
from kds.simulator.keeta_od.validation import check_ack

if TYPE_CHECKING:
    from kds.simulator.keeta_od.orders import OrderBook

PROBLEM_JSON = "application/problem+json"
MAX_MERCHANTS = 100
MAX_EVENT_TYPES = 15


@dataclass(frozen=True, slots=True)
class Reply:
    """An HTTP answer, before it is written: status, JSON body (None: no body) and headers."""

    status: int
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    media_type: str = "application/json"
    raw: bytes | None = None  # sent as is instead of `body` (a broken answer on purpose)


def problem(status: int, title: str, headers: dict[str, str] | None = None,
            extra: dict[str, Any] | None = None) -> Reply:
    """An Open Delivery error: `application/problem+json` `{"title", "status"}` (plus `extra` fields)."""
    return Reply(status, {"title": title, "status": status, **(extra or {})}, headers or {}, PROBLEM_JSON)


def retry_after_seconds(delta: timedelta) -> int:
    """`Retry-After` as whole seconds, rounded up, at least 1."""
    return max(1, math.ceil(delta.total_seconds()))


@dataclass(frozen=True, slots=True)
class PollRecord:
    """One polling request that passed authentication: when, the status answered, events returned."""

    at: datetime
    status: int
    events: int = 0


class PollingDesk:
    """Serves polls and acknowledgments. Not thread-safe: the simulator state calls it under its lock."""

    def __init__(self, config: SimConfig, store: EventStore, rng: random.Random, book: OrderBook) -> None:
        """Serve events of `store`; `rng` draws the malformed and duplicate faults."""
        self.config = config
        self.store = store
        self.rng = rng
        self.book = book
        self.faults: Faults = config.faults
        self.log: dict[str, list[PollRecord]] = {}
        self.rate_limited = 0
        self._counted: dict[str, list[datetime]] = {}

    def poll(self, token: str, queue: str, now: datetime, merchant_values: Sequence[str],
             event_types: Sequence[str], base_url: str) -> Reply:
        """Answer one `GET /v1/events:polling` of `token`, reading the events of `queue`."""
        reply = self._poll(token, queue, now, merchant_values, event_types, base_url)
        count = len(reply.body) if isinstance(reply.body, list) else 0
        self.log.setdefault(token, []).append(PollRecord(now, reply.status, count))
        return reply

    def _poll(self, token: str, queue: str, now: datetime, merchant_values: Sequence[str],
              event_types: Sequence[str], base_url: str) -> Reply:
        wait = self._rate_wait(token, now)
        if wait is not None:
            self.rate_limited += 1
            seconds = retry_after_seconds(wait)
            return problem(429, f"rate limit exceeded: at most {self.config.rate_limit_per_window} "
                                f"polling requests per window per token", {"Retry-After": str(seconds)})
        self._counted.setdefault(token, []).append(now)
        merchants = self._merchants(merchant_values)
        if isinstance(merchants, Reply):
            return merchants
        types = set(event_types)
        if event_types and not types <= KEETA_EVENT_TYPES:
            return problem(400, f"invalid eventType: {', '.join(sorted(types - KEETA_EVENT_TYPES))}")
        if len(event_types) > MAX_EVENT_TYPES:
            return problem(400, f"at most {MAX_EVENT_TYPES} eventType values")

        if self.rng.random() < self.faults.fault_malformed:
            self._add_malformed(merchants, now)
        pending = self.store.pending(queue, merchants, now)
        if types:
            # Open Delivery: events not selected by the filter are acknowledged automatically.
            self.store.ack(queue, [e.event_id for e in pending if e.event_type not in types], auto=True)
            pending = [e for e in pending if e.event_type in types]
        batch = pending[: self.config.max_events_per_poll]
        if self.rng.random() < self.faults.duplicate_rate:
            duplicate = self._duplicate(queue, merchants, now, batch, types)
            if duplicate is not None:
                batch = [*batch, duplicate]
                self.store.stats.duplicates += 1
        if not batch:
            return Reply(204)
        self.store.stats.delivered += len(batch)
        return Reply(200, [event.to_wire(base_url) for event in batch])

    def _rate_wait(self, token: str, now: datetime) -> timedelta | None:
        """How long `token` must wait before its next poll is allowed (None: allowed now)."""
        window = self.config.scaled(self.config.rate_window)
        limit = self.config.rate_limit_per_window
        if self.config.rate_limit_mode == "fixed":
            size = window.total_seconds()
            index = math.floor(now.timestamp() / size)
            same = [t for t in self._counted.get(token, []) if math.floor(t.timestamp() / size) == index]
            self._counted[token] = same
            if len(same) < limit:
                return None
            return timedelta(seconds=(index + 1) * size - now.timestamp())
        recent = [t for t in self._counted.get(token, []) if t > now - window]
        self._counted[token] = recent
        if len(recent) < limit:
            return None
        return recent[-limit] + window - now

    def _merchants(self, values: Sequence[str]) -> Collection[str] | Reply:
        """The merchants a poll asks for: the repeated `x-polling-merchants` header, or all of ours."""
        if not values:
            return self.config.merchant_ids
        # RFC 9110 §5.3: a repeated header and one comma-joined header mean the same list.
        asked = [part.strip() for value in values for part in value.split(",") if part.strip()]
        if not asked:
            return problem(400, "x-polling-merchants must either be omitted or non-empty")
        if len(asked) > MAX_MERCHANTS:
            return problem(400, f"at most {MAX_MERCHANTS} merchants per poll")
        invalid = [m for m in asked if m not in self.config.merchant_ids]
        if invalid:
            return problem(400, f"[{', '.join(invalid)}] is/are invalid")
        return set(asked)

    def _add_malformed(self, merchants: Collection[str], now: datetime) -> SimEvent:
        """Store one event that breaks the Event schema (it stays until acknowledged, like any other)."""
        merchant = self.rng.choice(sorted(merchants))
        kind = self.rng.choice(MALFORMED_KINDS)
        theirs = [o.order_id for o in self.book.orders.values() if o.merchant_id == merchant]
        order_id = self.rng.choice(theirs) if theirs else new_uuid(self.rng)
        # Only CREATED or an unknown type: harmless for the order even if a lenient client reads it.
        event_type = "ORDER_TELEPORTED" if kind == "unknown_type" else "CREATED"
        return self.store.add(new_uuid(self.rng), event_type, order_id, merchant, now, malformed=kind)

    def _duplicate(self, queue: str, merchants: Collection[str], now: datetime, batch: list[SimEvent],
                   types: set[str]) -> SimEvent | None:
        """An event to send again: an acknowledged one (often an old CREATED), else one of this batch."""
        done = [e for e in self.store.acknowledged(queue, merchants, now) if not types or e.event_type in types]
        if done:
            created = [e for e in done if e.event_type == "CREATED"]
            return self.rng.choice(created if created and self.rng.random() < 0.5 else done)
        return self.rng.choice(batch) if batch else None

    def acknowledge(self, queue: str, body: Any) -> Reply:
        """Answer one `POST /v1/events/acknowledgment`. Unknown or expired ids are ignored (202)."""
        error = check_ack(body)
        if error:
            return problem(400, error)
        ids = [item["id"] for item in body]
        self.store.stats.ack_duplicate_entries += len(ids) - len(set(ids))
        self.store.ack(queue, ids)
        return Reply(202)

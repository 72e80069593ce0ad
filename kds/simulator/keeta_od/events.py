"""The platform's event store: every event once, and which queue has acknowledged which.

An event stays deliverable to a queue until that queue acknowledges it or it expires (the TTL).
A queue is the Software Service's client id by default (a new token keeps seeing what the old one
left unacknowledged), or one queue per token (`SimConfig.queue_scope`).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from kds.simulator.keeta_od.generator import SOURCE_APP_ID, rfc3339

KEETA_EVENT_TYPES = frozenset({
    "CREATED", "CONFIRMED", "DISPATCHED", "READY_FOR_PICKUP", "PICKED_UP", "DELIVERED", "CONCLUDED",
    "CANCELLATION_REQUESTED", "CANCELLED", "USER_REFUND_REQUEST", "REFUNDED", "REFUND_FAILED",
})

# Ways a malformed event breaks the Event schema; each still has an `eventId` so it can be acked.
MALFORMED_KINDS = ("unknown_type", "bad_created_at", "missing_order_url", "metadata_not_object")


@dataclass(slots=True)
class SimEvent:
    """One event as the platform stores it."""

    event_id: str
    event_type: str
    order_id: str
    merchant_id: str
    created_at: datetime
    seq: int
    metadata: dict[str, Any] | None = None
    malformed: str = ""  # one of MALFORMED_KINDS, or "" for a well-formed event

    def to_wire(self, base_url: str) -> dict[str, Any]:
        """The event as `GET /v1/events:polling` returns it."""
        wire: dict[str, Any] = {
            "eventId": self.event_id,
            "eventType": self.event_type,
            "orderId": self.order_id,
            "orderURL": f"{base_url}/v1/orders/{self.order_id}",
            "createdAt": rfc3339(self.created_at),
            "sourceAppId": SOURCE_APP_ID,
        }
        if self.metadata is not None:
            wire["metadata"] = self.metadata
        if self.malformed == "bad_created_at":
            wire["createdAt"] = "yesterday at noon"
        elif self.malformed == "missing_order_url":
            del wire["orderURL"]
        elif self.malformed == "metadata_not_object":
            wire["metadata"] = "refundAmount=12.50;reason=???"
        return wire


@dataclass(slots=True)
class EventStats:
    """Counters over the life of the store."""

    created: int = 0
    delivered: int = 0  # event copies sent in polling responses (redeliveries and duplicates count)
    acked: int = 0  # distinct (queue, event) acknowledgements
    ack_repeats: int = 0  # acknowledgements of events the queue had already acknowledged
    ack_unknown: int = 0  # acknowledgements of unknown or expired event ids
    auto_acked: int = 0  # acknowledged by an `eventType` filter
    duplicates: int = 0  # already acknowledged events sent again on purpose
    malformed: int = 0  # malformed events created
    expired: int = 0
    ack_duplicate_entries: int = 0  # entries naming an event already named in the same acknowledgment


@dataclass(slots=True)
class EventStore:
    """Every live event, in creation order, and the acknowledgements of each queue."""

    ttl: timedelta
    events: dict[str, SimEvent] = field(default_factory=dict)
    acked: dict[str, set[str]] = field(default_factory=dict)
    stats: EventStats = field(default_factory=EventStats)
    _seq: int = 0

    def add(self, event_id: str, event_type: str, order_id: str, merchant_id: str, at: datetime,
            metadata: dict[str, Any] | None = None, malformed: str = "") -> SimEvent:
        """Store a new event."""
        self._seq += 1
        event = SimEvent(event_id, event_type, order_id, merchant_id, at, self._seq, metadata, malformed)
        self.events[event_id] = event
        self.stats.created += 1
        self.stats.malformed += bool(malformed)
        return event

    def live(self, event: SimEvent, now: datetime) -> bool:
        """True while the event has not outlived the TTL."""
        return now < event.created_at + self.ttl

    def pending(self, queue: str, merchants: Collection[str], now: datetime) -> list[SimEvent]:
        """Unacknowledged live events of these merchants, oldest first."""
        done = self.acked.get(queue, set())
        found = [e for e in self.events.values()
                 if e.event_id not in done and e.merchant_id in merchants and self.live(e, now)]
        return sorted(found, key=lambda e: (e.created_at, e.seq))

    def acknowledged(self, queue: str, merchants: Collection[str], now: datetime) -> list[SimEvent]:
        """Live events of these merchants that the queue has already acknowledged, oldest first."""
        done = self.acked.get(queue, set())
        found = [self.events[i] for i in done if i in self.events]
        return sorted((e for e in found if e.merchant_id in merchants and self.live(e, now)),
                      key=lambda e: (e.created_at, e.seq))

    def ack(self, queue: str, event_ids: Iterable[str], *, auto: bool = False) -> int:
        """Acknowledge events for a queue; returns how many were newly acknowledged."""
        done = self.acked.setdefault(queue, set())
        fresh = 0
        for event_id in event_ids:
            if event_id not in self.events:
                self.stats.ack_unknown += 1
            elif event_id in done:
                self.stats.ack_repeats += 1
            else:
                done.add(event_id)
                fresh += 1
        if auto:
            self.stats.auto_acked += fresh
        else:
            self.stats.acked += fresh
        return fresh

    def for_order(self, order_id: str) -> list[SimEvent]:
        """Every stored event of one order, oldest first (expired ones are gone)."""
        return sorted((e for e in self.events.values() if e.order_id == order_id),
                      key=lambda e: (e.created_at, e.seq))

    def prune(self, now: datetime) -> int:
        """Forget expired events; returns how many."""
        dead = [i for i, e in self.events.items() if not self.live(e, now)]
        for event_id in dead:
            del self.events[event_id]
        for done in self.acked.values():
            done.difference_update(dead)
        self.stats.expired += len(dead)
        return len(dead)

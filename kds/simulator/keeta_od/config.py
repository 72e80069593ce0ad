"""The simulator's knobs: credentials, platform timings, time scale, generator rate and faults.

Platform durations are given at real-world scale and divided by `time_scale`, so a demo at
`time_scale=60` auto-cancels an unconfirmed order after 5 s instead of 5 min. Durations that describe
the *client's* side of the wire (token lifetime, the fault hang) are never scaled.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from datetime import timedelta
from typing import Literal

from kds.simulator.spec import OrderPace

# Shaped like the spec's example merchant id (tax number + uuid, 36..100 characters).
DEMO_MERCHANT_IDS = (
    "22815773000169-dbc7e35a-c936-4665-9e13-eb55eb8b6824",
    "40512395000118-6f1e2d3c-4b5a-4978-8c6d-5e4f3a2b1c0d",
)
DEMO_MERCHANT_NAMES = ("Casa do Açaí", "Dragão Dourado 金龙")
DEMO_CLIENT_ID = "kds-demo-7f3c9a1e-5b2d-4e8f-a6c4-0d9e8f7a6b5c"
DEMO_CLIENT_SECRET = "kds-demo-secret-Zr8Lq2Vx6Nw4Tj0Hm5Pc"

# Keeta's published timings (platform-apis.md §2.3, §2.7 and DESIGN.md), before scaling.
ACCEPT_WINDOW = 5 * 60.0
REFUND_WINDOW = 15 * 60.0
RATE_WINDOW = 60.0
EVENT_TTL = 4 * 3600.0 + 10 * 60.0
FINAL_AFTER = 4 * 3600.0


@dataclass(frozen=True, slots=True)
class Credentials:
    """What a Software Service is given by Keeta: one client id and secret, and its merchant ids."""

    client_id: str
    client_secret: str
    merchant_ids: tuple[str, ...]


REQUEST_KINDS = frozenset({"token", "polling", "acknowledgment", "order", "action", "decrypt", "merchant"})
BAD_GET_KINDS = frozenset({"incomplete", "not_found", "malformed", "unavailable"})


@dataclass(slots=True)
class Faults:
    """Fault injection probabilities, each in [0, 1]; changeable while the server runs.

    Transport faults (`fault_5xx`, `fault_timeout`, `fault_reset`) are drawn once per request, in
    that order, from their own seeded random stream. `fault_malformed` and `duplicate_rate` are
    drawn once per successful poll.
    """

    fault_5xx: float = 0.0  # answer 500/502/503/504 problem+json without doing anything
    fault_timeout: float = 0.0  # hang `hang_seconds` (see `hang_before_processing`) then answer
    fault_reset: float = 0.0  # drop the TCP connection without any answer (RST)
    fault_lost_answer: float = 0.0  # do what was asked, then drop the connection before answering (RST)
    fault_malformed: float = 0.0  # queue one unreadable event (bad field or unknown type)
    duplicate_rate: float = 0.0  # add an already-delivered event to the response
    hang_seconds: float = 30.0  # real seconds: it must outlast the client's own timeout
    hang_before_processing: bool = False  # False: the request takes effect, only the answer is late
    # Which kinds of request the transport faults hit (empty: every kind): "token", "polling",
    # "acknowledgment", "order" (details), "action", "decrypt", "merchant" (store status).
    fault_ops: frozenset[str] = frozenset()
    fault_statuses: tuple[int, ...] = (500, 502, 503, 504)  # what a `fault_5xx` answers (429 allowed too)
    # > 0: a 503 or 429 fault carries `Retry-After: N` (real seconds); a client that sends the same
    # kind of request (for the same order) sooner is counted in `retry_after_violations`.
    retry_after: float = 0.0
    # The first `bad_gets` GETs of an order's details fail, for a share `bad_get_rate` of new orders,
    # each in one of `bad_get_kinds`: "incomplete" (200 without items and total), "not_found" (404),
    # "malformed" (200 with truncated JSON), "unavailable" (503 with `Retry-After` when set).
    bad_get_rate: float = 0.0
    bad_gets: int = 1
    bad_get_kinds: tuple[str, ...] = ("incomplete", "not_found", "malformed")

    def __post_init__(self) -> None:
        """Reject probabilities outside [0, 1] and kinds the simulator does not know."""
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name.startswith(("fault_", "duplicate")) and isinstance(value, float) and not 0.0 <= value <= 1.0:
                raise ValueError(f"{f.name} must be within [0, 1], got {value}")
        if not 0.0 <= self.bad_get_rate <= 1.0:
            raise ValueError(f"bad_get_rate must be within [0, 1], got {self.bad_get_rate}")
        if self.fault_5xx + self.fault_timeout + self.fault_reset + self.fault_lost_answer > 1.0:
            raise ValueError("transport fault probabilities add up to more than 1")
        if unknown := set(self.fault_ops) - REQUEST_KINDS:
            raise ValueError(f"unknown request kinds in fault_ops: {sorted(unknown)}")
        if unknown := set(self.bad_get_kinds) - BAD_GET_KINDS:
            raise ValueError(f"unknown bad GET kinds: {sorted(unknown)}")
        if not self.fault_statuses or not all(st == 429 or 500 <= st <= 599 for st in self.fault_statuses):
            raise ValueError("fault_statuses are 429 or 5xx")
        if self.retry_after < 0 or self.bad_gets < 0:
            raise ValueError("retry_after and bad_gets cannot be negative")

    @classmethod
    def uniform(cls, level: float, *, hang_seconds: float = 30.0) -> Faults:
        """The `--faults P` preset.

        A request fails in transport with probability P (split in three), and a poll carries a malformed
        event, and a duplicate, each with probability P.
        """
        return cls(fault_5xx=level / 3, fault_timeout=level / 3, fault_reset=level / 3,
                   fault_malformed=level, duplicate_rate=level, hang_seconds=hang_seconds)


@dataclass(frozen=True, slots=True)
class SimConfig:
    """Everything the Keeta Open Delivery simulator can be told.

    Defaults suit the tests: no generated orders, no random customer behaviour, no faults.
    """

    client_id: str = DEMO_CLIENT_ID
    client_secret: str = DEMO_CLIENT_SECRET
    merchant_ids: tuple[str, ...] = DEMO_MERCHANT_IDS
    merchant_names: tuple[str, ...] = DEMO_MERCHANT_NAMES
    base_path: str = "/api/open/opendelivery"
    expires_in: int = 7200  # token lifetime in (unscaled) seconds
    require_signature: bool = True
    time_scale: float = 1.0
    seed: int | None = None
    clock_skew: timedelta = timedelta(0)  # platform clock minus the injected clock: Date, createdAt...
    # Generator
    order_rate_per_min: float = 0.0  # generated orders per minute of scaled time; 0 = on demand only
    mix: tuple[float, float, float] = (0.5, 0.25, 0.25)  # rider delivery, pickup, self-delivery
    scheduled_rate: float = 0.1
    customer_cancel_rate: float = 0.0  # share of generated orders the customer cancels
    refund_request_rate: float = 0.0  # share of generated orders with a USER_REFUND_REQUEST
    closed_after_timeout: float = 600.0  # generator pause after an acceptance timeout (store closed)
    # Demos: steady arrivals instead of the random process above (`order_rate_per_min` is then unused),
    # and the first order confirmed gets its customer's refund request this many seconds later.
    order_pace: OrderPace | None = None
    first_refund_after: float | None = None
    # Polling
    rate_limit_per_window: int = 2
    rate_window: float = RATE_WINDOW
    rate_limit_mode: Literal["sliding", "fixed"] = "sliding"
    max_events_per_poll: int = 1000
    queue_scope: Literal["client", "token"] = "client"  # who shares an event queue and its acks
    # Platform timings, real-world seconds (divided by time_scale)
    accept_window: float = ACCEPT_WINDOW
    refund_window: float = REFUND_WINDOW
    event_ttl: float = EVENT_TTL
    final_after: float = FINAL_AFTER
    rider_pickup_delay: tuple[float, float] = (120.0, 480.0)  # after READY_FOR_PICKUP
    rider_delivery_delay: tuple[float, float] = (600.0, 1500.0)  # after the rider picked up
    customer_pickup_delay: tuple[float, float] = (60.0, 600.0)  # pickup orders, after READY
    pickup_auto_conclude: float = 3600.0  # pickup orders never marked ready conclude by themselves
    conclude_delay: float = 60.0  # DELIVERED -> CONCLUDED
    rider_pickup_events: tuple[str, ...] = ("DISPATCHED",)  # what a Keeta rider's pickup emits
    faults: Faults = field(default_factory=Faults)

    def __post_init__(self) -> None:
        """Validate the knobs that would otherwise fail much later."""
        if self.time_scale <= 0:
            raise ValueError("time_scale must be positive")
        if self.rate_limit_per_window < 1:
            raise ValueError("rate_limit_per_window must be at least 1")
        if not self.merchant_ids:
            raise ValueError("at least one merchant id is needed")
        for merchant_id in self.merchant_ids:
            if not 36 <= len(merchant_id) <= 100:
                raise ValueError(f"merchant ids are 36..100 characters long, got {len(merchant_id)}")
        if not self.base_path.startswith("/") or self.base_path.endswith("/"):
            raise ValueError("base_path starts with '/' and has no trailing '/'")

    @property
    def credentials(self) -> Credentials:
        """The credentials a client needs."""
        return Credentials(self.client_id, self.client_secret, self.merchant_ids)

    def scaled(self, seconds: float) -> timedelta:
        """A real-world platform duration on the simulator's clock."""
        return timedelta(seconds=seconds / self.time_scale)

    def merchant_name(self, merchant_id: str) -> str:
        """The display name of one of the configured merchants."""
        index = self.merchant_ids.index(merchant_id)
        names = self.merchant_names
        return names[index] if index < len(names) else f"Loja {index + 1}"

    def with_faults(self, faults: Faults) -> SimConfig:
        """A copy with other faults."""
        return replace(self, faults=faults)

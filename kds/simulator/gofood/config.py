"""The GoFood simulator's knobs: credentials, acceptance mode, webhook target and retries, timings, faults.

Platform durations are given at real-world scale and divided by `time_scale` (at 60, an order nobody
accepts in manual mode is rejected after 3 s instead of 3 min), GoFood's webhook retry schedule
included. The token's lifetime is the wire's own and is never scaled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from kds.platforms.gofood.policy import AUTO_ON_TIMEOUT_WINDOW, MANUAL_WINDOW, AcceptanceMode
from kds.simulator.spec import OrderPace

DEMO_CLIENT_ID = "kds-demo-gobiz-client"
DEMO_CLIENT_SECRET = "kds-demo-gobiz-secret-Vb7Qm2Lx9Tn4"
DEMO_NOTIFICATION_SECRET = "kds-demo-gofood-notify-Hs3Kd8Pw1Zr6"
DEMO_OUTLET_ID = "G518462937"
DEMO_OUTLET_NAME = "Warung Sederhana Kemang"
DEMO_SECOND_OUTLET_ID = "G518462938"
"""The demo's second outlet (same GoBiz app and relay tenant), in auto-accept on timeout."""

RETRY_DELAYS = (120.0, 600.0, 1800.0, 5400.0, 12600.0)
"""GoFood's retries of an unanswered notification: 2 min, 10 min, 30 min, 1.5 h, 3.5 h [C via the catalog]."""
TOKEN_LIFETIME = 3599
"""Seconds a GoBiz token lasts (GoBiz's own figure), unscaled."""
SCOPES = ("gofood:order:read", "gofood:order:write")
"""The scopes the order endpoints need (GoBiz's names)."""


@dataclass(frozen=True, slots=True)
class Credentials:
    """What the app needs: the GoBiz app, the outlet, and the secret the relay checks notifications with."""

    client_id: str
    client_secret: str
    outlet_id: str
    notification_secret: str


@dataclass(frozen=True, slots=True)
class SimConfig:
    """Everything the simulator can be told.

    Defaults suit tests: manual acceptance, no generated orders, no random customers, no faults,
    notifications held until a `webhook_url` is set.
    """

    client_id: str = DEMO_CLIENT_ID
    client_secret: str = DEMO_CLIENT_SECRET
    notification_secret: str = DEMO_NOTIFICATION_SECRET
    outlet_id: str = DEMO_OUTLET_ID
    outlet_name: str = DEMO_OUTLET_NAME
    mode: AcceptanceMode = AcceptanceMode.MANUAL
    # More outlets behind the same GoBiz app and relay tenant, each in its own mode (outlet id, mode);
    # generated orders go to every outlet in turn.
    other_outlets: tuple[tuple[str, AcceptanceMode], ...] = ()
    token_lifetime: int = TOKEN_LIFETIME
    time_scale: float = 1.0
    seed: int | None = None
    # Notifications: GoFood posts each one at least once, retries on anything but a 2xx.
    webhook_url: str = ""  # e.g. f"{relay}/hooks/gofood/{tenant}"; "" holds notifications until set
    retry_delays: tuple[float, ...] = RETRY_DELAYS  # real-world seconds, scaled
    webhook_timeout: float = 15.0  # real seconds
    duplicate_rate: float = 0.0  # share of notifications delivered a second time after their success
    reorder_rate: float = 0.0  # share of notifications held back and delivered after the next one
    # Generator
    order_rate_per_min: float = 0.0  # generated orders per minute of scaled time; 0 = on demand only
    order_pace: OrderPace | None = None  # demos: steady arrivals instead (`order_rate_per_min` is then unused)
    pickup_share: float = 0.3  # of generated orders, the customer collects (gofood_pickup)
    customer_cancel_rate: float = 0.0  # share of orders the customer cancels before the rider has them
    # Platform timings, real-world seconds (divided by time_scale)
    manual_window: float = MANUAL_WINDOW.total_seconds()
    auto_on_timeout_window: float = AUTO_ON_TIMEOUT_WINDOW.total_seconds()
    driver_otw_delay: tuple[float, float] = (60.0, 240.0)  # after acceptance
    driver_arrive_delay: tuple[float, float] = (180.0, 480.0)  # after setting off
    pickup_delay: tuple[float, float] = (30.0, 120.0)  # after arrival and the food being prepared
    pickup_timeout: float = 1200.0  # the rider takes the food even if it was never marked prepared
    deliver_delay: tuple[float, float] = (600.0, 1500.0)  # after pickup
    customer_pickup_delay: tuple[float, float] = (120.0, 600.0)  # pickup orders: after food-prepared
    customer_cancel_delay: tuple[float, float] = (20.0, 300.0)  # after the order is placed

    def __post_init__(self) -> None:
        """Validate the knobs that would otherwise fail much later."""
        if self.time_scale <= 0:
            raise ValueError("time_scale must be positive")
        for name in ("duplicate_rate", "reorder_rate", "pickup_share", "customer_cancel_rate"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be within [0, 1]")
        if self.token_lifetime <= 0:
            raise ValueError("token_lifetime must be positive")
        if len(set(self.outlet_ids)) != len(self.outlet_ids):
            raise ValueError("outlet ids must differ")

    @property
    def credentials(self) -> Credentials:
        """The credentials a client needs."""
        return Credentials(self.client_id, self.client_secret, self.outlet_id, self.notification_secret)

    def scaled(self, seconds: float) -> timedelta:
        """A real-world platform duration on the simulator's clock."""
        return timedelta(seconds=seconds / self.time_scale)

    @property
    def outlet_ids(self) -> tuple[str, ...]:
        """Every outlet GoFood serves here, `outlet_id` first."""
        return (self.outlet_id, *(outlet for outlet, _ in self.other_outlets))

    def mode_of(self, outlet: str) -> AcceptanceMode:
        """The acceptance mode of `outlet` (`mode` for `outlet_id` and any outlet not among `other_outlets`)."""
        return dict(self.other_outlets).get(outlet, self.mode)

    @property
    def accept_window(self) -> float | None:
        """Real-world seconds an order of `outlet_id` waits for the outlet in its mode (None: auto-accept)."""
        return self.window_of(self.outlet_id)

    def window_of(self, outlet: str) -> float | None:
        """Real-world seconds an order of `outlet` waits for it in its mode (None: auto-accept)."""
        mode = self.mode_of(outlet)
        if mode is AcceptanceMode.MANUAL:
            return self.manual_window
        if mode is AcceptanceMode.AUTO_ON_TIMEOUT:
            return self.auto_on_timeout_window
        return None


def hook_url(relay_url: str, tenant: str) -> str:
    """The GoFood notification URL of a relay tenant."""
    return f"{relay_url.rstrip('/')}/hooks/gofood/{tenant}"

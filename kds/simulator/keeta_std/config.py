"""The Keeta Standard simulator's knobs: credentials, webhook target, timings, time scale, generator.

Platform durations are given at real-world scale and divided by `time_scale` (at 60, an order
nobody confirms is cancelled after 5 s instead of 5 min). Durations of the wire itself (token
lifetime, HTTP timeouts) are never scaled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from kds.simulator.keeta_std.badgets import check_kinds
from kds.simulator.spec import OrderPace

DEMO_APP_ID = 3084446411
DEMO_APP_SECRET = "kds-demo-std-secret-Qw2Lx7Rv4Tn8"
DEMO_ACCESS_TOKEN = "kds-demo-merchant-token-7Hc3Vb9Kp1Ws5Zq2"
DEMO_REFRESH_TOKEN = "kds-demo-refresh-token-4Jm8Xd2Lr6Ty0Ng3"
DEMO_SHOP_IDS = (145541, 466663)
DEMO_SHOP_NAMES = ("金龍茶餐廳 Golden Dragon Café", "Harbour Noodle Bar 海港麵家")

# Keeta's published timings (platform-apis.md §3, DESIGN.md), before scaling.
ACCEPT_WINDOW = 5 * 60.0
REFUND_WINDOW = 15 * 60.0
PICKUP_AUTO_COMPLETE = 60 * 60.0
TOKEN_LIFETIME = 7_776_000  # 90 days, unscaled


@dataclass(frozen=True, slots=True)
class Credentials:
    """What the app needs: the Keeta app, the merchant's token, and the shops."""

    app_id: int
    app_secret: str
    access_token: str
    refresh_token: str
    shop_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class SimConfig:
    """Everything the simulator can be told.

    Defaults suit tests: no generated orders, no random customers, no faults, webhooks held until a
    `webhook_url` is set.
    """

    app_id: int = DEMO_APP_ID
    app_secret: str = DEMO_APP_SECRET
    access_token: str = DEMO_ACCESS_TOKEN
    refresh_token: str = DEMO_REFRESH_TOKEN
    shop_ids: tuple[int, ...] = DEMO_SHOP_IDS
    shop_names: tuple[str, ...] = DEMO_SHOP_NAMES
    base_path: str = "/api/open"
    currency: str = "HKD"
    token_lifetime: int = TOKEN_LIFETIME
    # A renewal retires the access token it replaces, so a client that keeps using (or storing) the
    # old one is caught; Keeta's own rule is not published [I], this is the strict reading.
    revoke_on_refresh: bool = True
    require_signature: bool = True
    timestamp_tolerance: float | None = 600.0  # |timestamp - now| allowed, seconds; None: unchecked
    time_scale: float = 1.0
    seed: int | None = None
    clock_skew: timedelta = timedelta(0)  # platform clock minus the injected clock
    # Webhooks: Keeta POSTs to the registered URL and retries up to three more times.
    webhook_url: str = ""  # e.g. f"{relay}/hooks/keeta/{tenant}"; "" holds webhooks until set
    webhook_retries: int = 3
    webhook_retry_delays: tuple[float, ...] = (10.0, 30.0, 60.0)  # real-world seconds, scaled
    webhook_timeout: float = 5.0  # real seconds: Keeta waits 5 s for the answer
    # Generator
    order_rate_per_min: float = 0.0  # generated orders per minute of scaled time; 0 = on demand only
    mix: tuple[float, float, float] = (0.5, 0.3, 0.2)  # Keeta rider delivery, pickup, self-delivery
    scheduled_rate: float = 0.1
    refund_request_rate: float = 0.0  # share of generated orders whose customer asks for a refund
    partial_refund_share: float = 0.5  # of those, the share asking for some items only (1007)
    # The status a customer's new refund request carries (1005 whole order, 1007 some items). Keeta's
    # table is not published: set a code KDS does not know (e.g. 2010) to play one it must still answer.
    refund_request_status: int = 2001
    part_refund_request_status: int = 5001
    closed_after_timeout: float = 600.0  # generator pause after an acceptance timeout (store closed)
    # Demos: steady arrivals instead of the random process above (`order_rate_per_min` is then unused),
    # and the first order confirmed gets its customer's refund request this many seconds later.
    order_pace: OrderPace | None = None
    first_refund_after: float | None = None
    # Platform timings, real-world seconds (divided by time_scale)
    accept_window: float = ACCEPT_WINDOW
    refund_window: float = REFUND_WINDOW
    pickup_auto_complete: float = PICKUP_AUTO_COMPLETE
    courier_assign_delay: tuple[float, float] = (30.0, 120.0)  # after confirm
    courier_arrive_delay: tuple[float, float] = (120.0, 480.0)  # after assignment
    courier_pickup_delay: tuple[float, float] = (30.0, 120.0)  # after arrival and the food being prepared
    courier_pickup_timeout: float = 1800.0  # the courier takes the food even if never marked prepared
    courier_deliver_delay: tuple[float, float] = (600.0, 1500.0)  # after pickup
    refund_request_delay: tuple[float, float] = (60.0, 600.0)  # generated refund requests, after confirm
    # Faults: a share `bad_get_rate` of new orders answers its first `bad_gets` `/order/get` calls badly,
    # in `bad_get_kinds` (see `kds.simulator.keeta_std.badgets`: incomplete, not_found, malformed,
    # system_error, unavailable).
    bad_get_rate: float = 0.0
    bad_gets: int = 1
    bad_get_kinds: tuple[str, ...] = ("incomplete", "not_found", "malformed", "system_error")

    def __post_init__(self) -> None:
        """Validate the knobs that would otherwise fail much later."""
        if self.time_scale <= 0:
            raise ValueError("time_scale must be positive")
        if not self.shop_ids:
            raise ValueError("at least one shop id is needed")
        if self.webhook_retries < 0 or len(self.webhook_retry_delays) < self.webhook_retries:
            raise ValueError("one retry delay per webhook retry is needed")
        if abs(sum(self.mix) - 1.0) > 1e-6 or min(self.mix) < 0:
            raise ValueError("mix is three non-negative shares adding up to 1")
        if not self.base_path.startswith("/") or self.base_path.endswith("/"):
            raise ValueError("base_path starts with '/' and has no trailing '/'")
        if not 0.0 <= self.bad_get_rate <= 1.0:
            raise ValueError(f"bad_get_rate must be within [0, 1], got {self.bad_get_rate}")
        if self.bad_gets < 0:
            raise ValueError("bad_gets cannot be negative")
        check_kinds(self.bad_get_kinds)

    @property
    def credentials(self) -> Credentials:
        """The credentials a client needs."""
        return Credentials(self.app_id, self.app_secret, self.access_token, self.refresh_token, self.shop_ids)

    def scaled(self, seconds: float) -> timedelta:
        """A real-world platform duration on the simulator's clock."""
        return timedelta(seconds=seconds / self.time_scale)

    def shop_name(self, shop_id: int) -> str:
        """The display name of one of the configured shops."""
        index = self.shop_ids.index(shop_id)
        return self.shop_names[index] if index < len(self.shop_names) else f"Shop {index + 1}"


def hook_url(relay_url: str, tenant: str) -> str:
    """The Keeta Standard webhook URL of a relay tenant."""
    return f"{relay_url.rstrip('/')}/hooks/keeta/{tenant}"

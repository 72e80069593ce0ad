"""The CKGo side's state: orders it placed, callbacks to send, tokens, and its API's answers.

The API is strict, as a careful reading of the seed makes it (what it cannot know, it refuses
loudly rather than guesses):

- `POST /api/v1.0/auth/token` wants ``client_id``, ``client_secret``, ``grant_type:
  client_credentials`` and ``scope: all``; a wrong client is HTTP 401 ``{"error": "40101"}``.
  Tokens last `SimConfig.token_ttl` seconds of its clock (24 h by default).
- `POST /api/v1.0/order/status/update` wants the bearer token (missing, unknown or expired: 401
  40101), ``Content-Type: application/json;charset=UTF-8``, a ``KS-Client-Request-Id`` UUID never
  used before, ``KS-Lang`` ``vi`` or ``en``, ``KS-Region`` its region, and ``{order_id, status: 5}``
  (anything else: 400 40001). An order it does not know, or already collected, is 40401.
- `BatchUpdateProduct` at `SimConfig.product_update_path` (the seed names only the operation and its
  ``launch.status``; path and body are the app's reading, `kds.platforms.zeek.client`) wants the
  same token and headers as a status update and exactly ``{"products": [{"product_id": str,
  "launch": {"status": 0|1}}]}`` (1 to 100 products, each a product it sells or has ordered, no
  other key): anything else is 400 40001. Each call taken is kept in `product_calls`, and the last
  status of each product in `launched`.
- `faults` is the probability of a 503 ``{"error": "50001"}`` on a status update.

Each order is first checked at the store (the inventory callback, as at checkout: products the store
says are out are left out of the order, and an order with nothing left is not placed), then sent as a
signed `order_create`; `duplicate_rate` sends it twice.
"""

from __future__ import annotations

import json
import random
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from typing import Any

from kds.clock import Clock, SystemClock
from kds.simulator.spec import OrderPace
from kds.simulator.zeek import catalog

TOKEN_PATH = "/api/v1.0/auth/token"
STATUS_PATH = "/api/v1.0/order/status/update"
PRODUCT_UPDATE_PATH = "/api/v1.0/product/batch-update"
"""Where it takes `BatchUpdateProduct` unless configured otherwise (our guess: the seed gives no path)."""
COLLECTED = 5
MAX_PRODUCTS = 100
VIETNAM = timezone(timedelta(hours=7))


@dataclass(frozen=True, slots=True)
class SimConfig:
    """How the simulated CKGo behaves.

    Attributes:
        client_id: the store's client id.
        client_secret: its client secret.
        callback_secret: the key of the callbacks' HMAC-SHA256 (the relay tenant's Zeek secret).
        signature_header: the header the signature travels in.
        signature_encoding: ``hex`` or ``base64``.
        region: the `KS-Region` it expects.
        store_id: the Circle K store the orders are for.
        token_ttl: seconds a token lasts.
        time_scale: how much faster its time runs (an advanced order's pickup comes sooner).
        order_pace: when it places orders on its own (None: only when asked).
        advanced_share: the share of orders placed in advance (schedule type 2).
        duplicate_rate: the probability that a callback is sent twice.
        faults: the probability of a 503 on a status update.
        product_update_path: where it takes `BatchUpdateProduct`.
        seed: the random seed (None: a fresh one).
    """

    client_id: str = "ck-vn-store-0142"
    client_secret: str = field(default_factory=lambda: secrets.token_urlsafe(24), repr=False)
    callback_secret: str = field(default_factory=lambda: secrets.token_urlsafe(32), repr=False)
    signature_header: str = "X-Zeek-Signature"
    signature_encoding: str = "hex"
    region: str = "SGN"
    store_id: str = "CK-SGN-0142"
    token_ttl: float = 86400.0
    time_scale: float = 1.0
    order_pace: OrderPace | None = None
    advanced_share: float = 0.25
    duplicate_rate: float = 0.1
    faults: float = 0.0
    product_update_path: str = PRODUCT_UPDATE_PATH
    seed: int | None = None


@dataclass(frozen=True, slots=True)
class Answer:
    """One HTTP answer of the API."""

    status: int
    body: dict[str, Any]


@dataclass(slots=True)
class Callback:
    """One order to hand over: first the inventory question, then `order_create` (`copies` times)."""

    order_id: str
    payload: dict[str, Any]
    copies: int = 1


def _error(status: int, code: str, message: str) -> Answer:
    return Answer(status, {"error": code, "error_msg": message})


class ZeekSimState:
    """Orders, tokens and calls; thread-safe (the server and tests use it from different threads)."""

    def __init__(self, config: SimConfig | None = None, clock: Clock | None = None) -> None:
        """A fresh CKGo side for `config`, on `clock`."""
        self.config = config or SimConfig()
        self.clock = clock or SystemClock()
        self.base_url = ""
        self.callback_url = ""  # ``<relay>/hooks/zeek/<tenant>/<path_secret>``
        self.rng = random.Random(self.config.seed)
        self.orders: dict[str, dict[str, Any]] = {}
        self.collected: dict[str, datetime] = {}
        self.status_calls: list[dict[str, Any]] = []
        self.token_calls = 0
        self.product_calls: list[dict[str, int]] = []
        self.launched: dict[str, int] = {}
        self.outbox: list[Callback] = []
        self.on_callback: Callable[[], None] | None = None
        self._tokens: dict[str, datetime] = {}
        self._request_ids: set[str] = set()
        self._lock = threading.Lock()
        self._serial = 0
        self._arrivals: Iterator[datetime] | None = (
            self.config.order_pace.arrivals(self.rng) if self.config.order_pace is not None else None)
        self._next_arrival = next(self._arrivals) if self._arrivals is not None else None

    def now(self) -> datetime:
        """Its clock's time."""
        return self.clock.now()

    # --- orders ---------------------------------------------------------------------------------

    def create_order(self, kind: str = "realtime", *, products: list[dict[str, Any]] | None = None) -> str:
        """Place an order (``realtime`` or ``advanced``) and queue its callbacks; returns its id."""
        with self._lock:
            self._serial += 1
            now = self.now().astimezone(VIETNAM)
            order_id = f"CKG{now:%y%m%d}{self._serial:05d}"
            chosen = products if products is not None else self._basket()
            name, phone = self.rng.choice(catalog.CUSTOMERS)
            schedule: dict[str, Any] = {"type": 1}
            if kind == "advanced":
                ahead = timedelta(minutes=90) / self.config.time_scale
                schedule = {"type": 2, "delivery_time": (now + ahead).isoformat(timespec="seconds")}
            subtotal = sum((_line_total(p) for p in chosen), Decimal(0))
            coupon = Decimal(10000) if subtotal >= 100000 else Decimal(0)
            total = subtotal - coupon
            payload = {
                "order_id": order_id, "order_time": now.isoformat(timespec="seconds"),
                "pickup_code": f"{self.rng.randrange(10000):04d}",
                "store": {"id": self.config.store_id, "name": "Circle K 15 Nguyễn Huệ",
                          "location": "15 Nguyễn Huệ, Bến Nghé, Quận 1, TP.HCM"},
                "payment": {"method": self.rng.choice(catalog.PAYMENTS)}, "schedule": schedule,
                "shipping": {"type": 1}, "remark": self.rng.choice(("", "Ít đá, cảm ơn", "Không lấy ống hút")),
                "fee": {"currency": "VND", "subtotal": int(subtotal), "coupon_discount": int(coupon),
                        "shipping_fee": 0, "vat": int(total * Decimal(8) / Decimal(108)), "is_vat_included": True,
                        "total": int(total)},
                "customer": {"name": name, "phone": phone},
                "products": chosen,
            }
            self.orders[order_id] = payload
            copies = 2 if self.rng.random() < self.config.duplicate_rate else 1
            self.outbox.append(Callback(order_id, payload, copies))
            wake = self.on_callback
        if wake is not None:
            wake()
        return order_id

    def _basket(self) -> list[dict[str, Any]]:
        picked = [json.loads(json.dumps(self.rng.choice(catalog.COMBOS)))]
        for product in self.rng.sample(catalog.SINGLES, k=self.rng.randint(1, 3)):
            picked.append({**json.loads(json.dumps(product)), "quantity": self.rng.randint(1, 2)})
        for product in picked:
            product.setdefault("quantity", 1)
            product.setdefault("is_alcohol", False)
        return picked

    def take_callbacks(self) -> list[Callback]:
        """The callbacks to send now (the sender calls this)."""
        with self._lock:
            taken, self.outbox = self.outbox, []
        return taken

    def tick(self) -> None:
        """Place the orders whose time has come on the pace."""
        while self._next_arrival is not None and self._arrivals is not None and self.now() >= self._next_arrival:
            self._next_arrival = next(self._arrivals)
            self.create_order("advanced" if self.rng.random() < self.config.advanced_share else "realtime")

    # --- the API --------------------------------------------------------------------------------

    def respond(self, path: str, headers: dict[str, str], body: bytes) -> Answer:
        """The API's answer to a POST of `body` to `path` (headers with lower-case names)."""
        try:
            data = json.loads(body)
        except (ValueError, RecursionError):
            data = None
        if not isinstance(data, dict):
            return _error(400, "40001", "request body is not a JSON object")
        if path == TOKEN_PATH:
            return self._token(data)
        if path == STATUS_PATH:
            return self._status(headers, data)
        if path == self.config.product_update_path:
            return self._products(headers, data)
        return _error(404, "40401", "no such API")

    def _token(self, data: dict[str, Any]) -> Answer:
        with self._lock:
            self.token_calls += 1
            if data.get("grant_type") != "client_credentials" or data.get("scope") != "all":
                return _error(400, "40001", "grant_type must be client_credentials and scope all")
            if data.get("client_id") != self.config.client_id or data.get("client_secret") != self.config.client_secret:
                return _error(401, "40101", "invalid client")
            token = secrets.token_urlsafe(24)
            self._tokens[token] = self.now() + timedelta(seconds=self.config.token_ttl)
            return Answer(200, {"error": 0, "data": {"access_token": token, "token_type": "Bearer",
                                                     "expires_in": int(self.config.token_ttl)}})

    def expire_tokens(self) -> None:
        """Every token given so far stops working (as when Zeek rotates them)."""
        with self._lock:
            self._tokens.clear()

    def _refused(self, headers: dict[str, str]) -> Answer | None:
        """The answer to a call whose token or headers are wrong (None: they are right); holds the lock."""
        auth = headers.get("authorization", "")
        expires = self._tokens.get(auth.removeprefix("Bearer ")) if auth.startswith("Bearer ") else None
        if expires is None or self.now() >= expires:
            return _error(401, "40101", "access token invalid or expired")
        request_id = headers.get("ks-client-request-id", "")
        problem = self._header_problem(headers, request_id)
        if problem:
            return _error(400, "40001", problem)
        self._request_ids.add(request_id)
        return None

    def _products(self, headers: dict[str, str], data: dict[str, Any]) -> Answer:
        with self._lock:
            refused = self._refused(headers)
            if refused is not None:
                return refused
            products = data.get("products")
            if set(data) != {"products"} or not isinstance(products, list) or not 0 < len(products) <= MAX_PRODUCTS:
                return _error(400, "40001", f"products (1 to {MAX_PRODUCTS}) is the only field")
            known = self._product_ids()
            statuses: dict[str, int] = {}
            for product in products:
                launch = product.get("launch") if isinstance(product, dict) else None
                status = launch.get("status") if isinstance(launch, dict) else None
                if not isinstance(product, dict) or set(product) != {"product_id", "launch"} \
                        or not isinstance(launch, dict) or set(launch) != {"status"} \
                        or isinstance(status, bool) or status not in (0, 1):
                    return _error(400, "40001", "each product is {product_id, launch: {status: 0 or 1}}")
                product_id = product["product_id"]
                if not isinstance(product_id, str) or product_id not in known:
                    return _error(400, "40001", f"unknown product_id {product_id!r}")
                statuses[product_id] = status
            if self.rng.random() < self.config.faults:
                return _error(503, "50001", "service busy, retry later")
            self.product_calls.append(statuses)
            self.launched.update(statuses)
            return Answer(200, {"error": 0, "data": None})

    def _product_ids(self) -> set[str]:
        """The products it sells, and those of the orders it placed (tests place their own)."""
        found: set[str] = set()

        def walk(products: Any) -> None:
            for product in products:
                found.add(str(product.get("product_id", "")))
                for component in product.get("combo_components", []):
                    walk(component.get("items", []))

        walk(catalog.SINGLES)
        walk(catalog.COMBOS)
        for order in self.orders.values():
            walk(order.get("products", []))
        return found - {""}

    def _status(self, headers: dict[str, str], data: dict[str, Any]) -> Answer:
        with self._lock:
            refused = self._refused(headers)
            if refused is not None:
                return refused
            order_id, status = data.get("order_id"), data.get("status")
            if not isinstance(order_id, str) or isinstance(status, bool) or status != COLLECTED:
                return _error(400, "40001", "order_id (string) and status 5 are required")
            if self.rng.random() < self.config.faults:
                return _error(503, "50001", "service busy, retry later")
            if order_id not in self.orders or order_id in self.collected:
                return _error(200, "40401", "order not found or status not allowed")
            self.collected[order_id] = self.now()
            self.status_calls.append({"order_id": order_id, "status": status,
                                      "request_id": headers.get("ks-client-request-id", ""),
                                      "lang": headers.get("ks-lang", "")})
            return Answer(200, {"error": 0, "data": None})

    def _header_problem(self, headers: dict[str, str], request_id: str) -> str:
        if headers.get("content-type", "").replace(" ", "").lower() != "application/json;charset=utf-8":
            return "Content-Type must be application/json;charset=UTF-8"
        try:
            uuid.UUID(request_id)
        except ValueError:
            return "KS-Client-Request-Id must be a UUID"
        if request_id in self._request_ids:
            return "KS-Client-Request-Id was used before"
        if headers.get("ks-lang") not in ("vi", "en"):
            return "KS-Lang must be vi or en"
        if headers.get("ks-region") != self.config.region:
            return f"KS-Region must be {self.config.region}"
        return ""


def _line_total(product: dict[str, Any]) -> Decimal:
    unit = Decimal(str(product.get("price", 0)))
    for group in product.get("options", []):
        for value in group.get("option_values", []):
            price = Decimal(str(value.get("price", 0)))
            unit += -price if value.get("price_adjustment") == 2 else price
    return unit * Decimal(str(product.get("quantity", 1)))

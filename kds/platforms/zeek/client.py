"""Zeek's store API: `GetAccessToken` and `UpdateOrderStatus`, with an injected `httpx.AsyncClient`.

`BatchUpdateProduct` switches products off and on (``launch.status`` 0 / 1) when the station names
its path (`product_update_path`): the seed names the operation and that field only, so its path and
the rest of the body (``{"products": [{"product_id", "launch": {"status"}}]}``, products named by the
`product_id` the orders carry) are our reading, kept here and checked strictly by the simulator.

Every request carries ``Authorization: Bearer …``, ``Content-Type: application/json;charset=UTF-8``,
a fresh ``KS-Client-Request-Id`` (a UUID, also in our log line for that request, so one call can be
found on both sides), ``KS-Lang`` (``vi`` or ``en``, from the station's language) and ``KS-Region``
(``SGN`` unless set). The token (24 hours) is kept until `REFRESH_MARGIN` before its `expires_in`
and fetched again once when Zeek answers 401 (or error 40101).

Answers are ``{"error": 0, "data": …}`` or ``{"error": "40001", "error_msg": …}``, sorted into
the error tree: 40101 → auth, 40401 → rejected (the order is not there or not in that state:
reconcile), 40001 → payload, HTTP 5xx → transient (the outbox backs off), other HTTP errors by
`kds.platforms.http_errors`.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

import httpx
from pydantic import ValidationError

from kds.clock import Clock
from kds.platforms.base import (
    InvalidStateError,
    PlatformAuthError,
    PlatformError,
    PlatformPayloadError,
    PlatformRejectedError,
)
from kds.platforms.http_errors import (
    ServerClock,
    error_for_exception,
    error_for_status,
    parse_http_date,
    parse_retry_after,
)
from kds.platforms.zeek.models import Answer
from kds.platforms.zeek.policy import DEFAULT_REGION

log = logging.getLogger(__name__)

TOKEN_PATH = "/api/v1.0/auth/token"
STATUS_PATH = "/api/v1.0/order/status/update"
COLLECTED = 5
"""`UpdateOrderStatus` status: the customer picked the order up."""
LAUNCHED, WITHDRAWN = 1, 0
"""`BatchUpdateProduct` ``launch.status``: the product is on sale (1) or switched off (0)."""
REFRESH_MARGIN = timedelta(minutes=5)
"""How long before `expires_in` runs out the token is fetched again."""
CONTENT_TYPE = "application/json;charset=UTF-8"


def ks_lang(language: str) -> str:
    """`KS-Lang` for a station speaking `language`: ``vi`` for Vietnamese, else ``en``."""
    return "vi" if language.lower().startswith("vi") else "en"


class ZeekClient:
    """One Zeek client account (`client_id`), for one region."""

    def __init__(self, http: httpx.AsyncClient, base_url: str, client_id: str, client_secret: str, clock: Clock,
                 *, region: str = DEFAULT_REGION, language: str = "vi") -> None:
        """Call Zeek at `base_url` through `http` (owned by the caller)."""
        self.http = http
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self._secret = client_secret
        self.clock = clock
        self.region = region or DEFAULT_REGION
        self.lang = ks_lang(language)
        self._token = ""
        self._expires: datetime | None = None
        self._lock = asyncio.Lock()
        self.server_clock = ServerClock()

    @property
    def server_offset(self) -> timedelta | None:
        """Zeek's clock minus ours, from the `Date` of its answers (None before the first)."""
        return self.server_clock.offset

    def platform_now(self) -> datetime:
        """Now on Zeek's clock (ours while no answer said otherwise)."""
        return self.clock.now() + (self.server_offset or timedelta(0))

    def _headers(self, request_id: str, token: str | None) -> dict[str, str]:
        headers = {"Content-Type": CONTENT_TYPE, "KS-Client-Request-Id": request_id, "KS-Lang": self.lang,
                   "KS-Region": self.region}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        return headers

    def _valid(self) -> bool:
        return bool(self._token) and self._expires is not None and self.clock.now() < self._expires - REFRESH_MARGIN

    async def access_token(self, *, renew: bool = False) -> str:
        """The cached token, or a new one from `GetAccessToken` when it is missing, due or `renew`."""
        async with self._lock:
            if renew or not self._valid():
                body = {"client_id": self.client_id, "client_secret": self._secret,
                        "grant_type": "client_credentials", "scope": "all"}
                data = await self._call(TOKEN_PATH, body, None, "GetAccessToken")
                token = data.get("access_token") if isinstance(data, dict) else None
                expires = data.get("expires_in") if isinstance(data, dict) else None
                if not isinstance(token, str) or not token or isinstance(expires, bool) \
                        or not isinstance(expires, int | float):
                    raise PlatformPayloadError("Zeek GetAccessToken: no access_token/expires_in", code="payload")
                self._token = token
                self._expires = self.clock.now() + timedelta(seconds=float(expires))
            return self._token

    async def update_status(self, order_id: str, status: int = COLLECTED) -> None:
        """`UpdateOrderStatus` `{order_id, status}`; a 401 fetches a new token once and tries again."""
        body = {"order_id": order_id, "status": status}
        token = await self.access_token()
        try:
            await self._call(STATUS_PATH, body, token, "UpdateOrderStatus")
        except PlatformAuthError:
            token = await self.access_token(renew=True)
            await self._call(STATUS_PATH, body, token, "UpdateOrderStatus")

    async def update_products(self, path: str, product_ids: Sequence[str], available: bool) -> None:
        """`BatchUpdateProduct` at `path`: ``launch.status`` 1 (`available`) or 0 for each product."""
        status = LAUNCHED if available else WITHDRAWN
        body = {"products": [{"product_id": p, "launch": {"status": status}} for p in product_ids]}
        token = await self.access_token()
        try:
            await self._call(path, body, token, "BatchUpdateProduct")
        except PlatformAuthError:
            token = await self.access_token(renew=True)
            await self._call(path, body, token, "BatchUpdateProduct")

    async def _call(self, path: str, body: dict[str, Any], token: str | None, operation: str) -> Any:
        request_id = str(uuid.uuid4())
        sent = self.clock.now()
        try:
            response = await self.http.post(self.base_url + path, headers=self._headers(request_id, token),
                                            content=json.dumps(body, ensure_ascii=False).encode())
        except httpx.HTTPError as exc:
            log.warning("Zeek %s failed (request %s): %s", operation, request_id, type(exc).__name__)
            raise error_for_exception(exc, f"Zeek {operation}") from exc
        self.server_clock.observe(response.headers.get("Date"), sent, self.clock.now())
        server_now = parse_http_date(response.headers.get("Date"))
        answer = self._answer(response, operation)
        code = answer.code if answer is not None else ""
        log.info("Zeek %s: HTTP %d, error %s (request %s)", operation, response.status_code, code or "-", request_id)
        if code and code != "0":
            raise _error_for_code(code, f"Zeek {operation}: error {code}", response.status_code)
        if not response.is_success:
            text = f"Zeek {operation}: HTTP {response.status_code}"
            raise error_for_status(response.status_code, text, retry_after=parse_retry_after(
                response.headers.get("Retry-After"), server_now or self.clock.now()))
        if answer is None:
            raise PlatformPayloadError(f"Zeek {operation}: answer is not JSON", status=response.status_code,
                                       code="payload", raw=response.text)
        return answer.data

    @staticmethod
    def _answer(response: httpx.Response, operation: str) -> Answer | None:
        try:
            return Answer.model_validate(json.loads(response.content))
        except (ValueError, RecursionError, ValidationError):
            return None


def _error_for_code(code: str, message: str, status: int) -> PlatformError:
    """Zeek's error code as the error tree's kind."""
    if code == "40101":
        return PlatformAuthError(message, status=status, code=code)
    if code == "40401":
        return InvalidStateError(message, status=status, code=code)
    if code == "40001":
        return PlatformPayloadError(message, status=status, code=code)
    if status >= 500 or code.startswith("5"):
        return error_for_status(status if status >= 500 else 503, message, retry_after=None)
    return PlatformRejectedError(message, status=status, code=code)

"""HTTP client of Keeta's Standard Order API: the signed request envelope and every order action.

Every call is a `POST` of a JSON object holding the business fields plus `appId`, `timestamp`
(Unix seconds, on our estimate of Keeta's clock), `accessToken` (not for the token endpoint) and
`sig` (see `signature.py`). The parameters are signed and then serialised once with `body_bytes`,
so the bytes Keeta reads are the parameters that were signed. Answers are the `{code, message,
data}` envelope; failures come out sorted by `errors.py`.
"""

from __future__ import annotations

import json
import logging
import statistics
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime
from typing import Any, TypeVar

import httpx
from pydantic import ValidationError

from kds.clock import Clock
from kds.platforms.base import PlatformPayloadError, PlatformRejectedError
from kds.platforms.gate import RequestGate
from kds.platforms.keeta_std import codes
from kds.platforms.keeta_std import models as wire
from kds.platforms.keeta_std.errors import error_for_code, error_for_exception, error_for_status
from kds.platforms.keeta_std.signature import body_bytes, sign
from kds.platforms.keeta_std.tokens import MerchantToken

log = logging.getLogger(__name__)

DECRYPT_BATCH = 50
"""Most cipher texts one `/base/batchDecrypt` call may carry [C]."""

AccessTokenProvider = Callable[[], Awaitable[str]]
"""Returns a usable merchant access token (`TokenKeeper.access_token`, or a constant)."""

_M = TypeVar("_M", bound=wire.Wire)


def constant_token(token: str) -> AccessTokenProvider:
    """An `AccessTokenProvider` that always gives `token` (no refresh)."""

    async def provide() -> str:
        return token

    return provide


def wire_id(value: str, what: str) -> int:
    """An id as Keeta's int64 (orderViewId, shopId, orderProductId); rejects anything else."""
    text = str(value).strip()
    if not text.isdigit() or len(text) > 19:
        raise PlatformRejectedError(f"Keeta {what} must be a number", code="bad_id")
    return int(text)


class _ServerClock:
    """Keeta's clock minus ours, from `Date` headers (median of a few; `Date` is truncated to seconds)."""

    def __init__(self, samples: int = 5) -> None:
        self._samples: deque[float] = deque(maxlen=samples)

    def observe(self, header: str | None, sent: datetime, received: datetime) -> None:
        if not header:
            return
        try:
            server = parsedate_to_datetime(header)
        except (TypeError, ValueError, IndexError):
            return
        if server.tzinfo is None:
            return
        self._samples.append((server - (sent + (received - sent) / 2)).total_seconds() + 0.5)

    @property
    def offset(self) -> timedelta | None:
        return timedelta(seconds=statistics.median(self._samples)) if self._samples else None


class KeetaStdClient:
    """Talks to Keeta's Standard API for one app (`appId`) and one merchant authorization."""

    def __init__(self, http: httpx.AsyncClient, base_url: str, app_id: int | str, app_secret: str,
                 access_token_provider: AccessTokenProvider, clock: Clock) -> None:
        """Use `http` (closed by `aclose`) against `base_url`, e.g. `https://open.mykeeta.com/api/open`."""
        self.http = http
        self._base = base_url.rstrip("/")
        self.app_id = wire_id(str(app_id), "appId")
        self._secret = app_secret
        self._token = access_token_provider
        self._clock = clock
        self._server_clock = _ServerClock()
        self._gate = RequestGate(clock, "Keeta")

    @property
    def server_offset(self) -> timedelta | None:
        """Keeta's clock minus ours, estimated from the answers so far."""
        return self._server_clock.offset

    def platform_now(self) -> datetime:
        """Our best estimate of Keeta's current time."""
        return self._clock.now() + (self.server_offset or timedelta(0))

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.http.aclose()

    # --- plumbing ------------------------------------------------------------------------------

    def signed_body(self, path: str, fields: Mapping[str, Any], access_token: str | None) -> bytes:
        """The exact body of a call to `path`: `fields` + appId, timestamp, accessToken, sig."""
        params: dict[str, Any] = {**fields, "appId": self.app_id, "timestamp": int(self.platform_now().timestamp())}
        if access_token is not None:
            params["accessToken"] = access_token
        params["sig"] = sign(self._base + path, params, self._secret)
        return body_bytes(params)

    async def call(self, path: str, operation: str, fields: Mapping[str, Any], *, token: bool = True) -> Any:
        """POST a signed call and return the envelope's `data`; errors are sorted.

        Never sent while an earlier answer's `Retry-After` for this kind of call runs.
        """
        data, _ = await self._exchange(path, operation, fields, token=token)
        return data

    async def _exchange(self, path: str, operation: str, fields: Mapping[str, Any], *,
                        token: bool = True) -> tuple[Any, str]:
        """`call`, returning the envelope's `data` and the answer's text.

        Payload errors keep the text for the quarantine: a truncated or foreign answer is never logged, only
        stored.
        """
        self._gate.check(operation)
        access_token = await self._token() if token else None
        content = self.signed_body(path, fields, access_token)
        sent = self._clock.now()
        try:
            response = await self.http.post(self._base + path, content=content,
                                            headers={"Content-Type": "application/json"})
        except httpx.HTTPError as exc:
            raise error_for_exception(exc, operation) from exc
        self._server_clock.observe(response.headers.get("Date"), sent, self._clock.now())
        if response.status_code != 200:
            error = error_for_status(response, operation, self.platform_now())
            self._gate.observe(operation, error)
            raise error
        text = response.content.decode("utf-8", "replace")
        try:
            # ValueError: not JSON (truncated, HTML) or not UTF-8; RecursionError: absurdly nested.
            envelope = wire.Envelope.model_validate(json.loads(response.content))
        except (ValueError, RecursionError, ValidationError) as exc:
            raise PlatformPayloadError(f"Keeta {operation}: answer is not a Keeta envelope", code="payload",
                                       raw=text) from exc
        if envelope.code != 0:
            raise error_for_code(envelope.code, envelope.message, operation)
        return envelope.data, text

    async def _parsed(self, model: type[_M], path: str, operation: str, fields: Mapping[str, Any],
                      *, token: bool = True) -> _M:
        data, text = await self._exchange(path, operation, fields, token=token)
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise PlatformPayloadError(f"Keeta {operation}: unreadable data ({_where(exc, 'data')})",
                                       code="payload", raw=text) from exc

    @staticmethod
    def _order(order_id: str, shop_id: str) -> dict[str, Any]:
        return {"orderViewId": wire_id(order_id, "orderViewId"), "shopId": wire_id(shop_id, "shopId")}

    # --- OAuth ---------------------------------------------------------------------------------

    async def refresh_token(self, refresh_token: str) -> MerchantToken:
        """Exchange the (single-use) refresh token for a new merchant token."""
        fields = {"grantType": "refresh_token", "refreshToken": refresh_token}
        data = await self._parsed(wire.TokenData, "/base/oauth/token", "token refresh", fields, token=False)
        return MerchantToken.from_wire(data, self.platform_now())

    async def authorize(self, code: str) -> MerchantToken:
        """Exchange a merchant's authorization code for its first token."""
        fields = {"grantType": "authorization_code", "code": code}
        data = await self._parsed(wire.TokenData, "/base/oauth/token", "authorization", fields, token=False)
        return MerchantToken.from_wire(data, self.platform_now())

    # --- orders --------------------------------------------------------------------------------

    async def get_order(self, order_id: str, shop_id: str) -> tuple[wire.OrderInfo, dict[str, Any]]:
        """An order's `orderInfo`, parsed and raw.

        Only complete details are an answer (`wire.OrderDetails`: products and fee details included);
        anything else raises `PlatformPayloadError` with the answer's text in `raw`.
        """
        data, text = await self._exchange("/order/get", "order details", self._order(order_id, shop_id))
        raw = data.get("orderInfo") if isinstance(data, dict) else None
        if not isinstance(raw, dict):
            raise PlatformPayloadError("Keeta order details: no orderInfo", code="payload", raw=text)
        try:
            return wire.OrderDetails.model_validate(raw), raw
        except ValidationError as exc:
            missing = all(e["type"] in ("missing", "too_short") for e in exc.errors())
            raise PlatformPayloadError(
                f"Keeta order details: {'incomplete' if missing else 'unreadable'} order ({_where(exc, 'orderInfo')})",
                code="payload", raw=text) from exc

    async def confirm(self, order_id: str, shop_id: str) -> None:
        """Accept the order (within 5 minutes of placement, or Keeta cancels it)."""
        await self.call("/order/confirm", "confirm", self._order(order_id, shop_id))

    async def prepare(self, order_id: str, shop_id: str) -> None:
        """Mark the food prepared (body [I]: the order's ids, like confirm)."""
        await self.call("/order/prepare", "prepare", self._order(order_id, shop_id))

    async def collect(self, order_id: str, shop_id: str) -> None:
        """A pickup order was handed to its customer (body [I])."""
        await self.call("/order/collect", "collect", self._order(order_id, shop_id))

    async def cancel(self, order_id: str, shop_id: str, cancel_code: str, reason: str = "") -> None:
        """Cancel the order with one of `codes.CANCEL_CODES` (500000 needs a reason)."""
        fields = self._order(order_id, shop_id)
        fields["cancelCode"] = _reason_code(cancel_code, codes.CANCEL_CODES, reason, "cancel")
        if reason.strip():
            fields["cancelReason"] = reason.strip()
        await self.call("/order/cancel", "cancel", fields)

    async def agree_refund(self, order_id: str, shop_id: str) -> None:
        """Agree to the customer's refund request."""
        await self.call("/order/agree", "agree", self._order(order_id, shop_id))

    async def reject_refund(self, order_id: str, shop_id: str, reject_code: str, reason: str = "") -> None:
        """Reject the customer's refund request with one of `codes.REJECT_CODES`."""
        fields = self._order(order_id, shop_id)
        fields["rejectCode"] = _reason_code(reject_code, codes.REJECT_CODES, reason, "reject")
        if reason.strip():
            fields["rejectReason"] = reason.strip()
        await self.call("/order/reject", "reject", fields)

    async def refund_preview(self, order_id: str, shop_id: str,
                             products: Sequence[tuple[str, int]] = ()) -> wire.PreviewData:
        """What refunding `products` ((orderProductId, count)) would give back; all refundable if empty."""
        fields = self._order(order_id, shop_id)
        fields["products"] = _products(products)
        return await self._parsed(wire.PreviewData, "/order/refund/part/products/preview", "refund preview",
                                  fields)

    async def refund_apply(self, order_id: str, shop_id: str, products: Sequence[tuple[str, int]],
                           part_refund_type: str, reason: str = "") -> None:
        """Refund some items now (`partRefundType` from `codes.PART_REFUND_TYPES`)."""
        if not products:
            raise PlatformRejectedError("Keeta partial refund: no items", code="no_items")
        fields = self._order(order_id, shop_id)
        fields["products"] = _products(products)
        fields["partRefundType"] = _reason_code(part_refund_type, codes.PART_REFUND_TYPES, reason, "partial refund")
        if reason.strip():
            fields["partRefundReason"] = reason.strip()
        await self.call("/order/refund/part/apply", "partial refund", fields)

    async def dispatched(self, order_id: str, shop_id: str, courier: Mapping[str, Any] | None = None) -> None:
        """Our own rider left with the order (self-delivery only)."""
        await self.call("/order/dispatched", "dispatched", _with_courier(self._order(order_id, shop_id), courier))

    async def delivered(self, order_id: str, shop_id: str, courier: Mapping[str, Any] | None = None) -> None:
        """Our own rider delivered the order (self-delivery only)."""
        await self.call("/order/delivered", "delivered", _with_courier(self._order(order_id, shop_id), courier))

    async def update_courier_info(self, order_id: str, shop_id: str, courier: Mapping[str, Any]) -> None:
        """Tell Keeta who our rider is (self-delivery; body [I] like dispatched)."""
        await self.call("/order/updateCourierInfo", "updateCourierInfo",
                        _with_courier(self._order(order_id, shop_id), courier))

    async def batch_decrypt(self, shop_id: str, cipher_texts: Sequence[str]) -> list[wire.PlainInfo]:
        """Decrypt `ENC_` texts, at most 50 per call."""
        results: list[wire.PlainInfo] = []
        shop = wire_id(shop_id, "shopId")
        for start in range(0, len(cipher_texts), DECRYPT_BATCH):
            chunk = cipher_texts[start:start + DECRYPT_BATCH]
            fields = {"shopId": shop, "cipherInfos": [{"cipherText": text} for text in chunk]}
            data = await self._parsed(wire.DecryptData, "/base/batchDecrypt", "batchDecrypt", fields)
            results.extend(data.plainInfos)
        return results


def _where(exc: ValidationError, top: str) -> str:
    """Where validation failed (at most five places), without the values: they may be customer data."""
    return ", ".join(sorted({".".join(str(p) for p in e["loc"]) or top for e in exc.errors()})[:5])


def _reason_code(code: str, allowed: frozenset[str], reason: str, what: str) -> int:
    if code not in allowed:
        raise PlatformRejectedError(f"Keeta does not accept {what} code {code!r}", code="bad_reason")
    if code in codes.CODES_NEEDING_TEXT and not reason.strip():
        raise PlatformRejectedError(f"Keeta needs a reason text for {what} code {code}", code="reason_required")
    return int(code)


def _products(products: Sequence[tuple[str, int]]) -> list[dict[str, int]]:
    return [{"orderProductId": wire_id(line_id, "orderProductId"), "refundCount": int(count)}
            for line_id, count in products]


def _with_courier(fields: dict[str, Any], courier: Mapping[str, Any] | None) -> dict[str, Any]:
    if courier:
        fields["courierInfo"] = dict(courier)
    return fields

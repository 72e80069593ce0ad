"""Keeta's Standard endpoints as the simulator answers them: checks, state machine, envelope.

Every call is judged in the order Keeta would: a JSON object body, then `sig` (the URL the client
called, or the configured base URL), `appId`, `timestamp`, the merchant `accessToken` (not for the
token endpoint), an injected fault if a test queued one, then the endpoint's own rules. Answers
are HTTP 200 with `{code, message, data}`, except the spoiled `/order/get` answers of `badgets.py`
(a truncated body, a gateway's 503).

Codes (see `kds.platforms.keeta_std.errors` for how the app sorts them): 1150001xx signature and
token, 1150002xx parameters, 209000101 no such order, 2090006003 not a self-delivery order,
2150001xx the order's state does not allow it [I], 315000101 server busy, 309000000 system error (a
spoiled GET).
"""

from __future__ import annotations

import json
import re
import secrets
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from kds.domain.order import OrderType
from kds.platforms.keeta_std.signature import verify as keeta_std_verify
from kds.simulator.keeta_std.badgets import Answer, SpoiledAnswer, spoiled
from kds.simulator.keeta_std.orders import (
    ACCEPTED,
    CANCELLED,
    COMPLETED,
    DELIVERING,
    NEW,
    OPEN,
    PREPARED,
    REFUNDABLE,
    SimOrder,
    SimProduct,
    ms,
)
from kds.simulator.keeta_std.platform import ActionCall, SimPlatform

SIG_INVALID, TOKEN_INVALID, TOKEN_EXPIRED, APP_INVALID, TIMESTAMP_INVALID, GRANT_INVALID = range(
    115000101, 115000107)
PARAM_MISSING, PARAM_INVALID = 115000201, 115000202
ORDER_NOT_FOUND = 209000101
NOT_SELF_DELIVERY = 2090006003
STATUS_NOT_ALLOWED, ALREADY_HANDLED, NO_PENDING_REFUND, NOT_PICKUP = 215000101, 215000102, 215000103, 215000104
SERVER_BUSY = 315000101

MESSAGES = {
    SIG_INVALID: "sig verification failed", TOKEN_INVALID: "accessToken is invalid",
    TOKEN_EXPIRED: "accessToken expired", APP_INVALID: "appId is invalid", TIMESTAMP_INVALID: "timestamp expired",
    GRANT_INVALID: "refreshToken or code is invalid", PARAM_MISSING: "required parameter missing",
    PARAM_INVALID: "parameter invalid", ORDER_NOT_FOUND: "order does not exist",
    NOT_SELF_DELIVERY: "not a self-delivery order", STATUS_NOT_ALLOWED: "order status does not allow this operation",
    ALREADY_HANDLED: "order already handled", NO_PENDING_REFUND: "no refund application to handle",
    NOT_PICKUP: "not a pickup order", SERVER_BUSY: "system busy, please retry",
}
COMMON = ("appId", "timestamp", "accessToken", "sig")
NO_TOKEN = frozenset({"base/oauth/token"})


class ApiError(Exception):
    """A non-zero answer."""

    def __init__(self, code: int, detail: str = "") -> None:
        """Answer `code`; the message is Keeta-like, with `detail` appended."""
        super().__init__(MESSAGES.get(code, "error") + (f": {detail}" if detail else ""))
        self.code = code


def envelope(code: int, data: Any = None, message: str = "Success") -> dict[str, Any]:
    """Keeta's answer envelope."""
    reply: dict[str, Any] = {"code": code, "message": message}
    if data is not None:
        reply["data"] = data
    return reply


def respond(state: SimPlatform, action: str, body: bytes, url: str) -> Answer:
    """Answer one call to `{base}/{action}` with raw `body`, called as `url`; records the call."""
    action = action.strip("/")
    with state.lock:
        now = state.tick()
        params: dict[str, Any] = {}
        kind = ""
        try:
            params = _parse(body)
            _authenticate(state, action, params, url, now)
            queued = state.faults.get(action)
            if queued:
                raise ApiError(queued.popleft())
            handler = HANDLERS.get(action)
            if handler is None:
                raise ApiError(PARAM_INVALID, f"unknown API {action}")
            answer, code = Answer.of(envelope(0, handler(state, params, now))), 0
        except ApiError as exc:
            answer, code = Answer.of(envelope(exc.code, message=str(exc))), exc.code
        except SpoiledAnswer as bad:
            answer, code, kind = bad.answer, bad.code, bad.kind
        if action not in NO_TOKEN:
            fields = {k: v for k, v in params.items() if k not in COMMON}
            state.record_call(ActionCall(now, str(params.get("orderViewId", "")), action, fields, code, kind))
        return answer


def handle(state: SimPlatform, action: str, body: bytes, url: str) -> dict[str, Any]:
    """`respond`, as the envelope it carries (raises ValueError for a spoiled answer that carries none)."""
    reply: dict[str, Any] = respond(state, action, body, url).json()
    return reply


def on_tablet(state: SimPlatform, order_id: str, action: str, **fields: Any) -> int:
    """Do `action` as the merchant's own Keeta tablet would (no API call recorded); returns the code."""
    with state.lock:
        now = state.tick()
        order = state.orders[str(order_id)]
        try:
            HANDLERS[action](state, {"orderViewId": order.order_id, "shopId": order.shop_id, **fields}, now)
        except ApiError as exc:
            return exc.code
        return 0


def _parse(body: bytes) -> dict[str, Any]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ApiError(PARAM_INVALID, "body is not JSON") from None
    if not isinstance(data, dict):
        raise ApiError(PARAM_INVALID, "body is not a JSON object")
    return data


def _authenticate(state: SimPlatform, action: str, params: dict[str, Any], url: str, now: datetime) -> None:
    config = state.config
    sig = params.get("sig")
    if config.require_signature:
        if not isinstance(sig, str) or not sig:
            raise ApiError(SIG_INVALID, "sig missing")
        signed = {k: v for k, v in params.items() if k != "sig"}
        urls = {url, f"{state.base_url}/{action}"}
        if not any(keeta_std_verify(u, signed, config.app_secret, sig) for u in urls):
            raise ApiError(SIG_INVALID)
    if str(params.get("appId", "")) != str(config.app_id):
        raise ApiError(APP_INVALID)
    timestamp = params.get("timestamp")
    if not isinstance(timestamp, int) or isinstance(timestamp, bool):
        raise ApiError(PARAM_MISSING, "timestamp")
    if config.timestamp_tolerance is not None and abs(timestamp - now.timestamp()) > config.timestamp_tolerance:
        raise ApiError(TIMESTAMP_INVALID)
    if action in NO_TOKEN:
        return
    token = params.get("accessToken")
    expires = state.tokens.get(token) if isinstance(token, str) else None
    if expires is None:
        raise ApiError(TOKEN_INVALID)
    if now >= expires:
        raise ApiError(TOKEN_EXPIRED)


def _int(params: dict[str, Any], key: str) -> int:
    value = params.get(key)
    if value is None or value == "":
        raise ApiError(PARAM_MISSING, key)
    if isinstance(value, bool) or not (isinstance(value, int) or (isinstance(value, str) and value.isdigit())):
        raise ApiError(PARAM_INVALID, key)
    return int(value)


def _order(state: SimPlatform, params: dict[str, Any]) -> SimOrder:
    order_id, shop_id = _int(params, "orderViewId"), _int(params, "shopId")
    order = state.orders.get(str(order_id))
    if order is None or order.shop_id != shop_id:
        raise ApiError(ORDER_NOT_FOUND)
    return order


def _text(params: dict[str, Any], key: str) -> str:
    value = params.get(key)
    if value is not None and not isinstance(value, str):
        raise ApiError(PARAM_INVALID, key)
    return (value or "").strip()


def _code(params: dict[str, Any], key: str, allowed: range, reason_key: str) -> tuple[int, str]:
    code = _int(params, key)
    if code not in allowed:
        raise ApiError(PARAM_INVALID, key)
    reason = _text(params, reason_key)
    if code == allowed.start and not reason:
        raise ApiError(PARAM_MISSING, reason_key)
    return code, reason


def _need(order: SimOrder, allowed: tuple[int, ...], done: tuple[int, ...] = ()) -> None:
    if order.status in done:
        raise ApiError(ALREADY_HANDLED)
    if order.status not in allowed:
        raise ApiError(STATUS_NOT_ALLOWED)


def _get(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _order(state, params)
    data = {"orderInfo": order.order_info(state.config.currency)}
    kind = state.bad_gets.next_kind(order)
    if kind is not None:
        raise spoiled(kind, order, data)
    if order.read_at is None:
        order.read_at = now
    return data


def _confirm(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _order(state, params)
    _need(order, (NEW,), (ACCEPTED,))
    state.confirm(order, now)


def _prepare(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _order(state, params)
    _need(order, (ACCEPTED,), (PREPARED,))
    state.prepare(order, now)


def _collect(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _order(state, params)
    if order.kind is not OrderType.PICKUP:
        raise ApiError(NOT_PICKUP)
    _need(order, (ACCEPTED, PREPARED), (COMPLETED,))
    state.complete(order, now, "collected")


def _cancel(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _order(state, params)
    code, reason = _code(params, "cancelCode", range(500000, 500004), "cancelReason")
    _need(order, OPEN, (CANCELLED,))
    state.cancel(order, now, 20, reason or f"merchant cancel {code}", str(code))


def _agree(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _order(state, params)
    case = order.pending_refund
    if case is None:
        raise ApiError(NO_PENDING_REFUND)
    state.resolve_refund(order, case, now, "agreed", 20)


def _reject(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _order(state, params)
    code, reason = _code(params, "rejectCode", range(100000, 100003), "rejectReason")
    case = order.pending_refund
    if case is None:
        raise ApiError(NO_PENDING_REFUND)
    state.resolve_refund(order, case, now, "rejected", 20, reason or f"reject {code}")


def _refund_items(order: SimOrder, params: dict[str, Any], required: bool) -> list[tuple[SimProduct, int]]:
    raw = params.get("products")
    if raw is None or raw == []:
        if required:
            raise ApiError(PARAM_MISSING, "products")
        return []
    if not isinstance(raw, list):
        raise ApiError(PARAM_INVALID, "products")
    chosen: dict[int, int] = {}
    for entry in raw:
        if not isinstance(entry, dict):
            raise ApiError(PARAM_INVALID, "products")
        product_id, count = _int(entry, "orderProductId"), _int(entry, "refundCount")
        chosen[product_id] = chosen.get(product_id, 0) + count
    items = []
    for product_id, count in chosen.items():
        product = order.product(product_id)
        if product is None or not 0 < count <= product.refundable:
            raise ApiError(PARAM_INVALID, f"product {product_id} cannot be refunded {count} time(s)")
        items.append((product, count))
    return items


def _preview(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _order(state, params)
    _need(order, REFUNDABLE)
    items = _refund_items(order, params, required=False)
    asked = {p.order_product_id: n for p, n in items}
    shown = [p for p, _ in items] if items else [p for p in order.products if p.refundable]
    products = [{"id": p.order_product_id, "orderProductId": p.order_product_id, "spuId": p.dish.spu_id,
                 "skuId": p.dish.sku_id, "name": p.dish.name, "count": p.count, "refundableCount": p.refundable,
                 "refundCount": asked.get(p.order_product_id, 0),
                 "refundMoney": p.unit_total * asked.get(p.order_product_id, 0)} for p in shown]
    total = sum(p.unit_total * n for p, n in items)
    return {"products": products, "refundMoney": total, "currency": state.config.currency}


def _apply(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _order(state, params)
    items = _refund_items(order, params, required=True)
    _, reason = _code(params, "partRefundType", range(200000, 200005), "partRefundReason")
    _need(order, REFUNDABLE)
    state.merchant_refund(order, now, items, reason)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and 0 < len(value.strip()) <= 100


COURIER_CHECKS: dict[str, Callable[[Any], bool]] = {
    "courierId": lambda v: _is_int(v) and v > 0,
    "courierName": _is_text, "courierFirstName": _is_text, "courierLastName": _is_text,
    "courierPhone": lambda v: isinstance(v, str) and bool(re.fullmatch(r"[0-9][0-9 \-]{2,19}", v)),
    "courierPhoneInterCode": lambda v: isinstance(v, str) and bool(re.fullmatch(r"\+[0-9]{1,4}", v)),
    "courierVehicle": lambda v: _is_int(v) and 1 <= v <= 4,
    "vehiclePlateNumber": _is_text,
}
"""`courierInfo` as Keeta documents it [C]: these fields only, each of its type (numbers as numbers,
the vehicle 1..4, the dialling code apart from the number)."""


def _courier(params: dict[str, Any]) -> dict[str, Any] | None:
    courier = params.get("courierInfo")
    if courier is None:
        return None
    if not isinstance(courier, dict):
        raise ApiError(PARAM_INVALID, "courierInfo")
    for key, value in courier.items():
        check = COURIER_CHECKS.get(key)
        if check is None or not check(value):
            raise ApiError(PARAM_INVALID, f"courierInfo.{key}")
    return courier


def _self_delivery(state: SimPlatform, params: dict[str, Any]) -> SimOrder:
    order = _order(state, params)
    if order.kind is not OrderType.SELF_DELIVERY:
        raise ApiError(NOT_SELF_DELIVERY)
    _courier(params)
    return order


def _dispatched(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _self_delivery(state, params)
    _need(order, (ACCEPTED, PREPARED), (DELIVERING,))
    order.courier_info = dict(params.get("courierInfo") or order.courier_info)
    state.dispatch(order, now)


def _delivered(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _self_delivery(state, params)
    _need(order, (DELIVERING,), (COMPLETED,))
    order.courier_info = dict(params.get("courierInfo") or order.courier_info)
    state.complete(order, now, "delivered")


def _update_courier(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    order = _self_delivery(state, params)
    if not params.get("courierInfo"):
        raise ApiError(PARAM_MISSING, "courierInfo")
    _need(order, (ACCEPTED, PREPARED, DELIVERING))
    order.courier_info = dict(params["courierInfo"])
    order.history.append("courier_info")


def _decrypt(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    shop_id = _int(params, "shopId")
    infos = params.get("cipherInfos")
    if not isinstance(infos, list) or not 0 < len(infos) <= 50:
        raise ApiError(PARAM_INVALID, "cipherInfos must hold 1 to 50 entries")
    owners = {text: order for order in state.orders.values() for text in order.ciphers}
    result = []
    for info in infos:
        text = info.get("cipherText") if isinstance(info, dict) else None
        if not isinstance(text, str):
            raise ApiError(PARAM_INVALID, "cipherText")
        order = owners.get(text)
        if order is None or order.shop_id != shop_id:
            result.append({"cipherText": text, "plainText": None, "errorCode": 1001, "errorMsg": "invalid cipherText"})
        elif order.kind is not OrderType.SELF_DELIVERY:
            result.append({"cipherText": text, "plainText": None, "errorCode": 1002,
                           "errorMsg": "decryption is only allowed for self-delivery orders"})
        else:
            result.append({"cipherText": text, "plainText": order.ciphers[text], "errorCode": 0, "errorMsg": ""})
    return {"plainInfos": result}


def _token(state: SimPlatform, params: dict[str, Any], now: datetime) -> Any:
    grant = _text(params, "grantType")
    if grant == "refresh_token":
        presented, pool = _text(params, "refreshToken"), state.refresh_tokens
    elif grant == "authorization_code":
        presented, pool = _text(params, "code"), state.auth_codes
    else:
        raise ApiError(PARAM_INVALID, "grantType")
    if presented not in pool:
        raise ApiError(GRANT_INVALID)
    pool.discard(presented)  # single use
    replaced = state.token_pairs.pop(presented, None) if grant == "refresh_token" else None
    if replaced is not None and state.config.revoke_on_refresh:
        state.tokens.pop(replaced, None)
    access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
    state.tokens[access] = now + timedelta(seconds=state.config.token_lifetime)
    state.refresh_tokens.add(refresh)
    state.token_pairs[refresh] = access
    return {"accessToken": access, "tokenType": "bearer", "expiresIn": state.config.token_lifetime,
            "refreshToken": refresh, "scope": "all", "issuedAtTime": ms(now)}


HANDLERS: dict[str, Callable[[SimPlatform, dict[str, Any], datetime], Any]] = {
    "order/get": _get, "order/confirm": _confirm, "order/prepare": _prepare, "order/collect": _collect,
    "order/cancel": _cancel, "order/agree": _agree, "order/reject": _reject,
    "order/refund/part/products/preview": _preview, "order/refund/part/apply": _apply,
    "order/dispatched": _dispatched, "order/delivered": _delivered, "order/updateCourierInfo": _update_courier,
    "base/batchDecrypt": _decrypt, "base/oauth/token": _token,
}

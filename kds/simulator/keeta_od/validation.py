"""Request body checks for the order actions, batchDecrypt and acknowledgment (400 on a bad body).

Each check returns `None` for a good body or a short message saying what is wrong. The rules are
the Keeta Open Delivery ones (platform-apis.md §2.5, §2.7): confirm needs `createdAt` and
`orderExternalCode`; requestCancellation needs `reason`, one of Keeta's four codes and a `mode`;
rejectRefund needs `reason` and one of three codes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

CANCEL_CODES = frozenset({"INSUFFICIENT_DISHES", "SUSPENSION_OF_BUSINESS", "INSUFFICIENT_MANPOWER", "OTHERS"})
REJECT_REFUND_CODES = frozenset({"DISH_ALREADY_DONE", "OUT_FOR_DELIVERY", "OTHER"})
CANCEL_MODES = frozenset({"AUTO", "MANUAL"})
MAX_ACK_ITEMS = 100
MAX_DECRYPT_ITEMS = 50
NO_BODY = object()  # the request had no body at all


def _is_datetime(value: object) -> bool:
    if not isinstance(value, str) or "T" not in value:
        return False
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed.tzinfo is not None


def _text(body: dict[str, Any], key: str) -> str | None:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        return f"{key} is required (non-empty string)"
    return None


def _object(body: Any) -> dict[str, Any] | None:
    return body if isinstance(body, dict) else None


def check_confirm(body: Any) -> str | None:
    """`OrderConfirmed`: createdAt (date-time) and orderExternalCode required."""
    obj = _object(body)
    if obj is None:
        return "a JSON object body is required"
    if not _is_datetime(obj.get("createdAt")):
        return "createdAt is required (RFC 3339 date-time with offset)"
    if error := _text(obj, "orderExternalCode"):
        return error
    minutes = obj.get("preparationTime")
    if minutes is not None and (isinstance(minutes, bool) or not isinstance(minutes, int) or minutes < 0):
        return "preparationTime must be a non-negative integer (minutes)"
    if "reason" in obj and not isinstance(obj["reason"], str):
        return "reason must be a string"
    return None


def check_none(body: Any) -> str | None:
    """Actions without a body accept none, `{}` or any JSON object."""
    return None if body is NO_BODY or isinstance(body, dict) else "this action takes no body"


def check_dispatch(body: Any) -> str | None:
    """`OrderDispatched` is optional; when given, `deliveryTrackingInfo` must be an object."""
    if body is NO_BODY:
        return None
    obj = _object(body)
    if obj is None:
        return "the body must be a JSON object"
    info = obj.get("deliveryTrackingInfo")
    if info is not None and not isinstance(info, dict):
        return "deliveryTrackingInfo must be an object"
    return None


def check_tracking(body: Any) -> str | None:
    """`OrderTracking`: deliveryTrackingInfo (object) required."""
    obj = _object(body)
    if obj is None or not isinstance(obj.get("deliveryTrackingInfo"), dict):
        return "deliveryTrackingInfo is required (object)"
    return None


def _uuid_list(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or len(value) > 100 or not all(isinstance(v, str) for v in value):
        return f"{key} must be a list of at most 100 item ids"
    return None


def check_request_cancellation(body: Any) -> str | None:
    """reason, code (Keeta's four) and mode (AUTO|MANUAL) required."""
    obj = _object(body)
    if obj is None:
        return "a JSON object body is required"
    if error := _text(obj, "reason"):
        return error
    if obj.get("code") not in CANCEL_CODES:
        return f"code must be one of {', '.join(sorted(CANCEL_CODES))}"
    if obj.get("mode") not in CANCEL_MODES:
        return "mode must be AUTO or MANUAL"
    return _uuid_list(obj, "outOfStockItems") or _uuid_list(obj, "invalidItems")


def check_reject_refund(body: Any) -> str | None:
    """reason and code (DISH_ALREADY_DONE|OUT_FOR_DELIVERY|OTHER) required."""
    obj = _object(body)
    if obj is None:
        return "a JSON object body is required"
    if error := _text(obj, "reason"):
        return error
    if obj.get("code") not in REJECT_REFUND_CODES:
        return f"code must be one of {', '.join(sorted(REJECT_REFUND_CODES))}"
    return None


ACTION_CHECKS: dict[str, Callable[[Any], str | None]] = {
    "confirm": check_confirm,
    "readyForPickup": check_none,
    "dispatch": check_dispatch,
    "delivered": check_none,
    "tracking": check_tracking,
    "requestCancellation": check_request_cancellation,
    "acceptRefund": check_none,
    "rejectRefund": check_reject_refund,
}


def check_ack(body: Any) -> str | None:
    """An array (at most 100) of `{id, orderId, eventType}` objects, all strings."""
    if not isinstance(body, list):
        return "the body must be a JSON array of acknowledgments"
    if len(body) > MAX_ACK_ITEMS:
        return f"at most {MAX_ACK_ITEMS} events per acknowledgment"
    for item in body:
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("id", "orderId",
                                                                                         "eventType")):
            return "each acknowledgment needs id, orderId and eventType (strings)"
    return None


def check_batch_decrypt(body: Any) -> str | None:
    """`{cipherInfos: [{cipherText}]}` with 1 to 50 items."""
    obj = _object(body)
    infos = None if obj is None else obj.get("cipherInfos")
    if not isinstance(infos, list) or not infos:
        return "cipherInfos is required (non-empty array)"
    if len(infos) > MAX_DECRYPT_ITEMS:
        return f"at most {MAX_DECRYPT_ITEMS} cipherInfos per call"
    if not all(isinstance(i, dict) and isinstance(i.get("cipherText"), str) for i in infos):
        return "each cipherInfo needs a cipherText string"
    return None

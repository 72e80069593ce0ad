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


DISPATCH_EVENTS = frozenset({"DELIVERY_ONGOING", "ARRIVED_AT_CUSTOMER", "ORDER_DELIVERED", "CANCELLED"})
TRACKING_EVENTS = DISPATCH_EVENTS | {"PICKUP_ONGOING", "ARRIVED_AT_MERCHANT", "ORDER_PICKED"}
VEHICLE_TYPES = frozenset({"MOTORBIKE_BAG", "MOTORBIKE_BOX", "CAR", "BICYCLE", "SCOOTER", "VUC"})
PROBLEMS = frozenset({
    "DELIVERYPERSON_OCCURRENCE", "PAYMENT_PROBLEMS", "WRONG_PRODUCT_OR_ITEM", "ORDER_DELAYED",
    "ORDER_DAMAGED_OR_VIOLATED", "CUSTOMER_DID_NOT_PLACE_ORDER", "CUSTOMER_ADDRESS_UNKNOWN", "ORDER_MISSING_ITEMS",
    "NOBODY_TO_RECEIVE", "DELIVERYPERSON_WAITING_PAYMENT_FOR_ALREADY_PAID_ORDER", "ORDER_DELIVERED_WITHOUT_PAYMENT",
    "FRAUD_OR_THEFT"})


def _fields(obj: Any, where: str, allowed: dict[str, Callable[[Any], bool]],
            required: tuple[str, ...] = ()) -> str | None:
    """`obj` is an object with only `allowed` keys, each value passing its check, and `required` ones."""
    if not isinstance(obj, dict):
        return f"{where} must be an object"
    unknown = sorted(set(obj) - set(allowed))
    if unknown:
        return f"{where}: unknown field {unknown[0]}"
    missing = [k for k in required if k not in obj]
    if missing:
        return f"{where}.{missing[0]} is required"
    for key, value in obj.items():
        if not allowed[key](value):
            return f"{where}.{key} is invalid"
    return None


def _str(value: Any) -> bool:
    return isinstance(value, str)


def _int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _vehicle_types(value: Any) -> bool:
    return isinstance(value, list) and 0 < len(value) <= 10 and all(v in VEHICLE_TYPES for v in value)


def check_tracking_info(info: Any, *, tracking: bool) -> str | None:
    """`deliveryTrackingInfo` as Open Delivery 1.5.0 defines it (the dispatch or the tracking variant).

    Unknown fields are refused: a rider's phone, for one, has no place in it.
    """
    events = TRACKING_EVENTS if tracking else DISPATCH_EVENTS
    eta_fields: dict[str, Callable[[Any], bool]] = {
        "deliveryEtaInMinutes": _int, "deliveryEtaDatetime": _is_datetime, "maxDeliveryTime": _is_datetime}
    if tracking:
        eta_fields |= {"pickupEtaInMinutes": _int, "pickupEtaDatetime": _is_datetime}
    nested: dict[str, Callable[[Any], str | None]] = {
        "event": lambda v: _fields(v, "event", {"type": lambda t: t in events, "message": _str,
                                                "datetime": _is_datetime}, ("type", "datetime")),
        "problem": lambda v: _fields(v, "problem", {"reason": lambda r: r in PROBLEMS, "message": _str,
                                                    "datetime": _is_datetime}, ("reason", "datetime")),
        "vehicle": lambda v: _fields(v, "vehicle", {"type": _vehicle_types, "licencePlate": _str}, ("type",)),
        "eta": lambda v: _fields(v, "eta", eta_fields),
        "deliveryPerson": lambda v: _fields(v, "deliveryPerson", {"id": _str, "name": _str, "pictureURL": _str}),
        "externalTrackingURL": lambda v: None if _str(v) else "externalTrackingURL must be a string",
    }
    if tracking:
        nested["geoLocalization"] = lambda v: None if isinstance(v, dict) else "geoLocalization must be an object"
    if not isinstance(info, dict):
        return "deliveryTrackingInfo must be an object"
    for key, value in info.items():
        check = nested.get(key)
        if check is None:
            return f"deliveryTrackingInfo: unknown field {key}"
        if error := check(value):
            return f"deliveryTrackingInfo.{error}"
    return None


def check_dispatch(body: Any) -> str | None:
    """`OrderDispatched` is optional; when given, `deliveryTrackingInfo` must be valid."""
    if body is NO_BODY:
        return None
    obj = _object(body)
    if obj is None:
        return "the body must be a JSON object"
    if set(obj) - {"deliveryTrackingInfo"}:
        return "OrderDispatched has only deliveryTrackingInfo"
    info = obj.get("deliveryTrackingInfo")
    return None if info is None else check_tracking_info(info, tracking=False)


def check_tracking(body: Any) -> str | None:
    """`OrderTracking`: deliveryTrackingInfo (object, valid) required."""
    obj = _object(body)
    if obj is None or not isinstance(obj.get("deliveryTrackingInfo"), dict):
        return "deliveryTrackingInfo is required (object)"
    return check_tracking_info(obj["deliveryTrackingInfo"], tracking=True)


def check_empty(body: Any) -> str | None:
    """`delivered` has no request body in Open Delivery: none at all, or `{}`."""
    return None if body is NO_BODY or body == {} else "this action takes no body"


def _uuid_list(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if value is None:
        return None
    if not isinstance(value, list) or len(value) > 100 or not all(isinstance(v, str) for v in value):
        return f"{key} must be a list of at most 100 item ids"
    return None


def check_request_cancellation(body: Any) -> str | None:
    """`reason`, `code` (Keeta's four) and `mode` (AUTO|MANUAL) required."""
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
    """`reason` and `code` (DISH_ALREADY_DONE|OUT_FOR_DELIVERY|OTHER) required."""
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
    "delivered": check_empty,
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


def check_merchant_status(body: Any) -> str | None:
    """`merchantUpdate` as a status change: `merchantStatus` alone (never with `entityType` or objects)."""
    obj = _object(body)
    if obj is None:
        return "a JSON object body is required"
    if obj.get("merchantStatus") not in ("AVAILABLE", "UNAVAILABLE"):
        return "merchantStatus must be AVAILABLE or UNAVAILABLE"
    extra = sorted(set(obj) - {"merchantStatus"})
    if extra:
        return f"merchantStatus is sent alone, not with {', '.join(extra)}"
    return None

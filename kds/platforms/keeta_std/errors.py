"""Sorting Keeta Standard failures into the platform error tree.

Keeta answers HTTP 200 with `{code, message, data}`; a non-zero `code` is a failure. The sorting:

==========================================  =====================================================
code                                        error
==========================================  =====================================================
115000100–115000199 (sig / token band [T])  `PlatformAuthError` (wrong secret, bad or expired token)
115000200–115000399 (parameter bands [T])   `PlatformRejectedError` (code "bad_request")
109000000 (parameter error [C])             `PlatformRejectedError` (code "bad_request")
209000101 (order does not exist [C])        `PlatformRejectedError` (code "not_found")
2090006003 (not a self-delivery order [C])  `PlatformRejectedError` (code "not_self_delivery")
`INVALID_STATE_CODES` [I]                   `InvalidStateError` (reconcile with `/order/get`)
315000100–315000199 (Keeta server [T])      `PlatformTransientError`
309000000 (system error [C])                `PlatformTransientError`
any other non-zero code                     `PlatformRejectedError`, unless the message reads like
                                            "already handled" / "status does not allow", which
                                            is `InvalidStateError`
==========================================  =====================================================

Keeta did not publish the codes for "the order is already in that state" (accepted on the Keeta
tablet, refund already answered). `INVALID_STATE_CODES` are the ones the simulator uses; the
message test catches Keeta's real ones, whose wording we have not seen, without resending.

Transport (`kds.platforms.http_errors`): HTTP 429 → `RateLimitedError`; 5xx, 408 and network
errors → transient; 401/403 → auth; other 4xx (a 422 too) → rejected. Messages carry the code
and Keeta's message, which describe the request, never the customer.
"""

from __future__ import annotations

import re
from datetime import datetime

import httpx

from kds.platforms import http_errors
from kds.platforms.base import (
    InvalidStateError,
    PlatformAuthError,
    PlatformError,
    PlatformRejectedError,
    PlatformTransientError,
)

AUTH_BAND = range(115000100, 115000200)
PARAM_BAND = range(115000200, 115000400)
SERVER_BAND = range(315000100, 315000200)
PARAM_ERROR = 109000000
ORDER_NOT_FOUND = 209000101
NOT_SELF_DELIVERY = 2090006003
SYSTEM_ERROR = 309000000

STATUS_NOT_ALLOWED = 215000101
ALREADY_HANDLED = 215000102
NO_PENDING_REFUND = 215000103
NOT_PICKUP = 215000104
INVALID_STATE_CODES = frozenset({STATUS_NOT_ALLOWED, ALREADY_HANDLED, NO_PENDING_REFUND})
"""Our codes [I] for "the order is not (or no longer) in a state for this": reconcile, never resend.
`NOT_PICKUP` (collect on a delivery order) is a plain rejection: no fresh look can make it right."""

_STATE_WORDS = re.compile(r"already|status\s+(?:does\s+not|doesn't|not)\s+allow|not\s+allowed\s+in\s+(?:the\s+)?"
                          r"current\s+(?:status|state)|invalid\s+(?:order\s+)?(?:status|state)", re.IGNORECASE)
_MAX_MESSAGE = 200


def _clean(message: str) -> str:
    return " ".join(message.split())[:_MAX_MESSAGE]


def error_for_code(code: int, message: str, operation: str) -> PlatformError:
    """The platform error a non-zero envelope `code` stands for."""
    text = f"Keeta {operation}: {code} {_clean(message)}".rstrip()
    label = str(code)
    if code in AUTH_BAND:
        return PlatformAuthError(text, code=label)
    if code in INVALID_STATE_CODES:
        return InvalidStateError(text, code=label)
    if code in SERVER_BAND or code == SYSTEM_ERROR:
        return PlatformTransientError(text, code=label)
    if code in PARAM_BAND or code == PARAM_ERROR:
        return PlatformRejectedError(text, code=label)
    if code in (ORDER_NOT_FOUND, NOT_SELF_DELIVERY, NOT_PICKUP):
        return PlatformRejectedError(text, code=label)
    if _STATE_WORDS.search(message or ""):
        return InvalidStateError(text, code=label)
    return PlatformRejectedError(text, code=label)


def error_for_status(response: httpx.Response, operation: str, platform_now: datetime | None = None) -> PlatformError:
    """The platform error a non-200 HTTP answer stands for.

    A `Retry-After` HTTP-date is measured against the answer's own `Date`, else `platform_now`
    (our estimate of Keeta's clock).
    """
    server_now = http_errors.parse_http_date(response.headers.get("Date")) or platform_now
    retry_after = http_errors.parse_retry_after(response.headers.get("Retry-After"), server_now)
    return http_errors.error_for_status(response.status_code, f"Keeta {operation}: HTTP {response.status_code}",
                                        retry_after=retry_after)


def error_for_exception(exc: httpx.HTTPError, operation: str) -> PlatformError:
    """The platform error of an exchange that brought no usable answer."""
    return http_errors.error_for_exception(exc, f"Keeta {operation}")

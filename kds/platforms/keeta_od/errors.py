"""Sorting Keeta's HTTP answers into the platform error tree, and reading `Retry-After` and `Date`.

Messages are built from the status and the problem+json `title` only: Keeta's titles describe the
request ("order status is not in a valid state for confirm"), never the customer.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx
from pydantic import ValidationError

from kds.platforms.base import (
    InvalidStateError,
    PlatformAuthError,
    PlatformError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
    RateLimitedError,
)
from kds.platforms.keeta_od.models import Problem

_MAX_TITLE = 200
_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict",
          422: "invalid_state", 429: "rate_limited"}


def parse_http_date(value: str | None) -> datetime | None:
    """An RFC 9110 HTTP-date as an aware UTC datetime, or None when absent or unreadable."""
    if not value:
        return None
    try:
        parsed = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)


def parse_retry_after(value: str | None, server_now: datetime) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or HTTP-date), never negative.

    An HTTP-date is compared with `server_now` (the response's own `Date`, or our estimate of the
    platform clock) so that a wrong local clock does not stretch or cut the wait.
    """
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        seconds = float(text)
    except ValueError:
        when = parse_http_date(text)
        if when is None:
            return None
        return max(0.0, (when - server_now).total_seconds())
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    return max(0.0, seconds)


def problem_title(response: httpx.Response) -> str:
    """The problem+json `title` of an error answer ("" when the body is not one)."""
    try:
        data = json.loads(response.content or b"null")
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    try:
        problem = Problem.model_validate(data)
    except ValidationError:
        return ""
    return " ".join(problem.title.split())[:_MAX_TITLE]


def error_for_response(response: httpx.Response, operation: str, server_now: datetime) -> PlatformError:
    """The platform error an unsuccessful answer to `operation` stands for."""
    status = response.status_code
    title = problem_title(response)
    message = f"Keeta {operation}: HTTP {status}" + (f" {title}" if title else "")
    code = _CODES.get(status, "server_error" if status >= 500 else "http_error")
    retry_after = parse_retry_after(response.headers.get("Retry-After"), server_now)
    if status == 429:
        return RateLimitedError(message, status=status, code=code, retry_after=retry_after)
    if status >= 500 or status == 408:
        return PlatformTransientError(message, status=status, code=code, retry_after=retry_after)
    if status in (401, 403):
        return PlatformAuthError(message, status=status, code=code)
    if status == 422:
        return InvalidStateError(title or message, status=status, code=code)
    return PlatformRejectedError(message, status=status, code=code)


def error_for_exception(exc: httpx.HTTPError, operation: str) -> PlatformError:
    """The platform error a failed exchange stands for (no usable answer came back)."""
    name = type(exc).__name__
    if isinstance(exc, httpx.TimeoutException):
        return PlatformTransientError(f"Keeta {operation}: timed out ({name})", code="timeout")
    if isinstance(exc, httpx.TransportError):
        return PlatformTransientError(f"Keeta {operation}: network error ({name})", code="network")
    if isinstance(exc, httpx.DecodingError):
        return PlatformPayloadError(f"Keeta {operation}: undecodable answer ({name})", code="payload")
    return PlatformTransientError(f"Keeta {operation}: request failed ({name})", code="network")

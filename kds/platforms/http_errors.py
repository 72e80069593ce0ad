"""HTTP failures sorted into the platform error tree, and `Retry-After` and `Date` read, for every adapter.

=============================  ====================================================================
answer or failure              error
=============================  ====================================================================
HTTP 429                       `RateLimitedError` with the `Retry-After`
HTTP 5xx, 408                  `PlatformTransientError` with the `Retry-After`
HTTP 401, 403                  `PlatformAuthError`
HTTP 422                       `InvalidStateError` where the platform answers a wrong state so
                               (Keeta Open Delivery), else like any other 4xx
any other status               `PlatformRejectedError`
timeout, network error         `PlatformTransientError` (code "timeout" / "network")
undecodable answer             `PlatformPayloadError` (code "payload")
=============================  ====================================================================

Each platform builds its own message (which names the platform and the operation, never the
customer) and may name its own codes; the sorting is the same for all.
"""

from __future__ import annotations

import math
import statistics
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

import httpx

from kds.platforms.base import (
    InvalidStateError,
    PlatformAuthError,
    PlatformError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
    RateLimitedError,
)

OFFSET_SAMPLES = 5
"""How many `Date` headers the platform clock's estimate keeps (`ServerClock`)."""


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


def parse_retry_after(value: str | None, server_now: datetime | None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta-seconds or HTTP-date), never negative.

    An HTTP-date is compared with `server_now` (the response's own `Date`, or our estimate of the
    platform clock) so that a wrong local clock does not stretch or cut the wait; without a
    `server_now` an HTTP-date cannot be measured and gives None.

    Args:
        value: The header's value, None when the answer had none.
        server_now: The platform's time when it answered.

    Returns:
        The seconds, or None when the header is absent or unreadable (including NaN and infinity).
    """
    text = (value or "").strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        when = parse_http_date(text)
        if when is None or server_now is None:
            return None
        return max(0.0, (when - server_now).total_seconds())
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def kind_code(status: int) -> str:
    """The error code of an HTTP status by its kind alone: rate_limited, server_error, unauthorized, http_error."""
    if status == 429:
        return "rate_limited"
    if status >= 500 or status == 408:
        return "server_error"
    if status in (401, 403):
        return "unauthorized"
    return "http_error"


def error_for_status(status: int, message: str, *, retry_after: float | None,
                     code_for: Callable[[int], str] = kind_code, auth_message: str | None = None,
                     invalid_state: str | None = None) -> PlatformError:
    """The platform error an unsuccessful HTTP answer stands for.

    Args:
        status: The HTTP status (not a 2xx).
        message: The error's message (safe to log and show).
        retry_after: Seconds from the answer's `Retry-After` (kept on 429, 5xx and 408 only).
        code_for: The platform's error code of a status.
        auth_message: The message of a 401/403 when it says more than `message`.
        invalid_state: The message of a 422 on a platform that answers "not in a valid state for
            this" so (then an `InvalidStateError`); None where a 422 is a plain rejection.

    Returns:
        The error, to be raised by the caller.
    """
    code = code_for(status)
    if status == 429:
        return RateLimitedError(message, status=status, code=code, retry_after=retry_after)
    if status >= 500 or status == 408:
        return PlatformTransientError(message, status=status, code=code, retry_after=retry_after)
    if status in (401, 403):
        return PlatformAuthError(auth_message or message, status=status, code=code)
    if status == 422 and invalid_state is not None:
        return InvalidStateError(invalid_state, status=status, code=code)
    return PlatformRejectedError(message, status=status, code=code)


def error_for_exception(exc: httpx.HTTPError, what: str) -> PlatformError:
    """The platform error of an exchange that brought no usable answer.

    Args:
        exc: What httpx raised.
        what: The start of the message: the platform and the operation, e.g. "Keeta confirm".

    Returns:
        The error, to be raised by the caller (`from exc`).
    """
    # Staff read this on the board: words, never httpx's class name (its own text may carry the URL).
    host = _host(exc)
    if isinstance(exc, httpx.TimeoutException):
        return PlatformTransientError(f"{what}: no answer from {host} in time", code="timeout")
    if isinstance(exc, httpx.ConnectError):
        return PlatformTransientError(f"{what}: cannot reach {host}", code="network")
    if isinstance(exc, httpx.ProxyError):
        return PlatformTransientError(f"{what}: cannot reach {host} through the proxy", code="network")
    if isinstance(exc, httpx.TransportError):
        return PlatformTransientError(f"{what}: the connection to {host} broke off", code="network")
    if isinstance(exc, httpx.DecodingError):
        return PlatformPayloadError(f"{what}: the answer of {host} could not be read", code="payload")
    return PlatformTransientError(f"{what}: the request to {host} failed", code="network")


def _host(exc: httpx.HTTPError) -> str:
    """The host the failed request went to (never its path or query), or "the platform" when unknown."""
    try:
        host = exc.request.url.host
    except RuntimeError:  # httpx raises it when the exception carries no request
        return "the platform"
    return host or "the platform"


class ServerClock:
    """Estimates the platform clock minus ours from `Date` headers.

    `Date` has one-second resolution and is truncated, so each sample adds half a second and the
    estimate is the median of the last few samples, which shrugs off one slow answer.
    """

    def __init__(self, samples: int = OFFSET_SAMPLES) -> None:
        """Keep the last `samples` measurements."""
        self._samples: deque[float] = deque(maxlen=samples)

    def observe(self, date_header: str | None, sent: datetime, received: datetime) -> None:
        """Record one answer's `Date`, with our clock when the request left and the answer came."""
        server = parse_http_date(date_header)
        if server is None:
            return
        local = sent + (received - sent) / 2
        self._samples.append((server - local).total_seconds() + 0.5)

    @property
    def offset(self) -> timedelta | None:
        """Platform clock minus ours, or None before any `Date` was seen."""
        if not self._samples:
            return None
        return timedelta(seconds=statistics.median(self._samples))

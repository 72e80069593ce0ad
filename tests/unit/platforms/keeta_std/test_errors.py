"""Keeta Standard failures sorted into the platform error tree."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from kds.platforms.base import (
    InvalidStateError,
    PlatformAuthError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
    RateLimitedError,
)
from kds.platforms.keeta_std.errors import error_for_code, error_for_exception, error_for_status


@pytest.mark.parametrize(("code", "message", "kind"), [
    (115000101, "sig verification failed", PlatformAuthError),
    (115000103, "accessToken expired", PlatformAuthError),
    (115000199, "token", PlatformAuthError),
    (115000201, "orderViewId missing", PlatformRejectedError),
    (115000399, "bad", PlatformRejectedError),
    (109000000, "param error", PlatformRejectedError),
    (209000101, "order does not exist", PlatformRejectedError),
    (2090006003, "not a self-delivery order", PlatformRejectedError),
    (215000104, "not a pickup order", PlatformRejectedError),
    (215000101, "order status does not allow this operation", InvalidStateError),
    (215000102, "order already handled", InvalidStateError),
    (215000103, "no refund application to handle", InvalidStateError),
    (315000101, "system busy", PlatformTransientError),
    (309000000, "system error", PlatformTransientError),
    (999000001, "The order has already been confirmed", InvalidStateError),
    (999000002, "Order status not allowed", InvalidStateError),
    (999000003, "operation not allowed in current status", InvalidStateError),
    (999000004, "something else entirely", PlatformRejectedError),
])
def test_envelope_codes(code: int, message: str, kind: type[Exception]) -> None:
    error = error_for_code(code, message, "confirm")
    assert type(error) is kind
    assert error.code == str(code)
    assert str(error).startswith(f"Keeta confirm: {code}")


def test_messages_are_trimmed() -> None:
    error = error_for_code(109000000, "bad\n   value " + "x" * 500, "cancel")
    assert "\n" not in str(error) and len(str(error)) < 260


@pytest.mark.parametrize(("status", "kind"), [
    (429, RateLimitedError), (500, PlatformTransientError), (503, PlatformTransientError),
    (408, PlatformTransientError), (401, PlatformAuthError), (403, PlatformAuthError),
    (404, PlatformRejectedError), (400, PlatformRejectedError),
])
def test_http_statuses(status: int, kind: type[Exception]) -> None:
    response = httpx.Response(status, headers={"Retry-After": "7"})
    error = error_for_status(response, "confirm")
    assert type(error) is kind
    if isinstance(error, PlatformTransientError):
        assert error.retry_after == 7.0


def test_transport_failures() -> None:
    request = httpx.Request("POST", "https://keeta.test")
    assert isinstance(error_for_exception(httpx.ReadTimeout("slow", request=request), "get"), PlatformTransientError)
    assert isinstance(error_for_exception(httpx.ConnectError("refused", request=request), "get"),
                      PlatformTransientError)
    assert isinstance(error_for_exception(httpx.DecodingError("gzip", request=request), "get"), PlatformPayloadError)


def test_a_retry_after_date_is_measured_on_keetas_clock() -> None:
    now = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
    until = format_datetime(now + timedelta(seconds=30), usegmt=True)
    answered = httpx.Response(429, headers={"Retry-After": until, "Date": format_datetime(now, usegmt=True)})
    error = error_for_status(answered, "confirm", now - timedelta(hours=1))  # the answer's own Date wins
    assert isinstance(error, RateLimitedError) and error.retry_after == 30.0
    undated = httpx.Response(503, headers={"Retry-After": until})
    error = error_for_status(undated, "confirm", now + timedelta(seconds=10))  # else our estimate of Keeta's clock
    assert isinstance(error, PlatformTransientError) and error.retry_after == 20.0
    error = error_for_status(undated, "confirm")  # no clock to measure it on
    assert isinstance(error, PlatformTransientError) and error.retry_after is None

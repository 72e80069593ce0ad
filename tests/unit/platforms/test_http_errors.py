"""HTTP answers and failures sorted into the platform error tree, and `Retry-After` read, for every adapter."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.base import (
    InvalidStateError,
    PlatformAuthError,
    PlatformError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
    RateLimitedError,
)
from kds.platforms.http_errors import (
    error_for_exception,
    error_for_status,
    kind_code,
    parse_http_date,
    parse_retry_after,
)
from kds.platforms.relay import RelayClient

NOW = datetime(2026, 3, 5, 12, 0, tzinfo=UTC)
RELAY = "https://relay.test"


@pytest.mark.parametrize(("status", "kind", "code"), [
    (429, RateLimitedError, "rate_limited"),
    (500, PlatformTransientError, "server_error"), (502, PlatformTransientError, "server_error"),
    (503, PlatformTransientError, "server_error"), (599, PlatformTransientError, "server_error"),
    (408, PlatformTransientError, "server_error"),
    (401, PlatformAuthError, "unauthorized"), (403, PlatformAuthError, "unauthorized"),
    (400, PlatformRejectedError, "http_error"), (404, PlatformRejectedError, "http_error"),
    (409, PlatformRejectedError, "http_error"), (422, PlatformRejectedError, "http_error"),
    (302, PlatformRejectedError, "http_error"),
])
def test_statuses_are_sorted_by_kind(status: int, kind: type[PlatformError], code: str) -> None:
    error = error_for_status(status, f"X op: HTTP {status}", retry_after=7.0)
    assert type(error) is kind
    assert (str(error), error.status, error.code) == (f"X op: HTTP {status}", status, code)
    assert getattr(error, "retry_after", None) == (7.0 if isinstance(error, PlatformTransientError) else None)


@pytest.mark.parametrize(("status", "kind"), [
    (422, InvalidStateError), (400, PlatformRejectedError), (429, RateLimitedError), (401, PlatformAuthError)])
def test_422_is_invalid_state_where_the_platform_says_so(status: int, kind: type[PlatformError]) -> None:
    error = error_for_status(status, "X confirm: HTTP", retry_after=None, invalid_state="not in a valid state")
    assert type(error) is kind
    assert str(error) == ("not in a valid state" if status == 422 else "X confirm: HTTP")


def test_platform_codes_and_auth_message() -> None:
    codes = {401: "unauthorized", 403: "forbidden", 429: "too_many"}
    error = error_for_status(403, "X: HTTP 403", retry_after=None, code_for=lambda s: codes.get(s, "other"),
                             auth_message="X: HTTP 403 (token refused)")
    assert (type(error), str(error), error.code) == (PlatformAuthError, "X: HTTP 403 (token refused)", "forbidden")
    rejected = error_for_status(404, "X: HTTP 404", retry_after=None, code_for=lambda s: codes.get(s, "other"),
                                auth_message="unused")
    assert (str(rejected), rejected.code) == ("X: HTTP 404", "other")


def test_kind_codes() -> None:
    assert [kind_code(s) for s in (429, 500, 408, 401, 403, 404, 422)] == [
        "rate_limited", "server_error", "server_error", "unauthorized", "unauthorized", "http_error", "http_error"]


@pytest.mark.parametrize(("value", "seconds"), [
    ("30", 30.0), (" 30 ", 30.0), ("30.5", 30.5), ("0", 0.0), ("-5", 0.0), ("-inf", None),
    ("nan", None), ("NaN", None), ("inf", None), ("Infinity", None), ("soon", None), ("", None), ("   ", None),
    (None, None), ("1e3", 1000.0),
    ("Thu, 05 Mar 2026 12:00:45 GMT", 45.0), ("Thursday, 05-Mar-26 12:01:00 GMT", 60.0),
    ("Thu Mar  5 12:00:10 2026", 10.0), ("Thu, 05 Mar 2026 11:59:00 GMT", 0.0),
    ("Thu, 05 Mar 2026 14:00:45 +0200", 45.0), ("Thu, 32 Mar 2026 12:00:45 GMT", None),
])
def test_retry_after(value: str | None, seconds: float | None) -> None:
    assert parse_retry_after(value, NOW) == seconds


def test_a_retry_after_date_needs_the_server_time() -> None:
    assert parse_retry_after("Thu, 05 Mar 2026 12:00:45 GMT", None) is None
    assert parse_retry_after("12", None) == 12.0
    # measured on the platform's clock, not ours: ten minutes ahead, the wait stays 45 s
    assert parse_retry_after("Thu, 05 Mar 2026 12:10:45 GMT", NOW + timedelta(minutes=10)) == 45.0


@pytest.mark.parametrize(("value", "expected"), [
    ("Thu, 05 Mar 2026 12:00:00 GMT", NOW), ("Thu, 05 Mar 2026 13:00:00 +0100", NOW),
    ("Thu, 05 Mar 2026 12:00:00 -0000", NOW), ("garbage", None), ("", None), (None, None)])
def test_http_dates(value: str | None, expected: datetime | None) -> None:
    parsed = parse_http_date(value)
    assert parsed == expected
    assert parsed is None or parsed.tzinfo is UTC


REQUEST = httpx.Request("GET", "https://x.test")


@pytest.mark.parametrize(("exc", "kind", "code", "message"), [
    (httpx.ReadTimeout("slow", request=REQUEST), PlatformTransientError, "timeout",
     "X get: no answer from x.test in time"),
    (httpx.ConnectTimeout("slow", request=REQUEST), PlatformTransientError, "timeout",
     "X get: no answer from x.test in time"),
    (httpx.ConnectError("refused", request=REQUEST), PlatformTransientError, "network", "X get: cannot reach x.test"),
    (httpx.ConnectError("refused"), PlatformTransientError, "network", "X get: cannot reach the platform"),
    (httpx.ProxyError("proxy", request=REQUEST), PlatformTransientError, "network",
     "X get: cannot reach x.test through the proxy"),
    (httpx.RemoteProtocolError("eof", request=REQUEST), PlatformTransientError, "network",
     "X get: the connection to x.test broke off"),
    (httpx.DecodingError("gzip", request=REQUEST), PlatformPayloadError, "payload",
     "X get: the answer of x.test could not be read"),
    (httpx.TooManyRedirects("loop", request=REQUEST), PlatformTransientError, "network",
     "X get: the request to x.test failed"),
])
def test_exceptions(exc: httpx.HTTPError, kind: type[PlatformError], code: str, message: str) -> None:
    error = error_for_exception(exc, "X get")
    assert (type(error), error.code, str(error)) == (kind, code, message)
    assert "slow" not in str(error) and "refused" not in str(error)  # httpx's own text may carry the URL
    assert type(exc).__name__ not in str(error)  # words on the board, not an exception class


async def _relay_error(response: httpx.Response, clock: FakeClock | None = None) -> PlatformError:
    async with httpx.AsyncClient(transport=httpx.MockTransport(lambda _: response)) as http:
        with pytest.raises(PlatformError) as caught:
            await RelayClient(http, RELAY, "tenant-token", "keeta_std", clock).poll(0)
    return caught.value


@pytest.mark.parametrize("status", [429, 503])
async def test_the_relay_reader_honours_a_retry_after_date(status: int) -> None:
    # The relay's clock runs ahead of ours; the wait is measured against its own `Date`.
    headers = {"Date": format_datetime(NOW, usegmt=True),
               "Retry-After": format_datetime(NOW + timedelta(seconds=40), usegmt=True)}
    error = await _relay_error(httpx.Response(status, headers=headers), FakeClock(NOW - timedelta(hours=1)))
    assert isinstance(error, PlatformTransientError)
    assert (error.status, error.retry_after) == (status, 40.0)


async def test_the_relay_reader_measures_a_retry_after_date_on_its_clock_without_a_date() -> None:
    headers = {"Retry-After": format_datetime(NOW + timedelta(seconds=25), usegmt=True)}
    error = await _relay_error(httpx.Response(503, headers=headers), FakeClock(NOW))
    assert isinstance(error, PlatformTransientError) and error.retry_after == 25.0


@pytest.mark.parametrize(("status", "retry_after", "seconds"), [
    (503, "9", 9.0), (429, "2.5", 2.5), (429, "soon", None), (500, "-3", 0.0)])
async def test_the_relay_reader_keeps_retry_after_seconds(status: int, retry_after: str,
                                                         seconds: float | None) -> None:
    error = await _relay_error(httpx.Response(status, headers={"Retry-After": retry_after}))
    assert isinstance(error, PlatformTransientError) and error.retry_after == seconds


async def test_the_relay_reader_says_the_token_was_refused() -> None:
    error = await _relay_error(httpx.Response(401))
    assert (type(error), str(error), error.code) == (
        PlatformAuthError, "relay polling: HTTP 401 (the relay refused the tenant token)", "unauthorized")

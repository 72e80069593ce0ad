"""The client's token handling, error sorting and platform clock estimate."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from email.utils import format_datetime
from urllib.parse import parse_qsl

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.base import (
    InvalidStateError,
    PlatformAuthError,
    PlatformPayloadError,
    PlatformRejectedError,
    PlatformTransientError,
    RateLimitedError,
)
from kds.platforms.keeta_od.client import KeetaODClient, ServerClock
from tests.unit.platforms.keeta_od.conftest import BASE, CLIENT_ID, MERCHANTS, SECRET, FakeKeeta, load, problem

ORDER = "/v1/orders/3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10"
ORDER_ID = "3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10"


def order_reply(_: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json=load("order_delivery_created.json"))


@pytest.fixture(autouse=True)
def _serve_order(keeta: FakeKeeta) -> None:
    keeta.default[("GET", ORDER)] = order_reply


async def test_token_call_is_form_encoded_unsigned_and_cached(client: KeetaODClient, keeta: FakeKeeta) -> None:
    await client.get_order(ORDER_ID)
    await client.get_order(ORDER_ID)
    (token_call,) = keeta.token_requests
    assert token_call.method == "POST" and str(token_call.url) == BASE + "/oauth/token"
    assert token_call.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert dict(parse_qsl(token_call.content.decode())) == {
        "client_id": CLIENT_ID, "client_secret": SECRET, "grant_type": "client_credentials"}
    assert "X-App-Signature" not in token_call.headers and "Authorization" not in token_call.headers
    assert [r.headers["Authorization"] for r in keeta.calls] == ["Bearer tok-1", "Bearer tok-1"]


async def test_token_is_renewed_60_seconds_before_expiry(client: KeetaODClient, keeta: FakeKeeta,
                                                         clock: FakeClock) -> None:
    await client.get_order(ORDER_ID)
    clock.advance(7200 - 60 - 1)
    await client.get_order(ORDER_ID)
    assert len(keeta.token_requests) == 1
    clock.advance(1)
    await client.get_order(ORDER_ID)
    assert len(keeta.token_requests) == 2
    assert keeta.calls[-1].headers["Authorization"] == "Bearer tok-2"


async def test_short_token_is_renewed_at_90_percent(client: KeetaODClient, keeta: FakeKeeta,
                                                    clock: FakeClock) -> None:
    keeta.token_ttl = 100
    await client.get_order(ORDER_ID)
    clock.advance(89)
    await client.get_order(ORDER_ID)
    clock.advance(1)
    await client.get_order(ORDER_ID)
    assert len(keeta.token_requests) == 2


async def test_token_without_expiry_is_assumed_to_last_an_hour(client: KeetaODClient, keeta: FakeKeeta,
                                                               clock: FakeClock) -> None:
    keeta.token_ttl = None
    await client.get_order(ORDER_ID)
    clock.advance(3000)
    await client.get_order(ORDER_ID)
    assert len(keeta.token_requests) == 1
    keeta.revoke_tokens()  # refused early: replaced at once
    await client.get_order(ORDER_ID)
    assert len(keeta.token_requests) == 2
    clock.advance(3600 - 60)
    await client.get_order(ORDER_ID)
    assert len(keeta.token_requests) == 3


async def test_401_fetches_one_new_token_and_retries_once(client: KeetaODClient, keeta: FakeKeeta) -> None:
    await client.get_order(ORDER_ID)
    keeta.revoke_tokens()
    order, _ = await client.get_order(ORDER_ID)
    assert order["id"] == ORDER_ID
    assert [r.headers["Authorization"] for r in keeta.calls] == ["Bearer tok-1", "Bearer tok-1", "Bearer tok-2"]
    # The retry is signed again with the same bytes, so it verifies too (checked by the fixture).


async def test_401_twice_is_an_auth_error(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.script("POST", f"{ORDER}/confirm", problem(401, "Invalid or expired token"),
                 problem(401, "Invalid or expired token"))
    with pytest.raises(PlatformAuthError) as caught:
        await client.confirm(ORDER_ID, "KDS-1")
    assert caught.value.status == 401
    assert len(keeta.calls) == 2 and len(keeta.token_requests) == 2
    await client.get_order(ORDER_ID)  # the next call starts with a fresh token, not the refused one
    assert len(keeta.token_requests) == 3


async def test_403_is_an_auth_error_without_retry(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.script("GET", ORDER, problem(403, "Access denied"))
    with pytest.raises(PlatformAuthError) as caught:
        await client.get_order(ORDER_ID)
    assert (caught.value.status, caught.value.code) == (403, "forbidden")
    assert len(keeta.calls) == 1


async def test_refused_credentials_are_an_auth_error(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.token_reply = lambda _: httpx.Response(401, json=load("problem_401.json"))
    with pytest.raises(PlatformAuthError):
        await client.get_order(ORDER_ID)
    assert keeta.calls == []


async def test_token_answer_without_a_token_is_a_payload_error(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.token_reply = lambda _: httpx.Response(200, json={"token_type": "bearer"})
    with pytest.raises(PlatformPayloadError):
        await client.get_order(ORDER_ID)


async def test_token_endpoint_down_is_transient(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.token_reply = lambda _: problem(503, "Service unavailable", {"Retry-After": "7"})
    with pytest.raises(PlatformTransientError) as caught:
        await client.get_order(ORDER_ID)
    assert caught.value.retry_after == 7


@pytest.mark.parametrize("retry_after", ["30", " 30 ", "30.0"])
async def test_429_with_retry_after_seconds(client: KeetaODClient, keeta: FakeKeeta, retry_after: str) -> None:
    keeta.script("GET", "/v1/events:polling",
                 httpx.Response(429, json=load("problem_429.json"), headers={"Retry-After": retry_after}))
    with pytest.raises(RateLimitedError) as caught:
        await client.poll_events()
    assert caught.value.retry_after == 30 and caught.value.status == 429
    assert isinstance(caught.value, PlatformTransientError)


async def test_429_with_retry_after_http_date_uses_the_platform_clock(client: KeetaODClient, keeta: FakeKeeta,
                                                                     clock: FakeClock) -> None:
    # The platform clock runs 10 minutes ahead of ours: the wait is measured on its clock.
    keeta.server_offset = timedelta(minutes=10)
    until = format_datetime(clock.now() + timedelta(minutes=10, seconds=45), usegmt=True)
    keeta.script("GET", "/v1/events:polling", problem(429, "Too many requests", {"Retry-After": until}))
    with pytest.raises(RateLimitedError) as caught:
        await client.poll_events()
    assert caught.value.retry_after is not None and 44 <= caught.value.retry_after <= 45


async def test_429_http_date_without_date_header_uses_the_estimate(client: KeetaODClient, keeta: FakeKeeta,
                                                                   clock: FakeClock) -> None:
    keeta.server_offset = timedelta(minutes=10)
    await client.poll_events()  # learn the platform clock
    keeta.send_date = False
    until = format_datetime(clock.now() + timedelta(minutes=10, seconds=45), usegmt=True)
    keeta.script("GET", "/v1/events:polling", problem(429, "Too many requests", {"Retry-After": until}))
    with pytest.raises(RateLimitedError) as caught:
        await client.poll_events()
    assert caught.value.retry_after is not None and 44 <= caught.value.retry_after <= 45


async def test_429_without_retry_after(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.script("GET", "/v1/events:polling", problem(429, "Too many requests", {"Retry-After": "soon"}))
    with pytest.raises(RateLimitedError) as caught:
        await client.poll_events()
    assert caught.value.retry_after is None


@pytest.mark.parametrize(("status", "headers", "retry_after"), [
    (500, {}, None), (502, {}, None), (503, {"Retry-After": "5"}, 5.0), (504, {}, None), (408, {}, None)])
async def test_server_errors_are_transient(client: KeetaODClient, keeta: FakeKeeta, status: int,
                                           headers: dict[str, str], retry_after: float | None) -> None:
    keeta.script("POST", f"{ORDER}/readyForPickup", problem(status, "Unexpected error", headers))
    with pytest.raises(PlatformTransientError) as caught:
        await client.ready_for_pickup(ORDER_ID)
    assert type(caught.value) is PlatformTransientError
    assert (caught.value.status, caught.value.retry_after) == (status, retry_after)


@pytest.mark.parametrize(("exc", "code"), [
    (httpx.ConnectError("refused"), "network"), (httpx.ReadTimeout("slow"), "timeout"),
    (httpx.ConnectTimeout("slow"), "timeout"), (httpx.RemoteProtocolError("eof"), "network"),
    (httpx.ReadError("reset"), "network")])
async def test_transport_failures_are_transient(client: KeetaODClient, keeta: FakeKeeta,
                                                exc: httpx.TransportError, code: str) -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise exc

    keeta.default[("GET", ORDER)] = fail
    with pytest.raises(PlatformTransientError) as caught:
        await client.get_order(ORDER_ID)
    assert caught.value.code == code and caught.value.retry_after is None


async def test_422_is_invalid_state_with_keetas_title(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.script("POST", f"{ORDER}/confirm", httpx.Response(
        422, json=load("problem_422_confirm.json"), headers={"Content-Type": "application/problem+json"}))
    with pytest.raises(InvalidStateError) as caught:
        await client.confirm(ORDER_ID, "KDS-1")
    assert str(caught.value) == "order status is not in a valid state for confirm"
    assert (caught.value.status, caught.value.code) == (422, "invalid_state")


async def test_422_without_a_problem_body_is_still_invalid_state(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.script("POST", f"{ORDER}/acceptRefund", httpx.Response(422, text="<html>nope</html>"))
    with pytest.raises(InvalidStateError) as caught:
        await client.accept_refund(ORDER_ID)
    assert "422" in str(caught.value)


@pytest.mark.parametrize(("status", "code"), [(400, "bad_request"), (404, "not_found"), (409, "conflict"),
                                              (410, "http_error")])
async def test_other_4xx_are_rejections(client: KeetaODClient, keeta: FakeKeeta, status: int, code: str) -> None:
    keeta.script("GET", ORDER, problem(status, "Order not found"))
    with pytest.raises(PlatformRejectedError) as caught:
        await client.get_order(ORDER_ID)
    assert type(caught.value) is PlatformRejectedError
    assert (caught.value.status, caught.value.code) == (status, code)
    assert "Order not found" in str(caught.value)


@pytest.mark.parametrize("reply", [
    httpx.Response(200, text="not json"), httpx.Response(200, json={"events": []}),
    httpx.Response(200, content=b"\xff\xfe")])
async def test_unreadable_polling_answers_are_payload_errors(client: KeetaODClient, keeta: FakeKeeta,
                                                             reply: httpx.Response) -> None:
    keeta.script("GET", "/v1/events:polling", reply)
    with pytest.raises(PlatformPayloadError):
        await client.poll_events()


async def test_unreadable_order_is_a_payload_error_naming_fields_not_values(client: KeetaODClient,
                                                                            keeta: FakeKeeta) -> None:
    raw = load("order_self_delivery_enc.json")
    del raw["items"]
    raw["customer"]["name"] = {"not": "a string"}
    keeta.script("GET", ORDER, httpx.Response(200, json=raw), httpx.Response(200, json=[1, 2]))
    with pytest.raises(PlatformPayloadError) as caught:
        await client.get_order(ORDER_ID)
    assert "items" in str(caught.value) and "customer.name" in str(caught.value)
    assert "Chan" not in str(caught.value) and "ENC_" not in str(caught.value)
    with pytest.raises(PlatformPayloadError, match="answer is not an object"):
        await client.get_order(ORDER_ID)


@pytest.mark.parametrize(("reply", "message"), [
    (httpx.Response(200, text="<html>busy</html>"), "answer is not JSON"),
    (httpx.Response(200, content=b'{"id": "truncated'), "answer is not JSON"),
    (httpx.Response(200, content=b"\xff\xfe{}"), "not UTF-8 JSON"),
    (httpx.Response(200, json="an order"), "answer is not an object"),
])
async def test_order_answers_that_are_not_an_order_say_why(client: KeetaODClient, keeta: FakeKeeta,
                                                           reply: httpx.Response, message: str) -> None:
    keeta.script("GET", ORDER, reply)
    with pytest.raises(PlatformPayloadError, match=message) as caught:
        await client.get_order(ORDER_ID)
    assert caught.value.code == "payload"


async def test_order_text_is_kept_exactly_as_received(client: KeetaODClient, keeta: FakeKeeta) -> None:
    body = ('{"id":"ORDER", "type":"TAKEOUT","displayId":"7", "createdAt":"2026-01-01T12:00:00Z",'
            '"merchant":{"id":"m"},"items":[{"id":"i","name":"叉燒飯 ção","quantity":1,'
            '"unitPrice":{"value":12.50,"currency":"BRL"},"totalPrice":{"value":12.5,"currency":"BRL"}}],'
            '"total":{"itemsPrice":{"value":12.50,"currency":"BRL"},"orderAmount":{"value":12.50,'
            '"currency":"BRL"}}, "futureField": 123456789012345678901234567890}').replace("ORDER", ORDER_ID)
    keeta.script("GET", ORDER, httpx.Response(200, content=body.encode()))
    order, text = await client.get_order(ORDER_ID)
    assert text == body  # spacing, the 30-digit number and the unknown field all as sent
    assert order["items"][0]["name"] == "叉燒飯 ção" and order["items"][0]["unit_price"]["value"] == Decimal("12.50")


def test_server_clock_is_a_median_of_the_last_answers(clock: FakeClock) -> None:
    estimate = ServerClock(samples=5)
    assert estimate.offset is None
    now = clock.now()
    for skew in (120, 120, 900, 120, 121):
        estimate.observe(format_datetime(now + timedelta(seconds=skew), usegmt=True), now, now)
    offset = estimate.offset
    # `Date` is truncated to the second: the midpoint of that second is the unbiased estimate.
    assert offset == timedelta(seconds=120.5)
    estimate.observe("not a date", now, now)
    estimate.observe(None, now, now)
    assert estimate.offset == offset


async def test_date_header_gives_the_platform_offset(client: KeetaODClient, keeta: FakeKeeta,
                                                     clock: FakeClock) -> None:
    assert client.server_offset is None
    keeta.server_offset = timedelta(seconds=-95)
    await client.poll_events()
    offset = client.server_offset
    assert offset is not None and abs(offset.total_seconds() - -95) <= 1
    assert abs((client.platform_now() - (clock.now() - timedelta(seconds=95))).total_seconds()) <= 1


async def test_no_date_header_leaves_the_offset_unknown(client: KeetaODClient, keeta: FakeKeeta) -> None:
    keeta.send_date = False
    await client.poll_events()
    assert client.server_offset is None


def test_too_many_merchants_for_one_poll(clock: FakeClock) -> None:
    with pytest.raises(ValueError, match="100"):
        KeetaODClient(httpx.AsyncClient(), BASE, CLIENT_ID, SECRET, [MERCHANTS[0]] * 101, clock)

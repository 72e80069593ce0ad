"""Order details Keeta cannot give yet: every such answer of `/order/get` is a `PlatformError` the poller
retries (never another exception, never a half order, never the 1001's copy in its place), and an
unreadable answer keeps its text for the quarantine."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from kds.platforms.base import PlatformError, PlatformPayloadError, PlatformRejectedError, PlatformTransientError
from kds.platforms.keeta_std.adapter import KeetaStdAdapter
from tests.unit.platforms.keeta_std.conftest import ORDER_ID, FakeKeetaStd, FakeRelay, fail, load, ok


def envelope() -> dict[str, Any]:
    """The true answer to `/order/get` (a fresh copy to spoil)."""
    return copy.deepcopy(load("order_get_accepted.json"))


def info_without(*keys: str) -> dict[str, Any]:
    info = envelope()["data"]["orderInfo"]
    return {k: v for k, v in info.items() if k not in keys}


def info_with(**changes: Any) -> dict[str, Any]:
    info = envelope()["data"]["orderInfo"]
    base = changes.pop("baseOrder", {})
    return {**info, **changes, "baseOrder": {**info["baseOrder"], **base}}


def text(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode()


def answer(info: Any) -> bytes:
    """A success envelope carrying `info` as `data.orderInfo`."""
    return text({"code": 0, "message": "Success", "data": {"orderInfo": info}})


TRUE_ANSWER = text(envelope())


@pytest.fixture
async def seen(adapter: KeetaStdAdapter, relay: FakeRelay) -> KeetaStdAdapter:
    """The adapter once the order's 1001 came through the relay (so its shop, and its 1001 copy, are known)."""
    relay.polls.append(httpx.Response(200, json=[load("event_1001_delivery.json")]))
    await adapter.poll()
    return adapter


UNREADABLE = {
    "no products": answer(info_without("products")),
    "no fee details": answer(info_without("feeDtl")),
    "no products and no fee details": answer(info_without("products", "feeDtl")),
    "empty products": answer(info_with(products=[])),
    "truncated": TRUE_ANSWER[: len(TRUE_ANSWER) // 2],
    "truncated mid-character": TRUE_ANSWER[: TRUE_ANSWER.index("奶".encode()) + 1],
    "empty body": b"",
    "HTML": b"<html><body>Bad gateway</body></html>",
    "not UTF-8": b"\xff\xfe{\x00",
    "absurdly nested": b"[" * 100_000,
    "a list": b"[]",
    "null": b"null",
    "code as text": text({"code": "zero", "message": "?"}),
    "no data": text({"code": 0, "message": "Success"}),
    "data is text": text({"code": 0, "data": "orderInfo"}),
    "orderInfo is a list": text({"code": 0, "data": {"orderInfo": []}}),
    "products is an object": answer(info_with(products={"a": 1})),
    "no baseOrder": answer(info_without("baseOrder")),
    "ctime past the year 3000": answer(info_with(baseOrder={"ctime": 10**17})),
    "negative ctime": answer(info_with(baseOrder={"ctime": -1})),
    "deliveryTime overflowing": answer(info_with(baseOrder={"deliveryTime": 10**20})),
}


@pytest.mark.parametrize("body", list(UNREADABLE.values()), ids=list(UNREADABLE))
async def test_an_unreadable_answer_is_a_payload_error_with_its_text(seen: KeetaStdAdapter, keeta: FakeKeetaStd,
                                                                      body: bytes) -> None:
    keeta.script("/order/get", httpx.Response(200, content=body, headers={"Content-Type": "application/json"}))
    with pytest.raises(PlatformPayloadError) as caught:
        await seen.fetch_order(ORDER_ID)
    assert caught.value.raw == body.decode("utf-8", "replace")[: PlatformPayloadError.MAX_RAW]
    assert caught.value.raw or body == b""


@pytest.mark.parametrize(("reply", "error", "code"), [
    (fail(209000101, "order does not exist"), PlatformRejectedError, "209000101"),  # right after the 1001
    (fail(309000000, "system error"), PlatformTransientError, "309000000"),
    (fail(315000101, "system busy"), PlatformTransientError, "315000101"),
    (httpx.Response(503, content=b"<html>503 Service Temporarily Unavailable</html>"), PlatformTransientError,
     "server_error"),
    (httpx.Response(502), PlatformTransientError, "server_error"),
], ids=["not found", "system error", "busy", "HTTP 503", "HTTP 502"])
async def test_keetas_refusals_are_platform_errors(seen: KeetaStdAdapter, keeta: FakeKeetaStd,
                                                   reply: httpx.Response, error: type[PlatformError],
                                                   code: str) -> None:
    keeta.script("/order/get", reply)
    with pytest.raises(error) as caught:
        await seen.fetch_order(ORDER_ID)
    assert caught.value.code == code


async def test_the_1001_copy_never_stands_in_and_the_true_answer_is_read_after(seen: KeetaStdAdapter,
                                                                               keeta: FakeKeetaStd) -> None:
    keeta.script("/order/get", fail(209000101, "order does not exist"), ok({"orderInfo": info_without("feeDtl")}),
                 httpx.Response(200, content=TRUE_ANSWER))
    with pytest.raises(PlatformRejectedError):
        await seen.fetch_order(ORDER_ID)
    with pytest.raises(PlatformPayloadError, match=r"incomplete order \(feeDtl\)"):
        await seen.fetch_order(ORDER_ID)
    fetched = await seen.fetch_order(ORDER_ID)
    assert [line.name for line in fetched.order.lines] == ["港式奶茶 HK milk tea", "雲吞麵 Wonton noodles (大 Large)"]
    assert str(fetched.order.totals.total.amount) == "100.00"
    assert [b["shopId"] for b in keeta.bodies("/order/get")] == [466663] * 3  # the shop seen in the 1001


async def test_an_incomplete_answer_names_what_it_lacks_never_the_values(seen: KeetaStdAdapter,
                                                                          keeta: FakeKeetaStd) -> None:
    keeta.script("/order/get", ok({"orderInfo": info_without("products")}))
    with pytest.raises(PlatformPayloadError) as caught:
        await seen.fetch_order(ORDER_ID)
    message = str(caught.value)
    assert message == "Keeta order details: incomplete order (products)"
    assert "ENC_" in caught.value.raw and "ENC_" not in message  # the answer is kept, not told

"""The Standard client: the signed envelope on every call, each endpoint's body, and error sorting."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import httpx
import pytest

from kds.clock import FakeClock
from kds.platforms.base import InvalidStateError, PlatformPayloadError, PlatformRejectedError, PlatformTransientError
from kds.platforms.keeta_std.client import KeetaStdClient, constant_token
from kds.platforms.keeta_std.signature import body_bytes
from tests.unit.platforms.keeta_std.conftest import (
    API,
    APP_ID,
    ORDER_ID,
    SECRET,
    SHOP_ID,
    TOKEN,
    FakeKeetaStd,
    fail,
    load,
    ok,
)

OID, SHOP = int(ORDER_ID), int(SHOP_ID)


async def test_every_call_carries_the_signed_envelope(client: KeetaStdClient, keeta: FakeKeetaStd,
                                                      clock: FakeClock) -> None:
    await client.confirm(ORDER_ID, SHOP_ID)
    (request,) = keeta.raw
    assert request.method == "POST" and str(request.url) == f"{API}/order/confirm"
    assert request.headers["Content-Type"] == "application/json"
    body = json.loads(request.content)
    assert body == {"orderViewId": OID, "shopId": SHOP, "appId": APP_ID, "timestamp": int(clock.now().timestamp()),
                    "accessToken": TOKEN, "sig": body["sig"]}
    # The bytes sent are the signed parameters, serialised once (the fake re-verified the sig).
    assert request.content == body_bytes(body)
    assert keeta.bad == []


@pytest.mark.parametrize(("call", "path", "fields"), [
    (lambda c: c.prepare(ORDER_ID, SHOP_ID), "/order/prepare", {}),
    (lambda c: c.collect(ORDER_ID, SHOP_ID), "/order/collect", {}),
    (lambda c: c.agree_refund(ORDER_ID, SHOP_ID), "/order/agree", {}),
    (lambda c: c.cancel(ORDER_ID, SHOP_ID, "500001"), "/order/cancel", {"cancelCode": 500001}),
    (lambda c: c.cancel(ORDER_ID, SHOP_ID, "500000", " Kitchen fire "), "/order/cancel",
     {"cancelCode": 500000, "cancelReason": "Kitchen fire"}),
    (lambda c: c.reject_refund(ORDER_ID, SHOP_ID, "100002"), "/order/reject", {"rejectCode": 100002}),
    (lambda c: c.reject_refund(ORDER_ID, SHOP_ID, "100000", "Photo shows full cup"), "/order/reject",
     {"rejectCode": 100000, "rejectReason": "Photo shows full cup"}),
    (lambda c: c.refund_apply(ORDER_ID, SHOP_ID, [("1234534224", 1), ("1234534225", 2)], "200001"),
     "/order/refund/part/apply",
     {"products": [{"orderProductId": 1234534224, "refundCount": 1}, {"orderProductId": 1234534225, "refundCount": 2}],
      "partRefundType": 200001}),
    (lambda c: c.dispatched(ORDER_ID, SHOP_ID, {"courierName": "陳大文", "courierVehicle": 2}), "/order/dispatched",
     {"courierInfo": {"courierName": "陳大文", "courierVehicle": 2}}),
    (lambda c: c.delivered(ORDER_ID, SHOP_ID), "/order/delivered", {}),
    (lambda c: c.update_courier_info(ORDER_ID, SHOP_ID, {"courierPhone": "+852 61234567"}),
     "/order/updateCourierInfo", {"courierInfo": {"courierPhone": "+852 61234567"}}),
])
async def test_action_bodies(client: KeetaStdClient, keeta: FakeKeetaStd, call, path: str,
                             fields: dict[str, object]) -> None:
    await call(client)
    (body,) = keeta.bodies(path)
    business = {k: v for k, v in body.items() if k not in ("appId", "timestamp", "accessToken", "sig")}
    assert business == {"orderViewId": OID, "shopId": SHOP, **fields}
    assert keeta.bad == []


@pytest.mark.parametrize("call", [
    lambda c: c.cancel(ORDER_ID, SHOP_ID, "OTHERS"),
    lambda c: c.cancel(ORDER_ID, SHOP_ID, "500000", "  "),
    lambda c: c.reject_refund(ORDER_ID, SHOP_ID, "100009"),
    lambda c: c.reject_refund(ORDER_ID, SHOP_ID, "100000"),
    lambda c: c.refund_apply(ORDER_ID, SHOP_ID, [("1", 1)], "200000"),
    lambda c: c.refund_apply(ORDER_ID, SHOP_ID, [], "200001"),
    lambda c: c.refund_apply(ORDER_ID, SHOP_ID, [("line-a", 1)], "200001"),
    lambda c: c.confirm("not-a-number", SHOP_ID),
], ids=["cancel-code", "cancel-reason", "reject-code", "reject-reason", "refund-reason", "refund-items",
        "refund-line-id", "order-id"])
async def test_invalid_requests_are_refused_before_sending(client: KeetaStdClient, keeta: FakeKeetaStd, call) -> None:
    with pytest.raises(PlatformRejectedError):
        await call(client)
    assert keeta.calls == []


async def test_get_order(client: KeetaStdClient, keeta: FakeKeetaStd) -> None:
    keeta.script("/order/get", httpx.Response(200, json=load("order_get_accepted.json")))
    info, raw = await client.get_order(ORDER_ID, SHOP_ID)
    assert info.baseOrder.orderViewId == ORDER_ID and info.baseOrder.status == 30
    assert raw["someFutureSection"] == {"added": "by Keeta later"}  # unknown sections are kept


async def test_refund_preview(client: KeetaStdClient, keeta: FakeKeetaStd) -> None:
    keeta.script("/order/refund/part/products/preview", httpx.Response(200, json=load("preview_refundable.json")))
    data = await client.refund_preview(ORDER_ID, SHOP_ID)
    assert keeta.bodies("/order/refund/part/products/preview")[0]["products"] == []
    assert [(p.line_id, p.count, p.refundableCount) for p in data.products] == [
        ("1234534224", 2, None), ("1234534225", 1, 0)]


async def test_batch_decrypt_in_chunks_of_50(client: KeetaStdClient, keeta: FakeKeetaStd) -> None:
    texts = [f"ENC_{i}" for i in range(120)]

    def echo(request: httpx.Request) -> httpx.Response:
        infos = json.loads(request.content)["cipherInfos"]
        return ok({"plainInfos": [{"cipherText": i["cipherText"], "plainText": "x", "errorCode": 0} for i in infos]})

    keeta.script("/base/batchDecrypt", echo, echo, echo)
    infos = await client.batch_decrypt(SHOP_ID, texts)
    sizes = [len(b["cipherInfos"]) for b in keeta.bodies("/base/batchDecrypt")]
    assert sizes == [50, 50, 20]
    assert [i.cipherText for i in infos] == texts
    assert all(b["shopId"] == SHOP and "accessToken" in b for b in keeta.bodies("/base/batchDecrypt"))


async def test_token_refresh_call(client: KeetaStdClient, keeta: FakeKeetaStd) -> None:
    keeta.script("/base/oauth/token", httpx.Response(200, json=load("token_refreshed.json")))
    token = await client.refresh_token("old-refresh")
    (body,) = keeta.bodies("/base/oauth/token")
    assert body["grantType"] == "refresh_token" and body["refreshToken"] == "old-refresh"
    assert "accessToken" not in body
    assert token.access_token == "new-access-token" and token.refresh_token == "new-refresh-token"
    assert token.expires_at == datetime(2026, 1, 1, 12, tzinfo=UTC) + timedelta(days=90)


async def test_failures_are_sorted(client: KeetaStdClient, keeta: FakeKeetaStd) -> None:
    keeta.script("/order/confirm", fail(215000102, "order already handled"), httpx.Response(502),
                 httpx.Response(200, content=b"<html>gateway</html>"))
    with pytest.raises(InvalidStateError):
        await client.confirm(ORDER_ID, SHOP_ID)
    with pytest.raises(PlatformTransientError):
        await client.confirm(ORDER_ID, SHOP_ID)
    with pytest.raises(PlatformPayloadError):
        await client.confirm(ORDER_ID, SHOP_ID)


async def test_network_error_is_transient(clock: FakeClock) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    client = KeetaStdClient(httpx.AsyncClient(transport=httpx.MockTransport(refuse)), API, APP_ID, SECRET,
                            constant_token(TOKEN), clock)
    with pytest.raises(PlatformTransientError):
        await client.get_order(ORDER_ID, SHOP_ID)
    await client.aclose()


async def test_timestamp_follows_keetas_clock(clock: FakeClock) -> None:
    keeta_now = clock.now() + timedelta(seconds=120)
    seen: list[int] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content)["timestamp"])
        return httpx.Response(200, json={"code": 0}, headers={"Date": format_datetime(keeta_now, usegmt=True)})

    client = KeetaStdClient(httpx.AsyncClient(transport=httpx.MockTransport(answer)), API, APP_ID, SECRET,
                            constant_token(TOKEN), clock)
    await client.confirm(ORDER_ID, SHOP_ID)
    await client.confirm(ORDER_ID, SHOP_ID)
    assert client.server_offset is not None and abs(client.server_offset.total_seconds() - 120.5) < 1e-6
    assert seen[0] == int(clock.now().timestamp()) and seen[1] == int(keeta_now.timestamp())
    await client.aclose()

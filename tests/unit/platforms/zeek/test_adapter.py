"""The Zeek adapter: orders from the relay, accepted on arrival; Collect reaches Zeek as status 5."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.domain.events import EventKind
from kds.platforms.base import ActionRequest
from kds.platforms.relay import RECEIPT_TYPE, RelayClient
from kds.platforms.zeek.adapter import ZeekAdapter
from kds.platforms.zeek.client import ZeekClient

FIXTURES = Path(__file__).resolve().parents[3] / "fixtures" / "platforms" / "zeek"


def adapter(sent: list[httpx.Request], acked: list[Any]) -> ZeekAdapter:
    payload = json.loads((FIXTURES / "order_create_combo.json").read_text(encoding="utf-8"))
    event = {"eventId": "e-1", "eventType": "order_create", "orderId": payload["order_id"],
             "createdAt": "2026-12-07T04:02:16Z", "metadata": {"platform": "zeek"}, "payload": payload}

    def relay(request: httpx.Request) -> httpx.Response:
        if request.method == "POST":
            acked.extend(json.loads(request.content))
            return httpx.Response(202)
        assert request.url.params.get_list("platform") == ["zeek"]
        return httpx.Response(200, json=[event])

    def zeek(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/auth/token"):
            return httpx.Response(200, json={"error": 0, "data": {"access_token": "t", "expires_in": 86400}})
        return httpx.Response(200, json={"error": 0, "data": None})

    clock = FakeClock()
    client = ZeekClient(httpx.AsyncClient(transport=httpx.MockTransport(zeek)), "https://zeek.example", "c", "s",
                        clock)
    reader = RelayClient(httpx.AsyncClient(transport=httpx.MockTransport(relay)), "https://relay.example", "tok",
                         "zeek", clock)
    return ZeekAdapter(client, reader, clock, wait=0)


async def test_an_order_arrives_accepted_and_collect_sends_status_5() -> None:
    sent: list[httpx.Request] = []
    acked: list[Any] = []
    zeek = adapter(sent, acked)
    result = await zeek.poll()
    assert [e.kind for e, _ in result.events] == [EventKind.CREATED, EventKind.ACCEPTED]
    fetched = await zeek.fetch_order("CKG24120700137")
    assert fetched.order.pickup_code == "4827"
    await zeek.acknowledge([raw for _, raw in result.events])
    assert acked == [{"id": "e-1", "orderId": "CKG24120700137", "eventType": "order_create"}]

    await zeek.perform(ActionRequest(Action.COLLECT, fetched.order))
    assert json.loads(sent[-1].content) == {"order_id": "CKG24120700137", "status": 5}
    receipts = [(e, raw) for e, raw in (await zeek.poll()).events if raw.event_type == RECEIPT_TYPE]
    assert [e.kind for e, _ in receipts] == [EventKind.PICKED_UP]
    await zeek.acknowledge([raw for _, raw in receipts])
    assert len(acked) == 1  # receipts are never acknowledged at the relay

"""The webhook sender: Keeta's envelope, double-encoded message, `sig` over the callback URL, retries."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest

from kds.relay.hooks.keeta_std import keeta_std_verify
from kds.simulator.keeta_std import KeetaStdSimState, WebhookSender

HOOK = "https://relay.test/hooks/keeta/demo"


@pytest.fixture
def received() -> list[httpx.Request]:
    return []


def sender_for(state: KeetaStdSimState, answers: list[httpx.Response], received: list[httpx.Request],
               slept: list[float]) -> WebhookSender:
    def answer(request: httpx.Request) -> httpx.Response:
        received.append(request)
        return answers.pop(0) if answers else httpx.Response(200, json={"code": 0, "message": "Success"})

    async def sleep(seconds: float) -> None:
        slept.append(seconds)

    return WebhookSender(state, httpx.AsyncClient(transport=httpx.MockTransport(answer)), sleep)


async def test_envelope_is_signed_over_the_callback_url(make_state: Callable[..., KeetaStdSimState],
                                                        received: list[httpx.Request]) -> None:
    state = make_state(webhook_url=HOOK)
    order_id = state.create_order("pickup")
    state.act_on_tablet(order_id, "order/confirm")
    sender = sender_for(state, [], received, [])
    assert await sender.flush() == 2
    first, second = (json.loads(r.content) for r in received)
    assert set(first) == {"sig", "eventId", "appId", "messageId", "shopId", "message", "timestamp"}
    assert (first["eventId"], second["eventId"]) == (1001, 1002)
    assert isinstance(first["message"], str)  # double-encoded
    assert json.loads(second["message"])["status"] == 30
    assert first["messageId"] != second["messageId"]
    for body in (first, second):
        params = {k: v for k, v in body.items() if k != "sig"}
        assert keeta_std_verify(HOOK, params, state.config.app_secret, body["sig"])
        assert not keeta_std_verify(HOOK + "x", params, state.config.app_secret, body["sig"])
    assert all(h.delivered and h.attempts == 1 for h in state.webhooks(order_id))
    await sender.aclose()


async def test_retried_three_more_times_with_the_same_message_id(make_state: Callable[..., KeetaStdSimState],
                                                                  received: list[httpx.Request]) -> None:
    state = make_state(webhook_url=HOOK, time_scale=10)
    state.create_order("delivery")
    slept: list[float] = []
    refusals = [httpx.Response(401, json={"code": 401, "message": "bad sig"}), httpx.Response(503),
                httpx.Response(200, json={"code": 1}), httpx.Response(200, text="ok")]
    sender = sender_for(state, refusals, received, slept)
    assert await sender.flush() == 0
    (hook,) = state.webhooks()
    assert hook.attempts == 4 and hook.failed and not hook.delivered
    assert hook.answers == ["401", "503", "200", "200"]
    assert slept == [1.0, 3.0, 6.0]  # 10 s, 30 s, 60 s at x10
    assert len({json.loads(r.content)["messageId"] for r in received}) == 1
    await sender.aclose()


async def test_stops_retrying_once_acknowledged(make_state: Callable[..., KeetaStdSimState],
                                               received: list[httpx.Request]) -> None:
    state = make_state(webhook_url=HOOK)
    state.create_order("delivery")
    sender = sender_for(state, [httpx.Response(500)], received, [])
    assert await sender.flush() == 1
    (hook,) = state.webhooks()
    assert hook.attempts == 2 and hook.delivered and not hook.failed
    await sender.aclose()


async def test_held_until_a_url_is_set(state: KeetaStdSimState, received: list[httpx.Request]) -> None:
    state.create_order("pickup")
    sender = sender_for(state, [], received, [])
    assert await sender.flush() == 0 and received == []
    state.set_webhook_url(HOOK)
    assert state.has_webhooks()
    assert await sender.flush() == 1
    await sender.aclose()

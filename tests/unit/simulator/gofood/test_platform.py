"""The GoFood simulator as strict as GoBiz: token rules, wrong states, the acceptance modes, notifications."""

from __future__ import annotations

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest

from kds.clock import FakeClock
from kds.platforms.gofood.mapping import MappedEvent, read_event
from kds.platforms.gofood.policy import AcceptanceMode
from kds.simulator.gofood import api
from kds.simulator.gofood.config import RETRY_DELAYS, SimConfig
from kds.simulator.gofood.state import ACCEPTED, AWAITING, CANCELLED, COMPLETED, PLACED, GoFoodSimState

BASIC = "Basic " + base64.b64encode(b"kds-demo-gobiz-client:kds-demo-gobiz-secret-Vb7Qm2Lx9Tn4").decode()
FORM = b"grant_type=client_credentials&scope=gofood%3Aorder%3Aread+gofood%3Aorder%3Awrite"


def platform(**config: object) -> tuple[GoFoodSimState, FakeClock]:
    clock = FakeClock(datetime(2026, 3, 2, 5, 0, tzinfo=UTC))
    return GoFoodSimState(SimConfig(seed=7, webhook_url="http://relay.test/hooks/gofood/t", **config), clock), clock


def bearer(state: GoFoodSimState) -> str:
    answer = api.token(state, BASIC, FORM)
    assert answer.status == 200
    return "Bearer " + answer.body["access_token"]


def act(state: GoFoodSimState, token: str, number: str, action: str, body: dict[str, str] | None = None,
        order_type: str = "delivery") -> api.Answer:
    raw = json.dumps(body).encode() if body is not None else b""
    return api.order_action(state, token, state.config.outlet_id, order_type, number, action, raw)


@pytest.mark.parametrize(("auth", "form", "status"), [
    ("Basic bm8=", FORM, 401), (BASIC, b"grant_type=password&scope=gofood%3Aorder%3Awrite", 400),
    (BASIC, b"grant_type=client_credentials", 400)])
def test_the_token_endpoint_is_strict(auth: str, form: bytes, status: int) -> None:
    state, _ = platform()
    assert api.token(state, auth, form).status == status


def test_a_token_expires() -> None:
    state, clock = platform(token_lifetime=60)
    token = bearer(state)
    number = state.create_order()
    clock.advance(61)
    assert act(state, token, number, "accepted").status == 401


def test_wrong_states_are_answered_409_in_gobiz_words() -> None:
    state, _ = platform()
    token = bearer(state)
    number = state.create_order()
    assert act(state, token, number, "food-prepared").body["errors"][0]["message_title"] == "Order is not accepted yet"
    assert act(state, token, number, "accepted").status == 200
    again = act(state, token, number, "accepted")
    assert again.status == 409 and again.body["errors"][0]["message_title"] == "Order already accepted"
    assert act(state, token, number, "cancelled", {"cancel_reason_code": "OTHERS", "cancel_reason_description": "x y"}
               ).body["errors"][0]["message_title"] == "Order already accepted"
    assert act(state, token, number, "food-prepared").status == 200
    assert act(state, token, number, "food-prepared").body["errors"][0]["message_title"] == "Food already prepared"


@pytest.mark.parametrize("body", [{"cancel_reason_code": "BORED", "cancel_reason_description": "Bored now"},
                                  {"cancel_reason_code": "OTHERS", "cancel_reason_description": "no"}, None])
def test_a_reject_needs_a_known_code_and_three_characters(body: dict[str, str] | None) -> None:
    state, _ = platform()
    number = state.create_order()
    assert act(state, bearer(state), number, "cancelled", body).status == 400
    assert state.order_state(number).status == AWAITING


def test_the_order_type_and_the_outlet_must_be_the_orders() -> None:
    state, _ = platform()
    token = bearer(state)
    number = state.create_order("pickup")
    assert act(state, token, number, "accepted").status == 400
    assert api.order_action(state, token, "G0", "pickup", number, "accepted", b"").status == 404
    assert [c.status for c in state.calls(number)] == [400, 404]


def test_manual_acceptance_is_rejected_by_gofood_after_three_minutes() -> None:
    state, clock = platform()
    number = state.create_order()
    clock.advance(179.9)
    assert state.order_state(number).status == AWAITING
    clock.advance(0.1)
    order = state.order_state(number)
    assert order.status == CANCELLED and order.cancel_reason == "MERCHANT_DID_NOT_RESPOND"


def test_auto_accept_on_timeout_is_accepted_by_gofood_after_one_minute() -> None:
    state, clock = platform(mode=AcceptanceMode.AUTO_ON_TIMEOUT)
    number = state.create_order()
    clock.advance(60)
    assert state.order_state(number).status == ACCEPTED
    assert [h.name for h in state.webhooks(number)] == ["gofood.order.awaiting_merchant_acceptance",
                                                       "gofood.order.merchant_accepted"]


def test_auto_accept_sends_no_awaiting_notification() -> None:
    state, _ = platform(mode=AcceptanceMode.AUTO)
    number = state.create_order()
    assert [h.name for h in state.webhooks(number)] == ["gofood.order.merchant_accepted"]


def test_a_rider_takes_the_food_once_it_is_prepared_and_the_payment_settles() -> None:
    state, clock = platform()
    token = bearer(state)
    number = state.create_order()
    act(state, token, number, "accepted")
    clock.advance(4 * 60)
    clock.advance(8 * 60)
    assert state.order_state(number).driver_step == "arrived"
    clock.advance(10 * 60)
    assert state.order_state(number).status == ACCEPTED  # waits for the food
    act(state, token, number, "food-prepared")
    clock.advance(2 * 60)
    order = state.order_state(number)
    assert order.status == PLACED and order.settled
    clock.advance(25 * 60)
    assert state.order_state(number).status == COMPLETED
    names = [h.name.removeprefix("gofood.order.") for h in state.webhooks(number)]
    assert names == ["awaiting_merchant_acceptance", "merchant_accepted", "driver_otw_pickup", "driver_arrived",
                     "placed", "completed"]


def test_a_customer_may_cancel_until_the_food_is_taken() -> None:
    state, _ = platform()
    number = state.create_order()
    state.customer_cancels(number)
    assert state.order_state(number).status == CANCELLED


def test_notifications_read_back_as_gofood_events() -> None:
    state, _ = platform()
    number = state.create_order("pickup", items=["Es teh manis"])
    (hook,) = state.webhooks(number)
    relay_event = {"eventId": "e1", "eventType": hook.name, "orderId": number, "createdAt": "2026-03-02T05:00:00Z",
                   "metadata": {"platform": "gofood", "eventName": hook.name}, "payload": hook.payload}
    result = read_event(relay_event)
    assert isinstance(result, MappedEvent) and result.body.order.order_items[0].name == "Es teh manis"  # type: ignore[index]


def test_retries_follow_gofoods_schedule_scaled() -> None:
    state, clock = platform(time_scale=60, mode=AcceptanceMode.AUTO)
    number = state.create_order("pickup")  # nothing else happens to it meanwhile
    (hook,) = state.take_due()
    for delay in RETRY_DELAYS:
        state.record_attempt(hook, "503", False)
        assert hook.due == state.now() + timedelta(seconds=delay / 60) and not hook.failed
        clock.advance(delay / 60)
        assert state.take_due() == [hook]
    state.record_attempt(hook, "503", False)
    assert hook.failed and hook.attempts == len(RETRY_DELAYS) + 1 and state.webhooks(number) == [hook]


def test_a_duplicate_is_sent_after_the_success() -> None:
    state, _ = platform(duplicate_rate=1.0)
    state.create_order()
    (hook,) = state.take_due()
    state.record_attempt(hook, "200", True)
    assert state.take_due() == [hook]
    state.record_attempt(hook, "200", True)
    assert state.take_due() == [] and hook.attempts == 2


def test_outlets_take_turns_each_in_its_own_mode_and_act_only_on_their_own_orders() -> None:
    state, clock = platform(other_outlets=(("G2", AcceptanceMode.AUTO_ON_TIMEOUT),))
    token = bearer(state)
    first, second, third = state.create_order(), state.create_order(), state.create_order()
    assert [state.order_state(n).outlet for n in (first, second, third)] == [state.config.outlet_id, "G2",
                                                                            state.config.outlet_id]
    assert state.webhooks(second)[0].payload["body"]["outlet"]["id"] == "G2"
    assert api.order_action(state, token, state.config.outlet_id, "delivery", second, "accepted", b"").status == 404
    clock.advance(60)
    assert state.order_state(second).status == ACCEPTED  # auto-accept on timeout: GoFood accepts
    assert state.order_state(first).status == AWAITING  # manual: still the outlet's to answer
    clock.advance(120)
    assert state.order_state(first).status == CANCELLED


def test_outlet_ids_must_differ() -> None:
    with pytest.raises(ValueError, match="outlet ids must differ"):
        SimConfig(other_outlets=(("G518462937", AcceptanceMode.MANUAL),))

"""Spoiled `/order/get` answers: each kind answered as Keeta would, one fewer each time, then the truth."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from kds.clock import FakeClock
from kds.simulator.keeta_std import BAD_GET_KINDS, KeetaStdSimState, SimConfig
from kds.simulator.keeta_std import api as codes
from kds.simulator.keeta_std.api import respond
from kds.simulator.keeta_std.badgets import NO_ENVELOPE, Answer
from tests.unit.simulator.keeta_std.conftest import signed


def get(state: KeetaStdSimState, order_id: str, **kw: Any) -> Answer:
    """`/order/get` of the order, signed as the app signs it."""
    order = state.orders[order_id]
    body = signed(state, "order/get", {"orderViewId": order.order_id, "shopId": order.shop_id}, **kw)
    return respond(state, "order/get", body, f"{state.base_url}/order/get")


def truth(state: KeetaStdSimState, order_id: str) -> dict[str, Any]:
    return {"code": 0, "message": "Success", "data": {"orderInfo": state.orders[order_id].order_info("HKD")}}


def test_incomplete_lacks_the_products_then_the_fee_details(state: KeetaStdSimState) -> None:
    order_id = state.create_order("delivery", bad_gets=3, bad_kinds=["incomplete"])
    full = truth(state, order_id)["data"]["orderInfo"]
    answers = [get(state, order_id) for _ in range(3)]
    assert [a.status for a in answers] == [200, 200, 200]
    infos = [a.json()["data"]["orderInfo"] for a in answers]
    assert [a.json()["code"] for a in answers] == [0, 0, 0]
    assert [sorted(set(full) - set(info)) for info in infos] == [["products"], ["feeDtl"], ["products"]]
    assert all(info == {k: v for k, v in full.items() if k in info} for info in infos)  # nothing else differs
    assert get(state, order_id).json() == truth(state, order_id)


@pytest.mark.parametrize(("kind", "status", "envelope"), [
    ("not_found", 200, {"code": 209000101, "message": "order does not exist"}),
    ("system_error", 200, {"code": 309000000, "message": "system error"}),
])
def test_envelope_refusals(state: KeetaStdSimState, kind: str, status: int, envelope: dict[str, Any]) -> None:
    order_id = state.create_order("pickup", bad_gets=2, bad_kinds=[kind])
    first, second, third = get(state, order_id), get(state, order_id), get(state, order_id)
    assert (first.status, first.json()) == (status, envelope) and second.json() == envelope
    assert third.json() == truth(state, order_id)
    assert [(c.code, c.spoiled) for c in state.calls(order_id, "order/get")] == [
        (envelope["code"], kind), (envelope["code"], kind), (0, "")]


def test_malformed_is_the_true_answer_cut_off_halfway(state: KeetaStdSimState) -> None:
    order_id = state.create_order("self_delivery", bad_gets=1, bad_kinds=["malformed"])
    bad = get(state, order_id)
    whole = json.dumps(truth(state, order_id), ensure_ascii=False, separators=(",", ":"))
    assert bad.status == 200 and bad.content_type == "application/json"
    assert bad.body.decode() == whole[: len(whole) // 2]
    with pytest.raises(json.JSONDecodeError):
        bad.json()
    assert get(state, order_id).json() == truth(state, order_id)


def test_unavailable_is_a_gateways_503_without_an_envelope(state: KeetaStdSimState) -> None:
    order_id = state.create_order("delivery", bad_gets=1, bad_kinds=["unavailable"])
    bad = get(state, order_id)
    assert bad.status == 503 and bad.content_type == "text/html" and b"503 Service Temporarily" in bad.body
    assert [(c.code, c.spoiled, c.applied) for c in state.calls(order_id, "order/get")] == [
        (NO_ENVELOPE, "unavailable", False)]
    assert get(state, order_id).json() == truth(state, order_id)


def test_kinds_in_turn_counted_and_read_only_by_the_truth(state: KeetaStdSimState, clock: FakeClock) -> None:
    order_id = state.create_order("delivery")
    state.spoil(order_id, 5, ["not_found", "malformed", "system_error"])
    for _ in range(5):
        assert state.read_at(order_id) is None
        clock.advance(1)
        get(state, order_id)
    assert [c.spoiled for c in state.calls(order_id, "order/get")] == [
        "not_found", "malformed", "system_error", "not_found", "malformed"]
    assert state.bad_gets_sent() == 5 and state.bad_gets_sent(order_id, "not_found") == 2
    assert state.bad_gets_sent(kind="malformed") == 2 and state.bad_gets_sent(kind="unavailable") == 0
    clock.advance(1)
    assert get(state, order_id).json() == truth(state, order_id)
    assert state.read_at(order_id) == state.now()
    assert [c.applied for c in state.calls(order_id, "order/get")] == [False] * 5 + [True]
    assert state.bad_gets_sent() == 5


def test_read_at_is_the_first_true_answer(state: KeetaStdSimState, clock: FakeClock) -> None:
    order_id = state.create_order("delivery", bad_gets=1, bad_kinds=["system_error"])
    get(state, order_id)
    clock.advance(2)
    get(state, order_id)
    first = state.now()
    clock.advance(2)
    get(state, order_id)
    assert state.read_at(order_id) == first


def test_spoiling_again_and_healing(state: KeetaStdSimState) -> None:
    order_id = state.create_order("pickup", bad_gets=10**6, bad_kinds=["incomplete", "not_found"])
    assert [get(state, order_id).json()["code"] for _ in range(4)] == [0, 209000101, 0, 209000101]
    assert state.read_at(order_id) is None  # an order nobody can read
    state.spoil(order_id, 0)
    assert get(state, order_id).json() == truth(state, order_id)


def test_an_invalid_call_is_refused_for_what_it_is_and_uses_up_nothing(state: KeetaStdSimState) -> None:
    order_id = state.create_order("delivery", bad_gets=1, bad_kinds=["malformed"])
    assert get(state, order_id, secret="wrong").json()["code"] == codes.SIG_INVALID
    assert get(state, order_id, token="stolen").json()["code"] == codes.TOKEN_INVALID
    order = state.orders[order_id]
    other_shop = next(s for s in state.config.shop_ids if s != order.shop_id)
    body = signed(state, "order/get", {"orderViewId": order.order_id, "shopId": other_shop})
    assert respond(state, "order/get", body, f"{state.base_url}/order/get").json()["code"] == codes.ORDER_NOT_FOUND
    assert state.bad_gets_sent() == 0
    assert get(state, order_id).status == 200 and state.bad_gets_sent(order_id, "malformed") == 1
    assert get(state, order_id).json() == truth(state, order_id)


def test_other_calls_are_never_spoiled(state: KeetaStdSimState) -> None:
    order_id = state.create_order("pickup", bad_gets=3, bad_kinds=["unavailable"])
    body = signed(state, "order/confirm", {"orderViewId": state.orders[order_id].order_id,
                                           "shopId": state.orders[order_id].shop_id})
    assert respond(state, "order/confirm", body, f"{state.base_url}/order/confirm").json()["code"] == 0
    assert state.orders[order_id].bad_gets == 3


def test_the_rate_knob(make_state: Callable[..., KeetaStdSimState]) -> None:
    state = make_state(bad_get_rate=1.0, bad_gets=2, bad_get_kinds=("system_error", "not_found"))
    order_ids = [state.create_order("delivery") for _ in range(3)]
    for order_id in order_ids:
        first, second, third = (get(state, order_id).json()["code"] for _ in range(3))
        assert {first, second} == {309000000, 209000101} and third == 0
    assert state.bad_gets_sent() == 6
    explicit = state.create_order("delivery", bad_gets=1, bad_kinds=["malformed"])  # an explicit spoil wins
    get(state, explicit)
    get(state, explicit)
    assert [c.spoiled for c in state.calls(explicit, "order/get")] == ["malformed", ""]


def test_a_share_of_orders_is_spoiled_and_the_orders_stay_the_same(
        make_state: Callable[..., KeetaStdSimState]) -> None:
    plain = make_state()
    some = make_state(bad_get_rate=0.5, bad_gets=1)
    pairs = [(plain.create_order("delivery"), some.create_order("delivery")) for _ in range(40)]
    # Spoiling draws from its own random stream: the same seed places the same orders.
    assert [p for p, _ in pairs] == [s for _, s in pairs]
    for plain_id, some_id in pairs:
        assert get(plain, plain_id).json() == truth(plain, plain_id)
        get(some, some_id)
    spoiled = [o for _, o in pairs if some.calls(o, "order/get")[0].spoiled]
    assert 8 < len(spoiled) < 32, len(spoiled)
    assert {some.calls(o, "order/get")[0].spoiled for o in spoiled} == set(some.config.bad_get_kinds)
    assert some.bad_gets_sent() == len(spoiled) and plain.bad_gets_sent() == 0
    assert all(get(some, o).json() == truth(some, o) for o in spoiled)  # one bad GET each, then the truth


@pytest.mark.parametrize(("overrides", "message"), [
    ({"bad_get_rate": 1.5}, r"bad_get_rate must be within \[0, 1\]"),
    ({"bad_get_rate": -0.1}, r"bad_get_rate must be within \[0, 1\]"),
    ({"bad_gets": -1}, "bad_gets cannot be negative"),
    ({"bad_get_kinds": ()}, "at least one bad GET kind"),
    ({"bad_get_kinds": ("incomplete", "slow")}, r"unknown bad GET kinds: \['slow'\]"),
])
def test_knob_validation(overrides: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        SimConfig(**overrides)


def test_spoil_validation(state: KeetaStdSimState) -> None:
    order_id = state.create_order("delivery")
    with pytest.raises(ValueError, match="unknown bad GET kinds"):
        state.spoil(order_id, 1, ["late"])
    with pytest.raises(ValueError, match="cannot be negative"):
        state.spoil(order_id, -1)
    with pytest.raises(KeyError):
        state.spoil("42", 1)
    assert set(BAD_GET_KINDS) == {"incomplete", "not_found", "malformed", "system_error", "unavailable"}

"""The Standard endpoints: checks in Keeta's order, the state machine, refund previews and applies."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from kds.clock import FakeClock
from kds.simulator.keeta_std import KeetaStdSimState
from kds.simulator.keeta_std import api as codes
from kds.simulator.keeta_std.api import handle
from tests.unit.simulator.keeta_std.conftest import Call, messages, signed


def raw_call(state: KeetaStdSimState, action: str, order_id: str, **kw: object) -> dict[str, object]:
    order = state.orders[order_id]
    body = signed(state, action, {"orderViewId": order.order_id, "shopId": order.shop_id}, **kw)  # type: ignore[arg-type]
    return handle(state, action, body, f"{state.base_url}/{action}")


def test_authentication_checks(state: KeetaStdSimState, clock: FakeClock) -> None:
    order_id = state.create_order("pickup")
    assert raw_call(state, "order/confirm", order_id, secret="wrong")["code"] == codes.SIG_INVALID
    assert raw_call(state, "order/confirm", order_id, token="stolen")["code"] == codes.TOKEN_INVALID
    stale = int(clock.now().timestamp()) - 3600
    assert raw_call(state, "order/confirm", order_id, timestamp=stale)["code"] == codes.TIMESTAMP_INVALID
    assert handle(state, "order/confirm", b"{not json", "u")["code"] == codes.PARAM_INVALID
    assert state.order_state(order_id).status == 10  # none of these took effect
    assert [c.code for c in state.calls(action="order/confirm")] == [
        codes.SIG_INVALID, codes.TOKEN_INVALID, codes.TIMESTAMP_INVALID, codes.PARAM_INVALID]
    clock.advance(90 * 86400)
    assert raw_call(state, "order/get", order_id, timestamp=int(clock.now().timestamp()))["code"] == codes.TOKEN_EXPIRED


def test_wrong_app_id_with_its_own_valid_sig(state: KeetaStdSimState) -> None:
    order_id = state.create_order("pickup")
    assert raw_call(state, "order/confirm", order_id, app_id=42)["code"] == codes.APP_INVALID


def test_pickup_state_machine(state: KeetaStdSimState, call: Call) -> None:
    order_id = state.create_order("pickup")
    assert call("order/prepare", order_id)["code"] == codes.STATUS_NOT_ALLOWED
    assert call("order/confirm", order_id)["code"] == 0
    assert call("order/confirm", order_id)["code"] == codes.ALREADY_HANDLED
    assert call("order/prepare", order_id)["code"] == 0
    assert call("order/prepare", order_id)["code"] == codes.ALREADY_HANDLED
    assert call("order/collect", order_id)["code"] == 0
    assert call("order/collect", order_id)["code"] == codes.ALREADY_HANDLED
    assert call("order/cancel", order_id, cancelCode=500001)["code"] == codes.STATUS_NOT_ALLOWED
    assert state.order_state(order_id).history == ("on_demand", "confirmed", "prepared", "collected")
    assert [h.event_id for h in state.webhooks(order_id)] == [1001, 1002, 1003]
    assert messages(state, order_id, 1002)[0] == {"orderViewId": int(order_id),
                                                  "shopId": state.orders[order_id].shop_id, "status": 30,
                                                  "opTime": messages(state, order_id, 1002)[0]["opTime"]}


def test_cancel_rules(state: KeetaStdSimState, call: Call) -> None:
    order_id = state.create_order("delivery")
    assert call("order/cancel", order_id, cancelCode=499999)["code"] == codes.PARAM_INVALID
    assert call("order/cancel", order_id, cancelCode=500000)["code"] == codes.PARAM_MISSING
    assert call("order/cancel", order_id, cancelCode=500000, cancelReason="Gas cut")["code"] == 0
    (cancel,) = messages(state, order_id, 1004)
    assert (cancel["opType"], cancel["cancelCode"], cancel["cancelReason"]) == (20, 500000, "Gas cut")
    assert call("order/cancel", order_id, cancelCode=500001)["code"] == codes.ALREADY_HANDLED
    assert call("order/collect", order_id)["code"] == codes.NOT_PICKUP


@pytest.mark.parametrize("kind", ["delivery", "pickup", "self_delivery"])
def test_the_merchant_may_cancel_in_every_status_until_the_order_is_final(state: KeetaStdSimState, call: Call,
                                                                          kind: str) -> None:
    steps = {"delivery": [], "pickup": ["order/prepare"], "self_delivery": ["order/prepare", "order/dispatched"]}
    new = state.create_order(kind)
    assert call("order/cancel", new, cancelCode=500001)["code"] == 0  # new: turning it down
    accepted = state.create_order(kind)
    call("order/confirm", accepted)
    assert call("order/cancel", accepted, cancelCode=500002)["code"] == 0
    later = state.create_order(kind)
    call("order/confirm", later)
    for step in steps[kind]:
        assert call(step, later)["code"] == 0
    assert state.order_state(later).status in (30, 35, 37)
    assert call("order/cancel", later, cancelCode=500003)["code"] == 0  # prepared, or out with our rider
    assert [state.order_state(o).cancelled_by for o in (new, accepted, later)] == ["merchant"] * 3
    done = state.create_order(kind)
    call("order/confirm", done)
    if kind == "pickup":
        call("order/collect", done)
    elif kind == "self_delivery":
        call("order/dispatched", done)
        call("order/delivered", done)
    else:
        state.orders[done].status = 40  # Keeta's rider delivered it
    assert call("order/cancel", done, cancelCode=500001)["code"] == codes.STATUS_NOT_ALLOWED  # final
    assert state.order_state(done).status == 40


def test_the_merchant_may_cancel_an_order_out_with_keetas_rider(make_state: Callable[..., KeetaStdSimState],
                                                                clock: FakeClock) -> None:
    state = make_state(courier_assign_delay=(1.0, 1.0), courier_arrive_delay=(1.0, 1.0),
                       courier_pickup_delay=(1.0, 1.0), courier_deliver_delay=(600.0, 600.0))
    order_id = state.create_order("delivery")
    body = signed(state, "order/confirm", {"orderViewId": int(order_id), "shopId": state.orders[order_id].shop_id})
    handle(state, "order/confirm", body, f"{state.base_url}/order/confirm")
    body = signed(state, "order/prepare", {"orderViewId": int(order_id), "shopId": state.orders[order_id].shop_id})
    handle(state, "order/prepare", body, f"{state.base_url}/order/prepare")
    clock.advance(10)
    assert state.order_state(order_id).status == 37  # the rider has the food
    body = signed(state, "order/cancel", {"orderViewId": int(order_id), "shopId": state.orders[order_id].shop_id,
                                          "cancelCode": 500001})
    assert handle(state, "order/cancel", body, f"{state.base_url}/order/cancel")["code"] == 0
    assert state.order_state(order_id).status == 50


def test_refund_request_statuses_are_knobs_and_stay_answerable(make_state: Callable[..., KeetaStdSimState]) -> None:
    state = make_state(refund_request_status=2010, part_refund_request_status=5099)
    whole, some = state.create_order("delivery"), state.create_order("delivery")
    for order_id in (whole, some):
        body = signed(state, "order/confirm", {"orderViewId": int(order_id), "shopId": state.orders[order_id].shop_id})
        handle(state, "order/confirm", body, f"{state.base_url}/order/confirm")
    state.request_refund(whole)
    line = str(state.orders[some].products[0].order_product_id)
    state.request_refund(some, items=[(line, 1)])
    assert messages(state, whole, 1005)[-1]["status"] == 2010
    assert messages(state, some, 1007)[-1]["status"] == 5099
    state.set_refund_status(whole, 2011)  # a later status, still waiting for the merchant
    assert messages(state, whole, 1005)[-1]["status"] == 2011 and state.order_state(whole).refund_pending
    for order_id, action, extra in ((whole, "order/agree", {}), (some, "order/reject", {"rejectCode": 100001})):
        body = signed(state, action, {"orderViewId": int(order_id), "shopId": state.orders[order_id].shop_id, **extra})
        assert handle(state, action, body, f"{state.base_url}/{action}")["code"] == 0
    assert state.order_state(whole).refund_outcomes == ("refunded",)
    assert state.order_state(some).refund_outcomes == ("rejected",)
    assert messages(state, whole, 1005)[-1]["status"] == 2002
    with pytest.raises(ValueError, match="has no pending refund request"):
        state.set_refund_status(whole, 2012)  # nothing pending any more
    # One request's status can also be chosen on its own.
    other = state.create_order("pickup")
    body = signed(state, "order/confirm", {"orderViewId": int(other), "shopId": state.orders[other].shop_id})
    handle(state, "order/confirm", body, f"{state.base_url}/order/confirm")
    state.request_refund(other, status=2001)
    assert messages(state, other, 1005)[-1]["status"] == 2001


def test_refund_answers(state: KeetaStdSimState, call: Call) -> None:
    order_id = state.create_order("delivery")
    call("order/confirm", order_id)
    assert call("order/agree", order_id)["code"] == codes.NO_PENDING_REFUND
    state.request_refund(order_id)
    assert call("order/reject", order_id, rejectCode=100000)["code"] == codes.PARAM_MISSING
    assert call("order/reject", order_id, rejectCode=100001)["code"] == 0
    rejected = messages(state, order_id, 1005)[-1]
    assert (rejected["status"], rejected["handleOpType"]) == (2003, 20)
    assert call("order/agree", order_id)["code"] == codes.NO_PENDING_REFUND
    with pytest.raises(ValueError, match="cannot refund 1 of 1"):
        state.request_refund(order_id, items=[("1", 1)])  # no such product
    state.request_refund(order_id)
    assert call("order/agree", order_id)["code"] == 0
    assert state.order_state(order_id).refund_outcomes == ("rejected", "refunded")
    assert state.order_state(order_id).refunded_money == state.order_state(order_id).paid


def test_partial_refund_preview_and_apply(state: KeetaStdSimState, call: Call) -> None:
    order_id = state.create_order("delivery", items=["港式奶茶 HK milk tea", "叉燒飯 Char siu rice"])
    order = state.orders[order_id]
    tea, rice = order.products
    assert call("order/refund/part/products/preview", order_id)["code"] == codes.STATUS_NOT_ALLOWED
    call("order/confirm", order_id)
    listing = call("order/refund/part/products/preview", order_id)["data"]
    assert listing["refundMoney"] == 0 and [p["refundableCount"] for p in listing["products"]] == [1, 1]
    asked = [{"orderProductId": tea.order_product_id, "refundCount": 1}]
    preview = call("order/refund/part/products/preview", order_id, products=asked)["data"]
    assert preview["refundMoney"] == 2000 and preview["currency"] == "HKD"
    too_many = [{"orderProductId": rice.order_product_id, "refundCount": 2}]
    assert call("order/refund/part/products/preview", order_id, products=too_many)["code"] == codes.PARAM_INVALID
    assert call("order/refund/part/apply", order_id, products=asked, partRefundType=200000)["code"] == \
        codes.PARAM_MISSING
    assert call("order/refund/part/apply", order_id, products=asked, partRefundType=200001)["code"] == 0
    (refund,) = messages(state, order_id, 1007)
    assert (refund["status"], refund["applyOpType"], refund["money"]) == (5010, 20, 2000)
    assert [p["orderProductId"] for p in refund["refundProducts"]] == [tea.order_product_id]
    # The same item cannot be refunded twice.
    assert call("order/refund/part/apply", order_id, products=asked, partRefundType=200001)["code"] == \
        codes.PARAM_INVALID
    listing = call("order/refund/part/products/preview", order_id)["data"]
    assert [p["orderProductId"] for p in listing["products"]] == [rice.order_product_id]


def test_self_delivery_rules(state: KeetaStdSimState, call: Call) -> None:
    delivery = state.create_order("delivery")
    call("order/confirm", delivery)
    assert call("order/dispatched", delivery)["code"] == codes.NOT_SELF_DELIVERY
    own = state.create_order("self_delivery")
    call("order/confirm", own)
    assert call("order/delivered", own)["code"] == codes.STATUS_NOT_ALLOWED
    courier = {"courierName": "陳大文", "courierPhoneInterCode": "+852", "courierPhone": "61234567",
               "courierVehicle": 2}
    assert call("order/updateCourierInfo", own, courierInfo=courier)["code"] == 0
    assert call("order/dispatched", own)["code"] == 0
    assert call("order/dispatched", own)["code"] == codes.ALREADY_HANDLED
    assert call("order/delivered", own)["code"] == 0
    assert state.orders[own].courier_info == courier
    assert [h.event_id for h in state.webhooks(own)] == [1001, 1002, 1003]


@pytest.mark.parametrize("courier", [
    {"courierName": "Ana", "courierVehicle": 5},  # 1..4 only
    {"courierName": "Ana", "courierVehicle": "2"},  # a number, not text
    {"courierId": "7"},
    {"courierId": True},
    {"courierPhone": "+852 61234567"},  # the dialling code goes in courierPhoneInterCode
    {"courierPhoneInterCode": "852"},
    {"courierName": ""},
    {"courierName": "Ana", "riderPhone": "61234567"},  # not a Keeta field
    "Ana",
])
def test_courier_info_shape_is_checked(state: KeetaStdSimState, call: Call, courier: object) -> None:
    own = state.create_order("self_delivery")
    call("order/confirm", own)
    assert call("order/dispatched", own, courierInfo=courier)["code"] == codes.PARAM_INVALID
    assert call("order/updateCourierInfo", own, courierInfo=courier)["code"] == codes.PARAM_INVALID
    assert state.order_state(own).status == 30  # still accepted: nothing was applied
    good = {"courierId": 7, "courierName": "Ana Souza", "courierFirstName": "Ana", "courierLastName": "Souza",
            "courierPhoneInterCode": "+852", "courierPhone": "61234567", "courierVehicle": 1,
            "vehiclePlateNumber": "AB 1234"}
    assert call("order/dispatched", own, courierInfo=good)["code"] == 0
    (sent,) = [c for c in state.calls(own, "order/dispatched") if c.applied]
    assert sent.body["courierInfo"] == good and state.orders[own].courier_info == good


def test_batch_decrypt_only_for_self_delivery(state: KeetaStdSimState, call: Call) -> None:
    own = state.orders[state.create_order("self_delivery")]
    other = state.orders[state.create_order("delivery", shop_id=own.shop_id)]
    texts = [own.recipient["address"], other.recipient["address"], "ENC_unknown"]
    reply = call("base/batchDecrypt", shopId=own.shop_id, cipherInfos=[{"cipherText": t} for t in texts])
    infos = reply["data"]["plainInfos"]
    assert [i["errorCode"] for i in infos] == [0, 1002, 1001]
    assert infos[0]["plainText"] == own.ciphers[own.recipient["address"]]
    too_many = [{"cipherText": t} for t in texts] * 17
    assert call("base/batchDecrypt", shopId=own.shop_id, cipherInfos=too_many)["code"] == codes.PARAM_INVALID


def test_token_refresh_is_single_use(state: KeetaStdSimState, call: Call) -> None:
    first = call("base/oauth/token", grantType="refresh_token", refreshToken=state.config.refresh_token)
    assert first["code"] == 0 and first["data"]["expiresIn"] == 7776000
    again = call("base/oauth/token", grantType="refresh_token", refreshToken=state.config.refresh_token)
    assert again["code"] == codes.GRANT_INVALID
    order_id = state.create_order("pickup")
    body = signed(state, "order/get", {"orderViewId": int(order_id), "shopId": state.orders[order_id].shop_id},
                  token=first["data"]["accessToken"])
    assert handle(state, "order/get", body, f"{state.base_url}/order/get")["code"] == 0
    code = state.issue_authorization_code()
    assert call("base/oauth/token", grantType="authorization_code", code=code)["code"] == 0


def test_a_renewal_retires_the_pair_it_replaces(make_state: Callable[..., KeetaStdSimState]) -> None:
    def token(state: KeetaStdSimState, refresh: str) -> dict[str, object]:
        body = signed(state, "base/oauth/token", {"grantType": "refresh_token", "refreshToken": refresh})
        return handle(state, "base/oauth/token", body, f"{state.base_url}/base/oauth/token")

    def get(state: KeetaStdSimState, order_id: str, access: str) -> object:
        body = signed(state, "order/get", {"orderViewId": int(order_id), "shopId": state.orders[order_id].shop_id},
                      token=access)
        return handle(state, "order/get", body, f"{state.base_url}/order/get")["code"]

    state = make_state()
    order_id = state.create_order("pickup")
    first = token(state, state.config.refresh_token)["data"]
    assert isinstance(first, dict)
    assert get(state, order_id, state.config.access_token) == codes.TOKEN_INVALID  # the old one is retired
    assert get(state, order_id, first["accessToken"]) == 0
    second = token(state, first["refreshToken"])["data"]
    assert isinstance(second, dict)
    assert get(state, order_id, first["accessToken"]) == codes.TOKEN_INVALID
    assert get(state, order_id, second["accessToken"]) == 0
    assert token(state, first["refreshToken"])["code"] == codes.GRANT_INVALID  # each refresh token once

    lenient = make_state(revoke_on_refresh=False)
    order_id = lenient.create_order("pickup")
    assert token(lenient, lenient.config.refresh_token)["code"] == 0
    assert get(lenient, order_id, lenient.config.access_token) == 0


def test_injected_faults_and_tablet(make_state: Callable[..., KeetaStdSimState]) -> None:
    state = make_state()
    order_id = state.create_order("pickup")
    state.fail_next("order/confirm", codes.SERVER_BUSY)
    assert raw_call(state, "order/confirm", order_id)["code"] == codes.SERVER_BUSY
    assert state.act_on_tablet(order_id, "order/confirm") == 0
    assert raw_call(state, "order/confirm", order_id)["code"] == codes.ALREADY_HANDLED
    assert raw_call(state, "order/get", order_id)["data"]["orderInfo"]["baseOrder"]["status"] == 30

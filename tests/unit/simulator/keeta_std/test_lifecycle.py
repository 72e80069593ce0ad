"""The simulated platform by itself: orders, deadlines, couriers and refund windows on a fake clock."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from kds.clock import FakeClock
from kds.domain.order import OrderType
from kds.platforms.keeta_std import models as wire
from kds.simulator.keeta_std import KeetaStdSimState
from tests.unit.simulator.keeta_std.conftest import Call, messages


def test_new_order_is_pushed_with_its_whole_content(state: KeetaStdSimState) -> None:
    order_id = state.create_order("delivery")
    (hook,) = state.webhooks(order_id)
    assert hook.event_id == 1001 and hook.shop_id in state.config.shop_ids
    info = wire.OrderInfo.model_validate(hook.message["orderInfo"])  # the app's reading of the wire
    assert info.baseOrder.orderViewId == order_id and info.baseOrder.status == 10
    fee = info.feeDtl
    assert fee is not None and fee.currency == "HKD"
    assert fee.productAmount == sum(p.totalPrice or 0 for p in info.products)
    assert all(p.totalPrice == p.count * (p.price + sum(a.price * a.count for a in p.attrs)) for p in info.products)
    assert fee.userPayAmount == (fee.productAmount + fee.deliveryFee + fee.packagingFee - fee.merchantDiscount
                                 - fee.platformDiscount)
    assert info.recipientInfo is not None and info.recipientInfo.address.startswith("ENC_")


def test_unconfirmed_order_is_cancelled_after_five_scaled_minutes(make_state: Callable[..., KeetaStdSimState],
                                                                  clock: FakeClock) -> None:
    state = make_state(time_scale=60)
    order_id = state.create_order("pickup")
    clock.advance(4.9)
    assert state.order_state(order_id).status == 10
    clock.advance(0.2)
    snapshot = state.order_state(order_id)
    assert snapshot.status == 50 and snapshot.cancelled_by == "system"
    (cancel,) = messages(state, order_id, 1004)
    assert cancel["opType"] == 0 and cancel["status"] == 50


def test_delivery_courier_moves_and_completes(make_state: Callable[..., KeetaStdSimState], clock: FakeClock,
                                              ) -> None:
    state = make_state(time_scale=60)
    order_id = state.create_order("delivery")
    assert state.act_on_tablet(order_id, "order/confirm") == 0
    clock.advance(200 / 60 + 500 / 60)  # past assignment and arrival
    assert [m["logisticsStatus"] for m in messages(state, order_id, 1006)] == [10, 20]
    assert state.act_on_tablet(order_id, "order/prepare") == 0
    clock.advance(130 / 60)  # the waiting courier takes the prepared food
    assert state.order_state(order_id).status == 37
    clock.advance(1600 / 60)
    assert [m["logisticsStatus"] for m in messages(state, order_id, 1006)] == [10, 20, 30, 40]
    assert state.order_state(order_id).status == 40
    (completed,) = messages(state, order_id, 1003)
    assert completed["status"] == 40


def test_courier_takes_the_food_in_the_end_even_if_never_marked_prepared(
        make_state: Callable[..., KeetaStdSimState], clock: FakeClock) -> None:
    state = make_state(time_scale=60)
    order_id = state.create_order("delivery")
    state.act_on_tablet(order_id, "order/confirm")
    clock.advance(1799 / 60)
    assert state.order_state(order_id).courier_status == 20
    clock.advance(2 / 60)
    assert state.order_state(order_id).courier_status == 30


def test_pickup_order_completes_by_itself_after_an_hour(make_state: Callable[..., KeetaStdSimState],
                                                        clock: FakeClock) -> None:
    state = make_state(time_scale=60)
    order_id = state.create_order("pickup")
    state.act_on_tablet(order_id, "order/confirm")
    clock.advance(59)
    assert state.order_state(order_id).status == 30
    clock.advance(1.1)
    assert state.order_state(order_id).history[-1] == "auto_completed"
    assert messages(state, order_id, 1006) == []


def test_unanswered_refund_request_goes_through_after_fifteen_minutes(
        make_state: Callable[..., KeetaStdSimState], clock: FakeClock) -> None:
    state = make_state(time_scale=60)
    order_id = state.create_order("pickup")
    state.act_on_tablet(order_id, "order/confirm")
    state.request_refund(order_id)
    (applied,) = messages(state, order_id, 1005)
    assert applied["status"] == 2001 and applied["applyOpType"] == 10
    assert applied["money"] == state.order_state(order_id).paid and applied["currency"] == "HKD"
    clock.advance(14.9)
    assert state.order_state(order_id).refund_pending
    clock.advance(0.2)
    applied, refunded = messages(state, order_id, 1005)
    assert refunded["status"] == 2005 and refunded["handleOpType"] == 0
    assert state.order_state(order_id).refund_outcomes == ("refunded",)


def test_partial_refund_request_names_its_items(state: KeetaStdSimState, call: Call) -> None:
    order_id = state.create_order("delivery")
    state.act_on_tablet(order_id, "order/confirm")
    product = state.orders[order_id].products[0]
    state.request_refund(order_id, items=[(str(product.order_product_id), 1)], reason="Spilled drink")
    (message,) = messages(state, order_id, 1007)
    assert message["status"] == 5001 and message["money"] == product.unit_total
    assert message["refundProducts"] == [{"orderProductId": product.order_product_id, "spuId": product.dish.spu_id,
                                          "skuId": product.dish.sku_id, "name": product.dish.name, "count": 1,
                                          "refundMoney": product.unit_total}]
    assert call("order/agree", order_id)["code"] == 0
    assert messages(state, order_id, 1007)[-1]["status"] == 5002
    assert state.order_state(order_id).refundable[str(product.order_product_id)] == product.count - 1


def test_generator_follows_rate_and_mix(make_state: Callable[..., KeetaStdSimState], clock: FakeClock) -> None:
    state = make_state(order_rate_per_min=2.0, time_scale=60, accept_window=10**9)
    clock.advance(100)  # 100 s at x60 = 100 platform minutes: about 200 orders
    kinds = Counter(state.orders[o].kind for o in state.order_ids())
    assert 140 <= sum(kinds.values()) <= 260
    assert kinds[OrderType.DELIVERY] > kinds[OrderType.SELF_DELIVERY] > 0 and kinds[OrderType.PICKUP] > 0
    again = make_state(order_rate_per_min=2.0, time_scale=60, accept_window=10**9)
    assert again.order_ids() == []  # a fresh platform on the same clock starts counting from now


def test_generated_customers_ask_for_refunds(make_state: Callable[..., KeetaStdSimState], clock: FakeClock) -> None:
    state = make_state(order_rate_per_min=1.0, time_scale=60, refund_request_rate=1.0, accept_window=10**9)
    clock.advance(30)
    for order_id in state.order_ids():
        state.act_on_tablet(order_id, "order/confirm")
    clock.advance(11)
    asked = [h for h in state.webhooks() if h.event_id in (1005, 1007)]
    assert asked and {h.event_id for h in asked} == {1005, 1007}

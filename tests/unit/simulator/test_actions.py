"""Order actions: body validation (400), transitions (202/204/422), their events, `calls()`, batchDecrypt."""

from __future__ import annotations

from typing import Any

import pytest

from tests.unit.simulator.wire_client import SignedClient, types_of

GOOD_CONFIRM = {"createdAt": "2026-01-01T12:00:30Z", "orderExternalCode": "KDS-000123", "preparationTime": 20}


def test_confirm_is_202_and_produces_confirmed(client: SignedClient) -> None:
    order_id = client.server.state.create_order("delivery")
    assert client.action(order_id, "confirm", GOOD_CONFIRM).status_code == 202
    events = client.events()
    assert types_of(events) == ["CREATED", "CONFIRMED"]
    assert events[1]["metadata"] == {"clientId": client.creds.client_id}
    assert client.order(order_id).json()["lastEvent"] == "CONFIRMED"


def test_repeated_confirm_is_422_with_keeta_wording(client: SignedClient) -> None:
    order_id = client.server.state.create_order("delivery")
    assert client.confirm(order_id).status_code == 202
    again = client.confirm(order_id)
    assert again.status_code == 422
    assert again.headers["content-type"] == "application/problem+json"
    assert again.json() == {"title": "order status is not in a valid state for confirm", "status": 422}
    assert types_of(client.events()).count("CONFIRMED") == 1


@pytest.mark.parametrize("body", [
    None,
    {"orderExternalCode": "KDS-1"},
    {"createdAt": "2026-01-01T12:00:30Z"},
    {"createdAt": "yesterday", "orderExternalCode": "KDS-1"},
    {"createdAt": "2026-01-01T12:00:30", "orderExternalCode": "KDS-1"},  # no offset: not RFC 3339
    {"createdAt": "2026-01-01T12:00:30Z", "orderExternalCode": ""},
    {"createdAt": "2026-01-01T12:00:30Z", "orderExternalCode": "KDS-1", "preparationTime": "20"},
    ["createdAt", "orderExternalCode"],
])
def test_confirm_rejects_bad_bodies(client: SignedClient, body: Any) -> None:
    order_id = client.server.state.create_order("delivery")
    response = client.action(order_id, "confirm", body)
    assert response.status_code == 400
    assert response.json()["status"] == 400
    assert client.server.state.order_state(order_id).status == "CREATED"


def test_malformed_json_is_400(client: SignedClient) -> None:
    order_id = client.server.state.create_order("delivery")
    assert client.request("POST", f"/v1/orders/{order_id}/confirm", content=b'{"createdAt": ').status_code == 400


def test_unknown_order_and_unknown_action_are_404(client: SignedClient) -> None:
    missing = "3f1c2a9e-8b7d-4c1e-9f3a-2b6d5e4c7a10"
    assert client.order(missing).json() == {"title": "Order not found", "status": 404}
    assert client.confirm(missing).status_code == 404
    order_id = client.server.state.create_order("delivery")
    assert client.action(order_id, "teleport").status_code == 404
    assert client.request("GET", "/v1/nothing-here").status_code == 404


def test_ready_needs_a_confirmed_order(client: SignedClient) -> None:
    order_id = client.server.state.create_order("pickup")
    early = client.action(order_id, "readyForPickup")
    assert early.json() == {"title": "order status is not in a valid state for readyForPickup", "status": 422}
    client.confirm(order_id)
    assert client.action(order_id, "readyForPickup").status_code == 202
    assert client.action(order_id, "readyForPickup").status_code == 422
    assert types_of(client.events()) == ["CREATED", "CONFIRMED", "READY_FOR_PICKUP"]


def test_request_cancellation_gives_requested_then_cancelled(client: SignedClient) -> None:
    order_id = client.server.state.create_order("delivery")
    body = {"reason": "Acabou o queijo", "code": "INSUFFICIENT_DISHES", "mode": "MANUAL"}
    assert client.action(order_id, "requestCancellation", body).status_code == 202
    events = client.events()
    assert types_of(events) == ["CREATED", "CANCELLATION_REQUESTED", "CANCELLED"]
    assert events[2]["metadata"]["code"] == "INSUFFICIENT_DISHES"
    assert events[2]["metadata"]["reason"] == "Acabou o queijo"
    again = client.action(order_id, "requestCancellation", body)
    assert again.status_code == 422
    assert again.json()["cancellationStatus"] == "CANCELLED"
    assert client.confirm(order_id).status_code == 422


@pytest.mark.parametrize("body", [
    {"reason": "x", "code": "UNAVAILABLE_ITEM", "mode": "MANUAL"},  # an Open Delivery code, not Keeta's
    {"reason": "x", "code": "OTHERS"},
    {"reason": "x", "code": "OTHERS", "mode": "SOMETIMES"},
    {"code": "OTHERS", "mode": "AUTO"},
    {"reason": "x", "code": "OTHERS", "mode": "AUTO", "outOfStockItems": "all"},
])
def test_request_cancellation_rejects_bad_bodies(client: SignedClient, body: dict[str, Any]) -> None:
    order_id = client.server.state.create_order("delivery")
    assert client.action(order_id, "requestCancellation", body).status_code == 400


def test_accept_refund_is_204_and_refunded(client: SignedClient) -> None:
    sim = client.server.state
    order_id = sim.create_order("delivery")
    assert client.action(order_id, "acceptRefund").status_code == 422  # nothing to accept
    client.confirm(order_id)
    sim.request_refund(order_id)
    accepted = client.action(order_id, "acceptRefund")
    assert (accepted.status_code, accepted.content) == (204, b"")
    events = client.events()
    assert types_of(events)[-2:] == ["USER_REFUND_REQUEST", "REFUNDED"]
    assert events[-1]["metadata"]["refundAmount"] == events[-2]["metadata"]["refundAmount"]
    assert client.action(order_id, "acceptRefund").status_code == 422  # first answer wins
    assert client.action(order_id, "rejectRefund", {"reason": "late", "code": "OTHER"}).status_code == 422


def test_reject_refund_is_204_and_refund_failed(client: SignedClient) -> None:
    sim = client.server.state
    order_id = sim.create_order("pickup")
    client.confirm(order_id)
    sim.request_refund(order_id, full=False)
    assert client.action(order_id, "rejectRefund", {"reason": "Pronto", "code": "SOMETHING"}).status_code == 400
    assert client.action(order_id, "rejectRefund", {"code": "OTHER"}).status_code == 400
    assert client.action(order_id, "rejectRefund", {"reason": "Pronto", "code": "DISH_ALREADY_DONE"}).status_code == 204
    events = client.events()
    assert types_of(events)[-1] == "REFUND_FAILED"
    assert events[-1]["metadata"] == {"reason": "Pronto", "code": "DISH_ALREADY_DONE"}
    assert sim.order_state(order_id).refund_outcomes == ("REFUND_FAILED",)


def test_self_delivery_dispatch_tracking_delivered(client: SignedClient) -> None:
    order_id = client.server.state.create_order("self_delivery")
    assert client.action(order_id, "dispatch").status_code == 422  # not confirmed yet
    client.confirm(order_id)
    tracking = {"deliveryTrackingInfo": {"event": {"type": "DELIVERY_ONGOING", "datetime": "2026-01-01T12:10:00Z"}}}
    assert client.action(order_id, "dispatch", tracking).status_code == 202
    assert client.action(order_id, "tracking", tracking).status_code == 202
    assert client.action(order_id, "tracking", {"eta": 5}).status_code == 400
    assert client.action(order_id, "delivered").status_code == 202
    assert client.action(order_id, "delivered").status_code == 422
    assert types_of(client.events()) == ["CREATED", "CONFIRMED", "DISPATCHED", "DELIVERED"]


@pytest.mark.parametrize("kind", ["delivery", "pickup"])
def test_dispatch_is_only_for_merchant_delivery(client: SignedClient, kind: str) -> None:
    order_id = client.server.state.create_order(kind)
    client.confirm(order_id)
    assert client.action(order_id, "dispatch").json()["title"] == "order status is not in a valid state for dispatch"
    assert client.action(order_id, "delivered").status_code == 422


def test_calls_records_every_action_once(client: SignedClient) -> None:
    sim = client.server.state
    a, b = sim.create_order("pickup"), sim.create_order("pickup")
    client.confirm(a)
    client.confirm(a)
    client.action(b, "confirm", {"nope": 1})
    client.confirm(b)
    client.action(a, "readyForPickup")
    assert [(c.action, c.status) for c in sim.calls(a)] == [("confirm", 202), ("confirm", 422),
                                                            ("readyForPickup", 202)]
    assert [c.status for c in sim.calls(b)] == [400, 202]
    assert len([c for c in sim.calls(action="confirm") if c.applied]) == 2
    assert sim.calls(a)[0].body["orderExternalCode"] == "KDS-1"
    client.order(a)
    client.drain()
    assert len(sim.calls()) == 5  # reads and acknowledgments are not actions


def test_batch_decrypt_only_for_merchant_delivery(client: SignedClient) -> None:
    sim = client.server.state
    own = client.order(sim.create_order("self_delivery")).json()
    keeta = client.order(sim.create_order("delivery")).json()
    own_phone = own["customer"]["phone"]["number"]
    own_street_no = own["delivery"]["deliveryAddress"]["number"]
    keeta_phone = keeta["customer"]["phone"]["number"]
    assert all(t.startswith("ENC_") for t in (own_phone, own_street_no, keeta_phone))
    texts = [own_phone, own_street_no, keeta_phone, "ENC_#bm90LW91cnM=#1#"]
    response = client.request("POST", "/v1/batchDecrypt", json={"cipherInfos": [{"cipherText": t} for t in texts]})
    assert response.status_code == 200
    infos = response.json()["plainInfos"]
    (recorded,) = sim.decrypt_calls()
    assert recorded.texts == tuple(texts) and recorded.refused == tuple(texts[2:]) and recorded.status == 200
    assert recorded.orders[:3] == (own["id"], own["id"], keeta["id"]) and recorded.orders[3] == ""
    assert sim.decrypt_calls(keeta["id"]) == [recorded] and sim.decrypt_calls("nope") == []
    assert [i["cipherText"] for i in infos] == texts
    assert infos[0]["errorCode"] == 0 and infos[0]["errorMsg"] == "success"
    assert infos[0]["plainText"].startswith("5511") and len(infos[0]["plainText"]) == 13
    assert infos[1]["errorCode"] == 0 and infos[1]["plainText"].isdigit()
    assert infos[2]["errorCode"] != 0 and infos[2]["plainText"] == ""
    assert infos[3]["errorCode"] != 0


def test_batch_decrypt_takes_at_most_fifty(client: SignedClient) -> None:
    body = {"cipherInfos": [{"cipherText": f"ENC_#{i}#1#"} for i in range(51)]}
    assert client.request("POST", "/v1/batchDecrypt", json=body).status_code == 400
    assert client.request("POST", "/v1/batchDecrypt", json={"cipherInfos": []}).status_code == 400


RIDER_INFO = {"event": {"type": "DELIVERY_ONGOING", "datetime": "2026-01-01T12:10:00Z"},
              "deliveryPerson": {"id": "7", "name": "Ana Souza"},
              "vehicle": {"type": ["MOTORBIKE_BOX"], "licencePlate": "FKD-4E21"}}


@pytest.mark.parametrize("info", [
    {"deliveryPerson": {"name": "Ana", "phone": "11999990000"}},  # Open Delivery has no rider phone
    {"vehicle": {"type": "CAR"}},  # an array of types
    {"vehicle": {"type": ["HORSE"]}},
    {"vehicle": {"licencePlate": "ABC"}},  # type is required
    {"event": {"type": "DELIVERY_ONGOING"}},  # datetime is required
    {"event": {"type": "ORDER_PICKED", "datetime": "2026-01-01T12:10:00Z"}},  # a tracking event only
    {"deliveryPerson": {"id": 7}},
    {"riderName": "Ana"},
])
def test_dispatch_tracking_info_is_checked(client: SignedClient, info: dict[str, Any]) -> None:
    order_id = client.server.state.create_order("self_delivery")
    client.confirm(order_id)
    assert client.action(order_id, "dispatch", {"deliveryTrackingInfo": info}).status_code == 400
    assert client.action(order_id, "dispatch", {"deliveryTrackingInfo": RIDER_INFO}).status_code == 202
    (applied,) = [c for c in client.server.state.calls(order_id, "dispatch") if c.applied]
    assert applied.body == {"deliveryTrackingInfo": RIDER_INFO}


def test_delivered_takes_no_body(client: SignedClient) -> None:
    order_id = client.server.state.create_order("self_delivery")
    client.confirm(order_id)
    client.action(order_id, "dispatch")
    assert client.action(order_id, "delivered", {"deliveryTrackingInfo": RIDER_INFO}).status_code == 400
    assert client.action(order_id, "delivered", {}).status_code == 202


def test_out_of_stock_items_must_be_items_of_that_order(client: SignedClient) -> None:
    order_id = client.server.state.create_order("delivery")
    other_id = client.server.state.create_order("delivery")
    mine = [item["id"] for item in client.order(order_id).json()["items"]]
    theirs = [item["id"] for item in client.order(other_id).json()["items"]]
    body = {"reason": "Acabou o queijo", "code": "INSUFFICIENT_DISHES", "mode": "MANUAL"}
    refused = client.action(order_id, "requestCancellation", {**body, "outOfStockItems": [mine[0], theirs[0]]})
    assert refused.status_code == 400 and theirs[0] in refused.json()["title"]
    assert types_of(client.events()) == ["CREATED", "CREATED"]  # nothing was cancelled
    assert client.action(order_id, "requestCancellation", {**body, "outOfStockItems": mine[:1]}).status_code == 202

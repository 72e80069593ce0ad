"""Zeek's callbacks at the relay: both locks, durable dedupe by order id, and the inventory check."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from pathlib import Path
from typing import Any

import httpx
import pytest

from kds.relay.hooks.base import PATH_SECRET
from kds.relay.hooks.zeek import zeek_signature
from kds.relay.store import PlatformSecret, open_store
from tests.integration.relay.conftest import Relay

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "platforms" / "zeek"
ZEEK_SECRET = "zeek-callback-secret"
PATH = "k3Jw9x2QvT0bqL7mZp4sYc8dHf1uNa6E"


def order_body(order_id: str | None = None) -> bytes:
    data = json.loads((FIXTURES / "order_create_combo.json").read_text(encoding="utf-8"))
    if order_id is not None:
        data["order_id"] = order_id
    return json.dumps(data, ensure_ascii=False).encode()


def configure(relay: Relay, tenant: str = "a", **options: str) -> None:
    store = open_store(relay.db)
    try:
        store.set_secret(tenant, "zeek", PlatformSecret(ZEEK_SECRET, None, {PATH_SECRET: PATH, **options}))
    finally:
        store.close()


def post(relay: Relay, route: str, body: bytes, *, tenant: str = "a", path: str = PATH,
         headers: dict[str, str] | None = None) -> httpx.Response:
    if headers is None:
        headers = {"X-Zeek-Signature": zeek_signature(body, ZEEK_SECRET)}
    return relay.client.post(f"{relay.url}/hooks/zeek/{tenant}/{path}/{route}", content=body,
                             headers={"Content-Type": "application/json", **headers})


def stored(relay: Relay) -> list[dict[str, Any]]:
    return relay.events("a", ("zeek",))


def test_a_signed_callback_on_the_right_path_is_stored_and_answered_ok(relay: Relay) -> None:
    configure(relay)
    response = post(relay, "order_create", order_body())
    assert response.status_code == 200 and response.json() == {"status": "OK"}
    [event] = stored(relay)
    assert event["eventType"] == "order_create" and event["orderId"] == "CKG24120700137"
    assert event["metadata"] == {"platform": "zeek", "storeId": "CK-SGN-0142"}
    assert event["payload"]["pickup_code"] == "4827"


@pytest.mark.parametrize("path", ["wrong-path-secret", PATH[:-1], PATH + "x", PATH.lower()])
def test_a_wrong_path_secret_is_refused_and_nothing_is_stored(relay: Relay, path: str) -> None:
    configure(relay)
    response = post(relay, "order_create", order_body(), path=path)
    assert response.status_code == 401 and response.json()["status"] == "ERROR"
    assert stored(relay) == []


def test_the_path_secret_of_another_tenant_does_not_open_this_one(relay: Relay) -> None:
    configure(relay, "a")
    response = post(relay, "order_create", order_body(), tenant="b")  # b has no Zeek secret at all
    assert response.status_code == 401
    assert relay.events("b", ("zeek",)) == [] and stored(relay) == []


@pytest.mark.parametrize("headers", [
    {},
    {"X-Zeek-Signature": ""},
    {"X-Zeek-Signature": "00" * 32},
    {"X-Zeek-Signature": "not hex at all"},
    {"X-Zeek-Signature": hmac.new(b"another secret", order_body(), hashlib.sha256).hexdigest()},
    {"X-Other-Signature": zeek_signature(order_body(), ZEEK_SECRET)},
], ids=["missing", "empty", "zeros", "garbage", "other-secret", "other-header"])
def test_the_right_path_with_a_bad_or_missing_signature_is_refused(relay: Relay, headers: dict[str, str]) -> None:
    configure(relay)
    response = post(relay, "order_create", order_body(), headers=headers)
    assert response.status_code == 401
    assert stored(relay) == []


def test_a_signature_of_other_bytes_is_refused(relay: Relay) -> None:
    configure(relay)
    body = order_body()
    tampered = body.replace(b'"total": 114000', b'"total": 1000')
    assert tampered != body
    response = post(relay, "order_create", tampered, headers={"X-Zeek-Signature": zeek_signature(body, ZEEK_SECRET)})
    assert response.status_code == 401 and stored(relay) == []


def test_header_name_and_base64_encoding_are_tenant_settings(relay: Relay) -> None:
    configure(relay, signature_header="X-CKGo-Sign", signature_encoding="base64")
    body = order_body()
    digest = hmac.new(ZEEK_SECRET.encode(), body, hashlib.sha256).digest()
    # The default header, or hex in the tenant's header, no longer opens it.
    assert post(relay, "order_create", body).status_code == 401
    assert post(relay, "order_create", body, headers={"X-CKGo-Sign": digest.hex()}).status_code == 401
    response = post(relay, "order_create", body, headers={"X-CKGo-Sign": base64.b64encode(digest).decode()})
    assert response.status_code == 200 and [e["orderId"] for e in stored(relay)] == ["CKG24120700137"]


def test_a_replayed_callback_is_stored_once(relay: Relay) -> None:
    configure(relay)
    for _ in range(3):
        assert post(relay, "order_create", order_body()).json() == {"status": "OK"}
    assert post(relay, "order_create", order_body("CKG-2")).status_code == 200
    assert [e["orderId"] for e in stored(relay)] == ["CKG24120700137", "CKG-2"]


def test_a_replay_after_acknowledgment_is_not_served_again(relay: Relay) -> None:
    configure(relay)
    post(relay, "order_create", order_body())
    assert relay.ack("a", stored(relay)).status_code == 202
    assert post(relay, "order_create", order_body()).json() == {"status": "OK"}
    assert stored(relay) == []


def test_a_callback_without_an_order_id_is_refused(relay: Relay) -> None:
    configure(relay)
    body = json.dumps({"pickup_code": "1234"}).encode()
    assert post(relay, "order_create", body).status_code == 400
    assert stored(relay) == []


def inventory(relay: Relay, *ids: str, path: str = PATH) -> httpx.Response:
    body = json.dumps({"store_id": "CK-SGN-0142",
                       "products": [{"product_id": i, "quantity": 1} for i in ids]}).encode()
    return post(relay, "inventory", body, path=path)


def push(relay: Relay, products: dict[str, bool], platform: str = "zeek") -> httpx.Response:
    return relay.client.put(f"{relay.url}/v1/availability", headers={"Authorization": f"Bearer {relay.tokens['a']}"},
                            json={"platform": platform, "products": [{"productId": p, "available": a}
                                                                     for p, a in products.items()]})


def in_stock(response: httpx.Response) -> dict[str, bool]:
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["status"] == "OK"
    return {p["product_id"]: p["in_stock"] for p in body["data"]["products"]}


def test_the_inventory_check_answers_from_pushed_availability(relay: Relay) -> None:
    configure(relay)
    assert in_stock(inventory(relay, "P-1001", "P-3050")) == {"P-1001": True, "P-3050": True}  # nothing pushed
    assert push(relay, {"P-3050": False, "P-1001": True}).status_code == 204
    assert in_stock(inventory(relay, "P-1001", "P-3050", "P-9999")) == {
        "P-1001": True, "P-3050": False, "P-9999": True}
    assert push(relay, {"P-3050": True}).status_code == 204
    assert in_stock(inventory(relay, "P-3050")) == {"P-3050": True}


def test_unknown_products_are_out_of_stock_when_the_tenant_says_so(relay: Relay) -> None:
    configure(relay, unknown_products="out-of-stock")
    push(relay, {"P-1001": True})
    assert in_stock(inventory(relay, "P-1001", "P-9999")) == {"P-1001": True, "P-9999": False}


def test_the_inventory_check_needs_both_locks_and_stores_nothing(relay: Relay) -> None:
    configure(relay)
    assert inventory(relay, "P-1", path="nope").status_code == 401
    body = json.dumps({"products": [{"product_id": "P-1"}]}).encode()
    assert post(relay, "inventory", body, headers={"X-Zeek-Signature": "ab" * 32}).status_code == 401
    assert stored(relay) == []


def test_availability_of_an_unknown_platform_or_without_a_token_is_refused(relay: Relay) -> None:
    assert push(relay, {"P-1": False}, platform="nowhere").status_code == 400
    response = relay.client.put(f"{relay.url}/v1/availability",
                                json={"platform": "zeek", "products": [{"productId": "P-1", "available": False}]})
    assert response.status_code == 401


def test_the_relay_logs_no_customer_data(relay: Relay, caplog: pytest.LogCaptureFixture) -> None:
    configure(relay)
    with caplog.at_level(logging.DEBUG):
        post(relay, "order_create", order_body())
        post(relay, "order_create", order_body(), path="wrong")
        in_stock(inventory(relay, "P-1001"))
    text = "\n".join(f"{r.getMessage()} {getattr(r, 'fields', '')}" for r in caplog.records
                     if r.name.startswith(("kds.relay", "uvicorn")))
    assert "webhook accepted" in text and "inventory check answered" in text
    for private in ("+84901234567", "0901234567", "Nguyễn Thị Mai", PATH, ZEEK_SECRET):
        assert private not in text

"""The relay over real HTTP on 127.0.0.1, on SQLite and (when configured) PostgreSQL."""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Collection
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from kds.relay.app import RelaySettings
from kds.relay.hooks.gofood import gofood_signature
from kds.relay.server import RelayServer
from kds.relay.sqlstore import SqliteRelayStore
from kds.relay.store import StoredEvent, StoreError, open_store
from tests.integration.relay.conftest import GOFOOD_SECRET, Relay, add_tenants, keeta_webhook


def stored_count(relay: Relay, tenant: str) -> int:
    store = open_store(relay.db)
    try:
        return len(store.pending(tenant, 1000))
    finally:
        store.close()


def test_signed_webhook_is_answered_and_served_in_the_documented_shape(relay: Relay) -> None:
    response = relay.send_keeta("a", "msg-1")
    assert (response.status_code, response.json()) == (200, {"code": 0, "message": "Success"})
    [event] = relay.events("a")
    assert set(event) == {"eventId", "eventType", "orderId", "createdAt", "metadata", "payload"}
    assert (event["eventType"], event["orderId"]) == ("KEETA_1002", "553440887574627")
    assert event["createdAt"].endswith("Z")
    assert event["metadata"]["platform"] == "keeta_std"
    assert event["metadata"]["messageId"] == "msg-1"
    assert event["payload"]["message"]["status"] == 30
    assert relay.events("a") == [event]  # served again until acknowledged


@pytest.mark.parametrize("forge", ["missing", "forged", "tampered", "other-secret", "other-tenant-url"])
def test_unsigned_or_forged_webhook_is_401_and_not_stored(relay: Relay, forge: str) -> None:
    url = relay.hook_url("a")
    body = keeta_webhook(url, "msg-1", secret="wrong" if forge == "other-secret" else "keeta-app-secret")
    if forge == "missing":
        del body["sig"]
    elif forge == "forged":
        body["sig"] = "f" * 64
    elif forge == "tampered":
        body["shopId"] = 1
    elif forge == "other-tenant-url":
        body = keeta_webhook(relay.hook_url("b"), "msg-1")
    response = relay.client.post(url, json=body)
    assert response.status_code == 401
    assert response.json()["code"] != 0
    assert stored_count(relay, "a") == 0
    assert relay.poll("a").status_code == 204


def test_malformed_unknown_tenant_and_oversized_webhooks_are_refused(relay: Relay) -> None:
    url = relay.hook_url("a")
    assert relay.client.post(url, content=b"{not json").status_code == 400
    bad_message = keeta_webhook(url, "m", message={"no": "order"})
    assert relay.client.post(url, json=bad_message).status_code == 400
    assert relay.client.post(relay.hook_url("nobody"), json=keeta_webhook(relay.hook_url("nobody"), "m")
                             ).status_code == 401
    huge = b'{"pad": "' + b"x" * (1 << 20) + b'"}'
    assert relay.client.post(url, content=huge).status_code == 413
    assert relay.client.post(url, content=iter([huge])).status_code == 413  # chunked, no Content-Length
    assert stored_count(relay, "a") == 0


def test_a_replayed_message_is_stored_once(relay: Relay) -> None:
    for _ in range(3):
        assert relay.send_keeta("a", "msg-1").json() == {"code": 0, "message": "Success"}
    events = relay.events("a")
    assert len(events) == 1
    assert relay.ack("a", events).status_code == 202
    assert relay.send_keeta("a", "msg-1").status_code == 200  # a late replay after the ack
    assert relay.poll("a").status_code == 204


def test_tenants_are_isolated(relay: Relay) -> None:
    relay.send_keeta("b", "msg-b")
    assert relay.poll("a").status_code == 204
    [event] = relay.events("b")
    assert relay.ack("a", [event]).status_code == 202  # accepted, but it is not a's to acknowledge
    assert relay.events("b") == [event]
    assert relay.poll("a", token=relay.tokens["b"] + "x").status_code == 401
    assert relay.poll("a", token="kdsr_unknown").status_code == 401
    assert relay.client.get(f"{relay.url}/v1/events:polling").status_code == 401
    assert relay.ack("a", [event], token="nope").status_code == 401


def test_acknowledgment_limits(relay: Relay) -> None:
    fake = [{"eventId": f"id-{i}", "orderId": "1", "eventType": "KEETA_1002"} for i in range(101)]
    assert relay.ack("a", fake).status_code == 400
    assert relay.ack("a", fake[:100]).status_code == 202
    auth = {"Authorization": f"Bearer {relay.tokens['a']}"}
    assert relay.client.post(f"{relay.url}/v1/events/acknowledgment", json={"id": "x"}, headers=auth
                             ).status_code == 400


def test_a_restart_loses_nothing(relay: Relay) -> None:
    for i in range(5):
        relay.send_keeta("a", f"msg-{i}", order=1000 + i)
    first = relay.events("a")
    relay.ack("a", first[:2])
    relay.restart()
    after = relay.events("a")
    assert after == first[2:]
    assert relay.send_keeta("a", "msg-0").status_code == 200  # still deduplicated after the restart
    assert relay.events("a") == first[2:]


def test_long_poll_answers_within_a_second_of_the_webhook(relay: Relay) -> None:
    # A 5 s re-check: only the in-process wake-up can answer this fast.
    relay.restart(RelaySettings(recheck_interval=5.0, purge_interval=None))
    result: dict[str, Any] = {}

    def poll() -> None:
        result["response"] = relay.poll("a", wait=20)
        result["returned"] = time.monotonic()

    waiter = threading.Thread(target=poll)
    waiter.start()
    relay.wait_until_polling("a")  # the poll is parked: this test is about waking it
    sent = time.monotonic()
    relay.send_keeta("a", "msg-1")
    waiter.join(30)
    assert result["response"].status_code == 200
    assert [e["metadata"]["messageId"] for e in result["response"].json()] == ["msg-1"]
    assert result["returned"] - sent < 1.0  # webhook sent -> poll answered; measured: a few ms


def test_long_poll_times_out_with_204_and_the_wait_is_capped(relay: Relay) -> None:
    relay.restart(RelaySettings(max_wait=0.2, purge_interval=None))
    started = time.monotonic()
    assert relay.poll("a", wait=3000).status_code == 204
    assert time.monotonic() - started < 10  # capped at 0.2 s, not 3000 s


def test_a_webhook_to_another_relay_process_wakes_the_poll(relay: Relay) -> None:
    with RelayServer(relay.db, settings=RelaySettings(recheck_interval=0.2, purge_interval=None)) as other:
        url = f"{other.base_url}/hooks/keeta/a"
        with ThreadPoolExecutor(1) as pool:
            waiting = pool.submit(relay.poll, "a", 20)
            relay.wait_until_polling("a")
            assert httpx.post(url, json=keeta_webhook(url, "msg-1")).status_code == 200
            response = waiting.result(30)
    assert response.status_code == 200 and len(response.json()) == 1


def test_gofood_notifications(relay: Relay) -> None:
    url = relay.hook_url("a", "gofood")
    body = json.dumps({"header": {"event_name": "gofood.order.merchant_accepted", "event_id": "ev-1"},
                       "body": {"order": {"order_number": "F-1"}}}).encode()
    signed = {"X-Go-Signature": gofood_signature(body, GOFOOD_SECRET), "Content-Type": "application/json"}
    assert relay.client.post(url, content=body, headers={**signed, "X-Go-Signature": "0" * 64}).status_code == 401
    assert relay.client.post(url, content=body).status_code == 401
    for _ in range(2):
        response = relay.client.post(url, content=body, headers=signed)
        assert (response.status_code, response.json()) == (200, {"success": True})
    [event] = relay.events("a")
    assert (event["eventType"], event["orderId"], event["metadata"]["platform"]) == (
        "gofood.order.merchant_accepted", "F-1", "gofood")


def test_public_url_is_what_gets_signed(relay: Relay) -> None:
    store = open_store(relay.db)
    store.set_public_url("a", "https://relay.example.com/kds")
    store.close()
    url = relay.hook_url("a")
    public = "https://relay.example.com/kds/hooks/keeta/a"
    assert relay.client.post(url, json=keeta_webhook(url, "m1")).status_code == 401
    assert relay.client.post(url, json=keeta_webhook(public, "m1")).status_code == 200


def test_many_concurrent_webhooks_are_all_stored(relay: Relay) -> None:
    url = relay.hook_url("a")
    bodies = [keeta_webhook(url, f"msg-{i}", order=i + 1) for i in range(60)]
    with ThreadPoolExecutor(12) as pool:
        codes = list(pool.map(lambda body: relay.client.post(url, json=body).status_code, bodies))
    assert codes == [200] * 60
    assert stored_count(relay, "a") == 60
    assert len(relay.events("a")) == 60


def test_health(relay: Relay) -> None:
    assert relay.client.get(f"{relay.url}/health").json() == {"status": "ok"}


def test_logs_carry_no_customer_data_or_secrets(relay: Relay, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    message = {"orderViewId": 7, "shopId": 1, "logisticsStatus": 10, "courierName": "Rider Name",
               "courierPhone": "+85291234567"}
    relay.send_keeta("a", "msg-1", event_id=1006, message=message)
    relay.client.post(relay.hook_url("a"), json={**keeta_webhook(relay.hook_url("a"), "m2", message=message),
                                                 "sig": "0" * 64})
    relay.ack("a", relay.events("a"))
    text = "\n".join(record.getMessage() + json.dumps(getattr(record, "fields", {})) for record in caplog.records)
    assert "webhook accepted" in text and "webhook rejected" in text
    for secret in ("+85291234567", "Rider Name", "keeta-app-secret", relay.tokens["a"]):
        assert secret not in text


class FlakyStore(SqliteRelayStore):
    """A real SQLite store that can be made to fail, as a database that went away would."""

    down = False

    def _check(self) -> None:
        if self.down:
            raise StoreError("database error: OperationalError")

    def add_event(self, event: StoredEvent) -> bool:
        self._check()
        return super().add_event(event)

    def pending(self, tenant: str, limit: int, platforms: Collection[str] | None = None) -> list[StoredEvent]:
        self._check()
        return super().pending(tenant, limit, platforms)

    def ping(self) -> None:
        self._check()
        super().ping()


def test_a_database_failure_is_never_answered_as_accepted(tmp_path: Path) -> None:
    db = str(tmp_path / "relay.db")
    token = add_tenants(db)["a"]
    store = FlakyStore(Path(db))
    auth = {"Authorization": f"Bearer {token}"}
    try:
        with RelayServer(store, settings=RelaySettings(purge_interval=None)) as server:
            url = f"{server.base_url}/hooks/keeta/a"
            body = keeta_webhook(url, "msg-1")
            store.down = True
            answer = httpx.post(url, json=body)
            assert answer.status_code == 503 and answer.json()["code"] != 0  # Keeta will retry
            assert httpx.get(f"{server.base_url}/health").status_code == 503
            poll = httpx.get(f"{server.base_url}/v1/events:polling", headers=auth)
            assert (poll.status_code, poll.headers["content-type"]) == (503, "application/problem+json")
            store.down = False
            assert httpx.post(url, json=body).status_code == 200
            assert len(httpx.get(f"{server.base_url}/v1/events:polling", headers=auth).json()) == 1
    finally:
        store.close()

"""Several relay processes on one PostgreSQL: a webhook on one wakes the long-polls waiting on another.

Each `RelayServer` here is a relay process of its own (own store, connections, listener and event
loop); they share only the database. The fallback re-check is set to a minute, longer than any
poll waits, so an answer can only come from a wake-up; the assertions name which one.
"""

from __future__ import annotations

import asyncio
import threading
import uuid
from concurrent.futures import Future, ThreadPoolExecutor

import httpx
import psycopg
import pytest

from kds.clock import SystemClock
from kds.relay.app import RelaySettings
from kds.relay.listener import NotifyListener
from kds.relay.server import RelayServer
from kds.relay.sqlstore import PostgresRelayStore
from kds.relay.store import open_store
from tests.fakes.waiting import until_blocking
from tests.integration.relay.conftest import add_tenants, keeta_webhook
from tests.postgres import POSTGRES_DSN

pytestmark = pytest.mark.parametrize("db", ["postgres"], indirect=True)

NO_RECHECK = RelaySettings(recheck_interval=60.0, notified_recheck_interval=60.0, purge_interval=None)


class HeldReconnect(SystemClock):
    """The system clock, except that a sleep (the listener's pause before reconnecting) lasts until `release()`."""

    def __init__(self) -> None:
        self._gate = threading.Event()

    def release(self) -> None:
        self._gate.set()

    async def sleep(self, seconds: float) -> None:
        while not self._gate.is_set():
            await asyncio.sleep(0.005)


def listener_of(server: RelayServer) -> NotifyListener:
    assert server.app is not None
    listener = server.app.state.listener
    assert isinstance(listener, NotifyListener)
    return listener


def send(server: RelayServer, message_id: str) -> None:
    url = f"{server.base_url}/hooks/keeta/a"
    assert httpx.post(url, json=keeta_webhook(url, message_id)).status_code == 200


def parked_poll(pool: ThreadPoolExecutor, server: RelayServer, token: str) -> Future[httpx.Response]:
    """A long-poll for tenant `a` on `server`, returned once it waits there."""
    waiting = pool.submit(httpx.get, f"{server.base_url}/v1/events:polling", params={"wait": 20},
                          headers={"Authorization": f"Bearer {token}"}, timeout=30)
    assert server.app is not None
    notifier = server.app.state.notifier
    until_blocking(lambda: notifier.watched("a"), timeout=10, step=0.005, message="the poll never waited")
    return waiting


@pytest.fixture
def tokens(db: str) -> dict[str, str]:
    return add_tenants(db)


def test_a_webhook_on_another_process_wakes_the_poll_by_notification(db: str, tokens: dict[str, str]) -> None:
    with RelayServer(db, settings=NO_RECHECK) as a, RelayServer(db, settings=NO_RECHECK) as b, \
            ThreadPoolExecutor(1) as pool:
        assert listener_of(a).connected and listener_of(b).connected  # both listen before they serve
        waiting = parked_poll(pool, a, tokens["a"])
        send(b, "msg-1")
        response = waiting.result(30)
        assert response.status_code == 200
        assert [e["metadata"]["messageId"] for e in response.json()] == ["msg-1"]
        # A's poll was woken by B's notification; B skipped its own (the webhook had woken B already).
        assert (listener_of(a).rung, listener_of(b).rung) == (1, 0)


def test_a_replayed_webhook_rings_no_one(db: str, tokens: dict[str, str]) -> None:
    with RelayServer(db, settings=NO_RECHECK) as a, RelayServer(db, settings=NO_RECHECK) as b, \
            ThreadPoolExecutor(1) as pool:
        send(b, "msg-1")
        auth = {"Authorization": f"Bearer {tokens['a']}"}
        (event,) = httpx.get(f"{a.base_url}/v1/events:polling", headers=auth).json()
        ack = [{"id": event["eventId"], "orderId": event["orderId"], "eventType": event["eventType"]}]
        assert httpx.post(f"{a.base_url}/v1/events/acknowledgment", json=ack, headers=auth).status_code == 202
        waiting = parked_poll(pool, a, tokens["a"])
        send(b, "msg-1")  # already stored: no row, so no notification
        send(b, "msg-2")
        response = waiting.result(30)
        assert [e["metadata"]["messageId"] for e in response.json()] == ["msg-2"]
        assert listener_of(a).rung == 1


def test_a_listener_cut_off_listens_again_and_wakes_every_poll_once(db: str, tokens: dict[str, str]) -> None:
    held = HeldReconnect()
    try:
        with RelayServer(db, settings=NO_RECHECK, clock=held) as a, RelayServer(db, settings=NO_RECHECK) as b, \
                ThreadPoolExecutor(1) as pool:
            listener = listener_of(a)
            first_pid = listener.backend_pid
            waiting = parked_poll(pool, a, tokens["a"])
            with psycopg.connect(db, autocommit=True) as admin:
                assert admin.execute("SELECT pg_terminate_backend(%s)", (first_pid,)).fetchone() == (True,)
            until_blocking(lambda: not listener.connected, timeout=10, message="the listener never noticed")
            # Stored while A is not listening: B's notification reaches nobody in A.
            send(b, "msg-1")
            assert not waiting.done() and not listener.connected
            held.release()  # A listens again, and wakes every waiting poll once to read again
            response = waiting.result(30)
            assert [e["metadata"]["messageId"] for e in response.json()] == ["msg-1"]
            assert listener.connections == 2 and listener.backend_pid not in (None, first_pid)
            assert listener.rung == 0  # woken by the reconnection, not by a notification
            # Notifications wake polls again through the new connection.
            auth = {"Authorization": f"Bearer {tokens['a']}"}
            ack = [{"id": e["eventId"], "orderId": e["orderId"], "eventType": e["eventType"]}
                   for e in response.json()]
            httpx.post(f"{a.base_url}/v1/events/acknowledgment", json=ack, headers=auth)
            waiting = parked_poll(pool, a, tokens["a"])
            send(b, "msg-2")
            assert [e["metadata"]["messageId"] for e in waiting.result(30).json()] == ["msg-2"]
            assert listener.rung == 1
    finally:
        held.release()


def test_relays_in_other_schemas_of_the_database_ring_other_channels(db: str) -> None:
    # Channels belong to the whole database: two relays kept apart by schema must not wake each other.
    other_schema = f"relay_test_other_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES_DSN, autocommit=True) as admin:
        admin.execute(f"CREATE SCHEMA {other_schema}")
    try:
        other_dsn = f"{POSTGRES_DSN}{'&' if '?' in POSTGRES_DSN else '?'}options=-csearch_path%3D{other_schema}"
        first, second, again = open_store(db), open_store(other_dsn), open_store(db)
        try:
            assert isinstance(first, PostgresRelayStore) and isinstance(second, PostgresRelayStore)
            assert isinstance(again, PostgresRelayStore)
            assert first.channel != second.channel and first.channel == again.channel
            assert first.origin != again.origin  # and each process tells its own wake-ups apart
        finally:
            for store in (first, second, again):
                store.close()
    finally:
        with psycopg.connect(POSTGRES_DSN, autocommit=True) as admin:
            admin.execute(f"DROP SCHEMA {other_schema} CASCADE")

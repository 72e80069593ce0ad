"""Relay fixtures: every store and HTTP test runs on SQLite, and on PostgreSQL when one is given.

PostgreSQL runs when `KDS_TEST_POSTGRES_DSN` (a ``postgresql://`` URI) is set; each test gets a
schema of its own, dropped afterwards.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from kds.relay.app import RelaySettings
from kds.relay.hooks.gofood import gofood_signature
from kds.relay.hooks.keeta_std import keeta_std_sig
from kds.relay.server import RelayServer
from kds.relay.sqlstore import SqlRelayStore
from kds.relay.store import PlatformSecret, RelayStore, open_store
from kds.relay.tenants import create_tenant
from tests.fakes.waiting import until_blocking
from tests.postgres import fresh_schema

KEETA_SECRET = "keeta-app-secret"
GOFOOD_SECRET = "gofood-notify-secret"


@pytest.fixture(params=["sqlite", "postgres"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database location for `open_store`: a SQLite file, or a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "relay.db")
        return
    with fresh_schema("relay_test") as dsn:
        yield dsn


@pytest.fixture
def store(db: str) -> Iterator[RelayStore]:
    """An open store on `db`."""
    opened = open_store(db)
    yield opened
    opened.close()


def keeta_webhook(url: str, message_id: str, *, event_id: int = 1002, order: int = 553440887574627,
                  message: dict[str, Any] | None = None, secret: str = KEETA_SECRET) -> dict[str, Any]:
    """A Keeta Standard webhook envelope signed for `url`."""
    message = message or {"opTime": 1749008143025, "orderViewId": order, "shopId": 145541, "status": 30}
    body: dict[str, Any] = {"eventId": event_id, "appId": 3762772727, "messageId": message_id,
                            "shopId": 145541, "message": json.dumps(message, separators=(",", ":")),
                            "timestamp": 1749008143}
    return {**body, "sig": keeta_std_sig(url, body, secret)}


def gofood_webhook(event_id: str, *, order: str = "F-1", event_name: str = "gofood.order.created",
                   secret: str = GOFOOD_SECRET) -> tuple[bytes, dict[str, str]]:
    """A GoFood notification (body, headers) signed with `secret`."""
    body = json.dumps({"header": {"event_name": event_name, "event_id": event_id},
                       "body": {"order": {"order_number": order}, "outlet": {"id": "O-1"}}}).encode()
    return body, {"X-Go-Signature": gofood_signature(body, secret), "Content-Type": "application/json"}


@dataclass
class Relay:
    """A running relay with two tenants, `a` and `b`, both set up for Keeta Standard and GoFood."""

    server: RelayServer
    db: str
    tokens: dict[str, str]
    client: httpx.Client

    @property
    def url(self) -> str:
        return self.server.base_url

    def hook_url(self, tenant: str, platform: str = "keeta") -> str:
        return f"{self.url}/hooks/{platform}/{tenant}"

    def send_keeta(self, tenant: str, message_id: str, **kwargs: Any) -> httpx.Response:
        url = self.hook_url(tenant)
        return self.client.post(url, json=keeta_webhook(url, message_id, **kwargs))

    def send_gofood(self, tenant: str, event_id: str, **kwargs: Any) -> httpx.Response:
        body, headers = gofood_webhook(event_id, **kwargs)
        return self.client.post(self.hook_url(tenant, "gofood"), content=body, headers=headers)

    def poll(self, tenant: str, wait: float = 0, token: str | None = None,
             platforms: tuple[str, ...] = ()) -> httpx.Response:
        token = self.tokens[tenant] if token is None else token
        params = [("wait", str(wait)), *(("platform", p) for p in platforms)]
        return self.client.get(f"{self.url}/v1/events:polling", params=params,
                               headers={"Authorization": f"Bearer {token}"}, timeout=wait + 10)

    def events(self, tenant: str, platforms: tuple[str, ...] = ()) -> list[dict[str, Any]]:
        response = self.poll(tenant, platforms=platforms)
        assert response.status_code in (200, 204), response.text
        return response.json() if response.status_code == 200 else []

    def ack(self, tenant: str, events: list[dict[str, Any]], token: str | None = None) -> httpx.Response:
        token = self.tokens[tenant] if token is None else token
        body = [{"id": e["eventId"], "orderId": e["orderId"], "eventType": e["eventType"]} for e in events]
        return self.client.post(f"{self.url}/v1/events/acknowledgment", json=body,
                                headers={"Authorization": f"Bearer {token}"})

    def wait_until_polling(self, tenant: str, platform: str | None = None) -> None:
        """Return once a long-poll for `tenant` (that an event of `platform` would wake) waits in this relay."""
        assert self.server.app is not None
        notifier = self.server.app.state.notifier
        until_blocking(lambda: notifier.watched(tenant, platform), timeout=10, step=0.005,
                       message="the long-poll never started waiting")

    def restart(self, settings: RelaySettings | None = None) -> None:
        """Stop the server and start a new one on the same database."""
        self.server.stop()
        self.server = RelayServer(self.db, settings=settings or self.server.settings)
        self.server.start()


def add_tenants(db: str) -> dict[str, str]:
    """Create tenants `a` and `b` in `db`; returns their tokens."""
    store = open_store(db)
    try:
        secrets = {"keeta_std": PlatformSecret(KEETA_SECRET, "3762772727"), "gofood": PlatformSecret(GOFOOD_SECRET)}
        return {name: create_tenant(store, name, now=datetime.now(UTC), secrets_by_platform=secrets)
                for name in ("a", "b")}
    finally:
        store.close()


@pytest.fixture
def relay(db: str) -> Iterator[Relay]:
    """A relay on 127.0.0.1 with tenants `a` and `b`; long-polls re-check every 0.2 s."""
    tokens = add_tenants(db)
    server = RelayServer(db, settings=RelaySettings(recheck_interval=0.2, purge_interval=None))
    server.start()
    with httpx.Client(timeout=10) as client:
        running = Relay(server, db, tokens, client)
        try:
            yield running
        finally:
            running.server.stop()


Statement = tuple[str, tuple[Any, ...], bool]


class _Recording:
    """A connection that records each statement (with its arguments) before running it."""

    def __init__(self, conn: Any, seen: list[Statement], transaction: bool) -> None:
        self._conn, self._seen, self._transaction = conn, seen, transaction

    def execute(self, sql: str, args: Any = ()) -> Any:
        self._seen.append((sql, tuple(args), self._transaction))
        return self._conn.execute(sql, args)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._conn, name)


def record_statements(store: RelayStore, monkeypatch: pytest.MonkeyPatch) -> list[Statement]:
    """From now on, every statement `store` runs: (SQL, arguments, inside an explicit transaction)."""
    assert isinstance(store, SqlRelayStore)
    seen: list[Statement] = []
    run = store._run

    def recorded(work: Callable[[Any], Any], *, transaction: bool = False) -> Any:
        return run(lambda conn: work(_Recording(conn, seen, transaction)), transaction=transaction)

    monkeypatch.setattr(store, "_run", recorded)
    return seen

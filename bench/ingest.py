"""Ingest benchmark: 100 events + 100 order details parsed, mapped, stored and acknowledged.

Baseline, measured in the same run on the same payloads: `json.loads` of every payload and a raw
SQLite insert of each into a file database in one transaction. Prints figures and the ratio.

    python bench/ingest.py [--rounds 15]
"""

from __future__ import annotations

import argparse
import asyncio
import copy
import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

import httpx

from kds.clock import SystemClock
from kds.platforms.keeta_od.adapter import KeetaODAdapter
from kds.platforms.keeta_od.client import KeetaODClient
from kds.services.bus import ChangeBus
from kds.services.poller import Poller, ToldMarker
from kds.services.ratelimit import PersistentRateLimiter
from kds.store.db import Database
from kds.store.outbox import RequestLog

FIXTURE = Path(__file__).resolve().parents[1] / "tests/fixtures/platforms/keeta_od/order_delivery_created.json"
BASE = "http://bench.invalid/api/open/opendelivery"
N = 100


def payloads() -> tuple[bytes, dict[str, bytes]]:
    """One polling body with N CREATED events and the N order bodies, as bytes on the wire."""
    template = json.loads(FIXTURE.read_text(encoding="utf-8"))
    events, orders = [], {}
    for i in range(N):
        order_id = str(uuid.UUID(int=i + 1))
        order = copy.deepcopy(template)
        order["id"], order["displayId"] = order_id, str(1000 + i)
        orders[order_id] = json.dumps(order).encode()
        events.append({"eventId": str(uuid.uuid4()), "eventType": "CREATED", "orderId": order_id,
                       "orderURL": f"{BASE}/v1/orders/{order_id}", "createdAt": "2026-01-01T11:58:00Z"})
    return json.dumps(events).encode(), orders


def handler_for(events: bytes, orders: dict[str, bytes]):
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/oauth/token"):
            return httpx.Response(200, json={"access_token": "t", "token_type": "bearer", "expires_in": 7200})
        if path.endswith("/v1/events:polling"):
            return httpx.Response(200, content=events, headers={"Content-Type": "application/json"})
        if path.endswith("/v1/events/acknowledgment"):
            return httpx.Response(202)
        return httpx.Response(200, content=orders[path.rsplit("/", 1)[1]],
                              headers={"Content-Type": "application/json"})

    return handler


def prebuilt(events: bytes, orders: dict[str, bytes]) -> dict[str, httpx.Response]:
    """Every answer of one round, built before the clock starts: receiving bytes is not KDS's work."""
    answers = {f"/v1/orders/{order_id}": httpx.Response(200, content=body, headers={"Content-Type": "application/json"})
               for order_id, body in orders.items()}
    answers["/v1/events:polling"] = httpx.Response(200, content=events, headers={"Content-Type": "application/json"})
    return answers


class InMemoryClient(KeetaODClient):
    """The real client (signing, parsing, error sorting) with httpx's request machinery taken out:
    each answer is an `httpx.Response` built before the round, so the figure is KDS's own work."""

    def __init__(self, events: bytes, orders: dict[str, bytes], clock: SystemClock) -> None:
        super().__init__(httpx.AsyncClient(), BASE, "id", "secret", ["m" * 36], clock)
        self._answers = prebuilt(events, orders)
        self._token_answer = httpx.Response(200, json={"access_token": "t", "token_type": "bearer", "expires_in": 7200})

    async def _exchange(self, method: str, path: str, operation: str, **kwargs: object) -> httpx.Response:
        if path.endswith("/oauth/token"):
            return self._token_answer
        if path.endswith("/v1/events/acknowledgment"):
            return httpx.Response(202)
        return self._answers.pop(path)


async def kds_round(events: bytes, orders: dict[str, bytes], folder: Path, *, over_httpx: bool) -> float:
    clock = SystemClock()
    db = Database(folder / f"{uuid.uuid4()}.sqlite3")
    if over_httpx:
        http = httpx.AsyncClient(transport=httpx.MockTransport(handler_for(events, orders)))
        client = KeetaODClient(http, BASE, "id", "secret", ["m" * 36], clock)
    else:
        client = InMemoryClient(events, orders, clock)
    adapter = KeetaODAdapter(client, clock)
    await client.token()  # obtaining the token is not ingest work
    limiter = PersistentRateLimiter(RequestLog(db), "bench", 1000, 60, clock)
    bus = ChangeBus()
    bus.subscribe(ToldMarker(db), last=True)  # as the engine wires it: recording that the change was told
    poller = Poller(adapter, db, limiter, clock, bus)
    start = time.perf_counter()
    changes = await poller.poll_once()
    elapsed = time.perf_counter() - start
    assert len(changes.new_orders) == N, "every order must be ingested"
    await adapter.aclose()
    db.close()
    return elapsed


def baseline_round(events: bytes, orders: dict[str, bytes], folder: Path, *, reencode: bool = True) -> float:
    """Parse every payload and insert each event and each order as a row of JSON text.

    `reencode=False` inserts each order's bytes as received instead of writing the parsed value
    back out (events always need writing out: they arrive together in one list).
    """
    conn = sqlite3.connect(folder / f"{uuid.uuid4()}.sqlite3", isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("CREATE TABLE raw (id TEXT PRIMARY KEY, body TEXT)")
    start = time.perf_counter()
    parsed = json.loads(events)
    conn.execute("BEGIN")
    for event in parsed:
        conn.execute("INSERT INTO raw VALUES (?, ?)", (event["eventId"], json.dumps(event)))
    for order_id, body in orders.items():
        order = json.loads(body)
        text = json.dumps(order) if reencode else body.decode()
        conn.execute("INSERT INTO raw VALUES (?, ?)", (order_id, text))
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    events, orders = payloads()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for over_httpx in (False, True):  # warm-up (imports, pydantic schema build)
            asyncio.run(kds_round(events, orders, folder, over_httpx=over_httpx))
        baseline_round(events, orders, folder)
        kds_times, http_times, base_times, bare_times = [], [], [], []
        for _ in range(args.rounds):  # interleaved, so drift hits all of them alike
            kds_times.append(asyncio.run(kds_round(events, orders, folder, over_httpx=False)))
            http_times.append(asyncio.run(kds_round(events, orders, folder, over_httpx=True)))
            base_times.append(baseline_round(events, orders, folder))
            bare_times.append(baseline_round(events, orders, folder, reencode=False))
    kds_ms, http_ms = statistics.median(kds_times) * 1000, statistics.median(http_times) * 1000
    base_ms, bare_ms = statistics.median(base_times) * 1000, statistics.median(bare_times) * 1000
    print(f"ingest of {N} events + {N} order details (median of {args.rounds} rounds)")
    print(f"  baseline (json.loads + raw SQLite insert):          {base_ms:8.2f} ms"
          "  (each payload parsed, then inserted as JSON text)")
    print(f"  kds ingest (parse, map, store, acknowledge):        {kds_ms:8.2f} ms"
          f"  ({kds_ms * 1000 / N:.0f} us per order)  ratio {kds_ms / base_ms:.2f} (goal <= 3)")
    print(f"  same, through httpx (MockTransport, 202 requests):  {http_ms:8.2f} ms"
          f"  ratio {http_ms / base_ms:.2f}")
    print(f"  for reference, a leaner baseline that inserts each order's bytes as received (no"
          f" re-encoding): {bare_ms:.2f} ms, kds ingest ratio {kds_ms / bare_ms:.2f}")


if __name__ == "__main__":
    main()

"""Relay benchmark: webhooks accepted per second on SQLite, and event-to-app latency via long-poll.

1. Throughput: N signed Keeta Standard webhooks posted by C concurrent clients to a relay on
   127.0.0.1 with a SQLite file (synchronous=FULL); prints webhooks/s and the answer time
   percentiles (Keeta allows 5 s).
2. Latency: one app-like poller long-polls (`wait=25`) and acknowledges, while webhooks arrive one
   by one at random intervals; the latency is from the webhook being sent to the poll answer that
   carries it. Baseline: plain polling every 30 s, where an event waits 15 s on average (uniform
   over the interval, p99 29.7 s). Prints p50/p99 and the ratio.
3. The same latency when the webhook lands on a second relay process sharing the database, found
   by the 1 s re-check instead of the in-process wake-up.

    python bench/relay.py [--webhooks 2000] [--clients 16] [--events 200] [--cross 20]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from kds.relay.app import RelaySettings
from kds.relay.hooks.keeta_std import keeta_std_sig
from kds.relay.server import RelayServer
from kds.relay.store import PlatformSecret, open_store
from kds.relay.tenants import create_tenant

SECRET = "bench-secret"
PLAIN_POLL_INTERVAL = 30.0


def webhook(url: str, message_id: str, order: int) -> dict[str, Any]:
    """A signed 1002 (order accepted) envelope."""
    message = {"opTime": 1749008143025, "orderViewId": order, "shopId": 145541, "status": 30}
    body: dict[str, Any] = {"eventId": 1002, "appId": 3762772727, "messageId": message_id, "shopId": 145541,
                            "message": json.dumps(message, separators=(",", ":")), "timestamp": 1749008143}
    return {**body, "sig": keeta_std_sig(url, body, SECRET)}


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by the inclusive method."""
    return statistics.quantiles(values, n=1000, method="inclusive")[max(0, min(998, round(q * 1000) - 1))]


async def throughput(base: str, count: int, clients: int) -> None:
    url = f"{base}/hooks/keeta/load"
    bodies = [json.dumps(webhook(url, f"tp-{i}", i + 1)).encode() for i in range(count)]
    answer_times: list[float] = []
    queue: asyncio.Queue[bytes] = asyncio.Queue()
    for body in bodies:
        queue.put_nowait(body)
    headers = {"Content-Type": "application/json"}

    async def worker(client: httpx.AsyncClient) -> None:
        while not queue.empty():
            body = queue.get_nowait()
            started = time.perf_counter()
            response = await client.post(url, content=body, headers=headers)
            answer_times.append(time.perf_counter() - started)
            assert response.status_code == 200, response.text

    limits = httpx.Limits(max_connections=clients)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        started = time.perf_counter()
        await asyncio.gather(*(worker(client) for _ in range(clients)))
        elapsed = time.perf_counter() - started
    print(f"throughput: {count} webhooks by {clients} clients in {elapsed:.2f} s = "
          f"{count / elapsed:.0f} webhooks/s accepted (SQLite, committed before each answer)")
    print(f"  answer time p50 {percentile(answer_times, 0.5) * 1000:.1f} ms, "
          f"p99 {percentile(answer_times, 0.99) * 1000:.1f} ms, max {max(answer_times) * 1000:.1f} ms "
          f"(Keeta allows 5000 ms)")


async def latency(poll_base: str, hook_base: str, token: str, count: int, label: str) -> list[float]:
    url = f"{hook_base}/hooks/keeta/bench"
    sent: dict[str, float] = {}
    latencies: list[float] = []
    auth = {"Authorization": f"Bearer {token}"}

    async def app(client: httpx.AsyncClient) -> None:
        while len(latencies) < count:
            response = await client.get(f"{poll_base}/v1/events:polling", params={"wait": 25}, headers=auth)
            arrived = time.perf_counter()
            if response.status_code != 200:
                continue
            events = response.json()
            latencies.extend(arrived - sent[e["metadata"]["messageId"]] for e in events)
            acks = [{"id": e["eventId"], "orderId": e["orderId"], "eventType": e["eventType"]} for e in events]
            await client.post(f"{poll_base}/v1/events/acknowledgment", json=acks, headers=auth)

    async def platform(client: httpx.AsyncClient) -> None:
        for i in range(count):
            await asyncio.sleep(random.uniform(0.0, 0.05))
            message_id = f"{label}-{i}"
            body = webhook(url, message_id, 10_000 + i)
            sent[message_id] = time.perf_counter()
            response = await client.post(url, json=body)
            assert response.status_code == 200, response.text

    async with httpx.AsyncClient(timeout=60) as app_client, httpx.AsyncClient(timeout=60) as hook_client:
        await asyncio.gather(app(app_client), platform(hook_client))
    return latencies


def report(label: str, latencies: list[float]) -> None:
    p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
    mean = statistics.fmean(latencies)
    baseline = PLAIN_POLL_INTERVAL / 2
    print(f"{label}: {len(latencies)} events, event-to-app latency p50 {p50 * 1000:.1f} ms, "
          f"p99 {p99 * 1000:.1f} ms, mean {mean * 1000:.1f} ms")
    print(f"  baseline plain polling every {PLAIN_POLL_INTERVAL:.0f} s: mean {baseline:.1f} s, "
          f"p99 {PLAIN_POLL_INTERVAL * 0.99:.1f} s -> long-poll is {baseline / mean:.0f}x faster on average, "
          f"p99 ratio {PLAIN_POLL_INTERVAL * 0.99 / p99:.0f}x")


async def run(args: argparse.Namespace) -> None:
    directory = Path(tempfile.mkdtemp(prefix="kds-relay-bench-"))
    db = directory / "relay.db"
    store = open_store(db)
    secrets = {"keeta_std": PlatformSecret(SECRET)}
    token = create_tenant(store, "bench", now=datetime.now(UTC), secrets_by_platform=secrets)
    create_tenant(store, "load", now=datetime.now(UTC), secrets_by_platform=secrets)
    store.close()
    settings = RelaySettings(purge_interval=None)
    with RelayServer(db, settings=settings) as relay:
        await throughput(relay.base_url, args.webhooks, args.clients)
        report("long-poll, same relay process", await latency(relay.base_url, relay.base_url, token,
                                                              args.events, "lp"))
        if args.cross:
            with RelayServer(db, settings=settings) as other:
                report("long-poll, webhook on another relay process (1 s re-check)",
                       await latency(relay.base_url, other.base_url, token, args.cross, "x"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--webhooks", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--cross", type=int, default=20, help="events for the cross-process run (0: skip)")
    asyncio.run(run(parser.parse_args()))


if __name__ == "__main__":
    main()

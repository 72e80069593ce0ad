"""Relay benchmark: webhooks accepted per second and event-to-app latency, on SQLite and on 1, 2 and 4
relay processes sharing one PostgreSQL.

Every relay is a `kds relay` process of its own, as deployed (its JSON log at info level goes to
/dev/null); the tenants have a public URL, as behind a proxy, so one signed webhook is valid on
every process.

1. Throughput: N signed Keeta Standard webhooks posted by C concurrent keep-alive connections
   (spread over the processes, over 20 tenants), each stored and committed before its answer.
   Baseline in the same run: one process on a SQLite file (synchronous=FULL). Prints webhooks/s,
   the answer time percentiles (Keeta allows 5 s) and the CPU each webhook cost the relay
   processes, the PostgreSQL backends serving them, and this load generator.
2. Latency, same process: an app-like poller long-polls (`wait=25`) and acknowledges while
   webhooks arrive one by one at random intervals; from the webhook sent to the poll answer that
   carries it. Baseline: plain polling every 30 s (an event waits 15 s on average, p99 29.7 s).
3. Latency when the webhook lands on another relay process than the one the app polls: two
   processes on one SQLite file (found by the 1 s re-check: the old way), then 2 and 4 processes on
   PostgreSQL (woken by LISTEN/NOTIFY).
4. With --profile: one PostgreSQL relay process under cProfile during a throughput run; prints
   where its event-loop thread spends the time per webhook.

    python bench/relay.py [--webhooks 2000] [--clients 16] [--events 200] [--cross 50]
                          [--processes 1 2 4] [--postgres postgresql://…] [--profile]

PostgreSQL: --postgres, else $KDS_BENCH_POSTGRES_DSN, else $KDS_TEST_POSTGRES_DSN; the run works in
a schema of its own, dropped afterwards. Without one, only the SQLite runs are made.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import pstats
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx

from kds.relay.hooks.keeta_std import keeta_std_sig
from kds.relay.store import PlatformSecret, open_store
from kds.relay.tenants import create_tenant

SECRET = "bench-secret"
PUBLIC_URL = "https://relay.example.com"
LOAD_TENANTS = 20
PLAIN_POLL_INTERVAL = 30.0
APPLICATION = "kds-relay-bench"
TICKS = os.sysconf("SC_CLK_TCK")


def webhook(tenant: str, message_id: str, order: int) -> bytes:
    """A 1002 (order accepted) envelope for `tenant`, signed for the public URL."""
    message = {"opTime": 1749008143025, "orderViewId": order, "shopId": 145541, "status": 30}
    body: dict[str, Any] = {"eventId": 1002, "appId": 3762772727, "messageId": message_id, "shopId": 145541,
                            "message": json.dumps(message, separators=(",", ":")), "timestamp": 1749008143}
    signed = {**body, "sig": keeta_std_sig(f"{PUBLIC_URL}/hooks/keeta/{tenant}", body, SECRET)}
    return json.dumps(signed).encode()


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by the inclusive method."""
    return statistics.quantiles(values, n=1000, method="inclusive")[max(0, min(998, round(q * 1000) - 1))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far (Linux `/proc`)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS


@dataclass
class Relays:
    """`kds relay` processes serving one database."""

    db: str
    count: int
    profile: Path | None = None
    ports: list[int] = field(default_factory=list)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def urls(self) -> list[str]:
        return [f"http://127.0.0.1:{port}" for port in self.ports]

    def start(self) -> None:
        for _ in range(self.count):
            port = free_port()
            command = ([sys.executable, __file__, "--serve-profiled", self.db, str(port), str(self.profile)]
                       if self.profile is not None else
                       [sys.executable, "-m", "kds", "relay", "--db", self.db, "--port", str(port)])
            self.processes.append(subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
            self.ports.append(port)
        deadline = time.monotonic() + 60
        for url, process in zip(self.urls, self.processes, strict=True):
            while True:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"the relay at {url} did not start")
                with contextlib.suppress(httpx.HTTPError):
                    if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                        break
                time.sleep(0.05)

    def signal(self, number: int) -> None:
        for process in self.processes:
            process.send_signal(number)

    def stop(self) -> None:
        for process in self.processes:
            process.send_signal(signal.SIGINT)  # a graceful stop: cProfile writes its file
        for process in self.processes:
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()

    def __enter__(self) -> Relays:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class RawClient:
    """One keep-alive HTTP/1.1 connection that posts prepared bytes and reads the status.

    Hand-written rather than httpx: on two cores the load generator shares the CPU with what it
    measures, and httpx costs several times more per request than this.
    """

    def __init__(self, port: int) -> None:
        self.port = port
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def post(self, path: str, body: bytes) -> int:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection("127.0.0.1", self.port)
        assert self._reader is not None
        self._writer.write(f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\nContent-Type: application/json"
                           f"\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
        head = await self._reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        length = next(int(line.split(":", 1)[1]) for line in lines if line.lower().startswith("content-length:"))
        await self._reader.readexactly(length)
        return int(lines[0].split()[1])

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()


@dataclass
class Throughput:
    rate: float
    p50: float
    p99: float
    relay_cpu: float
    db_cpu: float | None
    client_cpu: float


def backend_pids(dsn: str) -> list[int]:
    """The PostgreSQL backends serving the benchmark's relays (by application name)."""
    import psycopg

    with psycopg.connect(dsn, autocommit=True) as conn:
        rows = conn.execute("SELECT pid FROM pg_stat_activity WHERE application_name = %s", (APPLICATION,))
        return [int(row[0]) for row in rows.fetchall()]


def measured_cpu(pids: Sequence[int]) -> float:
    total = 0.0
    for pid in pids:
        with contextlib.suppress(OSError):
            total += cpu_seconds(pid)
    return total


async def throughput(relays: Relays, count: int, clients: int, label: str, admin_dsn: str | None,
                     profile: Callable[[int], None] | None = None) -> Throughput:
    tenants = [f"load-{i}" for i in range(LOAD_TENANTS)]
    work = [(f"/hooks/keeta/{tenants[i % LOAD_TENANTS]}", webhook(tenants[i % LOAD_TENANTS], f"{label}-{i}", i + 1))
            for i in range(count)]
    connections = [RawClient(relays.ports[i % relays.count]) for i in range(clients)]
    answer_times: list[float] = []

    async def worker(client: RawClient, jobs: Iterator[tuple[str, bytes]]) -> None:
        for path, body in jobs:
            started = time.perf_counter()
            status = await client.post(path, body)
            answer_times.append(time.perf_counter() - started)
            assert status == 200, status

    # Warm-up (first requests import and compile lazily), not counted.
    warm = iter([(f"/hooks/keeta/{tenants[0]}", webhook(tenants[0], f"{label}-warm-{i}", i)) for i in range(clients)])
    await asyncio.gather(*(worker(client, warm) for client in connections))
    answer_times.clear()
    pids = [p.pid for p in relays.processes]
    db_pids = backend_pids(admin_dsn) if admin_dsn else []
    if profile is not None:
        profile(signal.SIGUSR1)
    before = (measured_cpu(pids), measured_cpu(db_pids), time.process_time())
    jobs = iter(work)
    started = time.perf_counter()
    await asyncio.gather(*(worker(client, jobs) for client in connections))
    elapsed = time.perf_counter() - started
    if profile is not None:
        profile(signal.SIGUSR2)
        await asyncio.sleep(0.5)  # the profile is written by the relay's main thread
    after = (measured_cpu(pids), measured_cpu(db_pids), time.process_time())
    for client in connections:
        client.close()
    return Throughput(count / elapsed, percentile(answer_times, 0.5), percentile(answer_times, 0.99),
                      (after[0] - before[0]) / count, (after[1] - before[1]) / count if db_pids else None,
                      (after[2] - before[2]) / count)


async def latency(poll_base: str, hook_bases: Sequence[str], token: str, count: int, label: str) -> list[float]:
    """Event-to-app latencies: the app polls `poll_base`; webhooks go round-robin to `hook_bases`."""
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
            body = webhook("bench", message_id, 10_000 + i)
            sent[message_id] = time.perf_counter()
            response = await client.post(f"{hook_bases[i % len(hook_bases)]}/hooks/keeta/bench", content=body,
                                         headers={"Content-Type": "application/json"})
            assert response.status_code == 200, response.text

    async with httpx.AsyncClient(timeout=60) as app_client, httpx.AsyncClient(timeout=60) as hook_client:
        await asyncio.gather(app(app_client), platform(hook_client))
    return latencies


def prepare(db: str) -> str:
    """Create the tenants in `db`; returns the token of `bench`, the tenant the app polls."""
    store = open_store(db)
    try:
        secrets = {"keeta_std": PlatformSecret(SECRET)}
        now = datetime.now(UTC)
        for i in range(LOAD_TENANTS):
            create_tenant(store, f"load-{i}", now=now, public_url=PUBLIC_URL, secrets_by_platform=secrets)
        return create_tenant(store, "bench", now=now, public_url=PUBLIC_URL, secrets_by_platform=secrets)
    finally:
        store.close()


def postgres_schema(dsn: str) -> contextlib.AbstractContextManager[str]:
    """A fresh schema in `dsn`'s database, as a DSN that uses it (named for `pg_stat_activity`); dropped afterwards."""
    from kds.store.postgres import throwaway_schema

    return throwaway_schema(dsn, "relay_bench", application_name=APPLICATION)


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def print_latency(label: str, latencies: list[float], baseline: list[float] | None = None) -> None:
    p50, p99 = percentile(latencies, 0.5), percentile(latencies, 0.99)
    ratio = f"; p99 ratio to the SQLite re-check {percentile(baseline, 0.99) / p99:.0f}x" if baseline else ""
    print(f"  {label}: {len(latencies)} events, p50 {ms(p50)}, p99 {ms(p99)}{ratio}")


def print_same_process(latencies: list[float]) -> None:
    p99, mean = percentile(latencies, 0.99), statistics.fmean(latencies)
    baseline = PLAIN_POLL_INTERVAL / 2
    print_latency("long-poll, same relay process (PostgreSQL when given, else SQLite)", latencies)
    print(f"    baseline plain polling every {PLAIN_POLL_INTERVAL:.0f} s: mean {baseline:.1f} s, "
          f"p99 {PLAIN_POLL_INTERVAL * 0.99:.1f} s -> long-poll is {baseline / mean:.0f}x faster on average, "
          f"p99 ratio {PLAIN_POLL_INTERVAL * 0.99 / p99:.0f}x")


PROFILE_AREAS = (  # (label, a substring of the function's file or name), first match wins
    ("HTTP parsing and sending (uvicorn, h11, sockets)", ("uvicorn", "h11", "socket")),
    ("FastAPI, Starlette, pydantic", ("fastapi", "starlette", "pydantic", "anyio")),
    ("signature check", ("signature.py", "keeta_std", "hmac", "hashlib", "sha")),
    ("the relay's own code", ("kds/relay",)),
    ("JSON", ("json",)),
    ("logging (the relay's JSON line and the access log)", ("logging", "TextIOWrapper", "isoformat")),
    ("LISTEN/NOTIFY listener (psycopg)", ("psycopg",)),
    ("asyncio event loop and threads", ("asyncio", "threading", "concurrent", "queue", "selectors", "Context")),
)


def serve_profiled(db: str, port: int, out: str) -> None:
    """Serve the relay as `kds relay` does, profiling its event-loop thread from SIGUSR1 to SIGUSR2."""
    import cProfile
    import logging

    from kds.relay.app import create_app
    from kds.relay.logs import configure_logging
    from kds.relay.server import make_server

    configure_logging("info", open(os.devnull, "w"))  # noqa: SIM115 - for the life of the process
    logging.getLogger("uvicorn.error").setLevel(logging.WARNING)
    profile = cProfile.Profile()

    def stop(*_: object) -> None:
        profile.disable()
        profile.dump_stats(out)

    signal.signal(signal.SIGUSR1, lambda *_: profile.enable())
    signal.signal(signal.SIGUSR2, stop)
    store = open_store(db)
    try:
        make_server(create_app(store), host="127.0.0.1", port=port).run()
    finally:
        store.close()


def print_profile(path: Path, count: int) -> None:
    stats = pstats.Stats(str(path))
    entries: dict[tuple[str, int, str], Any] = stats.stats  # type: ignore[attr-defined]
    areas = dict.fromkeys([label for label, _ in PROFILE_AREAS] + ["other"], 0.0)
    idle = 0.0
    for (file, _, name), (_, _, own, _, _) in entries.items():
        where = f"{file} {name}"
        if "epoll" in where:
            idle += own
            continue
        label = next((label for label, keys in PROFILE_AREAS if any(key in where for key in keys)), "other")
        areas[label] += own
    busy = sum(areas.values())
    print(f"  where one PostgreSQL relay process's event-loop thread spends its time (cProfile, {count} "
          f"webhooks; profiling slows it, so read the shares): busy {ms(busy / count)} a webhook, "
          f"idle {ms(idle / count)}")
    for label, own in sorted(areas.items(), key=lambda item: item[1], reverse=True):
        print(f"    {own / busy * 100:4.0f}%  {label}")
    print("    the database statements run in worker threads, outside this profile: see 'database' CPU above")


def median_run(runs: list[Throughput]) -> Throughput:
    """The run with the median rate (its own answer times and CPU figures)."""
    return sorted(runs, key=lambda run: run.rate)[len(runs) // 2]


def print_throughput(label: str, runs: list[Throughput], baseline: list[Throughput] | None, against: str) -> None:
    result = median_run(runs)
    spread = f" (rounds {min(r.rate for r in runs):.0f}-{max(r.rate for r in runs):.0f})" if len(runs) > 1 else ""
    ratio = f", ratio to {against} {result.rate / median_run(baseline).rate:.2f}x" if baseline else ""
    db = f", database {ms(result.db_cpu)}" if result.db_cpu is not None else ""
    print(f"  {label}: {result.rate:.0f} webhooks/s{spread}{ratio}; answer p50 {ms(result.p50)}, "
          f"p99 {ms(result.p99)} (Keeta allows 5000 ms)")
    print(f"    CPU per webhook: relay processes {ms(result.relay_cpu)}{db}, load generator {ms(result.client_cpu)}")


async def measure_throughput(args: argparse.Namespace, sqlite_db: str, postgres: str | None) -> None:
    """Each configuration once a round, rounds interleaved, so a noisy neighbour hits them all alike."""
    print(f"throughput: {args.webhooks} signed webhooks by {args.clients} connections, each committed "
          f"before its answer; median of {args.rounds} round{'s' if args.rounds > 1 else ''}")
    sqlite: list[Throughput] = []
    pg: dict[int, list[Throughput]] = {count: [] for count in args.processes} if postgres else {}
    for round_ in range(args.rounds):
        with Relays(sqlite_db, 1) as relays:
            sqlite.append(await throughput(relays, args.webhooks, args.clients, f"sqlite-{round_}", None))
        for count in pg:
            assert postgres is not None
            with postgres_schema(postgres) as db:
                prepare(db)
                with Relays(db, count) as relays:
                    pg[count].append(await throughput(relays, args.webhooks, args.clients, f"pg{count}", db))
    print_throughput("SQLite, 1 process (baseline)", sqlite, None, "")
    first = min(pg, default=0)
    for count, runs in pg.items():
        against = f"{first} process{'es' if first != 1 else ''}" if count != first else "SQLite"
        print_throughput(f"PostgreSQL, {count} process{'es' if count > 1 else ''}", runs,
                         pg[first] if count != first else sqlite, against)
    if not postgres:
        print("  PostgreSQL: skipped (no --postgres, $KDS_BENCH_POSTGRES_DSN or $KDS_TEST_POSTGRES_DSN)")


async def run(args: argparse.Namespace) -> None:
    directory = Path(tempfile.mkdtemp(prefix="kds-relay-bench-"))
    sqlite_db = str(directory / "relay.db")
    sqlite_token = prepare(sqlite_db)
    postgres = args.postgres or os.environ.get("KDS_BENCH_POSTGRES_DSN") or os.environ.get("KDS_TEST_POSTGRES_DSN")
    await measure_throughput(args, sqlite_db, postgres)
    if args.profile and postgres:
        with postgres_schema(postgres) as db:
            prepare(db)
            path = directory / "relay.prof"
            with Relays(db, 1, profile=path) as relays:
                await throughput(relays, args.webhooks, args.clients, "profile", None, relays.signal)
            print_profile(path, args.webhooks)
    cross_sqlite: list[float] = []
    with Relays(sqlite_db, 2 if args.cross else 1) as relays:
        same = await latency(relays.urls[0], relays.urls[:1], sqlite_token, args.events, "lp-sqlite")
        if args.cross:
            cross_sqlite = await latency(relays.urls[0], relays.urls[1:], sqlite_token, args.cross, "x-sqlite")
    cross: dict[int, list[float]] = {}
    if postgres:
        for count in args.processes:
            if count == 1 or args.cross:
                with postgres_schema(postgres) as db:
                    token = prepare(db)
                    with Relays(db, count) as relays:
                        if count == 1:
                            same = await latency(relays.urls[0], relays.urls, token, args.events, "lp-pg")
                        else:
                            cross[count] = await latency(relays.urls[0], relays.urls[1:], token, args.cross,
                                                         f"x{count}")
    print("event-to-app latency (webhook sent -> the app's long-poll answers with it):")
    print_same_process(same)
    if cross_sqlite:
        print_latency("webhook on another relay process, SQLite file shared, 1 s re-check (before)", cross_sqlite)
    for count, latencies in cross.items():
        print_latency(f"webhook on another of {count} relay processes, PostgreSQL LISTEN/NOTIFY (goal p99 < 50 ms)",
                      latencies, cross_sqlite or None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--webhooks", type=int, default=2000)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--events", type=int, default=200)
    parser.add_argument("--cross", type=int, default=50, help="events for each cross-process run (0: skip)")
    parser.add_argument("--rounds", type=int, default=3, help="throughput rounds (the median is shown)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2, 4],
                        help="PostgreSQL relay process counts to measure (default 1 2 4)")
    parser.add_argument("--postgres", help="PostgreSQL DSN (a schema is created in it and dropped)")
    parser.add_argument("--profile", action="store_true", help="also profile one PostgreSQL relay process")
    parser.add_argument("--serve-profiled", nargs=3, metavar=("DB", "PORT", "OUT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve_profiled:
        db, port, out = args.serve_profiled
        serve_profiled(db, int(port), out)
        return
    asyncio.run(run(args))


if __name__ == "__main__":
    main()

"""Fixtures for the Keeta Open Delivery simulator tests: servers on a fake clock, signing clients."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

from kds.clock import FakeClock
from kds.simulator.keeta_od import SimConfig, SimulatorServer
from tests.unit.simulator.wire_client import SignedClient

SEED = 20260101


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_sim(clock: FakeClock) -> Iterator[Callable[..., SimulatorServer]]:
    """Start simulators on the fake clock. The rate limit is lifted unless a test sets it."""
    servers: list[SimulatorServer] = []

    def make(**overrides: Any) -> SimulatorServer:
        settings: dict[str, Any] = {"seed": SEED, "rate_limit_per_window": 1000, **overrides}
        server = SimulatorServer(SimConfig(**settings), clock=clock, tick_interval=0.02)
        server.start()
        servers.append(server)
        return server

    yield make
    for server in servers:
        server.stop()


@pytest.fixture
def sim(make_sim: Callable[..., SimulatorServer]) -> SimulatorServer:
    return make_sim()


@pytest.fixture
def make_client() -> Iterator[Callable[..., SignedClient]]:
    clients: list[SignedClient] = []

    def make(server: SimulatorServer, **kwargs: Any) -> SignedClient:
        client = SignedClient(server, **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()


@pytest.fixture
def client(sim: SimulatorServer, make_client: Callable[..., SignedClient]) -> SignedClient:
    return make_client(sim)

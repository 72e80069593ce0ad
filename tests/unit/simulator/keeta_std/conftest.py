"""Fixtures for the Keeta Standard simulator: a platform on a fake clock and a signed caller."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from kds.clock import FakeClock
from kds.relay.hooks.keeta_std import keeta_std_sig
from kds.simulator.keeta_std import KeetaStdSimState, SimConfig
from kds.simulator.keeta_std.api import handle

SEED = 20260101

Call = Callable[..., dict[str, Any]]


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_state(clock: FakeClock) -> Callable[..., KeetaStdSimState]:
    def make(**overrides: Any) -> KeetaStdSimState:
        return KeetaStdSimState(SimConfig(**{"seed": SEED, **overrides}), clock)

    return make


@pytest.fixture
def state(make_state: Callable[..., KeetaStdSimState]) -> KeetaStdSimState:
    return make_state()


def signed(state: KeetaStdSimState, action: str, fields: dict[str, Any], *, token: str | None = None,
           secret: str | None = None, app_id: int | None = None, timestamp: int | None = None) -> bytes:
    """A body as a Keeta client sends it, signed with the relay's copy of the algorithm."""
    config = state.config
    params: dict[str, Any] = {**fields, "appId": app_id or config.app_id,
                              "timestamp": timestamp if timestamp is not None else int(state.now().timestamp())}
    if action != "base/oauth/token":
        params["accessToken"] = token or config.access_token
    params["sig"] = keeta_std_sig(f"{state.base_url}/{action}", params, secret or config.app_secret)
    return json.dumps(params, ensure_ascii=False, separators=(",", ":")).encode()


@pytest.fixture
def call(state: KeetaStdSimState) -> Call:
    """Call an endpoint of `state` with a correctly signed body; returns the envelope."""

    def run(action: str, order_id: str | None = None, **fields: Any) -> dict[str, Any]:
        if order_id is not None:
            order = state.orders[order_id]
            fields = {"orderViewId": order.order_id, "shopId": order.shop_id, **fields}
        body = signed(state, action, fields)
        return handle(state, action, body, f"{state.base_url}/{action}")

    return run


def messages(state: KeetaStdSimState, order_id: str, event_id: int) -> list[dict[str, Any]]:
    """The messages of one order's webhooks with `event_id`."""
    return [h.message for h in state.webhooks(order_id, event_id)]

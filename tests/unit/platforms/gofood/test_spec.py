"""GoFood in the registry: a headless station reads the `KDS_GOFOOD_*` variables, the settings build the adapter."""

from __future__ import annotations

import argparse
import os
from datetime import timedelta

import pytest

from kds.clock import FakeClock
from kds.domain.order import Platform
from kds.platforms.gofood.adapter import GoFoodAdapter
from kds.platforms.gofood.policy import AcceptanceMode
from kds.platforms.registry import SPECS
from kds.startup import runtime
from kds.station.settings import PlatformSettings, Settings

ENV = {"KDS_GOFOOD_API_URL": "https://gobiz.example", "KDS_GOFOOD_AUTH_URL": "https://goauth.example",
       "KDS_GOFOOD_CLIENT_ID": "client", "KDS_GOFOOD_CLIENT_SECRET": "secret", "KDS_GOFOOD_OUTLET_ID": "G1",
       "KDS_GOFOOD_RELAY_URL": "https://relay.example", "KDS_GOFOOD_RELAY_TOKEN": "kdsr_t",
       "KDS_GOFOOD_MODE": "auto_accept_on_timeout"}


def environment(monkeypatch: pytest.MonkeyPatch, env: dict[str, str]) -> argparse.Namespace:
    for name in [n for n in os.environ if n.startswith("KDS_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runtime.parse(["--headless"])


async def test_a_headless_station_runs_gofood_from_its_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    args = environment(monkeypatch, ENV)
    assert runtime.configured_by_environment(args)
    adapters, settings = runtime._configured_platforms(args, FakeClock(), 2.0)
    [adapter] = adapters
    assert isinstance(adapter, GoFoodAdapter) and adapter.mode is AcceptanceMode.AUTO_ON_TIMEOUT
    assert adapter.policy.accept_window == timedelta(seconds=30) and adapter.policy.auto_accepts_on_timeout
    assert adapter.client.outlet_id == "G1" and Platform.GOFOOD in settings.poller_for  # long-polls the relay
    await adapter.aclose()


def test_a_headless_station_says_which_gofood_variables_are_missing(monkeypatch: pytest.MonkeyPatch) -> None:
    args = environment(monkeypatch, {"KDS_GOFOOD_OUTLET_ID": "G1", "KDS_GOFOOD_MODE": "manual"})
    with pytest.raises(runtime.ConfigError, match=r"^GoFood: missing KDS_GOFOOD_RELAY_URL, KDS_GOFOOD_RELAY_TOKEN, "
                                                  r"KDS_GOFOOD_API_URL, KDS_GOFOOD_AUTH_URL, "
                                                  r"KDS_GOFOOD_CLIENT_ID, KDS_GOFOOD_CLIENT_SECRET$"):
        runtime._configured_platforms(args, FakeClock(), 1.0)


def test_the_mode_alone_switches_nothing_on(monkeypatch: pytest.MonkeyPatch) -> None:
    assert not runtime.configured_by_environment(environment(monkeypatch, {"KDS_GOFOOD_MODE": "manual"}))


def test_an_unknown_mode_is_a_setup_problem() -> None:
    spec = SPECS[Platform.GOFOOD]
    config = PlatformSettings(enabled=True, base_url="https://gobiz.example", auth_url="https://goauth.example",
                              relay_url="https://relay.example", merchant_ids=("G1",), acceptance_mode="whenever")
    credentials = runtime.Credentials({f"gofood/{f.name}": "x" for f in spec.credentials})
    adapter, problem = runtime._adapter_from_settings(Platform.GOFOOD, Settings(platforms={Platform.GOFOOD: config}),
                                                      credentials, FakeClock(), 1.0, None)
    assert adapter is None and problem is not None and problem.code == "invalid" and "whenever" in problem.detail


async def test_outlets_may_override_the_mode_from_their_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    env = ENV | {"KDS_GOFOOD_MODE": "manual", "KDS_GOFOOD_OUTLET_ID": "G1,G2",
                 "KDS_GOFOOD_OUTLET_MODES": "G2=auto_accept_on_timeout"}
    adapters, _ = runtime._configured_platforms(environment(monkeypatch, env), FakeClock(), 2.0)
    [adapter] = adapters
    assert isinstance(adapter, GoFoodAdapter) and adapter.policy.accept_window == timedelta(seconds=90)
    assert set(adapter.outlet_policies) == {"G2"}
    assert adapter.outlet_policies["G2"].accept_window == timedelta(seconds=30)
    assert adapter.outlet_policies["G2"].auto_accepts_on_timeout
    await adapter.aclose()


def test_a_bad_outlet_mode_is_refused_with_what_was_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    env = ENV | {"KDS_GOFOOD_OUTLET_MODES": "G2=sometimes"}
    with pytest.raises(ValueError, match=r"^GoFood outlet 'G2': GoFood acceptance mode 'sometimes' is not one of"):
        runtime._configured_platforms(environment(monkeypatch, env), FakeClock(), 1.0)
    spec = SPECS[Platform.GOFOOD]  # the desktop's settings: a setup problem that names the bad pair
    config = PlatformSettings(enabled=True, base_url="https://gobiz.example", auth_url="https://goauth.example",
                              relay_url="https://relay.example", merchant_ids=("G1",),
                              acceptance_mode="manual")
    credentials = runtime.Credentials({f"gofood/{f.name}": "x" for f in spec.credentials} | {
        "gofood/outlet_modes": "G2=sometimes"})
    adapter, problem = runtime._adapter_from_settings(Platform.GOFOOD, Settings(platforms={Platform.GOFOOD: config}),
                                                      credentials, FakeClock(), 1.0, None)
    assert adapter is None and problem is not None and problem.code == "invalid" and "sometimes" in problem.detail

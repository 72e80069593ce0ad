"""The route table: every platform module in `kds.relay.hooks` is registered whole, and nothing else."""

from __future__ import annotations

import importlib
import inspect
import io
import pkgutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

import kds.platforms.keeta_std
import kds.relay.hooks
from kds.domain.order import Platform
from kds.relay.cli import main
from kds.relay.hooks import HOOKS
from kds.relay.hooks.base import PATH_SECRET
from kds.relay.sqlstore import SqliteRelayStore

ROOT = Path(__file__).resolve().parents[3]
SHARED = {"base"}  # modules of kds.relay.hooks that hold no route


def route_modules() -> list[str]:
    return sorted(m.name for m in pkgutil.iter_modules(kds.relay.hooks.__path__) if m.name not in SHARED)


def test_every_route_module_has_exactly_one_registered_route() -> None:
    registered = {type(hook) for hook in HOOKS}
    assert route_modules(), "no route modules found"
    for name in route_modules():
        module = importlib.import_module(f"kds.relay.hooks.{name}")
        routes = [cls for _, cls in inspect.getmembers(module, inspect.isclass)
                  if cls.__module__ == module.__name__ and hasattr(cls, "accept") and hasattr(cls, "path")]
        assert len(routes) == 1, f"{name}: {routes}"
        assert routes[0] in registered, f"{routes[0].__name__} is not in HOOKS"
        # The module is named after its platform, which is a Platform the app knows.
        assert routes[0].platform == name and Platform(name) is not Platform.FAKE
    assert len(HOOKS) == len(route_modules())


def test_routes_are_distinct_and_complete() -> None:
    assert len({hook.path for hook in HOOKS}) == len(HOOKS)
    assert len({hook.platform for hook in HOOKS}) == len(HOOKS)
    options = [o for hook in HOOKS for o in (hook.tenant_options.secret, hook.tenant_options.app_id) if o]
    assert len(set(options)) == len(options) and all(o.startswith("--") for o in options)
    for hook in HOOKS:
        assert hook.ttl.total_seconds() > 0 and hook.tenant_options.secret_help
        assert (hook.tenant_options.app_id is None) == (not hook.tenant_options.app_id_help)
        assert hook.answer(200, "") != hook.answer(401, "bad signature")


@pytest.mark.parametrize("hook", HOOKS, ids=lambda hook: hook.platform)
def test_each_routes_secret_options_reach_the_tenant_and_print_its_url(
        hook: kds.relay.hooks.WebhookPlatform, tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "relay.db")
    options = hook.tenant_options
    argv = ["add-tenant", "acme", options.secret, "-", "--public-url", "https://relay.example.com", "--db", db]
    if options.app_id:
        argv[2:2] = [options.app_id, "42"]
    monkeypatch.setattr("sys.stdin", io.StringIO("from-stdin\n"))
    assert main(argv) == 0
    out = capsys.readouterr().out
    store = SqliteRelayStore(Path(db))
    try:
        tenant = store.tenant("acme")
        assert tenant is not None and list(tenant.secrets) == [hook.platform]
        # Only this platform's URL: the others have no secret. A path secret is part of it.
        path = f"/{tenant.secrets[hook.platform].options[PATH_SECRET]}" if options.path_secret else ""
        assert [line for line in out.splitlines() if " URL: " in line] == [
            f"{hook.platform} {options.url_label}: https://relay.example.com/hooks/{hook.path}/acme{path}"]
        assert tenant.secrets[hook.platform].secret == "from-stdin"
        assert tenant.secrets[hook.platform].app_id == ("42" if options.app_id else None)
    finally:
        store.close()


def test_an_app_id_without_its_secret_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with_app_id = [hook.tenant_options for hook in HOOKS if hook.tenant_options.app_id]
    assert with_app_id
    for options in with_app_id:
        assert main(["add-tenant", "acme", str(options.app_id), "1", "--db", str(tmp_path / "r.db")]) == 1
        assert f"{options.app_id} needs {options.secret}" in capsys.readouterr().err


def _contract(name_start: str) -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as file:
        contracts = tomllib.load(file)["tool"]["importlinter"]["contracts"]
    found = [c for c in contracts if c["name"].startswith(name_start)]
    assert len(found) == 1, name_start
    return list(found[0]["forbidden_modules"])


@pytest.mark.parametrize("contract", ["The relay server imports no platform client code",
                                      "Keeta Standard signing is one standard-library module"])
def test_the_contracts_forbid_every_platform_module_but_the_signing_one(contract: str) -> None:
    # import-linter cannot forbid a package but one module of it, so the contracts list them;
    # a module added to the package must be listed too.
    package = kds.platforms.keeta_std
    modules = {f"{package.__name__}.{m.name}" for m in pkgutil.iter_modules(package.__path__)}
    expected = modules - {f"{package.__name__}.signature"}
    assert expected <= set(_contract(contract))


def test_the_relay_loads_no_platform_client_code() -> None:
    # import-linter sees imports between modules, not what importing a package's __init__ runs.
    code = ("import sys, kds.relay.cli, kds.relay.app; "
            "print('\\n'.join(m for m in sys.modules if m == 'httpx' or m.startswith('kds.platforms')))")
    loaded = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True,
                            cwd=ROOT).stdout.split()
    assert sorted(loaded) == ["kds.platforms", "kds.platforms.keeta_std", "kds.platforms.keeta_std.signature"]

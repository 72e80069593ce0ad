"""Command-line options and the wiring of one running KDS (store, adapters, engine, demo simulator).

Shared by the headless engine and the desktop app; `kds.app` decides which front end runs. A runtime
is built one of three ways: `--demo` (the built-in simulators), options and environment variables
(`start_runtime`, the headless engine's way), or the station's saved settings with the credentials
from the OS keyring (`start_runtime_from_settings`, the desktop app's way).
"""

from __future__ import annotations

import argparse
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from kds.clock import Clock, SystemClock
from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter
from kds.platforms.registry import LABELS, POLICIES, SPECS, UnknownPlatformError, spec_for
from kds.platforms.spec import AdapterInputs, PlatformSpec
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.poller import PollerSettings
from kds.store.db import Database

if TYPE_CHECKING:  # the headless engine never loads the settings model or the keyring (start-up time)
    from kds.printing.config import PrintSettings
    from kds.printing.queue import PrintQueue
    from kds.services.printing import PrintBridge
    from kds.station.credentials import SecretStore
    from kds.station.settings import Settings

log = logging.getLogger(__name__)

APP_NAME = "kds"
DEMO_TIME_SCALE = 10.0


def data_dir(override: str | None = None) -> Path:
    """Where the store lives: `--data-dir`, else the platform's user data dir."""
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def build_parser() -> argparse.ArgumentParser:
    """The options of `kds` (the app and the headless engine)."""
    p = argparse.ArgumentParser(prog="kds", description="Kitchen display and order desk.")
    p.add_argument("--headless", action="store_true", help="run the engine without a window; one line per change")
    p.add_argument("--demo", action="store_true", help="run against the built-in platform simulator")
    p.add_argument("--base-url", help="Keeta Open Delivery base URL")
    p.add_argument("--merchant", action="append", default=[], help="merchant id to poll (repeatable)")
    p.add_argument("--poll-interval", type=float, default=None, help="seconds between polls (default 30)")
    p.add_argument("--auto-accept", action="store_true", help="confirm new orders automatically")
    p.add_argument("--run-for", type=float, default=None, help="exit 0 after this many seconds")
    p.add_argument("--data-dir", default=None, help="directory of the order database")
    p.add_argument("--time-scale", type=float, default=None,
                   help=f"how much faster platform time runs: deadlines and rate limits shrink by it "
                        f"(training and tests; default 1, or {DEMO_TIME_SCALE:g} with --demo)")
    p.add_argument("--demo-rate", type=float, default=6.0, help="demo only: new orders per minute")
    p.add_argument("--demo-faults", type=float, default=0.0, help="demo only: probability of injected faults")
    p.add_argument("--demo-seed", type=int, default=None, help="demo only: random seed of the simulator")
    p.add_argument("--screenshot", default=None, help="save a PNG of the main window to FILE, then exit")
    p.add_argument("--kiosk", action="store_true", help="fullscreen kiosk mode")
    p.add_argument("--verbose", "-v", action="store_true", help="log debug messages")
    return p


@dataclass
class Runtime:
    """Everything one running KDS owns. `close()` releases what `start_runtime` opened."""

    db: Database
    engine: Engine
    clock: Clock
    time_scale: float = 1.0
    simulator: Any = None  # the demo's Keeta Open Delivery simulator, when running one
    closers: list[Any] = field(default_factory=list)
    demo: dict[str, Any] = field(default_factory=dict)  # the demo's simulators (and relay), by platform
    problems: list[SetupProblem] = field(default_factory=list)  # platforms of the settings that could not start
    printing: PrintQueue | None = None  # set by `attach_printing`
    print_bridge: PrintBridge | None = None

    def attach_printing(self, settings: PrintSettings) -> None:
        """Give the runtime a print queue for `settings` (its ledger lives in the same database)."""
        from kds.printing.queue import PrintQueue
        from kds.services.printing import PrintBridge
        from kds.store.print_jobs import PrintJobRepository

        self.printing = PrintQueue(PrintJobRepository(self.db), settings, self.clock, platform_names=LABELS)
        self.print_bridge = PrintBridge(self.engine.orders.orders, self.printing, self.engine.bus)
        self.printing.subscribe(self.engine.bus.publish)  # print job changes reach the screen like any other

    async def start(self) -> None:
        """Start printing (recovering interrupted jobs, catching up on open orders), then the engine."""
        if self.printing is not None and self.print_bridge is not None:
            await self.printing.start()
            self.print_bridge.catch_up()
        self.engine.start()

    async def stop(self) -> None:
        """Stop the engine, then let a job being printed finish (briefly) and stop the printers."""
        await self.engine.stop()
        if self.print_bridge is not None:
            self.print_bridge.close()
        if self.printing is not None:
            await self.printing.close()

    def close(self) -> None:
        """Stop the demo platforms and close the database (after `engine.stop()`)."""
        for close in reversed(self.closers):
            try:
                close()
            except Exception:
                log.exception("stopping %r failed", close)
        self.closers.clear()
        self.db.close()


class ConfigError(Exception):
    """The options do not describe a runnable setup; the message says what to fix."""


def start_runtime(args: argparse.Namespace, clock: Clock | None = None) -> Runtime:
    """Open the store, start the demo platforms if asked, and build the engine (not started)."""
    clock = clock or SystemClock()
    scale = args.time_scale or (DEMO_TIME_SCALE if args.demo else 1.0)
    closers: list[Any] = []
    demo: dict[str, Any] = {}
    try:
        if args.demo:
            adapters, settings = _demo_platforms(args, clock, scale, closers, demo)
        else:
            adapters, settings = _configured_platforms(args, clock, scale)
        db = Database(data_dir(args.data_dir) / "kds.sqlite3")
    except BaseException:
        for close in reversed(closers):
            close()
        raise
    engine = Engine(db, adapters, clock, settings)
    runtime = Runtime(db=db, engine=engine, clock=clock, time_scale=scale, closers=closers,
                      simulator=demo.get("keeta_od"), demo=demo)
    runtime.attach_printing(_demo_printers(args) if args.demo else _saved_printers())
    return runtime


def _demo_printers(args: argparse.Namespace) -> PrintSettings:
    """The demo prints kitchen tickets and slips into a file in the data directory (`kds print --decode` reads it)."""
    from kds.printing.config import PrinterConfig, PrintSettings

    path = data_dir(args.data_dir) / "demo-kitchen-printer.bin"
    return PrintSettings(printers=(PrinterConfig(name="Kitchen (demo file)", target=f"file:{path}"),))


def _saved_printers() -> PrintSettings:
    """The printers saved in the settings file, if there is one (the headless engine has no other source)."""
    from kds.printing.config import PrintSettings
    from kds.station.settings import load_settings, settings_path

    if not settings_path().exists():
        return PrintSettings()
    return load_settings().settings.printing


def _settings(args: argparse.Namespace, scale: float, relay_platforms: frozenset[Platform]) -> EngineSettings:
    interval = args.poll_interval if args.poll_interval is not None else 30.0 / scale
    platforms = {Platform.KEETA_OD} | set(relay_platforms)
    return EngineSettings(
        poller=PollerSettings(interval=interval, auth_retry=max(interval, 60.0 / scale)),
        poll_limit=PollLimit(requests=2, window=60.0 / scale),
        # The relay holds each poll open until an event arrives (long-poll): poll again at once.
        poller_for={p: PollerSettings(interval=0.0, auth_retry=60.0 / scale) for p in relay_platforms},
        poll_limit_for={p: PollLimit(requests=30, window=60.0) for p in relay_platforms},
        auto_accept=frozenset(platforms) if args.auto_accept else frozenset(),
        undo_seconds=5.0,
    )


def _demo_platforms(args: argparse.Namespace, clock: Clock, scale: float, closers: list[Any],
                    demo: dict[str, Any]) -> tuple[list[PlatformAdapter], EngineSettings]:
    """Keeta Open Delivery (simulated, polled directly) and Keeta Standard (simulated, through a relay)."""
    from kds.platforms.keeta_od.adapter import create_adapter as create_od
    from kds.platforms.keeta_std.adapter import create_adapter as create_std
    from kds.simulator.keeta_od import Faults, SimConfig, SimulatorServer
    from kds.simulator.keeta_std import SimConfig as StdConfig
    from kds.simulator.keeta_std.demo import start_demo

    faults = Faults.uniform(args.demo_faults, hang_seconds=15.0) if args.demo_faults else Faults()
    # The simulators count in platform minutes; --demo-rate is per real minute, shared by both.
    rate = args.demo_rate / scale / 2
    od = SimulatorServer(SimConfig(
        time_scale=scale, seed=args.demo_seed, order_rate_per_min=rate, customer_cancel_rate=0.05,
        refund_request_rate=0.15, closed_after_timeout=60.0, faults=faults))
    od.start()
    closers.append(od.stop)
    demo["keeta_od"] = od
    std = start_demo(StdConfig(time_scale=scale, seed=args.demo_seed, order_rate_per_min=rate,
                               refund_request_rate=0.25, closed_after_timeout=60.0))
    closers.append(std.stop)
    demo["keeta_std"] = std
    if args.demo_rate > 0:
        # Something on the board from the first seconds: a training session should not start empty.
        od.state.create_order("pickup")
        od.state.create_order("delivery")
        std.sim.state.create_order("pickup")
    creds = od.credentials
    adapters: list[PlatformAdapter] = [
        create_od(od.base_url, creds.client_id, creds.client_secret, list(creds.merchant_ids), clock,
                  policy=POLICIES[Platform.KEETA_OD].scaled(scale)),
        create_std(std.relay_url, std.tenant_token, std.api_url, **std.credentials_kwargs(), clock=clock,
                   policy=POLICIES[Platform.KEETA_STD].scaled(scale), wait=5.0),
    ]
    return adapters, _settings(args, scale, frozenset({Platform.KEETA_STD}))


def _configured_platforms(args: argparse.Namespace, clock: Clock,
                          scale: float) -> tuple[list[PlatformAdapter], EngineSettings]:
    """Platforms configured by options and environment (the headless engine's way; the desktop app
    reads its settings and the OS keyring): each spec's fields, by their variables and options."""
    adapters: list[PlatformAdapter] = []
    relay_platforms: set[Platform] = set()
    for platform, spec in SPECS.items():
        given = spec.headless_values(os.environ, _options(args, spec))
        if given is None:
            continue
        if given.missing:
            raise ConfigError(f"{spec.short_name or spec.display_name}: missing " + ", ".join(given.missing))
        adapters.append(spec.build(AdapterInputs(given.values, clock, POLICIES[platform].scaled(scale))))
        if spec.arrival == "relay":
            relay_platforms.add(platform)
    if not adapters:
        raise ConfigError("no platform configured: give --base-url and --merchant (with KDS_KEETA_CLIENT_ID and "
                          "KDS_KEETA_CLIENT_SECRET), or use --demo to try the built-in simulators")
    return adapters, _settings(args, scale, frozenset(relay_platforms))


def _options(args: argparse.Namespace, spec: PlatformSpec) -> dict[str, Any]:
    """What the command line gave for the fields of `spec` that have an option, by option."""
    return {f.option: getattr(args, f.option.lstrip("-").replace("-", "_"), None) for f in spec.fields if f.option}


def headless_env_vars() -> tuple[str, ...]:
    """The variables that alone switch a platform on in a headless run (from the registered specs)."""
    return tuple(f.env for spec in SPECS.values() for f in spec.fields if f.env and f.names_platform)


CREDENTIALS: dict[Platform, tuple[str, ...]] = {
    p: tuple(f.name for f in spec.credentials if f.required) for p, spec in SPECS.items()}
"""What each platform the desktop app connects to keeps in the OS keyring, as `<platform>/<name>`."""

OPTIONAL_CREDENTIALS: dict[Platform, tuple[str, ...]] = {
    p: names for p, spec in SPECS.items() if (names := tuple(f.name for f in spec.credentials if not f.required))}
"""Keyring entries read when present: without them the platform still starts (see kds.station.keyring_tokens)."""

ENV_VARS = headless_env_vars()
"""The `KDS_<PLATFORM>_*` variables that name a platform for the headless engine (the specs' fields)."""


@dataclass(frozen=True, slots=True)
class SetupProblem:
    """Why a platform switched on in the settings is not connected (the UI words it from `code`).

    Attributes:
        platform: the platform.
        code: `keyring` (no usable OS keyring), `credentials` (some are not in the keyring), `settings`
            (an address or merchant id is missing), `unsupported` (KDS has no connection for it yet)
            or `invalid` (the adapter refused the values; `detail` says why).
        missing: the names of what is missing (`client_secret`, `base_url`, ...).
        detail: more words, in English, for the log (never a secret).
    """

    platform: Platform
    code: str
    missing: tuple[str, ...] = ()
    detail: str = ""

    def __str__(self) -> str:
        what = f": missing {', '.join(self.missing)}" if self.missing else ""
        return f"{self.platform.value}: {self.code}{what}" + (f" ({self.detail})" if self.detail else "")


@dataclass(frozen=True, slots=True)
class Credentials:
    """What `read_credentials` found in the keyring: values by secret key, or why it could not look."""

    values: dict[str, str] = field(default_factory=dict, repr=False)  # never in a log line, even at debug level
    unavailable: str | None = None


def configured_by_environment(args: argparse.Namespace) -> bool:
    """True when options or `KDS_<PLATFORM>_*` variables name platforms (the headless way, also for the app)."""
    for spec in SPECS.values():
        options = _options(args, spec)
        if any(options.get(f.option) for f in spec.fields if f.option and f.names_platform):
            return True
    return any(os.environ.get(name) for name in headless_env_vars())


def read_credentials(settings: Settings, store: SecretStore) -> Credentials:
    """Read the keyring entries of every enabled platform. Blocks (a keyring may ask to be unlocked).

    Args:
        settings: the station's settings (which platforms are on).
        store: the OS keyring.
    """
    from kds.station.credentials import SecretStoreUnavailable

    values: dict[str, str] = {}
    try:
        for platform in settings.enabled_platforms():
            for name in CREDENTIALS.get(platform, ()) + OPTIONAL_CREDENTIALS.get(platform, ()):
                key = f"{platform.value}/{name}"  # kds.station.credentials.secret_key
                value = store.get(key)
                if value:
                    values[key] = value
    except SecretStoreUnavailable as exc:
        return Credentials(values, unavailable=str(exc))
    return Credentials(values)


def start_runtime_from_settings(args: argparse.Namespace, settings: Settings, credentials: Credentials,
                                clock: Clock | None = None, secrets: SecretStore | None = None) -> Runtime:
    """Open the store and build the engine for the platforms switched on in `settings` (not started).

    A platform that cannot start (credentials missing, no keyring, an address missing) is left out
    and reported in `Runtime.problems`, so the app still opens and staff can fix it in Settings.
    With `secrets` (the keyring `credentials` came from), a renewed access token is written back
    there at once (`kds.station.keyring_tokens`); without it a renewal lasts until the app stops.
    """
    clock = clock or SystemClock()
    scale = args.time_scale or 1.0
    adapters: list[PlatformAdapter] = []
    problems: list[SetupProblem] = []
    relay_platforms: set[Platform] = set()
    for platform in settings.enabled_platforms():
        adapter, problem = _adapter_from_settings(platform, settings, credentials, clock, scale, secrets)
        if problem is not None:
            log.warning("platform not started: %s", problem)
            problems.append(problem)
        if adapter is not None:
            adapters.append(adapter)
            if spec_for(platform).arrival == "relay":
                relay_platforms.add(platform)
    db = Database(data_dir(args.data_dir) / "kds.sqlite3")
    behaviour = settings.behaviour
    engine_settings = replace(
        _settings(args, scale, frozenset(relay_platforms)),
        auto_accept=frozenset(a.platform for a in adapters) if args.auto_accept else behaviour.auto_accept,
        undo_seconds=behaviour.undo_seconds, default_preparation_minutes=behaviour.default_prep_minutes)
    engine = Engine(db, adapters, clock, engine_settings)
    runtime = Runtime(db=db, engine=engine, clock=clock, time_scale=scale, problems=problems)
    runtime.attach_printing(settings.printing)
    return runtime


def _adapter_from_settings(platform: Platform, settings: Settings, credentials: Credentials, clock: Clock, scale: float,
                           store: SecretStore | None) -> tuple[PlatformAdapter | None, SetupProblem | None]:
    """The adapter of `platform`, built by its spec's factory, or why it cannot start."""
    try:
        spec = spec_for(platform)
    except UnknownPlatformError:
        return None, SetupProblem(platform, "unsupported")
    config = settings.platform(platform)
    needed = tuple((f.name, getattr(config, f.name)) for f in spec.settings_fields)
    missing = tuple(name for name, value in needed if not value)
    if missing:
        return None, SetupProblem(platform, "settings", missing)
    if credentials.unavailable is not None:
        return None, SetupProblem(platform, "keyring", detail=credentials.unavailable)
    secrets = {f.name: credentials.values.get(f"{platform.value}/{f.name}", "") for f in spec.credentials}
    missing = tuple(f.name for f in spec.credentials if f.required and not secrets[f.name])
    if missing:
        return None, SetupProblem(platform, "credentials", missing)
    values: dict[str, str | tuple[str, ...]] = {**dict(needed), **{n: v for n, v in secrets.items() if v}}
    on_refresh = None
    if spec.tokens is not None and store is not None:
        from kds.station.keyring_tokens import token_saver

        on_refresh = token_saver(store, platform)
    try:
        return spec.build(AdapterInputs(values, clock, POLICIES[platform].scaled(scale), on_refresh)), None
    except ValueError as exc:  # the adapter's own checks (too many merchants, a malformed app id)
        return None, SetupProblem(platform, "invalid", detail=str(exc))


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse `kds` options."""
    return build_parser().parse_args(list(argv))

"""The wiring of one running KDS: store, adapters, engine, printing, and the demo's simulators.

Shared by the headless engine and the desktop app; `kds.app` decides which front end runs. A runtime
is built one of three ways: `--demo` (the registered simulators, `kds.startup.demo`), options and
environment variables (`start_runtime`, the headless engine's way; `kds.startup.options` parses
them), or the station's saved settings with the credentials from the OS keyring
(`start_runtime_from_settings`, the desktop app's way). Every platform is built through its spec
in `kds.platforms.registry`.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform as platform_module
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kds.clock import Clock, SystemClock
from kds.domain.order import Platform
from kds.platforms.base import PlatformAdapter
from kds.platforms.registry import LABELS, SPECS, UnknownPlatformError, spec_for
from kds.platforms.spec import AdapterInputs
from kds.services.engine import Engine, EngineSettings, PollLimit
from kds.services.poller import PollerSettings
from kds.services.retention import RetentionSettings
from kds.startup.options import (
    APP_NAME,
    DEMO_TIME_SCALE,
    ENV_VARS,
    ConfigError,
    build_parser,
    configured_by_environment,
    data_dir,
    headless_env_vars,
    parse,
    spec_options,
    store_target,
    time_scale,
)
from kds.store.connect import open_database
from kds.store.db import Database, StoreError
from kds.store.leases import Leases, leases_for

if TYPE_CHECKING:  # the headless engine never loads the settings model or the keyring (start-up time)
    from kds.printing.config import PrintSettings
    from kds.printing.queue import PrintQueue
    from kds.services.printing import PrintBridge
    from kds.station.credentials import SecretStore
    from kds.station.restaurant import Joined, RestaurantStore
    from kds.station.settings import Settings

__all__ = [  # the options' names too: the app and the tests import them from here
    "APP_NAME", "CREDENTIALS", "DEMO_TIME_SCALE", "ENV_VARS", "OPTIONAL_CREDENTIALS", "ConfigError", "Credentials",
    "Runtime", "SetupProblem", "Store", "build_parser", "configured_by_environment", "data_dir", "headless_env_vars",
    "open_settings_store", "parse", "read_credentials", "start_runtime", "start_runtime_from_settings",
]

log = logging.getLogger(__name__)


@dataclass
class Runtime:
    """Everything one running KDS owns. `close()` releases what `start_runtime` opened."""

    db: Database
    engine: Engine
    clock: Clock
    time_scale: float = 1.0
    simulator: Any = None  # the demo's first directly polled simulator, when running one
    closers: list[Any] = field(default_factory=list)
    demo: dict[str, Any] = field(default_factory=dict)  # the demo's simulators (and relays), by platform value
    demo_banner: list[str] = field(default_factory=list)  # what the headless demo prints about them
    problems: list[SetupProblem] = field(default_factory=list)  # platforms of the settings that could not start
    printing: PrintQueue | None = None  # set by `attach_printing`
    print_bridge: PrintBridge | None = None
    joined: Joined | None = None  # on a shared store: the settings in use (the restaurant's sections from it)
    restaurant: RestaurantStore | None = None  # on a shared store: where the restaurant's sections are saved

    def attach_printing(self, settings: PrintSettings, language: str = "en") -> None:
        """Give the runtime a print queue for `settings` (its ledger lives in the same database).

        `language` is what printers without a language of their own print in (the screen's).
        """
        from kds.printing.queue import PrintQueue
        from kds.services.printing import PrintBridge
        from kds.store.print_jobs import PrintJobRepository

        self.printing = PrintQueue(PrintJobRepository(self.db), settings, self.clock, platform_names=LABELS,
                                   language=language, shared=self.db.shared)
        self.printing.routing = self.engine.stations.routing  # a kitchen station's printer prints its lines
        self.printing.sold_out = self.engine.sold_out.entries  # the kitchen ticket marks sold-out dishes
        self.print_bridge = PrintBridge(self.engine.orders.orders, self.printing, self.engine.bus)
        self.printing.subscribe(self.engine.bus.publish)  # print job changes reach the screen like any other
        self.engine.bus.subscribe(self.printing.on_changes)  # jobs other stations queued for our printers

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


def open_store(target: str, password: str = "") -> Database:
    """The order store at `target` (`store_target`), with `password` for a PostgreSQL one that needs it.

    Raises:
        ConfigError: it cannot be opened; the message is one line, without the password.
    """
    try:
        return open_database(target, password=password)
    except StoreError as exc:
        raise ConfigError(str(exc)) from exc


def station_leases(db: Database, settings: EngineSettings) -> Leases:
    """What this station may run on `db`: everything alone on a file, what it holds the lock for on a shared store."""
    return leases_for(db, settings.station_name or platform_module.node() or "KDS")


def start_runtime(args: argparse.Namespace, clock: Clock | None = None) -> Runtime:
    """Open the store, start the demo platforms if asked, and build the engine (not started)."""
    from kds.startup.demo import demo_printers, start_demo_platforms

    clock = clock or SystemClock()
    scale = time_scale(args)
    closers: list[Any] = []
    demo: dict[str, Any] = {}
    simulator: Any = None
    banner: list[str] = []
    # The store first: a wrong or unreachable --db is refused before any platform or simulator starts.
    db = open_store(store_target(args))
    try:
        if args.demo:
            started = start_demo_platforms(args, clock, scale, closers)
            adapters, settings = started.adapters, _settings(args, scale, [a.platform for a in started.adapters])
            demo, simulator, banner = started.handles, started.simulator, started.banner
        else:
            adapters, settings = _configured_platforms(args, clock, scale)
    except BaseException:
        for close in reversed(closers):
            close()
        db.close()
        raise
    engine = Engine(db, adapters, clock, settings, leases=station_leases(db, settings))
    runtime = Runtime(db=db, engine=engine, clock=clock, time_scale=scale, closers=closers,
                      simulator=simulator, demo=demo, demo_banner=banner)
    runtime.attach_printing(demo_printers(args) if args.demo else _saved_printers())
    return runtime


def _saved_printers() -> PrintSettings:
    """The printers saved in the settings file, if there is one (the headless engine has no other source)."""
    from kds.printing.config import PrintSettings
    from kds.station.settings import load_settings, settings_path

    if not settings_path().exists():
        return PrintSettings()
    return load_settings().settings.printing


def _settings(args: argparse.Namespace, scale: float, running: Iterable[Platform]) -> EngineSettings:
    """The engine's settings for the `running` platforms.

    Polls and rate limits scaled, relay-fed platforms (by their spec) long-polled, and every one
    auto-accepted with `--auto-accept`.
    """
    platforms = frozenset(running)
    interval = args.poll_interval if args.poll_interval is not None else 30.0 / scale
    relay = frozenset(p for p in platforms if spec_for(p).arrival == "relay")
    return EngineSettings(
        poller=PollerSettings(interval=interval, auth_retry=max(interval, 60.0 / scale)),
        poll_limit=PollLimit(requests=2, window=60.0 / scale),
        # The relay holds each poll open until an event arrives (long-poll): poll again at once.
        poller_for={p: PollerSettings(interval=0.0, auth_retry=60.0 / scale) for p in relay},
        poll_limit_for={p: PollLimit(requests=30, window=60.0) for p in relay},
        auto_accept=platforms if args.auto_accept else frozenset(),
        undo_seconds=5.0,
    )


def _configured_platforms(args: argparse.Namespace, clock: Clock,
                          scale: float) -> tuple[list[PlatformAdapter], EngineSettings]:
    """Platforms configured by options and environment: each spec's fields, by their variables and options.

    This is the headless engine's way; the desktop app reads its settings and the OS keyring.
    """
    adapters: list[PlatformAdapter] = []
    platforms: list[Platform] = []
    for platform, spec in SPECS.items():
        given = spec.headless_values(os.environ, spec_options(args, spec))
        if given is None:
            continue
        if given.missing:
            raise ConfigError(f"{spec.short_name or spec.display_name}: missing " + ", ".join(given.missing))
        adapters.append(spec.build(AdapterInputs(given.values, clock, spec.policy.scaled(scale))))
        platforms.append(platform)
    if not adapters:
        raise ConfigError(f"no platform configured: give {_how_to_configure()}, "
                          "or use --demo to try the built-in simulators")
    return adapters, _settings(args, scale, platforms)


def _how_to_configure() -> str:
    """How to name the first platform that has command-line options, as the "no platform" message says it.

    Its options (or variables) that switch it on, then the other variables it needs.
    """
    specs = list(SPECS.values())
    spec = next((s for s in specs if any(f.option for f in s.fields)), specs[0] if specs else None)
    if spec is None:
        return "a platform"
    by_option = any(f.option for f in spec.fields)
    naming = [f.source for f in spec.headless_fields if f.names_platform and (f.option or not by_option)]
    needed = [f.source for f in spec.headless_fields if f.required and not f.names_platform]
    return " and ".join(naming) + (f" (with {' and '.join(needed)})" if needed else "")


CREDENTIALS: dict[Platform, tuple[str, ...]] = {
    p: tuple(f.name for f in spec.credentials if f.required) for p, spec in SPECS.items()}
"""What each platform the desktop app connects to keeps in the OS keyring, as `<platform>/<name>`."""

OPTIONAL_CREDENTIALS: dict[Platform, tuple[str, ...]] = {
    p: names for p, spec in SPECS.items() if (names := tuple(f.name for f in spec.credentials if not f.required))}
"""Keyring entries read when present: without them the platform still starts (see kds.station.keyring_tokens)."""


@dataclass(frozen=True, slots=True)
class SetupProblem:
    """Why a platform switched on in the settings is not connected (the UI words it from `code`).

    Attributes:
        platform: the platform.
        code: `keyring` (no usable OS keyring), `locked` (the encrypted credentials file waits for the
            manager PIN), `credentials` (some are not in the keyring), `settings`
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
    locked: bool = False  # the encrypted credentials file waits for the manager PIN (kds.station.secret_file)


def read_credentials(settings: Settings, store: SecretStore) -> Credentials:
    """Read the keyring entries of every enabled platform (and the shared store's). Blocks (a keyring may ask).

    Args:
        settings: the station's settings (which platforms are on).
        store: the OS keyring.
    """
    from kds.station.credentials import STORE_PASSWORD, SecretStoreUnavailable
    from kds.station.secret_file import SecretsLocked

    values: dict[str, str] = {}
    try:
        for platform in settings.enabled_platforms():
            for name in CREDENTIALS.get(platform, ()) + OPTIONAL_CREDENTIALS.get(platform, ()):
                key = f"{platform.value}/{name}"  # kds.station.credentials.secret_key
                value = store.get(key)
                if value:
                    values[key] = value
        if settings.station.store_url:  # the shared store's password, when it needs one
            value = store.get(STORE_PASSWORD)
            if value:
                values[STORE_PASSWORD] = value
    except SecretStoreUnavailable as exc:
        return Credentials(values, unavailable=str(exc), locked=isinstance(exc, SecretsLocked))
    return Credentials(values)


@dataclass
class Store:
    """The store a station opened from its settings, and on a shared store the settings with the restaurant's."""

    db: Database
    settings: Settings
    joined: Joined | None = None
    restaurant: RestaurantStore | None = None


def open_settings_store(args: argparse.Namespace, settings: Settings, credentials: Credentials,
                        clock: Clock | None = None, name: str = "", path: Path | None = None) -> Store:
    """Open the store of `settings` (or `--db`); on a shared store, join the restaurant (`kds.station.restaurant`).

    `name` is this screen's station name (default: the machine's), `path` its settings file (default:
    `settings_path()`). The restaurant's sections of the settings come from the store from then on:
    the returned `Store.settings` are the ones to run with.

    Raises:
        ConfigError: the store cannot be opened, or its restaurant settings cannot be used here.
    """
    from kds.station.credentials import STORE_PASSWORD
    from kds.station.restaurant import RestaurantStore, screen_name

    db = open_store(store_target(args, settings.station.store_url), credentials.values.get(STORE_PASSWORD, ""))
    if not db.shared:  # a single screen keeps its settings in its file, as ever
        return Store(db, settings)
    clock = clock or SystemClock()
    restaurant = RestaurantStore(db, screen_name(name), clock)
    try:
        joined = restaurant.join(settings, path)
    except (ValueError, StoreError) as exc:
        db.close()
        raise ConfigError(str(exc)) from exc
    return Store(db, joined.settings, joined, restaurant)


def start_runtime_from_settings(args: argparse.Namespace, settings: Settings, credentials: Credentials,
                                clock: Clock | None = None, secrets: SecretStore | None = None,
                                store: Store | None = None) -> Runtime:
    """Open the store and build the engine for the platforms switched on in `settings` (not started).

    A platform that cannot start (credentials missing, no keyring, an address missing) is left out
    and reported in `Runtime.problems`, so the app still opens and staff can fix it in Settings.
    With `secrets` (the keyring `credentials` came from), a renewed access token is written back
    there at once (`kds.station.keyring_tokens`); without it a renewal lasts until the app stops.
    With `store` (`open_settings_store`, already opened) its settings are the ones used.
    """
    clock = clock or SystemClock()
    store = store or open_settings_store(args, settings, credentials, clock)
    settings = store.settings
    scale = args.time_scale or 1.0
    adapters: list[PlatformAdapter] = []
    problems: list[SetupProblem] = []
    for platform in settings.enabled_platforms():
        adapter, problem = _adapter_from_settings(platform, settings, credentials, clock, scale, secrets)
        if problem is not None:
            log.warning("platform not started: %s", problem)
            problems.append(problem)
        if adapter is not None:
            adapters.append(adapter)
    db = store.db
    behaviour = settings.behaviour
    engine_settings = replace(
        _settings(args, scale, [a.platform for a in adapters]),
        auto_accept=frozenset(a.platform for a in adapters) if args.auto_accept else behaviour.auto_accept,
        undo_seconds=behaviour.undo_seconds, default_preparation_minutes=behaviour.default_prep_minutes,
        retention=RetentionSettings(keep=timedelta(days=settings.retention.keep_days),
                                    erase_after=timedelta(hours=settings.retention.erase_after_hours)))
    engine = Engine(db, adapters, clock, engine_settings, leases=station_leases(db, engine_settings))
    runtime = Runtime(db=db, engine=engine, clock=clock, time_scale=scale, problems=problems)
    runtime.joined, runtime.restaurant = store.joined, store.restaurant
    if store.restaurant is not None:  # a shared store lists every screen's printers: this one prints on its own
        from kds.station.restaurant import own_printers

        settings = own_printers(settings, store.restaurant.name)
    runtime.attach_printing(settings.printing, settings.appearance.language.value)
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
        return None, SetupProblem(platform, "locked" if credentials.locked else "keyring",
                                  detail=credentials.unavailable)
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
        return spec.build(AdapterInputs(values, clock, spec.policy.scaled(scale), on_refresh,
                                        language=settings.appearance.language.value)), None
    except ValueError as exc:  # the adapter's own checks (too many merchants, a malformed app id)
        return None, SetupProblem(platform, "invalid", detail=str(exc))

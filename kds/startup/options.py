"""The command line of `kds` and the environment a headless run reads.

What options exist, where the store lives, and which platforms the options and `KDS_<PLATFORM>_*`
variables name (from the registered specs' fields, so a new platform's variables need no change
here). `kds.startup.runtime` builds a runtime from what this module parsed.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import platformdirs

# The module, not its SPECS: tests put a registry of their own in place of it.
from kds.platforms import registry
from kds.platforms.spec import Field, PlatformSpec
from kds.store.connect import is_database_url

APP_NAME = "kds"
DEMO_TIME_SCALE = 2.0
"""The demo's platform time runs this much faster: 2 min 30 s to accept an order, time to read it first."""


class ConfigError(Exception):
    """The options do not describe a runnable setup; the message says what to fix."""

    transient = False
    """True when the same setup may run later without a change (see `StoreUnreachableConfigError`)."""


class StoreUnreachableConfigError(ConfigError):
    """The restaurant's database does not answer (server down, network out): nothing to fix here, try again."""

    transient = True


def data_dir(override: str | None = None) -> Path:
    """Where the store lives: `--data-dir`, else the platform's user data dir."""
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def store_target(args: argparse.Namespace, shared: str = "") -> str:
    """Where the order store is: `--db`, else `shared` (the restaurant's store in the settings), else a file.

    Raises:
        ConfigError: `--db` is not a PostgreSQL address.
    """
    url = args.db or shared
    if url and not is_database_url(url):
        raise ConfigError(f"--db takes the restaurant's PostgreSQL address (postgresql://user@host/database), "
                          f"not {url.split('@')[-1]!r}; without --db the store is a file in --data-dir")
    return url or str(data_dir(args.data_dir) / "kds.sqlite3")


def build_parser() -> argparse.ArgumentParser:
    """The options of `kds` (the app and the headless engine)."""
    p = argparse.ArgumentParser(
        prog="kds", description="Kitchen display and order desk.",
        epilog="Other commands, each with --help: kds simulator (a platform simulator alone), "
               "kds print (sample tickets, decoding printer bytes), kds relay (the webhook-to-polling relay), "
               "kds report (the day's report).")
    p.add_argument("--headless", action="store_true", help="run the engine without a window; one line per change")
    p.add_argument("--demo", action="store_true", help="run against the built-in platform simulator")
    for spec in registry.SPECS.values():
        for f in spec.fields:
            if f.option:
                _add_field_option(p, spec, f)
    p.add_argument("--poll-interval", type=float, default=None, help="seconds between polls (default 30)")
    p.add_argument("--auto-accept", action="store_true", help="confirm new orders automatically")
    p.add_argument("--run-for", type=float, default=None, help="exit 0 after this many seconds")
    p.add_argument("--data-dir", default=None, help="directory of this screen's order database (when no --db)")
    p.add_argument("--db", default=None, metavar="URL",
                   help="the restaurant's shared order database, postgresql://user@host/database "
                        "(several screens on one store; default: a file in --data-dir)")
    p.add_argument("--time-scale", type=float, default=None,
                   help=f"how much faster platform time runs: deadlines and rate limits shrink by it "
                        f"(training and tests; default 1, or {DEMO_TIME_SCALE:g} with --demo)")
    p.add_argument("--demo-rate", type=float, default=2.0,
                   help="demo only: new orders per minute, evenly spaced (default 2: one every 20-40 s)")
    p.add_argument("--demo-faults", type=float, default=0.0, help="demo only: probability of injected faults")
    p.add_argument("--demo-seed", type=int, default=None, help="demo only: random seed of the simulator")
    p.add_argument("--screenshot", default=None, help="save a PNG of the main window to FILE, then exit")
    p.add_argument("--kiosk", action="store_true", help="fullscreen kiosk mode")
    p.add_argument("--verbose", "-v", action="store_true", help="log debug messages")
    return p


def _add_field_option(parser: argparse.ArgumentParser, spec: PlatformSpec, f: Field) -> None:
    """The option of a platform's field (`--base-url`), its help worded from the field's name."""
    words = f.name.replace("_", " ").replace(" url", " URL")
    if f.kind == "list":
        parser.add_argument(f.option, action="append", default=[],
                            help=f"{words.removesuffix('s')} to poll (repeatable)")
    else:
        parser.add_argument(f.option, help=f"{spec.short_name or spec.display_name} {words}")


def parse(argv: Sequence[str]) -> argparse.Namespace:
    """Parse `kds` options."""
    return build_parser().parse_args(list(argv))


def time_scale(args: argparse.Namespace) -> float:
    """How much faster platform time runs: `--time-scale`, else the demo's default, else real time."""
    return float(args.time_scale or (DEMO_TIME_SCALE if args.demo else 1.0))


def spec_options(args: argparse.Namespace, spec: PlatformSpec) -> dict[str, Any]:
    """What the command line gave for the fields of `spec` that have an option, by option."""
    return {f.option: getattr(args, f.option.lstrip("-").replace("-", "_"), None) for f in spec.fields if f.option}


def headless_env_vars() -> tuple[str, ...]:
    """The variables that alone switch a platform on in a headless run (from the registered specs)."""
    return tuple(f.env for spec in registry.SPECS.values() for f in spec.fields if f.env and f.names_platform)


ENV_VARS = headless_env_vars()
"""The `KDS_<PLATFORM>_*` variables that name a platform for the headless engine (the specs' fields)."""


def configured_by_environment(args: argparse.Namespace) -> bool:
    """True when options or `KDS_<PLATFORM>_*` variables name platforms (the headless way, also for the app)."""
    for spec in registry.SPECS.values():
        options = spec_options(args, spec)
        if any(options.get(f.option) for f in spec.fields if f.option and f.names_platform):
            return True
    return any(os.environ.get(name) for name in headless_env_vars())

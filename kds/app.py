"""Composition root: parse options, wire the runtime, and run the headless engine or the desktop app."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import time
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from kds.startup.options import ConfigError, StoreUnreachableConfigError, configured_by_environment, parse
from kds.startup.runtime import (
    Runtime,
    open_settings_store,
    read_credentials,
    start_runtime,
    start_runtime_from_settings,
)

if TYPE_CHECKING:
    from kds.station.settings import Settings


def setup_logging(verbose: bool) -> None:
    """Log to a rotating file in the log dir and to stderr, every record redacted (no phones, addresses, tokens)."""
    from kds.support.logs import setup_logging as setup

    setup(verbose=verbose)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("uvicorn").setLevel(logging.WARNING)
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
    # qasync's debug lines carry the arguments and results of worker-thread calls (keyring reads among them).
    logging.getLogger("qasync").setLevel(logging.INFO)


def main(argv: Sequence[str]) -> int:
    """Run `kds` with `argv` (without the program name)."""
    args = parse(argv)
    setup_logging(args.verbose)
    if args.headless:
        from kds.startup.headless import run_headless

        try:
            runtime = start_when_reachable(args)
        except ConfigError as exc:
            print(f"kds: {exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:  # Ctrl-C while waiting for the restaurant's database
            return 130
        try:
            return asyncio.run(run_headless(runtime, args.run_for))
        finally:
            runtime.close()
    return run_gui(args)


STORE_RETRY = (1.0, 2.0, 5.0, 10.0, 30.0)
"""Seconds between tries while the restaurant's database does not answer (the last repeats)."""


def start_when_reachable(args: argparse.Namespace, sleep: Callable[[float], None] = time.sleep) -> Runtime:
    """`start_runtime(args)`, tried again while the restaurant's database does not answer.

    A server restarting or a network out goes away by itself: the headless engine waits for it with
    one line per try on stderr (a service manager's log) instead of exiting, so a station that
    boots before the server comes up still starts. A malformed address or a refused password is
    `ConfigError` at once (exit 2): waiting would not fix it.
    """
    attempt = 0
    while True:
        try:
            return start_runtime(args)
        except StoreUnreachableConfigError as exc:
            delay = STORE_RETRY[min(attempt, len(STORE_RETRY) - 1)]
            attempt += 1
            print(f"kds: {exc}; trying again in {delay:g} s", file=sys.stderr, flush=True)
            sleep(delay)


def run_gui(args: argparse.Namespace) -> int:
    """Start the desktop app on a qasync loop (see `kds.ui.launcher`); the runtime is wired here, not in the UI.

    `--demo`, and platforms named by options or `KDS_KEETA_*` variables, run as the headless engine
    does; otherwise the app runs the platforms of the station's settings with the credentials in the
    OS keyring (the first-run wizard asks for them), and can rebuild that runtime when they change.
    """
    from kds.startup.display import display_problem

    problem = display_problem()
    if problem is not None:  # said before Qt aborts with its own, longer message
        print(problem, file=sys.stderr)

    from kds.station.secret_file import StationSecrets
    from kds.ui.launcher import run

    if args.demo or configured_by_environment(args):
        return run(args, start_runtime, ConfigError)
    store = StationSecrets()  # the keyring, or the fallback staff chose (launcher.station_context sets which)

    async def from_settings(settings: Settings) -> Runtime:
        # Keyring reads may wait for an unlock prompt, and a restaurant's database that does not answer
        # takes seconds to say so: both off the Qt thread.
        credentials = await asyncio.to_thread(read_credentials, settings, store)
        opened = await asyncio.to_thread(open_settings_store, args, settings, credentials)
        if opened.settings.enabled_platforms() != settings.enabled_platforms():  # the restaurant's accounts
            credentials = await asyncio.to_thread(read_credentials, opened.settings, store)
        return start_runtime_from_settings(args, opened.settings, credentials, secrets=store, store=opened)

    return run(args, start_runtime, ConfigError, from_settings=from_settings, secrets=store)

"""Composition root: parse options, wire the runtime, and run the headless engine or the desktop app."""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kds.startup.options import ConfigError, configured_by_environment, parse
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
            runtime = start_runtime(args)
        except ConfigError as exc:
            print(f"kds: {exc}", file=sys.stderr)
            return 2
        try:
            return asyncio.run(run_headless(runtime, args.run_for))
        finally:
            runtime.close()
    return run_gui(args)


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
        # Keyring reads may wait for an unlock prompt: off the Qt thread.
        credentials = await asyncio.to_thread(read_credentials, settings, store)
        opened = open_settings_store(args, settings, credentials)
        if opened.settings.enabled_platforms() != settings.enabled_platforms():  # the restaurant's accounts
            credentials = await asyncio.to_thread(read_credentials, opened.settings, store)
        return start_runtime_from_settings(args, opened.settings, credentials, secrets=store, store=opened)

    return run(args, start_runtime, ConfigError, from_settings=from_settings, secrets=store)

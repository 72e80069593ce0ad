"""Composition root: parse options, wire the runtime, and run the headless engine or the desktop app."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Sequence

from kds.runtime import ConfigError, parse, start_runtime


def setup_logging(verbose: bool) -> None:
    """Log to a rotating file in the log dir and to stderr, every record redacted (no phones, addresses, tokens)."""
    from kds.logs import setup_logging as setup

    setup(verbose=verbose)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("uvicorn").setLevel(logging.WARNING)
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)


def main(argv: Sequence[str]) -> int:
    """Run `kds` with `argv` (without the program name)."""
    args = parse(argv)
    setup_logging(args.verbose)
    if args.headless:
        from kds.headless import run_headless

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


def run_gui(args: object) -> int:
    """Start the desktop app on a qasync loop (see `kds.ui.launcher`); the runtime is wired here, not in the UI."""
    from kds.ui.launcher import run

    return run(args, start_runtime, ConfigError)

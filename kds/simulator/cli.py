"""`kds simulator`: serve a platform simulator on 127.0.0.1 until Ctrl-C.

    kds simulator --port 8765 --time-scale 10 --rate 2 --faults 0.2 --seed 7

It prints the base URL and the demo credentials to paste into the app's settings, then generates
orders and plays riders and customers. SIGINT or SIGTERM stop it cleanly (exit 0). Which simulator
it serves, and its own options, come from `kds.simulator.registry.COMMAND`.
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from types import FrameType
from typing import Any

from kds.simulator.registry import COMMAND


def build_parser() -> argparse.ArgumentParser:
    """The command line of `kds simulator`."""
    parser = argparse.ArgumentParser(prog="kds simulator", description=COMMAND.description)
    parser.add_argument("--port", type=int, default=8765, help="TCP port (0 = any free port; default 8765)")
    COMMAND.add_arguments(parser)
    parser.add_argument("--verbose", action="store_true", help="log every injected fault")
    return parser


def config_from_args(args: argparse.Namespace) -> Any:
    """The simulator's configuration for parsed arguments (ValueError: an invalid one)."""
    return COMMAND.config(args)


def main(argv: Sequence[str]) -> int:
    """Run the simulator until SIGINT or SIGTERM; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(list(argv))
    try:
        config = config_from_args(args)
    except ValueError as exc:
        parser.error(str(exc))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    stop = threading.Event()

    def on_signal(signum: int, frame: FrameType | None) -> None:
        stop.set()

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    server = COMMAND.server(config, args.port, "info" if args.verbose else "warning")
    try:
        try:
            server.start()
        except OSError as exc:
            sys.stderr.write(f"kds simulator: cannot listen on 127.0.0.1:{args.port}: {exc.strerror}\n")
            return 1
        sys.stdout.write(COMMAND.banner(server))
        sys.stdout.flush()
        # A timed wait keeps the main thread responsive to signals on every platform.
        while not stop.wait(0.5):
            pass
        return 0
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

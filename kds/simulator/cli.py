"""`kds simulator`: serve the Keeta Open Delivery simulator on 127.0.0.1 until Ctrl-C.

    kds simulator --port 8765 --time-scale 10 --rate 2 --faults 0.2 --seed 7

It prints the base URL and the demo credentials to paste into the app's Keeta settings, then
generates orders and plays riders and customers. SIGINT or SIGTERM stop it cleanly (exit 0).
"""

from __future__ import annotations

import argparse
import logging
import signal
import sys
import threading
from collections.abc import Sequence
from datetime import timedelta
from types import FrameType

from kds.simulator.keeta_od import Faults, SimConfig, SimulatorServer


def build_parser() -> argparse.ArgumentParser:
    """The command line of `kds simulator`."""
    parser = argparse.ArgumentParser(prog="kds simulator", description=(
        "Serve a fake Keeta Open Delivery platform on 127.0.0.1 for demos, training and tests."))
    parser.add_argument("--port", type=int, default=8765, help="TCP port (0 = any free port; default 8765)")
    parser.add_argument("--time-scale", type=float, default=1.0,
                        help="divide platform timings (5 min acceptance, 15 min refunds, 60 s rate window, "
                             "riders, 4 h TTL) by this factor (default 1)")
    parser.add_argument("--rate", type=float, default=1.0,
                        help="generated orders per minute of scaled time (0 = none; default 1)")
    parser.add_argument("--faults", type=float, default=0.0,
                        help="fault level P in [0, 1]: a request fails (5xx, hang or reset) with probability P, "
                             "and a poll carries a malformed event and a duplicate each with probability P")
    parser.add_argument("--hang", type=float, default=30.0, help="seconds a hanging request waits (default 30)")
    parser.add_argument("--seed", type=int, default=None, help="random seed, for a repeatable session")
    parser.add_argument("--expires-in", type=int, default=7200, help="token lifetime in seconds (default 7200)")
    parser.add_argument("--clock-skew", type=float, default=0.0,
                        help="seconds the platform's clock runs ahead (negative: behind) of this machine's")
    parser.add_argument("--customer-cancels", type=float, default=0.05,
                        help="share of generated orders the customer cancels (default 0.05)")
    parser.add_argument("--refund-requests", type=float, default=0.08,
                        help="share of generated orders with a customer refund request (default 0.08)")
    parser.add_argument("--verbose", action="store_true", help="log every injected fault")
    return parser


def config_from_args(args: argparse.Namespace) -> SimConfig:
    """A `SimConfig` for parsed arguments."""
    if not 0.0 <= args.faults <= 1.0:
        raise ValueError("--faults must be within [0, 1]")
    return SimConfig(
        time_scale=args.time_scale, order_rate_per_min=args.rate, seed=args.seed,
        expires_in=args.expires_in, clock_skew=timedelta(seconds=args.clock_skew),
        customer_cancel_rate=args.customer_cancels, refund_request_rate=args.refund_requests,
        faults=Faults.uniform(args.faults, hang_seconds=args.hang),
    )


def banner(server: SimulatorServer) -> str:
    """What to paste into the app: base URL and credentials."""
    creds, cfg = server.credentials, server.config
    merchants = "\n".join(f"                 {m}" for m in creds.merchant_ids[1:])
    lines = [
        "Keeta Open Delivery simulator",
        f"  base URL:      {server.base_url}",
        f"  client id:     {creds.client_id}",
        f"  client secret: {creds.client_secret}",
        f"  merchant ids:  {creds.merchant_ids[0]}",
        *([merchants] if merchants else []),
        f"  time scale {cfg.time_scale:g}, {cfg.order_rate_per_min:g} orders/min, seed {server.state.seed}",
        "Press Ctrl-C to stop.",
    ]
    return "\n".join(lines) + "\n"


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
    server = SimulatorServer(config, port=args.port, log_level="info" if args.verbose else "warning")
    try:
        try:
            server.start()
        except OSError as exc:
            sys.stderr.write(f"kds simulator: cannot listen on 127.0.0.1:{args.port}: {exc.strerror}\n")
            return 1
        sys.stdout.write(banner(server))
        sys.stdout.flush()
        # A timed wait keeps the main thread responsive to signals on every platform.
        while not stop.wait(0.5):
            pass
        return 0
    finally:
        server.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)

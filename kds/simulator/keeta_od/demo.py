"""This simulator in `kds --demo` and as `kds simulator` (its entry in `kds.simulator.registry`).

The demo serves the Open Delivery polling API on a free port, with the demo's order rate, faults
and time scale; the app polls it directly with the credentials it made up. `kds simulator` serves
the same simulator alone on a known port and prints those credentials to paste into Settings.
"""

from __future__ import annotations

import argparse
from datetime import timedelta

from kds.domain.order import Platform
from kds.simulator.keeta_od.config import Faults, SimConfig
from kds.simulator.keeta_od.server import SimulatorServer
from kds.simulator.spec import DemoOptions, RunningDemo, SimulatorCommand, SimulatorDemo

NAME = "Keeta Open Delivery simulator"

DEMO_HANG_SECONDS = 15.0
"""How long a hanging request waits in the demo: long enough to be seen, short of the app's timeout."""


def start_demo(options: DemoOptions) -> RunningDemo:
    """Serve the simulator for `kds --demo` (on a free port) and place the first orders if asked."""
    faults = Faults.uniform(options.faults, hang_seconds=DEMO_HANG_SECONDS) if options.faults else Faults()
    server = SimulatorServer(SimConfig(
        time_scale=options.time_scale, seed=options.seed, order_pace=options.pace,
        first_refund_after=options.first_refund_after, customer_cancel_rate=0.05, refund_request_rate=0.15,
        closed_after_timeout=60.0, faults=faults), clock=options.clock)
    server.start()
    try:
        if options.first_orders:
            server.state.create_order("delivery")
        creds = server.credentials
        return RunningDemo(
            platform=Platform.KEETA_OD, handle=server, stop=server.stop,
            values={"base_url": server.base_url, "client_id": creds.client_id,
                    "client_secret": creds.client_secret, "merchant_ids": tuple(creds.merchant_ids)},
            banner=(f"{NAME} at {server.base_url}",))
    except BaseException:
        server.stop()
        raise


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The simulator's own options of `kds simulator`."""
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


def config_from_args(args: argparse.Namespace) -> SimConfig:
    """A `SimConfig` for parsed arguments.

    Raises:
        ValueError: `--faults` outside [0, 1].
    """
    if not 0.0 <= args.faults <= 1.0:
        raise ValueError("--faults must be within [0, 1]")
    return SimConfig(
        time_scale=args.time_scale, order_rate_per_min=args.rate, seed=args.seed,
        expires_in=args.expires_in, clock_skew=timedelta(seconds=args.clock_skew),
        customer_cancel_rate=args.customer_cancels, refund_request_rate=args.refund_requests,
        faults=Faults.uniform(args.faults, hang_seconds=args.hang),
    )


def serve(config: SimConfig, port: int, log_level: str) -> SimulatorServer:
    """The server of `kds simulator` (not started)."""
    return SimulatorServer(config, port=port, log_level=log_level)


def banner(server: SimulatorServer) -> str:
    """What to paste into the app: base URL and credentials."""
    creds, cfg = server.credentials, server.config
    merchants = "\n".join(f"                 {m}" for m in creds.merchant_ids[1:])
    lines = [
        NAME,
        f"  base URL:      {server.base_url}",
        f"  client id:     {creds.client_id}",
        f"  client secret: {creds.client_secret}",
        f"  merchant ids:  {creds.merchant_ids[0]}",
        *([merchants] if merchants else []),
        f"  time scale {cfg.time_scale:g}, {cfg.order_rate_per_min:g} orders/min, seed {server.state.seed}",
        "Press Ctrl-C to stop.",
    ]
    return "\n".join(lines) + "\n"


COMMAND = SimulatorCommand(
    description="Serve a fake Keeta Open Delivery platform on 127.0.0.1 for demos, training and tests.",
    add_arguments=add_arguments, config=config_from_args, server=serve, banner=banner)

DEMO = SimulatorDemo(platform=Platform.KEETA_OD, start=start_demo, command=COMMAND)
"""This simulator's entry in `kds.simulator.registry`."""

"""The `kds` command line: the app, the headless engine, and the simulator, printer and relay tools.

Sub-commands live next to what they drive; this module only dispatches, so that `kds --help` stays
fast and the desktop app does not import the relay or the simulator it does not use.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Sequence

SUBCOMMANDS = {
    "simulator": "kds.simulator.cli",
    "print": "kds.printing.cli",
    "relay": "kds.relay.cli",
    "report": "kds.startup.report.cli",
}


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `kds` console script."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        module = importlib.import_module(SUBCOMMANDS[args[0]])
        return int(module.main(args[1:]))
    run = importlib.import_module("kds.app")
    return int(run.main(args))

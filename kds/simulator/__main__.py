"""`python -m kds.simulator` is `kds simulator`."""

import sys

from kds.simulator.cli import main

raise SystemExit(main(sys.argv[1:]))

"""The simulators KDS can run, one `SimulatorDemo` each (`kds.simulator.spec`), from their own packages.

`kds --demo` starts every one listed here; `kds simulator` serves `COMMAND`. Adding a simulator is
its package, with a `demo` module, and one line below.
"""

from __future__ import annotations

from kds.domain.order import Platform
from kds.simulator.gofood.demo import DEMO as GOFOOD
from kds.simulator.keeta_od.demo import COMMAND as KEETA_OD_COMMAND
from kds.simulator.keeta_od.demo import DEMO as KEETA_OD
from kds.simulator.keeta_std.demo import DEMO as KEETA_STD
from kds.simulator.spec import SimulatorCommand, SimulatorDemo
from kds.simulator.zeek.demo import DEMO as ZEEK

DEMOS: dict[Platform, SimulatorDemo] = {demo.platform: demo for demo in (KEETA_OD, KEETA_STD, GOFOOD, ZEEK)}
"""Every simulator's demo, in the order `kds --demo` starts them and the headless demo names them."""

COMMAND: SimulatorCommand = KEETA_OD_COMMAND
"""What `kds simulator` serves."""

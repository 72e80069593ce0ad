"""A faithful fake of Keeta's Open Delivery polling API (platform-apis.md §1 and §2).

`KeetaSimState` is the platform (pure, driven by an injected clock, thread-safe); `create_app`
serves it over HTTP; `SimulatorServer` runs it on 127.0.0.1 in a background thread.
"""

from kds.simulator.keeta_od.catalog import OptionSpec
from kds.simulator.keeta_od.config import Credentials, Faults, SimConfig
from kds.simulator.keeta_od.generator import ItemSpec
from kds.simulator.keeta_od.polling import PollRecord
from kds.simulator.keeta_od.server import AsyncSimulatorServer, SimulatorServer
from kds.simulator.keeta_od.state import ActionCall, KeetaSimState, OrderSnapshot, SimStats

__all__ = [
    "ActionCall",
    "AsyncSimulatorServer",
    "Credentials",
    "Faults",
    "ItemSpec",
    "KeetaSimState",
    "OptionSpec",
    "OrderSnapshot",
    "PollRecord",
    "SimConfig",
    "SimStats",
    "SimulatorServer",
]

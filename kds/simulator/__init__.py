"""Faithful fakes of the delivery platforms, served over real HTTP on 127.0.0.1.

They drive the app's demo and training mode and the end-to-end tests. Today there is one: Keeta's
Open Delivery polling API (`kds.simulator.keeta_od`), started with `kds simulator`.
"""

from kds.simulator.keeta_od import (
    ActionCall,
    AsyncSimulatorServer,
    Credentials,
    Faults,
    ItemSpec,
    KeetaSimState,
    OptionSpec,
    OrderSnapshot,
    PollRecord,
    SimConfig,
    SimStats,
    SimulatorServer,
)

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

"""A faithful fake of Keeta's Standard Order API (platform-apis.md §3): endpoints and webhooks.

`KeetaStdSimState` is the platform (driven by an injected clock, thread-safe); `create_app`
serves its endpoints; `SimulatorServer` runs it on 127.0.0.1 in a background thread and pushes
its signed webhooks (1001-1007) to `SimConfig.webhook_url`, normally a relay tenant's
`/hooks/keeta/{tenant}` (`hook_url`). `start_demo` starts a relay and the simulator feeding it.
Orders whose first `/order/get` answers are bad on purpose: `SimConfig.bad_get_rate`,
`KeetaStdSimState.spoil` (see `badgets.py`).
"""

from kds.simulator.keeta_std.badgets import BAD_GET_KINDS
from kds.simulator.keeta_std.catalog import AttrSpec, DishSpec
from kds.simulator.keeta_std.config import Credentials, SimConfig, hook_url
from kds.simulator.keeta_std.demo import KeetaStdDemo, RelayAck, start_demo
from kds.simulator.keeta_std.orders import ItemSpec
from kds.simulator.keeta_std.platform import ActionCall
from kds.simulator.keeta_std.server import AsyncSimulatorServer, SimulatorServer
from kds.simulator.keeta_std.state import KeetaStdSimState, OrderSnapshot
from kds.simulator.keeta_std.webhooks import Webhook, WebhookSender

__all__ = [
    "BAD_GET_KINDS",
    "ActionCall",
    "AsyncSimulatorServer",
    "AttrSpec",
    "Credentials",
    "DishSpec",
    "ItemSpec",
    "KeetaStdDemo",
    "KeetaStdSimState",
    "OrderSnapshot",
    "RelayAck",
    "SimConfig",
    "SimulatorServer",
    "Webhook",
    "WebhookSender",
    "hook_url",
    "start_demo",
]

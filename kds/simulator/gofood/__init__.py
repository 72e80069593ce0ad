"""A strict fake of GoFood / GoBiz (platform-apis.md §4): OAuth, the order endpoints, signed notifications.

`GoFoodSimState` is the platform (driven by an injected clock, thread-safe); `create_app` serves
GoBiz's endpoints (`api.py`); `SimulatorServer` runs it on 127.0.0.1 in a background thread and
pushes its notifications, signed with `X-Go-Signature`, to `SimConfig.webhook_url` (a relay
tenant's `/hooks/gofood/{tenant}`: `hook_url`), at least once, sometimes twice or out of order,
retrying on GoFood's schedule. `start_demo` starts a relay and the simulator feeding it.
"""

from kds.simulator.gofood.config import Credentials, SimConfig, hook_url
from kds.simulator.gofood.demo import GoFoodDemo, start_demo
from kds.simulator.gofood.server import AsyncSimulatorServer, SimulatorServer
from kds.simulator.gofood.state import ActionCall, GoFoodSimState, SimOrder, Webhook
from kds.simulator.gofood.webhooks import WebhookSender

__all__ = [
    "ActionCall",
    "AsyncSimulatorServer",
    "Credentials",
    "GoFoodDemo",
    "GoFoodSimState",
    "SimConfig",
    "SimOrder",
    "SimulatorServer",
    "Webhook",
    "WebhookSender",
    "hook_url",
    "start_demo",
]

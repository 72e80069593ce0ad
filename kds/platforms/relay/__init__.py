"""The relay reader every relay-fed platform shares: long-poll its own events, acknowledge them."""

from kds.platforms.relay.reader import ACK_BATCH, DEFAULT_WAIT, RelayClient

__all__ = ["ACK_BATCH", "DEFAULT_WAIT", "RelayClient"]

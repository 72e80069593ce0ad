"""The relay reader every relay-fed platform shares: long-poll its own events, acknowledge them, receipts."""

from kds.platforms.relay.reader import ACK_BATCH, DEFAULT_WAIT, RECEIPT_TYPE, WHOLE_STORE, RelayClient
from kds.platforms.relay.receipts import Receipts

__all__ = ["ACK_BATCH", "DEFAULT_WAIT", "RECEIPT_TYPE", "WHOLE_STORE", "Receipts", "RelayClient"]

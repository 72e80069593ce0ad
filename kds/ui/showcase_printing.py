"""Printers for the showcase board: a kitchen printer and a counter printer with a day's print jobs.

`start_showcase_printing` gives the showcase store a real print queue whose printers are scripted
(`ShowcaseTransport`: no network, no files), so the pictures show the real status bar, drawer and
cards: every accepted order's kitchen ticket and receipt printed a few seconds after it was
accepted, and, with `kitchen_down`, the kitchen printer unreachable and one order's ticket not
printed (a red line on its card, a warning in the status bar, Retry in its drawer).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from kds.clock import Clock
from kds.domain.order import OrderKey
from kds.platforms.registry import LABELS
from kds.printing.config import PrinterConfig, PrintSettings, StoreSettings
from kds.printing.document import DocKind, to_json
from kds.printing.queue import PrintQueue
from kds.printing.transports import Online, Paper, PrinterStatus, TransportError
from kds.store.db import Database
from kds.store.orders import OrderRepository
from kds.store.print_jobs import PrintJobRepository

SHOWCASE_PRINTING = PrintSettings(
    printers=(PrinterConfig(name="Kitchen", target="tcp://192.168.1.50:9100",
                            kinds=frozenset({DocKind.KITCHEN, DocKind.CANCEL, DocKind.TEST})),
              PrinterConfig(name="Counter", target="tcp://192.168.1.51:9100",
                            kinds=frozenset({DocKind.RECEIPT, DocKind.REFUND, DocKind.TEST}))),
    store=StoreSettings(name="Corner Kitchen", lines=("100 Market Street", "Tel 2345 6789"),
                        footer=("Thank you! 多謝！ Obrigado!",)),
)
"""The showcase station's printers and receipt header."""

UNREACHABLE = "cannot reach printer 192.168.1.50:9100: timed out"


@dataclass
class ShowcaseTransport:
    """A printer that answers like an Epson with paper, or cannot be reached at all."""

    name: str
    reachable: bool = True

    def open(self) -> None:
        """Connect, or time out."""
        if not self.reachable:
            raise TransportError(UNREACHABLE)

    def status(self) -> PrinterStatus:
        """Online, paper OK."""
        return PrinterStatus(Online.ONLINE, Paper.OK)

    def write(self, data: bytes) -> None:
        """Printed."""

    def close(self) -> None:
        """Nothing to close."""


async def start_showcase_printing(db: Database, clock: Clock, keys: list[OrderKey], *,
                                  kitchen_down: bool = False, failed: OrderKey | None = None) -> PrintQueue:
    """A started print queue on `db` with the print jobs of the orders `keys` (see the module docs).

    `failed` is the order whose kitchen ticket did not print while the kitchen printer is down.
    """
    def transport(config: PrinterConfig) -> ShowcaseTransport:
        return ShowcaseTransport(config.name, reachable=not (kitchen_down and config.name == "Kitchen"))

    queue = PrintQueue(PrintJobRepository(db), SHOWCASE_PRINTING, clock, transport_factory=transport,
                       platform_names=LABELS)
    ledger = PrintJobRepository(db)
    orders = OrderRepository(db)
    now = clock.now()
    with db.transaction():
        for key in keys:
            stored = orders.get(key)
            accepted = stored.status.accepted_at if stored is not None else None
            if stored is None or accepted is None:
                continue
            for printer in SHOWCASE_PRINTING.printers:
                kind = DocKind.KITCHEN if printer.name == "Kitchen" else DocKind.RECEIPT
                doc = queue.document(stored.order, kind, printer)
                job_id = ledger.add(order_key=str(key), kind=kind.value, revision="1", route=printer.name,
                                    printer=printer.name, document=to_json(doc), title=doc.title, auto=True,
                                    now=accepted)
                if job_id is None:
                    continue
                ledger.mark_sending(job_id, accepted + timedelta(seconds=1))
                if kitchen_down and key == failed and kind is DocKind.KITCHEN:
                    ledger.mark_failed(job_id, now - timedelta(seconds=10), UNREACHABLE, partial=False,
                                       retry_at=now + timedelta(seconds=40))
                else:
                    ledger.mark_done(job_id, accepted + timedelta(seconds=3))
    await queue.start()
    for printer in SHOWCASE_PRINTING.printers:
        await queue.probe(printer.name)
    return queue

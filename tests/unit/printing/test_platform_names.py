"""Printing knows no platform by name: the caller's labels say what an order's platform is called on paper."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest

import kds.printing
from kds.clock import FakeClock
from kds.domain.order import OrderKey, Platform
from kds.printing.config import PrintSettings
from kds.printing.document import DocKind, Row, Text, TicketDoc
from kds.printing.layout import cancel_slip, delivery_slip, kitchen_ticket, platform_labels, receipt, refund_slip
from kds.printing.queue import PrintQueue
from kds.printing.samples import sample_order, sample_own_delivery, sample_refund, sample_status
from kds.store.db import Database
from kds.store.print_jobs import PrintJobRepository


def platform_shown(doc: TicketDoc) -> str:
    """The platform a document names: its heading's `<platform> · <type>` line, or the receipt's order row."""
    for block in doc.blocks:
        if isinstance(block, Text) and " · " in block.text:
            return block.text.split(" · ")[0]
        if isinstance(block, Row) and block.left.startswith("Order #"):
            return block.right
    raise AssertionError("the document names no platform")


def documents(platform: Platform, **kw: Any) -> list[TicketDoc]:
    order = replace(sample_order("pt"), key=OrderKey(platform, "o1"))
    own, rider = sample_own_delivery("pt")
    own = replace(own, key=order.key)
    items, refunded = sample_refund(order)
    return [kitchen_ticket(order, **kw), receipt(order, **kw),
            cancel_slip(order, sample_status(order), **kw), delivery_slip(own, rider, **kw),
            refund_slip(order, items, refunded, **kw)]


def test_every_document_prints_the_platform_name_it_is_given() -> None:
    for doc in documents(Platform.GOFOOD, labels=platform_labels({Platform.GOFOOD: "Brand"}), tz=UTC):
        assert platform_shown(doc) == "Brand", doc.kind


def test_a_label_for_the_platform_wins_and_without_a_name_the_value_is_printed() -> None:
    labels = platform_labels({Platform.GOFOOD: "Brand"}, {"gofood": "Ours"})
    for doc in documents(Platform.GOFOOD, labels=labels):
        assert platform_shown(doc) == "Ours", doc.kind
    for doc in documents(Platform.GOFOOD):
        assert platform_shown(doc) == "gofood", doc.kind
    for doc in documents(Platform.FAKE):  # the test platform has a default label
        assert platform_shown(doc) == "Training", doc.kind


def test_the_print_queue_names_each_order_by_its_platform(tmp_path: Path) -> None:
    queue = PrintQueue(PrintJobRepository(Database(tmp_path / "kds.sqlite3")), PrintSettings(), FakeClock(),
                       platform_names={Platform.GOFOOD: "Brand", Platform.ZEEK: "Other"})
    for platform, shown in ((Platform.GOFOOD, "Brand"), (Platform.ZEEK, "Other"), (Platform.KEETA_OD, "keeta_od")):
        order = replace(sample_order("en"), key=OrderKey(platform, "o1"))
        for kind in (DocKind.KITCHEN, DocKind.RECEIPT, DocKind.CANCEL, DocKind.DELIVERY):
            assert platform_shown(queue.document(order, kind)) == shown, (platform, kind)


@pytest.mark.parametrize("path", sorted(Path(kds.printing.__file__).parent.glob("*.py")), ids=lambda p: p.name)
def test_printing_names_no_platform(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for platform in Platform:
        if platform is not Platform.FAKE:
            assert not re.search(re.escape(platform.value), text, re.IGNORECASE), f"{path.name}: {platform.value}"
            assert f"Platform.{platform.name}" not in text, path.name

"""The printable document: what a ticket says, independent of paper width, printer and encoding.

`layout.py` turns an order into a `TicketDoc` of blocks (paragraphs, label/amount rows, rules, a QR
code). `fit()` then lays the blocks out for a number of columns (32 on 58 mm paper, 48 on 80 mm), which
is what `render.py` turns into bytes and what an on-screen preview draws. The document is stored as
JSON in the print ledger, so a retry, a reprint or a fallback printer of another width can render it
again without the order at hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

from kds.printing.textwidth import pad_between, text_width, wrap


class DocKind(StrEnum):
    """What a document is for; printers are routed by kind."""

    KITCHEN = "kitchen"
    RECEIPT = "receipt"
    CANCEL = "cancel"
    REFUND = "refund"
    DELIVERY = "delivery"  # the slip our own rider takes along
    TEST = "test"
    REPORT = "report"  # the end-of-day slip (printed where receipts are)


class Align(StrEnum):
    """Horizontal alignment of a line."""

    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


@dataclass(frozen=True, slots=True)
class Style:
    """How a line is printed. `width`/`height` are character magnifications (1 to 8)."""

    align: Align = Align.LEFT
    bold: bool = False
    underline: bool = False
    invert: bool = False
    width: int = 1
    height: int = 1


PLAIN = Style()


@dataclass(frozen=True, slots=True)
class Text:
    """A paragraph, wrapped to the paper. `indent` prefixes every line, `hang` only the continuations."""

    text: str
    style: Style = PLAIN
    indent: int = 0
    hang: int = 0


@dataclass(frozen=True, slots=True)
class Row:
    """A label on the left and an amount flush right (the label wraps, the amount stays on line one)."""

    left: str
    right: str
    style: Style = PLAIN
    indent: int = 0


@dataclass(frozen=True, slots=True)
class Rule:
    """A separator across the paper."""

    char: str = "-"


@dataclass(frozen=True, slots=True)
class Feed:
    """Blank lines."""

    lines: int = 1


@dataclass(frozen=True, slots=True)
class QR:
    """A QR code (`size` is the module size in dots), centred."""

    data: str
    size: int = 6


Block = Text | Row | Rule | Feed | QR


@dataclass(frozen=True, slots=True)
class TicketDoc:
    """A whole document. `drawer` asks for a cash-drawer kick (only printers configured for it obey)."""

    kind: DocKind
    title: str
    blocks: tuple[Block, ...]
    cut: bool = True
    drawer: bool = False
    stamp: str = ""

    def with_stamp(self, stamp: str) -> TicketDoc:
        """The same document stamped (e.g. "REPRINT #2") at top and bottom; a stamped copy never kicks the drawer."""
        return replace(self, stamp=stamp, drawer=False)


@dataclass(frozen=True, slots=True)
class Line:
    """One printed line after fitting: `left` and an optional flush-right `right`, in one style."""

    left: str
    right: str = ""
    style: Style = field(default=PLAIN)

    def compose(self, columns: int) -> str:
        """The line as fixed-pitch text of at most `columns` // magnification columns (no alignment padding)."""
        room = max(1, columns // self.style.width)
        return pad_between(self.left, self.right, room) if self.right else self.left


PrintItem = Line | Feed | QR

STAMP_STYLE = Style(align=Align.CENTER, bold=True, invert=True, width=2, height=2)


def _fit_text(block: Text, room: int) -> list[Line]:
    lines = wrap(block.text, max(1, room - block.indent - block.hang))
    pad = " " * block.indent
    return [Line(pad + (" " * block.hang if i else "") + line, "", block.style) for i, line in enumerate(lines)]


def _fit_row(block: Row, room: int) -> list[Line]:
    pad = " " * block.indent
    right_width = text_width(block.right)
    label_room = room - block.indent - right_width - 1
    if label_room < 8:  # the amount does not leave enough room: give it a line of its own
        label = [Line(pad + line, "", block.style) for line in wrap(block.left, room - block.indent)]
        return [*label, Line("", block.right, block.style)]
    parts = wrap(block.left, label_room)
    first = Line(pad + parts[0], block.right, block.style)
    return [first, *(Line(pad + part, "", block.style) for part in parts[1:])]


def fit(doc: TicketDoc, columns: int) -> list[PrintItem]:
    """Lay `doc` out for paper `columns` wide: wrapped lines, rules drawn, stamps added."""
    items: list[PrintItem] = []
    blocks: list[Block] = list(doc.blocks)
    if doc.stamp:
        stamp = Text(doc.stamp, STAMP_STYLE)
        blocks = [stamp, Feed(), *blocks, Feed(), stamp]
    for block in blocks:
        if isinstance(block, Text):
            items.extend(_fit_text(block, columns // block.style.width))
        elif isinstance(block, Row):
            items.extend(_fit_row(block, columns // block.style.width))
        elif isinstance(block, Rule):
            items.append(Line(block.char * columns))
        else:
            items.append(block)
    return items


def preview(doc: TicketDoc, columns: int) -> str:
    """Plain fixed-pitch text of the document (rules, QR codes and stamps shown in brackets), for logs and tests."""
    out = []
    for item in fit(doc, columns):
        if isinstance(item, Feed):
            out.extend([""] * item.lines)
        elif isinstance(item, QR):
            out.append(f"[QR {item.data}]")
        else:
            room = columns // item.style.width
            text = item.compose(columns)
            gap = max(0, room - text_width(text)) * item.style.width  # magnified text takes more columns
            if item.style.align is Align.CENTER:
                text = " " * (gap // 2) + text
            elif item.style.align is Align.RIGHT:
                text = " " * gap + text
            out.append(text.rstrip())
    return "\n".join(out)


# --- JSON, for the print ledger -------------------------------------------------------------------

def _style_data(style: Style) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in ("align", "bold", "underline", "invert", "width", "height"):
        value = getattr(style, name)
        if value != getattr(PLAIN, name):
            data[name] = value.value if isinstance(value, StrEnum) else value
    return data


def _block_data(block: Block) -> dict[str, Any]:
    if isinstance(block, Text):
        return {"t": "text", "text": block.text, "style": _style_data(block.style), "indent": block.indent,
                "hang": block.hang}
    if isinstance(block, Row):
        return {"t": "row", "left": block.left, "right": block.right, "style": _style_data(block.style),
                "indent": block.indent}
    if isinstance(block, Rule):
        return {"t": "rule", "char": block.char}
    if isinstance(block, Feed):
        return {"t": "feed", "lines": block.lines}
    return {"t": "qr", "data": block.data, "size": block.size}


def _style(data: dict[str, Any]) -> Style:
    return Style(align=Align(data.get("align", "left")), bold=bool(data.get("bold", False)),
                 underline=bool(data.get("underline", False)), invert=bool(data.get("invert", False)),
                 width=int(data.get("width", 1)), height=int(data.get("height", 1)))


def _block(data: dict[str, Any]) -> Block:
    tag = data["t"]
    if tag == "text":
        return Text(data["text"], _style(data["style"]), int(data["indent"]), int(data["hang"]))
    if tag == "row":
        return Row(data["left"], data["right"], _style(data["style"]), int(data["indent"]))
    if tag == "rule":
        return Rule(data["char"])
    if tag == "feed":
        return Feed(int(data["lines"]))
    if tag == "qr":
        return QR(data["data"], int(data["size"]))
    raise ValueError(f"unknown block type {tag!r}")


def to_json(doc: TicketDoc) -> str:
    """Serialise a document (for the print ledger)."""
    return json.dumps({"kind": doc.kind.value, "title": doc.title, "cut": doc.cut, "drawer": doc.drawer,
                       "stamp": doc.stamp, "blocks": [_block_data(b) for b in doc.blocks]},
                      ensure_ascii=False, separators=(",", ":"))


def from_json(text: str) -> TicketDoc:
    """Inverse of `to_json`."""
    data = json.loads(text)
    return TicketDoc(kind=DocKind(data["kind"]), title=data["title"], cut=bool(data["cut"]),
                     drawer=bool(data["drawer"]), stamp=data.get("stamp", ""),
                     blocks=tuple(_block(b) for b in data["blocks"]))

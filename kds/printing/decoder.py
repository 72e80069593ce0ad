"""A small ESC/POS decoder: print-job bytes back to readable text, images and commands.

Written here because no maintained, installable decoder exists (escpos-tools is PHP and needs
Packagist; the emulators are desktop apps). It knows the commands python-escpos emits and the common
ones around them, each with its length, so it never loses its place; text is decoded with the code
page the job selected (slot numbers read from the same printer profile), images are reported with
their size, QR codes with their payload. Golden tests store its output so a diff reads like a ticket.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PIL import Image, ImageOps

from kds.printing.escpos_compat import profile_codepages, python_codec

ESC, GS, FS, DLE, LF = 0x1B, 0x1D, 0x1C, 0x10, 0x0A
_ALIGN = {0: "left", 1: "center", 2: "right", 48: "left", 49: "center", 50: "right"}
_CUT = {0: "full", 48: "full", 1: "partial", 49: "partial", 65: "full", 66: "partial"}
# ESC commands with one parameter byte, and what they set.
_ESC_1 = {ord("t"): "codepage", ord("E"): "bold", ord("-"): "underline", ord("!"): "mode", ord("a"): "align",
          ord("M"): "font", ord("G"): "double_strike", ord("V"): "rotate", ord("{"): "upside_down",
          ord("d"): "feed", ord("J"): "feed_dots", ord("3"): "line_spacing", ord("U"): "unidirectional",
          ord("r"): "color", ord("R"): "charset", ord("c"): None}
_GS_1 = {ord("!"): "size", ord("B"): "invert", ord("h"): "barcode_height", ord("w"): "barcode_width",
         ord("H"): "barcode_text", ord("f"): "barcode_font", ord("a"): "asb", ord("b"): "smooth"}


@dataclass(frozen=True, slots=True)
class Event:
    """One decoded thing: its `kind`, and a `value` that depends on the kind.

    `kind` is text, lf, init, codepage, align, bold, underline, invert, size, font, feed, cut, drawer,
    raster, qr, barcode, status or unknown.
    """

    kind: str
    value: Any = None


@dataclass(frozen=True, slots=True)
class Raster:
    """A raster image in the job (`image` is a PIL "1" image, black text on white)."""

    width: int
    height: int
    image: Image.Image


class _Decoder:
    def __init__(self, data: bytes, codepages: dict[int, str]) -> None:
        self.data = data
        self.pos = 0
        self.codepages = codepages
        self.slot = 0
        self.events: list[Event] = []
        self.text = bytearray()
        self.qr: dict[str, Any] = {}

    def byte(self, offset: int) -> int:
        index = self.pos + offset
        return self.data[index] if index < len(self.data) else 0

    def u16(self, offset: int) -> int:
        return self.byte(offset) + 256 * self.byte(offset + 1)

    def emit(self, kind: str, value: Any = None) -> None:
        self.flush()
        self.events.append(Event(kind, value))

    def flush(self) -> None:
        if self.text:
            codec = python_codec(self.codepages.get(self.slot, "CP437"))
            try:
                decoded = bytes(self.text).decode(codec, errors="replace")
            except LookupError:
                decoded = bytes(self.text).decode("latin-1")
            self.events.append(Event("text", decoded))
            self.text.clear()

    def run(self) -> list[Event]:
        while self.pos < len(self.data):
            b = self.data[self.pos]
            if b == ESC:
                self.pos += self.esc()
            elif b == GS:
                self.pos += self.gs()
            elif b == FS:
                self.pos += 3 if self.byte(1) in (ord("C"), ord("!")) else (4 if self.byte(1) == ord("p") else 2)
            elif b == DLE and self.byte(1) == 0x04:
                self.emit("status", self.byte(2))
                self.pos += 3
            elif b == LF:
                self.emit("lf")
                self.pos += 1
            elif b == 0x0D:
                self.pos += 1
            else:
                self.text.append(b)
                self.pos += 1
        self.flush()
        return self.events

    def esc(self) -> int:
        cmd = self.byte(1)
        if cmd == ord("@"):
            self.slot = 0
            self.emit("init")
            return 2
        if cmd == ord("2"):
            self.emit("line_spacing", None)
            return 2
        if cmd == ord("p"):
            self.emit("drawer", 2 if self.byte(2) in (0, 48) else 5)
            return 5
        if cmd == ord("*"):
            columns = self.u16(3)
            depth = 3 if self.byte(2) in (32, 33) else 1
            self.emit("column_image", (columns, depth * 8))
            return 5 + columns * depth
        if cmd in _ESC_1:
            name, n = _ESC_1[cmd], self.byte(2)
            if cmd == ord("c"):
                return 4
            if name == "codepage":
                self.slot = n
                self.emit("codepage", (n, self.codepages.get(n, "?")))
            elif name == "mode":
                self.emit("size", (2 if n & 0x20 else 1, 2 if n & 0x10 else 1))
                self.emit("bold", bool(n & 0x08))
            elif name == "align":
                self.emit("align", _ALIGN.get(n, str(n)))
            elif name in ("bold", "double_strike", "rotate", "upside_down"):
                self.emit(name, bool(n & 1))
            else:
                self.emit(str(name), n)
            return 3
        self.emit("unknown", bytes(self.data[self.pos:self.pos + 2]))
        return 2

    def gs(self) -> int:
        cmd = self.byte(1)
        if cmd == ord("V"):
            m = self.byte(2)
            self.emit("cut", _CUT.get(m, str(m)))
            return 4 if m in (65, 66) else 3
        if cmd == ord("v") and self.byte(2) in (0, 48):
            width_bytes, height = self.u16(4), self.u16(6)
            start = self.pos + 8
            data = self.data[start:start + width_bytes * height]
            image = Image.frombytes("1", (width_bytes * 8, height), bytes(data).ljust(width_bytes * height, b"\0"))
            self.emit("raster", Raster(width_bytes * 8, height, ImageOps.invert(image.convert("L")).convert("1")))
            return 8 + width_bytes * height
        if cmd == ord("(") and self.byte(2) in (ord("k"), ord("L")):
            size = self.u16(3)
            body = self.data[self.pos + 5:self.pos + 5 + size]
            if self.byte(2) == ord("k"):
                self.two_d(body)
            else:
                self.graphics(body)
            return 5 + size
        if cmd == ord("k"):
            return self.barcode()
        if cmd in (ord("L"), ord("W")):
            self.emit("margin" if cmd == ord("L") else "print_width", self.u16(2))
            return 4
        if cmd in _GS_1:
            name, n = _GS_1[cmd], self.byte(2)
            if name == "size":
                self.emit("size", ((n >> 4) + 1, (n & 0x0F) + 1))
            elif name == "invert":
                self.emit("invert", bool(n & 1))
            else:
                self.emit(name, n)
            return 3
        self.emit("unknown", bytes(self.data[self.pos:self.pos + 2]))
        return 2

    def two_d(self, body: bytes) -> None:
        if len(body) < 2 or body[0] != ord("1"):
            self.emit("2d_code", bytes(body[:2]))
            return
        fn = body[1]
        if fn == 67:
            self.qr["size"] = body[2] if len(body) > 2 else 0
        elif fn == 80:
            self.qr["data"] = bytes(body[3:]).decode("utf-8", errors="replace")
        elif fn == 81:
            self.emit("qr", (self.qr.get("data", ""), self.qr.get("size", 0)))

    def graphics(self, body: bytes) -> None:
        if len(body) >= 10 and body[1] in (ord("p"), 112):
            width, height = body[6] + 256 * body[7], body[8] + 256 * body[9]
            self.emit("graphics", (width, height))

    def barcode(self) -> int:
        m = self.byte(2)
        if m <= 6:
            end = self.data.find(b"\0", self.pos + 3)
            end = len(self.data) if end < 0 else end
            self.emit("barcode", bytes(self.data[self.pos + 3:end]).decode("latin-1"))
            return end + 1 - self.pos
        n = self.byte(3)
        self.emit("barcode", bytes(self.data[self.pos + 4:self.pos + 4 + n]).decode("latin-1"))
        return 4 + n


def decode(data: bytes, profile: str = "default", codepages: dict[int, str] | None = None) -> list[Event]:
    """The events of a print job. Code page slots are read from `profile` unless `codepages` is given."""
    return _Decoder(data, codepages if codepages is not None else profile_codepages(profile)).run()


def _tag(event: Event) -> str:
    kind, value = event.kind, event.value
    if kind == "raster":
        return f"[raster {value.width}x{value.height}]"
    if kind == "qr":
        return f"[qr {value[0]!r} size {value[1]}]"
    if kind == "codepage":
        return f"[codepage {value[0]} {value[1]}]"
    if kind == "size":
        return f"[size {value[0]}x{value[1]}]"
    if kind in ("bold", "invert", "double_strike", "rotate", "upside_down"):
        return f"[{kind} {'on' if value else 'off'}]"
    if kind == "drawer":
        return f"[drawer pin {value}]"
    if value is None:
        return f"[{kind}]"
    return f"[{kind} {value}]"


def to_text(events: list[Event]) -> str:
    """A readable listing: printed lines as text, everything else as `[command]` lines."""
    lines: list[str] = []
    current: str | None = None
    for event in events:
        if event.kind == "text":
            current = (current or "") + event.value
        elif event.kind == "lf":
            lines.append(current or "")
            current = None
        elif current is not None:
            current += "{" + _tag(event)[1:-1] + "}"  # a command in the middle of a line
        else:
            lines.append(_tag(event))
    if current is not None:
        lines.append(current)
    return "\n".join(lines) + "\n"


def printed_text(events: list[Event]) -> str:
    """Only the text that prints, line by line (no commands, no images)."""
    return "\n".join(line for line in to_text([e for e in events if e.kind in ("text", "lf")]).splitlines())


def rasters(events: list[Event]) -> list[Raster]:
    """The raster images of a job, in order."""
    return [e.value for e in events if e.kind == "raster"]

"""From a `TicketDoc` to the bytes of a print job, with python-escpos writing into a `Dummy` printer.

Text goes out in the printer's configured code page, forced with `ESC t` (never guessed, and never
python-escpos' GB18030 shortcut for Chinese, which only works on printers booted in Chinese mode).
Every line that code page cannot encode is drawn as an image instead (`raster.py`), automatically,
and consecutive drawn lines are sent as one image split into fragments of `fragment_height` rows so
that a printer's input buffer never overflows (python-escpos #628, #662).
"""

from __future__ import annotations

from PIL import Image

from kds.printing.document import PLAIN, QR, Align, Feed, Line, Style, TicketDoc, fit
from kds.printing.escpos_compat import Dummy, Escpos, new_printer, python_codec, select_codepage
from kds.printing.fonts import FontSet
from kds.printing.options import CutMode, QrMode, RenderOptions
from kds.printing.raster import render_line, stack

# Typographic characters most code pages lack, and what to print instead of drawing the line.
FOLD = {"—": "-", "–": "-", "‘": "'", "’": "'", "“": '"', "”": '"', "…": "...", "·": "-", "\u00a0": " ",
        "•": "*", "€": "EUR"}


def fold(text: str, codec: str) -> str:
    """Replace typographic characters the code page lacks by plain ones (an em dash by a hyphen...)."""
    out = []
    for char in text:
        if char in FOLD and not encodable(char, codec):
            out.append(FOLD[char])
        else:
            out.append(char)
    return "".join(out)


def encodable(text: str, codec: str) -> bool:
    """True when `text` can be printed as text in `codec`."""
    try:
        text.encode(codec)
    except (UnicodeEncodeError, LookupError):
        return False
    return True


class _Writer:
    """Writes fitted lines into an escpos printer, sending a style command only when the style changes."""

    def __init__(self, printer: Escpos, options: RenderOptions, fonts: FontSet | None) -> None:
        self.p = printer
        self.options = options
        self.fonts = fonts
        self.codec = python_codec(options.codepage)
        self.style = PLAIN
        self.rasters: list[Image.Image] = []

    def reset(self) -> None:
        self.p.hw("INIT")
        select_codepage(self.p, self.options.codepage)  # ESC @ reset the printer's code page
        self.style = PLAIN

    def set_style(self, style: Style) -> None:
        old, p = self.style, self.p
        if style.align != old.align:
            p.set(align=style.align.value)
        if style.bold != old.bold:
            p.set(bold=style.bold)
        if style.underline != old.underline:
            p.set(underline=1 if style.underline else 0)
        if style.invert != old.invert:
            p.set(invert=style.invert)
        if (style.width, style.height) != (old.width, old.height):
            # GS ! rather than ESC !: ESC ! also selects the font, which would reset the code page.
            p.set(custom_size=True, width=style.width, height=style.height)
        self.style = style

    def line(self, item: Line) -> None:
        text = fold(item.compose(self.options.columns), self.codec)
        if encodable(text, self.codec):
            self.flush()
            self.set_style(item.style)
            self.p.textln(text)
        else:
            folded = Line(fold(item.left, self.codec), fold(item.right, self.codec), item.style)
            self.rasters.append(render_line(folded, self.options.dots, self.options.columns, self.fonts))

    def flush(self) -> None:
        if not self.rasters:
            return
        image, self.rasters = stack(self.rasters), []
        self.p.image(image, impl=self.options.image_impl, fragment_height=self.options.fragment_height)

    def qr(self, item: QR) -> None:
        self.flush()
        self.set_style(Style(align=Align.CENTER))
        native = self.options.qr is QrMode.NATIVE or (
            self.options.qr is QrMode.AUTO and bool(self.p.profile.supports("qrCode")))
        if native:
            self.p.qr(item.data, size=item.size, native=True)
            self.p.ln()
        else:
            self.p.qr(item.data, size=max(2, item.size // 2), native=False, center=True,
                      image_arguments={"impl": self.options.image_impl,
                                       "fragment_height": self.options.fragment_height})

    def feed(self, item: Feed) -> None:
        self.flush()
        self.set_style(PLAIN)
        self.p.ln(item.lines)


def render(doc: TicketDoc, options: RenderOptions, *, copies: int = 1, footer: str = "",
           fonts: FontSet | None = None) -> bytes:
    """The bytes that print `copies` copies of `doc` on a printer configured by `options`.

    Args:
        doc: the document.
        options: paper, profile, code page and the printer's preferences.
        copies: how many copies (each starts with `ESC @` and ends with its own cut).
        footer: a small line printed at the very end (e.g. the job number, to recognise duplicates).
        fonts: fonts for drawn lines; found on the system when needed and omitted.

    Raises:
        FontNotFoundError: a line needs drawing and no suitable font is installed.
        ProfileError: the profile or code page setting is unusable.
    """
    printer = new_printer(Dummy, options.profile, dots=options.dots, columns=options.columns,
                          codepage=options.codepage, codepage_slot=options.codepage_slot)
    writer = _Writer(printer, options, fonts)
    items = fit(doc, options.columns)
    if footer:
        items.append(Line("", footer))
    for number in range(max(1, copies)):
        writer.reset()
        if doc.drawer and options.drawer_pin is not None and number == 0:
            printer.cashdraw(options.drawer_pin)
        for item in items:
            if isinstance(item, Line):
                writer.line(item)
            elif isinstance(item, QR):
                writer.qr(item)
            else:
                writer.feed(item)
        writer.flush()
        writer.set_style(PLAIN)
        if doc.cut and options.cut is not CutMode.NONE:
            printer.cut(mode="PART" if options.cut is CutMode.PARTIAL else "FULL")
        else:
            printer.print_and_feed(4)
    return bytes(printer.output)

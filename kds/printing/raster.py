"""Drawing lines the printer cannot encode (Chinese, Thai, Vietnamese...) as 1-bit images.

Each line is drawn with Pillow (with libraqm shaping when Pillow has it, so Thai marks stack on their
consonants) at the scale of the printer's font A: 24-dot characters on a 12-dot column grid, so a
drawn line lines up with the printed text lines around it. The result is thresholded to pure black and
white here, because escpos' own conversion dithers and speckles the edges of text.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from kds.printing.document import QR, Align, Feed, Line, TicketDoc, fit
from kds.printing.fonts import FontFile, FontSet, find_fonts

BASE_PX = 24  # font A is 12 x 24 dots
_MISSING = "\U0010fffd"  # a private-use code point no font draws: what a missing glyph looks like
_lock = threading.Lock()  # FreeType faces are not safe to share between printer threads


def _layout_engine() -> ImageFont.Layout:
    from PIL import features

    return ImageFont.Layout.RAQM if features.check("raqm") else ImageFont.Layout.BASIC


@lru_cache(maxsize=64)
def _font(file: FontFile, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(file.path, size, index=file.index, layout_engine=_layout_engine())


def _signature(file: FontFile, char: str) -> bytes:
    image = Image.new("L", (BASE_PX * 2, BASE_PX * 2))
    ImageDraw.Draw(image).text((2, 2), char, font=_font(file, BASE_PX), fill=255)
    return image.tobytes()


@lru_cache(maxsize=8192)
def _has_glyph(file: FontFile, char: str) -> bool:
    return _signature(file, char) != _signature(file, _MISSING)


def _is_thai(char: str) -> bool:
    return "\u0e00" <= char <= "\u0e7f"


def _runs(text: str, fonts: FontSet) -> list[tuple[FontFile, str]]:
    """Split `text` into runs that one font draws (Thai to the Thai font, the rest to the first that has it)."""
    runs: list[tuple[FontFile, str]] = []
    for char in text:
        if _is_thai(char) and fonts.thai is not None:
            file = fonts.thai
        elif char.isspace() or _has_glyph(fonts.main, char):
            file = fonts.main
        else:
            file = next((f for f in fonts.fallbacks if _has_glyph(f, char)), fonts.main)
        if runs and runs[-1][0] == file:
            runs[-1] = (file, runs[-1][1] + char)
        else:
            runs.append((file, char))
    return runs


def _draw_text(text: str, fonts: FontSet, size: int, bold: bool, height: int, baseline: int) -> Image.Image:
    """`text` drawn black on white, as wide as it needs."""
    runs = _runs(text, fonts)
    widths = [round(_font(f, size).getlength(run)) for f, run in runs]
    image = Image.new("L", (max(1, sum(widths) + 2), height), 255)
    draw = ImageDraw.Draw(image)
    x = 0
    for (file, run), width in zip(runs, widths, strict=True):
        draw.text((x, baseline), run, font=_font(file, size), fill=0, anchor="ls",
                  stroke_width=1 if bold else 0, stroke_fill=0)
        x += width
    return image


def _squeeze(image: Image.Image, width: int, factor: float) -> Image.Image:
    """Scale horizontally by `factor` (double-height-only text), then shrink to `width` if still too wide."""
    target = max(1, int(image.width * factor))
    target = min(target, max(1, width))
    if target == image.width:
        return image
    return image.resize((target, image.height), Image.Resampling.LANCZOS)


def render_line(line: Line, dots: int, columns: int, fonts: FontSet | None = None) -> Image.Image:
    """One fitted line as a 1-bit image `dots` wide (black is 0), in the line's style.

    Args:
        line: the fitted line (left part, optional flush-right part, style).
        dots: printable width of the paper in dots.
        columns: font A columns of the paper (sets the character scale and the indent grid).
        fonts: fonts to use; found on the system when omitted.
    """
    style = line.style
    size = BASE_PX * style.height
    height = round(size * 1.5)
    if not line.right and len(line.left) >= 8 and set(line.left) in ({"-"}, {"="}):
        return _rule(dots, height, double=line.left[0] == "=")
    fonts = fonts or find_fonts()
    baseline = round(size * 1.1)
    column_px = dots / columns * style.width
    factor = style.width / style.height
    stripped = line.left.lstrip(" ")
    indent = round((len(line.left) - len(stripped)) * column_px)
    with _lock:
        left = _draw_text(stripped, fonts, size, style.bold, height, baseline) if stripped else None
        right = _draw_text(line.right, fonts, size, style.bold, height, baseline) if line.right else None
    canvas = Image.new("L", (dots, height), 255)
    right_w = 0
    if right is not None:
        right = _squeeze(right, dots // 2, factor)
        right_w = right.width
        canvas.paste(right, (dots - right_w, 0))
    if left is not None:
        room = dots - indent - (right_w + int(column_px) if right is not None else 0)
        left = _squeeze(left, room, factor)
        if style.align is Align.CENTER and right is None:
            x = (dots - left.width) // 2
        elif style.align is Align.RIGHT and right is None:
            x = dots - left.width
        else:
            x = indent
        canvas.paste(left, (x, 0))
    if style.underline:
        ImageDraw.Draw(canvas).line([(0, height - 3), (dots, height - 3)], fill=0, width=2)
    if style.invert:
        return canvas.point(lambda v: 255 if v < 128 else 0, "1")
    return canvas.point(lambda v: 0 if v < 128 else 255, "1")


def _rule(dots: int, height: int, *, double: bool) -> Image.Image:
    """A separator drawn across the paper (proportional hyphens would stop short of the edge)."""
    image = Image.new("1", (dots, height), 1)
    draw = ImageDraw.Draw(image)
    middle = height // 2
    for y in ((middle - 3, middle + 2) if double else (middle,)):
        draw.line([(0, y), (dots - 1, y)], fill=0, width=2)
    return image


def stack(images: list[Image.Image]) -> Image.Image:
    """Images one under the other (all the same width), as one image to send in fragments."""
    width = max(image.width for image in images)
    out = Image.new("1", (width, sum(image.height for image in images)), 1)
    y = 0
    for image in images:
        out.paste(image, (0, y))
        y += image.height
    return out


def draw_document(doc: TicketDoc, dots: int = 576, columns: int = 48, fonts: FontSet | None = None) -> Image.Image:
    """The whole document drawn as one 1-bit image, every line as the raster path would print it.

    This is the on-screen preview (a receipt preview in the order drawer): the same layout, the same
    fonts for every script, QR codes drawn by the `qrcode` library python-escpos uses.
    """
    import qrcode

    images: list[Image.Image] = []
    for item in fit(doc, columns):
        if isinstance(item, Feed):
            images.append(Image.new("1", (dots, round(BASE_PX * 1.5) * item.lines), 1))
        elif isinstance(item, QR):
            code = qrcode.QRCode(box_size=max(2, item.size // 2), border=1)
            code.add_data(item.data)
            code.make(fit=True)
            symbol = code.make_image().get_image().convert("1")
            row = Image.new("1", (dots, symbol.height), 1)
            row.paste(symbol, ((dots - symbol.width) // 2, 0))
            images.append(row)
        else:
            images.append(render_line(item, dots, columns, fonts))
    return stack(images)

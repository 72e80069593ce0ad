"""Where everything on a ticket card goes: computed once per card revision and width, then cached.

The same layout serves painting, the size hint and hit-testing of the card's buttons, so what a
finger touches is always what was drawn. Colours are named by `Theme` attribute, so switching
themes repaints without laying out again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics

from kds.domain.deadlines import ClockKind
from kds.ui import wording
from kds.ui.theme import Fonts
from kds.ui.viewmodels.card import Button, ButtonStyle, CardData, Tone
from kds.ui.wording import tr

MARGIN_X = 8  # space between the card and the column edge
MARGIN_Y = 6  # half the space between two cards
MIN_TOUCH = 56  # the smallest button a wet or gloved finger hits reliably
WRAP = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)
WRAP_ANYWHERE = int(Qt.TextFlag.TextWrapAnywhere) | int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignTop)


class CardFonts:
    """The fonts of a card at one scale, with their metrics (built once, they are not cheap)."""

    def __init__(self, fonts: Fonts) -> None:
        """Fonts for `fonts.scale`."""
        self.scale = fonts.scale
        self.px = fonts.px
        self.number = fonts.font(15, bold=True)
        self.badge = fonts.font(15, bold=True)
        self.display_id = fonts.font(30, bold=True)
        self.compact_id = fonts.font(23, bold=True)
        self.clock = fonts.font(34, bold=True)
        self.compact_clock = fonts.font(20, bold=True)
        self.caption = fonts.font(14, bold=True)
        self.meta = fonts.font(17)
        self.pin = fonts.font(24, bold=True)
        self.strip = fonts.font(17, bold=True)
        self.quantity = fonts.font(21, bold=True)
        self.item = fonts.font(21)
        self.option = fonts.font(17)
        self.note = fonts.font(17, bold=True, italic=True)
        self.status = fonts.font(16)
        self.status_error = fonts.font(16, bold=True)
        self.button = fonts.font(19, bold=True)
        self._metrics: dict[int, QFontMetrics] = {}

    def metrics(self, font: QFont) -> QFontMetrics:
        """Metrics of one of these fonts (cached)."""
        key = id(font)
        fm = self._metrics.get(key)
        if fm is None:
            fm = self._metrics[key] = QFontMetrics(font)
        return fm


@dataclass(frozen=True, slots=True)
class TextOp:
    """Draw `text` in `rect`."""

    rect: QRect
    text: str
    font: QFont
    color: str  # a Theme attribute
    flags: int = WRAP


@dataclass(frozen=True, slots=True)
class BoxOp:
    """Fill a rounded box."""

    rect: QRect
    color: str  # a Theme attribute
    radius: float = 8.0


@dataclass
class CardLayout:
    """A laid-out card in card coordinates (0, 0 is the top-left of the item rect)."""

    height: int
    card: QRect
    ops: list[TextOp | BoxOp] = field(default_factory=list)
    number: QRect = field(default_factory=QRect)
    badge: QRect = field(default_factory=QRect)
    badge_text: str = ""  # the platform's name, shortened when the order number needs the room
    clock: QRect = field(default_factory=QRect)
    caption: QRect = field(default_factory=QRect)
    meta: QRect = field(default_factory=QRect)
    meta_text: str = ""
    display_id: TextOp | None = None  # the order number as drawn: always in full, never elided
    buttons: list[tuple[Button, QRect]] = field(default_factory=list)
    taps: list[tuple[str, QRect]] = field(default_factory=list)  # item lines a tap marks (`ItemLine.tap`)

    def button_at(self, x: int, y: int) -> Button | None:
        """The button under a point in card coordinates (an item line that takes taps counts as one)."""
        found = next((b for b, r in self.buttons if r.contains(x, y)), None)
        if found is None:
            found = next((Button(tap, "") for tap, r in self.taps if r.contains(x, y)), None)
        return found

    def button_rect(self, button_id: str) -> QRect | None:
        """Where button `button_id` (or the item line that reports it) is."""
        found = next((r for b, r in self.buttons if b.id == button_id), None)
        return found or next((r for tap, r in self.taps if tap == button_id), None)


def captions() -> list[str]:
    """Every caption a clock can have (the caption slot is as wide as the widest)."""
    return [wording.clock_caption(kind) for kind in ClockKind] + [tr("time is up")]


def drawn_captions() -> list[str]:
    """Every caption a card may draw, also those the slot is not widened for (`caption_font` fits them)."""
    return [*captions(), tr("accepted automatically in")]


def fitted_font(base: QFont, text: str, width: int) -> QFont:
    """`base`, made smaller where `text` is wider than `width` (never cut; the line keeps its height)."""
    font = QFont(base)
    wide = QFontMetrics(font).horizontalAdvance(text)
    size = font.pixelSize()
    while wide > width > 0 and size > 6:
        size = min(size - 1, int(size * width / wide))
        font.setPixelSize(max(size, 6))
        wide = QFontMetrics(font).horizontalAdvance(text)
    return font


def caption_font(fonts: CardFonts, caption: str, width: int) -> QFont:
    """The caption's type, made smaller where `caption` is wider than `width`.

    Never cut, and the card keeps its height (a wrapped caption would make it taller than the view measured).
    """
    return fitted_font(fonts.caption, caption, width)


def is_countdown(text: str) -> bool:
    """True for a running clock ("04:00", "1:02:03"); false for a time of day ("12:21 PM") or words."""
    return any(ch.isdigit() for ch in text) and ":" in text and " " not in text


def clock_font(fonts: CardFonts, text: str, width: int, *, compact: bool) -> QFont:
    """The type of the clock `text` in a slot `width` px wide: smaller on a narrow card, never cut."""
    base = fonts.compact_clock if compact or not is_countdown(text) else fonts.clock
    return fitted_font(base, text, width)


def _text_height(fonts: CardFonts, font: QFont, width: int, text: str) -> int:
    return fonts.metrics(font).boundingRect(QRect(0, 0, max(1, width), 100_000), WRAP, text).height()


def button_min_width(fonts: CardFonts, label: str) -> int:
    """The narrowest a button with `label` may be (undo buttons reserve room for "Undo 5")."""
    return max(fonts.px(96), fonts.metrics(fonts.button).horizontalAdvance(label) + fonts.px(28))


def _layout_buttons(fonts: CardFonts, buttons: tuple[Button, ...], x: int, y: int, width: int,
                    *, allow_more: bool) -> list[tuple[Button, QRect]]:
    """One row of buttons; what does not fit is folded into a "more" button (the drawer has them all)."""
    if not buttons:
        return []
    gap = fonts.px(8)
    height = max(MIN_TOUCH, fonts.px(MIN_TOUCH))
    labels = [b.label if b.undo_until is None else tr("Undo %1").replace("%1", "5") for b in buttons]
    widths = [button_min_width(fonts, label) for label in labels]
    kept = list(buttons)
    if sum(widths) + gap * (len(widths) - 1) > width:
        if not allow_more:
            while len(kept) > 1 and sum(widths[:len(kept)]) + gap * (len(kept) - 1) > width:
                kept.pop()
            widths = widths[:len(kept)]
        else:
            more = Button("more", "⋯", ButtonStyle.QUIET)
            more_w = max(MIN_TOUCH, fonts.px(MIN_TOUCH))
            while kept and sum(widths[:len(kept)]) + more_w + gap * len(kept) > width:
                kept.pop()
            widths = [*widths[:len(kept)], more_w]
            kept.append(more)
    spare = width - sum(widths) - gap * (len(widths) - 1)
    growable = [i for i, b in enumerate(kept) if b.style is not ButtonStyle.DANGER and b.id != "more"]
    if spare > 0 and growable:
        share, rest = divmod(spare, len(growable))
        for n, i in enumerate(growable):
            widths[i] += share + (rest if n == 0 else 0)
    elif spare > 0:
        # Only destructive buttons: keep them small and out of the way, at the right.
        x += spare
    result = []
    for button, w in zip(kept, widths, strict=True):
        result.append((button, QRect(x, y, max(1, min(w, width)), height)))
        x += w + gap
    return result


def _fit_badge(name: str, fonts: CardFonts, width: int) -> str:
    """`name` in `width` px: whole, else without its first words, else cut ("" where not even "G…" fits).

    "Keeta Std" becomes "Std": the last word tells two APIs of one company apart.
    """
    metrics = fonts.metrics(fonts.badge)
    words = name.split()
    for first in range(len(words)):
        shorter = " ".join(words[first:])
        if metrics.horizontalAdvance(shorter) <= width:
            return shorter
    last = words[-1] if words else name
    cut = metrics.elidedText(last, Qt.TextElideMode.ElideRight, width)
    if cut.strip("…"):
        return cut
    initial = last[:1] + "…"  # "G…": the least that still names the platform; less than that is no badge
    return initial if metrics.horizontalAdvance(initial) <= width else ""


def layout_card(card: CardData, width: int, fonts: CardFonts, *, compact: bool, buttons: bool = True) -> CardLayout:
    """Lay out `card` in an item rect `width` pixels wide (`buttons=False`: no action buttons)."""
    pad = fonts.px(14)
    box = QRect(MARGIN_X, MARGIN_Y, max(1, width - 2 * MARGIN_X), 0)
    inner_x, inner_w = box.x() + pad, max(40, box.width() - 2 * pad)
    layout = CardLayout(height=0, card=box)
    ops = layout.ops
    y = box.y() + pad

    # Header: number chip, platform badge, display id on the left; the clock on the right.
    id_font = fonts.compact_id if compact else fonts.display_id
    clock_type = fonts.compact_clock if compact else fonts.clock
    header_h = max(fonts.metrics(id_font).height(), fonts.metrics(clock_type).height())
    x = inner_x
    chip_h = fonts.metrics(fonts.badge).height() + fonts.px(6)
    chip_y = y + (header_h - chip_h) // 2
    # Wide enough for three digits in either size, so the order number beside it stays put when the
    # bump number grows past 99 on a busy evening.
    number_w = fonts.metrics(fonts.number).horizontalAdvance("888") + fonts.px(10)
    layout.number = QRect(x, chip_y, number_w, chip_h)
    x += number_w + fonts.px(6)
    clock_w = min(fonts.metrics(clock_type).horizontalAdvance("8:88:88") + fonts.px(4), inner_w // 2)
    after_badge, before_clock = fonts.px(10), fonts.px(6)
    last_word = (card.platform.split() or [card.platform])[-1]
    if card.finished_at:
        # A finished card's time of day ("12:05", "12:05 PM", "下午12:05", as the locale writes it) is read
        # whole ("12:21 PM", never ":21 PM"). It takes the room up to the badge's shortest label ("OD",
        # "Std", "G…"), in smaller type (`clock_font`); where that type would be smaller than 12 px, it
        # takes the badge's room too and the badge goes.
        face = clock_type if is_countdown(card.finished_at) else fonts.compact_clock
        text_w = fonts.metrics(face).horizontalAdvance(card.finished_at)
        beside_chip = inner_w - (x - inner_x)
        least_badge = max(chip_h, fonts.px(16) + min(fonts.metrics(fonts.badge).horizontalAdvance(label)
                                                     for label in (last_word, last_word[:1] + "…")))
        with_badge = beside_chip - least_badge - before_clock
        legible = (with_badge - fonts.px(4)) * face.pixelSize() >= text_w * fonts.px(12)
        clock_w = min(text_w + fonts.px(4), with_badge if legible else beside_chip)
    layout.clock = QRect(inner_x + inner_w - clock_w, y, clock_w, header_h)
    # The order number is what staff match with the paper and the rider: the badge gives way to it.
    badge_room = layout.clock.x() - x - after_badge - before_clock \
        - fonts.metrics(id_font).horizontalAdvance(card.display_id)
    # Never less than its last word (the number then takes a line of its own), and never over the clock.
    up_to_clock = layout.clock.x() - x - before_clock - fonts.px(16)
    layout.badge_text = _fit_badge(card.platform, fonts, min(up_to_clock, max(
        fonts.metrics(fonts.badge).horizontalAdvance(last_word), badge_room - fonts.px(16))))
    badge_w = max(chip_h, fonts.metrics(fonts.badge).horizontalAdvance(layout.badge_text) + fonts.px(16))
    if layout.badge_text.strip("…") and x + badge_w + before_clock <= layout.clock.x():
        layout.badge = QRect(x, chip_y, badge_w, chip_h)
        x += badge_w + after_badge
    else:  # no room even for "OD" or "G…": no badge at all (the card's edge keeps the platform's colour)
        layout.badge_text = ""
    id_w = max(10, layout.clock.x() - x - before_clock)
    flags_one_line = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.AlignmentFlag.AlignVCenter)
    # The order number is what staff call out and match with the rider: never cut. Too wide beside
    # the chips and the clock, it takes the smaller type, then a line of its own (wrapped, if even
    # the whole card is too narrow for it).
    if not compact and fonts.metrics(id_font).horizontalAdvance(card.display_id) > id_w:
        id_font = fonts.compact_id
    if fonts.metrics(id_font).horizontalAdvance(card.display_id) <= id_w:
        layout.display_id = TextOp(QRect(x, y, id_w, header_h), card.display_id, id_font, "text", flags_one_line)
        y += header_h + fonts.px(2)
    else:
        y += header_h + fonts.px(2)
        id_h = fonts.metrics(id_font).boundingRect(QRect(0, 0, inner_w, 100_000), WRAP_ANYWHERE,
                                                   card.display_id).height()
        layout.display_id = TextOp(QRect(inner_x, y, inner_w, id_h), card.display_id, id_font, "text", WRAP_ANYWHERE)
        y += id_h + fonts.px(2)
    ops.append(layout.display_id)

    # Meta line, with the clock's caption at its right end; wrapped, never cut ("Due 4…" hides the time).
    meta_h = fonts.metrics(fonts.meta).height()
    caption_w = min(inner_w // 2, max(fonts.metrics(fonts.caption).horizontalAdvance(c.upper())
                                      for c in captions()) + fonts.px(4))
    layout.caption = QRect(inner_x + inner_w - caption_w, y, caption_w, meta_h)
    meta = card.meta
    if compact:
        meta = " · ".join(p for p in (card.finished, card.meta, card.item_count) if p)
    # The caption beside it changes with the clock ("accept within", "time is up"): keep room for the widest.
    # A finished ticket (out, done, cancelled) has no clock and so no caption: the line is all the meta's.
    meta_w = inner_w if card.finished else max(40, inner_w - caption_w - fonts.px(6))
    layout.meta = QRect(inner_x, y, meta_w, max(meta_h, _text_height(fonts, fonts.meta, meta_w, meta)))
    layout.meta_text = meta
    y += layout.meta.height()
    if card.rider:
        rider = fonts.metrics(fonts.meta).elidedText(card.rider, Qt.TextElideMode.ElideRight, inner_w)
        ops.append(TextOp(QRect(inner_x, y, inner_w, meta_h), rider, fonts.meta, "accent", flags_one_line))
        y += meta_h
    if card.pin:
        # What the rider or the customer shows at the counter: read from a step away, matched at a glance.
        pin_h = _text_height(fonts, fonts.pin, inner_w, card.pin)
        ops.append(TextOp(QRect(inner_x, y, inner_w, pin_h), card.pin, fonts.pin, "text"))
        y += pin_h
    if card.contact:
        # Who to call and where to go: one line on a compact card, in full on the others.
        font, color = (fonts.strip, "text") if card.contact_ready else (fonts.meta, "muted")
        if compact:
            text = fonts.metrics(font).elidedText(card.contact, Qt.TextElideMode.ElideRight, inner_w)
            ops.append(TextOp(QRect(inner_x, y, inner_w, meta_h), text, font, color, flags_one_line))
            y += meta_h
        else:
            y += fonts.px(4)
            ch = _text_height(fonts, font, inner_w, card.contact)
            ops.append(TextOp(QRect(inner_x, y, inner_w, ch), card.contact, font, color))
            y += ch

    def strip(text: str, background: str, color: str) -> None:
        nonlocal y
        y += fonts.px(8)
        spad = fonts.px(8)
        h = _text_height(fonts, fonts.strip, inner_w - 2 * spad, text)
        ops.append(BoxOp(QRect(inner_x, y, inner_w, h + 2 * spad), background, 6))
        ops.append(TextOp(QRect(inner_x + spad, y + spad, inner_w - 2 * spad, h), text, fonts.strip, color))
        y += h + 2 * spad

    if card.cancelled and (card.alert or not compact):
        strip(card.cancelled, "cancelled_bg", "text")
    if card.refund:
        strip(card.refund, "refund_bg", "text")

    if not compact:
        y += fonts.px(10)
        qty_w = fonts.metrics(fonts.quantity).horizontalAdvance("88×") + fonts.px(6)
        text_x, text_w = inner_x + qty_w, inner_w - qty_w
        for item in card.items:
            h = max(_text_height(fonts, fonts.item, text_w, item.name), fonts.metrics(fonts.quantity).height())
            top = y
            if item.tap:  # a line the cook taps when it is made: at least a finger high, centred in it
                full = max(h, MIN_TOUCH)
                y += (full - h) // 2
                h = full - (full - h) // 2
            ink = "muted" if item.done else "text"
            ops.append(TextOp(QRect(inner_x, y, qty_w, h), "✓" if item.done else item.quantity, fonts.quantity, ink))
            ops.append(TextOp(QRect(text_x, y, text_w, h), item.name, fonts.item, ink))
            y += h
            for option in item.options:
                oh = _text_height(fonts, fonts.option, text_w, option)
                ops.append(TextOp(QRect(text_x, y, text_w, oh), option, fonts.option, "muted"))
                y += oh
            if item.sold_out:  # the dish is switched off: nobody should start it without checking the stock
                npad = fonts.px(5)
                text = "✕ " + wording.sold_out_tag()
                nh = _text_height(fonts, fonts.note, text_w - 2 * npad, text)
                ops.append(BoxOp(QRect(text_x - npad, y + fonts.px(2), text_w + npad, nh + 2 * npad), "danger", 5))
                ops.append(TextOp(QRect(text_x, y + fonts.px(2) + npad, text_w - 2 * npad, nh), text,
                                  fonts.note, "danger_text"))
                y += nh + 2 * npad + fonts.px(4)
            if item.age_check:  # boxed like an allergy: staff must not hand it over unchecked
                npad = fonts.px(5)
                text = "⚠ " + wording.id_check()
                nh = _text_height(fonts, fonts.note, text_w - 2 * npad, text)
                ops.append(BoxOp(QRect(text_x - npad, y + fonts.px(2), text_w + npad, nh + 2 * npad),
                                 "allergy_bg", 5))
                ops.append(TextOp(QRect(text_x, y + fonts.px(2) + npad, text_w - 2 * npad, nh), text,
                                  fonts.note, "allergy_text"))
                y += nh + 2 * npad + fonts.px(4)
            if item.note:
                if item.allergy:
                    npad = fonts.px(5)
                    text = "⚠ " + item.note
                    nh = _text_height(fonts, fonts.note, text_w - 2 * npad, text)
                    ops.append(BoxOp(QRect(text_x - npad, y + fonts.px(2), text_w + npad, nh + 2 * npad),
                                     "allergy_bg", 5))
                    ops.append(TextOp(QRect(text_x, y + fonts.px(2) + npad, text_w - 2 * npad, nh), text,
                                      fonts.note, "allergy_text"))
                    y += nh + 2 * npad + fonts.px(4)
                else:
                    text = "» " + item.note
                    nh = _text_height(fonts, fonts.note, text_w, text)
                    ops.append(TextOp(QRect(text_x, y, text_w, nh), text, fonts.note, "note"))
                    y += nh
            if item.tap:
                layout.taps.append((item.tap, QRect(inner_x, top, inner_w, y - top)))
            y += fonts.px(4)
        if card.notes:
            y += fonts.px(4)
            text = tr("Note: %1").replace("%1", card.notes)
            nh = _text_height(fonts, fonts.note, inner_w - fonts.px(14), text)
            ops.append(BoxOp(QRect(inner_x, y, fonts.px(4), nh), "note", 2))
            ops.append(TextOp(QRect(inner_x + fonts.px(12), y, inner_w - fonts.px(14), nh), text, fonts.note, "note"))
            y += nh + fonts.px(4)

    for status in card.statuses:
        font = fonts.status_error if status.tone is Tone.ERROR else fonts.status
        color = {Tone.ERROR: "critical", Tone.BUSY: "muted", Tone.OK: "ok"}[status.tone]
        text = ("⚠ " if status.tone is Tone.ERROR else "") + status.text
        y += fonts.px(4)
        sh = _text_height(fonts, font, inner_w, text)
        ops.append(TextOp(QRect(inner_x, y, inner_w, sh), text, font, color))
        y += sh

    shown = card.buttons if buttons or card.alert else ()
    if compact:
        shown = tuple(b for b in shown if b.style is not ButtonStyle.DANGER)
    if shown:
        y += fonts.px(10)
        layout.buttons = _layout_buttons(fonts, shown, inner_x, y, inner_w, allow_more=not compact)
        y += max(r.height() for _, r in layout.buttons)
    y += pad
    layout.card = QRect(box.x(), box.y(), box.width(), y - box.y())
    layout.height = y + MARGIN_Y
    return layout

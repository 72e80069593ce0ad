"""Colours and type sizes of the counter screen: a dark theme for kitchens (default) and a light one.

Widgets take their look from the application stylesheet (`resources/stylesheets/app.qss`, filled
in from a `Theme`); the card delegate paints with the same `Theme` and `Fonts` directly.
"""

from __future__ import annotations

import logging
import string
from dataclasses import asdict, dataclass

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from kds.domain.deadlines import Urgency
from kds.ui.resources import resource_path

log = logging.getLogger(__name__)

FONT_FAMILIES = ["Inter", "Noto Sans", "Segoe UI", "Roboto", "DejaVu Sans", "Noto Sans CJK SC", "Sans Serif"]
"""Preferred UI fonts, best first; CJK and Thai fall back through fontconfig."""


@dataclass(frozen=True, slots=True)
class Theme:
    """Every colour the screen uses, as `#rrggbb`."""

    name: str
    window: str
    column: str
    column_header: str
    card: str
    card_border: str
    card_alt: str  # compact cards (Out/Done, Later)
    text: str
    muted: str
    accent: str
    primary: str
    primary_text: str
    button: str
    button_text: str
    danger: str
    danger_text: str
    disabled: str
    warning: str
    critical: str
    expired_bg: str
    calm: str
    note: str
    allergy_bg: str
    allergy_text: str
    refund_bg: str
    cancelled_bg: str
    banner_bg: str
    banner_text: str
    error_bg: str
    ok: str
    badge_text_dark: str
    badge_text_light: str
    overlay: str

    def color(self, name: str) -> QColor:
        """A colour of this theme as a `QColor`."""
        return QColor(getattr(self, name))

    def urgency_color(self, urgency: Urgency) -> QColor:
        """The clock colour for `urgency`."""
        return QColor({Urgency.CALM: self.calm, Urgency.WARNING: self.warning,
                       Urgency.CRITICAL: self.critical, Urgency.EXPIRED: self.critical}[urgency])

    def badge_text(self, background: str) -> QColor:
        """Black or white text, whichever reads better on `background` (platform colours vary)."""
        c = QColor(background)
        luminance = 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
        return QColor(self.badge_text_dark if luminance > 0.55 else self.badge_text_light)


DARK = Theme(
    name="dark", window="#0d0f13", column="#161a21", column_header="#c7d0dc", card="#232a35",
    card_border="#323b49", card_alt="#1d232c", text="#f3f5f8", muted="#9ba6b5", accent="#4ea1ff",
    primary="#1f9d55", primary_text="#ffffff", button="#394353", button_text="#f3f5f8", danger="#e5484d",
    danger_text="#ffffff", disabled="#2b323d", warning="#ffb224", critical="#ff5252", expired_bg="#4a1417",
    calm="#e8edf3", note="#ffd166", allergy_bg="#6b1a1f", allergy_text="#ffd0d3", refund_bg="#3d2f0a",
    cancelled_bg="#5a1218", banner_bg="#c62828", banner_text="#ffffff", error_bg="#8a5a00", ok="#34c77b",
    badge_text_dark="#111111", badge_text_light="#ffffff", overlay="#000000",
)

LIGHT = Theme(
    name="light", window="#e9edf2", column="#dde3ea", column_header="#27303b", card="#ffffff",
    card_border="#c4ccd6", card_alt="#f4f6f9", text="#111820", muted="#5a6675", accent="#1d6fd8",
    primary="#15803d", primary_text="#ffffff", button="#d5dce5", button_text="#111820", danger="#c9252c",
    danger_text="#ffffff", disabled="#e3e7ec", warning="#b86e00", critical="#d0191f", expired_bg="#ffd9d9",
    calm="#111820", note="#8a5a00", allergy_bg="#ffd6d8", allergy_text="#8b0b12", refund_bg="#fff1cc",
    cancelled_bg="#ffd9d9", banner_bg="#c62828", banner_text="#ffffff", error_bg="#f0b000", ok="#15803d",
    badge_text_dark="#111111", badge_text_light="#ffffff", overlay="#000000",
)

THEMES = {DARK.name: DARK, LIGHT.name: LIGHT}


@dataclass(frozen=True, slots=True)
class Fonts:
    """Pixel sizes of the screen's type, scaled for the restaurant's screen and eyes."""

    scale: float = 1.0

    def px(self, base: float) -> int:
        """`base` pixels at this scale."""
        return max(8, round(base * self.scale))

    def font(self, base: float, *, bold: bool = False, italic: bool = False) -> QFont:
        """A UI font of `base` pixels at this scale."""
        font = QFont()
        font.setFamilies(FONT_FAMILIES)
        font.setPixelSize(self.px(base))
        font.setBold(bold)
        font.setItalic(italic)
        return font

    # Sizes chosen to read from two metres on a 1080p kitchen screen.
    @property
    def body(self) -> int:
        """Ordinary widget text."""
        return self.px(17)

    @property
    def button(self) -> int:
        """Button labels."""
        return self.px(19)


def stylesheet(theme: Theme, fonts: Fonts) -> str:
    """The application stylesheet for `theme`, from `resources/stylesheets/app.qss`."""
    template = string.Template(resource_path("stylesheets", "app.qss").read_text(encoding="utf-8"))
    values = {k: v for k, v in asdict(theme).items() if isinstance(v, str)}
    values.update(body_px=str(fonts.body), button_px=str(fonts.button), small_px=str(fonts.px(14)),
                  title_px=str(fonts.px(24)), header_px=str(fonts.px(20)), big_px=str(fonts.px(28)),
                  touch_px=str(max(56, fonts.px(56))))
    return template.safe_substitute(values)


def apply_theme(app: QApplication, theme: Theme, fonts: Fonts) -> None:
    """Set the palette, the default font and the stylesheet of `app`."""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, theme.color("window"))
    palette.setColor(QPalette.ColorRole.WindowText, theme.color("text"))
    palette.setColor(QPalette.ColorRole.Base, theme.color("card"))
    palette.setColor(QPalette.ColorRole.AlternateBase, theme.color("card_alt"))
    palette.setColor(QPalette.ColorRole.Text, theme.color("text"))
    palette.setColor(QPalette.ColorRole.Button, theme.color("button"))
    palette.setColor(QPalette.ColorRole.ButtonText, theme.color("button_text"))
    palette.setColor(QPalette.ColorRole.Highlight, theme.color("accent"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, theme.color("muted"))
    app.setPalette(palette)
    app.setFont(fonts.font(17))
    try:
        app.setStyleSheet(stylesheet(theme, fonts))
    except OSError:  # a broken install must not stop the kitchen: fall back to the palette alone
        log.exception("stylesheet missing; running with the palette only")

"""A label whose wrapped words keep to a number of lines, in smaller type when they need more."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class FittingLabel(QLabel):
    """Wrapped words kept to `lines` lines of its width: in smaller type (down to 70 %) when they need more.

    For words in the top bar's leftover room: a third line would make the bar taller and move every
    button and card below it.
    """

    def __init__(self, base_px: Callable[[], int], lines: int = 2, parent: QWidget | None = None) -> None:
        """Fit in `lines` lines, starting from `base_px()` pixels (the stylesheet's size for the label)."""
        super().__init__(parent)
        self.base_px = base_px
        self.lines = lines
        self.fitted_px: int | None = None
        self.setWordWrap(True)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt override
        """Show `text`, in the largest type that keeps it to the lines."""
        super().setText(text)
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fit again at the new width."""
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Choose the type size for the current text and width."""
        width = self.contentsRect().width()
        if width <= 0 or not self.text():
            return
        base = self.base_px()
        px = base
        while px > int(base * 0.7):
            font = QFont(self.font())
            font.setPixelSize(px)
            metrics = QFontMetrics(font)
            needed = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), self.text())
            if needed.height() <= metrics.lineSpacing() * self.lines:
                break
            px -= 1
        wanted = None if px == base else px
        if wanted != self.fitted_px:
            self.fitted_px = wanted
            self.setStyleSheet("" if wanted is None else f"font-size: {wanted}px;")

"""Panels that cover the board inside the main window: centred sheets and a side drawer.

They are children of the window rather than separate dialogs: a fullscreen kiosk has no window
manager to trust with stacking, nothing blocks the event loop (no nested `exec()` under qasync),
and `window.grab()` shows them in screenshots.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from kds.ui.wording import tr


def touch_button(text: str, *, kind: str = "normal", parent: QWidget | None = None) -> QPushButton:
    """A button at least 56 px tall; `kind` is primary, normal, danger or quiet (styled by the stylesheet)."""
    button = QPushButton(text, parent)
    button.setProperty("kind", kind)
    button.setMinimumHeight(56)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return button


def restyle(widget: QWidget) -> None:
    """Re-apply the stylesheet after a dynamic property changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)
    widget.update()


class Overlay(QWidget):
    """Dims the window and holds one panel; a tap on the dimmed part closes it (Esc too)."""

    closed = Signal()
    """The overlay was closed."""

    def __init__(self, host: QWidget, *, side: bool = False) -> None:
        """Cover `host`; `side` puts the panel on the right, full height (the drawer)."""
        super().__init__(host)
        self.host = host
        self.side = side
        self.setObjectName("overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.panel = QFrame(self)
        self.panel.setObjectName("drawer" if side else "sheet")
        self.panel.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.is_closed = False
        host.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Follow the host's size."""
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self._fit()
        return False

    def _fit(self) -> None:
        self.setGeometry(self.host.rect())
        if self.side:
            width = min(self.width(), max(560, int(self.width() * 0.42)))
            self.panel.setGeometry(self.width() - width, 0, width, self.height())
        else:
            hint = self.panel.sizeHint()
            width = min(self.width() - 40, max(hint.width(), 620))
            height = min(self.height() - 40, max(hint.height(), 200))
            self.panel.setGeometry((self.width() - width) // 2, (self.height() - height) // 2, width, height)

    def open(self) -> None:
        """Show on top of everything."""
        self._fit()
        self.show()
        self.raise_()

    def close_overlay(self) -> None:
        """Hide and forget."""
        if not self.is_closed:
            self.is_closed = True
            self.hide()
            self.closed.emit()
            self.host.removeEventFilter(self)
            self.deleteLater()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        """A tap outside the panel closes the overlay."""
        if not self.panel.geometry().contains(event.position().toPoint()):
            self.close_overlay()
        event.accept()


class Sheet(Overlay):
    """A centred panel with a title, a body and a row of buttons."""

    def __init__(self, host: QWidget, title: str) -> None:
        """A sheet titled `title` over `host`."""
        super().__init__(host)
        outer = QVBoxLayout(self.panel)
        outer.setContentsMargins(24, 20, 24, 20)
        outer.setSpacing(14)
        self.title = QLabel(title)
        self.title.setObjectName("sheetTitle")
        self.title.setWordWrap(True)
        outer.addWidget(self.title)
        self.body = QVBoxLayout()
        self.body.setSpacing(10)
        outer.addLayout(self.body, 1)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(12)
        outer.addLayout(self.buttons)
        self.back = touch_button(tr("Back"), kind="quiet")
        self.back.clicked.connect(self.close_overlay)
        self.buttons.addWidget(self.back)

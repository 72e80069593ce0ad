"""The history panel: today's finished and cancelled orders, with a search box."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScroller,
    QVBoxLayout,
    QWidget,
)

from kds.ui.viewmodels.history import HistoryModel
from kds.ui.widgets.overlay import Overlay, touch_button
from kds.ui.wording import tr


class HistoryPanel(Overlay):
    """A side panel listing today's finished orders; tapping one opens its drawer."""

    order_chosen = Signal(object)
    """The `OrderKey` of a tapped order."""

    def __init__(self, host: QWidget, model: HistoryModel, now: Callable[[], datetime]) -> None:
        """List `model` (searched at `now()`)."""
        super().__init__(host, side=True)
        self.model = model
        self._now = now
        outer = QVBoxLayout(self.panel)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        head = QHBoxLayout()
        title = QLabel(tr("Today's finished orders"))
        title.setObjectName("drawerTitle")
        head.addWidget(title, 1)
        close = touch_button(tr("Close"), kind="quiet")
        close.setFixedWidth(120)
        close.clicked.connect(self.close_overlay)
        head.addWidget(close)
        outer.addLayout(head)
        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setMinimumHeight(56)
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(tr("Search by order number, customer or item"))
        self.search.textChanged.connect(self._search)
        outer.addWidget(self.search)
        self.count = QLabel()
        self.count.setObjectName("drawerSubtitle")
        outer.addWidget(self.count)
        self.list = QListView()
        self.list.setObjectName("historyList")
        self.list.setModel(model)
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        QScroller.grabGesture(self.list.viewport(), QScroller.ScrollerGestureType.TouchGesture)
        self.list.clicked.connect(self._chosen)
        outer.addWidget(self.list, 1)
        self._search("")

    def _search(self, text: str) -> None:
        self.model.search(text, self._now())
        n = self.model.rowCount()
        self.count.setText(tr("1 order") if n == 1 else tr("%1 orders").replace("%1", str(n)))

    def _chosen(self, index: QModelIndex) -> None:
        key = self.model.key_at(index.row())
        if key is not None:
            self.order_chosen.emit(key)

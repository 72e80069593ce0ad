"""The order drawer: tap a card to see the whole order, its timeline and every action on it.

It offers all of the ticket's buttons (including those a narrow card folds away) and keeps an
empty `extras` row for the printing issue (receipt preview, test print, reprint).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kds.domain.order import OrderKey, Timing
from kds.services.orders import Ticket
from kds.store.orders import StoredEvent
from kds.ui import wording
from kds.ui.viewmodels.card import Button, ButtonStyle, CardData
from kds.ui.widgets.overlay import Overlay, touch_button
from kds.ui.windows import order_text
from kds.ui.wording import tr


class OrderDrawer(Overlay):
    """A right-hand panel with one order's details."""

    button_clicked = Signal(object, str)
    """`(OrderKey, button id)`, exactly like a card button."""

    def __init__(self, host: QWidget, key: OrderKey, ticket: Callable[[OrderKey], Ticket | None],
                 card: Callable[[OrderKey], CardData | None],
                 journal: Callable[[OrderKey], Sequence[StoredEvent]], ink: order_text.Ink = order_text.INK) -> None:
        """Show order `key`, read through the given functions (board first, store for history)."""
        super().__init__(host, side=True)
        self.key = key
        self.ink = ink
        self._ticket = ticket
        self._card = card
        self._journal = journal
        outer = QVBoxLayout(self.panel)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("drawerTitle")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.close_button = touch_button(tr("Close"), kind="quiet")
        self.close_button.setFixedWidth(120)
        self.close_button.clicked.connect(self.close_overlay)
        head.addWidget(self.close_button)
        outer.addLayout(head)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("drawerSubtitle")
        self.subtitle.setWordWrap(True)
        outer.addWidget(self.subtitle)
        self.action_grid = QGridLayout()
        self.action_grid.setSpacing(10)
        outer.addLayout(self.action_grid)
        self.extras = QHBoxLayout()
        """Room for more buttons (the printing issue adds receipt preview and reprint here)."""
        outer.addLayout(self.extras)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("drawerBody")
        self.sections = QVBoxLayout(body)
        self.sections.setSpacing(6)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.labels: dict[str, QLabel] = {}
        for name, heading in (("items", tr("Order")), ("payment", tr("Payment")), ("customer", tr("Customer")),
                              ("timeline", tr("Timeline")), ("actions", tr("Actions"))):
            header = QLabel(heading)
            header.setObjectName("drawerSection")
            self.sections.addWidget(header)
            label = QLabel()
            label.setObjectName("drawerText")
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.sections.addWidget(label)
            self.labels[name] = label
        self.sections.addStretch(1)
        self.buttons: dict[str, Button] = {}
        self.refresh()

    def refresh(self) -> None:
        """Read the order again (after a change on the bus)."""
        ticket = self._ticket(self.key)
        if ticket is None:
            self.close_overlay()
            return
        order, status = ticket.order, ticket.status
        self.title.setText(f"{ticket.policy.label}  #{order.display_id}")
        parts = [wording.order_type(order.type), wording.stage(status.stage),
                 tr("placed %1").replace("%1", wording.local_time(order.created_at))]
        if order.timing is Timing.SCHEDULED:
            when = wording.local_time(order.scheduled_start or order.promised_at)
            parts.append(tr("scheduled %1").replace("%1", when))
        if status.rider is not None:
            parts.append(wording.rider(status.rider.status))
        if status.cancel_reason or status.cancel_code:
            parts.append(tr("cancelled: %1").replace("%1", status.cancel_reason or status.cancel_code))
        self.subtitle.setText(" · ".join(parts))
        ink = self.ink
        self.labels["items"].setText(order_text.items_html(order, ink))
        self.labels["payment"].setText(order_text.payment_html(order, status, ink))
        self.labels["customer"].setText(order_text.customer_html(order, ink))
        self.labels["timeline"].setText(order_text.timeline_html(self._journal(self.key), ink))
        self.labels["actions"].setText(order_text.actions_html(ticket.actions, ink))
        self._set_buttons(self._card(self.key))

    def _set_buttons(self, card: CardData | None) -> None:
        while self.action_grid.count():
            item = self.action_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        if card is None:
            return
        kinds = {ButtonStyle.PRIMARY: "primary", ButtonStyle.DANGER: "danger", ButtonStyle.QUIET: "quiet",
                 ButtonStyle.NORMAL: "normal", ButtonStyle.ALERT: "alert"}
        for i, button in enumerate(card.buttons):
            label = button.label if button.undo_until is None else tr("Undo")
            widget = touch_button(label, kind=kinds[button.style])
            widget.setObjectName(f"drawer-{button.id}")
            widget.setEnabled(button.enabled)
            widget.clicked.connect(lambda _=False, b=button.id: self.button_clicked.emit(self.key, b))
            self.action_grid.addWidget(widget, i // 3, i % 3)
            self.buttons[button.id] = button

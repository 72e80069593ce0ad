"""The order drawer: tap a card to see the whole order, its timeline and every action on it.

It offers all of the ticket's buttons (including those a narrow card folds away), the order's print
jobs with Retry / Printed OK / Reprint where one needs it, Reprint buttons for the kitchen ticket and
the receipt (and the delivery slip of a self-delivery order) when a printer takes them, and those
documents drawn as they print. A self-delivery order shows its customer's phone and address once
decrypted, and which of our riders has it.
Print buttons report `(OrderKey, id)` like card buttons: `reprint:<kind>`, `print-<action>:<job id>`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kds.domain.actions import DESTRUCTIVE
from kds.domain.order import OrderKey, OrderType, Platform, Timing
from kds.domain.states import Stage
from kds.printing.document import DocKind
from kds.services.orders import Ticket
from kds.store.orders import StoredEvent
from kds.ui import wording
from kds.ui.theme import DARK, Theme
from kds.ui.viewmodels.card import (
    Button,
    ButtonStyle,
    CardData,
    badge,
    cancel_reason,
    platform_and_store,
    refunded_text,
    shown_id,
)
from kds.ui.viewmodels.printing import PrintingModel
from kds.ui.widgets.overlay import Overlay, touch_button
from kds.ui.widgets.print_jobs import JobList
from kds.ui.widgets.receipt_preview import ReceiptPreview
from kds.ui.widgets.tap_hold import TapHold
from kds.ui.windows import order_text
from kds.ui.wording import tr


class OrderDrawer(Overlay):
    """A right-hand panel with one order's details."""

    button_clicked = Signal(object, str)
    """`(OrderKey, button id)`, exactly like a card button."""

    def __init__(self, host: QWidget, key: OrderKey, ticket: Callable[[OrderKey], Ticket | None],
                 card: Callable[[OrderKey], CardData | None],
                 journal: Callable[[OrderKey], Sequence[StoredEvent]], ink: order_text.Ink = order_text.INK,
                 printing: PrintingModel | None = None, theme: Theme = DARK,
                 now: Callable[[], datetime] | None = None,
                 sold_out: Callable[[], Collection[tuple[Platform, str]]] | None = None) -> None:
        """Show order `key`, read through the given functions (board first, store for history).

        `sold_out()` gives the dish entries sold out now (`SoldOutService.entries`): their lines are
        marked as on the card.

        `printing` gives the print jobs, the Reprint buttons and the previews (none without it).
        With `now()` (the window's clock) the action buttons stay as they are while a finger is on one
        and just after a tap on one (`TapHold`), then show what changed meanwhile.
        """
        super().__init__(host, side=True)
        self.key = key
        self.hold = TapHold(now, parent=self) if now is not None else None
        self._buttons_waiting = False
        if self.hold is not None:
            self.hold.settled.connect(self._settled)
        self.ink = replace(ink, danger=theme.danger, danger_text=theme.danger_text)
        self.printing = printing
        self._ticket = ticket
        self._card = card
        self._journal = journal
        self._sold_out = sold_out
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
        for column in range(ACTION_COLUMNS):  # fixed slots: a column keeps its width with nothing in it
            self.action_grid.setColumnStretch(column, 1)
        outer.addLayout(self.action_grid)
        self.print_box = QWidget()
        print_layout = QVBoxLayout(self.print_box)
        print_layout.setContentsMargins(0, 0, 0, 0)
        print_layout.setSpacing(6)
        self.print_heading = QLabel(tr("Printing"))
        self.print_heading.setObjectName("drawerSection")
        print_layout.addWidget(self.print_heading)
        self.job_list = JobList(theme)
        self.job_list.button_clicked.connect(lambda _key, b: self.button_clicked.emit(self.key, b))
        print_layout.addWidget(self.job_list)
        reprints = QGridLayout()  # two a row: "Reprint kitchen ticket" needs the room
        reprints.setSpacing(10)
        self.reprint_buttons: dict[DocKind, QPushButton] = {}
        for index, kind in enumerate((DocKind.KITCHEN, DocKind.RECEIPT, DocKind.DELIVERY)):
            button = touch_button("")
            button.setObjectName(f"drawer-reprint:{kind.value}")
            button.clicked.connect(lambda _=False, k=kind: self._reprint(k))
            reprints.addWidget(button, index // 2, index % 2)
            self.reprint_buttons[kind] = button
        print_layout.addLayout(reprints)
        outer.addWidget(self.print_box)
        self.extras = QHBoxLayout()
        """What the drawer shows below: the order, the receipt or the kitchen ticket as printed."""
        self.extras.setSpacing(8)
        self.views = QButtonGroup(self)
        self.view_buttons: list[QPushButton] = []
        for index, text in enumerate((tr("Order"), tr("Receipt"), tr("Kitchen ticket"), tr("Delivery slip"))):
            button = touch_button(text, kind="choice")
            button.setCheckable(True)
            button.setStyleSheet("QPushButton { text-align: center; padding: 0 10px; }")
            button.setObjectName(("drawer-view-order", "drawer-view-receipt", "drawer-view-kitchen",
                                  "drawer-view-delivery")[index])
            button.clicked.connect(lambda _=False, i=index: self.show_view(i))
            self.views.addButton(button, index)
            self.view_buttons.append(button)
            button.setVisible(printing is not None)
            self.extras.addWidget(button)
        outer.addLayout(self.extras)
        self.stack = QStackedWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        body.setObjectName("drawerBody")
        self.sections = QVBoxLayout(body)
        self.sections.setSpacing(6)
        scroll.setWidget(body)
        self.stack.addWidget(scroll)
        self.preview = ReceiptPreview()
        self.stack.addWidget(self.preview)
        outer.addWidget(self.stack, 1)
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
        self.view_buttons[0].setChecked(True)
        self.refresh()

    def show_view(self, index: int) -> None:
        """0: the order's details; 1: the receipt, 2: the kitchen ticket, 3: the delivery slip, as printed."""
        self.view_buttons[index].setChecked(True)
        self.stack.setCurrentIndex(min(index, 1))
        self._show_preview()

    def preview_kind(self) -> DocKind | None:
        """The document the preview shows (None while the order's details are shown)."""
        return {1: DocKind.RECEIPT, 2: DocKind.KITCHEN, 3: DocKind.DELIVERY}.get(self.views.checkedId())

    def _show_preview(self) -> None:
        kind = self.preview_kind()
        ticket = self._ticket(self.key)
        if kind is None or ticket is None or self.printing is None:
            return
        dots, columns = self.printing.paper(kind)
        self.preview.set_document(self.printing.document(ticket.order, kind, ticket.rider), dots, columns)

    def _reprint(self, kind: DocKind) -> None:
        # Disabled at once: a bouncing finger must not queue a second copy before the bus says it is queued.
        self.reprint_buttons[kind].setEnabled(False)
        self.button_clicked.emit(self.key, f"reprint:{kind.value}")

    def refresh_printing(self) -> None:
        """The order's print jobs and the Reprint buttons again (after a print job change)."""
        printing = self.printing
        lines = printing.job_lines(self.key) if printing is not None else []
        self.job_list.set_lines(lines)
        self.job_list.setVisible(bool(lines))
        shown = False
        ticket = self._ticket(self.key)
        own = ticket is not None and ticket.order.type is OrderType.SELF_DELIVERY
        self.view_buttons[3].setVisible(printing is not None and own)
        for kind, button in self.reprint_buttons.items():
            can = printing is not None and printing.can_reprint(kind) and (own or kind is not DocKind.DELIVERY)
            button.setVisible(can)
            if printing is None or not can:
                continue
            shown = True
            printed = printing.printed_before(self.key, kind)
            name = {DocKind.KITCHEN: (tr("Reprint kitchen ticket"), tr("Print kitchen ticket")),
                    DocKind.RECEIPT: (tr("Reprint receipt"), tr("Print receipt")),
                    DocKind.DELIVERY: (tr("Reprint delivery slip"), tr("Print delivery slip"))}[kind]
            button.setText(name[0] if printed else name[1])
            button.setEnabled(not printing.active_reprint(self.key, kind))
        self.print_box.setVisible(shown or bool(lines))

    def _settled(self) -> None:
        if self._buttons_waiting and not self.is_closed:
            self._set_buttons(self._card(self.key))

    def refresh(self) -> None:
        """Read the order again (after a change on the bus)."""
        ticket = self._ticket(self.key)
        if ticket is None:
            self.close_overlay()
            return
        order, status = ticket.order, ticket.status
        card = self._card(self.key)
        name = platform_and_store(card.platform, card.store) if card is not None else badge(ticket)
        self.title.setText(f"{name}  #{shown_id(order)}")
        parts = [wording.order_type(order.type), wording.status_word(status),
                 tr("placed %1").replace("%1", wording.local_time(order.created_at))]
        if order.timing is Timing.SCHEDULED:
            when = wording.local_time(order.scheduled_start or order.promised_at)
            parts.append(tr("scheduled %1").replace("%1", when))
        if status.rider is not None:
            parts.append(wording.rider(status.rider.status))
        reason = cancel_reason(ticket) if status.stage is Stage.CANCELLED else ""
        if reason:
            parts.append(tr("cancelled: %1").replace("%1", reason))
        refunded = refunded_text(status)
        if refunded:
            parts.append(refunded)
        self.subtitle.setText(" · ".join(parts))
        ink = self.ink
        sold_out = self._sold_out() if self._sold_out is not None else frozenset()
        self.labels["items"].setText(order_text.items_html(order, ink, sold_out))
        self.labels["payment"].setText(order_text.payment_html(
            order, status, ink, reports_payment=ticket.policy.reports_payment))
        self.labels["customer"].setText(order_text.customer_html(order, ink, ticket.contact, ticket.rider))
        self.labels["timeline"].setText(order_text.timeline_html(self._journal(self.key), ink))
        self.labels["actions"].setText(order_text.actions_html(ticket.actions, ink))
        self._set_buttons(card)
        self.refresh_printing()
        self._show_preview()

    def _set_buttons(self, card: CardData | None) -> None:
        if self.hold is not None and self.hold.held:
            self._buttons_waiting = True  # nothing moves under the finger; `_settled` catches up
            return
        self._buttons_waiting = False
        while self.action_grid.count():
            item = self.action_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # gone from the screen now, not when Qt gets round to deleting it
                widget.deleteLater()
        self.buttons = {}
        if card is None:
            return
        kinds = {ButtonStyle.PRIMARY: "primary", ButtonStyle.DANGER: "danger", ButtonStyle.QUIET: "quiet",
                 ButtonStyle.NORMAL: "normal", ButtonStyle.ALERT: "alert"}
        for button, (row, column) in zip(card.buttons, action_slots(card.buttons), strict=True):
            label = button.label if button.undo_until is None else tr("Undo")
            widget = touch_button(label, kind=kinds[button.style])
            widget.setObjectName(f"drawer-{button.id}")
            widget.setEnabled(button.enabled)
            widget.clicked.connect(lambda _=False, b=button.id: self.button_clicked.emit(self.key, b))
            if self.hold is not None:
                self.hold.watch(widget)
            self.action_grid.addWidget(widget, row, column)
            self.buttons[button.id] = button


ACTION_COLUMNS = 3
"""The drawer's action grid: harmless actions in the first two columns, destructive ones in the last."""


def action_slots(buttons: Sequence[Button]) -> list[tuple[int, int]]:
    """(row, column) of each button: a destructive one never takes a place a harmless one can have.

    Cancel… sliding into the place Undo had a moment before turned a late Undo tap into a
    cancellation; with separate columns for the two kinds that cannot happen, whatever comes and goes.
    """
    slots: list[tuple[int, int]] = []
    harmless = destructive = 0
    for button in buttons:
        if is_destructive(button):
            slots.append((destructive, ACTION_COLUMNS - 1))
            destructive += 1
        else:
            slots.append((harmless // (ACTION_COLUMNS - 1), harmless % (ACTION_COLUMNS - 1)))
            harmless += 1
    return slots


def is_destructive(button: Button) -> bool:
    """Cancel, refunds: what asks for a reason and a second tap."""
    return button.style is ButtonStyle.DANGER or button.action in DESTRUCTIVE

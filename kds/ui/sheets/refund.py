"""Partial refund: pick items and quantities, see the amount, give a reason, tap twice.

Each line's stepper stops at what is still refundable: the platform's word when it can be had
(Keeta's preview), else the ordered quantity minus what earlier refunds took, and then the sheet
says that quantities and amount are estimates. A line with nothing left is disabled and says so.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Awaitable, Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kds.domain.actions import ReasonCode
from kds.domain.money import Money
from kds.domain.order import Line, Order
from kds.services.orders import RefundLimits
from kds.ui import wording
from kds.ui.sheets.confirm import TwoTapButton
from kds.ui.sheets.reason import MIN_TEXT
from kds.ui.viewmodels.card import quantity_text, shown_id
from kds.ui.widgets.overlay import Sheet, touch_button
from kds.ui.wording import tr

Items = list[tuple[str, int]]

log = logging.getLogger(__name__)


def line_price(line: Line) -> str:
    """What a line cost: its total, and the price of one when there are several ("R$ 20,00 · R$ 10,00 each")."""
    total = wording.money(line.total)
    if line.quantity == 1 or line.quantity == 0:
        return total
    each = wording.money((line.total * (Decimal(1) / line.quantity)).rounded())
    return total + " · " + tr("%1 each").replace("%1", each)


class PartialRefundSheet(Sheet):
    """Item and quantity picker with the refund amount the order service computes."""

    submitted = Signal(object, str, str, str)
    """`(items [(line id, quantity)], reason code, free text, token)` after the second tap."""

    def __init__(self, host: QWidget, order: Order, reasons: Sequence[ReasonCode],
                 amount: Callable[[Items], Money],
                 preview: Callable[[Items], Awaitable[Money]] | None = None, *,
                 limits: RefundLimits | None = None,
                 ask_limits: Callable[[], Awaitable[RefundLimits]] | None = None) -> None:
        """Refund parts of `order`; `amount(items)` prices a selection at once from the order's prices.

        `preview(items)`, when given, asks the platform for the amount it will really refund.

        `limits` caps each line at once (default: the ordered quantities); `ask_limits()`, when given,
        asks the platform what is still refundable and replaces them.
        """
        super().__init__(host, tr("Partial refund — %1").replace("%1", f"#{shown_id(order)}"))
        self.order = order
        self.reasons = list(reasons)
        self.amount_of = amount
        self.preview = preview
        self._preview_task: asyncio.Task[None] | None = None
        self._limits_task: asyncio.Task[None] | None = None
        self.confirmed_by_platform = False
        # One token per sheet: a double tap on the confirm button cannot refund twice.
        self.token = uuid.uuid4().hex
        self.quantities: dict[str, int] = {line.line_id: 0 for line in order.lines}
        self.limits = RefundLimits({line.line_id: int(line.quantity) for line in order.lines})
        self.labels: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        self.prices: dict[str, QLabel] = {}
        self.plus: dict[str, QPushButton] = {}
        self.minus: dict[str, QPushButton] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for row, line in enumerate(order.lines):
            name = QLabel(f"{quantity_text(line.quantity)} {line.name}")
            name.setObjectName("refundLine")
            name.setWordWrap(True)
            note = QLabel("")
            note.setObjectName("refundNote")
            note.setWordWrap(True)
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(name)
            cell.addWidget(note)
            price = QLabel(line_price(line))
            price.setObjectName("refundPrice")
            price.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            minus = touch_button("−")
            plus = touch_button("+")
            for b in (minus, plus):
                b.setFixedWidth(64)
            count = QLabel("0")
            count.setObjectName("refundCount")
            count.setAlignment(Qt.AlignmentFlag.AlignCenter)
            count.setMinimumWidth(48)
            minus.clicked.connect(lambda _=False, i=line.line_id: self.step(i, -1))
            plus.clicked.connect(lambda _=False, i=line.line_id: self.step(i, +1))
            grid.addLayout(cell, row, 0)
            grid.addWidget(price, row, 1)
            grid.addWidget(minus, row, 2)
            grid.addWidget(count, row, 3)
            grid.addWidget(plus, row, 4)
            self.labels[line.line_id], self.plus[line.line_id], self.minus[line.line_id] = count, plus, minus
            self.notes[line.line_id], self.prices[line.line_id] = note, price
        grid.setColumnStretch(0, 1)
        self.body.addLayout(grid)
        self.estimate = QLabel("")
        self.estimate.setObjectName("refundEstimate")
        self.estimate.setWordWrap(True)
        self.body.addWidget(self.estimate)
        self.total = QLabel("")
        self.total.setObjectName("refundTotal")
        self.body.addWidget(self.total)
        self.code = ""
        self.group = QButtonGroup(self)
        self.reason_buttons: dict[str, QPushButton] = {}
        if self.reasons:
            reasons_grid = QGridLayout()
            reasons_grid.setSpacing(10)
            for i, reason in enumerate(self.reasons):
                button = touch_button(wording.reason(reason), kind="choice")
                button.setCheckable(True)
                button.clicked.connect(lambda _=False, c=reason.code: self._choose(c))
                self.group.addButton(button)
                reasons_grid.addWidget(button, i // 3, i % 3)
                self.reason_buttons[reason.code] = button
            self.body.addLayout(reasons_grid)
        self.text = QLineEdit()
        self.text.setMinimumHeight(56)
        self.text.setPlaceholderText(tr("Write why (needed for “Other”)"))
        self.text.textChanged.connect(self._changed)
        self.body.addWidget(self.text)
        self.confirm = TwoTapButton(tr("Refund"), tr("Tap again to refund"))
        self.confirm.confirmed.connect(self._submit)
        self.buttons.addWidget(self.confirm, 2)
        self._asking = ask_limits is not None
        self.set_limits(limits or self.limits)
        if ask_limits is not None:
            self._limits_task = asyncio.ensure_future(self._ask_limits(ask_limits))
        self.closed.connect(self._stop_asking)

    def items(self) -> Items:
        """The selection: (line id, quantity) with quantity > 0."""
        return [(i, q) for i, q in self.quantities.items() if q > 0]

    def limit(self, line_id: str) -> int:
        """How many of the line may be refunded now."""
        return self.limits.quantities.get(line_id, 0)

    def set_limits(self, limits: RefundLimits) -> None:
        """Cap every line at `limits` (a choice above its cap comes down to it)."""
        self.limits = limits
        for line in self.order.lines:
            cap = self.limit(line.line_id)
            self.quantities[line.line_id] = min(self.quantities[line.line_id], cap)
            self.labels[line.line_id].setText(str(self.quantities[line.line_id]))
            if cap <= 0:
                note = tr("Nothing left to refund")
            elif cap < int(line.quantity):
                note = tr("%1 left to refund").replace("%1", str(cap))
            else:
                note = ""
            self.notes[line.line_id].setText(note)
            self.notes[line.line_id].setVisible(bool(note))
            for button in (self.plus[line.line_id], self.minus[line.line_id], self.labels[line.line_id]):
                button.setEnabled(cap > 0)
        if limits.from_platform:
            note = ""
        elif self._asking:
            note = tr("Asking the platform what is left to refund…")
        else:
            note = tr("The platform could not say what is left to refund: quantities and amount are estimates.")
        self.estimate.setText(note)
        self.estimate.setVisible(bool(note))
        self._changed()

    async def _ask_limits(self, ask: Callable[[], Awaitable[RefundLimits]]) -> None:
        try:
            limits = await ask()
        except asyncio.CancelledError:
            raise
        except Exception:  # the estimate stays, and says it is one
            log.warning("refundable quantities could not be had", exc_info=True)
            limits = self.limits
        self._asking = False
        if not self.is_closed:
            self.set_limits(limits)

    def _stop_asking(self) -> None:
        for task in (self._limits_task, self._preview_task):
            if task is not None and not task.done():
                task.cancel()

    def step(self, line_id: str, delta: int) -> None:
        """Change a line's quantity by `delta` within 0..what is left to refund."""
        if self.order.line(line_id) is None:
            return
        self.quantities[line_id] = max(0, min(self.limit(line_id), self.quantities[line_id] + delta))
        self.labels[line_id].setText(str(self.quantities[line_id]))
        self._changed()

    def _choose(self, code: str) -> None:
        self.code = code
        self._changed()

    def ready(self) -> bool:
        """True with items chosen and a valid reason."""
        if not self.items():
            return False
        if not self.reasons:
            return True
        reason = next((r for r in self.reasons if r.code == self.code), None)
        return reason is not None and (not reason.needs_text or len(self.text.text().strip()) >= MIN_TEXT)

    def _changed(self) -> None:
        items = self.items()
        amount = self.amount_of(items) if items else Money.zero(self.order.currency)
        self._show(amount, from_platform=False)
        self.confirm.setEnabled(self.ready())
        if self.preview is not None and items:
            if self._preview_task is not None:
                self._preview_task.cancel()  # only the latest selection matters
            self._preview_task = asyncio.ensure_future(self._ask_platform(list(items)))

    def _show(self, amount: Money, *, from_platform: bool) -> None:
        text = wording.money(amount)
        label = tr("Refund amount (from the platform): %1") if from_platform else tr("Refund amount (estimate): %1")
        self.total.setText(label.replace("%1", text))
        self.confirm.set_labels(tr("Refund %1").replace("%1", text), tr("Tap again to refund %1").replace("%1", text))
        self.confirmed_by_platform = from_platform

    async def _ask_platform(self, items: Items) -> None:
        """Replace the estimate with the platform's preview, if the selection is still the same."""
        assert self.preview is not None
        try:
            amount = await self.preview(items)
        except asyncio.CancelledError:
            raise
        except Exception:  # the estimate stays on screen; the platform decides in the end anyway
            log.warning("refund preview failed", exc_info=True)
            return
        if items == self.items():
            self._show(amount, from_platform=True)

    def _submit(self) -> None:
        if not self.ready():
            return
        self.submitted.emit(self.items(), self.code, self.text.text().strip(), self.token)
        self.close_overlay()

"""The main window's order actions: what to ask before an action is requested.

`OrderSheets` is a mixin of `MainWindow`: its methods use the models and widgets the window sets
up (declared below, so type checking sees them). Cancel and refunds ask for the manager PIN when
the station's settings guard them; Confirm asks for the preparation time when the station's
settings say so and the platform takes one; Cancel and refund rejection ask for a reason; agreeing
to a refund takes a second tap; a partial refund asks for the items; Dispatch of a self-delivery
order and Change rider ask which of our riders (the station's settings list them). The answer then
goes to `MainWindow.request` (the outbox); an action that needs nothing goes there at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, time

from PySide6.QtWidgets import QWidget

from kds.domain.actions import Action
from kds.domain.dishes import closing_time, end_of_business_day
from kds.domain.order import OrderKey, OrderType
from kds.services.orders import OrderService
from kds.services.sold_out import SoldOutService
from kds.station.settings import Guarded, PrepTime
from kds.ui import wording
from kds.ui.i18n import current_language
from kds.ui.setup.pin import PinSheet
from kds.ui.setup.station import StationContext
from kds.ui.sheets.confirm import PrepTimeSheet, TwoTapSheet, prep_choices
from kds.ui.sheets.reason import ReasonSheet
from kds.ui.sheets.refund import PartialRefundSheet
from kds.ui.sheets.rider import RiderSheet
from kds.ui.viewmodels.board import BoardModel
from kds.ui.viewmodels.card import quantity_text, shown_id
from kds.ui.widgets.overlay import Overlay
from kds.ui.wording import tr

GUARDS = {Action.CANCEL: Guarded.CANCEL, Action.PARTIAL_REFUND: Guarded.REFUND, Action.AGREE_REFUND: Guarded.REFUND,
          Action.REJECT_REFUND: Guarded.REFUND}
"""Actions the manager PIN can guard, and under which setting."""


class OrderSheets:
    """The PIN and the sheets an order action may need before it is requested."""

    # What the window sets up and this mixin relies on.
    board: BoardModel
    orders: OrderService
    station: StationContext
    root: QWidget
    show_toast: Callable[[str], None]
    ask_pin: Callable[[str, Callable[[], object]], PinSheet]
    request: Callable[..., bool]
    _open: Callable[[Overlay], None]
    sold_out: SoldOutService

    def perform(self, key: OrderKey, action: Action) -> None:
        """Do `action` on `key`, asking first where the action needs it (the manager PIN, a reason, ...)."""
        ticket = self.board.ticket(key) or self.orders.ticket(key)
        if ticket is None:
            self.show_toast(wording.action_error("unknown_order"))
            return
        guard = GUARDS.get(action)
        if guard is not None and self.station.settings.security.requires_pin(guard):
            why = f"{wording.action_name(action)} · #{shown_id(ticket.order)}"
            self.ask_pin(why, lambda: self._perform(key, action))
            return
        self._perform(key, action)

    def closes_at(self, local: datetime) -> time | None:
        """When the business day running at `local` closes by the opening hours in Settings (None: midnight)."""
        return closing_time((d.span() for d in self.station.settings.behaviour.opening_hours), local)

    def _cancel(self, key: OrderKey, sheet: ReasonSheet, code: str, text: str) -> None:
        """Cancel with a reason; dishes picked as run out are sent with it and, if asked, marked sold out."""
        picked = sheet.picked()
        ticket = self.orders.ticket(key)
        if picked and sheet.mark_sold_out and ticket is not None:
            ran_out = replace(ticket.order, lines=tuple(line for line in ticket.order.lines if line.line_id in picked))
            now = self.orders.now().astimezone()
            until = end_of_business_day(now, self.closes_at(now))
            for dish in self.sold_out.dishes_of(ran_out):
                self.sold_out.sell_out(dish.key, until)
        quantities = {line.line_id: line.quantity for line in ticket.order.lines} if ticket is not None else {}
        self.request(key, Action.CANCEL, reason_code=code, reason=text,
                     items=[(line_id, max(1, int(quantities.get(line_id, 1)))) for line_id in picked])

    def _perform(self, key: OrderKey, action: Action) -> None:
        ticket = self.board.ticket(key) or self.orders.ticket(key)
        if ticket is None:
            self.show_toast(wording.action_error("unknown_order"))
            return
        label = f"#{shown_id(ticket.order)}"
        policy = ticket.policy
        behaviour = self.station.settings.behaviour
        if action is Action.CONFIRM and behaviour.prep_time is PrepTime.ASK and policy.takes_preparation_time:
            usual = behaviour.default_prep_minutes
            prep = PrepTimeSheet(self.root, label, prep_choices(usual), usual)
            prep.chosen.connect(lambda m: self.request(key, Action.CONFIRM, preparation_minutes=m))
            self._open(prep)
        elif action is Action.CANCEL:
            language = current_language().value
            lines = [(line.line_id, f"{quantity_text(line.quantity)} {line.name_in(language)}")
                     for line in ticket.order.lines]
            cancel = ReasonSheet(self.root, tr("Cancel order %1?").replace("%1", label), policy.cancel_reasons,
                                 tr("Cancel order %1").replace("%1", label),
                                 tr("Tap again to cancel %1").replace("%1", label), lines=lines)
            cancel.submitted.connect(lambda code, text: self._cancel(key, cancel, code, text))
            self._open(cancel)
        elif action is Action.AGREE_REFUND:
            # Money leaves the restaurant: like Reject, it takes a second tap (and the PIN when it guards refunds).
            request = ticket.status.refund_request
            amount = wording.money(request.amount) if request is not None and request.amount is not None else ""
            whole = request is None or request.full
            text = (tr("The customer gets the whole order refunded.") if whole
                    else tr("The customer gets the requested items refunded."))
            if amount:
                text += "\n" + tr("Amount: %1").replace("%1", amount)
            agree = TwoTapSheet(self.root, tr("Agree to the refund request of %1?").replace("%1", label), text,
                                tr("Agree refund"), tr("Tap again to agree to the refund"))
            agree.confirmed.connect(lambda: self.request(key, Action.AGREE_REFUND))
            self._open(agree)
        elif action is Action.REJECT_REFUND:
            reject = ReasonSheet(self.root, tr("Reject the refund request of %1?").replace("%1", label),
                                 policy.refund_reject_reasons, tr("Reject refund"),
                                 tr("Tap again to reject the refund"))
            reject.submitted.connect(
                lambda code, text: self.request(key, Action.REJECT_REFUND, reason_code=code, reason=text))
            self._open(reject)
        elif action is Action.PARTIAL_REFUND:
            refund = PartialRefundSheet(self.root, ticket.order, policy.partial_refund_reasons,
                                        lambda items: self.orders.refund_amount(key, items),
                                        lambda items: self.orders.refund_preview(key, items),
                                        limits=self.orders.refund_limits_estimate(key),
                                        ask_limits=lambda: self.orders.refund_limits(key))
            refund.submitted.connect(lambda items, code, text, token: self.request(
                key, Action.PARTIAL_REFUND, items=items, reason_code=code, reason=text, token=token))
            self._open(refund)
        elif action is Action.DISPATCH and ticket.order.type is OrderType.SELF_DELIVERY:
            riders = self.station.settings.own_riders()
            dispatch = RiderSheet(self.root, tr("Dispatch %1 — who takes it?").replace("%1", label), riders,
                                  self.orders.rider_usage())
            dispatch.chosen.connect(lambda rider: self.request(key, Action.DISPATCH, rider=rider))
            self._open(dispatch)
        elif action is Action.CHANGE_RIDER:
            riders = self.station.settings.own_riders()
            change = RiderSheet(self.root, tr("Who takes %1 now?").replace("%1", label), riders,
                                self.orders.rider_usage(), current=ticket.rider, allow_none=False)
            change.chosen.connect(lambda rider: self.request(key, Action.CHANGE_RIDER, rider=rider))
            self._open(change)
        else:
            self.request(key, action)

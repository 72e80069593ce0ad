"""Staff actions, what a platform policy says (deadlines and capabilities) and which actions an order allows."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import timedelta
from enum import StrEnum

from kds.domain.order import Order, OrderType, Platform
from kds.domain.states import OrderStatus, RefundOutcome, Stage


class Action(StrEnum):
    """What staff can ask a platform to do with an order."""

    CONFIRM = "confirm"
    READY = "ready"
    COLLECT = "collect"  # a pickup order was handed to its customer
    DISPATCH = "dispatch"  # self-delivery: our rider left
    DELIVERED = "delivered"  # self-delivery: our rider delivered
    CHANGE_RIDER = "change_rider"  # self-delivery: another of our riders took the order
    CANCEL = "cancel"
    PARTIAL_REFUND = "partial_refund"
    AGREE_REFUND = "agree_refund"
    REJECT_REFUND = "reject_refund"


DESTRUCTIVE = frozenset({Action.CANCEL, Action.PARTIAL_REFUND, Action.REJECT_REFUND})
"""Actions that ask for a reason and a second tap."""

UNDOABLE = frozenset({Action.READY, Action.COLLECT, Action.DELIVERED})
"""Actions that get a few seconds of undo before they are sent."""

REPEATABLE = frozenset({Action.PARTIAL_REFUND, Action.CHANGE_RIDER})
"""Actions that may legitimately be sent more than once for the same order."""

RIDER_ACTIONS = frozenset({Action.DISPATCH, Action.CHANGE_RIDER})
"""Actions that name which of our riders has the order (`kds.domain.riders.Rider`)."""


@dataclass(frozen=True, slots=True)
class ReasonCode:
    """A reason a platform accepts, with the platform's code."""

    code: str
    label: str
    needs_text: bool = False
    out_of_stock: bool = False  # dishes ran out: staff pick them (sent where the platform's cancel takes them)


@dataclass(frozen=True, slots=True)
class PlatformPolicy:
    """A platform's rules: deadlines, the actions it offers and the reason codes it accepts."""

    platform: Platform
    label: str
    actions: frozenset[Action]
    accept_window: timedelta | None = None
    auto_accepts_on_timeout: bool = False  # True: the deadline accepts the order instead of cancelling it
    takes_preparation_time: bool = False  # True: Confirm can tell the platform how long the food takes
    reports_payment: bool = False  # True: an event says when the payment settles (`OrderStatus.paid`)
    refund_answer_window: timedelta | None = None
    final_after: timedelta | None = None
    pickup_auto_complete: timedelta | None = None
    cancel_reasons: tuple[ReasonCode, ...] = ()
    refund_reject_reasons: tuple[ReasonCode, ...] = ()
    partial_refund_reasons: tuple[ReasonCode, ...] = ()
    cancel_until: Stage = Stage.READY  # the last stage in which staff may still cancel the order
    color: str = "#888888"
    extra: dict[str, str] = field(default_factory=dict)

    def scaled(self, factor: float) -> PlatformPolicy:
        """The same policy with every window divided by `factor` (demo and training time scale)."""
        if factor == 1:
            return self

        def s(value: timedelta | None) -> timedelta | None:
            return None if value is None else value / factor

        return replace(
            self,
            accept_window=s(self.accept_window),
            refund_answer_window=s(self.refund_answer_window),
            final_after=s(self.final_after),
            pickup_auto_complete=s(self.pickup_auto_complete),
        )


FAKE_POLICY = PlatformPolicy(
    platform=Platform.FAKE,
    label="Test",
    actions=frozenset(Action),
    accept_window=timedelta(minutes=5),
    takes_preparation_time=True,
    refund_answer_window=timedelta(minutes=15),
    cancel_reasons=(ReasonCode("OUT_OF_STOCK", "items_out_of_stock"),
                    ReasonCode("OTHER", "other", needs_text=True)),
    refund_reject_reasons=(ReasonCode("DISH_ALREADY_DONE", "dish_already_done"),
                           ReasonCode("OUT_FOR_DELIVERY", "out_for_delivery"),
                           ReasonCode("OTHER", "other", needs_text=True)),
    partial_refund_reasons=(ReasonCode("OUT_OF_STOCK", "item_out_of_stock"),
                            ReasonCode("OTHER", "other", needs_text=True)),
    color="#7E57C2",
)
"""The policy of the platform tests and the training screens use: every action, short deadlines.

Each real platform's policy lives in its own package; `kds.platforms.registry.POLICIES` has them all."""


def _stage_allows(action: Action, order: Order, status: OrderStatus, policy: PlatformPolicy) -> bool:
    stage, kind = status.stage, order.type
    match action:
        case Action.CONFIRM:
            return stage is Stage.NEW
        case Action.READY:
            return stage is Stage.ACCEPTED
        case Action.COLLECT:
            return kind is OrderType.PICKUP and stage in (Stage.ACCEPTED, Stage.READY)
        case Action.DISPATCH:
            return kind is OrderType.SELF_DELIVERY and stage in (Stage.ACCEPTED, Stage.READY)
        case Action.DELIVERED | Action.CHANGE_RIDER:
            return kind is OrderType.SELF_DELIVERY and stage is Stage.OUT
        case Action.CANCEL:
            return stage <= min(policy.cancel_until, Stage.OUT) and not status.cancellation_requested
        case Action.PARTIAL_REFUND:
            return Stage.ACCEPTED <= stage <= Stage.DONE and status.refund_request is None
        case Action.AGREE_REFUND | Action.REJECT_REFUND:
            return status.refund_request is not None and stage is not Stage.CANCELLED
    return False  # pragma: no cover - match is exhaustive


def allowed_actions(order: Order, status: OrderStatus, policy: PlatformPolicy) -> tuple[Action, ...]:
    """The actions staff may take on `order` now, in display order (primary first).

    None while the order's content is unknown: the platform needs it (Keeta's confirm names the
    order's code), and staff act on the platform's own tablet meanwhile.
    """
    if order.placeholder and not order.lines:
        return ()
    return tuple(a for a in Action if a in policy.actions and _stage_allows(a, order, status, policy))


def action_satisfied(action: Action, status: OrderStatus) -> bool:
    """True when `status` shows that `action` has already taken effect (e.g. done on the platform tablet).

    The outbox uses this to reconcile a "not in a valid state" answer with a fresh look at the order.
    """
    match action:
        case Action.CONFIRM:
            return status.stage >= Stage.ACCEPTED
        case Action.READY:
            return status.stage >= Stage.READY
        case Action.COLLECT | Action.DELIVERED:
            return status.stage in (Stage.DONE, Stage.CANCELLED)
        case Action.DISPATCH:
            return status.stage >= Stage.OUT
        case Action.CANCEL:
            return status.stage is Stage.CANCELLED or status.cancellation_requested
        case Action.AGREE_REFUND:
            return status.refund_request is None and status.refund_outcome is RefundOutcome.REFUNDED
        case Action.REJECT_REFUND:
            return status.refund_request is None and status.refund_outcome is RefundOutcome.REJECTED
        case Action.PARTIAL_REFUND | Action.CHANGE_RIDER:
            return False
    return False  # pragma: no cover


def primary_action(actions: tuple[Action, ...]) -> Action | None:
    """The action the big button (and Enter) performs: the first one that is not destructive."""
    return next((a for a in actions if a not in DESTRUCTIVE), None)

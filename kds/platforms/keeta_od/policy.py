"""What staff may do with a Keeta Open Delivery order, and Keeta's deadlines and reason codes for it."""

from __future__ import annotations

from datetime import timedelta

from kds.domain.actions import Action, PlatformPolicy, ReasonCode
from kds.domain.order import Platform

REFUND_REJECT_REASONS = (
    ReasonCode("DISH_ALREADY_DONE", "dish_already_done"),
    ReasonCode("OUT_FOR_DELIVERY", "out_for_delivery"),
    ReasonCode("OTHER", "other", needs_text=True),
)
"""Why a restaurant may refuse a customer's refund request."""

POLICY = PlatformPolicy(
    platform=Platform.KEETA_OD,
    label="Keeta OD",
    actions=frozenset({Action.CONFIRM, Action.READY, Action.DISPATCH, Action.DELIVERED, Action.CHANGE_RIDER,
                       Action.CANCEL, Action.AGREE_REFUND, Action.REJECT_REFUND}),
    accept_window=timedelta(minutes=5),
    takes_preparation_time=True,  # confirm's `preparationTime` (minutes)
    refund_answer_window=timedelta(minutes=15),
    final_after=timedelta(hours=4),
    cancel_reasons=(
        ReasonCode("INSUFFICIENT_DISHES", "insufficient_dishes", out_of_stock=True),
        ReasonCode("SUSPENSION_OF_BUSINESS", "suspension_of_business"),
        ReasonCode("INSUFFICIENT_MANPOWER", "insufficient_manpower"),
        ReasonCode("OTHERS", "other", needs_text=True),
    ),
    refund_reject_reasons=REFUND_REJECT_REASONS,
    color="#FFC700",
)
"""Keeta Open Delivery's policy (`kds.platforms.registry.POLICIES`)."""

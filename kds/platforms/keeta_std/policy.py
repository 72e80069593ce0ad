"""What staff may do with a Keeta Standard order, and Keeta's deadlines and numeric reason codes for it."""

from __future__ import annotations

from datetime import timedelta

from kds.domain.actions import Action, PlatformPolicy, ReasonCode
from kds.domain.order import Platform
from kds.domain.states import Stage

POLICY = PlatformPolicy(
    platform=Platform.KEETA_STD,
    label="Keeta Std",
    actions=frozenset(Action),
    accept_window=timedelta(minutes=5),
    refund_answer_window=timedelta(minutes=15),
    final_after=timedelta(hours=4),
    pickup_auto_complete=timedelta(hours=1),
    cancel_reasons=(
        ReasonCode("500001", "insufficient_dishes", out_of_stock=True),
        ReasonCode("500002", "suspension_of_business"),
        ReasonCode("500003", "insufficient_manpower"),
        ReasonCode("500000", "other", needs_text=True),
    ),
    refund_reject_reasons=(
        ReasonCode("100001", "dish_already_done"),
        ReasonCode("100002", "out_for_delivery"),
        ReasonCode("100000", "other", needs_text=True),
    ),
    # "Merchants may cancel orders at any stage" until the order is final (done or cancelled).
    cancel_until=Stage.OUT,
    partial_refund_reasons=(
        ReasonCode("200001", "item_out_of_stock"),
        ReasonCode("200002", "item_damaged"),
        ReasonCode("200003", "wrong_item"),
        ReasonCode("200004", "customer_request"),
        ReasonCode("200000", "other", needs_text=True),
    ),
    color="#FFB300",
)
"""Keeta Standard's policy (`kds.platforms.registry.POLICIES`)."""

"""What staff may do with a GoFood order: confirm, mark ready or cancel, within GoFood's three minutes."""

from __future__ import annotations

from datetime import timedelta

from kds.domain.actions import Action, PlatformPolicy, ReasonCode
from kds.domain.order import Platform

POLICY = PlatformPolicy(
    platform=Platform.GOFOOD,
    label="GoFood",
    actions=frozenset({Action.CONFIRM, Action.READY, Action.CANCEL}),
    accept_window=timedelta(minutes=3),
    cancel_reasons=(
        ReasonCode("HIGH_DEMAND", "high_demand"),
        ReasonCode("RESTAURANT_CLOSED", "restaurant_closed"),
        ReasonCode("ITEMS_OUT_OF_STOCK", "items_out_of_stock"),
        ReasonCode("OTHERS", "other", needs_text=True),
    ),
    color="#EE2737",
)
"""GoFood's policy (`kds.platforms.registry.POLICIES`)."""

"""What staff may do with a GoFood order, and GoFood's two acceptance windows (seed: GoFood Order State).

An outlet works in one of three acceptance modes, set at GoBiz (`AcceptanceMode`): manual acceptance
(GoFood rejects an order nobody accepted within 3 minutes), auto-accept on timeout (GoFood accepts it
after 1 minute) or auto-accept (GoFood accepts every order at once: no order waits for the restaurant).
`POLICY` is the manual one; `policy_for` gives the policy of another mode, keeping a time scale.

GoFood's reject endpoint (`…/cancelled`) answers an order awaiting acceptance [C: "Reject Order"]; the
documentation offers no cancellation of an accepted order, so staff may cancel only while it is new.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from enum import StrEnum

from kds.domain.actions import Action, PlatformPolicy, ReasonCode
from kds.domain.order import Platform
from kds.domain.states import Stage


class AcceptanceMode(StrEnum):
    """How the outlet accepts GoFood orders (the `mode` setting, `KDS_GOFOOD_MODE`)."""

    MANUAL = "manual"
    AUTO_ON_TIMEOUT = "auto_accept_on_timeout"
    AUTO = "auto_accept"


MANUAL_WINDOW = timedelta(minutes=3)
"""Manual acceptance: GoFood rejects the order when nobody accepted it within this time."""
AUTO_ON_TIMEOUT_WINDOW = timedelta(minutes=1)
"""Auto-accept on timeout: GoFood accepts the order when nobody answered within this time."""

REASON_DESCRIPTIONS = {
    "HIGH_DEMAND": "Restaurant is too busy",
    "RESTAURANT_CLOSED": "Restaurant is closed",
    "ITEMS_OUT_OF_STOCK": "Items are out of stock",
    "OTHERS": "Other reason",
}
"""The `cancel_reason_description` sent when staff gave no words of their own (GoFood wants at least 3 characters)."""

POLICY = PlatformPolicy(
    platform=Platform.GOFOOD,
    label="GoFood",
    actions=frozenset({Action.CONFIRM, Action.READY, Action.CANCEL}),
    accept_window=MANUAL_WINDOW,
    cancel_reasons=(
        ReasonCode("HIGH_DEMAND", "high_demand"),
        ReasonCode("RESTAURANT_CLOSED", "restaurant_closed"),
        ReasonCode("ITEMS_OUT_OF_STOCK", "items_out_of_stock", out_of_stock=True),
        ReasonCode("OTHERS", "other", needs_text=True),
    ),
    cancel_until=Stage.NEW,
    reports_payment=True,  # `placed` says the payment settled (mapping: `details[PAYMENT] = SETTLED`)
    color="#EE2737",
)
"""GoFood's policy in manual acceptance (`kds.platforms.registry.POLICIES`)."""


def acceptance_mode(text: str) -> AcceptanceMode:
    """The mode a setting names ("" is manual, GoFood's default before linking).

    Raises:
        ValueError: not one of `AcceptanceMode`'s values.
    """
    value = text.strip().lower().replace("-", "_")
    if not value:
        return AcceptanceMode.MANUAL
    try:
        return AcceptanceMode(value)
    except ValueError:
        names = ", ".join(m.value for m in AcceptanceMode)
        raise ValueError(f"GoFood acceptance mode {text!r} is not one of {names}") from None


def outlet_modes(text: str) -> dict[str, AcceptanceMode]:
    """The per-outlet modes a setting names: `OUTLET=mode` pairs, separated by commas, semicolons or spaces.

    An outlet not named works in the platform-wide `acceptance_mode`. "" names none.

    Raises:
        ValueError: a pair without `=` or an outlet, an outlet named twice, or a mode GoFood does not have.
    """
    modes: dict[str, AcceptanceMode] = {}
    for pair in (p for p in re.split(r"[\s,;]+", text.strip()) if p):
        outlet, sep, mode = pair.partition("=")
        outlet = outlet.strip()
        if not sep or not outlet or not mode.strip():
            raise ValueError(f"GoFood outlet mode {pair!r} is not OUTLET=mode (e.g. G123456789=auto_accept_on_timeout)")
        if outlet in modes:
            raise ValueError(f"GoFood outlet {outlet!r} is given two acceptance modes")
        try:
            modes[outlet] = acceptance_mode(mode)
        except ValueError as exc:
            raise ValueError(f"GoFood outlet {outlet!r}: {exc}") from None
    return modes


def policy_for(mode: AcceptanceMode, policy: PlatformPolicy = POLICY) -> PlatformPolicy:
    """The policy of `mode`, from `policy` (`POLICY`, possibly scaled: the scale is kept).

    Auto-accept on timeout has the shorter window, which accepts the order; auto-accept has none.
    """
    if mode is AcceptanceMode.MANUAL or policy.accept_window is None:
        return policy
    if mode is AcceptanceMode.AUTO:
        return replace(policy, accept_window=None)
    scale = MANUAL_WINDOW / policy.accept_window
    return replace(policy, accept_window=AUTO_ON_TIMEOUT_WINDOW / scale, auto_accepts_on_timeout=True)

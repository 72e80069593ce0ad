"""GoFood's acceptance modes and their two windows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from kds.domain.actions import Action, allowed_actions
from kds.domain.states import OrderStatus, Stage
from kds.platforms.gofood.mapping import map_order, read_event
from kds.platforms.gofood.policy import POLICY, AcceptanceMode, acceptance_mode, outlet_modes, policy_for
from tests.unit.platforms.gofood.conftest import notification, relay_event


def test_manual_acceptance_has_three_minutes_then_gofood_rejects() -> None:
    policy = policy_for(AcceptanceMode.MANUAL)
    assert policy.accept_window == timedelta(minutes=3) and not policy.auto_accepts_on_timeout


def test_auto_accept_on_timeout_has_one_minute_then_gofood_accepts() -> None:
    policy = policy_for(AcceptanceMode.AUTO_ON_TIMEOUT)
    assert policy.accept_window == timedelta(minutes=1) and policy.auto_accepts_on_timeout


def test_auto_accept_has_no_window() -> None:
    assert policy_for(AcceptanceMode.AUTO).accept_window is None


def test_a_time_scale_is_kept() -> None:
    assert policy_for(AcceptanceMode.AUTO_ON_TIMEOUT, POLICY.scaled(10)).accept_window == timedelta(seconds=6)


@pytest.mark.parametrize(("text", "mode"), [("", AcceptanceMode.MANUAL), ("manual", AcceptanceMode.MANUAL),
                                            ("auto-accept-on-timeout", AcceptanceMode.AUTO_ON_TIMEOUT),
                                            ("AUTO_ACCEPT", AcceptanceMode.AUTO)])
def test_modes_are_read_from_settings(text: str, mode: AcceptanceMode) -> None:
    assert acceptance_mode(text) is mode


def test_an_unknown_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="manual"):
        acceptance_mode("sometimes")


def test_staff_may_reject_only_an_order_awaiting_acceptance() -> None:
    result = read_event(relay_event(notification("awaiting_delivery.json")))
    order = map_order(result.body)  # type: ignore[union-attr]
    assert allowed_actions(order, OrderStatus(), POLICY) == (Action.CONFIRM, Action.CANCEL)
    assert allowed_actions(order, OrderStatus(stage=Stage.ACCEPTED), POLICY) == (Action.READY,)


def test_outlet_modes_are_read_as_outlet_mode_pairs() -> None:
    assert outlet_modes("") == {}
    assert outlet_modes("G1=auto-accept-on-timeout, G2=manual;G3=AUTO_ACCEPT") == {
        "G1": AcceptanceMode.AUTO_ON_TIMEOUT, "G2": AcceptanceMode.MANUAL, "G3": AcceptanceMode.AUTO}


@pytest.mark.parametrize(("text", "says"), [("G1", "is not OUTLET=mode"), ("=manual", "is not OUTLET=mode"),
                                            ("G1=", "is not OUTLET=mode"), ("G1=soon", "'soon' is not one of"),
                                            ("G1=manual,G1=auto_accept", "two acceptance modes")])
def test_a_bad_outlet_mode_is_refused(text: str, says: str) -> None:
    with pytest.raises(ValueError, match=says):
        outlet_modes(text)

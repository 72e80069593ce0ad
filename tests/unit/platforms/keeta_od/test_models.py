"""Wire models: tolerant of what Keeta may add, strict about what the kitchen relies on."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from kds.platforms.keeta_od import models as wire
from tests.unit.platforms.keeta_od.conftest import load

ORDERS = ["order_delivery_created.json", "order_pickup_pt.json", "order_self_delivery_enc.json",
          "order_scheduled.json", "order_indoor_zh.json"]


def event(**changes: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"eventId": "e-1", "eventType": "CREATED", "orderId": "o-1",
                            "orderURL": "https://keeta.test/v1/orders/o-1", "createdAt": "2026-01-01T12:00:00Z"}
    base.update(changes)
    return {k: v for k, v in base.items() if v is not None}


@pytest.mark.parametrize("name", ORDERS)
def test_every_order_fixture_parses(name: str) -> None:
    raw = load(name)
    order = wire.ORDER.validate_python(raw)
    assert order["id"] and order["items"] and order["total"]["order_amount"]["currency"]
    assert wire.ORDER.validate_json(json.dumps(raw)) == order  # straight from the bytes: the same order


def test_every_keeta_event_type_parses() -> None:
    events = [wire.Event.model_validate(raw) for raw in load("events_all_types.json")]
    assert {e.event_type for e in events} == set(wire.EventType)
    assert len(wire.EventType) == 12


@pytest.mark.parametrize("kind", ["PREPARING", "PREPARATION_REQUESTED", "PICKUP_AREA_ASSIGNED",
                                  "CANCELLATION_REQUEST_DENIED", "ORDER_CANCELLATION_REQUEST",
                                  "CANCELLED_DENIED", "PLACED", "created", "", "%%garbage%%"])
def test_types_keeta_does_not_document_are_rejected(kind: str) -> None:
    with pytest.raises(ValidationError):
        wire.Event.model_validate(event(eventType=kind))


@pytest.mark.parametrize("broken", [
    {"eventId": None}, {"orderId": None}, {"createdAt": None}, {"eventType": None},
    {"eventId": ""}, {"orderId": 12345}, {"createdAt": "yesterday"},
])
def test_malformed_events_are_rejected(broken: dict[str, Any]) -> None:
    raw = event()
    for key, value in broken.items():
        if value is None:
            del raw[key]
        else:
            raw[key] = value
    with pytest.raises(ValidationError):
        wire.Event.model_validate(raw)


def test_unknown_fields_are_ignored_and_order_url_is_optional() -> None:
    parsed = wire.Event.model_validate(event(orderURL=None, merchantId="m-1", future={"x": [1]}))
    assert parsed.order_url == ""
    assert parsed.event_id == "e-1"
    assert wire.Event.model_validate(event(metadata="refund")).meta == {}


def test_timestamps_become_aware_utc() -> None:
    assert wire.Event.model_validate(event(createdAt="2026-01-01T20:00:00+08:00")).created_at == \
        datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    naive = wire.Event.model_validate(event(createdAt="2026-01-01T12:00:00")).created_at
    assert naive == datetime(2026, 1, 1, 12, 0, tzinfo=UTC)


def test_prices_are_decimal_and_reject_nonsense() -> None:
    assert wire.PRICE.validate_python({"value": 0.1, "currency": "HKD"})["value"] == Decimal("0.1")
    assert wire.PRICE.validate_python({"value": "12.3400", "currency": "HKD"})["value"] == Decimal("12.3400")
    assert wire.PRICE.validate_json(b'{"value": 12.50, "currency": "HKD", "extra": 1}') == {
        "value": Decimal("12.5"), "currency": "HKD"}
    for bad in ({"value": float("inf"), "currency": "HKD"}, {"value": "abc", "currency": "HKD"},
                {"value": 1, "currency": "HK"}, {"value": 1}):
        with pytest.raises(ValidationError):
            wire.PRICE.validate_python(bad)


def test_order_missing_what_the_kitchen_needs_is_rejected() -> None:
    for key in ("id", "type", "items", "total", "merchant", "createdAt"):
        raw = load("order_pickup_pt.json")
        del raw[key]
        with pytest.raises(ValidationError):
            wire.ORDER.validate_python(raw)
    raw = load("order_pickup_pt.json")
    raw["type"] = "DRONE"
    with pytest.raises(ValidationError):
        wire.ORDER.validate_python(raw)


def test_order_tolerates_odd_optional_fields() -> None:
    raw = load("order_delivery_created.json")
    raw["delivery"]["deliveryAddress"]["coordinates"] = {"latitude": "ENC_#x#1#", "longitude": None}
    raw["otherFees"][0]["type"] = "SOMETHING_NEW"
    raw["payments"]["methods"][0]["brand"] = "NEWCARD"
    raw["lastEvent"] = "SOMETHING_ELSE"
    raw["brandNewTopLevel"] = [{"a": 1}]
    del raw["preparationStartDateTime"]
    order = wire.ORDER.validate_python(raw)
    assert "preparation_start_date_time" not in order


def test_token_problem_and_decrypt_answers() -> None:
    token = wire.TokenResponse.model_validate(load("token.json"))
    assert (token.access_token, token.expires_in) == ("tok-0001", 7200)
    problem = wire.Problem.model_validate(load("problem_422_cancellation.json"))
    assert problem.cancellation_status == "CANCELLED" and problem.status == 422
    infos = wire.BatchDecryptResponse.model_validate(load("batch_decrypt.json")).plain_infos
    assert [i.ok for i in infos] == [True, True, False]
    with pytest.raises(ValidationError):
        wire.TokenResponse.model_validate({"token_type": "bearer"})


def test_ack_item_serialises_with_wire_names() -> None:
    ack = wire.AckEvent(id="e-1", order_id="o-1", event_type="CREATED")
    assert ack.model_dump(by_alias=True) == {"id": "e-1", "orderId": "o-1", "eventType": "CREATED"}

"""The snapshot codec and the JSON text it writes: same text as the standard library, lossless round trips."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

from kds.domain.events import EventKind, OrderEvent, RefundItem, RefundRequest
from kds.domain.money import Money
from kds.domain.order import Order, Platform
from kds.domain.states import OrderStatus, RefundOutcome, Stage
from kds.store import jsontext
from kds.store.codec import dumps, loads, to_data
from tests.fakes.platform import make_order

T0 = datetime(2026, 3, 1, 12, 0, 5, 123456, tzinfo=UTC)


def stdlib(value: object) -> str:
    return json.dumps(to_data(value), ensure_ascii=False, separators=(",", ":"))


def refund() -> RefundRequest:
    return RefundRequest(T0, Money.of("12.50", "BRL"), "frio", (RefundItem("宫保鸡丁", Decimal("1.5"), "l1"),),
                         full=False, reference="r-1")


def test_order_text_is_what_the_standard_library_writes_and_reads_back() -> None:
    order = make_order(Platform.KEETA_OD, created_at=T0, customer="陳大文", notes="sem cebola 🌶")
    text = dumps(order)
    assert text == stdlib(order)
    assert "陳大文" in text and "\\u" not in text  # UTF-8 kept, not escaped
    assert loads(Order, text) == order


def test_event_and_status_round_trip() -> None:
    event = OrderEvent(Platform.KEETA_STD, "e1", "o1", EventKind.REFUND_REQUESTED, T0, source_type="1004",
                       refund=refund(), amount=Money.of("0.125", "KWD"), details={"k": "v", "n": "3"})
    status = OrderStatus(stage=Stage.READY, accepted_at=T0, ready_at=T0 + timedelta(minutes=9),
                         refund_request=refund(), refund_outcome=RefundOutcome.NONE,
                         refunded=Money.of("3", "IDR"), last_event_at=T0.astimezone(timezone(timedelta(hours=8))))
    for value, kind in ((event, OrderEvent), (status, OrderStatus)):
        text = dumps(value)
        assert text == stdlib(value)
        assert loads(kind, text) == value


def test_values_the_fast_encoder_refuses_are_written_by_the_standard_library() -> None:
    for value in ({"n": 123456789012345678901234567890}, {1: "one", "2": "two"}, ["\ud83d"]):
        assert jsontext.dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def test_default_hook_sees_what_the_standard_library_would_hand_it() -> None:
    seen: list[type] = []

    def default(value: object) -> object:
        seen.append(type(value))
        return str(value)

    text = jsontext.dumps({"when": T0, "amount": Decimal("1.10"), "money": Money.of("2", "BRL")}, default)
    assert text == json.dumps({"when": T0, "amount": Decimal("1.10"), "money": Money.of("2", "BRL")},
                              ensure_ascii=False, separators=(",", ":"), default=default)
    assert seen == [datetime, Decimal, Money] * 2


def test_an_order_stored_before_it_had_its_own_acceptance_window_still_reads() -> None:
    order = make_order(Platform.GOFOOD, created_at=T0)
    data = json.loads(dumps(order))
    del data["accept_window_seconds"], data["accepts_on_timeout"]  # as an older version stored it
    old = loads(Order, json.dumps(data))
    assert old == order
    assert old.accept_window_seconds is None and old.accepts_on_timeout is None
    own = replace(order, accept_window_seconds=60.0, accepts_on_timeout=True)
    assert loads(Order, dumps(own)) == own

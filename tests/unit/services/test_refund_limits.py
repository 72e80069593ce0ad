"""What the refund picker may offer: the platform's refundable quantities, else an estimate from the journal."""

from __future__ import annotations

from decimal import Decimal

from kds.domain.events import EventKind, RefundItem
from kds.domain.money import Money
from kds.platforms.base import PlatformTransientError, RefundPreview
from kds.services.engine import Engine
from tests.fakes.platform import FakePlatform


async def accepted_with_a_partial_refund(engine: Engine, fake: FakePlatform):
    order = fake.add_order(lines=3)  # 1, 2 and 3 of each line
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    fake.push(order.key.order_id, EventKind.PARTIAL_REFUND, amount=Money.of("20.00", order.currency),
              items=(RefundItem("Feijoada", Decimal(2), order.lines[1].line_id),))
    await engine.pollers[fake.platform].poll_once()
    return order


async def test_without_a_preview_the_estimate_takes_earlier_refunds_off(engine: Engine, fake: FakePlatform) -> None:
    order = await accepted_with_a_partial_refund(engine, fake)
    limits = await engine.orders.refund_limits(order.key)
    assert not limits.from_platform
    assert limits.quantities == {order.lines[0].line_id: 1, order.lines[1].line_id: 0, order.lines[2].line_id: 3}
    assert engine.orders.refund_limits_estimate(order.key) == limits


async def test_the_platforms_word_wins_and_is_capped_at_the_ordered_quantity(engine: Engine,
                                                                              fake: FakePlatform) -> None:
    order = await accepted_with_a_partial_refund(engine, fake)
    asked: list[list[tuple[str, int]]] = []

    async def refund_preview(o, items):
        asked.append(list(items))
        first, _, third = (line.line_id for line in o.lines)
        return RefundPreview(Money.zero(o.currency), (), refundable=((first, 0), (third, 9)))

    fake.refund_preview = refund_preview  # type: ignore[attr-defined]
    limits = await engine.orders.refund_limits(order.key)
    assert asked == [[]]  # "what is left", not a price
    assert limits.from_platform
    assert limits.quantities == {order.lines[0].line_id: 0, order.lines[1].line_id: 0, order.lines[2].line_id: 3}


async def test_a_failing_or_silent_preview_leaves_the_estimate(engine: Engine, fake: FakePlatform) -> None:
    order = await accepted_with_a_partial_refund(engine, fake)

    async def busy(o, items):
        raise PlatformTransientError("busy")

    fake.refund_preview = busy  # type: ignore[attr-defined]
    limits = await engine.orders.refund_limits(order.key)
    assert not limits.from_platform and limits.quantities[order.lines[1].line_id] == 0

    async def silent(o, items):
        return RefundPreview(Money.zero(o.currency))

    fake.refund_preview = silent  # type: ignore[attr-defined]
    assert not (await engine.orders.refund_limits(order.key)).from_platform

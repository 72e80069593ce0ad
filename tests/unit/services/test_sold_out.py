"""Sold out as a service: what each platform was told, retried after a failure, and the local mark."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from kds.clock import FakeClock
from kds.domain.money import Money
from kds.domain.order import Line, Platform
from kds.domain.states import OrderStatus
from kds.platforms.base import PlatformTransientError
from kds.platforms.spec import StoreAbilities
from kds.services.bus import ChangeBus
from kds.services.outbox import OutboxSettings
from kds.services.sold_out import SoldOutService, Telling
from kds.services.store_control import StoreControlRunner
from kds.store.db import Database
from kds.store.orders import OrderRepository
from tests.fakes.platform import FakePlatform, make_order

T0 = datetime(2026, 12, 7, 5, 0, tzinfo=UTC)
TOLD, NOT_TOLD = Platform.ZEEK, Platform.GOFOOD


class ItemSwitch(FakePlatform):
    """A platform we own that takes item switches; `fail` transient errors come first."""

    def __init__(self, clock: FakeClock, platform: Platform, fail: int = 0) -> None:
        super().__init__(clock, platform=platform)
        self.fail = fail
        self.switched: list[tuple[tuple[str, ...], bool]] = []

    async def set_store_open(self, open_: bool) -> None:
        """Not used here."""

    async def set_items_available(self, codes: Sequence[str], available: bool) -> None:
        if self.fail:
            self.fail -= 1
            raise PlatformTransientError("HTTP 503", status=503)
        self.switched.append((tuple(codes), available))


def line(name: str, code: str) -> Line:
    price = Money.of("18000", "VND")
    return Line(line_id=f"l-{code}", name=name, quantity=Decimal(1), unit_price=price, total=price,
                external_code=code)


def service(tmp_path: Path, clock: FakeClock, adapter: ItemSwitch) -> SoldOutService:
    db = Database(tmp_path / "kds.sqlite3")
    for platform in (TOLD, NOT_TOLD):
        order = replace(make_order(platform, created_at=T0), lines=(line("Peach tea", "P-2003"),))
        OrderRepository(db).save(order, OrderStatus(), {}, T0)
    bus = ChangeBus()
    runner = StoreControlRunner({TOLD: adapter}, {TOLD: StoreAbilities(sold_out=True)}, db, clock, bus,
                                who="Counter", settings=OutboxSettings(base_backoff=10.0), rng=random.Random(1))
    return SoldOutService(db, runner, clock, bus)


async def test_a_failed_telling_is_retrying_until_the_platform_takes_it(tmp_path: Path) -> None:
    clock = FakeClock(T0)
    adapter = ItemSwitch(clock, TOLD, fail=1)
    sold_out = service(tmp_path, clock, adapter)
    (dish,) = sold_out.dishes()
    sold_out.sell_out(dish.key, T0 + timedelta(hours=1))
    state = sold_out.state(dish)
    assert state.sold_out and state.until == T0 + timedelta(hours=1)
    assert {t.platform: t.state for t in state.platforms} == {TOLD: Telling.SENDING, NOT_TOLD: Telling.CANNOT}
    await sold_out.runner.run_due()
    (told,) = [t for t in sold_out.state(dish).platforms if t.platform is TOLD]
    assert (told.state, told.error) == (Telling.RETRYING, "HTTP 503")
    clock.advance(60)
    await sold_out.runner.run_due()
    assert {t.platform: t.state for t in sold_out.state(dish).platforms} == {TOLD: Telling.TOLD,
                                                                             NOT_TOLD: Telling.CANNOT}
    assert adapter.switched == [(("P-2003",), False)]
    assert sold_out.entries() == {(TOLD, "code:P-2003"), (NOT_TOLD, "code:P-2003")}
    clock.advance(3600)  # back by itself: told, and the mark goes on both platforms
    await sold_out.runner.run_due()
    assert adapter.switched == [(("P-2003",), False), (("P-2003",), True)]
    assert not sold_out.state(dish).sold_out and sold_out.entries() == frozenset()


async def test_back_in_stock_by_hand_withdraws_the_scheduled_one(tmp_path: Path) -> None:
    clock = FakeClock(T0)
    adapter = ItemSwitch(clock, TOLD)
    sold_out = service(tmp_path, clock, adapter)
    (dish,) = sold_out.dishes()
    sold_out.sell_out(dish.key, T0 + timedelta(hours=1))
    await sold_out.runner.run_due()
    clock.advance(600)
    sold_out.back_in_stock(dish.key)
    await sold_out.runner.run_due()
    clock.advance(3600)
    await sold_out.runner.run_due()
    assert adapter.switched == [(("P-2003",), False), (("P-2003",), True)]  # not a second "available"

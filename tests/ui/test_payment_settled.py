"""The drawer says whether the platform settled the payment (GoFood's `placed`), on the real window."""

from __future__ import annotations

import pytest

from kds.clock import FakeClock
from kds.domain.events import PAYMENT, SETTLED, EventKind
from kds.services.engine import Engine
from kds.store.orders import OrderRepository
from kds.ui.windows.drawer import OrderDrawer
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform, with_policy
from tests.ui.conftest import tap_card


@pytest.fixture
def fake(clock: FakeClock, request: pytest.FixtureRequest) -> FakePlatform:
    """The fake platform, saying when a payment settles (parametrize with False: a platform that never says)."""
    return with_policy(FakePlatform(clock), reports_payment=getattr(request, "param", True))


def payment_text(window: MainWindow) -> str:
    drawer = window.top_overlay()
    assert isinstance(drawer, OrderDrawer)
    return drawer.labels["payment"].text()


async def test_the_drawer_says_paid_once_the_platform_settles_the_payment(window: MainWindow, engine: Engine,
                                                                         fake: FakePlatform) -> None:
    order = fake.add_order()
    poller = engine.pollers[fake.platform]
    await poller.poll_once()
    tap_card(window, order.key)
    assert "Not paid yet" in payment_text(window)
    fake.push(order.key.order_id, EventKind.ACCEPTED)
    fake.push(order.key.order_id, EventKind.PICKED_UP, details={PAYMENT: SETTLED})
    await poller.poll_once()
    text = payment_text(window)
    assert "Paid" in text and "Not paid yet" not in text
    stored = OrderRepository(engine.db).get(order.key)  # what a day's report reads
    assert stored is not None and stored.status.paid


async def test_a_cancelled_order_whose_payment_settled_says_so(window: MainWindow, engine: Engine,
                                                              fake: FakePlatform) -> None:
    paid, unpaid = fake.add_order(), fake.add_order()
    for order in (paid, unpaid):
        fake.push(order.key.order_id, EventKind.ACCEPTED)
    fake.push(paid.key.order_id, EventKind.PICKED_UP, details={PAYMENT: SETTLED})
    poller = engine.pollers[fake.platform]
    await poller.poll_once()
    for order in (paid, unpaid):
        fake.push(order.key.order_id, EventKind.CANCELLED, reason="customer", actor="customer")
    await poller.poll_once()
    window.open_drawer(paid.key)
    assert "Cancelled — payment settled" in payment_text(window)
    window.open_drawer(unpaid.key)  # in place of the first
    text = payment_text(window)
    assert "Not paid yet" in text and "payment settled" not in text


@pytest.mark.parametrize("fake", [False], indirect=True)
async def test_a_platform_that_never_says_shows_no_payment_word(window: MainWindow, engine: Engine,
                                                                fake: FakePlatform) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    tap_card(window, order.key)
    text = payment_text(window)
    assert "Not paid yet" not in text and "Paid" not in text

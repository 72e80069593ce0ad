"""Orders whose details cannot be read: a placeholder on the board at once, filled in once read, and a
warning that stays until someone taps it when KDS had to give up."""

from __future__ import annotations

from kds.clock import FakeClock
from kds.domain.actions import Action
from kds.platforms.base import PlatformPayloadError, PlatformRejectedError, PlatformTransientError
from kds.services.engine import Engine
from kds.ui.sounds import SoundBoard
from kds.ui.viewmodels.board import AlarmKind
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.ui.conftest import tap


async def test_a_placeholder_is_shown_at_once_and_filled_in_when_the_details_come(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock, sounds: SoundBoard) -> None:
    order = fake.add_order()
    fake.fail_fetch.append(PlatformPayloadError("incomplete answer"))
    await engine.pollers[fake.platform].poll_once()
    board = window.board
    card = board.card(order.key)
    assert card is not None and board.column_of(order.key) is Column.NEW
    assert card.display_id == f"#…{order.key.order_id[-4:]}" and card.items == () and card.item_count == ""
    assert card.buttons == (), "nothing to tap: the platform needs the order's details"
    assert "Details not readable yet" in card.statuses[0].text and fake.policy.label in card.statuses[0].text
    clock_text = board.display_clock(order.key)
    assert clock_text.text == "05:00", "the acceptance countdown runs from the event's time"
    assert AlarmKind.NEW_ORDER in sounds.history
    window.grab().save("/tmp/kds-placeholder.png")

    fake.fail_fetch.append(PlatformRejectedError("HTTP 404", status=404))  # too soon after the event
    clock.advance(31)
    await engine.pollers[fake.platform].poll_once()
    assert board.card(order.key).buttons == ()
    clock.advance(31)
    await engine.pollers[fake.platform].poll_once()
    card = board.card(order.key)
    assert card.display_id == f"#{order.display_id}" and len(card.items) == len(order.lines)
    assert card.button(f"action:{Action.CONFIRM.value}") is not None and card.statuses == ()


async def test_an_order_never_read_becomes_a_warning_until_someone_taps_it(
        window: MainWindow, engine: Engine, fake: FakePlatform, clock: FakeClock, sounds: SoundBoard) -> None:
    order = fake.add_order()
    poller = engine.pollers[fake.platform]
    for _ in range(12):
        fake.fail_fetch.append(PlatformTransientError("HTTP 503", status=503))
        await poller.poll_once()
        clock.advance(31)
    board = window.board
    card = board.card(order.key)
    assert card is not None and card.alert and board.column_of(order.key) is Column.NEW
    assert card.cancelled.startswith("ORDER DETAILS COULD NOT BE READ")
    assert [b.id for b in card.buttons] == ["dismiss"]
    window.ticker.tick()
    assert board.display_clock(order.key).text == "", "no countdown once KDS gave up"
    assert AlarmKind.ESCALATION in sounds.history
    window.grab().save("/tmp/kds-unreadable.png")
    tap(window, order.key, "dismiss")
    assert board.column_of(order.key) is Column.DONE and not board.card(order.key).alert

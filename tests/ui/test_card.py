"""What a card says and offers, from the ticket alone; and the card layout's touch targets."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtGui import QFontMetrics

from kds.clock import FakeClock
from kds.domain.actions import Action, allowed_actions
from kds.domain.deadlines import Thresholds
from kds.domain.events import Closing, RiderInfo
from kds.domain.order import OrderType, Platform
from kds.domain.states import OrderStatus, Stage
from kds.platforms.registry import POLICIES
from kds.services.orders import Ticket
from kds.store.outbox import ActionRecord, ActionState, ErrorKind
from kds.ui.theme import Fonts
from kds.ui.viewmodels.card import ButtonStyle, Column, Tone, build_card, column_for, is_allergy, quantity_text
from kds.ui.widgets.card_layout import MIN_TOUCH, CardFonts, caption_font, drawn_captions, layout_card
from tests.fakes.platform import make_order

NOW = FakeClock().now()


def ticket(stage: Stage = Stage.NEW, *, platform: Platform = Platform.FAKE,
           kind: OrderType = OrderType.DELIVERY, **status: object) -> Ticket:
    order = make_order(platform, created_at=NOW, type=kind)
    st = OrderStatus(stage=stage, accepted_at=NOW if stage >= Stage.ACCEPTED else None, **status)  # type: ignore[arg-type]
    policy = POLICIES[platform]
    return Ticket(order, st, policy, (), allowed_actions(order, st, policy), NOW)


def record(action: Action, state: ActionState, *, attempts: int = 0, error: str = "",
           kind: ErrorKind = ErrorKind.NONE, due: timedelta = timedelta(0), key=None) -> ActionRecord:
    return ActionRecord(1, key, action, {}, state, attempts, NOW + due, error, kind, "", NOW, NOW)


def test_a_new_order_offers_confirm_first_and_cancel_as_a_destructive_button() -> None:
    card = build_card(ticket(), alert=False)
    assert card.buttons[0].id == "action:confirm" and card.buttons[0].style is ButtonStyle.PRIMARY
    cancel = card.button("action:cancel")
    assert cancel is not None and cancel.style is ButtonStyle.DANGER
    assert card.buttons[-1].style is ButtonStyle.DANGER  # destructive ones last: folded first


def test_only_the_platforms_actions_are_offered() -> None:
    keeta = build_card(ticket(Stage.ACCEPTED, platform=Platform.KEETA_OD, kind=OrderType.PICKUP), alert=False)
    ids = {b.id for b in keeta.buttons}
    assert "action:ready" in ids
    assert "action:collect" not in ids and "action:partial_refund" not in ids  # Keeta OD has neither
    fake = build_card(ticket(Stage.ACCEPTED, kind=OrderType.PICKUP), alert=False)
    assert {"action:collect", "action:partial_refund"} <= {b.id for b in fake.buttons}


@pytest.mark.parametrize("stage", [Stage.NEW, Stage.ACCEPTED, Stage.READY, Stage.OUT])
def test_keeta_standard_cards_offer_cancel_until_the_order_is_final(stage: Stage) -> None:
    card = build_card(ticket(stage, platform=Platform.KEETA_STD, kind=OrderType.SELF_DELIVERY), alert=False)
    cancel = card.button("action:cancel")
    assert cancel is not None and cancel.style is ButtonStyle.DANGER and cancel.enabled
    done = build_card(ticket(Stage.DONE, platform=Platform.KEETA_STD), alert=False)
    assert done.button("action:cancel") is None


def test_a_refund_request_of_a_status_kds_does_not_know_says_its_code_and_stays_answerable() -> None:
    from kds.domain.events import RefundRequest
    from kds.domain.money import Money
    from kds.ui import wording

    request = RefundRequest(NOW, amount=Money.of("94.00", "HKD"), full=True, reference="445566", unknown_status="2010")
    card = build_card(ticket(Stage.ACCEPTED, platform=Platform.KEETA_STD, refund_request=request), alert=False)
    assert card.refund.startswith(wording.tr("Refund request — status %1").replace("%1", "2010") + " · ")
    assert [b.id for b in card.buttons[:2]] == ["action:agree_refund", "action:reject_refund"]
    known = build_card(ticket(Stage.ACCEPTED, platform=Platform.KEETA_STD,
                              refund_request=replace(request, unknown_status="")), alert=False)
    assert known.refund.startswith(wording.tr("Refund requested") + " · ")


def test_an_action_on_its_way_disables_its_button() -> None:
    t = ticket()
    card = build_card(replace(t, actions=(record(Action.CONFIRM, ActionState.SENDING, key=t.key),)), alert=False)
    assert not card.button("action:confirm").enabled
    assert [s.tone for s in card.statuses] == [Tone.BUSY]


def test_a_failed_action_says_why_and_offers_retry() -> None:
    t = ticket()
    failed = record(Action.CONFIRM, ActionState.FAILED, attempts=6, error="HTTP 503", kind=ErrorKind.TRANSIENT,
                    key=t.key)
    card = build_card(replace(t, actions=(failed,)), alert=False)
    assert card.button("retry:1") is not None and card.button("action:confirm") is None
    (status,) = card.statuses
    assert status.tone is Tone.ERROR and "Could not reach the platform: HTTP 503" in status.text


def test_ready_in_its_undo_window_offers_undo() -> None:
    t = ticket(Stage.ACCEPTED)
    pending = replace(record(Action.READY, ActionState.PENDING, due=timedelta(seconds=5), key=t.key),
                      created_at=NOW)
    card = build_card(replace(t, actions=(pending,)), alert=False)
    undo = card.button("undo:1")
    assert undo is not None and undo.undo_until == NOW + timedelta(seconds=5)


def test_a_done_action_is_never_offered_again() -> None:
    t = ticket()
    card = build_card(replace(t, actions=(record(Action.CONFIRM, ActionState.DONE, key=t.key),)), alert=False)
    confirm = card.button("action:confirm")
    assert confirm is not None and not confirm.enabled and confirm.label == "✓ Confirmed"


def test_card_words() -> None:
    t = ticket(Stage.ACCEPTED, rider=RiderInfo("arriving", "Rafael", eta_minutes=4))
    card = build_card(t, alert=False)
    assert card.display_id.startswith("#") and card.platform == "Test"
    assert card.meta.startswith("Delivery · Maria")
    assert card.rider == "Rider on the way · Rafael · 4 min"
    assert card.items[0].allergy and card.items[0].options == ("+ Extra cheese",)
    assert card.item_count == "3 items"


@pytest.mark.parametrize(("text", "allergy"), [("ALLERGY: peanuts", True), ("alergia a camarão", True),
                                               ("对花生过敏", True), ("no onions", False), ("", False)])
def test_allergy_notes_are_recognised(text: str, allergy: bool) -> None:
    assert is_allergy(text) is allergy


def test_quantities() -> None:
    assert quantity_text(Decimal("2")) == "2×"
    assert quantity_text(Decimal("2.000")) == "2×"
    assert quantity_text(Decimal("0.5")) == "0.5×"
    assert quantity_text(Decimal("10")) == "10×"


@pytest.mark.parametrize("width", [260, 360, 480])
@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_every_button_is_a_big_touch_target_and_inside_the_card(app, width: int, scale: float) -> None:
    fonts = CardFonts(Fonts(scale))
    for t in (ticket(), ticket(Stage.ACCEPTED, kind=OrderType.SELF_DELIVERY)):
        layout = layout_card(build_card(t, alert=False), width, fonts, compact=False)
        assert layout.buttons
        for _, rect in layout.buttons:
            assert rect.height() >= MIN_TOUCH
            assert layout.card.contains(rect)
        rects = [r for _, r in layout.buttons]
        assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1:])


@pytest.mark.parametrize(("kind", "closing", "word"), [
    (OrderType.PICKUP, None, "Collected"),
    (OrderType.DELIVERY, None, "Done"),
    (OrderType.PICKUP, Closing.PICKUP_TIMEOUT, "Closed by the platform"),
    (OrderType.DELIVERY, Closing.FINAL, "Closed by the platform"),
])
def test_a_finished_card_says_who_finished_it(kind: OrderType, closing: Closing | None, word: str) -> None:
    done = ticket(Stage.DONE, platform=Platform.KEETA_STD, kind=kind, done_at=NOW, closing=closing)
    assert build_card(done, alert=False).finished == word
    assert column_for(done, NOW, Thresholds(), dismissed=False) is Column.DONE


@pytest.mark.parametrize("width", [220, 260, 300, 360])
@pytest.mark.parametrize("compact", [False, True])
@pytest.mark.parametrize("platform", [Platform.GOFOOD, Platform.KEETA_STD])
def test_the_platform_badge_never_runs_into_the_clock(app, width: int, compact: bool, platform: Platform) -> None:
    fonts = CardFonts(Fonts(1.0))
    for t in (ticket(platform=platform), ticket(Stage.DONE, platform=platform)):  # a clock, a time of day
        card = replace(build_card(t, alert=False), finished_at="12:12 PM")
        layout = layout_card(card, width, fonts, compact=compact)
        assert layout.badge.right() < layout.clock.left(), (layout.badge_text, layout.badge, layout.clock)
        assert layout.badge_text  # some of the name is always there


@pytest.mark.parametrize("width", [260, 360, 480])
@pytest.mark.parametrize("compact", [False, True])
def test_every_clock_caption_fits_its_slot_whole(app, width: int, compact: bool) -> None:
    fonts = CardFonts(Fonts(1.0))
    layout = layout_card(build_card(ticket(), alert=False), width, fonts, compact=compact)
    slot = layout.caption
    for caption in drawn_captions():  # "ACCEPTED AUTOMATICALLY IN" showed as "UTOMATICALLY IN" on a narrow card
        font = caption_font(fonts, caption.upper(), slot.width())
        assert QFontMetrics(font).horizontalAdvance(caption.upper()) <= slot.width(), caption
        assert QFontMetrics(font).height() <= slot.height()

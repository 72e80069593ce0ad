"""Words for the codes that services and the domain return (actions, reasons, problems, stages).

Domain and services speak in enums and codes; only the UI turns them into text, each through
`QCoreApplication.translate` so that the translation catalogues (`kds.ui.i18n`) cover every string. Every
user-visible string of `kds.ui` goes through `tr("literal")` below: `pyside6-lupdate` finds these
calls and files them under the empty context, which is therefore the context `tr` looks them up in
(checked: lupdate → lrelease → QTranslator round trip). Translate first, then fill in `%1`.
What a platform's spec says for the screens (its name, its API, its setup hint) is marked in the spec
and filed under the spec's context instead: `platform_text` looks it up there.

Money is written the way the default `QLocale` writes it (`kds.ui.i18n` sets it to the chosen
language's locale): `BRL 1.234,50` in Brazil, `1.234 VND` in Vietnam. Times of day are written as the
printed tickets write them (`kds.printing.labels`): `13:05` or `1:05 PM`.
Digits stay Western in every language (kitchen tickets, printers and platforms use them).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from kds.domain.actions import Action, ReasonCode
from kds.domain.deadlines import ClockKind
from kds.domain.events import Closing, EventKind, RefundRequest
from kds.domain.money import Money, minor_units
from kds.domain.order import FeeKind, OrderType, Platform
from kds.domain.riders import Vehicle
from kds.domain.states import OrderStatus, Stage
from kds.platforms.base import PlatformWarning, WarningKind
from kds.platforms.registry import SPECS
from kds.platforms.spec import TRANSLATION_CONTEXT
from kds.printing.labels import clock_time
from kds.services.health import Problem
from kds.store.outbox import ActionState, ErrorKind
from kds.ui.i18n import current_language


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate `text` (in the empty context, where `pyside6-lupdate` files bare `tr()` calls)."""
    return QCoreApplication.translate("", text, disambiguation, n)


def platform_text(text: str) -> str:
    """Translate a text of a platform's spec (marked there with `QT_TRANSLATE_NOOP`); "" stays ""."""
    return QCoreApplication.translate(TRANSLATION_CONTEXT, text) if text else ""


def action_label(action: Action) -> str:
    """A button's label."""
    labels = {
        Action.CONFIRM: tr("Confirm"),
        Action.READY: tr("Ready"),
        Action.COLLECT: tr("Collected"),
        Action.DISPATCH: tr("Dispatch"),
        Action.DELIVERED: tr("Delivered"),
        Action.CHANGE_RIDER: tr("Change rider…"),
        Action.CANCEL: tr("Cancel…"),
        Action.PARTIAL_REFUND: tr("Refund…"),
        Action.AGREE_REFUND: tr("Agree refund…"),  # "…": a sheet asks for a second tap, as for Reject…
        Action.REJECT_REFUND: tr("Reject…"),
    }
    return labels[action]


def action_name(action: Action) -> str:
    """The action as a noun phrase, for status lines ("Confirm failed")."""
    names = {
        Action.CONFIRM: tr("Confirm"),
        Action.READY: tr("Ready"),
        Action.COLLECT: tr("Collected"),
        Action.DISPATCH: tr("Dispatch"),
        Action.DELIVERED: tr("Delivered"),
        Action.CHANGE_RIDER: tr("Change rider"),
        Action.CANCEL: tr("Cancel"),
        Action.PARTIAL_REFUND: tr("Partial refund"),
        Action.AGREE_REFUND: tr("Agree refund"),
        Action.REJECT_REFUND: tr("Reject refund"),
    }
    return names[action]


def action_done(action: Action) -> str:
    """What a finished action says while the platform's confirmation is on its way."""
    done = {
        Action.CONFIRM: tr("Confirmed"),
        Action.READY: tr("Marked ready"),
        Action.COLLECT: tr("Collected"),
        Action.DISPATCH: tr("Dispatched"),
        Action.DELIVERED: tr("Delivered"),
        Action.CHANGE_RIDER: tr("Rider changed"),
        Action.CANCEL: tr("Cancellation sent"),
        Action.PARTIAL_REFUND: tr("Refund sent"),
        Action.AGREE_REFUND: tr("Refund agreed"),
        Action.REJECT_REFUND: tr("Refund rejected"),
    }
    return done[action]


def action_state(state: ActionState) -> str:
    """An outbox state."""
    states = {
        ActionState.PENDING: tr("waiting"),
        ActionState.SENDING: tr("sending"),
        ActionState.DONE: tr("done"),
        ActionState.FAILED: tr("failed"),
        ActionState.UNDONE: tr("undone"),
    }
    return states[state]


def error_kind(kind: ErrorKind) -> str:
    """Why an action failed, in staff words."""
    kinds = {
        ErrorKind.NONE: tr("Failed"),
        ErrorKind.AUTH: tr("The platform rejected our login"),
        ErrorKind.TRANSIENT: tr("Could not reach the platform"),
        ErrorKind.REJECTED: tr("The platform refused"),
        ErrorKind.INVALID_STATE: tr("Not possible in the order's current state"),
        ErrorKind.PAYLOAD: tr("The platform sent an unreadable answer"),
        ErrorKind.MISSING_ORDER: tr("The order is not stored"),
    }
    return kinds[kind]


def action_error(code: str) -> str:
    """An `ActionError` code from the order service."""
    codes = {
        "unknown_order": tr("This order is no longer on this screen."),
        "not_allowed": tr("Not possible any more: the order has moved on."),
        "reason_required": tr("Choose a reason first."),
        "items_required": tr("Choose at least one item."),
        "rider_required": tr("Choose a rider first."),
    }
    return codes.get(code, tr("The action could not be recorded."))


def vehicle(kind: Vehicle) -> str:
    """How one of our riders travels."""
    names = {
        Vehicle.MOTORBIKE: tr("motorbike"),
        Vehicle.SCOOTER: tr("scooter"),
        Vehicle.BICYCLE: tr("bicycle"),
        Vehicle.CAR: tr("car"),
        Vehicle.ON_FOOT: tr("on foot"),
    }
    return names[kind]


def problem(problem: Problem) -> str:
    """A polling problem."""
    problems = {
        Problem.NONE: tr("OK"),
        Problem.AUTH: tr("login rejected: check the platform credentials"),
        Problem.RATE_LIMITED: tr("slowed down by the platform (rate limit)"),
        Problem.UNREACHABLE: tr("cannot reach the platform"),
        Problem.PAYLOAD: tr("the platform sent unreadable data"),
        Problem.DETAILS: tr("some order details not read yet (retrying)"),
    }
    return problems[problem]


def platform_warning(label: str, warning: PlatformWarning) -> str:
    """What a platform reported wrong on its own side, naming it by `label` (its words last)."""
    if warning.kind is WarningKind.NOTIFICATION_ERROR:
        text = tr("%1 reported a notification error") if not warning.detail \
            else tr("%1 reported a notification error: %2")
    else:
        text = tr("%1 reported a problem") if not warning.detail else tr("%1 reported a problem: %2")
    # The platform's own words last: they must not be read as placeholders.
    return text.replace("%1", label).replace("%2", warning.detail)


def platform_api(platform: Platform) -> str:
    """Which of its company's APIs a platform's connection uses (its code when its spec does not say)."""
    spec = SPECS.get(platform)
    return platform_text(spec.api_name) if spec is not None and spec.api_name else platform.value


def order_type(kind: OrderType) -> str:
    """How the food reaches the customer."""
    kinds = {
        OrderType.DELIVERY: tr("Delivery"),
        OrderType.PICKUP: tr("Pickup"),
        OrderType.SELF_DELIVERY: tr("Own delivery"),
        OrderType.DINE_IN: tr("Dine-in"),
    }
    return kinds[kind]


def stage(value: Stage) -> str:
    """Where an order stands."""
    stages = {
        Stage.NEW: tr("New"),
        Stage.ACCEPTED: tr("Preparing"),
        Stage.READY: tr("Ready"),
        Stage.OUT: tr("Out"),
        Stage.DONE: tr("Done"),
        Stage.CANCELLED: tr("Cancelled"),
    }
    return stages[value]


def closed_by_platform() -> str:
    """What an order says once KDS closed it for its platform, whose own word never came."""
    return tr("Closed by the platform")


def status_word(status: OrderStatus) -> str:
    """Where an order stands, in a word: its stage, or "Closed by the platform"."""
    return closed_by_platform() if status.closing is not None and status.stage is Stage.DONE else stage(status.stage)


def closing(reason: Closing) -> str:
    """Why KDS closed an order for its platform (the order's timeline)."""
    reasons = {
        Closing.FINAL: tr("its final time passed"),
        Closing.PICKUP_TIMEOUT: tr("not marked collected in time"),
    }
    return reasons[reason]


def event_kind(kind: EventKind) -> str:
    """What happened to an order, for its timeline."""
    kinds = {
        EventKind.CREATED: tr("New order"),
        EventKind.ACCEPTED: tr("Confirmed"),
        EventKind.PREPARING: tr("Preparing"),
        EventKind.READY: tr("Ready"),
        EventKind.DISPATCHED: tr("Out for delivery"),
        EventKind.PICKED_UP: tr("Picked up"),
        EventKind.DELIVERED: tr("Delivered"),
        EventKind.CONCLUDED: tr("Finished"),
        EventKind.CANCELLATION_REQUESTED: tr("Cancellation asked for"),
        EventKind.CANCELLATION_DENIED: tr("Cancellation refused"),
        EventKind.CANCELLED: tr("Cancelled"),
        EventKind.REFUND_REQUESTED: tr("Refund requested"),
        EventKind.REFUNDED: tr("Refunded"),
        EventKind.REFUND_FAILED: tr("Refund not given"),
        EventKind.PARTIAL_REFUND: tr("Partial refund"),
        EventKind.RIDER_UPDATE: tr("Rider update"),
    }
    return kinds[kind]


def event_source(actor: str, ours: bool) -> str:
    """Who an order's event came from, in words ("" when the platform does not say).

    `ours`: the event is KDS's own record that one of its actions went through (a receipt), not
    something the platform sent.
    """
    if ours:
        return tr("our action went through")
    actors = {
        "customer": tr("by the customer"),
        "merchant": tr("by the restaurant"),
        "platform": tr("by the platform"),
        "system": tr("by the platform"),
    }
    return actors.get(actor, "")


def fee(kind: FeeKind, name: str) -> str:
    """A fee's name: a known kind in our words, another by the platform's name for it."""
    names = {
        FeeKind.DELIVERY: tr("Delivery fee"),
        FeeKind.SERVICE: tr("Service fee"),
        FeeKind.TIP: tr("Tip"),
        FeeKind.PACKAGING: tr("Packaging"),
    }
    return names.get(kind) or name or tr("Fee")


def payment_method(method: str) -> str:
    """How the customer pays (the platform's method code in words; an unknown code as it is, readable)."""
    methods = {
        "CASH": tr("Cash"),
        "CREDIT": tr("Credit card"),
        "DEBIT": tr("Debit card"),
        "CREDIT_DEBIT": tr("Card"),
        "MEAL_VOUCHER": tr("Meal voucher"),
        "FOOD_VOUCHER": tr("Food voucher"),
        "DIGITAL_WALLET": tr("Digital wallet"),
        "ONLINE": tr("Online"),
        "PREPAID": tr("Prepaid"),
        "OTHER": tr("Other"),
    }
    return methods.get(method.upper(), method.replace("_", " ").title())


def sold_out_tag() -> str:
    """The marker of an item whose dish is sold out now, on its card."""
    return tr("SOLD OUT")


def id_check() -> str:
    """The marker of an item whose buyer must show ID at hand-over (alcohol): card and drawer."""
    return tr("ID check")


def allergy_note(note: str) -> str:
    """A customer's note that mentions an allergy, flagged in the screen's word ("過敏: ALLERGY: peanuts").

    The note itself is the customer's and stays as written; the flag is left out when the note
    already starts with the word.
    """
    word = tr("Allergy")
    return note if note.casefold().startswith(word.casefold()) else f"{word}: {note}"


def clock_caption(kind: ClockKind) -> str:
    """The small word above a ticket's clock."""
    captions = {
        ClockKind.NONE: "",
        ClockKind.ACCEPT: tr("accept within"),
        ClockKind.REFUND: tr("answer within"),
        ClockKind.STARTS_IN: tr("start in"),
        ClockKind.SINCE_ACCEPTED: tr("preparing"),
        ClockKind.SINCE_READY: tr("ready for"),
    }
    return captions[kind]


def reason(code: ReasonCode) -> str:
    """A platform reason code's label."""
    labels = {
        "insufficient_dishes": tr("Out of some dishes"),
        "suspension_of_business": tr("Closing / not trading now"),
        "insufficient_manpower": tr("Not enough staff"),
        "other": tr("Other (write why)"),
        "dish_already_done": tr("Food already prepared"),
        "out_for_delivery": tr("Already out for delivery"),
        "item_out_of_stock": tr("Item out of stock"),
        "items_out_of_stock": tr("Items out of stock"),
        "item_damaged": tr("Item damaged"),
        "wrong_item": tr("Wrong item"),
        "customer_request": tr("Customer asked"),
        "high_demand": tr("Too busy"),
        "restaurant_closed": tr("Restaurant closed"),
    }
    return labels.get(code.label, code.label.replace("_", " ").capitalize())


def rider(status: str) -> str:
    """A rider status from the platform."""
    statuses = {
        "assigned": tr("Rider assigned"),
        "arriving": tr("Rider on the way"),
        "arrived": tr("Rider here"),
        "picked_up": tr("Rider picked up"),
        "delivering": tr("Rider delivering"),
        "delivered": tr("Delivered"),
        "cancelled": tr("Rider cancelled"),
    }
    return statuses.get(status, tr("Rider: %1").replace("%1", status))


def refund_request(request: RefundRequest) -> str:
    """The head of a customer's refund request.

    "Refund requested", or with a status KDS does not know, "Refund request — status 2010" (still to be
    agreed or rejected).
    """
    if request.unknown_status:
        return tr("Refund request — status %1").replace("%1", request.unknown_status)
    return tr("Refund requested")


def seconds_ago(seconds: float) -> str:
    """"12 s ago", "3 min ago", "2 h ago"."""
    s = max(0, int(seconds))
    if s < 90:
        return tr("%1 s ago").replace("%1", str(s))
    if s < 90 * 60:
        return tr("%1 min ago").replace("%1", str(s // 60))
    return tr("%1 h ago").replace("%1", str(s // 3600))


def local_time(when: datetime | None) -> str:
    """The time of day of `when` in the machine's time zone, as the language writes it (`13:05`, `1:05 PM`).

    The same format the printed tickets use (`kds.printing.labels.clock_time`): one per language, so
    the screen and the paper never disagree.
    """
    if when is None:
        return ""
    return clock_time(when.astimezone(), current_language().value)


def local_date(when: datetime | None) -> str:
    """The date of `when` in the machine's time zone, as the screen's language writes it in full."""
    if when is None:
        return ""
    local = when.astimezone()
    return QLocale().toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)


def money(amount: Money) -> str:
    """`amount` rounded to its currency's minor units, with the currency code where the locale puts it.

    Formatted from the Decimal itself (never through a float); only the separators and the place of
    the currency come from the locale. Without a chosen locale (the C locale) it is `BRL 1,234.50`.
    """
    rounded = amount.rounded()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return rounded.format()
    places = minor_units(rounded.currency)
    value = abs(rounded.amount)
    digits = f"{value:,.{places}f}"
    number = digits.replace(",", "\x00").replace(".", locale.decimalPoint()).replace("\x00", locale.groupSeparator())
    # The locale's currency pattern, e.g. "¤0" (en), "¤\u00a00" (pt_BR), "0\u00a0¤" (vi).
    pattern = locale.toCurrencyString(0, "¤")
    if "0" not in pattern or "¤" not in pattern:
        pattern = "¤ 0"
    text = pattern.replace("0", number, 1)
    # CLDR puts a space between a currency code and the number; Qt's patterns do not.
    text = text.replace("¤" + number[:1], "¤ " + number[:1]).replace(number[-1:] + "¤", number[-1:] + " ¤")
    text = text.replace("¤", rounded.currency)
    return (locale.negativeSign() + text) if rounded.amount < 0 else text

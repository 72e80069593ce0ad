"""The dish catalogue: filled as orders are stored, matched by code, else by name; link and split."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, time, timedelta, timezone
from decimal import Decimal

from kds.domain.dishes import DishEntry, closing_time, end_of_business_day, entry_key, match, normalise
from kds.domain.money import Money
from kds.domain.order import Details, Line, Order, Platform
from kds.domain.states import OrderStatus
from kds.store.connect import open_database
from kds.store.dishes import DishRepository
from kds.store.orders import OrderRepository
from tests.fakes.platform import make_order

T0 = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
A, B, C = Platform.KEETA_OD, Platform.GOFOOD, Platform.ZEEK


def line(name: str, code: str = "", names: tuple[tuple[str, str], ...] = ()) -> Line:
    price = Money.of("10.00", "IDR")
    return Line(line_id=f"l-{name}-{code}", name=name, quantity=Decimal(1), unit_price=price, total=price,
                external_code=code, names=names)


def order(platform: Platform, *lines: Line, details: Details = Details.COMPLETE) -> Order:
    return replace(make_order(platform, created_at=T0), lines=lines, details=details)


def entry(platform: Platform, name: str, code: str = "", dish: str = "") -> DishEntry:
    return DishEntry(platform, entry_key(code, name), code, name, (), dish or entry_key(code, name))


def test_names_match_whatever_their_case_width_punctuation_and_spaces() -> None:
    assert normalise("  Nasi  Goreng—Spesial! ") == normalise("nasi goreng spesial") == "nasi goreng spesial"
    assert normalise("ＰＩＺＺＡ") == "pizza"  # full-width letters, as CJK keyboards type them
    assert normalise("Trà đào") == "trà đào" != normalise("Tra dao")  # accents tell Vietnamese words apart


def test_a_code_decides_first_then_the_name_when_either_has_no_code_and_two_codes_never_match_by_name() -> None:
    known = [entry(A, "Pizza Margherita", "PZ-001", dish="pizza"), entry(B, "Es teh", dish="tea"),
             entry(A, "Cola", "C-1", dish="cola-small")]
    assert match(entry(C, "Margherita (large)", "PZ-001"), known) == "pizza"  # same code, other name
    assert match(entry(C, "ES TEH"), known) == "tea"  # no codes: by name
    assert match(entry(C, "pizza margherita"), known) == "pizza"  # one of the two has no code
    assert match(entry(C, "Es teh", "T-9"), known) == "tea"
    assert match(entry(C, "Cola", "C-2"), known) == "code:C-2"  # another code: another dish (a size)
    assert match(entry(C, "Bakso"), known) == "name:bakso"


def test_orders_fill_the_catalogue_as_they_are_stored(store_target: str) -> None:
    db = open_database(store_target)
    orders = OrderRepository(db)
    with db.transaction():
        orders.save(order(A, line("Pizza Margherita", "PZ-001", (("en", "Pizza Margherita"),
                                                                  ("pt-BR", "Pizza Marguerita")))),
                    OrderStatus(), {}, T0)
        orders.save(order(B, line("Pizza margherita", "PZ-001"), line("Es Teh")), OrderStatus(), {}, T0)
        orders.save(order(C, line("es teh"), line("Cola", "C-1")), OrderStatus(), {}, T0)
        orders.save(order(C, line("Ghost"), details=Details.PENDING), OrderStatus(), {}, T0)  # a placeholder
    dishes = DishRepository(db).dishes()
    assert [(d.name, d.platforms, d.codes()) for d in dishes] == [
        ("Cola", (C,), {C: ("C-1",)}),
        ("Es Teh", (B, C), {B: (), C: ()}),
        ("Pizza margherita", (B, A), {B: ("PZ-001",), A: ("PZ-001",)}),
    ]
    pizza = dishes[2]
    assert pizza.name_in("pt_BR") == "Pizza Marguerita" and pizza.name_in("th") == "Pizza margherita"
    assert [d.name for d in DishRepository(db).dishes("marg")] == ["Pizza margherita"]
    assert [d.name for d in DishRepository(db).dishes("c-1")] == ["Cola"]  # codes are searched too


def test_link_and_split_are_kept_when_the_dishes_are_ordered_again(store_target: str) -> None:
    db = open_database(store_target)
    orders, dishes = OrderRepository(db), DishRepository(db)
    orders.save(order(A, line("Fried rice", "FR-1")), OrderStatus(), {}, T0)
    orders.save(order(B, line("Nasi goreng", "NG")), OrderStatus(), {}, T0)
    orders.save(order(C, line("Fried Rice")), OrderStatus(), {}, T0)
    assert sorted((d.name, len(d.entries)) for d in dishes.dishes()) == [("Fried rice", 2), ("Nasi goreng", 1)]
    fried = next(d for d in dishes.dishes() if d.name == "Fried rice")
    nasi = next(d for d in dishes.dishes() if d.name == "Nasi goreng")
    dishes.link(fried.key, nasi.key)
    (linked,) = dishes.dishes()
    assert linked.key == fried.key and set(linked.platforms) == {A, B, C}
    assert dishes.entries_of([fried.key]) == {(A, "code:FR-1"), (B, "code:NG"), (C, "name:fried rice")}

    own = dishes.split(C, "name:fried rice")
    orders.save(order(C, line("Fried rice")), OrderStatus(), {}, T0 + timedelta(hours=1))  # seen again
    orders.save(order(B, line("Nasi goreng", "NG")), OrderStatus(), {}, T0 + timedelta(hours=1))
    after = {d.key: set(d.platforms) for d in dishes.dishes()}
    assert after == {fried.key: {A, B}, own: {C}}
    assert dishes.dish(own) is not None and dishes.dish("nothing") is None


def test_the_business_day_ends_at_closing_time_else_at_local_midnight() -> None:
    jakarta = timezone(timedelta(hours=7))
    now = datetime(2026, 3, 1, 14, 30, tzinfo=jakarta)
    assert end_of_business_day(now, time(22, 0)) == datetime(2026, 3, 1, 22, 0, tzinfo=jakarta)
    assert end_of_business_day(now, time(2, 0)) == datetime(2026, 3, 2, 2, 0, tzinfo=jakarta)  # after midnight
    night = datetime(2026, 3, 2, 1, 0, tzinfo=jakarta)
    assert end_of_business_day(night, time(2, 0)) == datetime(2026, 3, 2, 2, 0, tzinfo=jakarta)
    assert end_of_business_day(now) == datetime(2026, 3, 2, 0, 0, tzinfo=jakarta)
    assert end_of_business_day(now, time(14, 30)) == datetime(2026, 3, 2, 14, 30, tzinfo=jakarta)  # just closed


def test_the_opening_hours_say_when_the_business_day_closes() -> None:
    sunday_night = (6, 18 * 60, 2 * 60)  # Sunday 18:00 to Monday 02:00
    monday = (0, 10 * 60, 22 * 60)
    spans = [sunday_night, monday]
    assert closing_time(spans, datetime(2026, 12, 7, 1, 30)) == time(2, 0)  # Monday 01:30: Sunday's night
    assert closing_time(spans, datetime(2026, 12, 7, 14, 0)) == time(22, 0)
    assert closing_time(spans, datetime(2026, 12, 6, 20, 0)) == time(2, 0)  # Sunday evening: past midnight
    assert closing_time(spans, datetime(2026, 12, 8, 14, 0)) is None  # Tuesday: no hours, midnight
    assert closing_time([], datetime(2026, 12, 8, 14, 0)) is None

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


def stored_before_the_catalogue(store_target: str) -> None:
    """Five orders stored an hour apart, then the catalogue emptied as migration 0006 found it."""
    db = open_database(store_target)
    orders = OrderRepository(db)
    with db.transaction():
        for hour, (platform, lines) in enumerate([
                (A, (line("Pizza Margherita", "PZ-001"),)), (B, (line("Pizza margherita", "PZ-001"), line("Es Teh"))),
                (C, (line("es teh"), line("Cola", "C-1"))), (A, (line("PIZZA MARGHERITA", "PZ-001"),)),
                (C, (line("Bakso"),))]):
            stored = replace(order(platform, *lines), created_at=T0 + timedelta(hours=hour))
            orders.save(stored, OrderStatus(), {}, T0 + timedelta(hours=hour))
        db.conn.execute("DELETE FROM dish_entries")
    db.close()


def catalogue(db_target: str) -> list[tuple[str, tuple[Platform, ...], str, str]]:
    db = open_database(db_target)
    rows = db.conn.execute("SELECT dish, MIN(first_seen), MAX(last_seen) FROM dish_entries GROUP BY dish").fetchall()
    times = {r[0]: (r[1], r[2]) for r in rows}
    found = [(d.name, d.platforms, *times[d.key]) for d in DishRepository(db).dishes()]
    db.close()
    return found


def test_orders_stored_before_the_catalogue_are_read_into_it_in_short_steps_resumed_after_a_restart(
        store_target: str) -> None:
    stored_before_the_catalogue(store_target)
    assert catalogue(store_target) == []  # what an upgraded restaurant saw
    steps = 0
    while True:  # each step a new start of KDS: it goes on where the last one stopped
        db = open_database(store_target)
        more = DishRepository(db).backfill_step(2)
        db.close()
        steps += 1
        if not more:
            break
    assert steps == 3  # 2 + 2 + 1 orders
    hour = [(T0 + timedelta(hours=h)).isoformat() for h in range(5)]
    expected = [("Bakso", (C,), hour[4], hour[4]), ("Cola", (C,), hour[2], hour[2]),
                ("es teh", (C, B), hour[1], hour[2]), ("PIZZA MARGHERITA", (A, B), hour[0], hour[3])]
    assert catalogue(store_target) == expected
    db = open_database(store_target)
    assert DishRepository(db).backfill_step(2) is False  # done: nothing is read again
    # Read again from the start (another station racing this one): nothing changes.
    db.conn.execute("DELETE FROM meta WHERE key='dish_catalogue.backfill'")
    while DishRepository(db).backfill_step(100):
        pass
    db.close()
    assert catalogue(store_target) == expected


def test_reading_old_orders_keeps_what_was_learnt_since_and_what_staff_decided(store_target: str) -> None:
    stored_before_the_catalogue(store_target)
    db = open_database(store_target)
    repo = DishRepository(db)
    later = T0 + timedelta(days=1)
    with db.transaction():  # KDS is running again: a new order, and staff split a dish, before the old are read
        OrderRepository(db).save(replace(order(B, line("Es teh (iced)"), line("Bakso"), line("Cola", "C-1")),
                                         created_at=later), OrderStatus(), {}, later)
    repo.split(B, "code:C-1")
    while repo.backfill_step(2):
        pass
    split = repo.dish_of(B, "code:C-1")
    assert split is not None and split.key == "own:gofood:code:C-1"  # the split stands (Zeek's Cola joins it by code)
    row = db.conn.execute("SELECT name, last_seen FROM dish_entries WHERE platform=? AND entry_key=?",
                          (C.value, "name:bakso")).fetchone()
    assert (row[0], row[1]) == ("Bakso", (T0 + timedelta(hours=4)).isoformat())
    row = db.conn.execute("SELECT name, first_seen, last_seen FROM dish_entries WHERE platform=? AND entry_key=?",
                          (B.value, "code:C-1")).fetchone()
    assert (row[0], row[1], row[2]) == ("Cola", later.isoformat(), later.isoformat())  # never seen before


def test_an_entry_written_within_the_last_minute_is_not_written_again_unless_its_names_changed(
        store_target: str) -> None:
    db = open_database(store_target)
    repo = DishRepository(db)

    def seen(at: datetime, *lines: Line) -> tuple[str, str]:
        with db.transaction():
            repo.note([order(B, *lines)], at)
        row = db.conn.execute("SELECT name, last_seen FROM dish_entries WHERE platform=? AND entry_key=?",
                              (B.value, "code:ET-1")).fetchone()
        return row[0], datetime.fromisoformat(row[1]).isoformat()

    assert seen(T0, line("Es teh", "ET-1")) == ("Es teh", T0.isoformat())
    assert seen(T0 + timedelta(seconds=30), line("Es teh", "ET-1")) == ("Es teh", T0.isoformat())  # skipped
    later = T0 + timedelta(seconds=61)
    assert seen(later, line("Es teh", "ET-1")) == ("Es teh", later.isoformat())  # refreshed
    renamed = later + timedelta(seconds=1)
    assert seen(renamed, line("Es Teh Manis", "ET-1")) == ("Es Teh Manis", renamed.isoformat())  # at once

    # A write rolled back with its transaction is made again once the minute has passed.
    try:
        with db.transaction():
            repo.note([order(C, line("Bakso"))], T0)
            raise RuntimeError("the batch failed")
    except RuntimeError:
        pass
    with db.transaction():
        repo.note([order(C, line("Bakso"))], T0 + timedelta(seconds=30))
    assert repo.dish_of(C, "name:bakso") is None
    with db.transaction():
        repo.note([order(C, line("Bakso"))], T0 + timedelta(seconds=61))
    assert repo.dish_of(C, "name:bakso") is not None

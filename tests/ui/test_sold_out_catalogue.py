"""The Sold out list after an upgrade: orders stored before the dish catalogue fill it at start."""

from __future__ import annotations

from kds.services.engine import Engine
from kds.store.db import Database
from kds.store.dishes import BACKFILL_DONE, BACKFILL_KEY
from kds.ui.sheets.sold_out import SoldOutSheet
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until


async def test_dishes_of_orders_stored_before_the_catalogue_are_on_the_sold_out_list_after_start(
        window: MainWindow, engine: Engine, fake: FakePlatform, db: Database) -> None:
    for _ in range(3):
        fake.add_order(lines=4)  # Pão de queijo, Feijoada, 宫保鸡丁, Coxinha
    await engine.pollers[fake.platform].poll_once()
    db.conn.execute("DELETE FROM dish_entries")  # stored before migration 0006, which began the catalogue empty
    sheet = window.open_sold_out()
    assert isinstance(sheet, SoldOutSheet) and not sheet.rows  # what a restaurant saw after upgrading
    sheet.close_overlay()

    engine.start()  # the catalogue is filled in the background, in short steps
    try:
        await until(lambda: _read(db) == BACKFILL_DONE, message="the stored orders were not read into the catalogue")
    finally:
        await engine.stop()
    sheet = window.open_sold_out()
    assert sorted(b.text().split("\n")[0] for b in sheet.rows.values()) == [
        "Coxinha", "Feijoada", "Pão de queijo", "宫保鸡丁"]


def _read(db: Database) -> str | None:
    """How far the stored orders were read into the catalogue (None: not begun)."""
    row = db.conn.execute("SELECT value FROM meta WHERE key=?", (BACKFILL_KEY,)).fetchone()
    return None if row is None else str(row[0])

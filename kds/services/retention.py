"""The retention task: erase customers' contacts a while after their order is final, drop old orders.

Every `every` seconds (and once shortly after start) it works through what is due in batches of
`batch` orders, each batch its own short transaction (a few milliseconds on the event loop), and
yields to the loop between batches, so the screen never waits for it. Then it gives the freed pages
back a few at a time (`Database.reclaim`, SQLite's incremental vacuum: the file stays bounded
without a VACUUM, which would hold the write lock for the whole copy; on PostgreSQL autovacuum does
it). What it did last, and when, is kept for Settings (`RetentionRepository.last`).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import timedelta

from kds.clock import Clock
from kds.store.db import Database
from kds.store.retention import RetentionReport, RetentionRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RetentionSettings:
    """How long things are kept, and how the task paces itself."""

    keep: timedelta = timedelta(days=90)
    """Orders and their events are kept this long after they were created (the report looks back this far)."""
    erase_after: timedelta = timedelta(hours=24)
    """A customer's name, phone and address are erased this long after the order is final."""
    every: float = 3600.0
    """Seconds between two runs."""
    first_after: float = 60.0
    """Seconds after start of the first run (start-up belongs to the board)."""
    batch: int = 25
    """Orders per transaction (about 5 ms each on a quiet 2-core machine: a batch never holds up a frame)."""
    reclaim_pages: int = 256
    """Pages given back per step of the incremental vacuum."""


class RetentionService:
    """Applies `RetentionSettings` to the store."""

    def __init__(self, db: Database, clock: Clock, settings: RetentionSettings | None = None) -> None:
        """Keep `db` within `settings`, on `clock`'s time."""
        self.db = db
        self.clock = clock
        self.settings = settings or RetentionSettings()
        self.repository = RetentionRepository(db)

    def last(self) -> RetentionReport | None:
        """What the last run did, and when."""
        return self.repository.last()

    async def run_once(self) -> RetentionReport:
        """Erase and purge everything due now, batch by batch, then reclaim the freed pages."""
        settings, now = self.settings, self.clock.now()
        erased = purged = 0
        while done := self.repository.purge_batch(now - settings.keep, settings.batch):
            purged += done
            await asyncio.sleep(0)  # the loop runs (taps, paints) between two batches
        while done := self.repository.erase_batch(now - settings.erase_after, now, settings.batch):
            erased += done
            await asyncio.sleep(0)
        self.repository.purge_loose(now - settings.keep, now - settings.erase_after)
        while self.db.reclaim(settings.reclaim_pages):
            await asyncio.sleep(0)
        report = RetentionReport(self.clock.now(), erased, purged)
        self.repository.record(report)
        if erased or purged:
            log.info("retention: %d orders' customer details erased, %d old orders deleted", erased, purged)
        return report

    async def run(self) -> None:
        """Run shortly after start, then every `every` seconds, until cancelled."""
        await self.clock.sleep(self.settings.first_after)
        while True:
            try:
                await self.run_once()
            except Exception:  # a full disk or a locked file must not end retention for good
                log.exception("retention run failed; trying again at the next one")
            await self.clock.sleep(self.settings.every)

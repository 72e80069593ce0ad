"""Fixtures for service tests: a real SQLite store, a fake clock and a fake platform."""

from __future__ import annotations

from pathlib import Path

import pytest

from kds.clock import FakeClock
from kds.services.engine import Engine, EngineSettings
from kds.store.db import Database
from tests.fakes.platform import FakePlatform


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def db(tmp_path: Path) -> Database:
    database = Database(tmp_path / "kds.sqlite3")
    yield database
    database.close()


@pytest.fixture
def fake(clock: FakeClock) -> FakePlatform:
    return FakePlatform(clock)


@pytest.fixture
def engine(db: Database, fake: FakePlatform, clock: FakeClock) -> Engine:
    return Engine(db, [fake], clock, EngineSettings(undo_seconds=5))

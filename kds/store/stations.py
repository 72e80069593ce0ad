"""Persistence of the restaurant's settings, its routing to kitchen stations, and the stations' bumps.

These belong to the restaurant, not to one screen: every station on the store reads the same
routing and sees every station's bumps. Plain SQL with `?` placeholders and `ON CONFLICT`, so the
same code runs on every store engine.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kds.domain.order import OrderKey, Platform
from kds.domain.routing import Routing, RoutingRule, RuleKind
from kds.store.db import Database

EXPO = ""
"""The station name the expo's own bumps are stored under (a kitchen station always has a name)."""

STATIONS_KEY = "stations"
DEFAULT_STATION_KEY = "default_station"

SETTINGS_TOPIC = "settings"
"""The change log's topic of a restaurant setting (`item`: its key), so other stations read it again."""


class RestaurantSettings:
    """The restaurant's settings in the shared store: one JSON value per key."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    def get(self, key: str, default: Any = None) -> Any:
        """The value stored under `key` (`default` when there is none)."""
        row = self.db.conn.execute("SELECT value FROM restaurant_settings WHERE key=?", (key,)).fetchone()
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any, now: datetime) -> None:
        """Store `value` (anything JSON can hold) under `key`."""
        self.db.conn.execute(
            "INSERT INTO restaurant_settings (key, value, updated_at) VALUES (?,?,?)"
            " ON CONFLICT (key) DO UPDATE SET value=excluded.value, updated_at=excluded.updated_at",
            (key, json.dumps(value, ensure_ascii=False), now.isoformat()))

    def get_many(self, keys: Iterable[str]) -> dict[str, Any]:
        """The values stored under `keys` (keys without a value are left out), read in one statement."""
        wanted = list(keys)
        if not wanted:
            return {}
        rows = self.db.conn.execute(
            f"SELECT key, value FROM restaurant_settings WHERE key IN ({','.join('?' * len(wanted))})",
            tuple(wanted)).fetchall()
        return {str(r["key"]): json.loads(r["value"]) for r in rows}

    def set_many(self, values: dict[str, Any], now: datetime) -> None:
        """Store every value of `values` in one transaction, and log each key as a change for the other stations.

        The log row is written here, not by a trigger on the table (the table came without one): on
        PostgreSQL through the log's own function, which also rings the other stations at commit; on
        SQLite, where one station writes, as a plain row. Either way the origin is this station's, so
        its own feed does not hear it back.
        """
        with self.db.transaction() as conn:
            for key, value in values.items():
                self.set(key, value, now)
                if self.db.dialect == "postgresql":
                    conn.execute("SELECT kds_log_change(?, ?, '', 'update')", (SETTINGS_TOPIC, key))
                else:
                    conn.execute("INSERT INTO changes (topic, item, ref, op, origin) VALUES (?,?,'','update',?)",
                                 (SETTINGS_TOPIC, key, self.db.origin))


class RoutingRepository:
    """The kitchen stations and the routing rules."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db
        self.settings = RestaurantSettings(db)

    def load(self) -> Routing:
        """The restaurant's routing (no stations when none were set up)."""
        stations = tuple(str(s) for s in self.settings.get(STATIONS_KEY, []))
        rows = self.db.conn.execute(
            "SELECT kind, pattern, platform, station FROM routing_rules ORDER BY position").fetchall()
        rules = tuple(RoutingRule(RuleKind(r["kind"]), r["pattern"], r["station"], r["platform"]) for r in rows)
        return Routing(stations, rules, str(self.settings.get(DEFAULT_STATION_KEY, "")))

    def save(self, routing: Routing, now: datetime) -> None:
        """Replace the stations, the default and every rule with `routing`'s, at once."""
        with self.db.transaction() as conn:
            self.settings.set(STATIONS_KEY, list(routing.stations), now)
            self.settings.set(DEFAULT_STATION_KEY, routing.default, now)
            conn.execute("DELETE FROM routing_rules")
            for position, rule in enumerate(routing.rules):
                conn.execute("INSERT INTO routing_rules (position, kind, pattern, platform, station)"
                             " VALUES (?,?,?,?,?)",
                             (position, rule.kind.value, rule.pattern, rule.platform, rule.station))


@dataclass(frozen=True, slots=True)
class Bumped:
    """An order a station bumped, for its Recall list.

    Attributes:
        key: the order.
        at: when the station bumped it.
    """

    key: OrderKey
    at: datetime


class BumpRepository:
    """What each station finished: whole orders and single lines."""

    def __init__(self, db: Database) -> None:
        """Use `db`."""
        self.db = db

    def bump(self, key: OrderKey, station: str, now: datetime, line_id: str = "") -> None:
        """`station` finished `line_id` of `key` ("": its whole part of the order). Bumping twice keeps the first."""
        self.db.conn.execute(
            "INSERT INTO station_bumps (platform, order_id, station, line_id, bumped_at) VALUES (?,?,?,?,?)"
            " ON CONFLICT (platform, order_id, station, line_id) DO NOTHING",
            (key.platform.value, key.order_id, station, line_id, now.isoformat()))

    def unbump_line(self, key: OrderKey, station: str, line_id: str) -> None:
        """`station` takes line `line_id` of `key` back (tapped by mistake)."""
        self.db.conn.execute(
            "DELETE FROM station_bumps WHERE platform=? AND order_id=? AND station=? AND line_id=?",
            (key.platform.value, key.order_id, station, line_id))

    def recall(self, key: OrderKey, station: str) -> None:
        """`key` comes back to `station` as it was before anything of it was bumped there."""
        self.db.conn.execute("DELETE FROM station_bumps WHERE platform=? AND order_id=? AND station=?",
                             (key.platform.value, key.order_id, station))

    def of(self, keys: Iterable[OrderKey]) -> dict[OrderKey, dict[str, set[str]]]:
        """Per order of `keys`, per station, the line ids bumped there ("" for the whole order)."""
        result: dict[OrderKey, dict[str, set[str]]] = {}
        by_platform: dict[Platform, list[str]] = {}
        for key in keys:
            by_platform.setdefault(key.platform, []).append(key.order_id)
        for platform, ids in by_platform.items():
            for start in range(0, len(ids), 500):  # well under every engine's parameter limit
                chunk = ids[start:start + 500]
                rows = self.db.conn.execute(
                    "SELECT order_id, station, line_id FROM station_bumps WHERE platform=? AND order_id IN"
                    f" ({','.join('?' * len(chunk))})", (platform.value, *chunk)).fetchall()
                for row in rows:
                    stations = result.setdefault(OrderKey(platform, row["order_id"]), {})
                    stations.setdefault(row["station"], set()).add(row["line_id"])
        return result

    def recent(self, station: str, limit: int = 10) -> list[Bumped]:
        """The orders `station` bumped whole, latest first (its Recall list)."""
        rows = self.db.conn.execute(
            "SELECT platform, order_id, bumped_at FROM station_bumps WHERE station=? AND line_id=''"
            " ORDER BY bumped_at DESC, order_id DESC LIMIT ?", (station, limit)).fetchall()
        return [Bumped(OrderKey(Platform(r["platform"]), r["order_id"]), datetime.fromisoformat(r["bumped_at"]))
                for r in rows]

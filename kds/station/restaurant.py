"""Which settings are the restaurant's and which the screen's, and keeping the restaurant's in its shared store.

On a shared store (several screens on one PostgreSQL) the restaurant's settings live in the store's
`restaurant_settings` table, one JSON value per section (`settings.platforms`, ...), so every screen
uses the same ones:

- the platform accounts (which are on, their addresses, merchant ids, acceptance mode; never their
  credentials, which stay in each screen's OS keyring),
- the printers (each with the screen it is connected to, `PrinterConfig.owner`), the receipt header,
  the tickets' time zone,
- the manager PIN (its salted hash) and what it guards,
- the restaurant's own riders,
- how orders are handled: auto-accept, the usual preparation time and whether Confirm asks for it,
  the amber and red ticket ages, the undo time, the opening hours.

The rest is the screen's and stays in its `settings.json`: language, theme, text and card size,
sounds and volume, kiosk, starting with the system, the store's address, the screen's role and
kitchen station, where its credentials are kept.

The screen's file still holds a copy of the restaurant's sections (what it last used), so a screen
that cannot reach the store at start says why with the settings it had. A single screen on its own
SQLite file keeps everything in the file, as before: it has nobody to share with, and a second
place to look would only add a way to disagree.
"""

from __future__ import annotations

import json
import logging
import platform as platform_module
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from kds.clock import Clock
from kds.station.settings import Settings, keep_copy, save_settings, settings_data, settings_path
from kds.store.db import Database
from kds.store.stations import RestaurantSettings

log = logging.getLogger(__name__)

KEY_PREFIX = "settings."
"""Store keys of the restaurant's sections: `settings.<section>`."""

SECTIONS: dict[str, frozenset[str] | None] = {
    "platforms": None,
    "printing": None,
    "riders": None,
    "security": frozenset({"manager_pin", "guarded"}),
    "behaviour": frozenset({"auto_accept", "default_prep_minutes", "prep_time", "amber_minutes", "red_minutes",
                            "undo_seconds", "opening_hours"}),
}
"""The restaurant's sections of `Settings`: a section's fields that are the restaurant's (None: all of it).

Sounds and volume (`behaviour`) and where credentials are kept (`security.credential_store`) are the screen's.
"""


def screen_name(configured: str = "") -> str:
    """This screen's station name: `configured`, else the machine's name (as the engine names itself)."""
    return configured or platform_module.node() or "KDS"


def restaurant_part(settings: Settings, owner: str = "") -> dict[str, Any]:
    """The restaurant's sections of `settings` as JSON data, by store key.

    With `owner`, printers without an owner get it (the screen that brought them or added them).
    """
    data = settings_data(settings)
    if owner:
        for printer in data["printing"]["printers"]:
            printer["owner"] = printer.get("owner") or owner
    part: dict[str, Any] = {}
    for section, fields in SECTIONS.items():
        value = data[section]
        if fields is not None:
            value = {name: value[name] for name in sorted(fields)}
        part[KEY_PREFIX + section] = _canonical(value)
    return part


def with_restaurant(settings: Settings, stored: Mapping[str, Any]) -> Settings:
    """`settings` with the restaurant's sections found in `stored` (by store key); the others kept.

    Raises:
        ValueError: the stored sections are not valid settings (a newer KDS wrote them).
    """
    data = settings_data(settings)
    for section, fields in SECTIONS.items():
        value = stored.get(KEY_PREFIX + section)
        if value is None:
            continue
        if fields is None:
            data[section] = value
        else:
            data[section].update({name: value[name] for name in fields if name in value})
    try:
        return Settings.model_validate(data)
    except ValidationError as exc:
        raise ValueError(f"the restaurant's settings in the store are not valid here: {exc.error_count()} problems"
                         ) from exc


def own_printers(settings: Settings, name: str) -> Settings:
    """`settings` with only the printers connected to the screen called `name` (those it prints on).

    A printer without an owner is this screen's. A fallback to another screen's printer is dropped:
    this screen cannot reach it.
    """
    printing = settings.printing
    mine = [p for p in printing.printers if p.owner in ("", name)]
    if len(mine) == len(printing.printers):
        return settings
    names = {p.name for p in mine}
    kept = tuple(p if p.fallback is None or p.fallback in names else p.model_copy(update={"fallback": None})
                 for p in mine)
    return settings.model_copy(update={"printing": printing.model_copy(update={"printers": kept})})


@dataclass(frozen=True, slots=True)
class Joined:
    """What `join` found.

    Attributes:
        settings: the settings to use: the screen's own, with the restaurant's sections of the store.
        brought: the sections this screen brought to the store (it was the first to join, or they were missing).
        backup: the copy of this screen's settings file made because the store's sections replaced its own.
    """

    settings: Settings
    brought: tuple[str, ...] = ()
    backup: Path | None = None


class RestaurantStore:
    """The restaurant's sections of the settings in a shared store, for the screen called `name`."""

    def __init__(self, db: Database, name: str, clock: Clock) -> None:
        """Keep them in `db`; `name` is this screen's station name (the owner of the printers it adds)."""
        self.db = db
        self.name = name
        self.clock = clock
        self.values = RestaurantSettings(db)

    def load(self) -> dict[str, Any]:
        """The restaurant's sections in the store, by key (missing ones left out)."""
        return self.values.get_many(KEY_PREFIX + section for section in SECTIONS)

    def apply(self, settings: Settings) -> Settings:
        """`settings` with the store's restaurant sections (as they are now)."""
        return with_restaurant(settings, self.load())

    def save(self, settings: Settings, since: Settings | None = None) -> Settings:
        """Write the restaurant's sections of `settings` (in one transaction); the settings as they now are.

        With `since` (the settings the change started from), only the sections changed since then are
        written: a section another screen saved meanwhile is not turned back, and comes back in the
        result. Without it, every section that differs from the store's. Each written section is told
        to the other screens; printers without an owner become this screen's.
        """
        part = restaurant_part(settings, self.name)
        before = restaurant_part(since, self.name) if since is not None else None
        with self.db.transaction():
            stored = self.load()
            changed = {key: value for key, value in part.items()
                       if _canonical(stored.get(key)) != value and (before is None or before[key] != value)}
            if changed:
                self.values.set_many(changed, self.clock.now())
        return with_restaurant(settings, {**stored, **changed})

    def join(self, settings: Settings, path: Path | None = None) -> Joined:
        """Take the restaurant's sections from the store, or bring this screen's where the store has none.

        The first screen to join an empty restaurant store brings its sections (its printers become
        its own). A screen joining a store that has them takes the store's; when its own differed,
        its settings file is first copied beside it (`settings.joined-<time>.json`) so nothing is
        lost, and `Joined.backup` names the copy. The file then holds the settings in use.
        """
        path = path or settings_path()
        now = self.clock.now()
        mine = restaurant_part(settings, self.name)
        with self.db.transaction():  # two screens joining at once: the second waits, then finds the first's
            stored = self.load()
            missing = {key: value for key, value in mine.items() if key not in stored}
            if missing:
                self.values.set_many(missing, now)
        merged = with_restaurant(settings, {**stored, **missing})
        backup = None
        differs = any(_canonical(stored[key]) != mine[key] for key in stored if key in mine)
        if differs and path.exists():
            backup = keep_copy(path, "joined", now)
            log.info("this screen's own restaurant settings differ from the store's: kept in %s", backup.name)
        if merged != settings:
            save_settings(merged, path)
        brought = tuple(key.removeprefix(KEY_PREFIX) for key in missing)
        return Joined(merged, brought, backup)


def _canonical(value: Any) -> Any:
    """`value` as JSON data with every key sorted (so two equal sections compare equal)."""
    return json.loads(json.dumps(value, sort_keys=True))

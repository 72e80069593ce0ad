"""Numbered, step-by-step migrations of the settings file.

A settings file carries its schema version in a top-level `"version"` field (a file without one is
version 0, from before the field existed). Each migration turns the JSON object of version `n` into
version `n + 1`; `migrate()` runs them one after the other, so a file several versions old goes
through every step in order, exactly as the store's numbered SQL migrations do.

To change the settings schema: bump `SETTINGS_VERSION`, and register the step from the previous
version with `@migration(previous)`. A migration reshapes plain JSON data (no models), because the
models of older versions no longer exist in the code; the framework sets `"version"` itself.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Mapping
from typing import Any

SETTINGS_VERSION = 6
"""The schema version this KDS writes and understands."""

Migration = Callable[[dict[str, Any]], dict[str, Any]]

MIGRATIONS: dict[int, Migration] = {}
"""`from_version -> step`, where the step turns a version `from_version` object into the next version."""


class MigrationError(Exception):
    """The settings data cannot be brought to the current version."""


class NewerVersionError(MigrationError):
    """The settings data was written by a newer KDS than this one."""

    def __init__(self, version: int, supported: int) -> None:
        """`version` is the file's, `supported` this KDS's."""
        super().__init__(f"written by a newer KDS (settings version {version}; this KDS understands {supported})")
        self.version = version
        self.supported = supported


def migration(from_version: int) -> Callable[[Migration], Migration]:
    """Register the decorated function as the step from `from_version` to `from_version + 1`."""

    def register(step: Migration) -> Migration:
        if from_version in MIGRATIONS:
            raise ValueError(f"a settings migration from version {from_version} is already registered")
        MIGRATIONS[from_version] = step
        return step

    return register


def version_of(data: Mapping[str, Any]) -> int:
    """The schema version of settings `data` (0 when it has none).

    Raises:
        MigrationError: the version is not a non-negative integer.
    """
    version = data.get("version", 0)
    # bool is an int subclass; `"version": true` is a broken file, not version 1.
    if isinstance(version, bool) or not isinstance(version, int) or version < 0:
        raise MigrationError(f"the settings version {version!r} is not a number")
    return version


def migrate(data: Mapping[str, Any], target: int = SETTINGS_VERSION,
            steps: Mapping[int, Migration] | None = None) -> dict[str, Any]:
    """Bring settings `data` to version `target`, one registered step at a time.

    Args:
        data: the decoded JSON object of a settings file (not modified).
        target: the version to reach.
        steps: the migrations to use (default: the registered `MIGRATIONS`).

    Returns:
        A new object at version `target` (a copy of `data` when it already is).

    Raises:
        NewerVersionError: `data` is of a version above `target`.
        MigrationError: a step is missing, fails, or does not return an object.
    """
    steps = MIGRATIONS if steps is None else steps
    version = version_of(data)
    if version > target:
        raise NewerVersionError(version, target)
    current = copy.deepcopy(dict(data))
    while version < target:
        step = steps.get(version)
        if step is None:
            raise MigrationError(f"no migration from settings version {version} to {version + 1}")
        try:
            result = step(current)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise MigrationError(f"migrating settings from version {version} failed: {exc!r}") from exc
        if not isinstance(result, dict):
            raise MigrationError(f"the migration from settings version {version} returned no object")
        version += 1
        result["version"] = version
        current = result
    return current


@migration(1)
def _preparation_time_choice(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 adds `behaviour.prep_time`: whether Confirm asks for the preparation time.

    A station set up before keeps doing what it did: send the usual time without asking. The step
    also marks the file as version 2, so an older KDS keeps it aside instead of refusing its new key.
    """
    behaviour = data.get("behaviour")
    if isinstance(behaviour, dict):
        behaviour.setdefault("prep_time", "usual")
    return data


@migration(2)
def _card_size_choice(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 adds `appearance.card_size`: compact cards when a column is crowded, or always one size.

    A station set up before keeps the automatic choice it had.
    """
    appearance = data.get("appearance")
    if isinstance(appearance, dict):
        appearance.setdefault("card_size", "auto")
    return data


@migration(3)
def _opening_hours(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 adds `behaviour.opening_hours` (per weekday); a station set up before has none set.

    Without opening hours the watchdog does not ring for a store left closed.
    """
    behaviour = data.get("behaviour")
    if isinstance(behaviour, dict):
        behaviour.setdefault("opening_hours", [])
    return data


@migration(4)
def _station_role(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 adds `station.role` and `station.kitchen_station`: what this screen is for.

    A station set up before stays the counter it was, with every order and every action.
    """
    station = data.get("station")
    if isinstance(station, dict):
        station.setdefault("role", "counter")
        station.setdefault("kitchen_station", "")
    return data


@migration(5)
def _printer_owner(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 adds `printing.printers[].owner`: the screen a printer is connected to.

    A station set up before drives its printers itself (empty: this screen).
    """
    printing = data.get("printing")
    printers = printing.get("printers") if isinstance(printing, dict) else None
    for printer in printers if isinstance(printers, list) else ():
        if isinstance(printer, dict):
            printer.setdefault("owner", "")
    return data

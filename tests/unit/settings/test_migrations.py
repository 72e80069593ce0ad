"""The settings migration framework: numbered steps run in order; old files are upgraded on load."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from kds.station import settings_migrations
from kds.station.settings import CardSize, Language, PrepTime, Role, Theme, load_settings
from kds.station.settings_migrations import (
    SETTINGS_VERSION,
    MigrationError,
    NewerVersionError,
    migrate,
    migration,
    version_of,
)


def v0_to_v1(data: dict[str, Any]) -> dict[str, Any]:
    """A synthetic version 0: flat `language`/`dark` keys, before the appearance section existed."""
    appearance = {"language": data.pop("language", "en"), "theme": "dark" if data.pop("dark", True) else "light"}
    return {**data, "appearance": appearance}


def test_the_current_version_has_no_step_to_a_later_one() -> None:
    assert SETTINGS_VERSION == 6
    assert all(v < SETTINGS_VERSION for v in settings_migrations.MIGRATIONS)


def test_steps_run_one_after_the_other_and_set_the_version() -> None:
    calls: list[int] = []

    def step(n: int):  # type: ignore[no-untyped-def]
        def run(data: dict[str, Any]) -> dict[str, Any]:
            calls.append(n)
            assert data["version"] == n  # each step sees the previous step's output
            return {**data, "trail": [*data.get("trail", []), n]}
        return run

    original = {"version": 1, "kept": True}
    result = migrate(original, target=4, steps={1: step(1), 2: step(2), 3: step(3)})
    assert calls == [1, 2, 3]
    assert result == {"version": 4, "kept": True, "trail": [1, 2, 3]}
    assert original == {"version": 1, "kept": True}  # the input is not modified
    assert migrate(result, target=4, steps={}) == result  # nothing to do


def test_a_missing_or_broken_step_is_an_error() -> None:
    with pytest.raises(MigrationError, match="no migration from settings version 1"):
        migrate({"version": 0}, target=2, steps={0: lambda d: d})
    with pytest.raises(MigrationError, match="failed"):
        migrate({"version": 0}, target=1, steps={0: lambda d: d["absent"]})
    with pytest.raises(MigrationError, match="no object"):
        migrate({"version": 0}, target=1, steps={0: lambda d: [d]})  # type: ignore[list-item,return-value]
    with pytest.raises(NewerVersionError) as newer:
        migrate({"version": 3}, target=1)
    assert newer.value.version == 3 and newer.value.supported == 1


def test_versions_are_read_strictly() -> None:
    assert version_of({}) == 0 and version_of({"version": 2}) == 2
    for bad in (True, "1", -1, 1.0, None):
        with pytest.raises(MigrationError):
            version_of({"version": bad})


def test_registering_the_same_step_twice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings_migrations, "MIGRATIONS", {})
    migration(0)(v0_to_v1)
    with pytest.raises(ValueError, match="already registered"):
        migration(0)(v0_to_v1)


def test_a_v0_file_is_migrated_backed_up_and_saved(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    steps = {v: settings_migrations.MIGRATIONS[v] for v in range(1, SETTINGS_VERSION)}
    monkeypatch.setattr(settings_migrations, "MIGRATIONS", steps)
    migration(0)(v0_to_v1)
    path = tmp_path / "settings.json"
    v0 = {"language": "pt_BR", "dark": False, "setup_complete": True}
    path.write_text(json.dumps(v0))
    result = load_settings(path, now=datetime(2025, 1, 2, 3, 4, 5, tzinfo=UTC))
    assert result.problem is None and result.migrated_from == 0
    assert result.settings.appearance.language is Language.PT_BR
    assert result.settings.appearance.theme is Theme.LIGHT
    assert result.settings.setup_complete is True
    assert result.backup is not None and result.backup.name == "settings.v0-20250102T030405Z.json"
    assert json.loads(result.backup.read_text()) == v0
    saved = json.loads(path.read_text())
    assert saved["version"] == SETTINGS_VERSION and saved["appearance"]["language"] == "pt_BR"
    again = load_settings(path)  # once migrated, it loads as it is
    assert again.migrated_from is None and again.backup is None and again.settings == result.settings


def test_without_a_step_from_v0_an_unversioned_file_is_kept_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text('{"language": "pt_BR"}')
    result = load_settings(path)
    assert result.problem is not None and "version 0" in result.problem
    assert result.backup is not None and path.read_text() == '{"language": "pt_BR"}'


def test_a_v1_file_keeps_sending_the_usual_preparation_time(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    v1 = {"version": 1, "setup_complete": True, "behaviour": {"default_prep_minutes": 20}}
    path.write_text(json.dumps(v1))
    result = load_settings(path)
    assert result.problem is None and result.migrated_from == 1
    assert result.settings.behaviour.prep_time is PrepTime.USUAL
    assert result.settings.behaviour.default_prep_minutes == 20
    saved = json.loads(path.read_text())
    assert saved["version"] == SETTINGS_VERSION and saved["behaviour"]["prep_time"] == "usual"


def test_a_v2_file_keeps_its_automatic_card_size(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    v2 = {"version": 2, "setup_complete": True, "appearance": {"language": "th", "theme": "light"}}
    path.write_text(json.dumps(v2))
    result = load_settings(path)
    assert result.problem is None and result.migrated_from == 2
    assert result.settings.appearance.card_size is CardSize.AUTO
    assert result.settings.appearance.language is Language.TH and result.settings.appearance.theme is Theme.LIGHT
    saved = json.loads(path.read_text())
    assert saved["version"] == SETTINGS_VERSION and saved["appearance"]["card_size"] == "auto"


def test_a_v3_file_has_no_opening_hours_so_the_watchdog_stays_quiet(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    v3 = {"version": 3, "setup_complete": True, "behaviour": {"default_prep_minutes": 25}}
    path.write_text(json.dumps(v3))
    result = load_settings(path)
    assert result.problem is None and result.migrated_from == 3
    assert result.settings.behaviour.opening_hours == ()
    assert result.settings.behaviour.default_prep_minutes == 25
    saved = json.loads(path.read_text())
    assert saved["version"] == SETTINGS_VERSION and saved["behaviour"]["opening_hours"] == []


def test_a_v4_file_stays_the_counter_it_was(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    v4 = {"version": 4, "setup_complete": True, "station": {"kiosk": True},
          "appearance": {"language": "vi", "card_size": "full"}}
    path.write_text(json.dumps(v4))
    result = load_settings(path)
    assert result.problem is None and result.migrated_from == 4
    assert result.settings.station.role is Role.COUNTER and result.settings.station.kitchen_station == ""
    assert result.settings.station.kiosk is True and result.settings.appearance.card_size is CardSize.FULL
    saved = json.loads(path.read_text())
    assert saved["version"] == SETTINGS_VERSION and saved["station"]["role"] == "counter"


def test_a_v5_file_keeps_driving_its_own_printers(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    v5 = {"version": 5, "setup_complete": True,
          "printing": {"printers": [{"name": "kitchen", "target": "tcp://10.0.0.9:9100", "station": "GRILL"}]}}
    path.write_text(json.dumps(v5))
    result = load_settings(path)
    assert result.problem is None and result.migrated_from == 5
    (printer,) = result.settings.printing.printers
    assert (printer.name, printer.station, printer.owner) == ("kitchen", "GRILL", "")
    saved = json.loads(path.read_text())
    assert saved["version"] == SETTINGS_VERSION and saved["printing"]["printers"][0]["owner"] == ""

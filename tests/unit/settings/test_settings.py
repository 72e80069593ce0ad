"""Settings: defaults, round trip, broken and newer files kept and reported, the PIN, atomic saves."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pydantic import ValidationError

from kds.domain.order import Platform
from kds.printing.config import PrinterConfig, PrintSettings
from kds.station.settings import (
    Appearance,
    Behaviour,
    Guarded,
    InvalidPin,
    Language,
    PinHash,
    PlatformSettings,
    Security,
    Settings,
    Theme,
    load_settings,
    save_settings,
    settings_path,
)

NOW = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)


def custom() -> Settings:
    return Settings(
        setup_complete=True,
        platforms={Platform.KEETA_OD: PlatformSettings(enabled=True, base_url="https://open.example.com/api",
                                                       merchant_ids=("m-1", "m-2")),
                   Platform.GOFOOD: PlatformSettings(enabled=True, relay_url="https://relay.example.com")},
        printing=PrintSettings(printers=(
            PrinterConfig(name="kitchen", target="tcp://192.168.1.50:9100", width=80, codepage="cp860",
                          fallback="counter"),
            PrinterConfig(name="counter", target="usb:04b8:0e15", width=58, copies=2))),
        behaviour=Behaviour(auto_accept=frozenset({Platform.KEETA_OD}), sounds=False, volume=30,
                            default_prep_minutes=12, amber_minutes=8, red_minutes=15, undo_seconds=3),
        appearance=Appearance(language=Language.ZH_HK, theme=Theme.LIGHT, font_scale=1.25),
        security=Security().with_pin("493817"),
    )


def test_a_missing_file_gives_the_defaults_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    result = load_settings(path)
    assert result.problem is None and result.backup is None and result.migrated_from is None
    assert result.settings == Settings()
    assert not path.exists()
    defaults = result.settings
    assert defaults.appearance.language is Language.EN and defaults.appearance.theme is Theme.DARK
    assert defaults.behaviour.auto_accept == frozenset() and defaults.enabled_platforms() == []
    assert all(p.auto_print.value == "on_confirm" for p in custom().printing.printers)
    assert defaults.security.manager_pin is None and not defaults.security.requires_pin(Guarded.CANCEL)
    assert defaults.station.kiosk is False and defaults.station.start_with_system is False


def test_the_default_path_is_in_the_user_config_dir(tmp_path: Path) -> None:
    # conftest points XDG_CONFIG_HOME at a temporary directory
    assert settings_path().parent.name == "kds"
    assert settings_path().parent.parent == Path(os.environ["XDG_CONFIG_HOME"])


def test_settings_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "conf" / "settings.json"
    settings = custom()
    save_settings(settings, path)
    result = load_settings(path)
    assert result.problem is None
    assert result.settings == settings
    assert result.settings.platform(Platform.KEETA_OD).merchant_ids == ("m-1", "m-2")
    assert result.settings.platform(Platform.ZEEK).enabled is False
    assert result.settings.printing.printer("kitchen").codepage == "CP860"
    assert result.settings.enabled_platforms() == [Platform.KEETA_OD, Platform.GOFOOD]
    assert [p.name for p in tmp_path.joinpath("conf").iterdir()] == ["settings.json"]  # no temp file left
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_saving_the_same_settings_writes_the_same_bytes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    save_settings(custom(), first)
    save_settings(Settings.model_validate_json(first.read_text()), second)
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_text())["security"]["guarded"] == ["cancel", "refund", "settings"]


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe\x00garbage", b"[1, 2]", b'{"version": "one"}',
                                     b'{"version": 1, "behaviour": {"amber_minutes": 30, "red_minutes": 20}}',
                                     b'{"version": 1, "colour": "red"}'])
def test_a_broken_file_is_backed_up_reported_and_left_in_place(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    result = load_settings(path, now=NOW)
    assert result.settings == Settings()
    assert result.problem is not None and "settings.json" in result.problem
    assert result.backup is not None and result.backup.parent == tmp_path
    assert result.backup.name.startswith("settings.") and "20250304T050607Z" in result.backup.name
    assert result.backup.name in result.problem
    assert result.backup.read_bytes() == content
    assert path.read_bytes() == content  # never silently replaced


def test_loading_the_same_broken_file_again_makes_no_second_backup(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("{oops")
    first = load_settings(path, now=NOW)
    second = load_settings(path, now=datetime(2025, 3, 5, tzinfo=UTC))
    assert first.backup == second.backup
    path.write_text("{oops, again")
    third = load_settings(path, now=NOW)  # same second, different content: a new name
    assert third.backup not in (None, first.backup)
    assert len(list(tmp_path.glob("settings.corrupt-*.json"))) == 2


def test_a_file_from_a_newer_kds_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    data = json.loads(custom().model_dump_json())
    data["version"] = 7
    data["hologram"] = {"enabled": True}
    path.write_text(json.dumps(data))
    before = path.read_bytes()
    result = load_settings(path, now=NOW)
    assert result.settings == Settings()
    assert result.problem is not None and "newer" in result.problem and "7" in result.problem
    assert result.backup is not None and "newer-v7" in result.backup.name
    assert result.backup.read_bytes() == before and path.read_bytes() == before


def test_an_invalid_value_is_reported_without_echoing_it(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"version": 1, "platforms": {"keeta_od": {"base_url": "ftp://user:hunter22@x"}}}))
    result = load_settings(path, now=NOW)
    assert result.problem is not None and "platforms.keeta_od.base_url" in result.problem
    assert "hunter22" not in result.problem


def test_urls_must_be_http_and_carry_no_credentials() -> None:
    assert PlatformSettings(base_url=" https://a.example.com/x ").base_url == "https://a.example.com/x"
    for bad in ("ftp://a.example.com", "a.example.com", "https://user:pw@a.example.com", "https://tok@a.example"):
        with pytest.raises(ValidationError):
            PlatformSettings(base_url=bad)
    with pytest.raises(ValidationError):
        PlatformSettings(merchant_ids=("m-1", "m-1"))
    with pytest.raises(ValidationError):
        Behaviour(amber_minutes=20, red_minutes=20)


def test_the_pin_is_stored_only_as_a_salted_hash(tmp_path: Path) -> None:
    security = Security().with_pin("493817")
    pin = security.manager_pin
    assert pin is not None and pin.algorithm == "scrypt"
    assert security.check_pin("493817") and not security.check_pin("493818") and not security.check_pin("")
    assert security.requires_pin(Guarded.REFUND) and security.requires_pin(Guarded.SETTINGS)
    assert not security.model_copy(update={"guarded": frozenset({Guarded.SETTINGS})}).requires_pin(Guarded.CANCEL)
    again = PinHash.create("493817")
    assert again.salt != pin.salt and again.hash != pin.hash  # a fresh salt each time
    path = tmp_path / "settings.json"
    save_settings(Settings(security=security), path)
    text = path.read_text()
    assert "493817" not in text and pin.hash in text
    loaded = load_settings(path).settings.security
    assert loaded.check_pin("493817") and not loaded.check_pin("000000")
    assert Security().with_pin("4938").with_pin(None).manager_pin is None
    for bad in ("123", "12ab", "1234567890123", " 1234"):
        with pytest.raises(InvalidPin):
            PinHash.create(bad)


def test_settings_are_immutable() -> None:
    settings = Settings()
    with pytest.raises(ValidationError):
        settings.setup_complete = True  # type: ignore[misc]
    changed = settings.model_copy(update={"setup_complete": True})
    assert changed.setup_complete and not settings.setup_complete


def test_a_failed_save_leaves_the_old_file_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "settings.json"
    save_settings(Settings(), path)
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError, match="No space left on device"):
        save_settings(custom(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_printers_of_a_legacy_printers_json_are_taken_over(tmp_path: Path) -> None:
    legacy = PrintSettings(printers=(PrinterConfig(name="kitchen", target="file:/dev/usb/lp0"),))
    (tmp_path / "printers.json").write_text(legacy.model_dump_json())
    result = load_settings(tmp_path / "settings.json")
    assert result.problem is None and result.settings.printing == legacy
    (tmp_path / "printers.json").write_text('{"printers": [{"name": "x", "target": "nowhere"}]}')
    broken = load_settings(tmp_path / "settings.json")
    assert broken.problem is not None and "printers.json" in broken.problem
    assert broken.settings.printing == PrintSettings()


def test_riders_are_checked_and_kept_in_their_order(tmp_path: Path) -> None:
    from kds.domain.riders import Rider, Vehicle
    from kds.station.settings import RiderSettings

    riders = (RiderSettings(id=2, name=" Bruno ", phone="+55 11 97777-0000", vehicle=Vehicle.BICYCLE),
              RiderSettings(id=1, name="Ana", plate="FKD-4E21"))
    settings = Settings(riders=riders)
    assert settings.own_riders() == [Rider(2, "Bruno", "+55 11 97777-0000", Vehicle.BICYCLE),
                                     Rider(1, "Ana", "", Vehicle.MOTORBIKE, "FKD-4E21")]
    path = tmp_path / "settings.json"
    save_settings(settings, path)
    assert load_settings(path).settings.riders == settings.riders
    for bad in ({"id": 1, "name": ""}, {"id": 0, "name": "Ana"}, {"id": 1, "name": "Ana", "phone": "call me"},
                {"id": 1, "name": "Ana", "vehicle": "horse"}):
        with pytest.raises(ValidationError):
            RiderSettings.model_validate(bad)
    with pytest.raises(ValidationError):
        Settings(riders=(RiderSettings(id=1, name="Ana"), RiderSettings(id=1, name="Bia")))

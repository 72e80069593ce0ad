"""The station's settings: a versioned pydantic model stored as JSON in the user config directory.

What is here: which platforms are enabled and where they are (never their credentials, which live
in the OS keyring, see `kds.station.credentials`), the printers (`kds.printing.config.PrintSettings`, reused as
is), behaviour at the counter, language and appearance, kiosk mode, and the optional manager PIN
(only a salted scrypt hash of it).

Loading never loses a file: a file that cannot be read, or that a newer KDS wrote, is copied to a
timestamped backup beside it and reported, and the defaults are used; an older file is migrated step
by step (`kds.station.settings_migrations`). Saving is atomic (a temporary file, then `os.replace`).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import os
import re
import secrets
import shutil
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from kds.domain.opening_hours import is_open, minute_of_day
from kds.domain.order import Platform
from kds.domain.riders import Rider, Vehicle
from kds.printing.config import PrintSettings
from kds.station.settings_migrations import SETTINGS_VERSION, MigrationError, NewerVersionError, migrate, version_of

log = logging.getLogger(__name__)

APP_NAME = "kds"
FILE_NAME = "settings.json"
LEGACY_PRINTERS_FILE = "printers.json"  # what kds.printing.config read before this module existed

_FROZEN = ConfigDict(frozen=True, extra="forbid")


def settings_path() -> Path:
    """The settings file in the platform's user config directory (`~/.config/kds/settings.json` on Linux)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME


class Language(StrEnum):
    """Languages of the user interface (those of the markets the platforms serve)."""

    EN = "en"
    PT_BR = "pt_BR"
    ZH_HK = "zh_HK"
    ZH_CN = "zh_CN"
    ID = "id"
    VI = "vi"
    TH = "th"


class Theme(StrEnum):
    """Colour scheme of the board."""

    DARK = "dark"
    LIGHT = "light"


class CardSize(StrEnum):
    """How large the board's cards are: compact when a column is crowded, or always one size."""

    AUTO = "auto"
    COMPACT = "compact"
    FULL = "full"


class PrepTime(StrEnum):
    """What Confirm tells the platform about the preparation time (where the platform takes one)."""

    USUAL = "usual"  # always the usual time (`Behaviour.default_prep_minutes`), no question asked
    ASK = "ask"  # Confirm asks each time, with large presets and the usual time highlighted


class Guarded(StrEnum):
    """What the manager PIN, when set, protects."""

    CANCEL = "cancel"
    REFUND = "refund"
    SETTINGS = "settings"


def _check_url(value: str) -> str:
    value = value.strip()
    if not value:
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("must be an http:// or https:// address")
    # Credentials belong in the keyring, never in this file (DESIGN invariant 7).
    if parts.username or parts.password:
        raise ValueError("must not contain a user name or password; credentials go to the keyring")
    return value


class PlatformSettings(BaseModel):
    """Where one platform is. Its credentials are in the keyring (`kds.station.credentials`), not here."""

    model_config = _FROZEN

    enabled: bool = False
    base_url: str = ""
    merchant_ids: tuple[str, ...] = ()
    relay_url: str = ""  # for webhook platforms: the relay that turns their pushes into polls
    auth_url: str = ""  # for platforms whose tokens come from a separate OAuth server
    acceptance_mode: str = ""  # how the platform accepts orders, in its own words

    @field_validator("base_url", "relay_url", "auth_url")
    @classmethod
    def _urls(cls, value: str) -> str:
        return _check_url(value)

    @field_validator("merchant_ids")
    @classmethod
    def _merchants(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        ids = tuple(m.strip() for m in value)
        if any(not m for m in ids):
            raise ValueError("merchant ids must not be empty")
        if len(set(ids)) != len(ids):
            raise ValueError("merchant ids must be unique")
        return ids


def _default_platforms() -> dict[Platform, PlatformSettings]:
    return {p: PlatformSettings() for p in Platform if p is not Platform.FAKE}


TIME_OF_DAY = r"^(([01]\d|2[0-3]):[0-5]\d|24:00)$"


class OpeningDay(BaseModel):
    """When the restaurant opens on one weekday; a closing time at or before the opening runs past midnight."""

    model_config = _FROZEN

    weekday: int = Field(ge=0, le=6)  # Monday is 0
    opens: str = Field(default="10:00", pattern=TIME_OF_DAY)
    closes: str = Field(default="22:00", pattern=TIME_OF_DAY)

    @model_validator(mode="after")
    def _not_empty(self) -> OpeningDay:
        if minute_of_day(self.opens) == minute_of_day(self.closes) or self.opens == "24:00":
            raise ValueError("opening and closing time must differ, and a day opens before 24:00")
        return self

    def span(self) -> tuple[int, int, int]:
        """`(weekday, opens, closes)` in minutes of the day, as `kds.domain.opening_hours.is_open` takes it."""
        return self.weekday, minute_of_day(self.opens), minute_of_day(self.closes)


class Behaviour(BaseModel):
    """How the counter behaves. When each printer prints by itself is `PrinterConfig.auto_print`."""

    model_config = _FROZEN

    auto_accept: frozenset[Platform] = frozenset()  # platforms whose new orders are confirmed at once
    sounds: bool = True
    volume: int = Field(default=80, ge=0, le=100)
    default_prep_minutes: int = Field(default=15, ge=1, le=240)
    prep_time: PrepTime = PrepTime.USUAL
    amber_minutes: int = Field(default=10, ge=1, le=240)  # ticket age that turns it amber
    red_minutes: int = Field(default=20, ge=1, le=480)  # ... and red
    undo_seconds: float = Field(default=5.0, ge=0, le=30)
    # Days without an entry are closed; none at all: no opening hours set (the watchdog does not look).
    opening_hours: tuple[OpeningDay, ...] = ()

    @model_validator(mode="after")
    def _thresholds(self) -> Behaviour:
        if self.amber_minutes >= self.red_minutes:
            raise ValueError("the amber threshold must be below the red one")
        if len({d.weekday for d in self.opening_hours}) != len(self.opening_hours):
            raise ValueError("one opening time per weekday")
        return self

    def open_at(self, local: datetime) -> bool | None:
        """Whether the restaurant is open at `local` (local time) by its opening hours; None when none are set."""
        if not self.opening_hours:
            return None
        return is_open((d.span() for d in self.opening_hours), local)


class Appearance(BaseModel):
    """Language, colours, text size and card size."""

    model_config = _FROZEN

    language: Language = Language.EN
    theme: Theme = Theme.DARK
    font_scale: float = Field(default=1.0, ge=0.75, le=2.0)
    card_size: CardSize = CardSize.AUTO


class Role(StrEnum):
    """What this screen is for in the restaurant."""

    COUNTER = "counter"  # every order, every action (the one screen of a small restaurant)
    KITCHEN = "kitchen"  # one kitchen station: only the lines routed to it, in big type, bumped when made
    EXPO = "expo"  # every order, with each station's progress; bumped when every station is done


class Station(BaseModel):
    """How the app runs on this machine, and what this screen is for."""

    model_config = _FROZEN

    kiosk: bool = False  # fullscreen, no window decorations, no way out without the PIN
    start_with_system: bool = False
    # The restaurant's shared store (postgresql://user@host/database, no password: that is in the keyring);
    # empty: this screen keeps its orders in its own file.
    store_url: str = ""
    role: Role = Role.COUNTER
    kitchen_station: str = Field(default="", max_length=40)  # the station a KITCHEN screen shows

    @field_validator("kitchen_station")
    @classmethod
    def _station_name(cls, value: str) -> str:
        return value.strip()


class Retention(BaseModel):
    """How long orders are kept (for the report), and when a final order's customer is erased."""

    model_config = _FROZEN

    keep_days: int = Field(default=90, ge=1, le=3650)
    erase_after_hours: int = Field(default=24, ge=1, le=24 * 90)


PIN_PATTERN = re.compile(r"\d{4,12}")


class InvalidPin(ValueError):  # noqa: N818 - reads as what the caller catches
    """A PIN must be 4 to 12 digits."""


class PinHash(BaseModel):
    """A salted scrypt hash of the manager PIN (the PIN itself is never stored)."""

    model_config = _FROZEN

    algorithm: Literal["scrypt"] = "scrypt"
    n: int = Field(default=2**14, ge=2**10, le=2**20)
    r: int = Field(default=8, ge=1, le=32)
    p: int = Field(default=1, ge=1, le=16)
    salt: str = Field(pattern=r"^[0-9a-f]{32,128}$")
    hash: str = Field(pattern=r"^[0-9a-f]{64}$")

    @classmethod
    def create(cls, pin: str, *, n: int = 2**14) -> PinHash:
        """Hash `pin` with a fresh random salt.

        Raises:
            InvalidPin: `pin` is not 4 to 12 digits.
        """
        if not PIN_PATTERN.fullmatch(pin):
            raise InvalidPin("the PIN must be 4 to 12 digits")
        salt = secrets.token_bytes(16)
        return cls(n=n, salt=salt.hex(), hash=_scrypt(pin, salt, n, 8, 1).hex())

    def verify(self, pin: str) -> bool:
        """True when `pin` is the PIN this hash was made from (compared in constant time)."""
        if not PIN_PATTERN.fullmatch(pin):
            return False
        digest = _scrypt(pin, bytes.fromhex(self.salt), self.n, self.r, self.p)
        return hmac.compare_digest(digest, bytes.fromhex(self.hash))


def _scrypt(pin: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    # maxmem: scrypt needs 128 * n * r bytes; OpenSSL's default cap (32 MiB) is too small past n=2**15.
    return hashlib.scrypt(pin.encode(), salt=salt, n=n, r=r, p=p, dklen=32, maxmem=256 * n * r + 2**20)


class CredentialStore(StrEnum):
    """Where the platforms' credentials are kept (chosen by staff; see `kds.station.secret_file`).

    KEYRING is the only place used unless staff choose another: the OS keyring. Without a usable
    keyring they choose THIS_RUN (typed at each start, kept in memory only) or PIN_FILE (an
    encrypted file, unlocked at each start with the manager PIN).
    """

    KEYRING = "keyring"
    THIS_RUN = "this_run"
    PIN_FILE = "pin_file"


class Security(BaseModel):
    """The optional manager PIN, what it guards, and where the credentials are kept."""

    model_config = _FROZEN

    manager_pin: PinHash | None = None
    guarded: frozenset[Guarded] = frozenset(Guarded)
    credential_store: CredentialStore = CredentialStore.KEYRING

    def requires_pin(self, what: Guarded) -> bool:
        """True when `what` must ask for the manager PIN."""
        return self.manager_pin is not None and what in self.guarded

    def check_pin(self, pin: str) -> bool:
        """True when there is no PIN, or `pin` is it. Takes ~50 ms: call it off the UI thread if that matters."""
        return self.manager_pin is None or self.manager_pin.verify(pin)

    def with_pin(self, pin: str | None) -> Security:
        """A copy with the PIN set to `pin` (hashed), or removed when `pin` is None.

        Raises:
            InvalidPin: `pin` is not 4 to 12 digits.
        """
        return self.model_copy(update={"manager_pin": None if pin is None else PinHash.create(pin)})


MAX_RIDERS = 30


class RiderSettings(BaseModel):
    """One of the restaurant's own riders (offered by Dispatch on a self-delivery order)."""

    model_config = _FROZEN

    id: int = Field(ge=1)  # stable: the platforms see it as the courier's id
    name: str = Field(min_length=1, max_length=60)
    phone: str = Field(default="", max_length=30, pattern=r"^[0-9+()\- .]*$")
    vehicle: Vehicle = Vehicle.MOTORBIKE
    plate: str = Field(default="", max_length=20)

    @field_validator("name", "plate", "phone")
    @classmethod
    def _strip(cls, value: str) -> str:
        return value.strip()

    def rider(self) -> Rider:
        """As the order service and the platforms take it."""
        return Rider(self.id, self.name, self.phone, self.vehicle, self.plate)


class Settings(BaseModel):
    """Every setting of a station. Immutable: change it with `model_copy(update=...)` and save it."""

    model_config = _FROZEN

    version: int = SETTINGS_VERSION
    setup_complete: bool = False  # the first-run wizard ran to its end
    platforms: dict[Platform, PlatformSettings] = Field(default_factory=_default_platforms)
    printing: PrintSettings = PrintSettings()
    behaviour: Behaviour = Behaviour()
    appearance: Appearance = Appearance()
    station: Station = Station()
    retention: Retention = Retention()
    security: Security = Security()
    riders: tuple[RiderSettings, ...] = Field(default=(), max_length=MAX_RIDERS)
    hint_used: bool = False  # the board's first-run hint was used (a card opened, an order confirmed): gone for good

    @field_validator("riders")
    @classmethod
    def _unique_riders(cls, value: tuple[RiderSettings, ...]) -> tuple[RiderSettings, ...]:
        if len({r.id for r in value}) != len(value):
            raise ValueError("rider ids must be unique")
        return value

    @field_validator("version")
    @classmethod
    def _current(cls, value: int) -> int:
        if value != SETTINGS_VERSION:
            raise ValueError(f"settings version {value} is not {SETTINGS_VERSION} (migrate first)")
        return value

    def platform(self, platform: Platform) -> PlatformSettings:
        """The settings of `platform` (defaults, i.e. disabled, when the file has none)."""
        return self.platforms.get(platform, PlatformSettings())

    def enabled_platforms(self) -> list[Platform]:
        """Platforms switched on, in a stable order."""
        return [p for p in Platform if self.platform(p).enabled]

    def own_riders(self) -> list[Rider]:
        """The restaurant's riders, in settings order."""
        return [r.rider() for r in self.riders]


@dataclass(frozen=True, slots=True)
class LoadResult:
    """What `load_settings` found.

    Attributes:
        settings: the settings to use (the defaults when `problem` is set).
        problem: why the file was not used, in words for the person at the counter; None when all is well.
        backup: the copy made of a file that was not used as is (a broken, newer or migrated file).
        migrated_from: the version the file was migrated from, when it was older.
    """

    settings: Settings
    problem: str | None = None
    backup: Path | None = None
    migrated_from: int | None = None


def load_settings(path: Path | None = None, *, now: datetime | None = None) -> LoadResult:
    """Read the settings at `path` (default `settings_path()`).

    A missing file gives the defaults (with the printers of a legacy `printers.json` beside it, if
    any). A file that cannot be read or validated, or that a newer KDS wrote, is copied to a
    timestamped backup beside it, reported in `problem`, and the defaults are used; the file itself
    stays until the app saves new settings over it. An older file is backed up, migrated, and saved.

    Args:
        path: the settings file.
        now: the time for backup names (default: the current time).
    """
    path = path or settings_path()
    stamp = (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return _first_run(path)
    except OSError as exc:
        return LoadResult(Settings(), problem=f"The settings file {path.name} cannot be read ({exc.strerror}). "
                                              "Default settings are in use.")
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise MigrationError("the file does not hold a settings object")
        original = version_of(data)
        migrated = migrate(data)
        settings = Settings.model_validate(migrated)
    except NewerVersionError as exc:
        return _refuse(path, raw, f"newer-v{exc.version}", stamp, f"was {exc}")
    except UnicodeDecodeError:
        return _refuse(path, raw, "corrupt", stamp, "is not text")
    except json.JSONDecodeError as exc:
        return _refuse(path, raw, "corrupt", stamp, f"is not valid JSON (line {exc.lineno}, column {exc.colno})")
    except MigrationError as exc:
        return _refuse(path, raw, "corrupt", stamp, f"cannot be used: {exc}")
    except ValidationError as exc:
        return _refuse(path, raw, "invalid", stamp, f"has invalid values ({_describe(exc)})")
    if original == SETTINGS_VERSION:
        return LoadResult(settings)
    backup = _backup(path, raw, f"v{original}", stamp)
    save_settings(settings, path)
    log.info("settings migrated from version %d to %d (previous file kept as %s)",
             original, SETTINGS_VERSION, backup.name)
    return LoadResult(settings, backup=backup, migrated_from=original)


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write `settings` to `path` (default `settings_path()`) atomically, readable by this user only.

    Either the old file or the complete new one is on disk at every instant: the JSON goes to a
    temporary file in the same directory, is flushed to disk, and then replaces the file.
    """
    text = json.dumps(settings_data(settings), indent=2, ensure_ascii=False) + "\n"
    write_private(path or settings_path(), text.encode("utf-8"))


def settings_data(settings: Settings) -> dict[str, Any]:
    """`settings` as JSON data, written the same way every time (sets sorted)."""
    data: dict[str, Any] = _sets_sorted(settings, settings.model_dump(mode="json"))
    return data


def keep_copy(path: Path, reason: str, now: datetime) -> Path:
    """Copy the file at `path` beside it as `<stem>.<reason>-<time><suffix>` (an identical earlier copy is reused)."""
    return _backup(path, path.read_bytes(), reason, now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ"))


def write_private(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically (a temporary file, then `os.replace`), readable by this user only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # mkstemp creates the file with mode 0600: the PIN hash is nobody else's business.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _fsync_dir(path.parent)


def _sets_sorted(value: Any, dumped: Any) -> Any:
    """`dumped` (the JSON data of `value`) with every list that was a set sorted.

    A set's order changes from run to run (string hashing is salted), so without this the same
    settings would be written differently each time: noisy diffs and backups that never match.
    """
    if isinstance(value, BaseModel):
        return {name: _sets_sorted(getattr(value, name), item) for name, item in dumped.items()}
    if isinstance(value, set | frozenset):
        return sorted(dumped, key=lambda item: json.dumps(item, sort_keys=True))
    if isinstance(value, dict):
        return {key: _sets_sorted(item, dumped[key]) for key, item in zip(dumped, value.values(), strict=True)}
    if isinstance(value, list | tuple):
        return [_sets_sorted(item, d) for item, d in zip(value, dumped, strict=True)]
    return dumped


def _fsync_dir(directory: Path) -> None:
    # Makes the rename itself durable on POSIX; directories cannot be opened this way on Windows.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _first_run(path: Path) -> LoadResult:
    legacy = path.with_name(LEGACY_PRINTERS_FILE)
    if not legacy.is_file():
        return LoadResult(Settings())
    try:
        printing = PrintSettings.model_validate_json(legacy.read_bytes())
    except (OSError, ValidationError) as exc:
        detail = _describe(exc) if isinstance(exc, ValidationError) else str(exc.strerror)
        return LoadResult(Settings(), problem=f"The printers in {legacy.name} could not be taken over ({detail}). "
                                              "Set the printers up again in Settings.")
    log.info("printers taken over from %s", legacy.name)
    return LoadResult(Settings(printing=printing))


def _refuse(path: Path, raw: bytes, reason: str, stamp: str, why: str) -> LoadResult:
    backup = _backup(path, raw, reason, stamp)
    problem = (f"The settings file {path.name} {why}. It was kept as {backup.name}; "
               "default settings are in use until new settings are saved.")
    log.warning("settings not used: %s", problem)
    return LoadResult(Settings(), problem=problem, backup=backup)


def _backup(path: Path, raw: bytes, reason: str, stamp: str) -> Path:
    """Copy `raw` (the file's bytes) beside `path`; reuse an identical earlier backup of the same kind."""
    for earlier in path.parent.glob(f"{path.stem}.{reason}-*{path.suffix}"):
        with contextlib.suppress(OSError):
            if earlier.read_bytes() == raw:
                return earlier
    candidate = path.with_name(f"{path.stem}.{reason}-{stamp}{path.suffix}")
    counter = 1
    while candidate.exists():
        counter += 1
        candidate = path.with_name(f"{path.stem}.{reason}-{stamp}-{counter}{path.suffix}")
    with open(candidate, "xb") as out:
        out.write(raw)
    shutil.copymode(path, candidate)
    return candidate


def _describe(exc: ValidationError) -> str:
    """The failing fields of a validation error, without the values (they may be anything)."""
    parts = []
    for error in exc.errors(include_input=False, include_url=False)[:3]:
        where = ".".join(str(part) for part in error["loc"]) or "file"
        parts.append(f"{where}: {error['msg']}")
    more = exc.error_count() - len(parts)
    return "; ".join(parts) + (f"; and {more} more" if more > 0 else "")


def settings_json_without_secrets(settings: Settings) -> dict[str, Any]:
    """The settings as JSON data for diagnostics.

    The PIN hash is replaced by whether a PIN is set, the riders (names and phone numbers of staff) by how
    many there are.
    """
    data: dict[str, Any] = json.loads(settings.model_dump_json())
    security = data.get("security", {})
    security["manager_pin"] = "set" if settings.security.manager_pin is not None else None
    data["riders"] = len(settings.riders)
    return data

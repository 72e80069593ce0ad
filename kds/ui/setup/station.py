"""The station's settings as the running app holds them, and saving what the setup forms produce.

Saving writes the keyring first (a credential that cannot be stored must not leave the settings
pointing at nothing without a word), then the settings file, then the start-at-sign-in entry.
`restart_needed` says what a change takes to apply: nothing (theme, text size, language, kiosk, PIN,
asking for the preparation time: live), a new window (sounds, colour thresholds), or a new engine
(platforms, credentials, printers, auto-accept, usual preparation time, undo time).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from enum import IntEnum
from pathlib import Path
from typing import Any

from kds.domain.order import Platform
from kds.station.autostart import Autostart
from kds.station.credentials import STORE_PASSWORD, SecretStore, SecretStoreUnavailable
from kds.station.restaurant import RestaurantStore
from kds.station.secret_file import SecretsLocked, StationSecrets, WrongPin
from kds.station.settings import CredentialStore, Settings, save_settings
from kds.store.connect import open_database
from kds.store.db import StoreError
from kds.ui.setup.credentials import awrite_secrets, field_label, platform_name
from kds.ui.setup.form import Draft
from kds.ui.setup.pin import PinGate
from kds.ui.wording import tr

log = logging.getLogger(__name__)


class Restart(IntEnum):
    """What applying a settings change takes (ordered: the larger includes the smaller)."""

    NONE = 0
    WINDOW = 1
    ENGINE = 2


@dataclass
class StationContext:
    """Everything the setup screens of a running KDS need.

    Attributes:
        settings: the saved settings in use.
        path: the settings file (None: `kds.station.settings.settings_path()`).
        secrets: where the credentials are kept: the OS keyring, or the fallback staff chose (`StationSecrets`).
        autostart: the start-at-sign-in switch.
        can_restart: the engine can be rebuilt from the settings (False in demo mode, or when
            options or environment variables chose the platforms).
        log_dir: the log directory for diagnostics (None: `kds.support.logs.log_dir()`).
        diagnostics_dir: where diagnostics zips go (None: `about.diagnostics_dir()`).
        problem: why the settings file was not used, if it was not (shown once at start).
        demo_platforms: the platforms the demo runs on its simulators (empty outside the demo): Settings
            says they run, beside the station's own switches.
        restaurant: on a shared store, where the restaurant's sections of the settings are saved (None:
            everything is in the settings file).
    """

    settings: Settings = field(default_factory=Settings)
    path: Path | None = None
    secrets: SecretStore = field(default_factory=StationSecrets)
    autostart: Autostart = field(default_factory=Autostart)
    can_restart: bool = False
    log_dir: Path | None = None
    diagnostics_dir: Path | None = None
    problem: str | None = None
    demo_platforms: tuple[Platform, ...] = ()
    restaurant: RestaurantStore | None = None
    pin_gate: PinGate = field(init=False)

    def __post_init__(self) -> None:
        self.pin_gate = PinGate(lambda: self.settings.security)


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What `save_draft` did.

    Attributes:
        settings: the settings now saved.
        secrets_changed: some credential was stored or deleted.
        problems: what could not be done, in staff words (the settings file itself was saved).
    """

    settings: Settings
    secrets_changed: bool
    problems: tuple[str, ...] = ()


async def save_draft(station: StationContext, draft: Draft) -> SaveResult:
    """Write `draft`'s credentials to the keyring, its settings to the file, and the autostart entry.

    Credentials that cannot go to the keyring are dropped (never written anywhere else) and reported.
    `station.settings` becomes the saved settings.
    """
    problems: list[str] = []
    settings = draft.settings
    if draft.pin is not None:
        settings = settings.model_copy(update={"security": settings.security.with_pin(draft.pin or None)})
    changed = False
    store = station.secrets
    if isinstance(store, StationSecrets):
        changed = store.mode is not settings.security.credential_store
        store.mode = settings.security.credential_store
        if store.mode is CredentialStore.PIN_FILE and draft.pin:
            problems.extend(await _open_file(store, draft.pin))
    if draft.secrets:
        try:
            await awrite_secrets(store, draft.secrets)
            changed = True
        except SecretsLocked as exc:
            log.warning("credentials not stored: %s", exc)
            problems.append(tr("The credentials were not saved: the encrypted credentials file is locked. "
                               "Tap Connect on the board and enter the manager PIN to unlock it."))
        except SecretStoreUnavailable as exc:
            log.warning("credentials not stored: %s", exc)
            problems.append(tr("The credentials were not saved: the system keyring is not available. On the "
                               "Platforms page choose to keep them for this run only, or in a file encrypted "
                               "with the manager PIN."))
    if station.restaurant is not None:
        settings, trouble = await _save_restaurant(station.restaurant, settings, station.settings)
        problems.extend(trouble)
    save_settings(settings, station.path)
    if settings.station.start_with_system != station.autostart.is_enabled():
        try:
            station.autostart.set_enabled(settings.station.start_with_system)
        except OSError as exc:
            log.warning("start with the system: %s", exc)
            problems.append(tr("Could not change starting with the system: %1").replace("%1", str(exc)))
    station.settings = settings
    return SaveResult(settings, changed, tuple(problems))


async def _save_restaurant(restaurant: RestaurantStore, settings: Settings,
                           since: Settings) -> tuple[Settings, list[str]]:
    """Write the restaurant's sections changed since `since` to its shared store; the settings now, what went wrong.

    New printers become this screen's (`PrinterConfig.owner`).
    """
    try:
        return await asyncio.to_thread(restaurant.save, settings, since), []
    except Exception as exc:  # noqa: BLE001 - any driver error: the screen keeps them in its file meanwhile
        log.warning("restaurant settings not saved in the shared store: %s", exc)
        return settings, [tr("The restaurant's settings were saved on this screen only: its database cannot be "
                             "reached. Save them again once it is back, or the other screens keep theirs.")]


async def _open_file(store: StationSecrets, pin: str) -> list[str]:
    """Open (or make) the encrypted credentials file with the manager PIN just set; what went wrong."""
    file = store.file
    try:
        if file.unlocked:
            await asyncio.to_thread(file.rekey, pin)  # the PIN changed: the file follows it
        else:
            await asyncio.to_thread(file.unlock, pin)
    except WrongPin:
        return [tr("The encrypted credentials file was made with another manager PIN; enter that PIN on the "
                   "board to unlock it.")]
    except SecretStoreUnavailable as exc:
        log.warning("credentials file: %s", exc)
        return [tr("The encrypted credentials file cannot be written.")]
    return []


async def store_problem(station: StationContext, draft: Draft) -> str:
    """Why the restaurant's database of `draft` cannot be opened ("" when it can, or did not change).

    A screen saved onto a database it cannot open would not start again: Settings and the wizard ask first.
    """
    url = draft.settings.station.store_url
    if not url or (url == station.settings.station.store_url and STORE_PASSWORD not in draft.secrets
                   and station.settings.setup_complete):
        return ""
    password = draft.secrets.get(STORE_PASSWORD) or await asyncio.to_thread(_saved_store_password, station)
    try:  # connecting may take seconds (an unreachable host): off the Qt thread
        db = await asyncio.to_thread(open_database, url, password=password or "")
    except StoreError as exc:
        return tr("KDS cannot open this database: %1").replace("%1", str(exc))
    await asyncio.to_thread(db.close)
    return ""


def _saved_store_password(station: StationContext) -> str:
    try:
        return station.secrets.get(STORE_PASSWORD) or ""
    except SecretStoreUnavailable:
        return ""


def restart_needed(old: Settings, new: Settings, secrets_changed: bool = False) -> Restart:
    """What it takes to apply the change from `old` to `new` (see the module docs)."""
    if (secrets_changed or _connected(old) != _connected(new) or old.printing != new.printing
            or old.station.store_url != new.station.store_url or old.retention != new.retention):
        return Restart.ENGINE
    before, after = old.behaviour, new.behaviour
    if (before.auto_accept, before.default_prep_minutes, before.undo_seconds) != (
            after.auto_accept, after.default_prep_minutes, after.undo_seconds):
        return Restart.ENGINE
    if (before.sounds, before.amber_minutes, before.red_minutes) != (after.sounds, after.amber_minutes,
                                                                     after.red_minutes):
        return Restart.WINDOW
    if (old.station.role, old.station.kitchen_station) != (new.station.role, new.station.kitchen_station):
        return Restart.WINDOW  # another role shows another board
    return Restart.NONE


def _connected(settings: Settings) -> dict[Platform, Any]:
    """The platforms the engine connects to (a switched-off platform's address changes nothing)."""
    return {p: config for p, config in settings.platforms.items() if config.enabled}


def setup_problem_text(problem: Any) -> str:
    """Staff words for a `kds.startup.runtime.SetupProblem` (read by attribute: the UI does not import the runtime)."""
    platform = Platform(getattr(problem, "platform", Platform.FAKE))
    code = getattr(problem, "code", "")
    missing = ", ".join(field_label(platform, name) for name in getattr(problem, "missing", ()))
    texts = {
        "keyring": tr("the system keyring is not available, so its credentials cannot be read"),
        "locked": tr("the encrypted credentials file is locked until the manager PIN is entered"),
        "credentials": tr("credentials missing from the system keyring: %1"),
        "settings": tr("not set up yet: %1"),
        "unsupported": tr("KDS cannot connect to this platform yet"),
        "invalid": tr("the platform settings are not valid: %1"),
    }
    detail = texts.get(code, code).replace("%1", missing or str(getattr(problem, "detail", "")))
    return tr("%1 is not connected: %2.").replace("%1", platform_name(platform)) \
        .replace("%2", detail)

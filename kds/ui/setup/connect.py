"""Connect the platforms that did not start: type their credentials, and say where they are kept.

The board's red "not connected" banner opens `ConnectSheet`. With a working OS keyring the typed
credentials go there. Without one, staff choose a fallback explicitly (`store_choice`): for this run
only (memory, typed again at each start) or an encrypted file unlocked with the manager PIN
(`kds.station.secret_file`). The choice is saved in the settings, so the next start asks again in
the same way. Connecting saves through `station.save_draft`, like Settings, and the window then
builds a new engine, which connects the platforms.
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from collections.abc import Callable, Coroutine, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QWidget

from kds.domain.order import Platform
from kds.station.credentials import SecretStoreUnavailable
from kds.station.secret_file import StationSecrets, WrongPin
from kds.station.settings import CredentialStore
from kds.ui.setup.controls import ChoiceRow, field_row, label, section, text_field
from kds.ui.setup.credentials import CREDENTIAL_FIELDS, platform_name
from kds.ui.setup.form import Draft
from kds.ui.setup.pin import PinSheet
from kds.ui.setup.station import SaveResult, StationContext, save_draft
from kds.ui.widgets.overlay import Sheet, touch_button
from kds.ui.wording import tr

log = logging.getLogger(__name__)


def store_words() -> dict[CredentialStore, tuple[str, str]]:
    """Each place for the credentials: its button text and its trade-off, in the screen's language."""
    return {
        CredentialStore.KEYRING: (tr("System keyring"), tr(
            "The safest place: the system keeps them and KDS reads them at each start.")),
        CredentialStore.THIS_RUN: (tr("For this run only"), tr(
            "Kept in memory and gone when KDS closes: nothing is written to disk, but someone must type them "
            "again at each start.")),
        CredentialStore.PIN_FILE: (tr("Encrypted file, opened with the manager PIN"), tr(
            "Kept in a file encrypted with a key made from the manager PIN, which unlocks it at each start. "
            "Whoever copies the file can try PINs: use a long PIN.")),
    }


def store_choice(current: CredentialStore, *, pin_set: bool) -> tuple[ChoiceRow, QWidget]:
    """The fallbacks as big buttons, with their trade-offs below; nothing chosen unless `current` is one.

    The encrypted file needs a manager PIN: without one, its button is disabled and says so.
    """
    words = store_words()
    fallbacks = (CredentialStore.THIS_RUN, CredentialStore.PIN_FILE)
    row = ChoiceRow([(s.value, words[s][0]) for s in fallbacks],
                    current.value if current in fallbacks else "")
    row.setObjectName("credentialStore")
    hints = "\n".join(f"• {words[s][0]}: {words[s][1]}" for s in fallbacks)
    if not pin_set:
        row.buttons[CredentialStore.PIN_FILE.value].setEnabled(False)
        hints += "\n" + tr("The encrypted file needs a manager PIN: set one first.")
    return row, label(hints, "formHint")


class ConnectSheet(Sheet):
    """Credentials for the platforms that are not connected; `connected` once they are saved.

    `connected` carries the settings before and the `SaveResult`, as the settings panel's `saved` does.
    """

    connected = Signal(object, object)

    def __init__(self, host: QWidget, station: StationContext, platforms: Sequence[Platform],
                 reasons: Sequence[str], keyring_problem: str | None,
                 ask_pin: Callable[[str, Callable[[], object]], PinSheet]) -> None:
        """Ask for `platforms`' credentials; `reasons` say why each is not connected; `ask_pin` opens the keypad."""
        super().__init__(host, tr("Connect the platforms"))
        self.station = station
        self.ask_pin = ask_pin
        self.platforms = tuple(platforms)
        self._tasks: set[asyncio.Task[object]] = set()
        self.body.addWidget(label("\n".join(reasons), "sheetHint"))
        self.choice: ChoiceRow | None = None
        pin_set = station.settings.security.manager_pin is not None
        current = station.settings.security.credential_store
        if keyring_problem is not None:
            log.info("keyring not usable: %s", keyring_problem)  # the backend's name is for the log only
            self.body.addWidget(label(tr("The system keyring is not available on this computer. Choose where KDS "
                                         "keeps these credentials:"), "formLabel"))
            self.choice, hints = store_choice(current, pin_set=pin_set)
            self.body.addWidget(self.choice)
            self.body.addWidget(hints)
        self.fields: dict[str, QLineEdit] = {}
        self.required: dict[str, str] = {}
        for platform in self.platforms:
            frame, box = section(platform_name(platform))
            grid = QGridLayout()
            grid.setHorizontalSpacing(16)
            for i, spec in enumerate(CREDENTIAL_FIELDS.get(platform, ())):
                field = text_field(secret=spec.secret, name=spec.key)
                self.fields[spec.key] = field
                if spec.required:
                    self.required[spec.key] = f"{platform_name(platform)}: {spec.label()}"
                field_row(grid, spec.label(), field, row=i // 2, column=i % 2)
            box.addLayout(grid)
            self.body.addWidget(frame)
        self.problem = label("", "sheetProblem")
        self.body.addWidget(self.problem)
        self.connect_button = touch_button(tr("Connect"), kind="primary")
        self.connect_button.clicked.connect(self.submit)
        self.buttons.addWidget(self.connect_button, 2)

    def chosen(self) -> CredentialStore | None:
        """Where the credentials go: the keyring when it works, else the fallback chosen (None: not yet)."""
        if self.choice is None:
            return CredentialStore.KEYRING
        value = self.choice.value()
        return CredentialStore(value) if value else None

    def typed(self) -> dict[str, str]:
        """What was typed, by secret key (empty fields left out)."""
        return {key: text for key, field in self.fields.items() if (text := field.text().strip())}

    def submit(self) -> None:
        """Connect: check the choice and the fields, then save (after the PIN, for the encrypted file)."""
        store = self.chosen()
        if store is None:
            self.problem.setText(tr("Choose where KDS keeps the credentials."))
            return
        typed = self.typed()
        secrets = self.station.secrets
        if store is CredentialStore.PIN_FILE and not (isinstance(secrets, StationSecrets) and secrets.file.unlocked):
            sheet = self.ask_pin(tr("Unlock the encrypted credentials file"), lambda: None)
            sheet.entered.connect(self.unlock)
            return
        missing = [name for key, name in self.required.items() if key not in typed]
        if missing:
            self.problem.setText(tr("Fill in %1.").replace("%1", ", ".join(missing)))
            return
        self._spawn(self.save(store, typed))

    def unlock(self, pin: str) -> None:
        """Open the encrypted file with the manager PIN and connect with what it holds (and what was typed)."""
        self._spawn(self.save(CredentialStore.PIN_FILE, self.typed(), pin))

    async def save(self, store: CredentialStore, typed: dict[str, str], pin: str = "") -> SaveResult | None:
        """Open the encrypted file with `pin` if it is the choice, then save the choice and `typed`."""
        secrets = self.station.secrets
        if store is CredentialStore.PIN_FILE and isinstance(secrets, StationSecrets):
            try:
                if not secrets.file.unlocked:
                    await asyncio.to_thread(secrets.file.unlock, pin)
            except WrongPin:
                self.problem.setText(tr("This PIN does not open the encrypted credentials file."))
                return None
            except SecretStoreUnavailable as exc:
                log.warning("credentials file: %s", exc)
                self.problem.setText(tr("The encrypted credentials file cannot be read."))
                return None
            have = {k for k in self.required if secrets.file.get(k)}
            missing = [name for key, name in self.required.items() if key not in typed and key not in have]
            if missing:
                self.problem.setText(tr("Fill in %1.").replace("%1", ", ".join(missing)))
                return None
        old = self.station.settings
        security = old.security.model_copy(update={"credential_store": store})
        draft = Draft(old.model_copy(update={"security": security}), dict(typed))
        self.connect_button.setEnabled(False)
        try:
            result = await save_draft(self.station, draft)
        except OSError as exc:
            self.problem.setText(tr("Could not save the settings: %1").replace("%1", exc.strerror or str(exc)))
            return None
        finally:
            self.connect_button.setEnabled(True)
        if result.problems:
            self.problem.setText(" ".join(result.problems))
            return None
        self.close_overlay()
        # The platforms need a new engine even when nothing new was typed (the file was only unlocked).
        self.connected.emit(old, dataclasses.replace(result, secrets_changed=True))
        return result

    def _spawn(self, coro: Coroutine[Any, Any, object]) -> None:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

"""The platforms form: which platforms are on, where they are, and their credentials (to the keyring).

Addresses and merchant ids go to the settings file; client ids, secrets and tokens go to the OS
keyring only (`credentials.CREDENTIAL_FIELDS`). A secret already in the keyring is never shown: its
field says "saved", and typing replaces it.
"""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from kds.domain.order import Platform
from kds.platforms.registry import SPECS
from kds.platforms.spec import Field
from kds.station.credentials import secret_key
from kds.station.settings import CredentialStore, PlatformSettings, Settings
from kds.ui import wording
from kds.ui.setup.connect import store_choice, store_words
from kds.ui.setup.connection_test import check_connection
from kds.ui.setup.controls import ChoiceField, ChoiceRow, field_row, label, section, text_field, toggle
from kds.ui.setup.credentials import (
    CREDENTIAL_FIELDS,
    PLATFORMS,
    TOKEN_EXPIRY,
    TOKEN_FIELDS,
    caption,
    expiry_key,
    field_hint,
    field_label,
    platform_name,
    token_expiry,
)
from kds.ui.setup.form import Draft, FormPage, FormProblem, StoredSecrets
from kds.ui.widgets.overlay import restyle, touch_button
from kds.ui.wording import platform_text, tr

log = logging.getLogger(__name__)

SETTINGS_FIELDS: dict[Platform, tuple[Field, ...]] = {p: spec.settings_fields for p, spec in SPECS.items()}
"""The settings-file fields of each platform (addresses, merchant ids), in form order."""

ADDRESSES = {p: tuple(f.name for f in fields) for p, fields in SETTINGS_FIELDS.items()}
"""The names of `SETTINGS_FIELDS`."""


def _hint(platform: Platform) -> str:
    """What staff should know about connecting `platform` ("" for a platform without a hint)."""
    spec = SPECS.get(platform)
    return platform_text(spec.setup_hint) if spec is not None else ""


class PlatformsForm(FormPage):
    """Switch platforms on and enter their addresses and credentials."""

    def __init__(self, settings: Settings, stored: StoredSecrets | None = None, parent: QWidget | None = None, *,
                 demo: tuple[Platform, ...] = ()) -> None:
        """Show `settings`' platforms; `stored` says which credentials the keyring holds; `demo`, what the demo runs."""
        super().__init__(parent)
        self.stored = stored or StoredSecrets()
        self.demo = demo
        self.credential_store = settings.security.credential_store
        """Where the credentials go: the keyring unless staff chose a fallback (`store_choice`)."""
        self.store_choice: ChoiceRow | None = None
        self.forget: set[Platform] = set()
        self.enabled: dict[Platform, QCheckBox] = {}
        self.fields: dict[str, QLineEdit | ChoiceField] = {}
        self.forget_buttons: dict[Platform, QPushButton] = {}
        self.expiry_labels: dict[Platform, QLabel] = {}
        self.test_buttons: dict[Platform, QPushButton] = {}
        self.test_labels: dict[Platform, QLabel] = {}
        self.test_results: dict[Platform, tuple[bool, str]] = {}
        self._tasks: set[asyncio.Task[bool]] = set()
        self.rebuild()
        self.load(settings)

    def title(self) -> str:
        """The page's name."""
        return tr("Platforms")

    @staticmethod
    def address_key(platform: Platform, name: str) -> str:
        """The `fields` key of an address field."""
        return f"{platform.value}.{name}"

    def build(self, layout: QVBoxLayout) -> None:
        """A box per platform: a switch, addresses and credentials."""
        self.enabled.clear()
        self.fields.clear()
        self.forget_buttons.clear()
        self.expiry_labels.clear()
        self.test_buttons.clear()
        self.test_labels.clear()
        self.store_choice = None
        if self.demo:
            layout.addWidget(label(tr("Demo: %1 run on the built-in simulators now. The switches below are this "
                                      "station's own platforms, used when KDS starts without --demo.").replace(
                "%1", ", ".join(platform_name(p) for p in self.demo)), "formNotice"))
        if self.stored.keyring_problem:
            log.info("keyring not usable: %s", self.stored.keyring_problem)  # the backend's name is for the log only
            layout.addWidget(label(tr("The system keyring is not available on this computer, so the credentials "
                                      "cannot be kept there. Choose another place below, or start the keyring (on "
                                      "Linux: GNOME Keyring or KWallet) and open Settings again."), "formNotice"))
            self.store_choice, hints = store_choice(self.credential_store, pin_set=True)
            layout.addWidget(self.store_choice)
            layout.addWidget(hints)
        elif self.stored.unavailable:  # the chosen encrypted file is still locked
            layout.addWidget(label(tr("The encrypted credentials file is locked: tap Connect on the board and enter "
                                      "the manager PIN, then open Settings again."), "formNotice"))
        else:
            layout.addWidget(label(store_words()[self.credential_store][1], "formHint"))
        for platform in PLATFORMS:
            frame, box = section()
            switch = toggle(platform_name(platform))
            switch.setObjectName(f"enable-{platform.value}")
            self.enabled[platform] = switch
            box.addWidget(switch)
            if hint := _hint(platform):
                box.addWidget(label(hint, "formHint"))
            details = QWidget()
            grid = QGridLayout(details)
            grid.setContentsMargins(0, 4, 0, 0)
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(10)
            position = 0
            for setting in SETTINGS_FIELDS[platform]:
                field = self._settings_field(setting, self.address_key(platform, setting.name))
                self.fields[self.address_key(platform, setting.name)] = field
                field_row(grid, caption(setting), field, field_hint(setting), row=position // 2, column=position % 2)
                position += 1
            for spec in CREDENTIAL_FIELDS[platform]:
                saved = spec.key in self.stored.present
                field = text_field(tr("Saved in the keyring — type to replace") if saved and spec.secret else "",
                                   secret=spec.secret, name=spec.key)
                self.fields[spec.key] = field
                field_row(grid, spec.label(), field, row=position // 2, column=position % 2)
                position += 1
            if platform in TOKEN_FIELDS:
                expiry = label(self._expiry_text(platform), "formHint")
                self.expiry_labels[platform] = expiry
                grid.addWidget(expiry, (position + 1) // 2, 0, 1, 2)
            test = touch_button(tr("Test connection"))
            test.clicked.connect(lambda _=False, p=platform: self.start_test(p))
            self.test_buttons[platform] = test
            result = label(self.test_results.get(platform, (True, ""))[1], "formHint")
            self.test_labels[platform] = result
            grid.addWidget(test, (position + 3) // 2, 0)
            grid.addWidget(result, (position + 3) // 2, 1)
            self._show_result(platform)
            box.addWidget(details)
            if any(spec.key in self.stored.present for spec in CREDENTIAL_FIELDS[platform]):
                forget = touch_button(tr("Forget the saved credentials"), kind="quiet")
                forget.setCheckable(True)
                self.forget_buttons[platform] = forget
                box.addWidget(forget)
            switch.toggled.connect(details.setVisible)
            details.setVisible(False)
            layout.addWidget(frame)

    @staticmethod
    def _settings_field(setting: Field, name: str) -> QLineEdit | ChoiceField:
        """A text field, or big buttons for a field with fixed values (`Field.choices`, captions translated)."""
        if setting.kind == "choice":
            options = [(c.value, platform_text(c.caption)) for c in setting.choices]
            return ChoiceField(options, setting.default, name=name)
        field: QLineEdit | ChoiceField = text_field(setting.default, name=name)
        return field

    def typed_values(self, platform: Platform) -> dict[str, str | tuple[str, ...]]:
        """`platform`'s addresses and credentials as typed now (what its adapter is built from).

        Raises:
            FormProblem: something the platform needs is not typed.
        """
        name = platform_name(platform)
        values: dict[str, str | tuple[str, ...]] = {}
        for setting in SETTINGS_FIELDS[platform]:
            text = self.fields[self.address_key(platform, setting.name)].text().strip()
            if not text:
                raise FormProblem(tr("%1: fill in %2.").replace("%1", name).replace("%2", caption(setting)))
            values[setting.name] = tuple(m for m in re.split(r"[\s,;]+", text) if m) if setting.kind == "list" else text
        for spec in CREDENTIAL_FIELDS[platform]:
            typed = self.fields[spec.key].text().strip()
            if typed:
                values[spec.name] = typed
            elif spec.required:
                raise FormProblem(tr("%1: type %2 to test the connection (a saved secret is never read back into "
                                     "the form).").replace("%1", name).replace("%2", spec.label()))
        return values

    def start_test(self, platform: Platform) -> None:
        """Test `platform`'s connection as typed; returns at once, the test runs in the background."""
        try:
            values = self.typed_values(platform)
        except FormProblem as exc:
            self._set_result(platform, False, str(exc))
            return
        self._set_result(platform, True, tr("Connecting…"))
        self.test_buttons[platform].setEnabled(False)
        task = asyncio.ensure_future(self.run_test(platform, values))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run_test(self, platform: Platform, values: dict[str, str | tuple[str, ...]]) -> bool:
        """Poll `platform` once with `values` and show how it went; True when it connected."""
        try:
            ok, text = await check_connection(platform, values)
        finally:
            if platform in self.test_buttons:
                self.test_buttons[platform].setEnabled(True)
        self._set_result(platform, ok, text)
        return ok

    def _set_result(self, platform: Platform, ok: bool, text: str) -> None:
        self.test_results[platform] = (ok, text)
        self._show_result(platform)

    def _show_result(self, platform: Platform) -> None:
        result = self.test_labels.get(platform)
        if result is None:
            return
        ok, text = self.test_results.get(platform, (True, ""))
        result.setText(text)
        result.setObjectName("formOk" if ok else "formProblem")
        restyle(result)

    def _expiry_text(self, platform: Platform) -> str:
        """When the saved access token expires, in the screen's language (or why that is not known)."""
        access = secret_key(platform.value, TOKEN_FIELDS[platform][0])
        if access not in self.stored.present:
            return ""
        when = token_expiry(platform, self.stored)
        if when is None:
            return tr("When the saved access token expires is not known yet; with a refresh token KDS renews "
                      "it at the first call and learns it.")
        text = tr("The saved access token expired on %1.") if when <= datetime.now(UTC) else tr(
            "The saved access token is valid until %1; KDS renews it by itself a few days before.")
        return text.replace("%1", wording.local_date(when))

    def state(self) -> dict[str, Any]:
        """Switches, typed text and forget buttons."""
        return {"store": self.store_choice.value() if self.store_choice is not None else "",
                "enabled": {p: s.isChecked() for p, s in self.enabled.items()},
                "fields": {k: f.text() for k, f in self.fields.items()},
                "forget": {p for p, b in self.forget_buttons.items() if b.isChecked()}}

    def set_state(self, state: dict[str, Any]) -> None:
        """Put back what `state()` returned."""
        for platform, on in state.get("enabled", {}).items():
            if platform in self.enabled:
                self.enabled[platform].setChecked(on)
        for key, text in state.get("fields", {}).items():
            if key in self.fields:
                self.fields[key].setText(text)
        for platform in state.get("forget", set()):
            if platform in self.forget_buttons:
                self.forget_buttons[platform].setChecked(True)
        if self.store_choice is not None and state.get("store"):
            self.store_choice.set_value(state["store"])

    def load(self, settings: Settings) -> None:
        """Fill the form from `settings` and the identifiers stored in the keyring."""
        for platform in PLATFORMS:
            config = settings.platform(platform)
            self.enabled[platform].setChecked(config.enabled)
            for setting in SETTINGS_FIELDS[platform]:
                value = getattr(config, setting.name)
                text = ", ".join(value) if setting.kind == "list" else value
                self.fields[self.address_key(platform, setting.name)].setText(text or setting.default)
        for key, value in self.stored.shown.items():
            if key in self.fields and not self.fields[key].text():
                self.fields[key].setText(value)

    def set_stored(self, stored: StoredSecrets) -> None:
        """The keyring has answered: show which credentials are saved (keeps what was typed)."""
        self.stored = stored
        self.rebuild()
        for key, value in stored.shown.items():
            if key in self.fields and not self.fields[key].text():
                self.fields[key].setText(value)

    def apply(self, draft: Draft) -> Draft:
        """The draft with these platforms and credential changes.

        Raises:
            FormProblem: a switched-on platform misses something, or a value is not valid.
        """
        platforms = dict(draft.settings.platforms)
        secrets = dict(draft.secrets)
        store = self.chosen_store()
        cannot_keep = store is None or (self.stored.unavailable is not None and store is self.credential_store)
        for platform in PLATFORMS:
            on = self.enabled[platform].isChecked()
            name = platform_name(platform)
            values: dict[str, Any] = {}
            for setting in SETTINGS_FIELDS[platform]:
                text = self.fields[self.address_key(platform, setting.name)].text().strip()
                items = tuple(m for m in re.split(r"[\s,;]+", text) if m)
                values[setting.name] = items if setting.kind == "list" else text
            try:
                config = PlatformSettings(enabled=on, **values)
            except ValidationError as exc:
                where = str(exc.errors()[0]["loc"][0]) if exc.errors() and exc.errors()[0]["loc"] else ""
                if where == "merchant_ids":
                    raise FormProblem(tr("%1: each merchant ID only once.").replace("%1", name)) from None
                raise FormProblem(tr("%1: %2 must be an http:// or https:// address, without a password.")
                                  .replace("%1", name).replace("%2", field_label(platform, where))) from None
            if on:
                for field_name in ADDRESSES[platform]:
                    if not getattr(config, field_name):
                        raise FormProblem(tr("%1: fill in %2.").replace("%1", name)
                                          .replace("%2", field_label(platform, field_name)))
            for spec in CREDENTIAL_FIELDS[platform]:
                typed = self.fields[spec.key].text().strip()
                if spec.digits and typed and not typed.isdigit():
                    raise FormProblem(tr("%1: %2 must be a number.").replace("%1", name).replace("%2", spec.label()))
                if platform in self.forget and not typed:
                    if spec.key in self.stored.present:
                        secrets[spec.key] = None
                elif typed and (spec.secret or typed != self.stored.shown.get(spec.key)):
                    secrets[spec.key] = typed
                elif on and spec.required and not typed and spec.key not in self.stored.present and not cannot_keep:
                    raise FormProblem(tr("%1: fill in %2.").replace("%1", name).replace("%2", spec.label()))
            self._token_changes(platform, secrets)
            platforms[platform] = config
        security = draft.settings.security.model_copy(update={"credential_store": store or CredentialStore.KEYRING})
        draft.settings = draft.settings.model_copy(update={"platforms": platforms, "security": security})
        draft.secrets = secrets
        return draft

    def chosen_store(self) -> CredentialStore | None:
        """Where the credentials will go; None when the keyring does not work and no other place was chosen."""
        if self.store_choice is None:
            return self.credential_store
        value = self.store_choice.value()
        return CredentialStore(value) if value else None

    def _token_changes(self, platform: Platform, secrets: dict[str, str | None]) -> None:
        """A typed access token replaces the saved pair: its old refresh token and expiry go."""
        if platform not in TOKEN_EXPIRY:
            return
        access, refresh = (secret_key(platform.value, n) for n in TOKEN_FIELDS[platform])
        forgotten = platform in self.forget and secrets.get(access, "") is None
        if not (secrets.get(access) or forgotten):
            return
        if expiry_key(platform) in self.stored.present:
            secrets[expiry_key(platform)] = None
        if refresh not in secrets and refresh in self.stored.present:
            secrets[refresh] = None

    def rebuild(self) -> None:
        """Build again; the forget buttons' choice survives in `forget`."""
        super().rebuild()
        for platform, button in self.forget_buttons.items():
            button.setChecked(platform in self.forget)
            button.toggled.connect(lambda on, p=platform: self._forget(p, on))

    def _forget(self, platform: Platform, on: bool) -> None:
        if on:
            self.forget.add(platform)
        else:
            self.forget.discard(platform)

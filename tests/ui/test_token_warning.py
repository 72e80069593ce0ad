"""The access token's expiry on the real window (from seven days before, red once expired or not renewed)
and in Settings (in the screen's language); a typed token replaces the saved pair."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from kds.clock import FakeClock
from kds.domain.credentials import CredentialStatus
from kds.domain.order import Platform
from kds.station.credentials import SecretStore
from kds.station.settings import Language, PlatformSettings, Settings
from kds.ui import wording
from kds.ui.i18n import apply_language, reset_language
from kds.ui.setup.credentials import read_stored
from kds.ui.setup.form import Draft
from kds.ui.setup.platforms_form import PlatformsForm
from kds.ui.windows.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.fakes.platform import FakePlatform

DAY = 86400.0


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    reset_language()


@pytest.fixture
def token(fake: FakePlatform, clock: FakeClock) -> dict[str, CredentialStatus]:
    """What the fake platform reports of its token (tests change it)."""
    held = {"status": CredentialStatus(fake.platform, clock.now() + timedelta(days=8), refreshable=True)}
    fake.credential_status = lambda: held["status"]  # type: ignore[attr-defined]
    return held


def test_the_warning_starts_seven_days_ahead_and_turns_red_at_the_expiry(window: MainWindow, clock: FakeClock,
                                                                        token: dict[str, CredentialStatus],
                                                                        tmp_path: Path) -> None:
    expires = token["status"].expires_at
    assert expires is not None
    window.on_tick(clock.now())
    assert not window.token_banner.isVisible() and "token" not in window.status.text()

    clock.advance(DAY + 1)  # 6 days, 23:59:59 left
    window.on_tick(clock.now())
    date = wording.local_date(expires)
    assert window.token_banner.isVisible() and not window.token_banner.property("alarm")
    assert window.token_banner.text() == wording.tr(
        "%1: the merchant access token expires on %3. KDS renews it by itself; if it cannot, enter a new token in "
        "Settings.").replace("%1", "Test").replace("%3", date)
    assert wording.tr("token expires %1").replace("%1", date) in window.status.text()
    assert window.token_banner.dismiss is None  # nothing to tap it away with
    window.grab().save(str(tmp_path / "warning.png"))

    token["status"] = CredentialStatus(Platform.FAKE, expires, refreshable=False)
    window.on_tick(clock.now())
    assert "cannot renew it" in window.token_banner.text()

    clock.advance(7 * DAY)
    window.on_tick(clock.now())
    assert window.token_banner.isVisible() and window.token_banner.property("alarm") is True
    assert window.token_banner.text().startswith("Test: the merchant access token has expired")
    assert wording.tr("token expired") in window.status.text()


def test_a_failed_renewal_is_red_before_the_expiry_and_a_renewal_clears_everything(
        window: MainWindow, clock: FakeClock, token: dict[str, CredentialStatus]) -> None:
    expires = clock.now() + timedelta(days=4)
    token["status"] = CredentialStatus(Platform.FAKE, expires, refreshable=True, refresh_failed=True,
                                       message="refreshToken or code is invalid")
    window.on_tick(clock.now())
    assert window.token_banner.property("alarm") is True
    assert "refreshToken or code is invalid" in window.token_banner.text()
    assert wording.local_date(expires) in window.token_banner.text()
    assert wording.tr("token renewal failed") in window.status.text()

    token["status"] = CredentialStatus(Platform.FAKE, None, refreshable=True, refresh_failed=True, message="busy")
    window.on_tick(clock.now())  # a typed token of unknown expiry whose first renewal failed
    assert window.token_banner.text() == wording.tr(
        "%1: renewing the merchant access token failed (%2); KDS tries again. If this stays, enter a new token in "
        "Settings.").replace("%1", "Test").replace("%2", "busy")

    token["status"] = CredentialStatus(Platform.FAKE, clock.now() + timedelta(days=90), refreshable=True)
    window.on_tick(clock.now())
    assert not window.token_banner.isVisible() and "token" not in window.status.text()


def keeta_std_settings() -> Settings:
    return Settings(platforms={Platform.KEETA_STD: PlatformSettings(enabled=True, base_url="https://keeta.test/api",
                                                                    relay_url="https://relay.test")})


def saved(keyring: MemoryKeyring, expires: str | None) -> SecretStore:
    store = SecretStore(backend=keyring)
    entries = {"tenant_token": "t", "app_id": "123", "app_secret": "s", "access_token": "old-access",
               "refresh_token": "old-refresh"}
    if expires is not None:
        entries["token_expires_at"] = expires
    for name, value in entries.items():
        store.set(f"keeta_std/{name}", value)
    return store


def test_settings_shows_the_expiry_in_the_screens_language(app, memory_keyring: MemoryKeyring,
                                                          clock: FakeClock) -> None:
    expires = FakeClock().now().replace(year=2031, month=12, day=11, hour=9)
    store = saved(memory_keyring, expires.isoformat())
    form = PlatformsForm(keeta_std_settings(), read_stored(store))
    date = wording.local_date(expires)
    assert form.expiry_labels[Platform.KEETA_STD].text() == wording.tr(
        "The saved access token is valid until %1; KDS renews it by itself a few days before.").replace("%1", date)

    assert apply_language(Language.PT_BR)
    form = PlatformsForm(keeta_std_settings(), read_stored(store))
    local = expires.astimezone()
    portuguese = QLocale("pt_BR").toString(local.date(), QLocale.FormatType.LongFormat)
    text = form.expiry_labels[Platform.KEETA_STD].text()
    assert text == f"O token de acesso salvo vale até {portuguese}; o KDS o renova sozinho alguns dias antes."
    assert "dezembro de 2031" in text


def test_settings_says_when_the_expiry_is_unknown_or_past(app, memory_keyring: MemoryKeyring) -> None:
    form = PlatformsForm(keeta_std_settings(), read_stored(saved(memory_keyring, None)))
    assert "not known yet" in form.expiry_labels[Platform.KEETA_STD].text()
    form = PlatformsForm(keeta_std_settings(), read_stored(saved(memory_keyring, "2020-01-02T03:04:05+00:00")))
    assert form.expiry_labels[Platform.KEETA_STD].text().startswith("The saved access token expired on")


def test_a_typed_access_token_replaces_the_saved_pair(app, memory_keyring: MemoryKeyring, qtbot) -> None:
    store = saved(memory_keyring, "2031-12-11T09:00:00+00:00")
    form = PlatformsForm(keeta_std_settings(), read_stored(store))
    form.fields["keeta_std/access_token"].setText("new-access")
    draft = form.apply(Draft(keeta_std_settings()))
    assert draft.secrets == {"keeta_std/access_token": "new-access", "keeta_std/refresh_token": None,
                             "keeta_std/token_expires_at": None}

    form = PlatformsForm(keeta_std_settings(), read_stored(store))
    form.fields["keeta_std/access_token"].setText("new-access")
    form.fields["keeta_std/refresh_token"].setText("new-refresh")
    draft = form.apply(Draft(keeta_std_settings()))
    assert draft.secrets == {"keeta_std/access_token": "new-access", "keeta_std/refresh_token": "new-refresh",
                             "keeta_std/token_expires_at": None}  # KDS renews at once and learns it

    form = PlatformsForm(keeta_std_settings(), read_stored(store))
    assert form.apply(Draft(keeta_std_settings())).secrets == {}  # nothing typed: the saved pair stays

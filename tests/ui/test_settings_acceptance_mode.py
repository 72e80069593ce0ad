"""A field with fixed values (GoFood's acceptance mode) is big buttons in Settings, not free text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from kds.domain.order import Platform
from kds.platforms.gofood.policy import AcceptanceMode
from kds.platforms.registry import SPECS
from kds.station.autostart import Autostart
from kds.station.settings import Settings, load_settings
from kds.ui.i18n import reset_language
from kds.ui.setup.controls import ChoiceField
from kds.ui.setup.settings_panel import SettingsPanel
from kds.ui.setup.station import StationContext
from kds.ui.setup.wizard import FirstRunWizard
from kds.ui.windows.main_window import MainWindow
from tests.conftest import MemoryKeyring
from tests.fakes.waiting import until

MODE = "gofood.acceptance_mode"


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    reset_language()


@pytest.fixture
def station(tmp_path: Path) -> StationContext:
    return StationContext(settings=Settings(), path=tmp_path / "settings.json",
                          autostart=Autostart(platform="linux", config_home=tmp_path / "xdg"),
                          diagnostics_dir=tmp_path / "diagnostics", can_restart=True)


def tick(qtbot, box: QCheckBox) -> None:
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(17, box.height() // 2))


def test_the_spec_offers_gofoods_three_modes() -> None:
    field = SPECS[Platform.GOFOOD].field("acceptance_mode")
    assert field.kind == "choice" and field.default == AcceptanceMode.MANUAL.value
    assert [c.value for c in field.choices] == [m.value for m in AcceptanceMode]


async def test_the_acceptance_mode_is_tapped_saved_and_shown_again(window: MainWindow, station: StationContext,
                                                                   memory_keyring: MemoryKeyring, qtbot) -> None:
    window.station = station
    qtbot.mouseClick(window.top.more, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.top_overlay().settings, Qt.MouseButton.LeftButton)  # More's Settings
    panel = window.top_overlay()
    assert isinstance(panel, SettingsPanel)
    await panel.load_stored()
    form = panel.platforms
    qtbot.mouseClick(panel.nav[panel.forms.index(form)], Qt.MouseButton.LeftButton)
    tick(qtbot, form.enabled[Platform.GOFOOD])
    await until(lambda: form.fields[MODE].isVisible(), message="the switched-on platform's fields never showed")
    mode = form.fields[MODE]
    assert isinstance(mode, ChoiceField)
    captions = [b.text() for b in mode.buttons.values()]
    assert captions[0].startswith("Manual") and captions[1].startswith("Auto-accept on timeout")
    assert mode.text() == "manual" and mode.buttons["manual"].isChecked()  # GoFood's default
    assert all(b.height() >= 56 for b in mode.buttons.values())  # a finger's target
    qtbot.mouseClick(mode.buttons["auto_accept_on_timeout"], Qt.MouseButton.LeftButton)
    for key, text in (("gofood.relay_url", "https://relay.example.com"), ("gofood.merchant_ids", "outlet-9"),
                      ("gofood/tenant_token", "tenant-1"), ("gofood/client_id", "client-1"),
                      ("gofood/client_secret", "secret-1")):
        qtbot.keyClicks(form.fields[key], text)
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    await until(lambda: panel.is_closed, message=panel.problem.text() or "not saved")
    assert load_settings(station.path).settings.platform(Platform.GOFOOD).acceptance_mode == "auto_accept_on_timeout"

    again = window.open_settings()
    await again.load_stored()
    shown = again.platforms.fields[MODE]
    assert shown.text() == "auto_accept_on_timeout"
    assert isinstance(shown, ChoiceField) and shown.buttons["auto_accept_on_timeout"].isChecked()


def test_the_wizard_offers_the_same_buttons(app, station: StationContext) -> None:
    wizard = FirstRunWizard(station)
    mode = wizard.platforms.fields[MODE]
    assert isinstance(mode, ChoiceField) and set(mode.buttons) == {m.value for m in AcceptanceMode}
    mode.setText("teleport")  # a value it does not offer chooses nothing
    assert mode.text() == "" and not any(b.isChecked() for b in mode.buttons.values())
    wizard.deleteLater()

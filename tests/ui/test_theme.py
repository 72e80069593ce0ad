"""Themes, the stylesheet, and a guard against a PySide6 that frees None under Python 3.11."""

from __future__ import annotations

import re
import sys

import pytest
from PySide6.QtCore import QObject

from kds.ui.theme import DARK, LIGHT, Fonts, stylesheet


@pytest.mark.parametrize("theme", [DARK, LIGHT])
@pytest.mark.parametrize("scale", [1.0, 1.6])
def test_stylesheet_has_every_placeholder_filled(theme, scale: float) -> None:
    qss = stylesheet(theme, Fonts(scale))
    assert not re.search(r"\$\{?[a-z_]+", qss), "a placeholder was left in the stylesheet"
    assert theme.window in qss and theme.danger in qss
    touch = re.search(r"QPushButton \{[^}]*min-height: (\d+)px", qss)
    assert touch is not None and int(touch.group(1)) >= 56


def test_badge_text_is_readable_on_any_platform_colour() -> None:
    assert DARK.badge_text("#FFC700").name() == "#111111"  # Keeta yellow: dark text
    assert DARK.badge_text("#EE2737").name() == "#ffffff"  # GoFood red: white text


def test_pyside_calls_do_not_leak_references_to_none_or_true() -> None:
    # PySide6 6.12.0 returns None from every wrapped void method, and True from Signal.emit, without a
    # new reference. Under CPython 3.11 (where None and True are mortal) that aborts the app within
    # seconds of painting ("Fatal Python error: none_dealloc"); pyproject.toml pins PySide6 below 6.12.
    # This fails if a PySide6 with that bug is installed.
    from PySide6.QtCore import Signal

    class Emitter(QObject):
        fired = Signal()

    obj, emitter = QObject(), Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(100):
        obj.setObjectName("x")
        emitter.fired.emit()
    assert sys.getrefcount(None) >= none_before - 5
    assert sys.getrefcount(True) >= true_before - 5


def test_station_settings_reach_the_screen() -> None:
    from datetime import timedelta

    from kds.station.settings import Appearance, Behaviour, Settings, Station, Theme
    from kds.ui.settings import UiSettings

    station = Settings(behaviour=Behaviour(amber_minutes=8, red_minutes=12, default_prep_minutes=20, volume=50),
                       appearance=Appearance(theme=Theme.LIGHT, font_scale=1.25), station=Station(kiosk=True))
    ui = UiSettings.from_station(station)
    assert (ui.theme, ui.font_scale, ui.kiosk, ui.volume) == ("light", 1.25, True, 0.5)
    assert ui.board.thresholds.prep_red == timedelta(minutes=12)
    demo = ui.scaled(10)  # demo time runs ten times faster
    assert demo.board.thresholds.prep_amber == timedelta(minutes=8) / 10
    assert demo.board.thresholds.countdown_critical == timedelta(seconds=6)


def test_ui_strings_reach_the_translation_catalogue_and_back(app, tmp_path) -> None:
    import shutil
    import subprocess
    from pathlib import Path

    from PySide6.QtCore import QCoreApplication, QTranslator

    from kds.domain.actions import Action
    from kds.ui import wording

    lupdate, lrelease = shutil.which("pyside6-lupdate"), shutil.which("pyside6-lrelease")
    if lupdate is None or lrelease is None:
        pytest.skip("Qt translation tools not installed")
    ts, qm = tmp_path / "kds_xx.ts", tmp_path / "kds_xx.qm"
    subprocess.run([lupdate, str(Path(wording.__file__)), "-ts", str(ts)], check=True, capture_output=True)
    text = ts.read_text(encoding="utf-8")
    assert "<source>Confirm</source>" in text
    text = text.replace("<source>Confirm</source>\n        <translation type=\"unfinished\"></translation>",
                        "<source>Confirm</source>\n        <translation>Confirmar</translation>", 1)
    ts.write_text(text, encoding="utf-8")
    subprocess.run([lrelease, str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert wording.action_label(Action.CONFIRM) == "Confirmar"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert wording.action_label(Action.CONFIRM) == "Confirm"

"""What the setup screens show of a platform comes from its spec: names, hints and captions, translated."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QLabel, QPushButton

from kds.domain.order import Platform
from kds.platforms.registry import SPECS
from kds.platforms.spec import TRANSLATION_CONTEXT
from kds.station.settings import Language, PlatformSettings, Settings
from kds.ui import i18n, wording
from kds.ui.setup.credentials import caption, field_label, platform_name
from kds.ui.setup.platforms_form import PlatformsForm


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Every test ends with the interface back in English."""
    yield
    i18n.reset_language()


def translations(language: Language) -> dict[str, str]:
    """The committed translations of the platforms' context of `language`."""
    root = ET.parse(i18n.translations_dir() / f"kds_{language.value}.ts").getroot()
    return {m.findtext("source") or "": m.findtext("translation") or ""
            for c in root.iter("context") if c.findtext("name") == TRANSLATION_CONTEXT for m in c.iter("message")}


def shown(form: PlatformsForm) -> set[str]:
    """Every text of the form's labels, switches and buttons."""
    return {w.text() for w in form.findChildren(QLabel)} | {w.text() for w in form.findChildren(QCheckBox)} \
        | {w.text() for w in form.findChildren(QPushButton)}


def every_platform_on() -> Settings:
    return Settings(platforms={p: PlatformSettings(enabled=True) for p in SPECS})


@pytest.mark.parametrize("language", [Language.EN, Language.PT_BR, Language.ZH_HK])
def test_names_hints_and_apis_are_the_specs_in_the_screens_language(app: QApplication, language: Language) -> None:
    assert i18n.apply_language(language)
    texts = translations(language)
    form = PlatformsForm(every_platform_on())
    on_screen = shown(form)
    for platform, spec in SPECS.items():
        name, hint = texts[spec.display_name], texts[spec.setup_hint]
        assert platform_name(platform) == name and form.enabled[platform].text() == name
        assert hint in on_screen
        assert wording.platform_api(platform) == texts[spec.api_name]
        for setting in spec.settings_fields:
            assert caption(setting) in on_screen
            assert all(texts[c.caption] in on_screen for c in setting.choices)  # the buttons, translated
    if language is not Language.EN:  # the catalogues translate them (not all of them are the same in English)
        assert any(texts[s.setup_hint] != s.setup_hint for s in SPECS.values())
    form.deleteLater()


def test_an_address_is_captioned_by_what_it_means_not_by_its_name(app: QApplication) -> None:
    captions = {p: field_label(p, "base_url") for p in SPECS}
    assert captions == {Platform.KEETA_OD: "Address (base URL)", Platform.KEETA_STD: "API address",
                        Platform.GOFOOD: "API address",
                        Platform.ZEEK: "API address"}
    assert field_label(Platform.GOFOOD, "auth_url") == "Sign-in (OAuth) address"
    assert field_label(Platform.GOFOOD, "merchant_ids") == "Outlet ID"
    assert field_label(Platform.KEETA_STD, "relay_url") == "Relay address"
    assert field_label(Platform.KEETA_OD, "merchant_ids") == "Merchant IDs"


def test_the_form_keeps_the_specs_field_order(app: QApplication) -> None:
    form = PlatformsForm(every_platform_on())
    for platform, spec in SPECS.items():
        prefix = f"{platform.value}."
        names = [k.removeprefix(prefix) for k in form.fields if k.startswith(prefix)]
        assert names == [f.name for f in spec.settings_fields]
        assert all(form.fields[prefix + f.name].text() == f.default for f in spec.settings_fields)
    form.deleteLater()

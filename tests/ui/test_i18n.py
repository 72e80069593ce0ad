"""Languages: every catalogue complete, compiled at run time, switched live; times and money by locale."""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from kds.domain.money import Money
from kds.services.engine import Engine
from kds.station.settings import Language
from kds.ui import i18n, wording
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow
from tests.fakes.platform import FakePlatform
from tests.fakes.waiting import until

PLACEHOLDER = re.compile(r"%\d")


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    """Every test ends with the interface back in English and the process's locale."""
    yield
    i18n.reset_language()


def catalogue(language: Language | str, directory: Path | None = None) -> dict[str, tuple[str, str]]:
    """`source -> (translation, type attribute)` of one `.ts` file."""
    path = (directory or i18n.translations_dir()) / f"kds_{Language(language).value}.ts"
    messages = {}
    for message in ET.parse(path).iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None, source
        messages[source] = (translation.text or "", translation.get("type", ""))
    return messages


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> set[str]:
    """The strings `pyside6-lupdate` finds in the code today (into a scratch catalogue)."""
    if i18n.qt_tool("lupdate") is None:
        pytest.skip("Qt translation tools not installed")
    directory = tmp_path_factory.mktemp("lupdate")
    i18n.update_catalogues(directory, [Language.PT_BR])
    return set(catalogue(Language.PT_BR, directory))


def test_catalogues_are_committed_for_every_language() -> None:
    assert {p.name for p in i18n.translations_dir().glob("kds_*.ts")} == {f"kds_{lang.value}.ts" for lang in Language}


@pytest.mark.parametrize("language", list(Language))
def test_every_string_is_translated_in_every_language(language: Language, fresh_sources: set[str]) -> None:
    messages = catalogue(language)
    assert sorted(fresh_sources - set(messages)) == [], "strings missing: run python -m kds.ui.i18n update, translate"
    assert sorted(set(messages) - fresh_sources) == [], "strings no longer in the code"
    unfinished = [s for s, (text, kind) in messages.items() if kind or not text.strip()]
    assert unfinished == []
    for source, (text, _) in messages.items():
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), (source, text)
        assert text.count("\n") == source.count("\n"), (source, text)
    if language is not Language.EN:  # a catalogue copied from English would pass the checks above
        same = [s for s, (text, _) in messages.items() if text == s and re.search(r"[a-z]{4}", s)]
        assert len(same) < len(messages) // 10, same


def test_every_tr_call_is_a_literal_the_catalogue_has() -> None:
    # lupdate silently skips tr() inside f-strings and tr() of anything but a literal.
    known = set(catalogue(Language.EN))
    for path in i18n.ui_sources():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "tr":
                where = f"{path.name}:{node.lineno}"
                if path.name == "wording.py" and node.args and isinstance(node.args[0], ast.Name):
                    continue  # tr()'s own definition passes its argument on
                assert node.args and isinstance(node.args[0], ast.Constant), f"tr() of a non-literal at {where}"
                assert node.args[0].value in known, f"{node.args[0].value!r} ({where}) is not in the catalogue"


def test_a_catalogue_is_compiled_into_the_cache_when_missing_or_stale(app, tmp_path: Path) -> None:
    if i18n.qt_tool("lrelease") is None:
        pytest.skip("Qt translation tools not installed")
    source = tmp_path / "src"
    source.mkdir()
    shutil.copy(i18n.translations_dir() / "kds_pt_BR.ts", source)
    cache = tmp_path / "cache"
    compiled = i18n.catalogue(Language.PT_BR, directory=source, cache=cache)
    assert compiled == cache / "kds_pt_BR.qm" and compiled.is_file()
    translator = QTranslator()
    assert translator.load(str(compiled))
    assert translator.translate("", "History") == "Histórico"
    ts = source / "kds_pt_BR.ts"
    os.utime(compiled, (ts.stat().st_mtime - 10,) * 2)  # the catalogue was edited after compiling
    assert i18n.catalogue(Language.PT_BR, directory=source, cache=cache) == compiled
    assert compiled.stat().st_mtime >= ts.stat().st_mtime  # compiled again
    beside = source / "kds_pt_BR.qm"  # what packaging/build.sh puts next to the .ts
    shutil.copy(compiled, beside)
    os.utime(beside, (ts.stat().st_mtime + 1,) * 2)
    assert i18n.catalogue(Language.PT_BR, directory=source, cache=cache) == beside


def test_the_build_compiles_every_catalogue(tmp_path: Path) -> None:
    if i18n.qt_tool("lrelease") is None:
        pytest.skip("Qt translation tools not installed")
    for ts in i18n.translations_dir().glob("*.ts"):
        shutil.copy(ts, tmp_path)
    compiled = i18n.compile_all(tmp_path)
    assert sorted(p.name for p in compiled) == sorted(f"kds_{lang.value}.qm" for lang in Language)
    result = subprocess.run([str(i18n.qt_tool("lrelease")), str(tmp_path / "kds_th.ts"), "-qm", str(tmp_path / "x.qm")],
                            capture_output=True, text=True, check=True)
    assert " 0 unfinished" in result.stdout


def test_applying_a_language_installs_its_catalogue_and_qt_s_own(app) -> None:
    assert i18n.apply_language(Language.ZH_HK)
    assert wording.tr("History") == catalogue(Language.ZH_HK)["History"][0]
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # qtbase, Traditional (zh_TW)
    assert i18n.current_language() is Language.ZH_HK
    assert i18n.apply_language(Language.EN)
    assert wording.tr("History") == "History"


async def test_switching_language_retranslates_the_window_live(window: MainWindow, engine: Engine,
                                                              fake: FakePlatform) -> None:
    order = fake.add_order()
    await engine.pollers[fake.platform].poll_once()
    pt = {source: text for source, (text, _) in catalogue(Language.PT_BR).items()}
    assert window.top.history.text() == "History"
    i18n.apply_language(Language.PT_BR)  # Qt sends LanguageChange to every widget
    await until(lambda: window.top.history.text() == pt["History"])
    assert window.top.more.text() == pt["More"]
    assert window.board_widget.panels[Column.NEW].title.text() == pt["New"]
    card = window.board.card(order.key)
    assert card is not None and card.button("action:confirm").label == pt["Confirm"]  # cards rebuilt
    assert window.top.summary.text().startswith("1 novos")
    i18n.apply_language(Language.EN)
    await until(lambda: window.top.history.text() == "History")
    assert window.board.card(order.key).button("action:confirm").label == "Confirm"


def test_money_is_written_the_locale_s_way_from_the_decimal(app) -> None:
    amount = Money.of("1234.5", "BRL")
    expected = {
        Language.EN: "BRL 1,234.50",
        Language.PT_BR: "BRL\u00a01.234,50",
        Language.ZH_HK: "BRL 1,234.50",
        Language.ID: "BRL 1.234,50",
        Language.VI: "1.234,50\u00a0BRL",
        Language.TH: "BRL 1,234.50",
    }
    for language, text in expected.items():
        i18n.apply_language(language)
        assert wording.money(amount) == text, language
    i18n.apply_language(Language.VI)
    assert wording.money(Money.of("45000.4", "VND")) == "45.000\u00a0VND"  # no minor units
    i18n.apply_language(Language.ID)
    assert wording.money(Money.of("-12500", "IDR")) == "-IDR 12.500"
    # 0.1 + 0.2 through a float would print 0.30000000000000004 somewhere; Decimal stays exact.
    assert wording.money(Money.of("0.1", "USD") + Money.of("0.2", "USD")) == "USD 0,30"


def test_times_follow_the_locale_with_western_digits(app) -> None:
    when = datetime.now().astimezone().replace(hour=13, minute=5)
    expected = {Language.EN: "1:05 PM", Language.PT_BR: "13:05", Language.ID: "13.05", Language.ZH_CN: "13:05",
                Language.TH: "13:05"}
    for language, text in expected.items():
        i18n.apply_language(language)
        assert wording.local_time(when) == text, language
    i18n.apply_language(Language.ZH_HK)
    assert wording.local_time(when) == "下午1:05"
    for language in (Language.ZH_HK, Language.ZH_CN, Language.TH):
        i18n.apply_language(language)
        assert re.search(r"1:05|13:05", wording.local_time(when)), "digits must stay Western"


def test_chinese_variants_draw_with_their_own_han_font(app) -> None:
    from kds.ui import theme

    i18n.apply_language(Language.ZH_HK)
    assert "Noto Sans CJK HK" in theme.FONT_FAMILIES and "Noto Sans CJK SC" not in theme.FONT_FAMILIES
    i18n.apply_language(Language.ZH_CN)
    assert "Noto Sans CJK SC" in theme.FONT_FAMILIES and "Noto Sans CJK HK" not in theme.FONT_FAMILIES

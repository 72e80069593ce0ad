"""The real window renders a busy board in each of the seven languages, in that language."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from kds.clock import FakeClock
from kds.services.engine import Engine
from kds.station.settings import Language
from kds.ui import i18n
from kds.ui.launcher import SCREENSHOT_SIZE
from kds.ui.screenshots import render, render_wizard
from kds.ui.viewmodels.card import Column
from kds.ui.windows.main_window import MainWindow


@pytest.fixture(autouse=True)
def english() -> Iterator[None]:
    yield
    i18n.reset_language()


def translations(language: Language) -> dict[str, str]:
    path = i18n.translations_dir() / f"kds_{language.value}.ts"
    return {m.findtext("source") or "": m.findtext("translation") or "" for m in ET.parse(path).iter("message")}


@pytest.mark.parametrize("language", list(Language))
async def test_the_board_renders_in_every_language(language: Language, tmp_path: Path) -> None:
    seen: dict[str, str] = {}

    def look(engine: Engine, clock: FakeClock, window: MainWindow) -> None:
        new_card = window.board.card(window.board.models[Column.NEW].order_keys()[0])
        assert new_card is not None
        seen.update(history=window.top.history.text(), column=window.board_widget.panels[Column.PREPARING].title.text(),
                    more=window.top.more.text(), meta=new_card.meta)

    path = await render(tmp_path / f"board-{language.value}.png", seed=True, after=look, language=language.value)
    image = QImage(str(path))
    assert (image.width(), image.height()) == SCREENSHOT_SIZE
    words = translations(language)
    assert seen["history"] == words["History"] and seen["more"] == words["More"]
    assert seen["column"] == words["Preparing"]
    assert words["Delivery"] in seen["meta"] or words["Pickup"] in seen["meta"] or words["Own delivery"] in seen["meta"]
    if language is not Language.EN:
        assert seen["history"] != "History"
    assert i18n.current_language() is Language.EN  # the scene puts the language back


async def test_the_wizard_renders_in_chinese(tmp_path: Path) -> None:
    path = await render_wizard(tmp_path / "wizard.png", language="zh_HK")
    assert QImage(str(path)).width() == 1280

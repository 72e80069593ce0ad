"""Printed words in every language: the catalogue is complete, and `kds print --lang` prints them.

Latin-script labels go out as text in the printer's code page and are read back with `kds print
--decode`; Chinese, Thai and Vietnamese labels are drawn (as today), so their lines are found, pixel
for pixel, among the decoded job's raster images.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image

from kds.printing.cli import main
from kds.printing.decoder import decode, printed_text, rasters
from kds.printing.document import Align, Line, Style
from kds.printing.labels import CATALOGUE, LANGUAGES, clock_time, day_and_time, labels_in, language
from kds.printing.raster import render_line
from kds.station.settings import Language

DRAWN = {"th", "vi", "zh_CN", "zh_HK"}  # not encodable in CP858: their lines are drawn
CENTER = Style(align=Align.CENTER)


def test_every_label_exists_in_all_seven_languages() -> None:
    assert set(LANGUAGES) == {lang.value for lang in Language}  # the screen's languages, no more, no less
    english = set(CATALOGUE["en"])
    for lang in LANGUAGES:
        words = CATALOGUE[lang]
        assert set(words) == english, lang
        assert all(value.strip() for value in words.values()), lang
    for lang in LANGUAGES[1:]:
        same = [key for key in ("order", "customer", "fee_delivery", "pickup_code", "thanks", "allergy")
                if CATALOGUE[lang][key] == CATALOGUE["en"][key]]
        assert same == [], f"{lang} prints English for {same}"


def test_overrides_and_old_short_names() -> None:
    assert labels_in("pt", {"thanks": "Volte sempre!"})["thanks"] == "Volte sempre!"
    assert labels_in("pt")["order"] == "Pedido" and language("zh") == "zh_HK" and language("xx") == "en"


def test_one_time_format_per_language() -> None:
    afternoon, morning = datetime(2026, 1, 15, 15, 51, tzinfo=UTC), datetime(2026, 1, 15, 0, 5, tzinfo=UTC)
    assert clock_time(afternoon, "en") == "3:51 PM" and clock_time(morning, "en") == "12:05 AM"
    assert clock_time(afternoon, "pt_BR") == "15:51" and clock_time(afternoon, "id") == "15.51"
    assert clock_time(afternoon, "zh_HK") == "下午3:51" and clock_time(morning, "zh_HK") == "上午12:05"
    assert day_and_time(afternoon, "en") == "1/15 3:51 PM" and day_and_time(afternoon, "pt_BR") == "15/01 15:51"


def _bands(job: bytes) -> Image.Image:
    """Every raster of the job one under the other (a drawn line may be split into fragments)."""
    images = [r.image for r in rasters(decode(job))]
    out = Image.new("1", (max(i.width for i in images), sum(i.height for i in images)), 1)
    y = 0
    for image in images:
        out.paste(image, (0, y))
        y += image.height
    return out


def _drawn(job: bytes, line: Line, dots: int = 576, columns: int = 48) -> bool:
    """True when `line`, drawn as the printer draws it, is a band of the job's rasters."""
    want = render_line(line, dots, columns)
    whole = _bands(job)
    return any(whole.crop((0, y, whole.width, y + want.height)).tobytes() == want.tobytes()
               for y in range(whole.height - want.height + 1))


def _print(tmp_path: Path, kind: str, lang: str, capsys: pytest.CaptureFixture[str]) -> tuple[bytes, str]:
    out = tmp_path / f"{kind}-{lang}.bin"
    assert main(["--sample", kind, "--to", f"file:{out}", "--lang", lang]) == 0
    capsys.readouterr()
    assert main(["--decode", str(out)]) == 0
    return out.read_bytes(), capsys.readouterr().out


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_receipt_prints_its_labels_in_the_chosen_language(lang: str, tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    job, decoded = _print(tmp_path, "receipt", lang, capsys)
    words = CATALOGUE[lang]
    text = printed_text(decode(job))
    if lang != "en":
        for english in ("Thank you!", "Pickup code", "Delivery fee", "Order #"):
            assert english not in decoded, f"{lang}: {english!r} printed in English"
    if lang in DRAWN:
        assert "[raster" in decoded  # the CJK/Thai/Vietnamese path still draws what the code page lacks
        assert _drawn(job, Line(words["thanks"], "", CENTER)), f"{lang}: no drawn {words['thanks']!r}"
        assert _drawn(job, Line(words["pickup_code"], "", CENTER)), f"{lang}: no drawn {words['pickup_code']!r}"
    else:
        for key in ("thanks", "pickup_code", "fee_delivery", "subtotal", "customer"):
            assert words[key] in text, f"{lang}: {words[key]!r} not printed"
        assert f"{words['order']} #" in text


@pytest.mark.parametrize("lang", LANGUAGES)
def test_a_kitchen_ticket_prints_its_labels_in_the_chosen_language(lang: str, tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    job, decoded = _print(tmp_path, "kitchen", lang, capsys)
    words = CATALOGUE[lang]
    if lang != "en":
        for english in ("Items", "Customer", "Placed", "NOTE:", "ALLERGY"):
            assert english not in decoded, f"{lang}: {english!r} printed in English"
    if lang in DRAWN:
        assert _drawn(job, Line(words["items"], "4")), f"{lang}: no drawn {words['items']!r} row"
    else:
        text = printed_text(decode(job))
        for key in ("items", "customer", "placed"):
            assert words[key] in text, f"{lang}: {words[key]!r} not printed"
        assert words["allergy"].casefold() in text.casefold()  # allergies are flagged in the printer's words
    if lang == "en":
        assert "ALLERGY: Nut allergy" in printed_text(decode(job))


def test_a_printer_prints_in_its_own_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    config = tmp_path / "printers.json"
    out = tmp_path / "counter.bin"
    printer = {"name": "counter", "target": f"file:{out}", "language": "id"}
    config.write_text(json.dumps({"printers": [printer]}), encoding="utf-8")
    assert main(["--sample", "receipt", "--to", "counter", "--config", str(config)]) == 0
    assert "Terima kasih!" in printed_text(decode(out.read_bytes()))

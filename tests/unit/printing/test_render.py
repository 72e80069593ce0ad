"""Rendering to bytes: forced code pages, automatic raster lines, python-escpos pitfalls worked around."""

from __future__ import annotations

import copy
import re
from typing import Any

import pytest

from kds.printing.decoder import Event, decode, printed_text, rasters, to_text
from kds.printing.document import Align, DocKind, Style, Text, TicketDoc
from kds.printing.escpos_compat import Dummy, ProfileError, new_printer
from kds.printing.render import CutMode, QrMode, RenderOptions, render
from kds.printing.samples import sample_document

CJK_OR_THAI = re.compile(r"[\u0e00-\u0e7f\u3400-\u9fff]")


def kinds(events: list[Event], kind: str) -> list[Any]:
    return [e.value for e in events if e.kind == kind]


def test_portuguese_prints_as_text_in_the_forced_code_page_with_accents_intact() -> None:
    options = RenderOptions.for_paper(80, profile="TM-T20II", codepage="CP860")
    payload = render(sample_document(DocKind.KITCHEN, "pt", language="pt_BR"), options)
    events = decode(payload, "TM-T20II")
    assert kinds(events, "codepage") == [(3, "CP860")]  # once, right after ESC @, never switched
    assert not rasters(events)
    text = printed_text(events)
    for phrase in ("Pão de queijo", "Açaí na tigela 500 ml", "Requeijão extra", "Sem açúcar",
                   "Entregar na portaria, não tocar a"):
        assert phrase in text
    assert "Pão de queijo".encode("cp860") in payload
    assert "Alergia a amendoim - cuidado!" in text  # the em dash CP860 lacks is folded, not drawn


def test_cp858_default_prints_the_euro_sign_as_text() -> None:
    doc = TicketDoc(DocKind.RECEIPT, "t", (Text("Café 3,50 €"),))
    events = decode(render(doc, RenderOptions.for_paper(58)))
    assert kinds(events, "codepage") == [(19, "CP858")]
    assert "Café 3,50 €" in printed_text(events)


@pytest.mark.parametrize(("lang", "width", "dots"), [("zh", 80, 576), ("zh", 58, 384), ("th", 80, 576),
                                                     ("th", 58, 384), ("vi", 80, 576)])
def test_scripts_outside_the_code_page_become_rasters_of_the_paper_width(lang: str, width: int, dots: int) -> None:
    payload = render(sample_document(DocKind.KITCHEN, lang), RenderOptions.for_paper(width, codepage="CP858"))
    events = decode(payload)
    images = rasters(events)
    assert images and all(image.width == dots for image in images)
    assert all(image.height <= 256 for image in images)  # sent in fragments
    text = printed_text(events)
    assert not CJK_OR_THAI.search(text)
    assert "?" not in text  # nothing was replaced by the code page's error character
    assert "Items" in text  # Latin-only lines stay text
    inked = sum(image.image.histogram()[0] for image in images)  # black pixels
    assert inked > 2000  # the rasters carry the drawn lines, not blank paper


def test_chinese_is_never_sent_with_the_gb18030_shortcut() -> None:
    payload = render(sample_document(DocKind.RECEIPT, "zh"), RenderOptions.for_paper(80))
    assert "叉烧饭".encode("gb18030") not in payload
    assert b"\x1c&" not in payload  # no FS & (Kanji mode) either


def test_code_page_is_sent_again_after_every_reset() -> None:
    payload = render(sample_document(DocKind.KITCHEN, "pt"), RenderOptions.for_paper(80, codepage="CP860"),
                     copies=3)
    events = decode(payload)
    sequence = [e.kind for e in events if e.kind in ("init", "codepage")]
    assert sequence == ["init", "codepage"] * 3
    assert len(kinds(events, "cut")) == 3


def test_profiles_are_copied_per_printer_not_shared() -> None:
    probe = Dummy(profile="POS-5890")
    before = copy.deepcopy(probe.profile.profile_data)
    printer = new_printer(Dummy, "POS-5890", dots=300, columns=25, codepage="CP860", codepage_slot=42)
    assert printer.profile.profile_data["media"]["width"]["pixels"] == 300
    assert Dummy(profile="POS-5890").profile.profile_data == before


def test_a_configured_slot_number_overrides_the_profile() -> None:
    options = RenderOptions.for_paper(80, codepage="CP860", codepage_slot=42)
    events = decode(render(sample_document(DocKind.KITCHEN, "pt"), options), codepages={42: "CP860"})
    assert kinds(events, "codepage") == [(42, "CP860")]
    assert "Pão de queijo" in printed_text(events)


def test_a_code_page_the_profile_lacks_is_a_clear_error() -> None:
    with pytest.raises(ProfileError, match="no code page"):
        render(sample_document(DocKind.KITCHEN, "en"), RenderOptions.for_paper(58, profile="ZJ-5870",
                                                                              codepage="CP858"))
    with pytest.raises(ProfileError, match="unknown printer profile"):
        render(sample_document(DocKind.KITCHEN, "en"), RenderOptions.for_paper(58, profile="nope"))


def test_drawer_kicks_only_when_configured_and_the_receipt_asks() -> None:
    doc = sample_document(DocKind.RECEIPT, "pt")
    assert doc.drawer
    assert kinds(decode(render(doc, RenderOptions.for_paper(80, drawer_pin=2))), "drawer") == [2]
    assert kinds(decode(render(doc, RenderOptions.for_paper(80))), "drawer") == []
    stamped = doc.with_stamp("REPRINT #1")
    assert kinds(decode(render(stamped, RenderOptions.for_paper(80, drawer_pin=2))), "drawer") == []


def test_qr_code_native_when_the_profile_has_it_else_an_image() -> None:
    doc = sample_document(DocKind.RECEIPT, "en")
    native = decode(render(doc, RenderOptions.for_paper(80, profile="TM-T20II")), "TM-T20II")
    assert kinds(native, "qr") == [("731905", 6)]
    image = decode(render(doc, RenderOptions.for_paper(58, profile="POS-5890")), "POS-5890")
    assert kinds(image, "qr") == []
    assert [r.width for r in rasters(image)] == [384]  # the QR code, centred on the paper
    forced = decode(render(doc, RenderOptions.for_paper(80, qr=QrMode.IMAGE)))
    assert kinds(forced, "qr") == [] and rasters(forced)


def test_cut_modes() -> None:
    doc = sample_document(DocKind.CANCEL, "en")
    assert kinds(decode(render(doc, RenderOptions.for_paper(80))), "cut") == ["partial"]
    assert kinds(decode(render(doc, RenderOptions.for_paper(80, cut=CutMode.FULL))), "cut") == ["full"]
    assert kinds(decode(render(doc, RenderOptions.for_paper(80, cut=CutMode.NONE))), "cut") == []


def test_styles_are_sent_only_when_they_change() -> None:
    doc = TicketDoc(DocKind.KITCHEN, "t", (
        Text("one", Style(bold=True)), Text("two", Style(bold=True)),
        Text("big", Style(align=Align.CENTER, width=2, height=2)), Text("plain")))
    listing = to_text(decode(render(doc, RenderOptions.for_paper(80), footer="job 7")))
    assert listing.count("[bold on]") == 1
    assert "[size 2x2]\nbig\n" in listing.replace("[align center]\n", "")
    assert listing.rstrip().splitlines()[-3].endswith("job 7")


def test_on_screen_preview_draws_every_line_at_the_paper_width() -> None:
    from kds.printing.document import Line, fit
    from kds.printing.raster import draw_document

    doc = sample_document(DocKind.RECEIPT, "th")
    image = draw_document(doc, dots=384, columns=32)
    assert image.width == 384 and image.mode == "1"
    assert image.height > 36 * len([i for i in fit(doc, 32) if isinstance(i, Line)])
    assert image.histogram()[0] > 5000  # ink: text, rules and the QR code

"""The in-repo ESC/POS decoder, checked against hand-written bytes and against python-escpos itself."""

from __future__ import annotations

from PIL import Image, ImageDraw

from kds.printing.decoder import decode, printed_text, rasters, to_text
from kds.printing.escpos_compat import Dummy


def test_hand_written_commands() -> None:
    data = (b"\x1b@" b"\x1bt\x03" b"\x1ba\x01" b"\x1bE\x01" b"\x1d!\x11" + "Pão".encode("cp860") + b"\n"
            b"\x1bE\x00\x1d!\x00" b"plain\n" b"\x1bp\x00\x32\x32" b"\x10\x04\x01" b"\x1bd\x06" b"\x1dV\x01"
            b"\x1dVA\x00")
    assert to_text(decode(data)) == (
        "[init]\n[codepage 3 CP860]\n[align center]\n[bold on]\n[size 2x2]\nPão\n[bold off]\n[size 1x1]\n"
        "plain\n[drawer pin 2]\n[status 1]\n[feed 6]\n[cut partial]\n[cut full]\n")


def test_commands_inside_a_line_are_shown_inline() -> None:
    assert to_text(decode(b"ab\x1bE\x01cd\n")) == "ab{bold on}cd\n"


def test_text_follows_the_code_page_changes_of_the_profile() -> None:
    data = b"\x1bt\x13" + "€".encode("cp858") + b"\n" + b"\x1bt\x10" + "€".encode("cp1252") + b"\n"
    assert printed_text(decode(data)) == "€\n€"


def test_raster_image_comes_back_as_drawn() -> None:
    image = Image.new("1", (64, 20), 1)
    ImageDraw.Draw(image).rectangle([(8, 4), (23, 9)], fill=0)
    printer = Dummy(profile="TM-T20II")
    printer.image(image)
    [raster] = rasters(decode(printer.output))
    assert (raster.width, raster.height) == (64, 20)
    assert raster.image.getpixel((10, 5)) == 0  # black where we drew
    assert raster.image.getpixel((40, 15)) == 255
    assert raster.image.histogram()[0] == 16 * 6


def test_qr_payload_and_barcode_from_python_escpos_output() -> None:
    printer = Dummy(profile="TM-T20II")
    printer.qr("https://example.test/o/42", native=True, size=5)
    printer.barcode("4006381333931", "EAN13", check=False)
    printer.cut()
    listing = to_text(decode(printer.output))
    assert "[qr 'https://example.test/o/42' size 5]" in listing
    assert "[barcode 4006381333931]" in listing
    assert listing.rstrip().endswith("[cut full]")


def test_length_prefixed_commands_do_not_lose_the_decoder() -> None:
    # Image data that happens to contain ESC and LF bytes must be skipped whole.
    body = bytes([0x1B, 0x0A, 0x1D, 0x56]) * 2
    data = b"\x1dv0\x00\x01\x00\x08\x00" + body + b"after\n"
    events = decode(data)
    assert [e.kind for e in events] == ["raster", "text", "lf"]
    assert printed_text(events) == "after"


def test_a_delivery_slip_decodes_to_its_words() -> None:
    from kds.printing.document import DocKind
    from kds.printing.render import RenderOptions, render
    from kds.printing.samples import sample_document

    text = printed_text(decode(render(sample_document(DocKind.DELIVERY, "pt"),
                                      RenderOptions.for_paper(80, codepage="CP860"))))
    for expected in ("DELIVERY", "Rider: Carlos Pereira", "+55 11 99876-5432", "Consolação", "COLLECT"):
        assert expected in text, expected

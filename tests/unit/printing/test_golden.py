"""Golden bytes for every document kind and paper width, stored decoded so a diff reads like a ticket.

Each sample prints in its own language (Portuguese labels on the Portuguese order, and so on).

Each file under tests/fixtures/printing/ holds the decoded job and the SHA-256 of its exact bytes.
Regenerate after an intended change with `KDS_UPDATE_GOLDEN=1 pytest tests/unit/printing/test_golden.py`
and review the diff. Drawn (raster) lines depend on the installed fonts, so for jobs with rasters only
the decoded listing (which gives every image's size) is compared, not the hash.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from kds.domain.order import Platform
from kds.platforms.registry import LABELS
from kds.printing.decoder import decode, rasters, to_text
from kds.printing.document import DocKind
from kds.printing.labels import language
from kds.printing.layout import platform_labels, receipt
from kds.printing.render import RenderOptions, render
from kds.printing.samples import SAMPLE_TZ, sample_document, sample_own_delivery

GOLDEN = Path(__file__).parents[2] / "fixtures" / "printing"
PROFILES = {80: "TM-T20II", 58: "POS-5890"}
PLATFORM_NAMES = {"pt": LABELS[Platform.KEETA_OD], "zh": LABELS[Platform.KEETA_STD], "en": LABELS[Platform.ZEEK]}
"""The platform each language's sample prints as, as the print queue names it (the others: the test platform)."""


def _named(lang: str) -> dict[str, str]:
    """Labels that print the test platform as `lang`'s sample platform is named (`PLATFORM_NAMES`)."""
    return platform_labels({Platform.FAKE: PLATFORM_NAMES[lang]}) if lang in PLATFORM_NAMES else {}


def _options(width: int) -> RenderOptions:
    return RenderOptions.for_paper(width, profile=PROFILES[width], codepage="CP860", drawer_pin=2)


def _check(name: str, payload: bytes, profile: str) -> None:
    events = decode(payload, profile)
    listing = to_text(events)
    has_rasters = bool(rasters(events))
    digest = "not compared (drawn lines depend on fonts)" if has_rasters else hashlib.sha256(payload).hexdigest()
    header = (f"# golden print job: {name} ({profile})\n# sha256: {digest}\n"
              "# regenerate: KDS_UPDATE_GOLDEN=1 pytest tests/unit/printing/test_golden.py\n")
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("KDS_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(header + listing, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path}; run with KDS_UPDATE_GOLDEN=1"
    stored = path.read_text(encoding="utf-8")
    stored_header, stored_listing = stored.split("\n", 3)[:3], stored.split("\n", 3)[3]
    assert listing == stored_listing
    assert stored_header[1] == f"# sha256: {digest}", "same decoded text but different bytes"


@pytest.mark.parametrize("width", [58, 80])
@pytest.mark.parametrize("kind", [DocKind.KITCHEN, DocKind.RECEIPT, DocKind.CANCEL, DocKind.REFUND,
                                  DocKind.DELIVERY])
def test_portuguese_documents(kind: DocKind, width: int) -> None:
    doc = sample_document(kind, "pt", station="Chapa", labels=_named("pt"), language="pt_BR")
    payload = render(doc, _options(width), footer="job 1")
    _check(f"{kind.value}-pt-{width}", payload, PROFILES[width])


def test_self_delivery_receipt_with_the_decrypted_contact() -> None:
    own, _ = sample_own_delivery("pt")
    payload = render(receipt(own, tz=SAMPLE_TZ["pt"], labels=_named("pt"), language="pt_BR"), _options(80),
                     footer="job 1")
    _check("receipt-pt-80-own-delivery", payload, PROFILES[80])


def test_reprint_stamp() -> None:
    doc = sample_document(DocKind.KITCHEN, "en", labels=_named("en")).with_stamp("REPRINT #2")
    _check("kitchen-en-80-reprint", render(doc, _options(80)), PROFILES[80])


@pytest.mark.parametrize(("kind", "lang", "width"), [(DocKind.KITCHEN, "zh", 80), (DocKind.RECEIPT, "th", 58)])
def test_documents_with_drawn_lines(kind: DocKind, lang: str, width: int) -> None:
    payload = render(sample_document(kind, lang, labels=_named(lang), language=language(lang)), _options(width))
    _check(f"{kind.value}-{lang}-{width}", payload, PROFILES[width])

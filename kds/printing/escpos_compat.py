"""python-escpos 3.1, imported once and with its known pitfalls worked around in one place.

Every module of `kds.printing` gets escpos from here:

- Importing escpos creates a fresh `tempfile.mkdtemp()` for its capabilities pickle on every start and
  never removes it; pointing `ESCPOS_CAPABILITIES_PICKLE_DIR` at our cache dir before the first import
  reuses one directory (escpos/capabilities.py, 3.1).
- The same import calls `logging.basicConfig()`, which would install a root handler behind the app's
  back; we remove whatever handler it added.
- Profile data is a class-level dict shared by every printer using that profile, so overriding the
  paper width on one printer changed it for all (and leaked between tests). `new_printer` gives each
  printer a deep copy.
- After `ESC @` or a font switch the printer falls back to its default code page while MagicEncode
  still believes the old one is active, so the next accented text prints with the wrong glyphs
  (fixed on master by python-escpos PR #729, not released). `select_codepage` forgets the cached
  page and emits `ESC t` again.
"""

from __future__ import annotations

import copy
import logging
import os
import tempfile
from pathlib import Path
from typing import Any

import platformdirs

from kds.printing.options import ProfileError


def _pickle_dir() -> str:
    for base in (Path(platformdirs.user_cache_dir("kds")) / "escpos", Path(tempfile.gettempdir()) / "kds-escpos"):
        try:
            base.mkdir(parents=True, exist_ok=True)
            return str(base)
        except OSError:
            continue
    return tempfile.gettempdir()


os.environ.setdefault("ESCPOS_CAPABILITIES_PICKLE_DIR", _pickle_dir())
_root_handlers = list(logging.getLogger().handlers)

from escpos import printer as escpos_printer  # noqa: E402
from escpos.capabilities import get_profile  # noqa: E402
from escpos.codepages import CodePages  # noqa: E402
from escpos.constants import RT_STATUS_ONLINE, RT_STATUS_PAPER  # noqa: E402
from escpos.escpos import Escpos  # noqa: E402
from escpos.exceptions import DeviceNotFoundError  # noqa: E402
from escpos.magicencode import MagicEncode  # noqa: E402

for _handler in list(logging.getLogger().handlers):
    if _handler not in _root_handlers:
        logging.getLogger().removeHandler(_handler)

Dummy = escpos_printer.Dummy

__all__ = ["RT_STATUS_ONLINE", "RT_STATUS_PAPER", "DeviceNotFoundError", "Dummy", "Escpos", "ProfileError",
           "escpos_printer", "new_printer", "profile_codepages", "python_codec", "select_codepage"]


def python_codec(codepage: str) -> str:
    """The Python codec that encodes like the printer's `codepage` (e.g. CP858 -> cp858)."""
    try:
        data = CodePages.get_encoding(codepage.upper())
    except KeyError:
        data = {}
    return str(data.get("python_encode") or codepage.lower())


def profile_codepages(profile: str) -> dict[int, str]:
    """Slot number -> code page name of a profile (unknown slots left out)."""
    data = get_profile(profile).profile_data
    return {int(slot): name for slot, name in data["codePages"].items() if name != "Unknown"}


def new_printer(cls: type[Escpos], profile: str, *, dots: int, columns: int, codepage: str,
                codepage_slot: int | None = None, **kwargs: Any) -> Escpos:
    """An escpos printer (usually `Dummy`) with a private copy of `profile` set for this paper and code page.

    Args:
        cls: the escpos printer class.
        profile: escpos-printer-db profile name ("default", "TM-T20II", ...).
        dots: printable width in dots (384 on 58 mm, 576 on 80 mm at 203 dpi).
        columns: characters per line in font A.
        codepage: the code page the printer must use, e.g. "CP858".
        codepage_slot: the `ESC t` number of that code page on this printer, when it differs from the
            profile's (clones number their tables differently).
        **kwargs: passed to the printer class.
    """
    try:
        printer = cls(profile=profile, **kwargs)
    except KeyError as exc:
        raise ProfileError(f"unknown printer profile {profile!r}") from exc
    data = copy.deepcopy(printer.profile.profile_data)
    data["media"]["width"]["pixels"] = dots
    for font in data.get("fonts", {}).values():
        if font.get("name", "").lower().startswith("font a"):
            font["columns"] = columns
    pages = {slot: name for slot, name in data["codePages"].items() if name != codepage.upper()}
    if codepage_slot is not None:
        pages[str(codepage_slot)] = codepage.upper()
    else:
        slots = [slot for slot, name in data["codePages"].items() if name == codepage.upper()]
        if not slots:
            raise ProfileError(f"profile {profile!r} has no code page {codepage!r}; set its slot number")
        pages[min(slots, key=int)] = codepage.upper()
    data["codePages"] = pages
    # An instance attribute shadows the shared class-level dict (see the module docstring).
    printer.profile.profile_data = data
    printer.magic = MagicEncode(printer)
    return printer


def select_codepage(printer: Escpos, codepage: str) -> None:
    """Emit `ESC t` for `codepage` now and lock text to it (after every `ESC @` or font switch)."""
    printer.magic.encoding = None
    printer.charcode(codepage.upper())

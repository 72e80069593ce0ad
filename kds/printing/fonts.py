"""Finding the fonts that raster lines are drawn with: one for CJK (and Latin, Vietnamese), one for Thai.

Printers cannot print Chinese, Thai or Vietnamese reliably from their own code pages, so those lines
are drawn by us (`raster.py`). On Debian the fonts come from the packages `fonts-noto-cjk` (Noto Sans
CJK) and `fonts-thai-tlwg` (Garuda, Loma...) or `fonts-noto-core` (Noto Sans Thai). `KDS_PRINT_FONTS`
(paths separated by `os.pathsep`) puts other font files first, e.g. fonts bundled with the app.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

ENV_VAR = "KDS_PRINT_FONTS"

# (path, face index in a collection). Noto Sans CJK's collection has JP, KR, SC, TC, HK at 0..4:
# the SC face gives simplified-Chinese glyph shapes, and it covers Latin and Vietnamese too.
_CJK_PATHS = (
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc", 2),
    ("/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("/System/Library/Fonts/PingFang.ttc", 0),
)
_THAI_PATHS = (
    ("/usr/share/fonts/truetype/tlwg/Garuda.ttf", 0),
    ("/usr/share/fonts/opentype/tlwg/Garuda.otf", 0),
    ("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf", 0),
    ("/usr/share/fonts/truetype/tlwg/Loma.ttf", 0),
    ("C:/Windows/Fonts/LeelawUI.ttf", 0),
    ("C:/Windows/Fonts/tahoma.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Thonburi.ttc", 0),
)
_LATIN_PATHS = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    ("C:/Windows/Fonts/arial.ttf", 0),
)


class FontNotFoundError(RuntimeError):
    """No font that can draw the text was found."""


@dataclass(frozen=True, slots=True)
class FontFile:
    """A font file and the face to use in it (collections hold several)."""

    path: str
    index: int = 0


@dataclass(frozen=True, slots=True)
class FontSet:
    """The fonts raster lines use, in order of preference; `thai` is used for the Thai block."""

    main: FontFile
    thai: FontFile | None
    fallbacks: tuple[FontFile, ...] = ()


def _fc_match(pattern: str, family_hint: str) -> FontFile | None:
    """Ask fontconfig for `pattern`; only accept the answer when it really is that family."""
    if shutil.which("fc-match") is None:
        return None
    try:
        out = subprocess.run(["fc-match", "-f", "%{file}|%{index}|%{family}", pattern], capture_output=True,
                             text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    path, _, rest = out.partition("|")
    index, _, family = rest.partition("|")
    if path and family_hint.lower() in family.lower() and Path(path).is_file():
        return FontFile(path, int(index or 0))
    return None


def _first(paths: tuple[tuple[str, int], ...]) -> FontFile | None:
    for path, index in paths:
        if Path(path).is_file():
            return FontFile(path, index)
    return None


@lru_cache(maxsize=1)
def find_fonts() -> FontSet:
    """The fonts to draw raster lines with.

    Raises:
        FontNotFoundError: when no CJK-capable font is installed (and none is given in `KDS_PRINT_FONTS`).
    """
    extra = [FontFile(p) for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p and Path(p).is_file()]
    main = (_first(_CJK_PATHS) or _fc_match("Noto Sans CJK SC", "CJK")
            or _fc_match("sans-serif:lang=zh-cn", "CJK"))
    thai = (_first(_THAI_PATHS) or _fc_match("Garuda", "Garuda") or _fc_match("Noto Sans Thai", "Thai"))
    latin = _first(_LATIN_PATHS)
    if extra:
        main, fallbacks = extra[0], (*extra[1:], *(f for f in (main, latin) if f))
    elif main is None:
        raise FontNotFoundError(
            "no CJK font found to print Chinese/Thai/Vietnamese lines: install the Debian packages "
            f"fonts-noto-cjk and fonts-thai-tlwg, or set {ENV_VAR} to font file paths")
    else:
        fallbacks = tuple(f for f in (latin,) if f)
    return FontSet(main=main, thai=thai, fallbacks=fallbacks)

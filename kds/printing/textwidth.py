"""Column arithmetic for fixed-pitch receipt text: wide CJK characters take two columns, marks none.

A thermal printer's font A prints 12-dot columns (32 on 58 mm paper, 48 on 80 mm). A CJK ideograph
printed by the printer (or drawn in our raster at the same scale) takes two of them, and a Thai vowel
or tone mark sits on its base character. Wrapping and right-aligning amounts must count that way, or
prices drift out of their column and lines overflow the paper.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


@lru_cache(maxsize=4096)
def char_width(char: str) -> int:
    """Columns taken by one character: 0 for combining marks and controls, 2 for wide, else 1."""
    if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def text_width(text: str) -> int:
    """Columns taken by `text`."""
    return sum(char_width(c) for c in text)


def _clusters(text: str) -> list[str]:
    """Split into base characters each followed by its zero-width marks, so a break never orphans a mark."""
    clusters: list[str] = []
    for char in text:
        if clusters and char_width(char) == 0:
            clusters[-1] += char
        else:
            clusters.append(char)
    return clusters


def truncate(text: str, columns: int) -> str:
    """The longest prefix of `text` that fits in `columns`."""
    out, used = "", 0
    for cluster in _clusters(text):
        width = text_width(cluster)
        if used + width > columns:
            break
        out += cluster
        used += width
    return out


def _hard_split(word: str, columns: int) -> list[str]:
    """Cut a word (or a run of CJK/Thai without spaces) into pieces of at most `columns`."""
    pieces, current, used = [], "", 0
    for cluster in _clusters(word):
        width = text_width(cluster)
        if current and used + width > columns:
            pieces.append(current)
            current, used = "", 0
        current += cluster
        used += width
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, columns: int) -> list[str]:
    """Wrap `text` to lines of at most `columns`, breaking at spaces where possible.

    Scripts written without spaces (Chinese, Thai) are broken between characters, never before a mark.
    An empty text gives one empty line.
    """
    columns = max(1, columns)
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        current = ""
        for word in paragraph.split(" "):
            candidate = f"{current} {word}" if current else word
            if text_width(candidate) <= columns:
                current = candidate
                continue
            if current:
                lines.append(current)
            pieces = _hard_split(word, columns) if text_width(word) > columns else [word]
            lines.extend(pieces[:-1])
            current = pieces[-1] if pieces else ""
        lines.append(current)
    return lines


def pad_between(left: str, right: str, columns: int) -> str:
    """`left` and `right` on one line of `columns`, the right part flush right (truncating the left)."""
    right = truncate(right, columns)
    room = columns - text_width(right) - (1 if right else 0)
    left = truncate(left, max(0, room))
    gap = columns - text_width(left) - text_width(right)
    return left + " " * max(1 if right and left else 0, gap) + right


def align_text(text: str, columns: int, align: str) -> str:
    """Pad `text` to `columns` for a left/center/right alignment, as a fixed-pitch preview would show it."""
    gap = max(0, columns - text_width(text))
    if align == "center":
        return " " * (gap // 2) + text
    if align == "right":
        return " " * gap + text
    return text

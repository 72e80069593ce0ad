"""How a printer wants its bytes (`RenderOptions`), apart from the code that writes them (`kds.printing.render`).

Settings, the print queue and the screens need these names at start-up; python-escpos and Pillow,
which the render loads, are imported only when something is printed.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ProfileError(ValueError):
    """The printer profile or code page setting cannot be used."""


class QrMode(StrEnum):
    """How QR codes are printed: by the printer (`GS ( k`), as an image, or as the profile allows."""

    AUTO = "auto"
    NATIVE = "native"
    IMAGE = "image"


class CutMode(StrEnum):
    """How the paper is cut at the end of a document."""

    PARTIAL = "partial"
    FULL = "full"
    NONE = "none"


PAPER = {58: (384, 32), 80: (576, 48)}  # paper width (mm) -> (dots, font A columns) at 203 dpi


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """How one printer wants its bytes (see `PrinterConfig.render_options`)."""

    profile: str = "default"
    dots: int = 576
    columns: int = 48
    codepage: str = "CP858"
    codepage_slot: int | None = None
    qr: QrMode = QrMode.AUTO
    image_impl: str = "bitImageRaster"
    fragment_height: int = 256
    cut: CutMode = CutMode.PARTIAL
    drawer_pin: int | None = None  # None: never kick the cash drawer

    @classmethod
    def for_paper(cls, width: int, **kwargs: object) -> RenderOptions:
        """Options for 58 or 80 mm paper (dots and columns set from the width)."""
        dots, columns = PAPER[width]
        return cls(dots=dots, columns=columns, **kwargs)  # type: ignore[arg-type]

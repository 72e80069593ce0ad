"""A printed document drawn on screen as it will come out of the printer: the same layout, the same fonts.

`kds.printing.raster.draw_document` draws the document as one 1-bit image at the printer's dot width
(576 dots on 80 mm paper). It is shown on a white strip of "paper", at one screen pixel per dot
when it fits (the sharpest it can be), else scaled down smoothly to the width available. Drawing takes
10–40 ms, so it happens only when the preview is shown and only again when the document changed.
"""

from __future__ import annotations

import logging

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from kds.printing.document import TicketDoc
from kds.printing.fonts import FontNotFoundError
from kds.printing.raster import draw_document
from kds.ui.wording import tr

log = logging.getLogger(__name__)

PAPER_MARGIN = 14
"""White around the printed area, like the unprinted edge of the paper."""


def to_qimage(image: Image.Image) -> QImage:
    """A Pillow image (1-bit or greyscale) as a greyscale `QImage` that owns its pixels."""
    grey = image.convert("L")
    data = grey.tobytes()
    qimage = QImage(data, grey.width, grey.height, grey.width, QImage.Format.Format_Grayscale8)
    return qimage.copy()  # detach from `data`, which Python may free


def fitted(image: QImage, width: int, ratio: float = 1.0) -> QPixmap:
    """`image` at most `width` logical pixels wide on a screen with device pixel `ratio`.

    At most one logical pixel per dot: on a high-density screen each dot becomes a whole block of
    device pixels (nearest neighbour, so edges stay sharp); shrunk smoothly only when too wide.
    """
    largest = image.width() * max(1, int(ratio))
    physical = max(1, min(largest, round(width * ratio)))
    if physical == image.width():
        pixmap = QPixmap.fromImage(image)
    elif physical == largest:
        pixmap = QPixmap.fromImage(image.scaledToWidth(physical, Qt.TransformationMode.FastTransformation))
    else:
        pixmap = QPixmap.fromImage(image.scaledToWidth(physical, Qt.TransformationMode.SmoothTransformation))
    pixmap.setDevicePixelRatio(ratio)
    return pixmap


class ReceiptPreview(QScrollArea):
    """A scrolling strip of paper showing one document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty preview."""
        super().__init__(parent)
        self.setObjectName("receiptPreview")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        holder = QWidget()
        holder.setObjectName("drawerBody")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(0, 8, 0, 8)
        self.paper = QLabel()
        self.paper.setObjectName("paper")
        self.paper.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.paper.setStyleSheet(f"QLabel#paper {{ background: #ffffff; color: #333333; padding: {PAPER_MARGIN}px;"
                                 " border-radius: 4px; }")
        layout.addWidget(self.paper, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setWidget(holder)
        self.doc: TicketDoc | None = None
        self.paper_dots = 576
        self.image: QImage | None = None
        self._key: tuple[TicketDoc, int, int] | None = None

    def set_document(self, doc: TicketDoc, dots: int = 576, columns: int = 48) -> None:
        """Show `doc` as printed on paper `dots` wide with `columns` characters a line."""
        key = (doc, dots, columns)
        if key == self._key:
            return
        self._key, self.doc, self.paper_dots = key, doc, dots
        try:
            self.image = to_qimage(draw_document(doc, dots, columns))
        except FontNotFoundError as exc:
            log.warning("no preview of %s: %s", doc.title, exc)
            self.image = None
            self.paper.setPixmap(QPixmap())
            self.paper.setText(tr("No preview: a font the printer's pictures need is not installed."))
            return
        self._scale()

    def available_width(self) -> int:
        """How wide the printed area may be."""
        return max(120, self.viewport().width() - 2 * PAPER_MARGIN - 4)

    def pixmap(self) -> QPixmap:
        """What is shown now (empty when nothing is)."""
        return self.paper.pixmap()

    def _scale(self) -> None:
        if self.image is None:
            return
        ratio = self.devicePixelRatioF() or 1.0
        self.paper.setText("")
        self.paper.setPixmap(fitted(self.image, self.available_width(), ratio))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        """Fit the paper to the new width."""
        super().resizeEvent(event)
        self._scale()

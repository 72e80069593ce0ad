"""The About sheet: version, Qt and Python, the icon, links, and "Export diagnostics" for support.

The diagnostics zip (`kds.support.diagnostics.export_diagnostics`: redacted logs, settings without secrets,
store counts) is written in a worker thread into the user's Documents folder when there is one, else
into the data directory, and its path is shown so staff can send it.
"""

from __future__ import annotations

import asyncio
import logging
import platform
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import platformdirs
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

import kds
from kds.station.settings import APP_NAME, Settings, settings_path
from kds.store.db import Database
from kds.support.diagnostics import export_diagnostics
from kds.support.logs import log_dir
from kds.ui.resources import resource_path
from kds.ui.setup.controls import label
from kds.ui.widgets.overlay import Sheet, touch_button
from kds.ui.wording import tr

log = logging.getLogger(__name__)

LICENCE_URL = "https://www.apache.org/licenses/LICENSE-2.0"


def diagnostics_dir() -> Path:
    """Where diagnostics go: the user's Documents folder if it exists, else the data directory."""
    documents = Path(platformdirs.user_documents_dir())
    if documents.is_dir():
        return documents
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "diagnostics"


def export(directory: Path, settings: Settings, db_path: Path | Database | None, logs: Path | None,
           now: datetime | None = None) -> Path:
    """Write a diagnostics zip named after the time into `directory` (blocking)."""
    stamp = (now or datetime.now().astimezone()).strftime("%Y%m%d-%H%M%S")
    return export_diagnostics(directory / f"kds-diagnostics-{stamp}.zip", settings, db_path, logs or log_dir())


def _link(url: QUrl, text: str) -> str:
    return f'<a href="{url.toString()}">{text}</a>'


def store_line(db: Path | Database | None) -> str:
    """Which store this screen uses: its own SQLite file, or the restaurant's PostgreSQL (where, never the password)."""
    if isinstance(db, Database) and db.shared:
        return tr("Orders database: the restaurant's PostgreSQL, %1").replace("%1", str(getattr(db, "where", "")))
    if db is None or (isinstance(db, Database) and db.path is None):
        return tr("Orders database: none (kept in memory)")
    return tr("Orders database: this screen's own SQLite file")


class AboutView(QWidget):
    """Everything the About sheet shows; also a page of the settings panel."""

    def __init__(self, settings: Callable[[], Settings], db_path: Path | Database | None = None, *,
                 directory: Path | None = None, logs: Path | None = None, parent: QWidget | None = None) -> None:
        """About this KDS; diagnostics take `settings()` and `db_path` (a file or the store), into `directory`."""
        super().__init__(parent)
        self.settings = settings
        self.db_path = db_path
        self.directory = directory
        self.logs = logs
        self.exported: Path | None = None
        self._task: asyncio.Task[Path | None] | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        head = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(str(resource_path("icons", "kds-128.png")))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                         Qt.TransformationMode.SmoothTransformation))
        head.addWidget(icon)
        titles = QVBoxLayout()
        titles.addWidget(label(tr("KDS %1").replace("%1", kds.__version__), "formTitle"))
        titles.addWidget(label(tr("Kitchen display and order desk for restaurant counters."), "formHint"))
        head.addLayout(titles, 1)
        layout.addLayout(head)
        import PySide6

        self.versions = label(tr("Qt %1 · PySide6 %2 · Python %3 · %4").replace("%1", qVersion())
                              .replace("%2", PySide6.__version__).replace("%3", platform.python_version())
                              .replace("%4", sys.platform), "formHint")
        layout.addWidget(self.versions)
        self.store = label(store_line(db_path), "formHint")
        layout.addWidget(self.store)
        folders = [(tr("Logs"), logs or log_dir()), (tr("Settings file"), settings_path().parent)]
        file = db_path.path if isinstance(db_path, Database) else db_path
        if file is not None:
            folders.append((tr("Orders database"), file.parent))
        links = [_link(QUrl(LICENCE_URL), tr("Licence: Apache 2.0"))]
        links += [_link(QUrl.fromLocalFile(str(path)), name) for name, path in folders]
        self.links = QLabel(" · ".join(links))
        self.links.setObjectName("formHint")
        self.links.setTextFormat(Qt.TextFormat.RichText)
        self.links.setOpenExternalLinks(True)
        self.links.setWordWrap(True)
        layout.addWidget(self.links)
        layout.addWidget(label(tr("Diagnostics for support: the logs (without phone numbers, addresses or "
                                  "passwords), the settings without secrets, and order counts."), "formHint"))
        self.export_button = touch_button(tr("Export diagnostics"))
        self.export_button.clicked.connect(self.start_export)
        layout.addWidget(self.export_button)
        self.result = label("", "formHint")
        layout.addWidget(self.result)

    def start_export(self) -> None:
        """Export in the background; the result label says where the file went."""
        self._task = asyncio.ensure_future(self.export())

    async def export(self) -> Path | None:
        """Write the diagnostics zip; its path, or None when it failed."""
        self.export_button.setEnabled(False)
        self.result.setText(tr("Exporting…"))
        directory = self.directory or diagnostics_dir()
        try:
            path = await asyncio.to_thread(export, directory, self.settings(), self.db_path, self.logs)
        except OSError as exc:
            log.warning("diagnostics export failed: %s", exc)
            self.result.setText(tr("Could not export: %1").replace("%1", exc.strerror or str(exc)))
            return None
        finally:
            self.export_button.setEnabled(True)
        self.exported = path
        self.result.setText(tr("Saved to %1").replace("%1", str(path)))
        return path


class AboutSheet(Sheet):
    """About KDS, over the board."""

    def __init__(self, host: QWidget, settings: Callable[[], Settings], db_path: Path | Database | None = None, *,
                 directory: Path | None = None) -> None:
        """An About sheet over `host` (see `AboutView`)."""
        super().__init__(host, tr("About KDS"))
        self.view = AboutView(settings, db_path, directory=directory)
        self.body.addWidget(self.view)
        self.back.setText(tr("Close"))

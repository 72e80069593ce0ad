"""The Report screen: the day's (or a shift's) figures per platform and in total, and two charts.

And the ways out: a CSV file, a PDF of the screen and the end-of-day slip on the receipt printer.

Everything it shows is computed by `kds.services.report` (the same figures as `kds report` and the
slip); the screen only lays them out, in its theme and language. Files go to `export_dir` and a line
under the buttons says where (no file dialog: a counter has a touch screen and no keyboard).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime, time, timedelta, tzinfo
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPoint, QSize, QStandardPaths, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kds.domain.actions import PlatformPolicy
from kds.domain.money import Money
from kds.domain.order import Platform
from kds.domain.report import DayReport, Figures, Outcome, day_bounds
from kds.printing.document import DocKind
from kds.printing.queue import PrintQueue
from kds.printing.report_slip import day_slip, minutes_seconds
from kds.services.report import build_report, write_csv
from kds.store.db import Database
from kds.ui import wording
from kds.ui.theme import Theme
from kds.ui.widgets.overlay import Overlay, touch_button
from kds.ui.widgets.report_charts import orders_per_hour, time_to_accept
from kds.ui.wording import tr

SHIFT_STEP = timedelta(minutes=30)
"""How far one tap moves a shift's start or end."""


def default_export_dir() -> Path:
    """Where reports are saved: a "KDS reports" folder in the user's documents."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home()) / "KDS reports"


def _outcome_words() -> dict[Outcome, str]:
    return {Outcome.MISSED: tr("Missed (not accepted in time)"),
            Outcome.CANCELLED_RESTAURANT: tr("Cancelled by the restaurant"),
            Outcome.CANCELLED_CUSTOMER: tr("Cancelled by the customer"),
            Outcome.CANCELLED_PLATFORM: tr("Cancelled by the platform")}


def _money(amounts: Mapping[str, Decimal]) -> str:
    return "\n".join(wording.money(Money.of(v, c)) for c, v in amounts.items()) or "–"


def _count(value: int | None) -> str:
    return "–" if value is None else str(value)


def figure_rows(report: DayReport) -> list[tuple[str, str, list[str]]]:
    """The figures table: a key (stable, for tests), a title and one value per column.

    The columns are all platforms, then each platform.
    """
    columns: list[Figures] = [report.total, *report.platforms]

    def row(key: str, title: str, value: Callable[[Figures], str]) -> tuple[str, str, list[str]]:
        return key, title, [value(f) for f in columns]

    rows = [row("received", tr("Received"), lambda f: str(f.received)),
            row("accepted", tr("Accepted"), lambda f: str(f.accepted)),
            row("ready", tr("Ready"), lambda f: str(f.ready)),
            row("completed", tr("Completed"), lambda f: str(f.completed))]
    for outcome, words in _outcome_words().items():
        rows.append((outcome.value, words, [str(f.count(outcome)) for f in columns]))
        if report.total.reasons.get(outcome):
            rows.append((f"{outcome.value}_reasons", "    " + tr("reasons"), [
                "\n".join(f"{reason or '–'} ×{n}" for reason, n in f.reasons.get(outcome, ())) or "–"
                for f in columns]))
    rows += [row("refunds_full", tr("Refunds in full"), lambda f: str(f.refunds_full)),
             row("refunds_partial", tr("Refunds in part"), lambda f: str(f.refunds_partial)),
             row("refunded", tr("Refunded"), lambda f: _money(f.refunded)),
             row("gross", tr("Gross sales"), lambda f: _money(f.gross)),
             row("net", tr("Net sales"), lambda f: _money(f.net)),
             row("paid", tr("Paid / not paid"), lambda f: "–" if f.paid is None else f"{f.paid} / {f.unpaid}"),
             row("accept", tr("Time to accept: median · 90% · worst"), lambda f: " · ".join(
                 minutes_seconds(v) for v in (f.accept.median, f.accept.p90, f.accept.worst))),
             row("ready_time", tr("Time to ready: median · 90%"), lambda f: " · ".join(
                 minutes_seconds(v) for v in (f.ready_time.median, f.ready_time.p90))),
             row("paused", tr("Minutes paused"), lambda f: f"{f.paused_minutes:.0f}")]
    return rows


class ReportSheet(Overlay):
    """The day's report over the whole window: period, figures, charts, and export, PDF and print."""

    def __init__(self, host: QWidget, db: Database, policies: Mapping[Platform, PlatformPolicy], theme: Theme,
                 font: QFont, now: Callable[[], datetime], printing: PrintQueue | None = None,
                 export_dir: Path | None = None) -> None:
        """The report of `db`'s orders of today (by `now()`), judged by `policies`."""
        super().__init__(host)
        self.setObjectName("reportSheet")
        self.db = db
        self.policies = dict(policies)
        self.theme = theme
        self.chart_font = QFont(font)
        self.now = now
        self.printing = printing
        self.export_dir = export_dir or default_export_dir()
        zone = now().astimezone().tzinfo
        assert zone is not None  # astimezone() always gives a zone
        self.zone: tzinfo = zone
        self.day: date = now().astimezone(self.zone).date()
        self.shift: tuple[datetime, datetime] | None = None
        self.report: DayReport | None = None

        outer = QVBoxLayout(self.panel)
        outer.setContentsMargins(20, 16, 20, 16)
        outer.setSpacing(10)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.title = QLabel(tr("Day's report"))
        self.title.setObjectName("sheetTitle")
        head.addWidget(self.title, 1)
        self.close_button = touch_button(tr("Close"), kind="quiet")
        self.close_button.setFixedWidth(140)
        self.close_button.clicked.connect(self.close_overlay)
        head.addWidget(self.close_button)
        outer.addLayout(head)

        # The period: a day with previous / next, or a shift with its start and end moved in steps.
        period = QHBoxLayout()
        period.setSpacing(8)
        self.previous_day = self._button(tr("◀ Day before"), self.step_day, -1)
        self.next_day = self._button(tr("Day after ▶"), self.step_day, 1)
        self.today = touch_button(tr("Today"))
        self.today.clicked.connect(self.show_today)
        self.shift_toggle = touch_button(tr("Shift"))
        self.shift_toggle.setCheckable(True)
        self.shift_toggle.clicked.connect(self.toggle_shift)
        self.start_earlier = self._button(tr("From −"), self.step_shift, 0, -1)
        self.start_later = self._button(tr("From +"), self.step_shift, 0, 1)
        self.end_earlier = self._button(tr("To −"), self.step_shift, 1, -1)
        self.end_later = self._button(tr("To +"), self.step_shift, 1, 1)
        for button in (self.previous_day, self.today, self.next_day, self.shift_toggle, self.start_earlier,
                       self.start_later, self.end_earlier, self.end_later):
            period.addWidget(button)
        outer.addLayout(period)
        self.period_label = QLabel()
        self.period_label.setObjectName("drawerSubtitle")
        outer.addWidget(self.period_label)

        body = QHBoxLayout()
        body.setSpacing(16)
        self.table_host = QWidget()
        self.table = QGridLayout(self.table_host)
        self.table.setHorizontalSpacing(18)
        self.table.setVerticalSpacing(6)
        self.table_host.setObjectName("reportFigures")
        self.table_host.setStyleSheet("#reportFigures { background: transparent; }")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the figures wrap instead
        scroll.viewport().setAutoFillBackground(False)
        scroll.setStyleSheet("QScrollArea { background: transparent; }")
        scroll.setWidget(self.table_host)
        body.addWidget(scroll, 1)
        self.charts = QVBoxLayout()
        self.charts.setSpacing(10)
        body.addLayout(self.charts, 1)
        outer.addLayout(body, 1)

        actions = QHBoxLayout()
        actions.setSpacing(10)
        self.csv_button = touch_button(tr("Export CSV"), kind="primary")
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button = touch_button(tr("Save PDF"), kind="primary")
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button = touch_button(tr("Print end-of-day slip"), kind="primary")
        self.print_button.clicked.connect(self.print_slip)
        for button in (self.csv_button, self.pdf_button, self.print_button):
            actions.addWidget(button)
        outer.addLayout(actions)
        self.saved = QLabel()
        self.saved.setObjectName("drawerSubtitle")
        self.saved.setWordWrap(True)
        outer.addWidget(self.saved)
        self.hour_chart: QWidget | None = None
        self.accept_chart: QWidget | None = None
        self.refresh()

    def _button(self, text: str, slot: Callable[..., None], *args: int) -> QWidget:
        button = touch_button(text)
        button.clicked.connect(lambda _=False: slot(*args))
        return button

    def _fit(self) -> None:
        # Nearly the whole window: the figures and both charts need the room.
        self.setGeometry(self.host.rect())
        self.panel.setGeometry(self.rect().adjusted(16, 16, -16, -16))

    # -- the period ------------------------------------------------------------------------------

    @property
    def period(self) -> tuple[datetime, datetime]:
        """The period shown: the shift, else the day."""
        return self.shift if self.shift is not None else day_bounds(self.day, self.zone)

    def step_day(self, days: int) -> None:
        """Show the day `days` away from the one shown (a shift moves with it)."""
        self.day += timedelta(days=days)
        if self.shift is not None:
            self.shift = (self.shift[0] + timedelta(days=days), self.shift[1] + timedelta(days=days))
        self.refresh()

    def show_today(self) -> None:
        """Back to today, the whole day."""
        self.day = self.now().astimezone(self.zone).date()
        self.shift = None
        self.shift_toggle.setChecked(False)
        self.refresh()

    def toggle_shift(self) -> None:
        """Switch between the whole day and a shift (starting as the last four hours up to now, within the day)."""
        if self.shift is not None:
            self.shift = None
        else:
            start, end = day_bounds(self.day, self.zone)
            now = self.now().astimezone(self.zone)
            shift_end = min(end, max(start + SHIFT_STEP, _rounded_up(now))) if start <= now < end else end
            self.shift = (max(start, shift_end - timedelta(hours=4)), shift_end)
        self.shift_toggle.setChecked(self.shift is not None)
        self.refresh()

    def step_shift(self, which: int, steps: int) -> None:
        """Move the shift's start (`which` 0) or end (1) by `steps` half hours, keeping it at least one step long."""
        if self.shift is None:
            return
        start, end = self.shift
        if which == 0:
            start = min(start + steps * SHIFT_STEP, end - SHIFT_STEP)
        else:
            end = max(end + steps * SHIFT_STEP, start + SHIFT_STEP)
        self.shift = (start, end)
        self.refresh()

    # -- showing it ------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Compute the report of the period and show it."""
        start, end = self.period
        self.report = build_report(self.db, start, end, self.policies.values())
        for button in (self.start_earlier, self.start_later, self.end_earlier, self.end_later):
            button.setVisible(self.shift is not None)
        shown_start, shown_end = start.astimezone(self.zone), end.astimezone(self.zone)
        if self.shift is None:
            self.period_label.setText(wording.local_date(start))
        else:
            self.period_label.setText(tr("%1, %2 – %3").replace("%1", wording.local_date(start))
                                      .replace("%2", wording.local_time(shown_start))
                                      .replace("%3", wording.local_time(shown_end)))
        self._show_table(self.report)
        self._show_charts(self.report)

    def _show_table(self, report: DayReport) -> None:
        while self.table.count():
            item = self.table.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        names = [tr("All platforms"), *(self.policies[f.platform].label if f.platform in self.policies
                                        else str(f.platform) for f in report.platforms)]
        for column, name in enumerate(names, start=1):
            head = QLabel(name)
            head.setObjectName("reportHead")
            head.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.addWidget(head, 0, column)
        self.cells: dict[tuple[str, int], QLabel] = {}
        for r, (key, title, values) in enumerate(figure_rows(report), start=1):
            label = QLabel(title)
            label.setObjectName("reportLabel")
            label.setWordWrap(True)
            self.table.addWidget(label, r, 0)
            for column, value in enumerate(values, start=1):
                cell = QLabel(value)
                cell.setObjectName("reportValue")
                cell.setWordWrap(True)
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                self.table.addWidget(cell, r, column)
                self.cells[(key, column - 1)] = cell
        self.table.setColumnStretch(0, 3)
        for column in range(1, len(names) + 1):
            self.table.setColumnStretch(column, 2)
        self.table.setRowStretch(self.table.rowCount(), 1)

    def value(self, key: str, column: int = 0) -> str:
        """The text shown for figure `key` (`figure_rows`) in `column` (0: all platforms, then each platform)."""
        return self.cells[(key, column)].text()

    def _show_charts(self, report: DayReport) -> None:
        for chart in (self.hour_chart, self.accept_chart):
            if chart is not None:
                self.charts.removeWidget(chart)
                chart.deleteLater()
        self.hour_chart = orders_per_hour(report, self.policies, self.theme, self.chart_font)
        self.accept_chart = time_to_accept(report, self.policies, self.theme, self.chart_font)
        self.charts.addWidget(self.hour_chart, 1)
        self.charts.addWidget(self.accept_chart, 1)

    # -- taking it away --------------------------------------------------------------------------

    def _file(self, suffix: str) -> Path:
        start, end = (t.astimezone(self.zone) for t in self.period)
        name = f"kds-report-{start:%Y-%m-%d}" if self.shift is None else \
            f"kds-report-{start:%Y-%m-%d-%H%M}-{end:%H%M}"
        self.export_dir.mkdir(parents=True, exist_ok=True)
        return self.export_dir / f"{name}.{suffix}"

    def export_csv(self) -> Path | None:
        """Write the report's orders (one row each), a blank line and the per-platform summary to a CSV file."""
        assert self.report is not None
        try:
            path = self._file("csv")
            write_csv(self.report, path)
        except OSError as exc:
            self.saved.setText(tr("Could not save the file: %1").replace("%1", exc.strerror or str(exc)))
            return None
        self.saved.setText(tr("Saved %1").replace("%1", str(path)))
        return path

    def save_pdf(self) -> Path | None:
        """A PDF of the screen as it is (figures and charts), one A4 landscape page."""
        try:
            path = self._file("pdf")
        except OSError as exc:
            self.saved.setText(tr("Could not save the file: %1").replace("%1", exc.strerror or str(exc)))
            return None
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout.Unit.Millimeter)
        writer.setResolution(150)
        writer.setTitle(self.title.text())
        painter = QPainter(writer)
        try:
            size: QSize = self.panel.size()
            page = writer.pageLayout().paintRectPixels(writer.resolution())
            scale = min(page.width() / max(1, size.width()), page.height() / max(1, size.height()))
            painter.scale(scale, scale)
            self.panel.render(painter, QPoint(0, 0))
        finally:
            painter.end()
        self.saved.setText(tr("Saved %1").replace("%1", str(path)))
        return path

    def print_slip(self) -> bool:
        """Print the end-of-day slip where receipts print (through the print queue, like every job)."""
        report = self.report
        if self.printing is None or report is None or not self.printing.settings.routed(DocKind.RECEIPT):
            self.saved.setText(tr("No printer prints receipts: set one up in Settings."))
            return False
        queue = self.printing
        changes = queue.print_report(
            lambda language, labels: day_slip(report, tz=queue.tz, labels=labels, language=language),
            revision=self.now().isoformat())
        self.saved.setText(tr("End-of-day slip sent to the printer.") if changes.print_jobs else
                           tr("The end-of-day slip was already printed."))
        return bool(changes.print_jobs)


def _rounded_up(when: datetime) -> datetime:
    """`when` rounded up to the next half hour (a shift ends on a round time)."""
    base = datetime.combine(when.date(), time(when.hour), when.tzinfo)
    while base < when:
        base += SHIFT_STEP
    return base

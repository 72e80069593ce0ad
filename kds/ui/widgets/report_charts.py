"""The report's pictures (QtCharts), in the screen's theme and language.

Orders per hour as bars stacked by platform, and time to accept as a histogram with each platform's
deadline marked.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QLineSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QWidget

from kds.domain.actions import PlatformPolicy
from kds.domain.order import Platform
from kds.domain.report import DayReport
from kds.printing.report_slip import minutes_seconds
from kds.ui.theme import Theme
from kds.ui.wording import tr

BUCKET_SECONDS = (15, 30, 60, 120, 300)
"""Widths the histogram's bars may have; the smallest that needs at most `MAX_BUCKETS` bars is used."""
MAX_BUCKETS = 16


def histogram(seconds: list[float], bucket: int, buckets: int) -> list[int]:
    """How many of `seconds` fall in each of `buckets` bars `bucket` seconds wide (the last takes the rest)."""
    counts = [0] * buckets
    for value in seconds:
        counts[min(buckets - 1, int(value // bucket))] += 1
    return counts


def bucket_for(longest: float) -> tuple[int, int]:
    """The bar width (seconds) and the number of bars that cover 0 to `longest`."""
    for width in BUCKET_SECONDS:
        if math.ceil(max(longest, 1) / width) <= MAX_BUCKETS:
            return width, max(1, math.ceil(max(longest, 1) / width))
    width = BUCKET_SECONDS[-1]
    return width, MAX_BUCKETS


def _chart(title: str, theme: Theme, font: QFont) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setTitleBrush(QColor(theme.text))
    title_font = QFont(font)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.setBackgroundBrush(QColor(theme.card))
    chart.setBackgroundRoundness(8)
    chart.setMargins(QMargins(6, 6, 6, 6))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # nothing moves under a finger
    legend = chart.legend()
    legend.setLabelColor(QColor(theme.text))
    legend.setFont(font)
    legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _style_axis(axis: QValueAxis | QBarCategoryAxis | QCategoryAxis, theme: Theme, font: QFont) -> None:
    axis.setLabelsColor(QColor(theme.muted))
    axis.setLabelsFont(font)
    axis.setGridLineColor(QColor(theme.card_border))
    axis.setLinePenColor(QColor(theme.card_border))


def _view(chart: QChart, parent: QWidget | None) -> QChartView:
    view = QChartView(chart, parent)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    view.setStyleSheet("background: transparent;")
    return view


def _count_axis(chart: QChart, top: int, theme: Theme, font: QFont) -> QValueAxis:
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, max(1, top))
    axis.setTickCount(min(6, max(2, top + 1)))
    axis.applyNiceNumbers()  # ticks on round counts
    _style_axis(axis, theme, font)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
    return axis


def orders_per_hour(report: DayReport, policies: Mapping[Platform, PlatformPolicy], theme: Theme, font: QFont,
                    parent: QWidget | None = None) -> QChartView:
    """Orders received in each hour, one bar per hour, stacked by platform in its colour."""
    chart = _chart(tr("Orders per hour"), theme, font)
    series = QStackedBarSeries()
    hours = [i for i, count in enumerate(report.total.per_hour) if count] or [0]
    first, last = hours[0], hours[-1]
    shown = range(first, last + 1) if report.hours else range(0)
    for figures in report.platforms:
        if figures.platform is None or not figures.received:
            continue
        policy = policies.get(figures.platform)
        bars = QBarSet(policy.label if policy else figures.platform.value)
        bars.setColor(QColor(policy.color if policy else theme.accent))
        bars.setBorderColor(QColor(theme.card))
        for i in shown:
            bars.append(figures.per_hour[i])
        series.append(bars)
    chart.addSeries(series)
    axis = QBarCategoryAxis()
    axis.append([f"{report.hours[i]:%H}" for i in shown])  # the hour (in the report's zone), short enough for 24 bars
    axis.setTitleText(tr("Hour"))
    axis.setTitleBrush(QColor(theme.muted))
    axis.setTitleFont(font)
    _style_axis(axis, theme, font)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    top = max((report.total.per_hour[i] for i in shown), default=0)
    series.attachAxis(_count_axis(chart, top, theme, font))
    return _view(chart, parent)


def time_to_accept(report: DayReport, policies: Mapping[Platform, PlatformPolicy], theme: Theme, font: QFont,
                   parent: QWidget | None = None) -> QChartView:
    """How long orders waited to be accepted, in bars stacked by platform, each platform's deadline a dashed line."""
    chart = _chart(tr("Time to accept"), theme, font)
    deadlines: dict[Platform, float] = {}
    for f in report.platforms:
        rules = report.rules.get(f.platform) if f.platform is not None else None
        if f.platform is not None and f.received and rules is not None and rules.accept_window is not None:
            deadlines[f.platform] = rules.accept_window.total_seconds()
    longest = max([report.total.accept.worst or 0.0, *(d * 1.1 for d in deadlines.values())])
    bucket, buckets = bucket_for(longest)
    series = QStackedBarSeries()
    series.setBarWidth(0.95)
    tallest = [0] * buckets
    for figures in report.platforms:
        if figures.platform is None or not figures.accept.count:
            continue
        policy = policies.get(figures.platform)
        bars = QBarSet(policy.label if policy else figures.platform.value)
        bars.setColor(QColor(policy.color if policy else theme.accent))
        bars.setBorderColor(QColor(theme.card))
        counts = histogram(list(figures.accept.seconds), bucket, buckets)
        for i, count in enumerate(counts):
            bars.append(count)
            tallest[i] += count
        series.append(bars)
    chart.addSeries(series)
    # Bars stand at 0, 1, 2…; a category axis labels their edges in minutes and seconds.
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setRange(-0.5, buckets - 0.5)
    step = max(1, buckets // 8)
    for i in range(0, buckets + 1, step):
        axis.append(minutes_seconds(i * bucket), i - 0.5)
    _style_axis(axis, theme, font)
    chart.addAxis(axis, Qt.AlignmentFlag.AlignBottom)
    series.attachAxis(axis)
    top = max(tallest, default=0)
    counts_axis = _count_axis(chart, top, theme, font)
    series.attachAxis(counts_axis)
    # One dashed line per deadline (platforms with the same deadline share it).
    for seconds in sorted(set(deadlines.values())):
        line = QLineSeries()
        line.setName(tr("Deadline %1").replace("%1", minutes_seconds(seconds)))
        x = seconds / bucket - 0.5
        line.append(QPointF(x, 0))
        line.append(QPointF(x, max(1, top)))
        pen = QPen(QColor(theme.critical))  # the deadline is a warning, whatever the platforms' colours
        pen.setWidth(3)
        pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        chart.addSeries(line)
        line.attachAxis(axis)
        line.attachAxis(counts_axis)
    return _view(chart, parent)

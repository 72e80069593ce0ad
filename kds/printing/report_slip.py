"""The end-of-day slip: the day's report as text on the thermal printer (58 and 80 mm alike).

Pure like `layout.py`: the report comes computed (`kds.domain.report`), the words in the printer's
language (`kds.printing.labels`), platform names in `labels` (`layout.platform_labels`).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import tzinfo

from kds.domain.money import Money
from kds.domain.report import CANCELLATIONS, DayReport, Durations, Figures
from kds.printing.document import Block, DocKind, Feed, Row, Rule, Text, TicketDoc
from kds.printing.labels import ENGLISH
from kds.printing.layout import CENTER, CENTER_BOLD, NOTE, TITLE, _Labels, amount


def minutes_seconds(seconds: float | None) -> str:
    """`4:05` for 245 s; `–` when nothing was measured."""
    if seconds is None:
        return "–"
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _durations(title: str, durations: Durations, t: _Labels, worst: bool) -> list[Block]:
    rows = [("median", durations.median), ("p90", durations.p90), *([("worst", durations.worst)] if worst else [])]
    return [Text(title, NOTE), *(Row(t(word), minutes_seconds(value), indent=2) for word, value in rows)]


def _money_rows(title: str, amounts: Mapping[str, object], t: _Labels) -> list[Block]:
    return [Row(f"{t(title)} {currency}", amount(Money.of(value, currency))) for currency, value in amounts.items()]


def _figures(figures: Figures, title: str, t: _Labels) -> list[Block]:
    blocks: list[Block] = [Rule(), Text(title, CENTER_BOLD)]
    blocks += [Row(t(word), str(value)) for word, value in (
        ("received", figures.received), ("accepted", figures.accepted), ("ready", figures.ready),
        ("completed", figures.completed))]
    for what in CANCELLATIONS:
        blocks.append(Row(t(what.value), str(figures.count(what))))
        blocks += [Row(reason or "–", str(count), indent=2) for reason, count in figures.reasons.get(what, ())]
    blocks += [Row(t("refunds_full"), str(figures.refunds_full)),
               Row(t("refunds_partial"), str(figures.refunds_partial))]
    blocks += _money_rows("refunded", figures.refunded, t)
    blocks += _money_rows("gross", figures.gross, t)
    blocks += _money_rows("net", figures.net, t)
    if figures.paid is not None:
        blocks += [Row(t("paid"), str(figures.paid)), Row(t("unpaid"), str(figures.unpaid))]
    blocks += _durations(t("time_to_accept"), figures.accept, t, worst=True)
    blocks += _durations(t("time_to_ready"), figures.ready_time, t, worst=False)
    blocks.append(Row(t("paused"), f"{figures.paused_minutes:.0f}"))
    return blocks


def day_slip(report: DayReport, *, tz: tzinfo, labels: Mapping[str, str] | None = None,
             language: str = ENGLISH, station: str = "") -> TicketDoc:
    """The end-of-day slip of `report`, times in `tz`, words in `language` (platform names in `labels`)."""
    t = _Labels(labels, language)
    start, end = report.start.astimezone(tz), report.end.astimezone(tz)
    blocks: list[Block] = [Text(t("day_report"), TITLE)]
    if station:
        blocks.append(Text(station, CENTER))
    blocks.append(Text(f"{t('period')}: {t.day_time(start, tz)} – {t.day_time(end, tz)}", CENTER))
    blocks += _figures(report.total, t("all_platforms"), t)
    for figures in report.platforms:
        blocks += _figures(figures, t(figures.platform.value) if figures.platform else "", t)
    blocks += [Rule(), Text(t("per_hour"), CENTER_BOLD)]
    blocks += [Row(t.time(hour, tz), str(count))
               for hour, count in zip(report.hours, report.total.per_hour, strict=True) if count]
    blocks.append(Feed())
    return TicketDoc(DocKind.REPORT, t("day_report"), tuple(blocks))

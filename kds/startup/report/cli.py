"""`kds report`: the day's report of a station's store, for headless stations and the back office.

    kds report [--day YYYY-MM-DD | --from WHEN --to WHEN] [--data-dir DIR | --db URL] [--csv FILE] [--print]

Prints the summary as a table (one column per platform and one for all); `--csv FILE` writes one row
per order, then a blank line and the per-platform summary; `--print` prints the end-of-day slip on the
printers that print receipts (the printers file, `kds.printing.config`). WHEN is `YYYY-MM-DD HH:MM`
(or ISO, `T` between) in the machine's time zone; without a period the report is of today. Exits 2
with a one-line message on a bad date or when DIR holds no order database, 1 when a printer fails.
`--db postgresql://…` reads the restaurant's shared store instead (as `kds --db` runs on it); its
password comes from the URL or libpq's own `PGPASSWORD` and `~/.pgpass`.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime, tzinfo
from pathlib import Path

from pydantic import ValidationError

from kds.domain.report import CANCELLATIONS, DayReport, Figures, day_bounds
from kds.platforms.registry import LABELS
from kds.printing.config import load_settings
from kds.printing.document import DocKind
from kds.printing.labels import ENGLISH
from kds.printing.layout import platform_labels
from kds.printing.render import render
from kds.printing.report_slip import day_slip, minutes_seconds
from kds.printing.sender import PrintError, send
from kds.printing.transports import TransportError
from kds.services.report import build_report, write_csv
from kds.startup.options import ConfigError, data_dir, store_target
from kds.store.connect import open_database
from kds.store.db import Database, StoreError

DB_NAME = "kds.sqlite3"
"""The order database's file in the data directory (as `kds.startup.runtime` opens it)."""


class ReportError(Exception):
    """The command cannot make a report; the message says why (exit 2)."""


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="kds report", description="The day's report: orders, cancellations, "
                                "refunds, sales and times, per platform and in total.")
    p.add_argument("--day", help="the day, YYYY-MM-DD (default: today)")
    p.add_argument("--from", dest="start", metavar="WHEN", help="a shift's start, YYYY-MM-DD HH:MM")
    p.add_argument("--to", dest="end", metavar="WHEN", help="the shift's end, YYYY-MM-DD HH:MM (excluded)")
    p.add_argument("--data-dir", default=None, help="directory of the order database (when no --db)")
    p.add_argument("--db", default=None, metavar="URL",
                   help="the restaurant's shared order database, postgresql://user@host/database")
    p.add_argument("--csv", type=Path, metavar="FILE", help="write one row per order, then the summary")
    p.add_argument("--print", dest="print_slip", action="store_true",
                   help="print the end-of-day slip where receipts print")
    return p


def local_zone() -> tzinfo:
    """The machine's time zone (the counter's)."""
    zone = datetime.now().astimezone().tzinfo
    assert zone is not None  # astimezone() always gives a zone
    return zone


def _when(text: str, zone: tzinfo, option: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ReportError(f"{option} {text!r} is not a time (YYYY-MM-DD HH:MM)") from None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=zone)


def period(args: argparse.Namespace, zone: tzinfo, today: date) -> tuple[datetime, datetime]:
    """The period the options name: `--day`, `--from`/`--to`, else today."""
    if args.day and (args.start or args.end):
        raise ReportError("give --day, or --from and --to, not both")
    if args.start or args.end:
        if not (args.start and args.end):
            raise ReportError("a shift needs both --from and --to")
        start, end = _when(args.start, zone, "--from"), _when(args.end, zone, "--to")
        if end <= start:
            raise ReportError("--to must be after --from")
        return start, end
    if args.day:
        try:
            day = date.fromisoformat(args.day.strip())
        except ValueError:
            raise ReportError(f"--day {args.day!r} is not a date (YYYY-MM-DD)") from None
        return day_bounds(day, zone)
    return day_bounds(today, zone)


def open_store(directory: Path) -> Database:
    """The order database of `directory`; never creates one (an empty or wrong directory is an error)."""
    path = directory / DB_NAME
    if not directory.is_dir():
        raise ReportError(f"no data directory {directory}")
    if not path.is_file() or path.stat().st_size == 0:
        raise ReportError(f"no order database in {directory} (expected {DB_NAME})")
    try:
        return Database(path)
    except (StoreError, OSError) as exc:
        raise ReportError(f"cannot read the order database in {directory}: {exc}") from None
    except sqlite3.DatabaseError as exc:  # not a database at all
        raise ReportError(f"cannot read the order database in {directory}: {exc}") from None


def open_shared(args: argparse.Namespace) -> Database:
    """The restaurant's shared store that `--db` names (`kds.startup.options.store_target` checks the address)."""
    try:
        return open_database(store_target(args), origin="kds report")
    except (ConfigError, StoreError) as exc:
        raise ReportError(str(exc)) from None


def _name(figures: Figures) -> str:
    return "All" if figures.platform is None else LABELS.get(figures.platform, figures.platform.value)


def table(report: DayReport, zone: tzinfo) -> str:
    """The summary as a text table: a row per figure, a column for all platforms and one per platform."""
    columns = [report.total, *report.platforms]
    rows: list[tuple[str, list[str]]] = [
        (title, [value(f) for f in columns]) for title, value in _ROWS]
    currencies = sorted({c for f in columns for c in (*f.gross, *f.refunded)})
    for word, attribute in (("Refunded", "refunded"), ("Gross sales", "gross"), ("Net sales", "net")):
        for currency in currencies:
            if not any(currency in getattr(f, attribute) for f in columns):
                continue
            rows.append((f"{word} {currency}", [
                str(getattr(f, attribute)[currency]) if currency in getattr(f, attribute) else "–" for f in columns]))
    hours = [(h, c) for h, c in zip(report.hours, report.total.per_hour, strict=True) if c]
    for hour, _ in hours:
        index = report.hours.index(hour)
        rows.append((f"Orders {hour.astimezone(zone):%H:%M}", [str(f.per_hour[index]) for f in columns]))
    head = ["", *(_name(f) for f in columns)]
    width = max(len(r[0]) for r in rows)
    widths = [max(len(head[i + 1]), *(len(r[1][i]) for r in rows)) for i in range(len(columns))]
    start, end = report.start.astimezone(zone), report.end.astimezone(zone)
    lines = [f"KDS report {start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M} ({start:%z})",
             "  ".join([head[0].ljust(width), *(h.rjust(w) for h, w in zip(head[1:], widths, strict=True))])]
    for title, values in rows:
        lines.append("  ".join([title.ljust(width), *(v.rjust(w) for v, w in zip(values, widths, strict=True))]))
    return "\n".join(lines) + "\n"


def _paid(figures: Figures, value: int | None) -> str:
    return "–" if value is None else str(value)


_ROWS: tuple[tuple[str, Callable[[Figures], str]], ...] = (
    ("Received", lambda f: str(f.received)),
    ("Accepted", lambda f: str(f.accepted)),
    ("Ready", lambda f: str(f.ready)),
    ("Completed", lambda f: str(f.completed)),
    *((f"{o.value.replace('_', ' ').capitalize()}", lambda f, o=o: str(f.count(o))) for o in CANCELLATIONS),
    ("Refunds full", lambda f: str(f.refunds_full)),
    ("Refunds partial", lambda f: str(f.refunds_partial)),
    ("Paid", lambda f: _paid(f, f.paid)),
    ("Not paid", lambda f: _paid(f, f.unpaid)),
    ("Accept median", lambda f: minutes_seconds(f.accept.median)),
    ("Accept p90", lambda f: minutes_seconds(f.accept.p90)),
    ("Accept worst", lambda f: minutes_seconds(f.accept.worst)),
    ("Ready median", lambda f: minutes_seconds(f.ready_time.median)),
    ("Ready p90", lambda f: minutes_seconds(f.ready_time.p90)),
    ("Paused minutes", lambda f: f"{f.paused_minutes:.0f}"),
)


def print_slip(report: DayReport, printers_file: Path | None = None) -> list[str]:
    """Print the end-of-day slip on every printer that prints receipts; returns what was printed where.

    Raises:
        ReportError: no printer prints receipts.
        TransportError: a printer cannot be reached.
        PrintError: a printer failed the job.
    """
    settings = load_settings(printers_file)
    printers = settings.routed(DocKind.RECEIPT)
    if not printers:
        raise ReportError("no printer prints receipts (see the printers file, kds print --help)")
    done = []
    for config in printers:
        doc = day_slip(report, tz=settings.tz(), labels=platform_labels(LABELS, settings.labels),
                       language=config.language or ENGLISH)
        send(config.transport(append=True), render(doc, config.render_options()))
        done.append(f"printed the end-of-day slip on {config.name} ({config.width} mm)")
    return done


def main(argv: Sequence[str]) -> int:
    """Run `kds report`; returns the exit status."""
    args = _parser().parse_args(list(argv))
    zone = local_zone()
    try:
        start, end = period(args, zone, datetime.now(zone).date())
        db = open_shared(args) if args.db else open_store(data_dir(args.data_dir))
    except ReportError as exc:
        print(f"kds report: {exc}", file=sys.stderr)
        return 2
    try:
        report = build_report(db, start, end)
    finally:
        db.close()
    sys.stdout.write(table(report, zone))
    if args.csv is not None:
        try:
            rows = write_csv(report, args.csv)
        except OSError as exc:
            print(f"kds report: cannot write {args.csv}: {exc.strerror}", file=sys.stderr)
            return 2
        print(f"wrote {rows} orders to {args.csv}")
    if args.print_slip:
        try:
            for line in print_slip(report):
                print(line)
        except ReportError as exc:
            print(f"kds report: {exc}", file=sys.stderr)
            return 2
        except (TransportError, ValidationError, OSError) as exc:
            print(f"kds report: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", file=sys.stderr)
            return 1
        except PrintError as exc:
            print(f"kds report: {exc.reason}", file=sys.stderr)
            return 1
    return 0

"""`kds print`: print a sample document on a printer, or decode a print job file.

    kds print --sample kitchen|receipt|cancel|refund|delivery --to TARGET [--width 58|80] [--lang LANG]
    kds print --decode FILE [--profile NAME]

TARGET is `tcp://HOST:PORT`, `file:PATH` (overwritten), `usb:VID:PID`, `serial:DEVICE`, `cups:NAME`,
or the name of a printer in the printers file (see `kds.printing.config`). LANG is the language the
sample is written and printed in: en, id, pt_BR, th, vi, zh_CN or zh_HK (`pt` and `zh` still work);
without it, a named printer prints in its own language (English if it has none). Exits 1 with a one-line
message when the printer cannot be reached or the job fails, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pydantic import ValidationError

from kds.printing.config import PrinterConfig, PrintSettings, StatusQuery, load_settings, settings_path
from kds.printing.decoder import decode, to_text
from kds.printing.document import DocKind
from kds.printing.escpos_compat import ProfileError
from kds.printing.fonts import FontNotFoundError
from kds.printing.labels import ALIASES, ENGLISH, language
from kds.printing.labels import LANGUAGES as PRINT_LANGUAGES
from kds.printing.render import render
from kds.printing.samples import SAMPLE_OF, sample_document
from kds.printing.sender import PrintError, send
from kds.printing.transports import TargetError, TransportError, parse_target

SAMPLES = ("kitchen", "receipt", "cancel", "refund", "delivery")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="kds print", description="Print a sample ticket or decode a print job.")
    parser.add_argument("--sample", choices=SAMPLES, help="document to print")
    parser.add_argument("--to", metavar="TARGET",
                        help="tcp://HOST:PORT, file:PATH, usb:VID:PID, serial:DEVICE, cups:NAME or a printer name")
    parser.add_argument("--width", type=int, choices=(58, 80), help="paper width in mm (default 80)")
    parser.add_argument("--lang", choices=[*PRINT_LANGUAGES, *ALIASES],
                        help="language of the sample and of its printed words (default: the printer's, else en)")
    parser.add_argument("--codepage", help="code page the printer uses (default CP858)")
    parser.add_argument("--profile", help="python-escpos printer profile (default: default)")
    parser.add_argument("--config", type=Path, help=f"printers file (default {settings_path()})")
    parser.add_argument("--show", action="store_true", help="also print the decoded job on stdout")
    parser.add_argument("--decode", type=Path, metavar="FILE", help="decode a print job file and exit")
    return parser


def _printer(args: argparse.Namespace) -> PrinterConfig:
    """The printer `--to` names, with the command line's overrides."""
    overrides = {k: v for k, v in (("width", args.width), ("codepage", args.codepage), ("profile", args.profile))
                 if v is not None}
    try:
        parse_target(args.to)
    except TargetError:
        if ":" in args.to:
            raise
        settings: PrintSettings = load_settings(args.config)
        try:
            configured = settings.printer(args.to)
        except KeyError:
            raise TargetError(f"no printer named {args.to!r} in {args.config or settings_path()} "
                              "(or use tcp://HOST:PORT, file:PATH, ...)") from None
        return configured.model_copy(update=overrides)
    return PrinterConfig(name=args.to, target=args.to, **overrides)


def config_labels(args: argparse.Namespace) -> dict[str, str]:
    """The printers file's own words (when `--to` names a printer of it), else none."""
    if ":" in (args.to or ""):
        return {}
    try:
        return load_settings(args.config).labels
    except (OSError, ValidationError):
        return {}


def main(argv: list[str]) -> int:
    """Run `kds print`; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.decode is not None:
        try:
            data = args.decode.read_bytes()
        except OSError as exc:
            print(f"kds print: cannot read {args.decode}: {exc.strerror}", file=sys.stderr)
            return 1
        sys.stdout.write(to_text(decode(data, args.profile or "default")))
        return 0
    if not args.sample or not args.to:
        parser.error("--sample and --to are required (or --decode FILE)")
    try:
        config = _printer(args)
        lang = language(args.lang or config.language or ENGLISH)
        doc = sample_document(DocKind(args.sample), SAMPLE_OF[lang], station=config.station,
                              labels=config_labels(args), language=lang)
        payload = render(doc, config.render_options())
        transport = config.transport(append=False)
        outcome = send(transport, payload, expect_answer=config.status is StatusQuery.REQUIRED)
    except (TargetError, ValidationError, ProfileError, FontNotFoundError, TransportError) as exc:
        message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        print(f"kds print: {message}", file=sys.stderr)
        return 1
    except PrintError as exc:
        print(f"kds print: {exc.reason}", file=sys.stderr)
        return 1
    if args.show:
        sys.stdout.write(to_text(decode(payload, config.profile)))
    status = outcome.after if outcome.after.answered else outcome.before
    print(f"printed {args.sample} ({args.lang or lang}, {config.width} mm) to {config.target}: {len(payload)} bytes; "
          f"printer {status.online.value}, paper {status.paper.value}")
    return 0

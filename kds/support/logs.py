"""Logging for the app: a rotating file in the user log directory and stderr, both redacted.

`setup_logging()` installs the handlers; each carries a `RedactingFilter`, which rewrites a record
before any handler formats it: the message with its arguments merged in, the exception text and
the stack, and string fields passed with `extra=`. Filters on a handler (unlike filters on a logger)
also see records that propagate up from child loggers, which is every record here.

`install_excepthook()` makes an unhandled exception in the Qt thread, another thread or an asyncio
task a logged error and a callback (the UI shows a banner) instead of the end of the app.
"""

from __future__ import annotations

import asyncio
import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs

from kds.support.redaction import REDACTOR, Redactor

APP_NAME = "kds"
LOG_FILE = "kds.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
_MARK = "_kds_handler"  # set on the handlers we install, so a second setup replaces them

log = logging.getLogger(__name__)

# Attributes every LogRecord has; anything else on a record came in through `extra=`.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime"}


def log_dir() -> Path:
    """The platform's user log directory for KDS (`~/.local/state/kds/log` on Linux)."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


class RedactingFilter(logging.Filter):
    """Removes phone numbers, addresses, ciphertexts and secrets from a record (see `kds.support.redaction`)."""

    def __init__(self, redactor: Redactor = REDACTOR) -> None:
        """Redact with `redactor` (the process-wide one by default)."""
        super().__init__()
        self.redactor = redactor

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite `record` in place; never drops it."""
        if getattr(record, "_kds_redacted", False):
            return True  # already done by the filter of another handler
        redact = self.redactor.redact
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string must not hide what was logged
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            # Format once here, redacted; the formatter then uses exc_text as is.
            record.exc_text = redact("".join(traceback.format_exception(*record.exc_info)).rstrip("\n"))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        for name, value in list(vars(record).items()):
            if name not in _STANDARD and not name.startswith("_"):
                setattr(record, name, _redact_value(value, redact))
        record._kds_redacted = True
        return True


def _redact_value(value: Any, redact: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, dict):
        return {k: _redact_value(v, redact) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_redact_value(v, redact) for v in value)
    return value


def setup_logging(*, verbose: bool = False, directory: Path | None = None, to_stderr: bool = True,
                  max_bytes: int = 2_000_000, backup_count: int = 5) -> Path:
    """Log to a rotating file in `directory` (default `log_dir()`) and to stderr, every record redacted.

    Calling it again replaces the handlers it installed before (and keeps others, with a filter added).

    Args:
        verbose: log debug messages too.
        directory: where `kds.log` and its rotated copies (`kds.log.1`...) go.
        to_stderr: also log to stderr.
        max_bytes: size at which the file is rotated.
        backup_count: rotated files kept.

    Returns:
        The path of the log file.
    """
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, _MARK, False):
            root.removeHandler(handler)
            handler.close()
    formatter = logging.Formatter(FORMAT)
    handlers: list[logging.Handler] = [
        logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backup_count, encoding="utf-8"),
    ]
    if to_stderr:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(formatter)
        setattr(handler, _MARK, True)
        root.addHandler(handler)
    install_redaction(root)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # qasync logs the arguments and results of worker-thread calls at debug level: keyring reads
    # would put secrets in the log with --verbose. The others are just noisy.
    for noisy in ("httpx", "httpcore", "uvicorn", "uvicorn.access", "uvicorn.error", "qasync"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path


def install_redaction(logger: logging.Logger | None = None) -> None:
    """Add a `RedactingFilter` to every handler of `logger` (the root logger by default) that has none."""
    logger = logger or logging.getLogger()
    for handler in logger.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())


ErrorCallback = Callable[[str], None]


def describe_exception(exc: BaseException) -> str:
    """One redacted line for a banner: the exception's message (its type, for support, is in the log)."""
    text = " ".join(str(exc).split()) or "no details (see the log)"
    return REDACTOR.redact(text)


def install_excepthook(on_error: ErrorCallback | None = None, *,
                       loop: asyncio.AbstractEventLoop | None = None) -> Callable[[], None]:
    """Log unhandled exceptions and report them to `on_error` instead of ending the app.

    Covers `sys.excepthook` (the main thread, including exceptions raised in Qt slots, which PySide6
    hands to it), `threading.excepthook` (worker threads) and, when `loop` is given, exceptions in
    asyncio tasks and callbacks nobody awaited. KeyboardInterrupt and SystemExit keep their usual
    meaning, and a cancelled task or qasync slot is no error. `on_error` receives a one-line redacted
    summary; it runs in the thread that failed, so a Qt callback must hand the text to the GUI thread
    (a queued signal).

    Returns:
        A function that puts the previous hooks back.
    """
    previous_sys = sys.excepthook
    previous_thread = threading.excepthook
    previous_loop = loop.get_exception_handler() if loop is not None else None

    def report(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, where: str) -> None:
        log.critical("unhandled exception in %s", where, exc_info=(exc_type, exc, tb))
        if on_error is not None:
            try:
                on_error(describe_exception(exc))
            except Exception:  # a failing banner must not recurse into this hook
                log.exception("the error callback failed")

    def sys_hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            previous_sys(exc_type, exc, tb)
            return
        if issubclass(exc_type, asyncio.CancelledError):  # a cancelled qasync slot is normal (qasync #126)
            return
        report(exc_type, exc, tb, "the main thread")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            previous_thread(args)
            return
        name = args.thread.name if args.thread is not None else "a thread"
        report(args.exc_type, args.exc_value, args.exc_traceback, f"thread {name}")

    def loop_hook(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, asyncio.CancelledError):
            return
        if exc is None:
            log.error("asyncio: %s", context.get("message", "unknown error"))
            return
        task = context.get("task") or context.get("future")
        where = f"task {task.get_name()}" if isinstance(task, asyncio.Task) else "an asyncio callback"
        report(type(exc), exc, exc.__traceback__, where)

    sys.excepthook = sys_hook
    threading.excepthook = thread_hook
    if loop is not None:
        loop.set_exception_handler(loop_hook)

    def uninstall() -> None:
        sys.excepthook = previous_sys
        threading.excepthook = previous_thread
        if loop is not None:
            loop.set_exception_handler(previous_loop)

    return uninstall

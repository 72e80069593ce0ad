"""Structured logs: one JSON object per line, with fields passed as `extra=fields(...)`.

Callers log identifiers only (tenant, platform, event type, ids, reasons, timings), never a
message body, a phone number, an address or a secret.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import IO, Any


def fields(**values: Any) -> dict[str, Any]:
    """`extra=` for a log call whose fields go into the JSON line."""
    return {"fields": values}


class JsonFormatter(logging.Formatter):
    """Formats a record as one JSON object: ts, level, logger, msg, then the record's fields."""

    def format(self, record: logging.LogRecord) -> str:
        """The JSON line for `record`."""
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        extra = getattr(record, "fields", None)
        if isinstance(extra, dict):
            entry.update(extra)
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


_PATH_SECRET = re.compile(r"(/hooks/[^/\s]+/[^/\s]+/)[^/\s?]+(/)")


def redact_path_secrets(text: str) -> str:
    """`text` with the path secret of every callback URL in it (``/hooks/p/tenant/SECRET/…``) replaced by ``***``."""
    return _PATH_SECRET.sub(r"\1***\2", text)


class PathSecretFilter(logging.Filter):
    """Keeps path secrets out of the access log: a URL path is the only place they appear."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Redact the record's arguments (uvicorn passes the path as one); always keeps the record."""
        if isinstance(record.args, tuple):
            record.args = tuple(redact_path_secrets(a) if isinstance(a, str) else a for a in record.args)
        record.msg = redact_path_secrets(record.msg) if isinstance(record.msg, str) else record.msg
        return True


_FILTER = PathSecretFilter()


def redact_access_log() -> None:
    """Redact path secrets in uvicorn's access log, whichever handler writes it (idempotent)."""
    logging.getLogger("uvicorn.access").addFilter(_FILTER)


def configure_logging(level: str = "INFO", stream: IO[str] | None = None) -> None:
    """Send every log record (the relay's and uvicorn's) to `stream` as JSON lines."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter())
    redact_access_log()
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        logging.getLogger(name).handlers[:] = []
        logging.getLogger(name).propagate = True

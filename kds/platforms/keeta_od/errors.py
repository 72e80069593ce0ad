"""Sorting Keeta's HTTP answers into the platform error tree (by `kds.platforms.http_errors`).

Messages are built from the status and the problem+json `title` only: Keeta's titles describe the
request ("order status is not in a valid state for confirm"), never the customer.
"""

from __future__ import annotations

import json
from datetime import datetime

import httpx
from pydantic import ValidationError

from kds.platforms import http_errors
from kds.platforms.base import PlatformError
from kds.platforms.http_errors import parse_http_date, parse_retry_after
from kds.platforms.keeta_od.models import Problem

__all__ = ["error_for_exception", "error_for_response", "parse_http_date", "parse_retry_after", "problem_title"]

_MAX_TITLE = 200
_CODES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found", 409: "conflict",
          422: "invalid_state", 429: "rate_limited"}


def _code(status: int) -> str:
    return _CODES.get(status, "server_error" if status >= 500 else "http_error")


def problem_title(response: httpx.Response) -> str:
    """The problem+json `title` of an error answer ("" when the body is not one)."""
    try:
        data = json.loads(response.content or b"null")
    except ValueError:
        return ""
    if not isinstance(data, dict):
        return ""
    try:
        problem = Problem.model_validate(data)
    except ValidationError:
        return ""
    return " ".join(problem.title.split())[:_MAX_TITLE]


def error_for_response(response: httpx.Response, operation: str, server_now: datetime) -> PlatformError:
    """The platform error an unsuccessful answer to `operation` stands for (a 422 is `InvalidStateError`)."""
    status = response.status_code
    title = problem_title(response)
    message = f"Keeta {operation}: HTTP {status}" + (f" {title}" if title else "")
    retry_after = parse_retry_after(response.headers.get("Retry-After"), server_now)
    return http_errors.error_for_status(status, message, retry_after=retry_after, code_for=_code,
                                        invalid_state=title or message)


def error_for_exception(exc: httpx.HTTPError, operation: str) -> PlatformError:
    """The platform error a failed exchange stands for (no usable answer came back)."""
    return http_errors.error_for_exception(exc, f"Keeta {operation}")

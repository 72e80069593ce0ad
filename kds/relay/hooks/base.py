"""What every webhook route shares: the `WebhookPlatform` shape, its request and result, JSON helpers.

A route turns a raw request into an `Inbound` event or raises `HookRejectedError` (401 for anything
unsigned or forged, 400 for anything malformed); nothing rejected is stored. Each route also says
which `kds relay add-tenant` / `set-tenant` options carry its tenant secret (`TenantOptions`), so
the command line offers exactly the platforms the relay serves.

Free of FastAPI so a route can be tested (and reused) on its own.
"""

from __future__ import annotations

import hmac
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol, runtime_checkable

from pydantic import BaseModel

from kds.relay.records import PlatformSecret


class HookRejectedError(Exception):
    """A webhook the relay refuses: `status` is 400 or 401, `reason` is safe to log."""

    def __init__(self, status: int, reason: str) -> None:
        """Reject with HTTP `status` for `reason`."""
        super().__init__(reason)
        self.status = status
        self.reason = reason


@dataclass(frozen=True, slots=True)
class WebhookRequest:
    """What a platform class sees of a request: raw body, headers (lower-case keys), signed URL."""

    body: bytes = field(repr=False)
    headers: Mapping[str, str] = field(repr=False)
    url: str


@dataclass(frozen=True, slots=True)
class Inbound:
    """A verified webhook, ready to store. `message_id` is the platform's dedupe key."""

    message_id: str
    event_type: str
    order_id: str
    metadata: dict[str, Any] = field(repr=False)
    payload: dict[str, Any] = field(repr=False)


@dataclass(frozen=True, slots=True)
class TenantSetting:
    """A further tenant setting of one platform's route, kept beside its secret (`PlatformSecret.options`).

    Attributes:
        option: The tenant commands' option that sets it (``--<platform>-signature-header``).
        key: Its name in `PlatformSecret.options`.
        help: Its help text.
        default: The value while none is stored.
        choices: The values it may take (empty: any text).
    """

    option: str
    key: str
    help: str
    default: str
    choices: tuple[str, ...] = ()

    def value(self, secret: PlatformSecret) -> str:
        """This setting's value for a tenant (the default while none is stored)."""
        return secret.options.get(self.key) or self.default


PATH_SECRET = "path_secret"
"""`PlatformSecret.options` key of the path secret of a route whose URL carries one."""


@dataclass(frozen=True, slots=True)
class TenantOptions:
    """The tenant commands' options that carry one platform's webhook secret.

    Attributes:
        secret: The option naming the secret (its value ``-`` reads it from standard input).
        secret_help: Its help text.
        app_id: For a platform that signs per app, the option naming the one app whose webhooks
            are accepted; it needs `secret` beside it.
        app_id_help: Its help text.
        settings: Further settings of the route (signature header, encoding...), set with the
            secret or on their own by ``set-tenant``.
        path_secret: The route's URL carries an unguessable per-tenant path secret after the tenant
            (``/hooks/{path}/{tenant}/{path_secret}/…``): made with the secret, shown once, renewed
            by ``rotate-{path}-path``.
        url_label: How the tenant commands name the URL they print (``webhook URL``).
    """

    secret: str
    secret_help: str
    app_id: str | None = None
    app_id_help: str = ""
    settings: tuple[TenantSetting, ...] = ()
    path_secret: bool = False
    url_label: str = "webhook URL"

    def platform_secret(self, secret: str | None, app_id: str | None) -> PlatformSecret | None:
        """The tenant's secret from the options' values; None when the secret was not given.

        Raises:
            ValueError: An app id was given without the secret.
        """
        if secret:
            return PlatformSecret(secret, app_id)
        if app_id:
            raise ValueError(f"{self.app_id} needs {self.secret}")
        return None


class WebhookPlatform(Protocol):
    """One platform's webhook route."""

    path: str
    platform: str
    ttl: timedelta
    request_model: type[BaseModel]
    answer_model: type[BaseModel]
    openapi_headers: tuple[dict[str, Any], ...]
    tenant_options: TenantOptions

    def accept(self, request: WebhookRequest, secret: PlatformSecret) -> Inbound:
        """Verify and parse; raise `HookRejectedError` for anything not to store."""
        ...

    def answer(self, status: int, reason: str) -> dict[str, Any]:
        """The JSON body for a response with `status` (200 = accepted)."""
        ...


@dataclass(frozen=True, slots=True)
class InventoryQuery:
    """A platform's stock question, read and verified: which products, and how to word the answer.

    Attributes:
        product_ids: The products asked about, in the platform's order.
        answer: Builds the answer from what the station pushed (a product never pushed is absent:
            the route decides how to answer for it).
        store_id: The platform's store the question is for ("" when it names none); safe to log.
    """

    product_ids: tuple[str, ...]
    answer: Callable[[Mapping[str, bool]], dict[str, Any]] = field(repr=False)
    store_id: str = ""


@runtime_checkable
class CallbackPlatform(WebhookPlatform, Protocol):
    """A route behind a per-tenant path secret, with an event route and a stock question.

    Mounted at ``/hooks/{path}/{tenant}/{path_secret}/{event_route}`` (stored like any webhook) and
    ``…/{inventory_route}`` (answered at once from the availability the station pushed).
    """

    event_route: str
    inventory_route: str
    inventory_request_model: type[BaseModel]
    inventory_answer_model: type[BaseModel]

    def read_inventory(self, request: WebhookRequest, secret: PlatformSecret) -> InventoryQuery:
        """Verify and parse a stock question; raise `HookRejectedError` for anything not to answer."""
        ...


def path_secret_matches(secret: PlatformSecret, given: str) -> bool:
    """True when `given` is the tenant's path secret (constant-time; False while none is set)."""
    expected = secret.options.get(PATH_SECRET, "")
    return bool(expected) and hmac.compare_digest(expected.encode(), given.encode())


def no_constants(name: str) -> Any:
    """Refuse `NaN` and `Infinity`, which are not JSON (a `parse_constant` for `json.loads`)."""
    raise ValueError(f"{name} is not JSON")


_DECODER = json.JSONDecoder(parse_constant=no_constants)
_WS = re.compile(r"[ \t\n\r]*")


def _skip(text: str, pos: int) -> int:
    """The position after any JSON whitespace at `pos`."""
    match = _WS.match(text, pos)
    return match.end() if match else pos


def json_members(body: bytes) -> dict[str, tuple[Any, str]]:
    """Each top-level member of a JSON object body: (decoded value, the value's exact JSON text).

    Hand-written over the stdlib scanner because a platform may sign JSON-valued parameters as
    they were sent, and `json.loads` keeps no raw text. Raises ValueError unless the body is one
    JSON object.
    """
    text = body.decode("utf-8")
    members: dict[str, tuple[Any, str]] = {}
    pos = _skip(text, 0)
    if text[pos:pos + 1] != "{":
        raise ValueError("not a JSON object")
    pos = _skip(text, pos + 1)
    closed = text[pos:pos + 1] == "}"
    if closed:
        pos += 1
    while not closed:
        if text[pos:pos + 1] != '"':
            raise ValueError("expected a key")
        key, pos = _DECODER.raw_decode(text, pos)
        pos = _skip(text, pos)
        if text[pos:pos + 1] != ":":
            raise ValueError("expected ':'")
        start = _skip(text, pos + 1)
        value, end = _DECODER.raw_decode(text, start)
        members[key] = (value, text[start:end])
        pos = _skip(text, end)
        separator, pos = text[pos:pos + 1], pos + 1
        if separator == "}":
            closed = True
        elif separator != ",":
            raise ValueError("expected ',' or '}'")
        else:
            pos = _skip(text, pos)
    if _skip(text, pos) != len(text):
        raise ValueError("data after the object")
    return members


def id_text(value: Any) -> str | None:
    """An identifier that may arrive as a JSON number or string, as text; None if unusable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str) and value.strip():
        return value
    return None


def json_object(value: Any) -> dict[str, Any]:
    """`value` if it is a JSON object, else an empty one."""
    return value if isinstance(value, dict) else {}

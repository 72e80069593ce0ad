"""HTTP client of the GoBiz API: an OAuth2 client-credentials token, and GoFood's three order actions.

Token [C]: `POST {auth}/oauth2/token`, HTTP Basic with the client id and secret, form
`grant_type=client_credentials` and an explicit `scope` (without one GoBiz grants nothing). It is
kept until `TOKEN_MARGIN` before its `expires_in` (GoBiz gives 3599 s), and fetched again once
when a call is answered 401 (revoked or expired early); a second 401 is an auth error.

Actions [C]: `PUT {api}/integrations/gofood/outlets/{outlet_id}/v1/orders/{order_type}/{order_id}/accepted`
(no body), `…/cancelled` (`cancel_reason_code`, `cancel_reason_description` of at least 3
characters) and `…/food-prepared` ([T]: the method is not documented; PUT like the other two [I]).
`{order_type}` is `delivery` or `pickup`; `{order_id}` is the order number, the only id a
notification carries [I].

Answers are `{"success": true, "data": …}` or `{"success": false, "errors": [{"message_title",
"message"}]}`, sorted by `kds.platforms.http_errors`. GoBiz does not document how it answers an
action on an order in the wrong state; we take 409 (and 422) as "not in a valid state"
(`InvalidStateError`), whose message keeps GoBiz's own words, so the adapter can tell "already
accepted" from "already cancelled" (`implied_kind`). A 2xx whose `success` is false is a rejection.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from datetime import datetime, timedelta
from typing import Any

import httpx
from pydantic import ValidationError

from kds.clock import Clock
from kds.domain.events import EventKind
from kds.platforms.base import InvalidStateError, PlatformError, PlatformPayloadError, PlatformRejectedError
from kds.platforms.gate import RequestGate
from kds.platforms.gofood import models as wire
from kds.platforms.gofood.mapping import REJECT_CODES
from kds.platforms.http_errors import (
    ServerClock,
    error_for_exception,
    error_for_status,
    parse_http_date,
    parse_retry_after,
)

log = logging.getLogger(__name__)

SCOPE = "gofood:order:read gofood:order:write"
"""The scopes asked for: reading orders and marking them (GoBiz's names [C])."""
TOKEN_MARGIN = timedelta(seconds=60)
"""A token is renewed this long before GoBiz says it expires."""
DEFAULT_TOKEN_LIFETIME = 3599
"""Seconds a token is taken to last when GoBiz omits `expires_in` (its documented lifetime)."""
MIN_DESCRIPTION = 3
"""GoBiz's minimum length of `cancel_reason_description`."""
CANCEL_CODES = REJECT_CODES
"""GoBiz's `cancel_reason_code` values [C]."""

_IMPLIED = (("cancel", EventKind.CANCELLED), ("reject", EventKind.CANCELLED), ("completed", EventKind.CONCLUDED),
            ("picked up", EventKind.PICKED_UP), ("prepared", EventKind.READY), ("accepted", EventKind.ACCEPTED))


def implied_kind(error: PlatformError) -> EventKind | None:
    """What an "invalid state" answer says the order already is (None when its words do not say)."""
    if not isinstance(error, InvalidStateError):
        return None
    text = str(error).lower()
    return next((kind for word, kind in _IMPLIED if f"already {word}" in text), None)


class GoBizClient:
    """Talks to the GoBiz API for one outlet."""

    def __init__(self, http: httpx.AsyncClient, api_url: str, auth_url: str, client_id: str, client_secret: str,
                 outlet_id: str, clock: Clock, *, scope: str = SCOPE, margin: timedelta = TOKEN_MARGIN) -> None:
        """Use `http` (owned by the caller until `aclose`) against `api_url`, with tokens from `auth_url`."""
        self.http = http
        self._api = api_url.rstrip("/")
        self._auth = auth_url.rstrip("/")
        self._basic = httpx.BasicAuth(client_id, client_secret)
        self.outlet_id = outlet_id
        self.scope = scope
        self._margin = margin.total_seconds()
        self._clock = clock
        self._token: str | None = None
        self._token_expires = 0.0  # on clock.monotonic()
        self._token_lock = asyncio.Lock()
        self._server_clock = ServerClock()
        self._gate = RequestGate(clock, "GoFood")
        self.tokens_fetched = 0

    @property
    def server_offset(self) -> timedelta | None:
        """GoBiz's clock minus ours, estimated from the answers' `Date`."""
        return self._server_clock.offset

    def platform_now(self) -> datetime:
        """Our best estimate of GoBiz's current time."""
        return self._clock.now() + (self.server_offset or timedelta(0))

    async def aclose(self) -> None:
        """Close the HTTP client."""
        await self.http.aclose()

    # --- token ---------------------------------------------------------------------------------

    async def token(self) -> str:
        """A valid bearer token, fetched when there is none or it is about to expire."""
        async with self._token_lock:
            if self._token is None or self._clock.monotonic() >= self._token_expires:
                await self._fetch_token()
            assert self._token is not None
            return self._token

    async def _renew(self, rejected: str) -> str:
        """A new token after `rejected` got a 401, unless another call renewed it meanwhile."""
        async with self._token_lock:
            if self._token is None or self._token == rejected:
                await self._fetch_token()
            assert self._token is not None
            return self._token

    async def _fetch_token(self) -> None:
        self._token = None
        self._gate.check("token")
        form = {"grant_type": "client_credentials", "scope": self.scope}
        response = await self._exchange("POST", self._auth + "/oauth2/token", "GoFood token", data=form,
                                        auth=self._basic)
        if not response.is_success:
            error = self._error(response, "GoFood token",
                                auth="GoFood token: the client id or secret was refused (HTTP {status})")
            self._gate.observe("token", error)
            raise error
        try:
            token = wire.Token.model_validate_json(response.content)
        except ValidationError as exc:
            raise PlatformPayloadError("GoFood token: unreadable answer", code="payload",
                                       raw=response.text) from exc
        lifetime = token.expires_in or DEFAULT_TOKEN_LIFETIME
        self._token = token.access_token
        self._token_expires = self._clock.monotonic() + max(lifetime - self._margin, lifetime / 2)
        self.tokens_fetched += 1

    # --- actions -------------------------------------------------------------------------------

    def _order_path(self, order_type: str, order_id: str, what: str, outlet_id: str) -> str:
        outlet = outlet_id.strip() or self.outlet_id
        return f"{self._api}/integrations/gofood/outlets/{outlet}/v1/orders/{order_type}/{order_id}/{what}"

    async def accept(self, order_id: str, order_type: str, outlet_id: str = "") -> None:
        """Accept an order awaiting acceptance at `outlet_id` (the client's outlet when "")."""
        await self._act(self._order_path(order_type, order_id, "accepted", outlet_id), "GoFood accept", None)

    async def reject(self, order_id: str, order_type: str, code: str, description: str, outlet_id: str = "") -> None:
        """Reject an order awaiting acceptance, with one of `CANCEL_CODES` and a description.

        `outlet_id` is the order's outlet (the client's outlet when "").

        Raises:
            PlatformRejectedError: a code GoBiz does not know, or a description under 3 characters.
        """
        if code not in CANCEL_CODES:
            raise PlatformRejectedError(f"GoFood reject: unknown reason code {code!r}", code="bad_reason")
        if len(description.strip()) < MIN_DESCRIPTION:
            raise PlatformRejectedError("GoFood reject: the reason needs at least 3 characters", code="bad_reason")
        body = {"cancel_reason_code": code, "cancel_reason_description": description.strip()}
        await self._act(self._order_path(order_type, order_id, "cancelled", outlet_id), "GoFood reject", body)

    async def food_prepared(self, order_id: str, order_type: str, outlet_id: str = "") -> None:
        """Tell GoFood the food is ready (at `outlet_id`, the client's outlet when "")."""
        await self._act(self._order_path(order_type, order_id, "food-prepared", outlet_id), "GoFood food-prepared",
                        None)

    async def set_force_close(self, closed: bool) -> None:
        """Close the outlet on GoFood (`force_close`), or open it again."""
        url = f"{self._api}/integrations/gofood/outlets/{self.outlet_id}/v1/properties"
        await self._act(url, "GoFood outlet properties", {"force_close": closed}, method="PATCH")

    async def _act(self, url: str, operation: str, body: dict[str, Any] | None, *, method: str = "PUT") -> Any:
        self._gate.check(operation)
        token = await self.token()
        response = await self._call(url, operation, token, body, method)
        if response.status_code == 401:
            log.info("%s: token refused, fetching a new one", operation)
            response = await self._call(url, operation, await self._renew(token), body, method)
        if not response.is_success:
            error = self._error(response, operation)
            self._gate.observe(operation, error)
            raise error
        answer = self._answer(response, operation)
        if answer is None:
            return None
        if not answer.success:
            raise PlatformRejectedError(f"{operation}: refused ({answer.text() or 'no reason given'})",
                                        status=response.status_code, code="refused")
        return answer.data

    async def _call(self, url: str, operation: str, token: str, body: dict[str, Any] | None,
                    method: str = "PUT") -> httpx.Response:
        content = None if body is None else json.dumps(body, ensure_ascii=False).encode()
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        return await self._exchange(method, url, operation, content=content, headers=headers)

    async def _exchange(self, method: str, url: str, operation: str, **kwargs: Any) -> httpx.Response:
        sent = self._clock.now()
        try:
            response = await self.http.request(method, url, **kwargs)
        except httpx.HTTPError as exc:
            raise error_for_exception(exc, operation) from exc
        self._server_clock.observe(response.headers.get("Date"), sent, self._clock.now())
        return response

    def _answer(self, response: httpx.Response, operation: str) -> wire.Answer | None:
        if not response.content.strip():
            return None  # an empty 2xx is a success too
        try:
            return wire.Answer.model_validate_json(response.content)
        except ValidationError as exc:
            raise PlatformPayloadError(f"{operation}: unreadable answer", status=response.status_code,
                                       code="payload", raw=response.text) from exc

    def _error(self, response: httpx.Response, operation: str, *, auth: str = "") -> PlatformError:
        status = response.status_code
        said = ""
        with contextlib.suppress(ValidationError):
            said = wire.Answer.model_validate_json(response.content).text()
        message = f"{operation}: HTTP {status}" + (f" ({said[:200]})" if said else "")
        server_now = parse_http_date(response.headers.get("Date")) or self.platform_now()
        retry_after = parse_retry_after(response.headers.get("Retry-After"), server_now)
        invalid = message if status in (409, 422) else None
        if status == 409:
            return InvalidStateError(message, status=status, code="invalid_state")
        return error_for_status(status, message, retry_after=retry_after, invalid_state=invalid,
                                auth_message=auth.format(status=status) or None)

"""The relay's ASGI app: platform webhooks in, Open Delivery polling and acknowledgment out.

Routes:

- ``POST /hooks/{path}/{tenant}`` for each entry of `kds.relay.hooks.HOOKS` (one per platform):
  verify, store in one short transaction, then answer the platform;
- for a callback platform, ``POST /hooks/{path}/{tenant}/{path_secret}/{event_route}`` (stored
  like a webhook) and ``…/{inventory_route}`` (answered at once from the pushed availability);
- ``GET /v1/events:polling``, ``POST /v1/events/acknowledgment`` and ``PUT /v1/availability`` for
  the counter app (bearer tenant token; shape in `kds.relay.contract`);
- ``GET /health``: 200 when the database answers, 503 otherwise.

Long-polling is woken in-process by the webhook that stored an event (only the polls that read
its platform). On PostgreSQL, an event stored by another relay process sharing the database wakes
them through `LISTEN/NOTIFY` (`kds.relay.listener`), and the polls re-check the database only every
`RelaySettings.notified_recheck_interval` as a fallback; without notifications (SQLite, or while
the listener reconnects) they re-check every `RelaySettings.recheck_interval`.
"""

# No `from __future__ import annotations`: FastAPI evaluates the route signatures at runtime, and
# they refer to names local to `create_app`.
import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import AfterValidator, WithJsonSchema
from starlette.exceptions import HTTPException

from kds.clock import Clock, SystemClock
from kds.relay.contract import (
    MAX_EVENTS_PER_POLL,
    WHOLE_STORE,
    AckItem,
    AvailabilityPush,
    Event,
    Health,
    Problem,
    to_wire,
)
from kds.relay.hooks import HOOKS, HookRejectedError, WebhookPlatform, WebhookRequest
from kds.relay.hooks.base import CallbackPlatform, path_secret_matches
from kds.relay.listener import NotifyListener
from kds.relay.logs import fields
from kds.relay.longpoll import Notifier, wait_for_events
from kds.relay.sqlstore import PostgresRelayStore
from kds.relay.store import (
    ACKED_RETENTION,
    PlatformSecret,
    RelayStore,
    StoredEvent,
    StoreError,
    Tenant,
    event_id_for,
)
from kds.relay.tenants import authenticate, valid_name

log = logging.getLogger("kds.relay")

PROBLEM_JSON = "application/problem+json"


@dataclass(frozen=True, slots=True)
class RelaySettings:
    """Tunables. The defaults are the production values; tests shorten the intervals."""

    max_body: int = 1 << 20
    max_wait: float = 30.0
    recheck_interval: float = 1.0
    """Seconds between a waiting poll's reads while no notification can wake it (SQLite, listener down)."""
    notified_recheck_interval: float = 10.0
    """Seconds between a waiting poll's reads while the PostgreSQL listener is listening (a fallback only)."""
    listen_retry: float = 1.0
    """Seconds before the listener's first reconnection attempt (doubled after each failure, up to 16x)."""
    purge_interval: float | None = 60.0
    acked_retention: timedelta = ACKED_RETENTION
    max_events: int = MAX_EVENTS_PER_POLL


def _problem(status: int, title: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"title": title, "status": status}, status_code=status, media_type=PROBLEM_JSON,
                        headers=headers)


def _problem_doc(description: str) -> dict[str, Any]:
    return {"description": description, "content": {PROBLEM_JSON: {"schema": Problem.model_json_schema()}}}


class Purger:
    """Deletes expired events now and then, on the injected clock."""

    def __init__(self, store: RelayStore, clock: Clock, interval: float, retention: timedelta) -> None:
        """Purge `store` every `interval` seconds of `clock`."""
        self.store, self.clock, self.interval, self.retention = store, clock, interval, retention

    async def purge_once(self) -> int:
        """One purge pass; returns how many events were deleted (0 if the database failed)."""
        try:
            count = await asyncio.to_thread(self.store.purge, self.clock.now(), self.retention)
        except StoreError as exc:
            log.warning("purge failed", extra=fields(error=str(exc)))
            return 0
        if count:
            log.info("purged events", extra=fields(count=count))
        return count

    async def run(self) -> None:
        """Purge, sleep, forever (until cancelled)."""
        while True:
            await self.purge_once()
            await self.clock.sleep(self.interval)


def create_app(store: RelayStore, *, clock: Clock | None = None, settings: RelaySettings | None = None,
               hooks: tuple[WebhookPlatform, ...] = HOOKS) -> FastAPI:
    """Build the relay app over `store` (which the caller owns and closes)."""
    clock = clock or SystemClock()
    settings = settings or RelaySettings()
    notifier = Notifier()
    purger = Purger(store, clock, settings.purge_interval or 0.0, settings.acked_retention)
    listener = (NotifyListener(store.dsn, store.channel, store.origin, notifier, clock,
                               retry=settings.listen_retry)
                if isinstance(store, PostgresRelayStore) else None)

    def recheck() -> float:
        if listener is not None and listener.connected:
            return settings.notified_recheck_interval
        return settings.recheck_interval

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        tasks = []
        if settings.purge_interval:
            tasks.append(asyncio.create_task(purger.run(), name="relay-purge"))
        if listener is not None:
            tasks.append(asyncio.create_task(listener.run(), name="relay-listen"))
            # Serve once listening, so a webhook on another process wakes polls here from the start
            # (if the database is slow to answer, polls re-check at the fast interval meanwhile).
            await listener.wait_listening(5.0)
        try:
            yield
        finally:
            notifier.close()
            for task in tasks:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    # max_body_size: a declared or streamed body past the limit gets 413 before any handler reads it.
    app = FastAPI(title="KDS relay", version="1", lifespan=lifespan, max_body_size=settings.max_body,
                  description="Platform webhooks in, Open Delivery polling out.")
    app.state.notifier = notifier
    app.state.purger = purger
    app.state.listener = listener

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        return _problem(400, "Bad Request")

    @app.exception_handler(HTTPException)
    async def http_error(request: Request, exc: HTTPException) -> JSONResponse:
        return _problem(exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(StoreError)
    async def store_down(request: Request, exc: StoreError) -> JSONResponse:
        log.error("database unavailable", extra=fields(error=str(exc), path=request.url.path))
        return _problem(503, "Service Unavailable")

    @app.get("/health", response_model=Health, responses={503: {"model": Health}}, tags=["ops"])
    async def health() -> Any:
        """200 when the database answers."""
        try:
            await asyncio.to_thread(store.ping)
        except StoreError:
            return JSONResponse({"status": "unavailable"}, status_code=503)
        return {"status": "ok"}

    bearer = HTTPBearer(auto_error=False)

    async def tenant_of(credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> str:
        unauthorized = HTTPException(401, "Unauthorized", headers={"WWW-Authenticate": "Bearer"})
        if credentials is None or len(credentials.credentials) > 200:
            raise unauthorized
        name = await asyncio.to_thread(authenticate, store, credentials.credentials)
        if name is None:
            raise unauthorized
        return name

    auth_errors: dict[int | str, dict[str, Any]] = {
        400: _problem_doc("Bad request"), 401: _problem_doc("Missing or unknown token"),
        503: _problem_doc("Database unavailable")}

    known = tuple(dict.fromkeys(hook.platform for hook in hooks))

    def known_platform(name: str) -> str:
        if name not in known:
            raise ValueError(f"unknown platform {name!r}")  # answered 400 by `bad_request`
        return name

    PlatformName = Annotated[str, AfterValidator(known_platform),  # noqa: N806 (a type alias)
                             WithJsonSchema({"type": "string", "enum": list(known)})]

    @app.get("/v1/events:polling", response_model=list[Event], tags=["app"],
             responses={204: {"description": "No new events"}, **auth_errors})
    async def poll(tenant: Annotated[str, Depends(tenant_of)],
                   platform: Annotated[list[PlatformName], Query(
                       default_factory=list, description="Only events of this platform (`metadata.platform`); "
                       "repeat for several. Without it, every platform's events.")],
                   wait: Annotated[float, Query(ge=0, le=3600, description="Seconds to hold the request "
                                                "open for an event (capped by the server)")] = 0) -> Any:
        """The tenant's unacknowledged events (of `platform`, oldest first), waiting up to `wait` s for one."""
        platforms = frozenset(platform) or None
        events = await wait_for_events(
            lambda: asyncio.to_thread(store.pending, tenant, settings.max_events, platforms),
            notifier, tenant, wait=min(wait, settings.max_wait), recheck=recheck,
            platforms=platforms)
        if not events:
            return Response(status_code=204)
        return JSONResponse([to_wire(event) for event in events])

    @app.post("/v1/events/acknowledgment", status_code=202, response_class=Response, tags=["app"],
              responses={202: {"description": "Acknowledged"}, **auth_errors})
    async def acknowledge(tenant: Annotated[str, Depends(tenant_of)],
                          items: Annotated[list[AckItem], Body(max_length=100)]) -> Response:
        """Stop serving these events (ids of other tenants and unknown ids are ignored)."""
        count = await asyncio.to_thread(store.acknowledge, tenant, [item.id for item in items], clock.now())
        log.info("acknowledged", extra=fields(tenant=tenant, asked=len(items), count=count))
        return Response(status_code=202)

    @app.put("/v1/availability", status_code=204, response_class=Response, tags=["app"],
             responses={204: {"description": "Recorded"}, **auth_errors})
    async def push_availability(tenant: Annotated[str, Depends(tenant_of)], push: AvailabilityPush) -> Response:
        """Record whether products are available (what a platform's stock question is answered from)."""
        if push.platform not in known:
            return _problem(400, "Bad Request")
        products = {item.productId: item.available for item in push.products}
        count = await asyncio.to_thread(store.set_availability, tenant, push.platform, products, clock.now())
        log.info("availability recorded", extra=fields(
            tenant=tenant, platform=push.platform, count=count,
            unavailable=sum(1 for available in products.values() if not available)))
        return Response(status_code=204)

    for hook in hooks:
        _mount_hook(app, hook, store, clock, notifier)
    return app


def _route(hook: WebhookPlatform, suffix: str = "") -> str:
    """A hook's route: ``/hooks/{path}/{tenant}``, and for a callback platform its path secret and `suffix`."""
    if isinstance(hook, CallbackPlatform):
        return f"/hooks/{hook.path}/{{tenant}}/{{path_secret}}/{suffix or hook.event_route}"
    return f"/hooks/{hook.path}/{{tenant}}"


def _mount_hook(app: FastAPI, hook: WebhookPlatform, store: RelayStore, clock: Clock,
                notifier: Notifier) -> None:
    """Add the webhook route of one platform (and its inventory route, for a callback platform)."""

    def reply(status: int, reason: str) -> JSONResponse:
        return JSONResponse(hook.answer(status, reason), status_code=status)

    async def secret_of(tenant: str, path_secret: str | None,
                        info: dict[str, Any]) -> tuple[Tenant, PlatformSecret] | JSONResponse:
        """The tenant and its secret for this platform, or the response refusing the request."""
        try:
            # A name that cannot exist is answered like an unknown one, without a query.
            record = await asyncio.to_thread(store.tenant, tenant) if valid_name(tenant) else None
        except StoreError as exc:
            log.error("webhook not stored: database unavailable", extra=fields(**info, error=str(exc)))
            return reply(503, "temporarily unavailable")
        secret = record.secrets.get(hook.platform) if record is not None else None
        if record is None or secret is None:
            log.warning("webhook rejected", extra=fields(**info, status=401, reason="unknown tenant or platform"))
            return reply(401, "unknown tenant or platform not configured")
        if path_secret is not None and not path_secret_matches(secret, path_secret):
            log.warning("webhook rejected", extra=fields(**info, status=401, reason="wrong path secret"))
            return reply(401, "unknown tenant or platform not configured")
        return record, secret

    async def handle(tenant: str, path_secret: str | None, request: Request) -> JSONResponse:
        started = time.perf_counter()
        body = await request.body()
        info: dict[str, Any] = {"tenant": tenant[:64], "platform": hook.platform}
        found = await secret_of(tenant, path_secret, info)
        if isinstance(found, JSONResponse):
            return found
        record, secret = found
        # The platform signs the URL it calls: the public one when the relay sits behind a proxy.
        params = {"tenant": tenant} if path_secret is None else {"tenant": tenant, "path_secret": path_secret}
        url = (f"{record.public_url}{app.url_path_for(f'hook_{hook.path}', **params)}"
               if record.public_url else str(request.url.replace(query="")))
        try:
            inbound = hook.accept(WebhookRequest(body, request.headers, url), secret)
        except HookRejectedError as exc:
            log.warning("webhook rejected", extra=fields(**info, status=exc.status, reason=exc.reason))
            return reply(exc.status, exc.reason)
        now = clock.now()
        event = StoredEvent(event_id=event_id_for(tenant, hook.platform, inbound.message_id), tenant=tenant,
                            platform=hook.platform, event_type=inbound.event_type, order_id=inbound.order_id,
                            received_at=now, expires_at=now + hook.ttl, metadata=inbound.metadata,
                            payload=inbound.payload)
        try:
            new = await asyncio.to_thread(store.add_event, event)
        except StoreError as exc:
            log.error("webhook not stored: database unavailable", extra=fields(**info, error=str(exc)))
            return reply(503, "temporarily unavailable")
        if new:
            notifier.notify(tenant, hook.platform)
        log.info("webhook accepted", extra=fields(
            **info, eventType=inbound.event_type, eventId=event.event_id, orderId=inbound.order_id,
            duplicate=not new, ms=round((time.perf_counter() - started) * 1000, 2)))
        return reply(200, "Success")

    async def receive(tenant: str, request: Request) -> JSONResponse:
        return await handle(tenant, None, request)

    async def receive_behind_path_secret(tenant: str, path_secret: str, request: Request) -> JSONResponse:
        return await handle(tenant, path_secret, request)

    answers = {"model": hook.answer_model}
    errors: dict[int | str, dict[str, Any]] = {
        400: {**answers, "description": "Malformed"},
        401: {**answers, "description": "Unsigned, forged, wrong path secret or unknown tenant"},
        413: {"description": "Body over the size limit"},
        503: {**answers, "description": "Database unavailable; the platform should retry"}}
    endpoint = receive_behind_path_secret if isinstance(hook, CallbackPlatform) else receive
    app.add_api_route(
        _route(hook), endpoint, methods=["POST"], name=f"hook_{hook.path}",
        operation_id=f"hook_{hook.path}", tags=["webhooks"], response_model=hook.answer_model,
        summary=f"{hook.platform} webhook", responses=errors,
        openapi_extra={
            "parameters": list(hook.openapi_headers),
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": hook.request_model.model_json_schema()}}},
        },
    )
    if not isinstance(hook, CallbackPlatform):
        return
    callbacks = hook

    async def inventory(tenant: str, path_secret: str, request: Request) -> JSONResponse:
        started = time.perf_counter()
        body = await request.body()
        info: dict[str, Any] = {"tenant": tenant[:64], "platform": hook.platform, "route": "inventory"}
        found = await secret_of(tenant, path_secret, info)
        if isinstance(found, JSONResponse):
            return found
        try:
            query = callbacks.read_inventory(WebhookRequest(body, request.headers, str(request.url)), found[1])
        except HookRejectedError as exc:
            log.warning("inventory check rejected", extra=fields(**info, status=exc.status, reason=exc.reason))
            return reply(exc.status, exc.reason)
        try:
            known = await asyncio.to_thread(store.availability, tenant, hook.platform,
                                            (*query.product_ids, WHOLE_STORE))
        except StoreError as exc:
            log.error("inventory check not answered: database unavailable", extra=fields(**info, error=str(exc)))
            return reply(503, "temporarily unavailable")
        if known.pop(WHOLE_STORE, True) is False:  # the store is paused: nothing can be ordered
            known = dict.fromkeys(query.product_ids, False)
        answer = query.answer(known)
        out = [p for p in query.product_ids if not known.get(p, True)]
        # Product and store ids only: the question carries no customer data, and none is logged.
        log.info("inventory check answered", extra=fields(
            **info, storeId=query.store_id[:64], asked=len(query.product_ids),
            unknown=len(query.product_ids) - len(known),
            outOfStock=out[:20], ms=round((time.perf_counter() - started) * 1000, 2)))
        return JSONResponse(answer, status_code=200)

    app.add_api_route(
        _route(hook, hook.inventory_route), inventory, methods=["POST"], name=f"hook_{hook.path}_inventory",
        operation_id=f"hook_{hook.path}_inventory", tags=["webhooks"], response_model=hook.inventory_answer_model,
        summary=f"{hook.platform} inventory check", responses=errors,
        openapi_extra={
            "parameters": list(hook.openapi_headers),
            "requestBody": {"required": True, "content": {
                "application/json": {"schema": hook.inventory_request_model.model_json_schema()}}},
        },
    )

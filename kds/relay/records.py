"""The relay's records, errors and the repository interface its store implementations satisfy.

They live apart from `kds.relay.store` (which opens a store) so that the SQL implementations in
`kds.relay.sqlstore` can depend on them without depending on the module that builds them.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

# The events' uuid5 namespace: fixed forever, so a replayed webhook always maps to the same eventId.
EVENT_NAMESPACE = uuid.UUID("6f1d3c1e-0b55-4c55-9d0e-8a1c2b7f3e90")

ACKED_RETENTION = timedelta(hours=24)


class StoreError(Exception):
    """The database could not be used (unreachable, locked too long, or broken)."""


class TenantExistsError(StoreError):
    """A tenant with that name already exists."""


class UnknownTenantError(StoreError):
    """No tenant has that name."""


@dataclass(frozen=True, slots=True)
class PlatformSecret:
    """What verifies one platform's webhooks for one tenant.

    `options` are the route's further tenant settings (`kds.relay.hooks.base.TenantSetting`, and
    the path secret of a route that has one); an option not stored takes the route's default.
    """

    secret: str = field(repr=False)
    app_id: str | None = None
    options: Mapping[str, str] = field(default_factory=dict, repr=False)


@dataclass(frozen=True, slots=True)
class Tenant:
    """A restaurant or brand: its public callback base URL and its per-platform secrets."""

    name: str
    public_url: str | None = None
    secrets: Mapping[str, PlatformSecret] = field(default_factory=dict, repr=False)


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """One accepted webhook, as stored and served."""

    event_id: str
    tenant: str
    platform: str
    event_type: str
    order_id: str
    received_at: datetime
    expires_at: datetime
    metadata: dict[str, Any] = field(repr=False)
    payload: dict[str, Any] = field(repr=False)
    acked_at: datetime | None = None


def event_id_for(tenant: str, platform: str, message_id: str) -> str:
    """The relay's eventId of a webhook: the same for every replay of the same message."""
    return str(uuid.uuid5(EVENT_NAMESPACE, f"{tenant}\n{platform}\n{message_id}"))


class RelayStore(Protocol):
    """The repository the relay needs. Methods block; the app calls them from a worker thread."""

    def add_tenant(self, name: str, token_hash: str, *, public_url: str | None, now: datetime) -> None:
        """Create a tenant. Raises `TenantExistsError` when the name is taken."""
        ...

    def set_token_hash(self, name: str, token_hash: str) -> None:
        """Replace a tenant's token (hash). Raises `UnknownTenantError`."""
        ...

    def set_public_url(self, name: str, public_url: str | None) -> None:
        """Set or clear the public base URL webhooks are signed with. Raises `UnknownTenantError`."""
        ...

    def set_secret(self, name: str, platform: str, secret: PlatformSecret) -> None:
        """Store (or replace) a tenant's secret for one platform. Raises `UnknownTenantError`."""
        ...

    def tenant(self, name: str) -> Tenant | None:
        """A tenant with its secrets, or None."""
        ...

    def set_availability(self, name: str, platform: str, products: Mapping[str, bool], now: datetime) -> int:
        """Record whether each product is available (upsert); returns how many. Raises `UnknownTenantError`."""
        ...

    def availability(self, name: str, platform: str, product_ids: Collection[str]) -> dict[str, bool]:
        """What the tenant last pushed for those products of `platform` (products never pushed are absent)."""
        ...

    def tenants(self) -> list[Tenant]:
        """Every tenant, by name."""
        ...

    def tenant_by_token_hash(self, token_hash: str) -> tuple[str, str] | None:
        """(tenant name, stored hash) of the tenant whose token hashes to `token_hash`, or None."""
        ...

    def add_event(self, event: StoredEvent) -> bool:
        """Store an event unless its eventId is already stored. True when it was new."""
        ...

    def pending(self, tenant: str, limit: int, platforms: Collection[str] | None = None) -> list[StoredEvent]:
        """A tenant's unacknowledged events, oldest first: at most `limit` of `platforms` (None: all)."""
        ...

    def acknowledge(self, tenant: str, event_ids: Sequence[str], now: datetime) -> int:
        """Mark the tenant's events with those ids acknowledged; returns how many changed."""
        ...

    def purge(self, now: datetime, acked_retention: timedelta = ACKED_RETENTION, *, batch: int = 2000) -> int:
        """Delete expired unacknowledged events and old acknowledged ones, `batch` rows a step; returns how many."""
        ...

    def ping(self) -> None:
        """Raise `StoreError` unless the database answers."""
        ...

    def close(self) -> None:
        """Release the connections."""
        ...

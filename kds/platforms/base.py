"""The seam between services and platforms: the adapter protocol and the error tree.

Errors are sorted at this seam into three kinds::

    PlatformError
    ├── PlatformAuthError        staff must act (wrong credentials, revoked access)
    ├── PlatformTransientError   retry with backoff; honour `retry_after`
    │   └── RateLimitedError     the platform's rate limit was hit
    ├── PlatformPayloadError     the platform sent something we cannot read: quarantine, ack, warn
    └── PlatformRejectedError    the platform refused the request as such (4xx, e.g. 422 wrong state)
        └── InvalidStateError    "order is not in a valid state for X": reconcile with a fresh GET
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any, Protocol, runtime_checkable

from kds.domain.actions import Action, PlatformPolicy
from kds.domain.events import BadEvent, OrderEvent, RawEvent
from kds.domain.order import Order, Platform


class PlatformError(Exception):
    """Base of every error an adapter raises.

    `provisional` is what the adapter knows of an order whose details it could not read (e.g. the copy
    of the order a webhook carried): shown meanwhile, never acknowledged on its strength.
    """

    provisional: FetchedOrder | None = None

    def __init__(self, message: str, *, status: int | None = None, code: str = "") -> None:
        """`message` is safe to log and to show (it never contains customer data)."""
        super().__init__(message)
        self.status = status
        self.code = code


class PlatformAuthError(PlatformError):
    """Credentials are wrong or access was revoked: staff must act."""


class PlatformTransientError(PlatformError):
    """A temporary failure (network, 5xx, timeout): retry later."""

    def __init__(self, message: str, *, status: int | None = None, code: str = "",
                 retry_after: float | None = None) -> None:
        """`retry_after` is in seconds when the platform said how long to wait."""
        super().__init__(message, status=status, code=code)
        self.retry_after = retry_after


class RateLimitedError(PlatformTransientError):
    """The platform's rate limit was hit (HTTP 429)."""


class PlatformPayloadError(PlatformError):
    """The platform sent something we cannot read."""

    MAX_RAW = 64 * 1024

    def __init__(self, message: str, *, status: int | None = None, code: str = "", raw: str = "") -> None:
        """`raw` is the unreadable answer (at most 64 KiB of it), kept for the quarantine, never logged."""
        super().__init__(message, status=status, code=code)
        self.raw = raw[: self.MAX_RAW]


class PlatformRejectedError(PlatformError):
    """The platform refused the request as such; sending it again will not help."""


class InvalidStateError(PlatformRejectedError):
    """The order is not in a state that allows the action (Keeta 422). Reconcile, never resend."""


class WarningKind(StrEnum):
    """What a platform reported wrong on its own side (the status bar words it)."""

    NOTIFICATION_ERROR = "notification_error"  # a notification to us failed at the platform


@dataclass(frozen=True, slots=True)
class PlatformWarning:
    """A problem the platform itself reported (not a failed poll): amber on the platform's status-bar entry.

    Attributes:
        kind: what went wrong.
        at: when, by the platform's clock.
        detail: the platform's own words (never customer data), "" when it gave none.
    """

    kind: WarningKind
    at: datetime
    detail: str = ""


@dataclass(frozen=True, slots=True)
class PollResult:
    """One poll: the events read, each with its raw form, the ones that could not be read, and platform warnings."""

    events: tuple[tuple[OrderEvent, RawEvent], ...] = ()
    bad: tuple[BadEvent, ...] = ()
    server_offset: timedelta | None = None  # platform clock minus ours, from the `Date` header
    warnings: tuple[PlatformWarning, ...] = ()  # what the platform reported wrong on its side, oldest first


@dataclass(frozen=True, slots=True)
class FetchedOrder:
    """An order's details: the mapped content and the platform's JSON for it.

    `raw` is the JSON text as received when the adapter has it (stored as is, never re-encoded),
    else the parsed JSON value.
    """

    order: Order
    raw: dict[str, Any] | str
    events: tuple[OrderEvent, ...] = ()  # events implied by the details (e.g. status on a pushed order)


@dataclass(frozen=True, slots=True)
class ActionRequest:
    """A staff action with its parameters, ready for the platform."""

    action: Action
    order: Order
    reason_code: str = ""
    reason: str = ""
    preparation_minutes: int | None = None
    items: tuple[tuple[str, int], ...] = ()  # (line_id, quantity) for partial refunds
    external_code: str = ""
    extra: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RefundPreview:
    """What a partial refund of the given items would give back."""

    amount: Any  # Money; typed loosely to keep this seam free of display concerns
    items: tuple[tuple[str, int], ...] = ()
    refundable: tuple[tuple[str, int], ...] = ()  # (line_id, max quantity) still refundable


class PlatformAdapter(Protocol):
    """What the services need from a platform. Implementations translate errors into `PlatformError`."""

    platform: Platform
    policy: PlatformPolicy

    async def poll(self) -> PollResult:
        """Fetch new events (may return events already seen: the poller dedupes)."""
        ...

    async def acknowledge(self, events: Sequence[RawEvent]) -> None:
        """Tell the platform these events are stored (batched by the adapter as the platform requires)."""
        ...

    async def fetch_order(self, order_id: str) -> FetchedOrder:
        """Get an order's full details."""
        ...

    async def perform(self, request: ActionRequest) -> None:
        """Send a staff action. Raises `InvalidStateError` when the order is not in a state for it."""
        ...

    async def decrypt(self, order: Order, texts: Sequence[str]) -> dict[str, str]:
        """Decrypt `ENC_` texts of a self-delivery order (empty where the platform refuses)."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


@runtime_checkable
class StoreControls(Protocol):
    """What an adapter offers when its platform can be told to pause the store or switch dishes off.

    A platform offers what its spec's `StoreAbilities` says; the other call raises `PlatformRejectedError`.
    """

    async def set_store_open(self, open_: bool) -> None:
        """Take new orders again (`open_`) or pause them."""
        ...

    async def set_items_available(self, codes: Sequence[str], available: bool) -> None:
        """Switch the dishes with these codes (the platform's item ids) on or off."""
        ...

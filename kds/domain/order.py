"""The platform-neutral order: what the kitchen makes and what the customer paid.

The order *content* (`Order`) comes from the platform's order details and never changes by itself;
where the order stands (`OrderStatus`, in `states.py`) is folded from the platform's events.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from kds.domain.money import Money


class Platform(StrEnum):
    """Where an order comes from."""

    KEETA_OD = "keeta_od"
    KEETA_STD = "keeta_std"
    GOFOOD = "gofood"
    ZEEK = "zeek"
    FAKE = "fake"  # a platform that only tests and the training screens use


class OrderType(StrEnum):
    """How the food reaches the customer."""

    DELIVERY = "delivery"  # the platform's rider delivers
    PICKUP = "pickup"  # the customer collects at the counter
    SELF_DELIVERY = "self_delivery"  # the restaurant's own rider delivers
    DINE_IN = "dine_in"


class Details(StrEnum):
    """How much of an order's content KDS could read from the platform."""

    COMPLETE = "complete"  # the platform's order details, read and mapped
    PENDING = "pending"  # a placeholder: events arrived, the details could not be read yet (retrying)
    UNREADABLE = "unreadable"  # given up after the platform's deadline: only the events are known


class Timing(StrEnum):
    """When the order is wanted."""

    INSTANT = "instant"
    SCHEDULED = "scheduled"


@dataclass(frozen=True, slots=True)
class OrderKey:
    """Identifies an order across platforms."""

    platform: Platform
    order_id: str

    def __str__(self) -> str:
        return f"{self.platform.value}:{self.order_id}"

    @classmethod
    def parse(cls, text: str) -> OrderKey:
        """Inverse of `str(key)`."""
        platform, _, order_id = text.partition(":")
        return cls(Platform(platform), order_id)


Names = tuple[tuple[str, str], ...]
"""A name in several languages: (language code, name) pairs, as the platform sent them (``vi``, ``zh-HK``)."""


def _language_key(code: str) -> str:
    return code.replace("_", "-").lower()


def name_in(default: str, names: Names, language: str) -> str:
    """The name in `language` (``zh_HK`` and ``zh-HK`` alike), else in its main language, else `default`.

    `default` is the name chosen when the order arrived (the station's language, or any the item has),
    so an item always has a name whatever the screen or printer speaks.
    """
    if not names or not language:
        return default
    wanted = _language_key(language)
    keyed = {_language_key(code): name for code, name in names if name}
    if wanted in keyed:
        return keyed[wanted]
    main = wanted.split("-")[0]
    return next((name for code, name in keyed.items() if code.split("-")[0] == main), default)


def is_encrypted(value: str | None) -> bool:
    """True for a platform ciphertext (`ENC_…`) that needs batchDecrypt to read."""
    return bool(value) and str(value).startswith("ENC_")


@dataclass(frozen=True, slots=True)
class Option:
    """A chosen option or add-on of a line (extra cheese, no onion)."""

    name: str
    quantity: Decimal
    unit_price: Money
    total: Money
    note: str = ""
    external_code: str = ""
    names: Names = ()  # `name` in other languages, when the platform sends them

    def name_in(self, language: str) -> str:
        """The option's name in `language` where the platform gave one, else `name`."""
        return name_in(self.name, self.names, language)


@dataclass(frozen=True, slots=True)
class Line:
    """One item of the order with its options and notes."""

    line_id: str
    name: str
    quantity: Decimal
    unit_price: Money
    total: Money
    options: tuple[Option, ...] = ()
    note: str = ""
    external_code: str = ""
    unit: str = "UN"
    names: Names = ()  # `name` in other languages, when the platform sends them
    age_check: bool = False  # the customer's age must be checked at hand-over (alcohol, tobacco)
    category: str = ""  # the menu category the platform filed the item under, where it sends one (routing)

    def name_in(self, language: str) -> str:
        """The item's name in `language` where the platform gave one, else `name`."""
        return name_in(self.name, self.names, language)


class FeeKind(StrEnum):
    """Kinds of fee on an order."""

    DELIVERY = "delivery"
    SERVICE = "service"
    TIP = "tip"
    PACKAGING = "packaging"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Fee:
    """A fee charged on the order."""

    kind: FeeKind
    name: str
    amount: Money


@dataclass(frozen=True, slots=True)
class Discount:
    """A discount, with what it applies to and who pays for it."""

    amount: Money
    target: str = "cart"  # cart | delivery_fee | item
    sponsor: str = ""  # marketplace | merchant | chain
    target_line_id: str = ""


@dataclass(frozen=True, slots=True)
class Payment:
    """One way the order is paid."""

    method: str  # CREDIT, CASH, PIX, DIGITAL_WALLET, ...
    amount: Money
    prepaid: bool
    brand: str = ""
    change_for: Money | None = None


@dataclass(frozen=True, slots=True)
class Totals:
    """The order's totals as the platform computed them."""

    items: Money
    fees: Money
    discount: Money
    total: Money


@dataclass(frozen=True, slots=True)
class Customer:
    """The customer. `phone` may be masked or an `ENC_` ciphertext; it is never logged."""

    name: str = ""
    phone: str = ""
    orders_count: int | None = None
    family_name_first: bool = False  # the name is written family name first (Vietnamese, Chinese)

    @property
    def first_name(self) -> str:
        """The given name, which is what a ticket shows: one word, so the customer hears it called.

        Usually the first word; for a name written family name first (`family_name_first`) the last
        word, the one Vietnamese customers are called by ("Nguyễn Văn An" → "An"; "Nguyễn" would be
        the same for many customers at one counter).
        """
        words = self.name.split()
        if not words:
            return ""
        return words[-1] if self.family_name_first else words[0]


@dataclass(frozen=True, slots=True)
class Address:
    """A delivery address. Fields may be `ENC_` ciphertexts until decrypted for self-delivery."""

    formatted: str = ""
    street: str = ""
    number: str = ""
    complement: str = ""
    district: str = ""
    city: str = ""
    postal_code: str = ""
    reference: str = ""

    @property
    def encrypted(self) -> bool:
        """True while any field is still ciphertext."""
        return any(
            is_encrypted(v) for v in (self.formatted, self.number, self.complement, self.district, self.street)
        )


@dataclass(frozen=True, slots=True)
class Order:
    """An order's content, as the platform described it."""

    key: OrderKey
    display_id: str
    type: OrderType
    created_at: datetime
    lines: tuple[Line, ...]
    totals: Totals
    timing: Timing = Timing.INSTANT
    merchant_id: str = ""
    merchant_name: str = ""
    scheduled_start: datetime | None = None
    scheduled_end: datetime | None = None
    preparation_start: datetime | None = None
    promised_at: datetime | None = None  # estimated delivery or takeout time
    fees: tuple[Fee, ...] = ()
    discounts: tuple[Discount, ...] = ()
    payments: tuple[Payment, ...] = ()
    customer: Customer = field(default_factory=Customer)
    address: Address | None = None
    notes: str = ""
    pickup_code: str = ""
    tableware: bool | None = None
    language: str = ""
    details: Details = Details.COMPLETE
    number_tag: str = ""  # tells it apart from an earlier order with the same display id (`kds.domain.numbers`)
    # This order's own acceptance window where the platform's differs per outlet (GoFood's modes);
    # None means the platform's policy (`PlatformPolicy.accept_window`, `auto_accepts_on_timeout`).
    accept_window_seconds: float | None = None
    accepts_on_timeout: bool | None = None

    @property
    def placeholder(self) -> bool:
        """True when the details are not known (still retrying, or given up): only the events are."""
        return self.details is not Details.COMPLETE

    @property
    def number(self) -> str:
        """The display id as staff see and print it: with its `number_tag` when another order had it first."""
        return f"{self.display_id}·{self.number_tag}" if self.number_tag else self.display_id

    @property
    def currency(self) -> str:
        """The order's currency."""
        return self.totals.total.currency

    @property
    def item_count(self) -> Decimal:
        """Number of items (sum of line quantities)."""
        return sum((line.quantity for line in self.lines), Decimal(0))

    def line(self, line_id: str) -> Line | None:
        """The line with `line_id`, if any."""
        return next((line for line in self.lines if line.line_id == line_id), None)


def placeholder_order(key: OrderKey, created_at: datetime, *, display_id: str = "",
                      details: Details = Details.PENDING) -> Order:
    """A stand-in for an order whose details cannot be read yet.

    The board shows it at once, so staff can act on the platform's own tablet while KDS keeps asking.
    """
    nothing = Money.zero("XXX")  # ISO 4217 "no currency": the amounts are unknown, not zero
    return Order(key=key, display_id=display_id, type=OrderType.DELIVERY, created_at=created_at, lines=(),
                 totals=Totals(nothing, nothing, nothing, nothing), details=details)

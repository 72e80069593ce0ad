"""Money as Decimal with its currency; never float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


class CurrencyMismatchError(ValueError):
    """Two amounts in different currencies were combined."""


# Minor units per ISO 4217 where they differ from 2 (only those the platforms' markets use).
_MINOR_UNITS = {"IDR": 0, "VND": 0, "JPY": 0, "KRW": 0, "CLP": 0, "KWD": 3, "BHD": 3, "OMR": 3}


def minor_units(currency: str) -> int:
    """Number of decimal places used by `currency` (2 unless ISO 4217 says otherwise)."""
    return _MINOR_UNITS.get(currency.upper(), 2)


@dataclass(frozen=True, slots=True)
class Money:
    """An amount of money in one currency."""

    amount: Decimal
    currency: str

    @classmethod
    def of(cls, value: object, currency: str) -> Money:
        """Build from a wire value (str, int, float or Decimal); floats go through `repr` to stay exact."""
        if isinstance(value, Decimal):
            amount = value
        elif isinstance(value, float):
            amount = Decimal(repr(value))
        else:
            amount = Decimal(str(value))
        return cls(amount, currency.upper())

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        """Build from an integer count of minor units (e.g. cents)."""
        return cls(Decimal(minor).scaleb(-minor_units(currency)), currency.upper())

    @classmethod
    def zero(cls, currency: str) -> Money:
        """Zero in `currency`."""
        return cls(Decimal(0), currency.upper())

    def _check(self, other: Money) -> None:
        if other.currency != self.currency:
            raise CurrencyMismatchError(f"{self.currency} vs {other.currency}")

    def __add__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._check(other)
        return Money(self.amount - other.amount, self.currency)

    def __mul__(self, factor: Decimal | int) -> Money:
        return Money(self.amount * Decimal(factor), self.currency)

    __rmul__ = __mul__

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __bool__(self) -> bool:
        return self.amount != 0

    def rounded(self) -> Money:
        """Rounded half-up to the currency's minor units."""
        exp = Decimal(1).scaleb(-minor_units(self.currency))
        return Money(self.amount.quantize(exp, rounding=ROUND_HALF_UP), self.currency)

    def to_minor(self) -> int:
        """Integer minor units, rounded half-up."""
        return int(self.rounded().amount.scaleb(minor_units(self.currency)))

    def format(self) -> str:
        """Plain `CUR 12.34` text (locale-aware formatting belongs to the UI)."""
        return f"{self.currency} {self.rounded().amount:,}"

    def __str__(self) -> str:
        return self.format()


def total(amounts: list[Money] | tuple[Money, ...], currency: str) -> Money:
    """Sum of `amounts`, all in `currency` (zero when empty)."""
    result = Money.zero(currency)
    for amount in amounts:
        result = result + amount
    return result

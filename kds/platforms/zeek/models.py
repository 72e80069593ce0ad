"""Zeek's wire models: the `OrderCreateCallback` body and the API's answer envelope.

Fields follow the seed (`API Specification for ZeekSolutions - Circle K VN API Integration (Phase
5)`). Where it is silent we read leniently and say so: amounts arrive as JSON numbers or decimal
strings (read through `Decimal`, never float); ids as numbers or strings; a product's `name` is an
object by language (``vi``, ``en``, ``zh-HK``) or a plain string; unknown fields are kept.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

Amount = Decimal
Names = dict[str, str] | str


class _Wire(BaseModel):
    model_config = ConfigDict(extra="allow", coerce_numbers_to_str=True)


class OptionValue(_Wire):
    """A chosen value of an option; `price_adjustment` 1 adds `price`, 2 deducts it."""

    name: Names = ""
    price: Amount = Decimal(0)
    price_adjustment: int = 1
    quantity: Decimal = Decimal(1)


class ProductOption(_Wire):
    """An option group of a product (size, extras) with the values chosen."""

    name: Names = ""
    option_values: list[OptionValue] = []


class ComboItem(_Wire):
    """One item of a combo component."""

    product_id: str = ""
    name: Names = ""
    quantity: Decimal = Decimal(1)
    price: Amount = Decimal(0)


class ComboComponent(_Wire):
    """A component of a combo (main, drink) with the items chosen for it."""

    name: Names = ""
    items: list[ComboItem] = []


class Product(_Wire):
    """One line of the order."""

    product_id: str = ""
    name: Names = ""
    quantity: Decimal = Decimal(1)
    price: Amount = Decimal(0)
    is_alcohol: bool = False
    combo_components: list[ComboComponent] = []
    options: list[ProductOption] = []
    remark: str = ""


class Fee(_Wire):
    """The order's money, in `currency` (VND unless it says otherwise)."""

    currency: str = ""
    subtotal: Amount | None = None
    coupon_discount: Amount = Decimal(0)
    shipping_fee: Amount = Decimal(0)
    vat: Amount = Decimal(0)
    is_vat_included: bool = True
    total: Amount | None = None


class Schedule(_Wire):
    """`type` 1: realtime; 2: advanced, for `delivery_time`."""

    type: int = 1
    delivery_time: datetime | None = None


class Store(_Wire):
    """The Circle K store (and where it is)."""

    id: str = ""
    name: str = ""
    location: Any = None


class Customer(_Wire):
    """Who ordered. The phone is shown masked and never logged."""

    name: str = ""
    phone: str = ""


class Payment(_Wire):
    """How the customer paid (`method` as Zeek names it)."""

    method: str = ""


class Shipping(_Wire):
    """How the order leaves the store (`type` as Zeek sends it)."""

    type: str = ""


class OrderCreate(_Wire):
    """`OrderCreateCallback`: the whole order."""

    order_id: str
    order_time: datetime
    pickup_code: str = ""
    store: Store = Field(default_factory=Store)
    store_id: str = ""
    payment: Payment = Field(default_factory=Payment)
    schedule: Schedule = Field(default_factory=Schedule)
    shipping: Shipping = Field(default_factory=Shipping)
    remark: str | None = ""
    fee: Fee = Field(default_factory=Fee)
    customer: Customer = Field(default_factory=Customer)
    products: list[Product] = Field(min_length=1)

    @field_validator("order_time")
    @classmethod
    def _with_offset(cls, value: datetime) -> datetime:
        if value.tzinfo is None:
            raise ValueError("order_time has no offset")
        return value


class Answer(BaseModel):
    """Every answer of Zeek's API: ``{"error": 0, "data": …}`` or ``{"error": "40001", "error_msg": …}``."""

    model_config = ConfigDict(extra="allow")

    error: int | str = 0
    error_msg: str = ""
    data: Any = None

    @property
    def code(self) -> str:
        """The error code as text ("0" for success)."""
        return str(self.error).strip() or "0"

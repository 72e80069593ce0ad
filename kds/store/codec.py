"""JSON codec for the domain's frozen dataclasses (Decimal as text, datetimes as ISO 8601).

Written by hand (about a page) rather than pulling pydantic into the store: the domain stays
plain dataclasses, and this needs only their type hints.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from collections.abc import Callable
from datetime import datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar

from kds.domain.money import Money
from kds.store import jsontext

T = TypeVar("T")


_PLAIN = (str, int, float, bool, type(None))


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def _money_text(value: Money) -> str:
    # The commonest value in an order: one compact string ("BRL 12.50") instead of a nested object.
    return f"{value.currency} {value.amount}"


def to_data(value: Any) -> Any:
    """A JSON-ready structure for a domain value (the same structure `dumps` writes)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
    if kind is Money:
        return _money_text(value)
    if hasattr(kind, "__dataclass_fields__"):
        return {name: to_data(getattr(value, name)) for name in _field_names(kind)}
    if isinstance(value, Enum):
        return value.value
    if kind is Decimal:
        return str(value)
    if kind is datetime:
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


def _default(value: Any) -> Any:
    """`json` hook for what it cannot encode itself; the C encoder recurses into what this returns.

    Letting the C encoder walk the structure (instead of converting it in Python first) makes
    serialising an order several times faster, and ingest runs this for every stored order.
    """
    kind = type(value)
    if kind is Money:
        return _money_text(value)
    if hasattr(kind, "__dataclass_fields__"):
        return {name: getattr(value, name) for name in _field_names(kind)}
    if kind is Decimal:
        return str(value)
    if kind is datetime:
        return value.isoformat()
    if isinstance(value, frozenset | set):
        return list(value)
    if isinstance(value, Enum):
        return value.value
    raise TypeError(f"cannot store a {kind.__name__}")


Encoder = Callable[[Any], Any]
_PLAIN_TYPES = (str, int, float, bool)


def _is_plain(tp: Any) -> bool:
    """True for types the JSON writer takes as they are (also when optional): no conversion needed.

    Enums count: orjson writes an enum's value itself, and on the standard-library path `str`/`int`
    enums are strings and numbers while any other enum reaches `_default`.
    """
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return all(a is type(None) or _is_plain(a) for a in typing.get_args(tp))
    return tp in _PLAIN_TYPES or (isinstance(tp, type) and issubclass(tp, Enum))


def _expression(hint: Any, ref: str, name: str, namespace: dict[str, Any]) -> str:
    """Source of an expression encoding the field `ref` of type `hint`.

    Inline for the common cases (money, timestamps, optional values), else a call of the type's encoder
    bound as `name`.
    """
    if _is_plain(hint):
        return ref
    if hint is Money:
        return f'f"{{{ref}.currency}} {{{ref}.amount}}"'  # same text as `_money_text`
    if hint is datetime:
        return f"{ref}.isoformat()"
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return f"(None if {ref} is None else {_expression(args[0], ref, name, namespace)})"
    namespace[name] = _encoder(hint)
    return f"{name}({ref})"


@cache
def _encoder(tp: Any) -> Encoder:
    """A function turning a `tp` into JSON-ready values, generated once per type from its type hints.

    Orders are stored on every ingest; a generated function per dataclass (attribute reads and
    literal keys, no per-value type checks) serialises one about twice as fast as a `default` hook.
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _encoder(next(a for a in typing.get_args(tp) if a is not type(None)))
        return lambda v: None if v is None else inner(v)
    if origin in (tuple, frozenset, list):
        if _is_plain(typing.get_args(tp)[0]):
            return list
        item = _encoder(typing.get_args(tp)[0])
        return lambda v: [item(x) for x in v]
    if origin is dict:
        value = _encoder(typing.get_args(tp)[1])
        return lambda v: {str(k): value(x) for k, x in v.items()}
    if tp is Money:
        return _money_text
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        namespace: dict[str, Any] = {}
        parts = []
        for i, field in enumerate(dataclasses.fields(tp)):
            parts.append(f"{field.name!r}: {_expression(hints[field.name], f'v.{field.name}', f'e{i}', namespace)}")
        source = "def encode(v):\n    return {" + ", ".join(parts) + "}\n"
        exec(source, namespace)  # generated from our own dataclass field names only
        return typing.cast(Encoder, namespace["encode"])
    if isinstance(tp, type) and issubclass(tp, Enum):
        return lambda v: v.value
    if tp is Decimal:
        return str
    if tp is datetime:
        return lambda v: v.isoformat()
    return to_data  # anything else (e.g. `Any`): the generic path


def dumps(value: Any) -> str:
    """Serialise a domain value to compact JSON (same result as `json.dumps(to_data(value))`)."""
    if hasattr(type(value), "__dataclass_fields__"):
        encode: Encoder = _encoder(typing.cast(Any, type(value)))
        return jsontext.dumps(encode(value), _default)
    return jsontext.dumps(value, _default)


Decoder = Callable[[Any], Any]


def _money(data: Any) -> Money:
    if isinstance(data, str):
        currency, _, amount = data.partition(" ")
        return Money(Decimal(amount), currency)
    return Money(Decimal(data["amount"]), data["currency"])  # older rows stored an object


@cache
def _decoder(tp: Any) -> Decoder:
    """A function that rebuilds a `tp` from its JSON structure; built once per type.

    Loading the board decodes hundreds of orders, so the type analysis must not run per value.
    """
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        inner = _decoder(next(a for a in typing.get_args(tp) if a is not type(None)))
        return lambda d: None if d is None else inner(d)
    if origin is tuple:
        item = _decoder(typing.get_args(tp)[0])
        return lambda d: tuple(item(v) for v in d)
    if origin is frozenset:
        item = _decoder(typing.get_args(tp)[0])
        return lambda d: frozenset(item(v) for v in d)
    if origin is dict:
        value = _decoder(typing.get_args(tp)[1])
        return lambda d: {k: value(v) for k, v in d.items()}
    if tp is Money:
        return _money
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        fields = tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(tp))
        cls = tp

        def dataclass_decoder(d: Any) -> Any:
            return cls(**{name: decode(d[name]) for name, decode in fields if name in d})

        return dataclass_decoder
    if isinstance(tp, type) and issubclass(tp, Enum):
        return lambda d: d if d is None else tp(d)
    if tp is Decimal:
        return lambda d: d if d is None else Decimal(d)
    if tp is datetime:
        return lambda d: d if d is None else datetime.fromisoformat(d)
    return lambda d: d


def from_data(tp: Any, data: Any) -> Any:
    """Rebuild a value of type `tp` from `to_data` output."""
    return None if data is None else _decoder(tp)(data)


def loads(tp: type[T], text: str) -> T:
    """Parse JSON made by `dumps` back into a `tp`."""
    return typing.cast(T, from_data(tp, json.loads(text)))

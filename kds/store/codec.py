"""JSON codec for the domain's frozen dataclasses (Decimal as text, datetimes as ISO 8601).

Written by hand (about a page) rather than pulling pydantic into the store: the domain stays
plain dataclasses, and this needs only their type hints.
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


_PLAIN = (str, int, float, bool, type(None))


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in dataclasses.fields(cls))
    return names


def to_data(value: Any) -> Any:
    """A JSON-ready structure for a domain value (on the ingest hot path: dispatch on the exact type first)."""
    kind = type(value)
    if kind in _PLAIN:
        return value
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


_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_default)


def dumps(value: Any) -> str:
    """Serialise a domain value to compact JSON (same result as `json.dumps(to_data(value))`)."""
    return _ENCODER.encode(value)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_data(tp: Any, data: Any) -> Any:
    """Rebuild a value of type `tp` from `to_data` output."""
    if data is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return from_data(args[0], data)
    if origin is tuple:
        item_type = typing.get_args(tp)[0]
        return tuple(from_data(item_type, v) for v in data)
    if origin is dict:
        _, vt = typing.get_args(tp)
        return {k: from_data(vt, v) for k, v in data.items()}
    if origin is frozenset:
        (arg,) = typing.get_args(tp)
        return frozenset(from_data(arg, v) for v in data)
    if isinstance(tp, type):
        if dataclasses.is_dataclass(tp):
            hints = _hints(tp)
            kwargs = {f.name: from_data(hints[f.name], data[f.name])
                      for f in dataclasses.fields(tp) if f.name in data}
            return tp(**kwargs)
        if issubclass(tp, Enum):
            return tp(data)
        if tp is Decimal:
            return Decimal(data)
        if tp is datetime:
            return datetime.fromisoformat(data)
    return data


def loads(tp: type[T], text: str) -> T:
    """Parse JSON made by `dumps` back into a `tp`."""
    return typing.cast(T, from_data(tp, json.loads(text)))

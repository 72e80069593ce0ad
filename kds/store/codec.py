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


def to_data(value: Any) -> Any:
    """A JSON-ready structure for a domain value."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    return value


def dumps(value: Any) -> str:
    """Serialise a domain value to compact JSON."""
    return json.dumps(to_data(value), ensure_ascii=False, separators=(",", ":"))


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

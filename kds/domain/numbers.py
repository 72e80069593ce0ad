"""Telling apart orders that carry the same display number.

Platforms number their orders in short runs: two platforms both have a #1 today, and a platform
that restarts its counter gives out #1001 again. The first order with a number keeps it as it is;
an order whose number an earlier order of the last `REPEAT_WINDOW` already had gets a short tag
from the end of its platform order id ("#1001·b7"), everywhere the number appears.

The tag depends only on the order and the orders created before it, so it never changes once
given: the card, the drawer and a kitchen ticket printed an hour ago always agree.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta

from kds.domain.order import Order, OrderKey

REPEAT_WINDOW = timedelta(hours=24)
"""How far back an earlier order with the same number counts (history shows one day)."""

MIN_TAG = 2
"""The shortest tag: two characters of the platform's order id."""


def _source(key: OrderKey) -> str:
    """The characters a tag is cut from: the order id's letters and digits, after the platform's name."""
    return "".join(c for c in f"{key.platform.value}{key.order_id}" if c.isalnum()).lower()


def number_tag(key: OrderKey, created_at: datetime, same_number: Iterable[tuple[OrderKey, datetime]]) -> str:
    """The tag of order `key` (created at `created_at`) among the orders with its display number.

    Args:
        key: the order.
        created_at: when it was created.
        same_number: every order with the same display number, as (key, created at); the order
            itself may be among them.

    Returns:
        "" when no earlier order of the last `REPEAT_WINDOW` had the number; else the shortest end
        of its order id (at least `MIN_TAG` characters, lower case) that no earlier one ends with.
    """
    mine = (created_at, str(key))
    earlier = [_source(k) for k, at in same_number
               if k != key and (at, str(k)) < mine and at >= created_at - REPEAT_WINDOW]
    if not earlier:
        return ""
    source = _source(key)
    for length in range(MIN_TAG, len(source) + 1):
        tail = source[-length:]
        if all(other[-length:] != tail for other in earlier):
            return tail
    return str(key)  # ids that differ only in case or punctuation: the whole key, which no tail can equal


def with_number_tag(order: Order, tag: str) -> Order:
    """`order` as staff see and print it, with `tag` (`number_tag`). Never store the result."""
    return order if tag == order.number_tag else replace(order, number_tag=tag)

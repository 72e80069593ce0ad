"""Order details that cannot be read yet: the first `/order/get` answers of an order spoiled on purpose.

Right after a 1001 webhook Keeta may not have an order's details ready, or answer them badly. The
simulator plays that for orders spoiled on demand (`KeetaStdSimState.spoil`, `create_order(...,
bad_gets=)`) or for a share of new orders (`SimConfig.bad_get_rate`): each of the order's next
GETs is answered in one of these kinds, in turn, before the true answer comes:

=================  ==================================================================================
kind               answer
=================  ==================================================================================
``incomplete``     code 0, but `data.orderInfo` lacks `products` (the first time) or `feeDtl` (the next)
``not_found``      code 209000101 "order does not exist" (not there yet, a moment after the webhook)
``malformed``      HTTP 200 with the envelope's JSON cut off halfway
``system_error``   code 309000000 "system error"
``unavailable``    HTTP 503 from Keeta's gateway (an HTML page, no envelope)
=================  ==================================================================================

A spoiled GET is judged like any other first (signature, token, the order's ids), so a bad call is
still refused for what it is and does not use up a spoiled answer.
"""

from __future__ import annotations

import json
import random
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kds.simulator.keeta_std.orders import SimOrder

BAD_GET_KINDS = ("incomplete", "not_found", "malformed", "system_error", "unavailable")

NOT_FOUND_CODE = 209000101
SYSTEM_ERROR_CODE = 309000000
NO_ENVELOPE = -1
"""`ActionCall.code` of an answer that carried no readable envelope (truncated JSON, HTTP 503)."""

_GATEWAY_PAGE = b"<html><head><title>503 Service Temporarily Unavailable</title></head><body><center>" \
                b"<h1>503 Service Temporarily Unavailable</h1></center></body></html>"


@dataclass(frozen=True, slots=True)
class Answer:
    """One HTTP answer of the simulator: status, body bytes and content type."""

    status: int
    body: bytes
    content_type: str = "application/json"

    @classmethod
    def of(cls, envelope: dict[str, Any]) -> Answer:
        """HTTP 200 carrying `envelope` as compact JSON (what Keeta sends)."""
        return cls(200, encode(envelope))

    def json(self) -> Any:
        """The body as JSON (raises ValueError for a body that is not JSON)."""
        return json.loads(self.body)


def encode(envelope: dict[str, Any]) -> bytes:
    """An envelope as the wire carries it."""
    return json.dumps(envelope, ensure_ascii=False, separators=(",", ":")).encode()


class SpoiledAnswer(Exception):  # noqa: N818 - not an error of the simulator: a bad answer it means to give
    """Raised by the `/order/get` handler to answer a spoiled GET with `answer` instead of the order."""

    def __init__(self, kind: str, answer: Answer, code: int) -> None:
        """`code` is the envelope code sent (`NO_ENVELOPE` when none could be read)."""
        super().__init__(kind)
        self.kind = kind
        self.answer = answer
        self.code = code


def check_kinds(kinds: Sequence[str]) -> tuple[str, ...]:
    """`kinds` as a tuple; raises ValueError for none or for kinds the simulator does not know."""
    if not kinds:
        raise ValueError("at least one bad GET kind is needed")
    if unknown := sorted(set(kinds) - set(BAD_GET_KINDS)):
        raise ValueError(f"unknown bad GET kinds: {unknown} (known: {', '.join(BAD_GET_KINDS)})")
    return tuple(kinds)


class BadGets:
    """Which GETs of which orders are spoiled, and how. Not thread-safe: the platform's lock is held."""

    def __init__(self, rate: float, gets: int, kinds: Sequence[str], rng: random.Random) -> None:
        """A share `rate` of new orders answers its first `gets` GETs badly, in `kinds` in an order drawn from `rng`.

        `rng` is a stream of its own, so spoiling never changes the orders generated.
        """
        self.rate, self.gets, self.kinds, self.rng = rate, gets, check_kinds(kinds), rng

    def placed(self, order: SimOrder) -> None:
        """Draw whether a new order is spoiled (`rate`)."""
        if self.rate and self.gets and self.rng.random() < self.rate:
            self.spoil(order, self.gets, self.rng.sample(self.kinds, len(self.kinds)))

    @staticmethod
    def spoil(order: SimOrder, gets: int, kinds: Sequence[str]) -> None:
        """The order's next `gets` GETs are answered badly, in `kinds` in turn."""
        if gets < 0:
            raise ValueError("gets cannot be negative")
        order.bad_gets, order.bad_kinds, order.bad_turn = gets, check_kinds(kinds), 0

    @staticmethod
    def next_kind(order: SimOrder) -> str | None:
        """The kind of bad answer the order's GET gets now (one fewer left), or None for the truth."""
        if order.bad_gets <= 0:
            return None
        order.bad_gets -= 1
        kind = order.bad_kinds[order.bad_turn % len(order.bad_kinds)]
        order.bad_turn += 1
        order.bad_sent.append(kind)
        return kind


def spoiled(kind: str, order: SimOrder, data: dict[str, Any]) -> SpoiledAnswer:
    """The bad answer of `kind` to a GET whose true `data` is `{"orderInfo": ...}`.

    `order.bad_sent` already counts it.
    """
    if kind == "incomplete":
        # Lacking the products the first time, the fee details the next: each on its own must be caught.
        missing = "products" if order.bad_sent.count("incomplete") % 2 else "feeDtl"
        info = {k: v for k, v in data["orderInfo"].items() if k != missing}
        return SpoiledAnswer(kind, Answer.of({"code": 0, "message": "Success", "data": {"orderInfo": info}}), 0)
    if kind == "not_found":
        envelope = {"code": NOT_FOUND_CODE, "message": "order does not exist"}
        return SpoiledAnswer(kind, Answer.of(envelope), NOT_FOUND_CODE)
    if kind == "system_error":
        envelope = {"code": SYSTEM_ERROR_CODE, "message": "system error"}
        return SpoiledAnswer(kind, Answer.of(envelope), SYSTEM_ERROR_CODE)
    if kind == "malformed":
        text = encode({"code": 0, "message": "Success", "data": data}).decode()
        return SpoiledAnswer(kind, Answer(200, text[: len(text) // 2].encode()), NO_ENVELOPE)  # cut off mid-answer
    if kind == "unavailable":
        return SpoiledAnswer(kind, Answer(503, _GATEWAY_PAGE, "text/html"), NO_ENVELOPE)
    raise ValueError(f"unknown bad GET kind {kind!r}")  # pragma: no cover - check_kinds lets none through

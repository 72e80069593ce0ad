"""The simulated Keeta Standard platform as tests and demos drive it: the on-demand API.

One thread-safe object shared by the HTTP app (`api.py` answers the Standard endpoints through
it), the webhook sender and tests. Every public method first brings the platform up to date
(`tick`), so a test that advances a fake clock sees exactly what Keeta would have done meanwhile.
The platform's own behaviour lives in `platform.py`.
"""

from __future__ import annotations

import secrets
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from kds.domain.order import OrderType
from kds.simulator.keeta_std import catalog
from kds.simulator.keeta_std.api import on_tablet
from kds.simulator.keeta_std.catalog import DishSpec
from kds.simulator.keeta_std.orders import NEW, REFUNDABLE, ItemSpec, SimOrder
from kds.simulator.keeta_std.platform import OP_CUSTOMER, ActionCall, SimPlatform


@dataclass(frozen=True, slots=True)
class OrderSnapshot:
    """Where an order stands on the platform, for assertions and demos."""

    order_id: str
    shop_id: int
    kind: OrderType
    status: int
    history: tuple[str, ...]
    courier_status: int | None
    cancelled_by: str
    cancel_code: str
    refund_pending: bool
    refunded_money: int
    refund_outcomes: tuple[str, ...]
    paid: int
    refundable: dict[str, int]



class KeetaStdSimState(SimPlatform):
    """The platform plus the on-demand API. Thread-safe: the server thread and tests share it."""

    # -- on-demand API (tests and demos) -----------------------------------------------------------

    def create_order(self, kind: OrderType | str = OrderType.DELIVERY, *, items: Sequence[ItemSpec | str] | None = None,
                     shop_id: int | None = None, scheduled: bool = False, bad_gets: int = 0,
                     bad_kinds: Sequence[str] = ("incomplete",)) -> str:
        """Place an order now (kind: delivery | pickup | self_delivery; items: `ItemSpec`s or dish names).

        Its first `bad_gets` `/order/get` calls are answered badly, in `bad_kinds` in turn (see `spoil`).
        """
        specs = None if items is None else [i if isinstance(i, ItemSpec) else ItemSpec(_dish(i)) for i in items]
        with self.lock:
            now = self.tick()
            order = self._new_order(now, OrderType(kind), scheduled=scheduled, items=specs, shop_id=shop_id)
            if bad_gets:
                self.bad_gets.spoil(order, bad_gets, bad_kinds)
            return str(order.order_id)

    def spoil(self, order_id: str, gets: int = 1, kinds: Sequence[str] = ("incomplete",)) -> None:
        """Answer the order's next `gets` `/order/get` calls badly, in `kinds` in turn.

        Kinds: "incomplete", "not_found", "malformed", "system_error", "unavailable" (see `badgets.py`). A
        huge `gets` makes an order nobody can ever read; 0 heals it.
        """
        with self.lock:
            self.tick()
            self.bad_gets.spoil(self._order(order_id), gets, kinds)

    def bad_gets_sent(self, order_id: str | None = None, kind: str | None = None) -> int:
        """How many `/order/get` calls were answered badly on purpose (of one order, of one kind)."""
        return sum(1 for c in self.calls(order_id, "order/get") if c.spoiled and kind in (None, c.spoiled))

    def read_at(self, order_id: str) -> datetime | None:
        """When the order's details were first answered truly by `/order/get` (None: never yet)."""
        with self.lock:
            return self._order(order_id).read_at

    def request_refund(self, order_id: str, *, items: Sequence[tuple[str, int]] | None = None,
                       reason: str = "Item missing 漏咗嘢", status: int | None = None) -> str:
        """The customer asks for a refund of everything (1005) or of `items` ((orderProductId, count), 1007).

        `status` is the code the request carries (default: `SimConfig.refund_request_status` or
        `part_refund_request_status`); one KDS does not know plays Keeta's unpublished table.
        Returns the after-sale id. Raises ValueError when the order cannot take a request now.
        """
        with self.lock:
            now = self.tick()
            order = self._order(order_id)
            if order.status not in REFUNDABLE or order.pending_refund is not None:
                raise ValueError(f"order {order_id} cannot take a refund request in status {order.status}")
            products = None
            if items:
                products = []
                for line_id, count in items:
                    product = order.product(int(line_id))
                    if product is None or not 0 < count <= product.refundable:
                        raise ValueError(f"order {order_id}: cannot refund {count} of {line_id}")
                    products.append((product, count))
            return str(self.apply_refund(order, now, products, reason, status).after_sale_id)

    def set_refund_status(self, order_id: str, status: int) -> None:
        """The pending refund request of `order_id` moves to `status` and still waits for an answer.

        A 1005/1007 webhook tells of the new status. Raises ValueError when no request is pending.
        """
        with self.lock:
            now = self.tick()
            order = self._order(order_id)
            case = order.pending_refund
            if case is None:
                raise ValueError(f"order {order_id} has no pending refund request")
            self.refund_status(order, case, now, status)

    def customer_cancel(self, order_id: str, reason: str = "Ordered by mistake") -> None:
        """The customer cancels an order the restaurant has not accepted yet (1004, opType 10)."""
        with self.lock:
            now = self.tick()
            order = self._order(order_id)
            if order.status != NEW:
                raise ValueError(f"order {order_id} cannot be cancelled by the customer in status {order.status}")
            self.cancel(order, now, OP_CUSTOMER, reason)

    def act_on_tablet(self, order_id: str, action: str, **fields: Any) -> int:
        """Do `action` ("order/confirm", ...) as the merchant's own Keeta tablet would.

        The app's next call then finds it already done. Returns the code the tablet got (0 = done).
        """
        return on_tablet(self, order_id, action, **fields)

    def fail_next(self, action: str, code: int, times: int = 1) -> None:
        """Answer the next `times` calls of `action` (e.g. "order/confirm") with envelope `code`."""
        with self.lock:
            self.faults.setdefault(action, deque()).extend([code] * times)

    def issue_authorization_code(self) -> str:
        """A one-time code, as the merchant's authorization page would hand the app."""
        with self.lock:
            code = secrets.token_urlsafe(16)
            self.auth_codes.add(code)
            return code

    def calls(self, order_id: str | None = None, action: str | None = None) -> list[ActionCall]:
        """API calls received, oldest first (optionally of one order and/or one action, e.g. "order/confirm")."""
        with self.lock:
            return [c for c in self._calls
                    if (order_id is None or c.order_id == order_id) and (action is None or c.action == action)]

    def order_state(self, order_id: str) -> OrderSnapshot:
        """Where an order stands (raises `KeyError` for an unknown id)."""
        with self.lock:
            self.tick()
            o = self._order(order_id)
            return OrderSnapshot(str(o.order_id), o.shop_id, o.kind, o.status, tuple(o.history), o.courier_status,
                                 o.cancelled_by, o.cancel_code, o.pending_refund is not None, o.refunded_money,
                                 tuple(c.outcome for c in o.refunds if c.outcome), o.paid,
                                 {str(p.order_product_id): p.refundable for p in o.products})

    def order_ids(self) -> list[str]:
        """Every order id, oldest first."""
        with self.lock:
            self.tick()
            return list(self.orders)

    def _order(self, order_id: str) -> SimOrder:
        order = self.orders.get(str(order_id))
        if order is None:
            raise KeyError(order_id)
        return order


def _dish(name: str) -> DishSpec:
    for dish in catalog.MENU:
        if dish.name == name:
            return dish
    raise KeyError(name)


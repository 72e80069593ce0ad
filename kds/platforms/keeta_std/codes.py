"""Keeta Standard's numeric codes: order, delivery, logistics and refund states, op types, reasons.

Only 30 (accepted) and 50 (cancelled) are confirmed order states, and the cancel, reject and
partial-refund codes are Keeta's [C]. Everything else here is our reading [I] (platform-apis.md §6
item 5): Keeta's pages give examples (logisticsStatus 10, refund status 2001, partial refund 5001,
applyOpType 10, handleOpType 20) but no tables. The simulator speaks the same tables; a recorded
real payload that disagrees is fixed here, in one place.
"""

from __future__ import annotations

from enum import IntEnum


class EventId(IntEnum):
    """Webhook event ids [C]."""

    ORDER_PLACED = 1001
    ORDER_ACCEPTED = 1002
    ORDER_COMPLETED = 1003
    ORDER_CANCELLED = 1004
    REFUND_STATUS = 1005
    COURIER_STATUS = 1006
    PART_REFUND_STATUS = 1007


class OrderStatus(IntEnum):
    """`baseOrder.status` and the `status` of 1002-1004: 30 and 50 [C], the rest [I]."""

    NEW = 10
    ACCEPTED = 30
    PREPARED = 35
    DELIVERING = 37
    COMPLETED = 40
    CANCELLED = 50


class DeliveryType(IntEnum):
    """`baseOrder.deliveryType` [I]: who takes the food to the customer."""

    KEETA = 1
    PICKUP = 2
    MERCHANT = 3


class LogisticsStatus(IntEnum):
    """1006 `logisticsStatus` [I] (10 seen in Keeta's example)."""

    ASSIGNED = 10
    ARRIVING = 15
    ARRIVED = 20
    PICKED_UP = 30
    DELIVERED = 40
    CANCELLED = 100


RIDER_STATUS = {
    LogisticsStatus.ASSIGNED: "assigned",
    LogisticsStatus.ARRIVING: "arriving",
    LogisticsStatus.ARRIVED: "arrived",
    LogisticsStatus.PICKED_UP: "picked_up",
    LogisticsStatus.DELIVERED: "delivered",
    LogisticsStatus.CANCELLED: "cancelled",
}
"""`RiderInfo.status` for each logistics status."""


class OpType(IntEnum):
    """Who did it (1004 `opType`, 1005/1007 `applyOpType`/`handleOpType`) [I; 10 and 20 seen]."""

    SYSTEM = 0
    CUSTOMER = 10
    MERCHANT = 20
    PLATFORM = 30


ACTORS = {OpType.SYSTEM: "system", OpType.CUSTOMER: "customer", OpType.MERCHANT: "merchant",
          OpType.PLATFORM: "platform"}
"""`OrderEvent.actor` for each op type."""


class RefundStatus(IntEnum):
    """1005 `status`: a customer's full-refund request (after-sale order) [I; 2001 seen]."""

    APPLIED = 2001  # the customer asks; the merchant has 15 minutes to answer
    AGREED = 2002  # the merchant agreed: refunded
    REJECTED = 2003  # the merchant rejected
    WITHDRAWN = 2004  # the customer withdrew the request
    AUTO_REFUNDED = 2005  # nobody answered in time: refunded
    PLATFORM_REFUNDED = 2006  # Keeta refunded after the customer appealed a rejection
    FAILED = 2007  # the refund could not be paid out


class PartRefundStatus(IntEnum):
    """1007 `status`: partial refunds [I; 5001 seen].

    5001-5005 mirror 1005 for a customer's request for some items; 5010/5011 report a partial
    refund the merchant made itself (`/order/refund/part/apply`), which needs no answer.
    """

    APPLIED = 5001
    AGREED = 5002
    REJECTED = 5003
    WITHDRAWN = 5004
    AUTO_REFUNDED = 5005
    MERCHANT_REFUNDED = 5010
    MERCHANT_REFUND_FAILED = 5011


REFUND_DONE = frozenset({RefundStatus.AGREED, RefundStatus.AUTO_REFUNDED, RefundStatus.PLATFORM_REFUNDED,
                         PartRefundStatus.AGREED, PartRefundStatus.AUTO_REFUNDED})
REFUND_NOT_DONE = frozenset({RefundStatus.REJECTED, RefundStatus.WITHDRAWN, RefundStatus.FAILED,
                             PartRefundStatus.REJECTED, PartRefundStatus.WITHDRAWN})

CANCEL_CODES = frozenset({"500000", "500001", "500002", "500003"})
"""`/order/cancel` `cancelCode` [C]; 500000 ("other") needs a `cancelReason`."""

REJECT_CODES = frozenset({"100000", "100001", "100002"})
"""`/order/reject` `rejectCode` [C]: other (reason required), meal already prepared, delivery started."""

PART_REFUND_TYPES = frozenset({"200000", "200001", "200002", "200003", "200004"})
"""`/order/refund/part/apply` `partRefundType` [C]; 200000 ("other") needs a `partRefundReason`."""

CODES_NEEDING_TEXT = frozenset({"500000", "100000", "200000"})
"""Reason codes Keeta rejects without a reason text."""

"""`kds --headless`: the engine without a window, printing one line per ticket change."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sys
from typing import TextIO

from kds.domain.changes import Changes
from kds.domain.deadlines import ClockKind, current_clock, format_clock
from kds.domain.order import Details, OrderKey
from kds.services.orders import Ticket
from kds.startup.runtime import Runtime

log = logging.getLogger(__name__)


class TicketPrinter:
    """Prints a line whenever a ticket's stage, pending request or action states change."""

    def __init__(self, runtime: Runtime, out: TextIO = sys.stdout) -> None:
        """Print changes of `runtime`'s tickets to `out`."""
        self.runtime = runtime
        self.out = out
        self._last: dict[OrderKey, tuple[object, ...]] = {}
        self._health: dict[str, tuple[object, ...]] = {}

    def on_changes(self, changes: Changes) -> None:
        """Bus listener."""
        for key in sorted(changes.orders, key=str):
            ticket = self.runtime.engine.orders.ticket(key)
            if ticket is not None:
                self._print_ticket(ticket)
        for health in self.runtime.engine.health():
            if health.polled_by is not None:  # another station polls it (a shared store)
                if self._health.get(health.platform.value) != ("standby", health.polled_by):
                    self._health[health.platform.value] = ("standby", health.polled_by)
                    self._line(f"-- {health.platform.value}: polled by {health.polled_by or 'another station'}")
                continue
            state = (health.problem, health.may_miss_orders)
            if health.last_attempt is None:
                continue  # not polled yet
            if self._health.get(health.platform.value) != state:
                self._health[health.platform.value] = state
                if health.problem:
                    self._line(f"!! {health.platform.value}: {health.problem.value}: {health.message}"
                               + ("  (ORDERS MAY BE MISSED)" if health.may_miss_orders else ""))
                elif health.last_ok is not None:
                    self._line(f"ok {health.platform.value}: polling")

    def _print_ticket(self, ticket: Ticket) -> None:
        status = ticket.status
        actions = tuple((r.action.value, r.state.value) for r in ticket.actions)
        order = ticket.order
        signature = (status.stage, status.refund_request is not None, status.cancellation_requested, actions,
                     order.details)
        if self._last.get(ticket.key) == signature:
            return
        before = self._last.get(ticket.key)
        self._last[ticket.key] = signature
        if order.placeholder:
            # Not a ticket yet: the order is known from its events only. NEW comes once it is read.
            label = f"{ticket.policy.label} #{order.number or '…' + order.key.order_id[-4:]}"
            if order.details is Details.PENDING:
                self._line(f"WAIT    {label} details not readable yet, retrying ({order.key.order_id})")
            else:
                self._line(f"!!      {label} order details unreadable at the platform's deadline: acknowledged; "
                           f"check it on the platform's tablet ({order.key.order_id})")
            return
        if before is not None and before[4] is not Details.COMPLETE:
            before = None  # the placeholder was never a NEW line
        now = self.runtime.engine.orders.now(order.key.platform)
        clock = current_clock(order, status, ticket.policy, now)
        clock_text = "" if clock.kind is ClockKind.NONE else f" {clock.kind.value} {format_clock(clock.seconds)}"
        items = ", ".join(f"{line.quantity:g}x {line.name}" for line in order.lines)
        label = f"{ticket.policy.label} #{order.number} {order.type.value}"
        if order.timing.value == "scheduled":
            label += " scheduled"
        if before is None:
            self._line(f"NEW     {label} {status.stage.name}{clock_text} | {items}")
            return
        extra = ""
        if status.refund_request is not None:
            unknown = status.refund_request.unknown_status
            extra = " refund requested" + (f" (status {unknown})" if unknown else "")
        if status.stage.name == "CANCELLED":
            extra = f" ({status.cancel_code or status.cancel_reason or 'cancelled'})"
        acts = " ".join(f"{a}={s}" for a, s in actions)
        self._line(f"CHANGE  {label} {status.stage.name}{extra}{clock_text}" + (f" [{acts}]" if acts else ""))

    def _line(self, text: str) -> None:
        stamp = self.runtime.clock.now().strftime("%H:%M:%S")
        print(f"{stamp} {text}", file=self.out, flush=True)


async def run_headless(runtime: Runtime, run_for: float | None) -> int:
    """Run the engine until `run_for` seconds pass or SIGINT/SIGTERM arrives."""
    printer = TicketPrinter(runtime)
    runtime.engine.bus.subscribe(printer.on_changes)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    for line in runtime.demo_banner:  # each simulator says where it runs (kds.simulator.spec.RunningDemo)
        printer._line(f"demo: {line}")
    if runtime.demo:
        printer._line(f"demo: platform time runs x{runtime.time_scale:g}")
    await runtime.start()
    try:
        if run_for is None:
            await stop.wait()
        else:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(stop.wait(), run_for)
    finally:
        await runtime.stop()
    return 0

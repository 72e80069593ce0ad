"""The print queue: each document printed once, failures retried and shown, reprints stamped.

Every job goes through the ledger first (`jobs.Ledger`, kept in the store): its key (order, kind,
revision, printer it was routed to) is unique, so an automatic print fires once even across restarts.
A job is marked `sending` (committed) before its bytes leave and `done` after the printer answered; a
job found `sending` at start-up was cut off by a crash: it becomes "may have printed" and waits for
staff, never silently sent again. A failure before any byte left is retried as is; after bytes may
have reached the paper, the next attempt is stamped so the kitchen never gets an unmarked duplicate.

Each printer has one worker task and one thread (`ThreadPoolExecutor(max_workers=1)`): rendering and
all printer I/O run in that thread, so the event loop (and the Qt thread under qasync) never waits on a
printer, and two jobs never interleave their bytes on one printer. Operations return `Changes` and
publish them to subscribers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Collection, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo

from kds.clock import Clock
from kds.domain.changes import Changes
from kds.domain.events import RefundItem
from kds.domain.money import Money
from kds.domain.order import Order, OrderKey, Platform
from kds.domain.riders import Rider
from kds.domain.routing import Routing
from kds.domain.states import OrderStatus
from kds.printing.config import AutoPrint, PrinterConfig, PrintSettings, StatusQuery
from kds.printing.document import DocKind, TicketDoc, from_json, to_json
from kds.printing.fonts import FontNotFoundError
from kds.printing.jobs import JobRecord, JobState, Ledger, PrintJob
from kds.printing.labels import CATALOGUE, ENGLISH, labels_in
from kds.printing.layout import (
    cancel_slip,
    delivery_slip,
    kitchen_ticket,
    platform_labels,
    receipt,
    refund_slip,
)
from kds.printing.options import ProfileError
from kds.printing.samples import test_page
from kds.printing.sender import PrintError, SendOutcome, probe, send
from kds.printing.transports import UNKNOWN, PrinterStatus, Transport

log = logging.getLogger(__name__)

RESENT = CATALOGUE[ENGLISH]["resent"]  # "REPRINT (resent)" fits one double-width line on 58 mm paper
TransportFactory = Callable[[PrinterConfig], Transport]


def reprint_stamp(number: int, word: str = CATALOGUE[ENGLISH]["reprint"]) -> str:
    """The stamp on the `number`th reprint of a document ("REPRINT #2", `word` in the printer's language)."""
    return f"{word} #{number}"


@dataclass(frozen=True, slots=True)
class Backoff:
    """Retry delays: `first`, times `factor` per attempt, at most `cap`; after `max_attempts` staff retries."""

    first: float = 2.0
    factor: float = 2.0
    cap: float = 60.0
    max_attempts: int = 8

    def delay(self, attempts: int) -> float:
        """Seconds to wait after `attempts` failed attempts."""
        return float(min(self.cap, self.first * self.factor ** max(0, attempts - 1)))


@dataclass(slots=True)
class PrinterHealth:
    """What the status bar shows for one printer."""

    name: str
    status: PrinterStatus = UNKNOWN
    reachable: bool | None = None  # None until a job or a probe has tried
    last_error: str = ""
    last_ok: datetime | None = None
    consecutive_failures: int = 0
    answers_status: bool = False  # learned: this printer answers DLE EOT


@dataclass(slots=True)
class _Worker:
    config: PrinterConfig
    executor: ThreadPoolExecutor
    health: PrinterHealth
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    task: asyncio.Task[None] | None = None


def order_document(order: Order, kind: DocKind, settings: PrintSettings, labels: Mapping[str, str], language: str,
                   tz: tzinfo, *, printer: PrinterConfig | None = None, status: OrderStatus | None = None,
                   rider: Rider | None = None, routing: Routing | None = None,
                   sold_out: Collection[tuple[Platform, str]] = ()) -> TicketDoc:
    """The document of `kind` for `order`, in `language`, as `printer` prints it (the queue's and a preview's).

    `routing` is the restaurant's: a kitchen station's printer prints only that station's lines.
    `sold_out` holds the dish entries sold out now: the kitchen ticket marks their lines.
    """
    if kind is DocKind.DELIVERY:
        return delivery_slip(order, rider, tz=tz, labels=labels, language=language)
    if kind is DocKind.KITCHEN:
        return kitchen_ticket(order, tz=tz, station=printer.station if printer else "", labels=labels,
                              language=language, routing=routing, sold_out=sold_out)
    if kind is DocKind.RECEIPT:
        return receipt(order, tz=tz, header=settings.store.header(), labels=labels, language=language)
    if kind is DocKind.CANCEL:
        return cancel_slip(order, status, tz=tz, labels=labels, language=language)
    raise ValueError(f"a {kind} document needs more than the order")


def default_transport(config: PrinterConfig) -> Transport:
    """The transport a configured printer uses."""
    return config.transport()


class PrintQueue:
    """Prints documents on the configured printers, once each, with a ledger for restarts."""

    def __init__(self, ledger: Ledger, settings: PrintSettings, clock: Clock, *, backoff: Backoff | None = None,
                 transport_factory: TransportFactory = default_transport,
                 platform_names: Mapping[Platform, str] | None = None, language: str = ENGLISH,
                 shared: bool = False) -> None:
        """Build the queue; `start()` recovers interrupted jobs and starts one worker per printer.

        `shared`: the ledger is shared with other stations (each runs the queue of its own printers,
        the ones in its `settings`; a job on another station's printer is left to that station).

        `platform_names` is what each platform is called on paper (`kds.platforms.registry.LABELS`);
        printing itself knows no platform by name (`kds.printing.layout`). `language` is what a printer
        without a language of its own prints in: the screen's (the window keeps it up to date).
        """
        self.language = language
        self.routing: Callable[[], Routing] = Routing
        """The restaurant's routing to kitchen stations, as it stands (the runtime gives the shared store's)."""
        self.ledger = ledger
        self.platform_names = dict(platform_names or {})
        self.settings = settings
        self.clock = clock
        self.backoff = backoff or Backoff()
        self.transport_factory = transport_factory
        self.tz = settings.tz()
        self._workers: dict[str, _Worker] = {}
        self._listeners: list[Callable[[Changes], None]] = []
        self._health_listeners: list[Callable[[PrinterHealth], None]] = []
        self._closing = False
        self.sold_out: Callable[[], Collection[tuple[Platform, str]]] = frozenset
        """The dish entries sold out now (the runtime hands the engine's `SoldOutService.entries`)."""
        self.shared = shared

    # --- lifecycle --------------------------------------------------------------------------------

    async def start(self) -> Changes:
        """Mark jobs cut off by a crash as "may have printed", then start the printer workers."""
        now = self.clock.now()
        # Only this station's printers: a job another station is sending now is not ours to doubt.
        interrupted = self.ledger.recover_interrupted(now, [c.name for c in self.settings.printers])
        for job_id in interrupted:
            log.warning("print job %s was interrupted while sending: may have printed", job_id)
        for config in self.settings.printers:
            executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"kds-printer-{config.name}")
            worker = _Worker(config, executor, PrinterHealth(config.name))
            worker.task = asyncio.get_running_loop().create_task(self._run(worker), name=f"printer:{config.name}")
            self._workers[config.name] = worker
        orphans = [] if self.shared else [j.id for j in self.ledger.in_states([JobState.QUEUED, JobState.FAILED])
                                          if j.printer not in self._workers]
        for job_id in orphans:
            self.ledger.mark_failed(job_id, now, "printer no longer configured", partial=False, retry_at=None)
        return self._publish(Changes(print_jobs=frozenset(interrupted) | frozenset(orphans)))

    async def close(self, grace: float = 5.0) -> None:
        """Stop the workers: a job being sent gets `grace` seconds to finish, then is left "sending"."""
        self._closing = True
        tasks = [w.task for w in self._workers.values() if w.task is not None]
        for worker in self._workers.values():
            worker.wake.set()
        if tasks:
            _, pending = await asyncio.wait(tasks, timeout=grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)
        for worker in self._workers.values():
            worker.executor.shutdown(wait=False, cancel_futures=True)
        self._workers.clear()

    def subscribe(self, listener: Callable[[Changes], None]) -> Callable[[], None]:
        """Call `listener` with the `Changes` of every job update; returns the unsubscribe function."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def subscribe_health(self, listener: Callable[[PrinterHealth], None]) -> Callable[[], None]:
        """Call `listener` whenever a printer's health changes; returns the unsubscribe function."""
        self._health_listeners.append(listener)
        return lambda: self._health_listeners.remove(listener) if listener in self._health_listeners else None

    def _publish(self, changes: Changes) -> Changes:
        if changes:
            for listener in list(self._listeners):
                try:
                    listener(changes)
                except Exception:
                    log.exception("print job listener failed")
        return changes

    def _publish_health(self, health: PrinterHealth) -> None:
        for listener in list(self._health_listeners):
            try:
                listener(health)
            except Exception:
                log.exception("printer health listener failed")

    # --- documents --------------------------------------------------------------------------------

    @property
    def labels(self) -> dict[str, str]:
        """The documents' labels: the settings' own over the platforms' names (`platform_names`)."""
        return platform_labels(self.platform_names, self.settings.labels)

    def language_of(self, printer: PrinterConfig | None) -> str:
        """The language `printer` prints in: its own, else the screen's (`language`)."""
        return printer.language if printer is not None and printer.language else self.language

    def document(self, order: Order, kind: DocKind, printer: PrinterConfig | None = None,
                 status: OrderStatus | None = None, rider: Rider | None = None) -> TicketDoc:
        """The document of `kind` for `order` as `printer` would print it (for a preview, too)."""
        return order_document(order, kind, self.settings, self.labels, self.language_of(printer), self.tz,
                              printer=printer, status=status, rider=rider, routing=self.routing(),
                              sold_out=self.sold_out() if kind is DocKind.KITCHEN else ())

    def _nothing_for(self, order: Order, kind: DocKind, printer: PrinterConfig) -> bool:
        """True when `printer` belongs to a kitchen station that makes none of `order` (no empty ticket)."""
        routing = self.routing()
        station = routing.named(printer.station)
        return kind is DocKind.KITCHEN and bool(station) and not routing.lines_for(order, station)

    def _pick(self, config: PrinterConfig) -> str:
        """The printer to send to: the routed one, or its fallback while it is known to be failing."""
        worker = self._workers.get(config.name)
        if (config.fallback and worker is not None
                and worker.health.consecutive_failures >= config.fallback_after):
            return config.fallback
        return config.name

    def _add(self, key: str, doc: TicketDoc, route: PrinterConfig, revision: str, auto: bool) -> int | None:
        printer = self._pick(route)
        job_id = self.ledger.add(order_key=key, kind=doc.kind.value, revision=revision, route=route.name,
                                 printer=printer, document=to_json(doc), title=doc.title, auto=auto,
                                 now=self.clock.now())
        if job_id is not None:
            self._wake(printer)
        return job_id

    def _wake(self, printer: str) -> None:
        worker = self._workers.get(printer)
        if worker is not None:
            worker.wake.set()

    def on_changes(self, changes: Changes) -> None:
        """Bus listener: a job queued by another station (a reprint asked for there) may be for a printer here."""
        if changes.print_jobs and self.shared:
            for worker in self._workers.values():
                worker.wake.set()

    # --- what the order service calls ------------------------------------------------------------

    def _auto(self, order: Order, when: frozenset[AutoPrint], revision: str,
              kinds: Sequence[DocKind] = (DocKind.KITCHEN, DocKind.RECEIPT)) -> Changes:
        ids: set[int] = set()
        for config in self.settings.printers:
            if config.auto_print not in when:
                continue
            for kind in kinds:
                if kind in config.kinds and not self._nothing_for(order, kind, config):
                    job_id = self._add(str(order.key), self.document(order, kind, config), config, revision, True)
                    ids.update([job_id] if job_id is not None else [])
        return self._publish(Changes(print_jobs=frozenset(ids)))

    def order_arrived(self, order: Order, revision: str = "1",
                      kinds: Sequence[DocKind] = (DocKind.KITCHEN, DocKind.RECEIPT)) -> Changes:
        """A new order arrived: printers set to print on arrival print `kinds` of it (once per revision)."""
        return self._auto(order, frozenset({AutoPrint.ON_ARRIVAL}), revision, kinds)

    def order_confirmed(self, order: Order, revision: str = "1",
                        kinds: Sequence[DocKind] = (DocKind.KITCHEN, DocKind.RECEIPT)) -> Changes:
        """An order was confirmed: printers set to print on confirmation print `kinds` of it (once per revision)."""
        return self._auto(order, frozenset({AutoPrint.ON_CONFIRM}), revision, kinds)

    def contact_read(self, order: Order, revision: str = "1") -> Changes:
        """A self-delivery order's contact was read (or given up on): its held-back receipt prints now.

        It prints on every printer that prints receipts by itself, once (the same key as any receipt).
        """
        return self._auto(order, frozenset({AutoPrint.ON_ARRIVAL, AutoPrint.ON_CONFIRM}), revision,
                          (DocKind.RECEIPT,))

    def order_dispatched(self, order: Order, rider: Rider | None, *, reference: str) -> Changes:
        """Our rider takes the order: print the delivery slip (once per `reference`, e.g. the action id)."""
        ids = {self._add(str(order.key), delivery_slip(order, rider, tz=self.tz, labels=self.labels,
                                                       language=self.language_of(config)), config, reference, True)
               for config in self.settings.routed(DocKind.DELIVERY) if config.auto_print is not AutoPrint.OFF}
        return self._publish(Changes(print_jobs=frozenset(i for i in ids if i is not None)))

    def order_cancelled(self, order: Order, status: OrderStatus | None = None) -> Changes:
        """An order was cancelled: if the kitchen got its ticket, tell the kitchen to stop (once)."""
        if not self.ledger.has_printed(str(order.key), DocKind.KITCHEN.value):
            return Changes()
        ids = {self._add(str(order.key), cancel_slip(order, status, tz=self.tz, labels=self.labels,
                                                     language=self.language_of(config)), config, "1", True)
               for config in self.settings.routed(DocKind.CANCEL) if config.auto_print is not AutoPrint.OFF}
        return self._publish(Changes(print_jobs=frozenset(i for i in ids if i is not None)))

    def order_refunded(self, order: Order, items: Sequence[RefundItem], refunded: Money | None, *,
                       reference: str, at: datetime | None = None, reason: str = "") -> Changes:
        """A partial refund went through: print its slip (once per `reference`)."""
        ids = {self._add(str(order.key), refund_slip(order, items, refunded, at=at or self.clock.now(), reason=reason,
                                                     tz=self.tz, labels=self.labels, language=self.language_of(config)),
                         config, reference, True)
               for config in self.settings.routed(DocKind.REFUND) if config.auto_print is not AutoPrint.OFF}
        return self._publish(Changes(print_jobs=frozenset(i for i in ids if i is not None)))

    # --- what staff do ---------------------------------------------------------------------------

    def reprint(self, order: Order, kind: DocKind, status: OrderStatus | None = None,
                rider: Rider | None = None) -> Changes:
        """The Reprint button: reprint the last printed `kind` of `order` (stamped), or print it a first time."""
        jobs = [j for j in self.ledger.for_order(str(order.key)) if j.kind == kind.value]
        if jobs:
            return self.reprint_job(jobs[-1].id)
        ids = {self._add(str(order.key), self.document(order, kind, config, status, rider), config, "1", False)
               for config in self.settings.routed(kind)}
        return self._publish(Changes(print_jobs=frozenset(i for i in ids if i is not None)))

    def reprint_job(self, job_id: int) -> Changes:
        """Print the document of job `job_id` again, stamped "REPRINT #n" (n counted by the ledger)."""
        job = self.ledger.get(job_id)
        if job is None:
            return Changes()
        route = self._route(job)
        printer = self._pick(route) if route is not None else job.printer
        new_id, number = self.ledger.add_reprint(
            order_key=job.order_key, kind=job.kind, revision=job.revision, route=job.route, printer=printer,
            document=job.document, title=job.title, now=self.clock.now())
        log.info("print job %s: reprint #%s queued on %s", job_id, number, printer)
        self._wake(printer)
        return self._publish(Changes(print_jobs=frozenset({new_id})))

    def retry(self, job_id: int) -> Changes:
        """The Retry button on a failed job: send it again now."""
        job = self.ledger.get(job_id)
        if job is None:
            return Changes()
        printer = job.printer
        if printer not in self._workers:  # its printer was removed from the settings: use the route's
            route = self._route(job)
            candidates = [route] if route is not None else self.settings.routed(DocKind(job.kind))
            printer = self._pick(candidates[0]) if candidates else printer
        if not self.ledger.retry(job_id, self.clock.now(), printer=printer):
            return Changes()
        self._wake(printer)
        return self._publish(Changes(print_jobs=frozenset({job_id})))

    def resolve(self, job_id: int) -> Changes:
        """Staff found an uncertain ("may have printed") job on paper: mark it done."""
        if not self.ledger.resolve(job_id, self.clock.now()):
            return Changes()
        return self._publish(Changes(print_jobs=frozenset({job_id})))

    def print_report(self, document: Callable[[str, Mapping[str, str]], TicketDoc], revision: str) -> Changes:
        """Print the end-of-day slip where receipts print, each printer in its language.

        `document(language, labels)` lays it out; `revision` tells this printing from an earlier one of
        the same day (a new revision prints again, the same one once).
        """
        ids = {self._add("report", document(self.language_of(config), self.labels), config, revision, False)
               for config in self.settings.routed(DocKind.RECEIPT)}
        return self._publish(Changes(print_jobs=frozenset(i for i in ids if i is not None)))

    def test_print(self, printer: str) -> Changes:
        """Queue a test page on `printer` (it goes through the ledger, so a failure shows like any other)."""
        config = self.settings.printer(printer)
        job_id = self.ledger.add(order_key=f"test/{printer}", kind=DocKind.TEST.value,
                                 revision=self.clock.now().isoformat(), route=printer, printer=printer,
                                 document=to_json(test_page(config.name, config.target, config.width,
                                                            config.codepage)),
                                 title=f"Test page {printer}", auto=False, now=self.clock.now())
        self._wake(printer)
        return self._publish(Changes(print_jobs=frozenset({job_id} if job_id else set())))

    async def probe(self, printer: str) -> PrinterHealth:
        """Ask `printer` for its status (in its own thread, between jobs) and update its health."""
        worker = self._workers[printer]
        loop = asyncio.get_running_loop()
        transport = self.transport_factory(worker.config)
        try:
            status = await loop.run_in_executor(worker.executor, probe, transport)
        except PrintError as exc:
            self._health(worker, ok=False, reason=exc.reason)
        else:
            self._health(worker, ok=True, status=status, counts=False)
        return worker.health

    # --- views -------------------------------------------------------------------------------------

    def jobs_for(self, key: OrderKey) -> list[PrintJob]:
        """Every print job of an order, oldest first."""
        return [PrintJob.from_record(r) for r in self.ledger.for_order(str(key))]

    def failed_jobs(self) -> list[PrintJob]:
        """Jobs that did not print (with their reason), oldest first."""
        return [PrintJob.from_record(r) for r in self.ledger.in_states([JobState.FAILED])]

    def attention(self) -> list[PrintJob]:
        """Jobs staff should look at: failed ones and those that may have printed."""
        return [PrintJob.from_record(r) for r in self.ledger.in_states([JobState.FAILED, JobState.UNCERTAIN])]

    def health(self) -> list[PrinterHealth]:
        """Every printer's health, in settings order."""
        return [w.health for w in self._workers.values()]

    # --- the workers -----------------------------------------------------------------------------

    async def _run(self, worker: _Worker) -> None:
        name = worker.config.name
        while not self._closing:
            worker.wake.clear()
            job = self.ledger.next_due(name, self.clock.now())
            if job is None:
                await self._wait(worker, self.ledger.next_wake(name))
                continue
            await self._send(worker, job)

    async def _sleep_until(self, when: datetime) -> None:
        # The delay is computed when this task first runs, not when it is created: time may have
        # moved in between (a fake clock advanced by a test), and a stale delay would oversleep.
        await self.clock.sleep(max(0.0, (when - self.clock.now()).total_seconds()))

    async def _wait(self, worker: _Worker, until: datetime | None) -> None:
        waiters: list[asyncio.Task[object]] = [asyncio.ensure_future(worker.wake.wait())]
        if until is not None:
            waiters.append(asyncio.ensure_future(self._sleep_until(until)))
        try:
            await asyncio.wait(waiters, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for waiter in waiters:
                waiter.cancel()
            for waiter in waiters:
                with contextlib.suppress(asyncio.CancelledError):
                    await waiter

    def _route(self, job: JobRecord) -> PrinterConfig | None:
        try:
            return self.settings.printer(job.route)
        except KeyError:
            return None

    def _job_bytes(self, config: PrinterConfig, job: JobRecord) -> bytes:
        """Runs in the printer thread: rendering CJK or Thai lines costs milliseconds."""
        doc = from_json(job.document)
        words = labels_in(self.language_of(config), self.settings.labels)
        if job.reprint:
            doc = doc.with_stamp(reprint_stamp(job.reprint, words["reprint"]))
        elif job.partial:
            doc = doc.with_stamp(words["resent"])
        copies = 1 if job.reprint or job.kind == DocKind.TEST.value else config.copies
        # Here, not at the top: the render loads python-escpos and Pillow, which the first paint need not wait for.
        from kds.printing.render import render

        return render(doc, config.render_options(), copies=copies, footer=f"job {job.id}")

    def _print(self, config: PrinterConfig, job: JobRecord, expect_answer: bool) -> SendOutcome:
        payload = self._job_bytes(config, job)
        return send(self.transport_factory(config), payload, expect_answer=expect_answer)

    async def _send(self, worker: _Worker, job: JobRecord) -> None:
        config = worker.config
        expect = config.status is StatusQuery.REQUIRED or (
            config.status is StatusQuery.AUTO and worker.health.answers_status)
        if not self.ledger.mark_sending(job.id, self.clock.now()):
            log.info("print job %s was taken or resolved meanwhile: not sent here", job.id)
            return
        self._publish(Changes(print_jobs=frozenset({job.id})))
        loop = asyncio.get_running_loop()
        try:
            outcome = await loop.run_in_executor(worker.executor, self._print, config, job, expect)
        except PrintError as exc:
            self._failed(worker, job, exc.reason, partial=exc.partial or job.partial, permanent=False)
        except (FontNotFoundError, ProfileError) as exc:
            self._failed(worker, job, str(exc), partial=job.partial, permanent=True)
        except Exception as exc:
            log.exception("print job %s failed unexpectedly", job.id)
            # Staff read the reason on the screen: the exception's class name stays in the log above.
            reason = " ".join(str(exc).split()) or "unexpected error (see the log)"
            self._failed(worker, job, reason, partial=True, permanent=False)
        else:
            self.ledger.mark_done(job.id, self.clock.now())
            self._health(worker, ok=True, status=outcome.after if outcome.after.answered else outcome.before)
            self._publish(Changes(print_jobs=frozenset({job.id})))

    def _failed(self, worker: _Worker, job: JobRecord, reason: str, *, partial: bool, permanent: bool) -> None:
        now = self.clock.now()
        attempts = job.attempts + 1
        log.warning("print job %s on %s failed (attempt %s): %s", job.id, worker.config.name, attempts, reason)
        retry_at = None
        if not permanent and attempts < self.backoff.max_attempts:
            retry_at = now + timedelta(seconds=self.backoff.delay(attempts))
        self.ledger.mark_failed(job.id, now, reason, partial=partial, retry_at=retry_at)
        self._health(worker, ok=False, reason=reason)
        fallback = worker.config.fallback
        if (fallback and job.printer == job.route and attempts >= worker.config.fallback_after
                and fallback in self._workers):
            log.warning("print job %s handed to fallback printer %s", job.id, fallback)
            self.ledger.reassign(job.id, fallback, now)
            self._wake(fallback)
        self._publish(Changes(print_jobs=frozenset({job.id})))

    def _health(self, worker: _Worker, *, ok: bool, status: PrinterStatus | None = None, reason: str = "",
                counts: bool = True) -> None:
        health = worker.health
        if ok:
            health.reachable, health.last_error, health.last_ok = True, "", self.clock.now()
            health.consecutive_failures = 0 if counts else health.consecutive_failures
            if status is not None:
                health.status = status
                health.answers_status = health.answers_status or status.answered
        else:
            health.reachable = False
            health.last_error = reason
            health.consecutive_failures += 1
        self._publish_health(health)


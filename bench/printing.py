"""Printing benchmark: bytes of a 20-item kitchen ticket (text) and of a Chinese ticket (drawn lines).

Baseline, in the same run on the same lines: python-escpos writing those lines straight into a
`Dummy` printer (`textln` per line, a cut) — what code without layout, forced code page or raster
fallback would do (for Chinese that is escpos' GB18030 shortcut, which only Chinese-mode printers
print). Also the event-loop lag while a job waits on a stalled printer on 127.0.0.1, against the lag
of the same heartbeat with nothing printing. Prints figures and ratios; asserts nothing.

    python bench/printing.py [--rounds 30] [--stall 2]
"""

from __future__ import annotations

import argparse
import asyncio
import functools
import statistics
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from kds.clock import SystemClock
from kds.domain.order import Order
from kds.printing.config import PrinterConfig, PrintSettings
from kds.printing.document import DocKind, preview
from kds.printing.escpos_compat import Dummy
from kds.printing.layout import kitchen_ticket
from kds.printing.queue import PrintQueue
from kds.printing.render import RenderOptions, render
from kds.printing.samples import SAMPLE_TZ, sample_order
from kds.store.db import Database
from kds.store.print_jobs import PrintJobRepository

PROFILE = "TM-T20II"


def twenty_items(lang: str) -> Order:
    """The sample order of `lang` with its lines repeated up to 20 items."""
    order = sample_order(lang)
    lines = tuple(replace(order.lines[i % len(order.lines)], line_id=f"L{i}", quantity=Decimal(1 + i % 3))
                  for i in range(20))
    return replace(order, lines=lines)


def ours(order: Order, lang: str, options: RenderOptions) -> bytes:
    return render(kitchen_ticket(order, tz=SAMPLE_TZ[lang]), options)


def baseline(lines: list[str]) -> bytes:
    printer = Dummy(profile=PROFILE)
    printer.hw("INIT")
    for line in lines:
        printer.textln(line)
    printer.cut(mode="PART")
    return bytes(printer.output)


def timed(fn: Callable[[], bytes], rounds: int) -> tuple[float, int]:
    """Median seconds of `fn` over `rounds` runs (after one warm-up run), and its output size."""
    size = len(fn())
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def bytes_bench(rounds: int) -> None:
    options = RenderOptions.for_paper(80, profile=PROFILE, codepage="CP860")
    for label, lang in (("20-item kitchen ticket, text (pt)", "pt"), ("20-item Chinese ticket, raster (zh)", "zh")):
        order = twenty_items(lang)
        lines = preview(kitchen_ticket(order, tz=SAMPLE_TZ[lang]), 48).splitlines()
        first = time.perf_counter()
        ours(order, lang, options)  # includes font loading for the raster case
        cold = time.perf_counter() - first
        ours_s, ours_size = timed(functools.partial(ours, order, lang, options), rounds)
        base_s, base_size = timed(functools.partial(baseline, lines), rounds)
        print(f"{label}: {ours_s * 1000:.2f} ms ({ours_size} bytes; first run {cold * 1000:.1f} ms) | "
              f"baseline Dummy.textln {base_s * 1000:.2f} ms ({base_size} bytes) | ratio {ours_s / base_s:.1f}x")


async def _lag(stall: float, printing: bool) -> list[float]:
    async def stalled(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(stall)
        while data := await reader.read(65536):
            for request, answer in ((b"\x10\x04\x01", b"\x12"), (b"\x10\x04\x04", b"\x12")):
                writer.write(answer * data.count(request))
        writer.close()

    server = await asyncio.start_server(stalled, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    lags: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        db = Database(Path(tmp) / "bench.sqlite3")
        ledger = PrintJobRepository(db)
        config = PrinterConfig(name="slow", target=f"tcp://127.0.0.1:{port}", kinds=frozenset({DocKind.KITCHEN}),
                               status_timeout=stall + 5, timeout=stall + 5)
        queue = PrintQueue(ledger, PrintSettings(printers=(config,)), SystemClock())
        await queue.start()
        job_ids = queue.order_confirmed(twenty_items("zh")).print_jobs if printing else frozenset()
        end = time.monotonic() + stall + 0.5
        while time.monotonic() < end:
            start = time.monotonic()
            await asyncio.sleep(0.005)
            lags.append(time.monotonic() - start - 0.005)
        for job_id in job_ids:
            while ledger.get(job_id).state != "done":  # type: ignore[union-attr]
                await asyncio.sleep(0.01)
        await queue.close()
        db.close()
    server.close()
    await server.wait_closed()
    return lags


def lag_bench(stall: float) -> None:
    idle = asyncio.run(_lag(stall, printing=False))
    busy = asyncio.run(_lag(stall, printing=True))

    def p99(values: list[float]) -> float:
        return sorted(values)[int(len(values) * 0.99)]

    print(f"event-loop lag while a Chinese job waits {stall:.0f} s on a stalled printer: "
          f"max {max(busy) * 1000:.1f} ms, p99 {p99(busy) * 1000:.2f} ms over {len(busy)} ticks | "
          f"baseline (nothing printing) max {max(idle) * 1000:.1f} ms, p99 {p99(idle) * 1000:.2f} ms | "
          f"p99 ratio {p99(busy) / max(p99(idle), 1e-6):.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--stall", type=float, default=2.0)
    args = parser.parse_args()
    bytes_bench(args.rounds)
    lag_bench(args.stall)


if __name__ == "__main__":
    main()

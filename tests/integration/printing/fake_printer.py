"""A fake ESC/POS network printer (TCP 9100) on 127.0.0.1, with knobs for the ways real ones fail.

It records the bytes of every connection, answers `DLE EOT 1` (online) and `DLE EOT 4` (paper) like an
Epson, and can refuse connections, stay silent, stall before reading, or drop the connection after a
number of bytes. Printed tickets are read back with the in-repo decoder.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass, field

from kds.printing.decoder import decode, printed_text

ONLINE, OFFLINE = 0x12, 0x12 | 0x08
PAPER_OK, PAPER_LOW, PAPER_OUT = 0x12, 0x12 | 0x0C, 0x12 | 0x0C | 0x60


@dataclass
class Connection:
    """What one client sent."""

    data: bytearray = field(default_factory=bytearray)
    dropped: bool = False
    closed: bool = False

    @property
    def job(self) -> bool:
        """True when more than status questions arrived."""
        return len(self.data.replace(b"\x10\x04\x01", b"").replace(b"\x10\x04\x04", b"")) > 0

    @property
    def cut(self) -> bool:
        """True when the job got as far as its cut (or its final feed, on a printer without a cutter)."""
        return any(e.kind == "cut" for e in decode(bytes(self.data)))

    def text(self) -> str:
        """The printed text."""
        return printed_text(decode(bytes(self.data)))


class FakePrinter:
    """An asyncio TCP server that behaves like a receipt printer."""

    def __init__(self) -> None:
        """Not listening until `start()`."""
        self.connections: list[Connection] = []
        self.answer_status = True
        self.online = True
        self.paper = PAPER_OK
        self.stall = 0.0  # seconds to wait before reading anything on each new connection
        self.hold: asyncio.Event | None = None  # when set to an unset event, new connections wait for it
        self.drop_after: int | None = None  # abort the next connection after this many bytes (once)
        self.port = 0
        self._server: asyncio.Server | None = None

    async def start(self) -> int:
        """Listen on 127.0.0.1 (the same port as before after a `stop()`); returns the port."""
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", self.port)
        self.port = int(self._server.sockets[0].getsockname()[1])
        return self.port

    async def stop(self) -> None:
        """Stop listening: new connections are refused."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None

    @property
    def target(self) -> str:
        """The printer target string."""
        return f"tcp://127.0.0.1:{self.port}"

    def jobs(self) -> list[Connection]:
        """Connections that carried a print job (not just status questions)."""
        return [c for c in self.connections if c.job]

    def tickets(self) -> list[str]:
        """The text of every complete job (one that reached its cut)."""
        return [c.text() for c in self.jobs() if c.cut]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        conn = Connection()
        self.connections.append(conn)
        try:
            if self.stall:
                await asyncio.sleep(self.stall)
            if self.hold is not None:
                await self.hold.wait()
            scanned = 0
            while True:
                chunk = await reader.read(65536)
                if not chunk:
                    break
                conn.data += chunk
                scanned = self._answer(conn.data, scanned, writer)
                if self.drop_after is not None and len(conn.data) >= self.drop_after:
                    del conn.data[self.drop_after:]  # the printer lost power: the rest never prints
                    self.drop_after = None
                    conn.dropped = True
                    writer.transport.abort()
                    return
                await writer.drain()
        except (ConnectionError, asyncio.CancelledError):
            conn.dropped = True
        finally:
            conn.closed = True
            with contextlib.suppress(Exception):
                writer.close()

    def _answer(self, data: bytearray, start: int, writer: asyncio.StreamWriter) -> int:
        """Answer every complete `DLE EOT n` after `start`; returns where to scan from next time."""
        pos = start
        while True:
            found = data.find(b"\x10\x04", pos)
            if found < 0 or found + 2 >= len(data):
                return max(pos, len(data) - 2)
            request = data[found + 2]
            if self.answer_status and request == 1:
                writer.write(bytes([ONLINE if self.online else OFFLINE]))
            elif self.answer_status and request == 4:
                writer.write(bytes([self.paper]))
            pos = found + 3

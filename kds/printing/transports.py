"""Getting bytes to a printer: network (TCP 9100), USB, serial, a device or file, the OS spooler.

Everything here blocks, so it only ever runs in a printer's own worker thread (see `queue.py`). Each
job opens a fresh connection and closes it (many network printers serve one client at a time and
stall the others), writes in chunks, and can ask the printer for its status with `DLE EOT`. A printer
that does not answer is UNKNOWN, never OK: python-escpos' `paper_status()` reports "paper OK" on an
empty answer, so we read the status bytes ourselves.
"""

from __future__ import annotations

import contextlib
import socket
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

# python-escpos is loaded where a printer is opened or asked, not here: settings and the board name these
# classes at start-up, before anything prints.
if TYPE_CHECKING:
    from escpos.escpos import Escpos

SCHEMES = ("tcp", "file", "usb", "serial", "cups", "lp", "win32")


class TargetError(ValueError):
    """A printer target string is malformed."""


@dataclass(frozen=True, slots=True)
class Target:
    """Where a printer is.

    One of `tcp://host:port`, `file:PATH`, `usb:VID:PID`, `serial:DEVICE`, `cups:NAME`, `lp:NAME` or
    `win32:NAME`.
    """

    scheme: str
    address: str
    port: int = 9100

    def __str__(self) -> str:
        if self.scheme == "tcp":
            return f"tcp://{self.address}:{self.port}"
        return f"{self.scheme}:{self.address}"


def parse_target(text: str) -> Target:
    """Parse a target string (see `Target`).

    Raises:
        TargetError: the string is not a target.
    """
    scheme, sep, rest = text.partition(":")
    if not sep or scheme not in SCHEMES:
        raise TargetError(f"not a printer target: {text!r} (use tcp://HOST:PORT, file:PATH, usb:VID:PID, "
                          "serial:DEVICE, cups:NAME, lp:NAME or win32:NAME)")
    if scheme == "tcp":
        host, _, port = rest.removeprefix("//").rpartition(":")
        if not host:
            host, port = rest.removeprefix("//"), "9100"
        if not host or not port.isdigit():
            raise TargetError(f"not a network printer target: {text!r} (use tcp://HOST:PORT)")
        return Target("tcp", host.strip("[]"), int(port))
    if scheme == "usb":
        vid, _, pid = rest.partition(":")
        try:
            int(vid, 16), int(pid, 16)
        except ValueError:
            raise TargetError(f"not a USB printer target: {text!r} (use usb:VID:PID in hex)") from None
    if not rest and scheme != "win32":
        raise TargetError(f"printer target {text!r} names no {scheme} device")
    return Target(scheme, rest)


class Online(StrEnum):
    """What the printer said about being online."""

    ONLINE = "online"
    OFFLINE = "offline"
    UNKNOWN = "unknown"


class Paper(StrEnum):
    """What the printer said about its paper."""

    OK = "ok"
    LOW = "low"
    OUT = "out"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class PrinterStatus:
    """A status answer; UNKNOWN fields mean the printer did not answer (or cannot be asked)."""

    online: Online = Online.UNKNOWN
    paper: Paper = Paper.UNKNOWN

    @property
    def answered(self) -> bool:
        """True when the printer answered at least one question."""
        return self.online is not Online.UNKNOWN or self.paper is not Paper.UNKNOWN


UNKNOWN = PrinterStatus()


class TransportError(Exception):
    """Sending failed. `sent`: how many bytes of the job may have reached the printer (0: none did)."""

    def __init__(self, reason: str, sent: int = 0) -> None:
        """Failure with a one-line `reason`."""
        super().__init__(reason)
        self.reason = reason
        self.sent = sent


class Transport(Protocol):
    """A connection to one printer for one job."""

    def open(self) -> None:
        """Connect (raises `TransportError` when the printer cannot be reached)."""

    def status(self) -> PrinterStatus:
        """Ask the printer for its status (UNKNOWN when it does not answer)."""

    def write(self, data: bytes) -> None:
        """Write all of `data` in chunks (raises `TransportError` with the bytes sent so far)."""

    def close(self) -> None:
        """Close the connection (a spooler submits the job here)."""


def _online(reply: bytes) -> Online:
    # A status byte always has bit 1 and bit 4 set and bits 0 and 7 clear (Epson DLE EOT).
    if not reply or reply[-1] & 0x93 != 0x12:
        return Online.UNKNOWN
    return Online.OFFLINE if reply[-1] & 0x08 else Online.ONLINE


def _paper(reply: bytes) -> Paper:
    if not reply or reply[-1] & 0x93 != 0x12:
        return Paper.UNKNOWN
    if reply[-1] & 0x60 == 0x60:
        return Paper.OUT
    return Paper.LOW if reply[-1] & 0x0C == 0x0C else Paper.OK


class EscposTransport:
    """A transport over a python-escpos printer class (network, USB, serial, spoolers)."""

    def __init__(self, name: str, factory: Callable[[], Escpos], *, chunk_size: int = 4096,
                 can_query: bool = True, status_timeout: float = 2.0, write_timeout: float = 10.0) -> None:
        """Wrap the printer `factory` builds; `name` is how errors name the printer."""
        self.name = name
        self.factory = factory
        self.chunk_size = chunk_size
        self.can_query = can_query
        self.status_timeout = status_timeout
        self.write_timeout = write_timeout
        self.printer: Escpos | None = None
        self.sent = 0

    def open(self) -> None:
        """Connect."""
        try:
            printer = self.factory()
            printer.open()
        except Exception as exc:  # escpos raises its own errors, OSError, or the USB/serial library's
            raise TransportError(f"cannot reach printer {self.name}: {_reason(exc)}") from exc
        self.printer = printer
        self._timeout(self.write_timeout)

    def _timeout(self, seconds: float) -> None:
        device = getattr(self.printer, "_device", None)
        if isinstance(device, socket.socket):
            device.settimeout(seconds)

    def _query(self, request: bytes) -> bytes:
        assert self.printer is not None
        self._timeout(self.status_timeout)
        try:
            reply = bytes(self.printer.query_status(request))
        except (TimeoutError, NotImplementedError):
            return b""
        except Exception as exc:
            if "timeout" in type(exc).__name__.lower() or "timed out" in str(exc):
                return b""  # pyusb and pyserial name their timeouts their own way
            raise TransportError(f"printer {self.name} dropped the connection: {_reason(exc)}", self.sent) from exc
        finally:
            self._timeout(self.write_timeout)
        if not reply and isinstance(getattr(self.printer, "_device", None), socket.socket):
            raise TransportError(f"printer {self.name} closed the connection", self.sent)
        return reply

    def status(self) -> PrinterStatus:
        """Ask `DLE EOT 1` (online) and `DLE EOT 4` (paper)."""
        if not self.can_query:
            return UNKNOWN
        from kds.printing.escpos_compat import RT_STATUS_ONLINE, RT_STATUS_PAPER

        online = _online(self._query(RT_STATUS_ONLINE))
        if online is Online.UNKNOWN:
            return UNKNOWN  # a printer that ignored the first question will ignore the second
        return PrinterStatus(online, _paper(self._query(RT_STATUS_PAPER)))

    def write(self, data: bytes) -> None:
        """Write `data` in chunks."""
        assert self.printer is not None
        for start in range(0, len(data), self.chunk_size):
            chunk = data[start:start + self.chunk_size]
            try:
                self.printer._raw(chunk)
            except Exception as exc:
                # Part of this chunk may have left before the error: count it as possibly printed.
                raise TransportError(f"sending to printer {self.name} failed: {_reason(exc)}",
                                     self.sent + len(chunk)) from exc
            self.sent += len(chunk)

    def close(self) -> None:
        """Close (spoolers submit the job now)."""
        printer, self.printer = self.printer, None
        if printer is None:
            return
        try:
            printer.close()
        except Exception as exc:
            raise TransportError(f"printer {self.name}: closing failed: {_reason(exc)}", self.sent) from exc
        finally:
            printer._device = False  # escpos' __del__ closes again otherwise (python-escpos #417)


class FileTransport:
    """Writes to a file or device node (`/dev/usb/lp0`). escpos' `File` truncates; this appends by default."""

    def __init__(self, path: str, *, append: bool = True, chunk_size: int = 4096) -> None:
        """Write to `path`."""
        self.path = Path(path)
        self.mode = "ab" if append else "wb"
        self.chunk_size = chunk_size
        self.file: Any = None
        self.sent = 0

    def open(self) -> None:
        """Open the file."""
        try:
            self.file = self.path.open(self.mode)
        except OSError as exc:
            raise TransportError(f"cannot open printer file {self.path}: {_reason(exc)}") from exc

    def status(self) -> PrinterStatus:
        """A file cannot answer."""
        return UNKNOWN

    def write(self, data: bytes) -> None:
        """Write and flush each chunk."""
        for start in range(0, len(data), self.chunk_size):
            chunk = data[start:start + self.chunk_size]
            try:
                self.file.write(chunk)
                self.file.flush()
            except OSError as exc:
                raise TransportError(f"writing {self.path} failed: {_reason(exc)}", self.sent + len(chunk)) from exc
            self.sent += len(chunk)

    def close(self) -> None:
        """Close the file."""
        if self.file is not None:
            with contextlib.suppress(OSError):
                self.file.close()
            self.file = None


def _reason(exc: BaseException) -> str:
    """A one-line reason; escpos wraps socket errors in its own without `from`, so look at the context."""
    inner = exc.__cause__ or exc.__context__
    if isinstance(inner, OSError) and inner.strerror:
        return inner.strerror
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    if isinstance(exc, TimeoutError | socket.timeout):
        return "timed out"
    text = " ".join(str(exc).split()) or "failed without a reason"  # never a class name: staff read this
    return text if len(text) < 160 else text[:157] + "..."


def open_transport(target: str | Target, *, connect_timeout: float = 3.0, timeout: float = 10.0,
                   status_timeout: float = 2.0, chunk_size: int = 4096, baudrate: int = 9600,
                   append: bool = True, can_query: bool = True) -> Transport:
    """A transport for `target` (not yet connected). USB, serial and spooler support is imported lazily.

    Raises:
        TargetError: the target is malformed.
        TransportError: the library this kind of target needs is missing.
    """
    t = target if isinstance(target, Target) else parse_target(target)
    name = str(t)
    if t.scheme == "file":
        return FileTransport(t.address, append=append, chunk_size=chunk_size)
    from kds.printing.escpos_compat import escpos_printer

    if t.scheme == "tcp":
        def network() -> Escpos:
            return escpos_printer.Network(t.address, t.port, timeout=connect_timeout)
        return EscposTransport(name, network, chunk_size=chunk_size, can_query=can_query,
                               status_timeout=status_timeout, write_timeout=timeout)
    factory = _local_factory(t, timeout=timeout, baudrate=baudrate)
    queryable = can_query and t.scheme in ("usb", "serial")
    return EscposTransport(name, factory, chunk_size=chunk_size, can_query=queryable,
                           status_timeout=status_timeout, write_timeout=timeout)


def _local_factory(t: Target, *, timeout: float, baudrate: int) -> Callable[[], Escpos]:
    classes = {"usb": "Usb", "serial": "Serial", "cups": "CupsPrinter", "lp": "LP", "win32": "Win32Raw"}
    needs = {"usb": "pyusb (python-escpos[usb])", "serial": "pyserial (python-escpos[serial])",
             "cups": "pycups (python-escpos[cups])", "lp": "the lp command", "win32": "pywin32 (python-escpos[win32])"}
    from kds.printing.escpos_compat import escpos_printer

    cls = getattr(escpos_printer, classes[t.scheme], None)
    usable = getattr(cls, "is_usable", lambda: False)
    if cls is None or not usable():
        raise TransportError(f"printing to {t} needs {needs[t.scheme]}")
    if t.scheme == "usb":
        vid, _, pid = t.address.partition(":")
        return lambda: cls(int(vid, 16), int(pid, 16), timeout=int(timeout * 1000))
    if t.scheme == "serial":
        return lambda: cls(t.address, baudrate=baudrate, timeout=timeout)
    return lambda: cls(t.address)

"""Printer settings: where each printer is, its paper and code page, and which documents go to it.

Until the app has a settings module, printers are read from a JSON file: the path in the
`KDS_PRINTERS_FILE` environment variable, else `printers.json` in the user config directory
(`platformdirs.user_config_dir("kds")`, e.g. `~/.config/kds/printers.json` on Linux). Example:

    {"timezone": "America/Sao_Paulo",
     "store": {"name": "Padaria São João", "lines": ["Rua Augusta 100"], "footer": ["Obrigado!"]},
     "printers": [
       {"name": "kitchen", "target": "tcp://192.168.1.50:9100", "width": 80, "codepage": "CP860",
        "kinds": ["kitchen", "cancel"], "copies": 1, "fallback": "counter", "language": "pt_BR"},
       {"name": "counter", "target": "usb:04b8:0e15", "width": 58, "profile": "TM-T20II",
        "kinds": ["receipt", "refund"], "cash_drawer": true}]}
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
from enum import StrEnum
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo

import platformdirs
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from kds.printing.document import DocKind
from kds.printing.labels import LANGUAGES
from kds.printing.layout import StoreHeader
from kds.printing.options import PAPER, CutMode, QrMode, RenderOptions
from kds.printing.transports import Transport, open_transport, parse_target

ENV_VAR = "KDS_PRINTERS_FILE"


class AutoPrint(StrEnum):
    """When a printer prints an order's documents by itself."""

    ON_CONFIRM = "on_confirm"  # when staff (or auto-accept) confirms the order
    ON_ARRIVAL = "on_arrival"  # as soon as the order arrives
    OFF = "off"  # only when asked


class StatusQuery(StrEnum):
    """Whether to ask the printer for its status (`DLE EOT`) around a job."""

    AUTO = "auto"  # ask; once it has answered, silence means trouble
    REQUIRED = "required"  # ask; silence is always a failure
    OFF = "off"  # never ask (printers that print the query bytes, spoolers)


class PrinterConfig(BaseModel):
    """One printer."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = Field(min_length=1)
    target: str
    width: Literal[58, 80] = 80
    dots: int | None = Field(default=None, ge=64, le=2048)  # default: 384 / 576 by width
    columns: int | None = Field(default=None, ge=16, le=96)  # default: 32 / 48 by width
    codepage: str = "CP858"
    codepage_slot: int | None = Field(default=None, ge=0, le=255)
    profile: str = "default"
    copies: int = Field(default=1, ge=1, le=9)
    kinds: frozenset[DocKind] = frozenset(DocKind)
    station: str = ""
    # The screen the printer is connected to, which prints its jobs (that screen's station name); "":
    # this screen (a single screen, or one not sharing a restaurant's store).
    owner: str = Field(default="", max_length=80)
    language: str = ""  # the language it prints in (`kds.printing.labels.LANGUAGES`); "": the screen's
    auto_print: AutoPrint = AutoPrint.ON_CONFIRM
    cash_drawer: bool = False
    drawer_pin: Literal[2, 5] = 2
    fallback: str | None = None
    fallback_after: int = Field(default=2, ge=1)
    qr: QrMode = QrMode.AUTO
    cut: CutMode = CutMode.PARTIAL
    image_impl: Literal["bitImageRaster", "graphics", "bitImageColumn"] = "bitImageRaster"
    fragment_height: int = Field(default=256, ge=8, le=2048)
    connect_timeout: float = Field(default=3.0, gt=0)
    timeout: float = Field(default=10.0, gt=0)  # each write, and a USB/serial transfer
    status_timeout: float = Field(default=2.0, gt=0)
    status: StatusQuery = StatusQuery.AUTO
    chunk_size: int = Field(default=4096, ge=64)
    baudrate: int = 9600

    @field_validator("target")
    @classmethod
    def _target_parses(cls, value: str) -> str:
        parse_target(value)
        return value

    @field_validator("language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value and value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r} (one of {', '.join(LANGUAGES)})")
        return value

    @field_validator("codepage")
    @classmethod
    def _upper(cls, value: str) -> str:
        return value.upper()

    def render_options(self) -> RenderOptions:
        """How this printer wants its bytes."""
        dots, columns = PAPER[self.width]
        return RenderOptions(profile=self.profile, dots=self.dots or dots, columns=self.columns or columns,
                             codepage=self.codepage, codepage_slot=self.codepage_slot, qr=self.qr,
                             image_impl=self.image_impl, fragment_height=self.fragment_height, cut=self.cut,
                             drawer_pin=self.drawer_pin if self.cash_drawer else None)


    def transport(self, *, append: bool = True) -> Transport:
        """A fresh (unconnected) transport to this printer."""
        return open_transport(self.target, connect_timeout=self.connect_timeout, timeout=self.timeout,
                              status_timeout=self.status_timeout, chunk_size=self.chunk_size,
                              baudrate=self.baudrate, append=append, can_query=self.status is not StatusQuery.OFF)


class StoreSettings(BaseModel):
    """The store's name and receipt header/footer lines."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    name: str = ""
    lines: tuple[str, ...] = ()
    footer: tuple[str, ...] = ()

    def header(self) -> StoreHeader:
        """As the layout wants it."""
        return StoreHeader(self.name, self.lines, self.footer)


class PrintSettings(BaseModel):
    """Every printer, the store header, the time zone tickets show, and label overrides."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    printers: tuple[PrinterConfig, ...] = ()
    store: StoreSettings = StoreSettings()
    timezone: str = ""  # IANA name; empty: the machine's zone
    labels: dict[str, str] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _names(self) -> PrintSettings:
        names = [p.name for p in self.printers]
        if len(names) != len(set(names)):
            raise ValueError("printer names must be unique")
        for printer in self.printers:
            if printer.fallback is not None and printer.fallback not in names:
                raise ValueError(f"printer {printer.name!r}: unknown fallback {printer.fallback!r}")
        return self

    def printer(self, name: str) -> PrinterConfig:
        """The printer called `name` (KeyError if there is none)."""
        for printer in self.printers:
            if printer.name == name:
                return printer
        raise KeyError(name)

    def routed(self, kind: DocKind) -> list[PrinterConfig]:
        """Printers that print documents of `kind`."""
        return [p for p in self.printers if kind in p.kinds]

    def tz(self) -> tzinfo:
        """The zone times are printed in."""
        if self.timezone:
            return ZoneInfo(self.timezone)
        return datetime.now(UTC).astimezone().tzinfo or UTC


def settings_path() -> Path:
    """Where printer settings are read from (see the module docstring)."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir("kds")) / "printers.json"


def load_settings(path: Path | None = None) -> PrintSettings:
    """Printer settings from `path` (default `settings_path()`); empty settings when the file does not exist.

    Raises:
        pydantic.ValidationError: the file exists but is not valid.
    """
    path = path or settings_path()
    if not path.is_file():
        return PrintSettings()
    return PrintSettings.model_validate_json(path.read_text(encoding="utf-8"))

"""The printers form: where each printer is, its paper, code page and documents, and a test page.

A printer is on the network, on USB, on a serial port, a device or a system queue.

Each printer is edited as plain values (`state()`); `apply` turns them into `PrinterConfig`s,
keeping every setting the form does not show (profile, copies, fallback, ...) as it was.
"""

from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kds.printing.config import AutoPrint, PrinterConfig, PrintSettings
from kds.printing.document import DocKind
from kds.printing.queue import PrintQueue
from kds.printing.transports import TargetError, parse_target
from kds.station.settings import Language, Settings
from kds.ui.i18n import NATIVE_NAMES
from kds.ui.setup.controls import ChoiceRow, field_row, label, section, text_field, toggle
from kds.ui.setup.form import Draft, FormPage, FormProblem
from kds.ui.setup.printer_test import TestPrintFailed, queued_test_print, runs_in, test_print
from kds.ui.widgets.overlay import touch_button
from kds.ui.wording import tr

log = logging.getLogger(__name__)

CODE_PAGES = ("CP858", "CP437", "CP850", "CP860", "CP1252", "CP874", "CP1258", "CP932", "CP866")
"""Common printer code pages (others can be typed): Western with €, US, Portuguese, Thai, Vietnamese, ..."""

BAUD_RATES = ("9600", "19200", "38400", "115200")
KINDS = (DocKind.KITCHEN, DocKind.RECEIPT, DocKind.CANCEL, DocKind.REFUND)
SYSTEM_SCHEME = "win32" if sys.platform == "win32" else "cups"


def _kind_name(kind: DocKind) -> str:
    return {DocKind.KITCHEN: tr("Kitchen tickets"), DocKind.RECEIPT: tr("Receipts"),
            DocKind.CANCEL: tr("Cancellations"), DocKind.REFUND: tr("Refunds")}[kind]


def printer_state(config: PrinterConfig | None) -> dict[str, Any]:
    """The form values of `config` (a new printer's defaults when None)."""
    state: dict[str, Any] = {"base": config, "name": "kitchen", "connection": "network", "host": "", "port": "9100",
                             "vendor": "", "product": "", "serial": "", "baud": "9600", "path": "", "queue": "",
                             "width": "80", "codepage": "CP858", "kinds": set(KINDS),
                             "auto": AutoPrint.ON_CONFIRM.value, "language": "", "station": ""}
    if config is None:
        return state
    state.update(name=config.name, width=str(config.width), codepage=config.codepage, baud=str(config.baudrate),
                 kinds={k for k in config.kinds if k in KINDS}, auto=config.auto_print.value, language=config.language,
                 station=config.station)
    target = parse_target(config.target)
    if target.scheme == "tcp":
        state.update(connection="network", host=target.address, port=str(target.port))
    elif target.scheme == "usb":
        vendor, _, product = target.address.partition(":")
        state.update(connection="usb", vendor=vendor, product=product)
    elif target.scheme == "serial":
        state.update(connection="serial", serial=target.address)
    elif target.scheme == "file":
        state.update(connection="device", path=target.address)
    else:
        state.update(connection="system", queue=target.address)
    return state


def target_of(state: dict[str, Any]) -> str:
    """The printer target string the form values describe.

    Raises:
        FormProblem: a field the connection needs is empty or malformed.
    """
    name = state["name"] or tr("the printer")
    connection = state["connection"]
    if connection == "network":
        host, port = state["host"].strip(), state["port"].strip() or "9100"
        if not host:
            raise FormProblem(tr("%1: enter the printer's network address.").replace("%1", name))
        if not port.isdigit() or not 0 < int(port) < 65536:
            raise FormProblem(tr("%1: the port must be a number (usually 9100).").replace("%1", name))
        return f"tcp://{host}:{port}"
    if connection == "usb":
        vendor, product = (state[k].strip().lower().removeprefix("0x") for k in ("vendor", "product"))
        target = f"usb:{vendor}:{product}"
    elif connection == "serial":
        target = f"serial:{state['serial'].strip()}"
    elif connection == "device":
        target = f"file:{state['path'].strip()}"
    else:
        target = f"{SYSTEM_SCHEME}:{state['queue'].strip()}"
    try:
        parse_target(target)
    except TargetError:
        messages = {"usb": tr("%1: the USB vendor and product IDs are hexadecimal, like 04b8 and 0e15."),
                    "serial": tr("%1: enter the serial port, like /dev/ttyUSB0 or COM3."),
                    "device": tr("%1: enter the device or file, like /dev/usb/lp0."),
                    "system": tr("%1: enter the name of the system's printer queue.")}
        raise FormProblem(messages[connection].replace("%1", name)) from None
    return target


def config_of(state: dict[str, Any]) -> PrinterConfig:
    """A `PrinterConfig` from form values (keeping what the form does not show from `state["base"]`).

    Raises:
        FormProblem: a value is missing or not valid.
    """
    name = state["name"].strip()
    if not name:
        raise FormProblem(tr("Every printer needs a name."))
    base: PrinterConfig | None = state.get("base")
    data = base.model_dump() if base is not None else {}
    data.update(name=name, target=target_of(state), width=int(state["width"]),
                codepage=state["codepage"].strip() or "CP858", baudrate=int(state["baud"]),
                auto_print=state["auto"], language=state["language"], station=state["station"].strip(),
                kinds=set(state["kinds"]) | ({DocKind.TEST} if base is None or DocKind.TEST in base.kinds else set()))
    if not state["kinds"]:
        raise FormProblem(tr("%1: choose at least one kind of document.").replace("%1", name))
    try:
        return PrinterConfig.model_validate(data)
    except ValidationError as exc:
        raise FormProblem(f"{name}: {exc.errors()[0]['msg']}") from None


class PrintersForm(FormPage):
    """Every printer of the station, each with a test page button."""

    connection_changed = Signal(int)
    """Printer `index` got another kind of connection: what was said about the old one no longer holds."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *, queue: PrintQueue | None = None) -> None:
        """Edit `settings.printing.printers`; `queue` (the running print queue) prints saved printers' test pages."""
        super().__init__(parent)
        self.queue = queue
        self.states = [printer_state(p) for p in settings.printing.printers]
        self.editors: list[dict[str, Any]] = []
        self.results: dict[int, tuple[bool, str]] = {}
        self._tasks: set[asyncio.Task[bool]] = set()
        self.rebuild()

    def title(self) -> str:
        """The page's name."""
        return tr("Printers")

    def build(self, layout: QVBoxLayout) -> None:
        """A box per printer, and the add button."""
        self.editors = []
        if not self.states:
            layout.addWidget(label(tr("No printer yet. KDS works without one; add it now or later."), "formHint"))
        for index, state in enumerate(self.states):
            layout.addWidget(self._editor(index, state))
        self.add_button = touch_button(tr("Add a printer"))
        self.add_button.clicked.connect(self.add_printer)
        layout.addWidget(self.add_button)

    def _editor(self, index: int, state: dict[str, Any]) -> QWidget:
        frame, box = section(tr("Printer %1").replace("%1", str(index + 1)))
        editor: dict[str, Any] = {}
        base: PrinterConfig | None = state.get("base")
        if base is not None and base.owner:  # on a restaurant's shared store: the screen that prints on it
            editor["owner"] = label(tr("Connected to the screen %1").replace("%1", base.owner), "formHint")
            box.addWidget(editor["owner"])
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        editor["name"] = text_field(tr("kitchen"))
        field_row(grid, tr("Name"), editor["name"], row=0, column=0)
        editor["station"] = text_field(tr("GRILL"), name=f"printerStation{index}")
        field_row(grid, tr("Kitchen station"), editor["station"],
                  tr("Its kitchen tickets then show only that station's lines. Empty: every line."), row=0, column=1)
        box.addLayout(grid)
        editor["connection"] = ChoiceRow([("network", tr("Network")), ("usb", tr("USB")), ("serial", tr("Serial")),
                                          ("device", tr("Device or file")), ("system", tr("System printer"))])
        field_row(box, tr("Connection"), editor["connection"])
        places: dict[str, QWidget] = {}
        for connection, fields in (
                ("network", (("host", tr("Address"), "192.168.1.50"), ("port", tr("Port"), "9100"))),
                ("usb", (("vendor", tr("Vendor ID"), "04b8"), ("product", tr("Product ID"), "0e15"))),
                ("serial", (("serial", tr("Serial port"), "/dev/ttyUSB0  ·  COM3"),)),
                ("device", (("path", tr("Device or file"), "/dev/usb/lp0"),)),
                ("system", (("queue", tr("Printer queue name"), "EPSON_TM_T20"),))):
            place = QWidget()
            row = QHBoxLayout(place)
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(16)
            for key, caption, placeholder in fields:
                editor[key] = text_field(placeholder)
                column = QVBoxLayout()
                column.addWidget(label(caption))
                column.addWidget(editor[key])
                row.addLayout(column)
            if connection == "serial":
                editor["baud"] = ChoiceRow([(b, b) for b in BAUD_RATES])
                column = QVBoxLayout()
                column.addWidget(label(tr("Speed (baud)")))
                column.addWidget(editor["baud"])
                row.addLayout(column)
            places[connection] = place
            box.addWidget(place)
        editor["places"] = places
        editor["connection"].changed.connect(lambda key, i=index: self._connection_chosen(i, key))
        editor["width"] = ChoiceRow([("58", tr("58 mm")), ("80", tr("80 mm"))])
        editor["codepage"] = QComboBox()
        editor["codepage"].setEditable(True)
        editor["codepage"].addItems(CODE_PAGES)
        paper = QGridLayout()
        paper.setHorizontalSpacing(16)
        field_row(paper, tr("Paper width"), editor["width"], row=0, column=0)
        field_row(paper, tr("Code page"), editor["codepage"],
                  tr("CP858 for most Latin text; CP874 Thai; CP1258 Vietnamese."), row=0, column=1)
        box.addLayout(paper)
        kinds = QHBoxLayout()
        editor["kinds"] = {kind: toggle(_kind_name(kind)) for kind in KINDS}
        for box_ in editor["kinds"].values():
            kinds.addWidget(box_)
        field_row(box, tr("Prints"), _wrap(kinds))
        editor["auto"] = ChoiceRow([(AutoPrint.ON_CONFIRM.value, tr("When confirmed")),
                                    (AutoPrint.ON_ARRIVAL.value, tr("When it arrives")),
                                    (AutoPrint.OFF.value, tr("Only when asked"))])
        field_row(box, tr("Prints by itself"), editor["auto"])
        editor["language"] = ChoiceRow([("", tr("Same as the screen")),
                                        *((lang.value, NATIVE_NAMES[lang]) for lang in Language)], columns=4)
        field_row(box, tr("Printed in"), editor["language"], tr("The language of the ticket's own words."))
        actions = QHBoxLayout()
        editor["test"] = touch_button(tr("Print a test page"), kind="primary")
        editor["test"].clicked.connect(lambda _=False, i=index: self.start_test(i))
        remove = touch_button(tr("Remove this printer"), kind="danger")
        remove.clicked.connect(lambda _=False, i=index: self.remove_printer(i))
        actions.addWidget(editor["test"])
        actions.addWidget(remove)
        box.addLayout(actions)
        editor["result"] = label("", "formHint")
        box.addWidget(editor["result"])
        self.editors.append(editor)
        self._fill(editor, state, index)
        return frame

    def _connection_chosen(self, index: int, connection: str) -> None:
        """Show the new connection's fields and drop the test result of the old one."""
        for key, place in self.editors[index]["places"].items():
            place.setVisible(key == connection)
        self.results.pop(index, None)
        self._result(index, True, "")
        self.connection_changed.emit(index)

    def _fill(self, editor: dict[str, Any], state: dict[str, Any], index: int) -> None:
        for key in ("name", "host", "port", "vendor", "product", "serial", "path", "queue", "station"):
            editor[key].setText(state[key])
        editor["connection"].set_value(state["connection"])
        for key, place in editor["places"].items():
            place.setVisible(key == state["connection"])
        editor["baud"].set_value(state["baud"])
        editor["width"].set_value(state["width"])
        editor["codepage"].setCurrentText(state["codepage"])
        for kind, box in editor["kinds"].items():
            box.setChecked(kind in state["kinds"])
        editor["auto"].set_value(state["auto"])
        editor["language"].set_value(state["language"])
        ok, text = self.results.get(index, (True, ""))
        editor["result"].setObjectName("formOk" if ok else "formProblem")
        editor["result"].setText(text)

    def _read(self, index: int) -> dict[str, Any]:
        editor, state = self.editors[index], dict(self.states[index])
        for key in ("name", "host", "port", "vendor", "product", "serial", "path", "queue", "station"):
            field: QLineEdit = editor[key]
            state[key] = field.text()
        state.update(connection=editor["connection"].value(), baud=editor["baud"].value(),
                     width=editor["width"].value(), codepage=editor["codepage"].currentText(),
                     kinds={k for k, box in editor["kinds"].items() if box.isChecked()}, auto=editor["auto"].value(),
                     language=editor["language"].value())
        return state

    def state(self) -> dict[str, Any]:
        """Every printer's values (as typed so far)."""
        for index in range(min(len(self.editors), len(self.states))):
            self.states[index] = self._read(index)
        return {"printers": list(self.states)}

    def set_state(self, state: dict[str, Any]) -> None:
        """Put back what `state()` returned."""
        self.states = list(state.get("printers", self.states))
        for index, editor in enumerate(self.editors):
            self._fill(editor, self.states[index], index)

    def add_printer(self) -> None:
        """One more printer (named so that names stay unique)."""
        self.states = self.state()["printers"]
        self.editors = []  # the states are complete: nothing to read back before the rebuild
        names = {s["name"] for s in self.states}
        state = printer_state(None)
        state["name"] = next(n for n in ("kitchen", "counter", *(f"printer{i}" for i in range(2, 99)))
                             if n not in names)
        self.states.append(state)
        self.rebuild()

    def remove_printer(self, index: int) -> None:
        """Drop printer `index`."""
        self.states = self.state()["printers"]
        del self.states[index]
        self.editors = []
        self.results = {}
        self.rebuild()

    def start_test(self, index: int) -> None:
        """Print a test page on printer `index` as it is typed now (in the background)."""
        task = asyncio.ensure_future(self.run_test(index))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def run_test(self, index: int) -> bool:
        """Print printer `index`'s test page and show how it went; True when it printed."""
        editor = self.editors[index]
        try:
            config = config_of(self._read(index))
        except FormProblem as exc:
            self._result(index, False, str(exc))
            return False
        editor["test"].setEnabled(False)
        self._result(index, True, tr("Printing a test page…"))
        try:
            if self.queue is not None and runs_in(self.queue, config):
                await queued_test_print(self.queue, config.name)
            else:
                await test_print(config)
        except TestPrintFailed as exc:
            self._result(index, False, tr("The test page did not print: %1").replace("%1", str(exc)))
            return False
        finally:
            if index < len(self.editors):
                self.editors[index]["test"].setEnabled(True)
        self._result(index, True, tr("Test page sent. Check the printer."))
        return True

    def _result(self, index: int, ok: bool, text: str) -> None:
        self.results[index] = (ok, text)
        if index < len(self.editors):
            result: QLabel = self.editors[index]["result"]
            result.setObjectName("formOk" if ok else "formProblem")
            result.setText(text)
            result.style().unpolish(result)
            result.style().polish(result)

    def apply(self, draft: Draft) -> Draft:
        """The draft with these printers.

        Raises:
            FormProblem: a printer misses something, or two share a name.
        """
        printers = tuple(config_of(s) for s in self.state()["printers"])
        printing = draft.settings.printing
        kept = {p.name for p in printers}
        data = printing.model_dump()
        data["printers"] = [p.model_dump() for p in printers]
        for printer in data["printers"]:
            if printer.get("fallback") not in kept:
                printer["fallback"] = None
        try:
            new = PrintSettings.model_validate(data)
        except ValidationError:
            raise FormProblem(tr("Two printers have the same name.")) from None
        draft.settings = draft.settings.model_copy(update={"printing": new})
        return draft


def _wrap(layout: QHBoxLayout) -> QWidget:
    widget = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    widget.setLayout(layout)
    return widget

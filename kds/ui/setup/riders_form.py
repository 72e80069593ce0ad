"""The restaurant's own riders: name, phone, vehicle and plate, offered by Dispatch on self-delivery orders.

Each rider keeps the id it was given when added (the platforms see it as the courier's id), so a
rider edited or moved in the list is still the same courier. The list is short (`MAX_RIDERS`).
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from kds.domain.riders import Vehicle
from kds.station.settings import MAX_RIDERS, RiderSettings, Settings
from kds.ui import wording
from kds.ui.setup.controls import ChoiceRow, field_row, label, section, text_field
from kds.ui.setup.form import Draft, FormPage, FormProblem
from kds.ui.widgets.overlay import touch_button
from kds.ui.wording import tr


def _state(rider: RiderSettings | None, rider_id: int) -> dict[str, Any]:
    if rider is None:
        return {"id": rider_id, "name": "", "phone": "", "vehicle": Vehicle.MOTORBIKE.value, "plate": ""}
    return {"id": rider.id, "name": rider.name, "phone": rider.phone, "vehicle": rider.vehicle.value,
            "plate": rider.plate}


class RidersForm(FormPage):
    """Add, edit and remove the restaurant's riders."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        """Edit `settings.riders`."""
        super().__init__(parent)
        self.states = [_state(r, r.id) for r in settings.riders]
        self.editors: list[dict[str, Any]] = []
        self.rebuild()

    def title(self) -> str:
        """The page's name."""
        return tr("Riders")

    def build(self, layout: QVBoxLayout) -> None:
        """A box per rider, and the add button."""
        self.editors = []
        layout.addWidget(label(tr("Your own riders, for orders the restaurant delivers itself. Dispatch asks which "
                                  "one takes the order and tells the platform, so the customer knows who is "
                                  "coming."), "formHint"))
        for index, state in enumerate(self.states):
            layout.addWidget(self._editor(index, state))
        self.add_button = touch_button(tr("Add a rider"))
        self.add_button.setObjectName("addRider")
        self.add_button.clicked.connect(self.add_rider)
        self.add_button.setEnabled(len(self.states) < MAX_RIDERS)
        layout.addWidget(self.add_button)

    def _editor(self, index: int, state: dict[str, Any]) -> QWidget:
        frame, box = section(tr("Rider %1").replace("%1", str(index + 1)))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        editor: dict[str, Any] = {"name": text_field(tr("Name"), name=f"riderName{index}"),
                                  "phone": text_field("+55 11 91234-5678", name=f"riderPhone{index}"),
                                  "plate": text_field("ABC-1D23", name=f"riderPlate{index}")}
        field_row(grid, tr("Name"), editor["name"], row=0, column=0)
        field_row(grid, tr("Phone"), editor["phone"], tr("With the country code, e.g. +852."), row=0, column=1)
        box.addLayout(grid)
        editor["vehicle"] = ChoiceRow([(v.value, wording.vehicle(v)) for v in Vehicle])
        field_row(box, tr("Vehicle"), editor["vehicle"])
        field_row(box, tr("Plate"), editor["plate"], tr("Optional."))
        remove = touch_button(tr("Remove this rider"), kind="danger")
        remove.clicked.connect(lambda _=False, i=index: self.remove_rider(i))
        box.addWidget(remove)
        self.editors.append(editor)
        self._fill(editor, state)
        return frame

    @staticmethod
    def _fill(editor: dict[str, Any], state: dict[str, Any]) -> None:
        for key in ("name", "phone", "plate"):
            field: QLineEdit = editor[key]
            field.setText(state[key])
        editor["vehicle"].set_value(state["vehicle"])

    def _read(self, index: int) -> dict[str, Any]:
        editor, state = self.editors[index], dict(self.states[index])
        for key in ("name", "phone", "plate"):
            field: QLineEdit = editor[key]
            state[key] = field.text()
        state["vehicle"] = editor["vehicle"].value() or Vehicle.MOTORBIKE.value
        return state

    def state(self) -> dict[str, Any]:
        """Every rider's values (as typed so far)."""
        for index in range(min(len(self.editors), len(self.states))):
            self.states[index] = self._read(index)
        return {"riders": [dict(s) for s in self.states]}

    def set_state(self, state: dict[str, Any]) -> None:
        """Put back what `state()` returned."""
        self.states = list(state.get("riders", self.states))
        for index, editor in enumerate(self.editors):
            self._fill(editor, self.states[index])

    def add_rider(self) -> None:
        """One more rider, with an id no rider had."""
        self.states = self.state()["riders"]
        self.editors = []
        self.states.append(_state(None, max((s["id"] for s in self.states), default=0) + 1))
        self.rebuild()

    def remove_rider(self, index: int) -> None:
        """Drop rider `index`."""
        self.states = self.state()["riders"]
        del self.states[index]
        self.editors = []
        self.rebuild()

    def apply(self, draft: Draft) -> Draft:
        """The draft with these riders (a rider left without a name is dropped).

        Raises:
            FormProblem: a name or plate is too long, or a phone number holds more than digits,
                spaces and + - ( ).
        """
        riders = []
        for number, state in enumerate(self.state()["riders"], start=1):
            if not state["name"].strip():
                continue
            try:
                riders.append(RiderSettings.model_validate(state))
            except ValidationError:
                raise FormProblem(tr("Rider %1: check the name, the phone (digits, spaces and + only) and the plate.")
                                  .replace("%1", str(number))) from None
        draft.settings = draft.settings.model_copy(update={"riders": tuple(riders)})
        return draft

"""Kitchen stations: what this screen is for, the restaurant's stations, and which lines go where.

What this screen is (counter, one kitchen station, expo) is the screen's own setting, saved in its
settings file. The stations, the default one and the routing rules are the restaurant's: they are
saved in the shared store, so every screen on it routes the same way (`kds.store.stations`).
Everything is big buttons and short fields: rules are a kind, a word and a station, tapped in.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kds.domain.routing import Routing, RoutingRule, RuleKind
from kds.station.settings import Role, Settings
from kds.ui.setup.controls import ChoiceRow, field_row, label, section, text_field
from kds.ui.setup.form import Draft, FormPage, FormProblem
from kds.ui.widgets.overlay import touch_button
from kds.ui.wording import tr

MAX_STATIONS = 8
MAX_RULES = 40


def role_name(role: Role) -> str:
    """What a role is called on its button."""
    return {Role.COUNTER: tr("Counter"), Role.KITCHEN: tr("Kitchen station"), Role.EXPO: tr("Expo")}[role]


def rule_kind_name(kind: RuleKind) -> str:
    """What a kind of rule is called on its button."""
    return {RuleKind.CATEGORY: tr("Category"), RuleKind.KEYWORD: tr("Word in the name"),
            RuleKind.ITEM_CODE: tr("Item code")}[kind]


class StationsForm(FormPage):
    """This screen's role, and the restaurant's stations and routing rules."""

    def __init__(self, settings: Settings, routing: Routing, parent: QWidget | None = None) -> None:
        """Edit `settings.station`'s role and `routing` (the restaurant's, from the shared store)."""
        super().__init__(parent)
        self.values: dict[str, Any] = {
            "role": settings.station.role.value, "station": settings.station.kitchen_station,
            "stations": list(routing.stations), "default": routing.default,
            "rules": [{"kind": r.kind.value, "pattern": r.pattern, "station": r.station, "platform": r.platform}
                      for r in routing.rules]}
        self.original = routing
        self._unbuilt = True  # `values` are newer than the widgets (set before a rebuild)
        self.rebuild()

    def title(self) -> str:
        """The page's name."""
        return tr("Kitchen stations")

    def build(self, layout: QVBoxLayout) -> None:
        """This screen; the stations; the rules."""
        values = self.values
        frame, box = section(tr("This screen"))
        self.role = ChoiceRow([(r.value, role_name(r)) for r in Role], values["role"])
        self.role.changed.connect(lambda _key: self.refresh())
        field_row(box, tr("This screen is"), self.role,
                  tr("Counter: every order and every action. Kitchen station: only the lines routed to it, in big "
                     "type; tap a line when it is made, Bump when the station's part is done. Expo: every order "
                     "with each station's progress."))
        self.station = ChoiceRow([(s, s) for s in values["stations"]], values["station"])
        self.station.setObjectName("kitchenStation")
        self.station_caption = field_row(box, tr("Which station"), self.station)
        self.station_caption.setVisible(values["role"] == Role.KITCHEN.value)
        self.station.setVisible(values["role"] == Role.KITCHEN.value)
        layout.addWidget(frame)

        frame, box = section(tr("The restaurant's stations"))
        box.addWidget(label(tr("Shared by every screen of the restaurant. Names as the kitchen says them: "
                               "GRILL, DRINKS."), "formHint"))
        self.name_fields: list[QLineEdit] = []
        for index, name in enumerate(values["stations"]):
            row = QHBoxLayout()
            field = text_field(tr("Station name"), name=f"stationName{index}")
            field.setText(name)
            field.editingFinished.connect(self.refresh)
            remove = touch_button(tr("Remove"), kind="danger")
            remove.clicked.connect(lambda _=False, i=index: self.remove_station(i))
            row.addWidget(field, 1)
            row.addWidget(remove)
            box.addLayout(row)
            self.name_fields.append(field)
        self.add_station_button = touch_button(tr("Add a station"))
        self.add_station_button.setObjectName("addStation")
        self.add_station_button.clicked.connect(self.add_station)
        self.add_station_button.setEnabled(len(values["stations"]) < MAX_STATIONS)
        box.addWidget(self.add_station_button)
        first = next((s for s in values["stations"] if s), "")
        self.default = ChoiceRow([(s, s) for s in values["stations"]], values["default"] or first)
        field_row(box, tr("Lines no rule matches go to"), self.default)
        layout.addWidget(frame)

        frame, box = section(tr("Routing rules"))
        box.addWidget(label(tr("Tried from the top; the first that matches decides. A word matches the item's "
                               "name in any language the platform sends, without accents or capitals."),
                            "formHint"))
        self.rule_editors: list[dict[str, Any]] = []
        for index, rule in enumerate(values["rules"]):
            editor: dict[str, Any] = {"kind": ChoiceRow([(k.value, rule_kind_name(k)) for k in RuleKind], rule["kind"]),
                      "pattern": text_field(tr("e.g. suco, 茶, drinks, SKU-123"), name=f"rulePattern{index}"),
                      "station": ChoiceRow([(s, s) for s in values["stations"]], rule["station"])}
            editor["pattern"].setText(rule["pattern"])
            rule_frame, rule_box = section(tr("Rule %1").replace("%1", str(index + 1)))
            rule_box.addWidget(editor["kind"])
            rule_box.addWidget(editor["pattern"])
            field_row(rule_box, tr("Goes to"), editor["station"])
            remove = touch_button(tr("Remove this rule"), kind="danger")
            remove.clicked.connect(lambda _=False, i=index: self.remove_rule(i))
            rule_box.addWidget(remove)
            box.addWidget(rule_frame)
            self.rule_editors.append({**editor, "platform": rule.get("platform", "")})
        self.add_rule_button = touch_button(tr("Add a rule"))
        self.add_rule_button.setObjectName("addRule")
        self.add_rule_button.clicked.connect(self.add_rule)
        self.add_rule_button.setEnabled(bool(values["stations"]) and len(values["rules"]) < MAX_RULES)
        box.addWidget(self.add_rule_button)
        layout.addWidget(frame)
        self._unbuilt = False

    # -- editing -----------------------------------------------------------------------------

    def state(self) -> dict[str, Any]:
        """What is typed and chosen so far."""
        if self._unbuilt:
            return {**self.values, "stations": list(self.values["stations"]),
                    "rules": [dict(r) for r in self.values["rules"]]}
        names = [f.text().strip() for f in self.name_fields]
        renamed = {old: new for old, new in zip(self.values["stations"], names, strict=False) if old}
        rules = [{"kind": e["kind"].value(), "pattern": e["pattern"].text(),
                  "station": renamed.get(e["station"].value(), e["station"].value()), "platform": e["platform"]}
                 for e in self.rule_editors]
        self.values = {"role": self.role.value(), "station": renamed.get(self.station.value(), self.station.value()),
                       "stations": names, "default": renamed.get(self.default.value(), self.default.value()),
                       "rules": rules}
        return {**self.values, "stations": list(names), "rules": [dict(r) for r in rules]}

    def set_state(self, state: dict[str, Any]) -> None:
        """Put back what `state()` returned (the page is built from `values`)."""
        self.values = dict(state)

    def refresh(self) -> None:
        """Build the page again with what is typed (new names appear on the station buttons)."""
        self._edit(lambda values: None)

    def _edit(self, change: Any) -> None:
        """Apply `change` to what is typed so far, and build the page from the result."""
        self.values = self.state()
        change(self.values)
        self._unbuilt = True
        self.rebuild()

    def add_station(self) -> None:
        """One more station (named on the page)."""
        self._edit(lambda values: values["stations"].append(""))

    def remove_station(self, index: int) -> None:
        """Drop station `index` (its rules go with it)."""
        def drop(values: dict[str, Any]) -> None:
            gone = values["stations"].pop(index)
            values["rules"] = [r for r in values["rules"] if r["station"] != gone]
        self._edit(drop)

    def add_rule(self) -> None:
        """One more rule: a word in the name, to the first station."""
        def add(values: dict[str, Any]) -> None:
            first = next((s for s in values["stations"] if s), "")
            values["rules"].append({"kind": RuleKind.KEYWORD.value, "pattern": "", "station": first, "platform": ""})
        self._edit(add)

    def remove_rule(self, index: int) -> None:
        """Drop rule `index`."""
        self._edit(lambda values: values["rules"].pop(index))

    def apply(self, draft: Draft) -> Draft:
        """The draft with this screen's role, and the restaurant's routing to save in the shared store.

        Raises:
            FormProblem: two stations have one name, a kitchen screen has no station, or a rule has no station.
        """
        state = self.state()
        stations = tuple(s for s in state["stations"] if s)
        if len({s.casefold() for s in stations}) != len(stations):
            raise FormProblem(tr("Two stations have the same name."))
        role = Role(state["role"] or Role.COUNTER.value)
        station = state["station"] if state["station"] in stations else ""
        if role is Role.KITCHEN and not station:
            raise FormProblem(tr("Choose which station this kitchen screen is."))
        rules = []
        for number, rule in enumerate(state["rules"], start=1):
            if not rule["pattern"].strip():
                continue  # a rule left empty is dropped, like a rider without a name
            if rule["station"] not in stations:
                raise FormProblem(tr("Rule %1: choose the station it goes to.").replace("%1", str(number)))
            rules.append(RoutingRule(RuleKind(rule["kind"] or RuleKind.KEYWORD.value), rule["pattern"].strip(),
                                     rule["station"], rule["platform"]))
        default = state["default"] if state["default"] in stations else (stations[0] if stations else "")
        routing = Routing(stations, tuple(rules), default)
        current = draft.settings.station
        draft.settings = draft.settings.model_copy(update={"station": current.model_copy(
            update={"role": role, "kitchen_station": station})})
        draft.routing = routing if routing != self.original else None
        return draft

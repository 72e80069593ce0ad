"""Touch controls for the setup forms: steppers, toggles, choice rows, fields, and their stylesheet.

Spin boxes and small check boxes are hard to hit with a wet finger; every control here is at least
56 px tall and changes by whole taps. The stylesheet complements the application's (`app.qss`),
which styles the buttons, line edits and sheets these forms share with the counter screen.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import asdict
from string import Template

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from kds.ui.theme import Fonts, Theme
from kds.ui.widgets.overlay import touch_button

TOUCH = 56
"""Smallest height of anything a finger taps."""

_FORM_QSS = Template("""
QWidget#setupWizard { background: $window; }
QFrame#wizardBar { background: $column; border-bottom: 1px solid $card_border; }
QFrame#wizardFoot { background: $column; border-top: 1px solid $card_border; }
QLabel#wizardStep { color: $muted; font-weight: 700; }
QFrame#formSection { background: $card_alt; border: 1px solid $card_border; border-radius: 12px; }
QLabel#formTitle { font-size: ${big_px}px; font-weight: 800; }
QLabel#formSectionTitle { font-size: ${header_px}px; font-weight: 800; }
QLabel#formLabel { font-weight: 700; }
QLabel#formHint { color: $muted; }
QLabel#formProblem { color: $warning; font-weight: 700; }
QLabel#formOk { color: $ok; font-weight: 700; }
QLabel#formNotice { background: $error_bg; color: #ffffff; border-radius: 10px; padding: 12px 16px;
                    font-weight: 700; }
QLabel#stepperValue { font-size: ${header_px}px; font-weight: 800; min-width: 110px; }
QLabel#pinDisplay { font-size: ${big_px}px; font-weight: 800; letter-spacing: 6px; padding: 8px;
                    border: 2px solid $card_border; border-radius: 10px; background: $window; }
QCheckBox { min-height: ${touch_px}px; spacing: 14px; font-weight: 700; }
QCheckBox::indicator { width: 34px; height: 34px; border-radius: 8px; border: 2px solid $card_border;
                       background: $window; }
QCheckBox::indicator:checked { background: $accent; border-color: $accent; }
QComboBox { min-height: ${touch_px}px; padding: 0 14px; border-radius: 10px; border: 2px solid $card_border;
            background: $window; color: $text; }
QComboBox QAbstractItemView { background: $card; color: $text; selection-background-color: $accent;
                              min-height: ${touch_px}px; }
QSlider::groove:horizontal { height: 10px; border-radius: 5px; background: $card_border; }
QSlider::handle:horizontal { width: 40px; margin: -16px 0; border-radius: 20px; background: $accent; }
QSlider { min-height: ${touch_px}px; }
QPushButton[kind="nav"] { background: transparent; text-align: left; padding-left: 18px; }
QPushButton[kind="nav"]:checked { background: $accent; color: #ffffff; }
QPushButton[kind="key"] { font-size: ${big_px}px; min-height: 72px; }
QScrollArea, QWidget#formBody, QStackedWidget { background: transparent; }
""")


def form_stylesheet(theme: Theme, fonts: Fonts) -> str:
    """The setup forms' stylesheet for `theme` at `fonts`' scale."""
    values = {k: v for k, v in asdict(theme).items() if isinstance(v, str)}
    values.update(big_px=str(fonts.px(26)), header_px=str(fonts.px(20)), touch_px=str(max(TOUCH, fonts.px(TOUCH))))
    return _FORM_QSS.safe_substitute(values)


def label(text: str, kind: str = "formLabel", *, wrap: bool = True) -> QLabel:
    """A label styled as `kind` (formLabel, formHint, formProblem, formTitle, ...)."""
    widget = QLabel(text)
    widget.setObjectName(kind)
    widget.setWordWrap(wrap)
    widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return widget


def text_field(placeholder: str = "", *, secret: bool = False, name: str = "") -> QLineEdit:
    """A one-line field 56 px tall; `secret` hides what is typed and keeps it out of the clipboard."""
    field = QLineEdit()
    field.setMinimumHeight(TOUCH)
    field.setPlaceholderText(placeholder)
    if name:
        field.setObjectName(name)
    if secret:
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData
                                  | Qt.InputMethodHint.ImhNoPredictiveText)
    return field


def toggle(text: str) -> QCheckBox:
    """A check box with a finger-sized box."""
    box = QCheckBox(text)
    box.setMinimumHeight(TOUCH)
    return box


def section(title: str = "") -> tuple[QFrame, QVBoxLayout]:
    """A rounded box grouping fields, with an optional title; returns the box and its layout."""
    frame = QFrame()
    frame.setObjectName("formSection")
    frame.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(18, 14, 18, 16)
    layout.setSpacing(8)
    if title:
        layout.addWidget(label(title, "formSectionTitle"))
    return frame, layout


def field_row(layout: QVBoxLayout | QGridLayout, caption: str, widget: QWidget, hint: str = "",
              *, row: int = 0, column: int = 0) -> QLabel:
    """`caption` above `widget` (and a hint below) in `layout`; returns the caption label."""
    caption_label = label(caption)
    box = QVBoxLayout()
    box.setSpacing(4)
    box.addWidget(caption_label)
    box.addWidget(widget)
    if hint:
        box.addWidget(label(hint, "formHint"))
    if isinstance(layout, QGridLayout):
        layout.addLayout(box, row, column, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(column, 1)
    else:
        layout.addLayout(box)
    return caption_label


class Stepper(QWidget):
    """A number changed with big − and + buttons, shown through `format`."""

    value_changed = Signal(float)

    def __init__(self, minimum: float, maximum: float, step: float, value: float,
                 format: Callable[[float], str] = lambda v: f"{v:g}", parent: QWidget | None = None) -> None:
        """A stepper from `minimum` to `maximum` by `step`."""
        super().__init__(parent)
        self.minimum, self.maximum, self.step = minimum, maximum, step
        self.format = format
        self._value = value
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.minus = touch_button("−")
        self.plus = touch_button("+")
        for button in (self.minus, self.plus):
            button.setFixedWidth(72)
            button.setAutoRepeat(True)
        self.display = QLabel()
        self.display.setObjectName("stepperValue")
        self.display.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.minus)
        layout.addWidget(self.display)
        layout.addWidget(self.plus)
        layout.addStretch(1)
        self.minus.clicked.connect(lambda: self.set_value(self._value - self.step))
        self.plus.clicked.connect(lambda: self.set_value(self._value + self.step))
        self.set_value(value)

    def value(self) -> float:
        """The current number."""
        return self._value

    def set_value(self, value: float) -> None:
        """Show `value`, kept within the limits and on the step grid."""
        steps = round((value - self.minimum) / self.step)
        value = max(self.minimum, min(self.maximum, self.minimum + steps * self.step))
        value = round(value, 6)
        changed = value != self._value
        self._value = value
        self.display.setText(self.format(value))
        self.minus.setEnabled(value > self.minimum)
        self.plus.setEnabled(value < self.maximum)
        if changed:
            self.value_changed.emit(value)


class ChoiceRow(QWidget):
    """Exclusive choices as a row (or grid) of big buttons; `value()` is the chosen one's key."""

    changed = Signal(str)

    def __init__(self, options: Sequence[tuple[str, str]], value: str = "", *, columns: int = 0,
                 parent: QWidget | None = None) -> None:
        """`options` are `(key, label)`; `columns` > 0 wraps them into a grid."""
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        for i, (key, text) in enumerate(options):
            button = touch_button(text, kind="choice")
            button.setCheckable(True)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _=False, k=key: self._chosen(k))
            self.group.addButton(button)
            row, column = (divmod(i, columns) if columns else (0, i))
            layout.addWidget(button, row, column)
            self.buttons[key] = button
        self._value = ""
        self.set_value(value)

    def value(self) -> str:
        """The chosen key ("" when none)."""
        return self._value

    def set_value(self, key: str) -> None:
        """Choose `key` (nothing happens for an unknown key)."""
        button = self.buttons.get(key)
        if button is None:
            return
        button.setChecked(True)
        self._value = key

    def _chosen(self, key: str) -> None:
        self._value = key
        self.changed.emit(key)


class ChoiceField(ChoiceRow):
    """A settings field with a few fixed values, as big buttons one above the other.

    It reads and writes like a text field (`text()`, `setText()`), so the forms treat every settings
    field alike; a value it does not offer leaves nothing chosen (`text()` is then "").
    """

    def __init__(self, options: Sequence[tuple[str, str]], value: str = "", *, name: str = "",
                 parent: QWidget | None = None) -> None:
        """`options` are `(value, caption)`; `name` is its object name (tests find it by it)."""
        super().__init__(options, value, columns=1, parent=parent)
        if name:
            self.setObjectName(name)

    def text(self) -> str:
        """The chosen value ("" when none)."""
        return self.value()

    def setText(self, text: str) -> None:  # noqa: N802 - the name of QLineEdit's, which forms call
        """Choose `text` (nothing is chosen for a value it does not offer)."""
        if text.strip() not in self.buttons:
            button = self.group.checkedButton()
            if button is not None:
                self.group.setExclusive(False)
                button.setChecked(False)
                self.group.setExclusive(True)
            self._value = ""
            return
        self.set_value(text.strip())

"""What the setup forms share: the draft being edited, a form problem, and pages that retranslate.

A page is built from `tr()` texts. When Qt announces a language change the page builds itself again
in the new language and puts back what was typed (`state()` / `set_state()`), so switching the
language in the middle of the wizard loses nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kds.domain.routing import Routing
from kds.station.settings import Settings


class FormProblem(ValueError):  # noqa: N818 - reads as what the form shows
    """A field is missing or wrong; the message is for staff (translated)."""


@dataclass(frozen=True, slots=True)
class StoredSecrets:
    """What the keyring held when a form opened (never the secrets themselves).

    Attributes:
        present: keys with a value (`<platform>/client_secret`, ...).
        shown: values of the keys that are identifiers rather than secrets (client id, app id),
            so the form can show them.
        unavailable: why the chosen place (the keyring, or the locked credentials file) cannot be used, or None.
        keyring_problem: why the OS keyring itself cannot be used (for the log), or None; staff may have
            chosen another place then (`kds.station.settings.CredentialStore`).
    """

    present: frozenset[str] = frozenset()
    shown: dict[str, str] = field(default_factory=dict)
    unavailable: str | None = None
    keyring_problem: str | None = None


@dataclass(slots=True)
class Draft:
    """Settings being edited, and the keyring changes to make when they are saved.

    Attributes:
        settings: the settings as the forms have them so far.
        secrets: key -> new value, or None to delete it from the keyring.
        pin: a new manager PIN, "" to remove it, None to leave it as it is.
        routing: the restaurant's new routing to kitchen stations (saved in the shared store), None: unchanged.
    """

    settings: Settings
    secrets: dict[str, str | None] = field(default_factory=dict)
    pin: str | None = None
    routing: Routing | None = None


class FormPage(QWidget):
    """A page of fields that rebuilds itself in the new language. Subclasses call `rebuild()` once set up."""

    def __init__(self, parent: QWidget | None = None) -> None:
        """An empty page (the subclass builds it)."""
        super().__init__(parent)
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(0, 0, 0, 0)
        self._body: QWidget | None = None
        self._pending = False

    def title(self) -> str:
        """The page's name (navigation, wizard heading)."""
        raise NotImplementedError

    def build(self, layout: QVBoxLayout) -> None:
        """Create the page's widgets into `layout` (in the current language)."""
        raise NotImplementedError

    def apply(self, draft: Draft) -> Draft:
        """`draft` with this page's values in it.

        Raises:
            FormProblem: a value is missing or wrong.
        """
        return draft

    def state(self) -> dict[str, Any]:
        """What is typed and chosen, to put back after a rebuild."""
        return {}

    def set_state(self, state: dict[str, Any]) -> None:
        """Put back what `state()` returned."""

    def rebuild(self) -> None:
        """Build the page again (in the current language), keeping what was typed."""
        self._pending = False
        state = self.state() if self._body is not None else None
        body = QWidget()
        body.setObjectName("formBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        old, self._body = self._body, body
        self.build(layout)
        layout.addStretch(1)
        if old is not None:
            self._outer.replaceWidget(old, body)
            old.hide()
            old.deleteLater()
        else:
            self._outer.addWidget(body)
        if state is not None:
            self.set_state(state)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        """Rebuild after a language change (once the event has reached every child)."""
        if event.type() == QEvent.Type.LanguageChange and self._body is not None and not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.rebuild)
        super().changeEvent(event)

"""A tiny synchronous change bus: services publish `Changes`, view-models and printers subscribe."""

from __future__ import annotations

import logging
from collections.abc import Callable

from kds.domain.changes import Changes

log = logging.getLogger(__name__)

Listener = Callable[[Changes], None]


class ChangeBus:
    """Fan-out of `Changes` to listeners. A failing listener is logged and does not stop the others."""

    def __init__(self) -> None:
        """An empty bus."""
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Add a listener; returns a function that removes it."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def publish(self, changes: Changes) -> None:
        """Deliver `changes` to every listener (nothing is sent for empty changes)."""
        if not changes:
            return
        for listener in list(self._listeners):
            try:
                listener(changes)
            except Exception:
                log.exception("change listener %r failed", listener)

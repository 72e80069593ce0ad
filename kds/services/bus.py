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
        self._last: list[Listener] = []

    def subscribe(self, listener: Listener, *, last: bool = False) -> Callable[[], None]:
        """Add a listener; returns a function that removes it.

        `last` listeners hear of each change after every other listener (e.g. to record that the change was
        told).
        """
        listeners = self._last if last else self._listeners
        listeners.append(listener)
        return lambda: listeners.remove(listener) if listener in listeners else None

    def publish(self, changes: Changes) -> None:
        """Deliver `changes` to every listener (nothing is sent for empty changes)."""
        if not changes:
            return
        for listener in [*self._listeners, *self._last]:
            try:
                listener(changes)
            except Exception:
                log.exception("change listener %r failed", listener)

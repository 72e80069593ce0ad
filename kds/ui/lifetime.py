"""Closing top-level windows (and other parentless Qt objects) so that Qt, on the GUI thread, deletes them.

A window or any other QObject without a parent belongs to its Python wrapper. Once nothing refers to the wrapper but
reference cycles (slots that capture `self`), Python's cyclic garbage collector frees it on
whichever thread happens to allocate at that moment, and with printer threads rendering tickets
that is often not the GUI thread: Qt then destroys the window off its thread ("QObject::~QObject:
Timers cannot be stopped from another thread") and a timer left behind crashes the app later.
`retire` therefore keeps the wrapper referenced until Qt has deleted the object itself
(`deleteLater`, on the GUI thread), after which collecting the wrapper deletes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

_retired: dict[int, QObject] = {}


def retire(obj: QObject) -> None:
    """Close `obj` (a widget) and let Qt delete it on the GUI thread; the wrapper stays referenced until then."""
    key = id(obj)
    if key in _retired:
        return
    _retired[key] = obj
    obj.destroyed.connect(lambda *_: _retired.pop(key, None))
    if isinstance(obj, QWidget):
        obj.close()
    obj.deleteLater()


def retired() -> int:
    """How many retired objects Qt has not deleted yet (tests)."""
    return len(_retired)

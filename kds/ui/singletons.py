"""Workaround: keep `None`, `True` and `False` alive under PySide6 6.12 on CPython 3.11.

PySide6 6.12.0 (the `cp310-abi3` wheels) returns `None` from every wrapped void method, and `True`
from `Signal.emit`, without taking a new reference. On CPython 3.12+ these objects are immortal
(PEP 683), so nothing shows; on 3.11 every call lowers their reference count by one until the
interpreter aborts with "Fatal Python error: none_dealloc" (or "bool_dealloc"), at the latest at
exit. A repainting board makes thousands of such calls a second.

Measured here: 100 calls of `QObject.setObjectName` lower `sys.getrefcount(None)` by 100, 200
`Signal.emit()` lower `sys.getrefcount(True)` by 200 (PySide6 6.12.0, CPython 3.11.7, Linux). No
upstream report was found yet; `tests/ui/test_singletons.py` keeps measuring it, so the
workaround can go once the bug is fixed or the project requires Python 3.12.

The fix does what 3.12 does: it gives the three singletons a reference count so large that no
amount of missing references can bring it to zero.
"""

from __future__ import annotations

import ctypes
import sys

_PINNED = 1 << 60
"""Added to each singleton's count: ~10^18 missing references before trouble, i.e. never."""


def needs_pinning() -> bool:
    """True where the singletons are mortal (CPython before 3.12)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def pin() -> bool:
    """Make None, True and False effectively immortal; returns True when it changed anything."""
    if not needs_pinning():
        return False
    for obj in (None, True, False):
        # On CPython < 3.12 a PyObject starts with its Py_ssize_t reference count, at id(obj).
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < _PINNED:
            count.value += _PINNED
    return True

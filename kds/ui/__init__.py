"""The desktop counter screen (PySide6 on a qasync loop): the only package besides `kds.app` that imports Qt."""

from kds.ui import singletons

# Before any Qt call: PySide6 6.12 on CPython 3.11 drops references to None and True (see the module).
singletons.pin()

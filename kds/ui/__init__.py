"""The desktop counter screen (PySide6 on a qasync loop): the only package besides `kds.app` that imports Qt."""

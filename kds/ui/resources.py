"""Where the app's sounds, icons and stylesheets are, in a source tree and in a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The `resources/` directory: beside the bundle when frozen (PyInstaller), else at the repository root."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    """A file under `resources/`."""
    return resources_dir().joinpath(*parts)

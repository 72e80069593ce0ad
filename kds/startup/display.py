"""Whether Qt can open a window on this Linux desktop, asked before Qt tries (and aborts).

Since Qt 6.5 the X11 (xcb) platform plugin needs `libxcb-cursor0`, which a bare Linux install often
lacks; Qt then aborts with a long plugin message that does not name the package. `display_problem`
looks the plugin's system libraries up first (`ctypes.util.find_library`, as the dynamic loader
would find them) and says in one line what to install, and that `kds --headless` needs no screen.
"""

from __future__ import annotations

import ctypes.util
import os
import sys
from collections.abc import Callable, Mapping

XCB_LIBRARIES: dict[str, str] = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}
"""Libraries the xcb plugin loads that PySide6 does not ship, with the Debian/Ubuntu package of each."""


def uses_xcb(env: Mapping[str, str], platform: str) -> bool:
    """True when Qt will pick its X11 plugin: on Linux, with QT_QPA_PLATFORM unset (outside Wayland) or xcb."""
    if not platform.startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return not env.get("WAYLAND_DISPLAY")


def display_problem(env: Mapping[str, str] | None = None, platform: str = sys.platform,
                    find: Callable[[str], str | None] = ctypes.util.find_library) -> str | None:
    """One line saying which packages the window needs, or None when nothing is missing (or Qt will not use X11)."""
    if not uses_xcb(os.environ if env is None else env, platform):
        return None
    missing = [package for library, package in XCB_LIBRARIES.items() if find(library) is None]
    if not missing:
        return None
    packages = " ".join(missing)
    verb = "is" if len(missing) == 1 else "are"
    return (f"kds: the window needs {packages}, which {verb} not installed: run 'sudo apt install {packages}' "
            "(or your distribution's package of the same name); 'kds --headless' needs no screen.")

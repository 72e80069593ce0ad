"""Before Qt aborts on a bare Linux desktop, KDS says in one line which package to install."""

from __future__ import annotations

from kds.startup.display import display_problem, uses_xcb

ALL = {"xcb-cursor": "/usr/lib/libxcb-cursor.so.0", "xcb-icccm": "/usr/lib/libxcb-icccm.so.4",
       "xcb-keysyms": "/usr/lib/libxcb-keysyms.so.1", "xkbcommon-x11": "/usr/lib/libxkbcommon-x11.so.0"}


def without(*names: str):
    return lambda library: None if library in names else ALL[library]


def test_a_missing_xcb_cursor_names_the_package_and_headless() -> None:
    line = display_problem({"DISPLAY": ":0"}, "linux", without("xcb-cursor"))
    assert line is not None and "\n" not in line
    assert "sudo apt install libxcb-cursor0" in line and "--headless" in line


def test_nothing_to_say_when_everything_is_there_or_qt_will_not_use_x11() -> None:
    assert display_problem({"DISPLAY": ":0"}, "linux", without()) is None
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}, "linux", without("xcb-cursor")) is None
    assert display_problem({"WAYLAND_DISPLAY": "wayland-0"}, "linux", without("xcb-cursor")) is None
    assert display_problem({}, "win32", without("xcb-cursor")) is None
    assert display_problem({}, "darwin", without("xcb-cursor")) is None


def test_several_missing_packages_are_installed_in_one_command() -> None:
    line = display_problem({"QT_QPA_PLATFORM": "xcb"}, "linux", without("xcb-cursor", "xkbcommon-x11"))
    assert line is not None and "sudo apt install libxcb-cursor0 libxkbcommon-x11-0" in line


def test_which_plugin_qt_picks() -> None:
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux") and uses_xcb({}, "linux")
    assert not uses_xcb({"QT_QPA_PLATFORM": "wayland"}, "linux")

"""Start with the system: the XDG autostart entry, the macOS LaunchAgent and the Windows Run key."""

from __future__ import annotations

import os
import plistlib
import shlex
import sys
from pathlib import Path

from kds.station.autostart import NAME, Autostart, launch_command


class DictRunKey:
    """The Windows Run key as a dict."""

    def __init__(self) -> None:
        self.values: dict[str, str] = {}

    def get(self, name: str) -> str | None:
        return self.values.get(name)

    def set(self, name: str, value: str) -> None:
        self.values[name] = value

    def delete(self, name: str) -> None:
        self.values.pop(name, None)


COMMAND = ["/opt/KDS app/kds", "--kiosk", "--data-dir", "/srv/kds $HOME"]


def test_linux_writes_and_removes_an_xdg_autostart_entry(tmp_path: Path) -> None:
    autostart = Autostart(platform="linux", config_home=tmp_path)
    assert not autostart.is_enabled()
    autostart.set_enabled(True, COMMAND)
    entry = tmp_path / "autostart" / "kds.desktop"
    assert autostart.is_enabled() and autostart.location == str(entry)
    lines = dict(line.split("=", 1) for line in entry.read_text().splitlines() if "=" in line)
    assert lines["Type"] == "Application" and lines["Icon"] == "kds"
    # The Exec line's quoting follows the desktop entry rules, which a POSIX shell splits the same way
    # once `$` is escaped.
    assert shlex.split(lines["Exec"].replace("\\$", "$")) == COMMAND
    autostart.set_enabled(False)
    assert not entry.exists() and not autostart.is_enabled()
    autostart.disable()  # disabling twice is fine


def test_the_default_location_is_the_user_config_dir() -> None:
    assert Autostart(platform="linux").location == os.path.join(os.environ["XDG_CONFIG_HOME"], "autostart",
                                                                "kds.desktop")


def test_macos_writes_a_launch_agent(tmp_path: Path) -> None:
    autostart = Autostart(platform="darwin", home=tmp_path)
    autostart.enable(COMMAND)
    plist = tmp_path / "Library" / "LaunchAgents" / "org.kds.desktop.plist"
    data = plistlib.loads(plist.read_bytes())
    assert data["ProgramArguments"] == COMMAND and data["RunAtLoad"] is True
    assert autostart.is_enabled()
    autostart.disable()
    assert not plist.exists()


def test_windows_sets_the_run_key_value() -> None:
    key = DictRunKey()
    autostart = Autostart(platform="win32", run_key=key)
    autostart.enable(["C:\\Program Files\\KDS\\kds.exe", "--kiosk"])
    assert key.values == {NAME: '"C:\\Program Files\\KDS\\kds.exe" --kiosk'}
    assert autostart.is_enabled() and autostart.location.endswith("\\Run\\KDS")
    autostart.disable()
    assert key.values == {} and not autostart.is_enabled()


def test_the_command_is_this_kds() -> None:
    assert launch_command() == [sys.executable, "-m", "kds"]  # not frozen under pytest

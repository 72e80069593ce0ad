r"""Start KDS when the user signs in: the "start with the system" switch of the settings.

Each desktop has its own per-user mechanism, none of which needs administrator rights:

- Linux (and other XDG desktops): a `kds.desktop` entry in `$XDG_CONFIG_HOME/autostart/`;
- Windows: a `KDS` value under `HKCU\Software\Microsoft\Windows\CurrentVersion\Run`;
- macOS: a LaunchAgent `~/Library/LaunchAgents/org.kds.desktop.plist` with `RunAtLoad`.

The command is the running KDS itself (the bundle's executable when frozen, else `python -m kds`),
so switching the setting on from an installed copy starts that copy.
"""

from __future__ import annotations

import contextlib
import plistlib
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import platformdirs

NAME = "KDS"
DESKTOP_FILE = "kds.desktop"
LAUNCH_AGENT = "org.kds.desktop"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
_WINDOWS_ONLY = "the Run key exists on Windows only"


def launch_command() -> list[str]:
    """The command that starts this KDS."""
    if getattr(sys, "frozen", False):
        return [sys.executable]
    return [sys.executable, "-m", "kds"]


class RunKey(Protocol):
    """The Windows Run key (a protocol so tests can use a dict)."""

    def get(self, name: str) -> str | None:
        """The value `name`, or None."""
        ...

    def set(self, name: str, value: str) -> None:
        """Write the value `name`."""
        ...

    def delete(self, name: str) -> None:
        """Remove the value `name` if it exists."""
        ...


class WindowsRunKey:
    r"""`HKCU\...\Run` through winreg (Windows only)."""

    def get(self, name: str) -> str | None:
        """The value `name`, or None."""
        if sys.platform != "win32":  # inline, so that mypy checks what follows as Windows code
            raise OSError(_WINDOWS_ONLY)
        import winreg

        try:
            with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        """Write the value `name`."""
        if sys.platform != "win32":  # inline, so that mypy checks what follows as Windows code
            raise OSError(_WINDOWS_ONLY)
        import winreg

        with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        """Remove the value `name` if it exists."""
        if sys.platform != "win32":  # inline, so that mypy checks what follows as Windows code
            raise OSError(_WINDOWS_ONLY)
        import winreg

        with contextlib.suppress(FileNotFoundError), \
                winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY, 0, winreg.KEY_SET_VALUE) as key:
            winreg.DeleteValue(key, name)


def _desktop_quote(arg: str) -> str:
    # Desktop Entry Specification, "The Exec key": quote arguments with reserved characters.
    if arg and not any(c in arg for c in ' \t\n"\'\\><~|&;$*?#()`='):
        return arg
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return f'"{escaped}"'


class Autostart:
    """Turns starting KDS at sign-in on and off for the current user."""

    def __init__(self, *, platform: str = sys.platform, home: Path | None = None,
                 config_home: Path | None = None, run_key: RunKey | None = None) -> None:
        """Defaults are this machine's; tests pass a platform, directories and a fake Run key."""
        self.platform = platform
        self.home = home or Path.home()
        self.config_home = config_home or Path(platformdirs.user_config_dir())
        self.run_key = run_key

    @property
    def location(self) -> str:
        """Where the entry lives, for the settings screen."""
        if self.platform == "win32":
            return f"HKCU\\{RUN_KEY}\\{NAME}"
        return str(self._file())

    def is_enabled(self) -> bool:
        """True when KDS is set to start at sign-in."""
        if self.platform == "win32":
            return self._key().get(NAME) is not None
        return self._file().is_file()

    def set_enabled(self, enabled: bool, command: Sequence[str] | None = None) -> None:
        """Start (or stop starting) `command` (default: this KDS) at sign-in."""
        if enabled:
            self.enable(command)
        else:
            self.disable()

    def enable(self, command: Sequence[str] | None = None) -> None:
        """Start `command` (default `launch_command()`) at sign-in.

        Raises:
            OSError: the entry cannot be written.
        """
        argv = list(command or launch_command())
        if self.platform == "win32":
            self._key().set(NAME, subprocess.list2cmdline(argv))
            return
        path = self._file()
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.platform == "darwin":
            data = {"Label": LAUNCH_AGENT, "ProgramArguments": argv, "RunAtLoad": True, "ProcessType": "Interactive"}
            path.write_bytes(plistlib.dumps(data))
            return
        path.write_text("[Desktop Entry]\nType=Application\nName=KDS\nComment=Kitchen display\n"
                        f"Exec={' '.join(_desktop_quote(a) for a in argv)}\nIcon=kds\nTerminal=false\n"
                        "X-GNOME-Autostart-enabled=true\n", encoding="utf-8")

    def disable(self) -> None:
        """Do not start KDS at sign-in (nothing happens when it was not set)."""
        if self.platform == "win32":
            self._key().delete(NAME)
            return
        self._file().unlink(missing_ok=True)

    def _file(self) -> Path:
        if self.platform == "darwin":
            return self.home / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"
        return self.config_home / "autostart" / DESKTOP_FILE

    def _key(self) -> RunKey:
        if self.run_key is None:
            self.run_key = WindowsRunKey()
        return self.run_key

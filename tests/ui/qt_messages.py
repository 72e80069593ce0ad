"""Qt warnings fail the screen tests: hooks that `tests/ui/conftest.py` takes over.

pytest-qt installs a Qt message handler from a test's setup through its call and fails the test when a
message at or above `qt_log_level_fail` arrives. That covers setup and call only, so a second handler
here covers teardown too: closing and deleting windows, stopping timers and closing the qasync loop are
where "QObject::killTimer"-style mistakes show up.

A message is let through only when the environment causes it and no code of ours could avoid it; each
pattern in `IGNORED` says why.
"""

from __future__ import annotations

import re
from collections.abc import Generator

import pytest
from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

# Exact patterns of messages the environment causes; each matched with `re.search` against the message text.
IGNORED: tuple[str, ...] = (
    # The offscreen platform plugin (headless CI) cannot pass size hints to a window manager; a real one can.
    r"^This plugin does not support propagateSizeHints\(\)$",
    # QtMultimedia asks PulseAudio for outputs; CI machines run no sound server. The sound board then runs
    # silent on purpose (tests/ui/test_alarms.py checks that it does).
    r"^PulseAudioService: pa_context_connect\(\) failed$",
    # QtMultimedia's FFmpeg backend looks, once per process, for optional PipeWire and VA-API libraries
    # (screen capture, hardware video decoding) that a bare machine does not have; sound does not need them.
    r"^Couldn't (load|resolve) (pipewire-[\d.]+|va|va-x11|va-drm|va\(in plugin\)) (library|symbols)$",
)

_FAIL_LEVEL = "WARNING"
_SERIOUS = (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg)


def ignored(message: str) -> bool:
    """True for a message the environment causes (see `IGNORED`)."""
    return any(re.search(pattern, message) for pattern in IGNORED)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Mark the test so pytest-qt fails it on a Qt warning in setup or call (before pytest-qt reads the marks)."""
    item.add_marker(pytest.mark.qt_log_level_fail(_FAIL_LEVEL))
    item.add_marker(pytest.mark.qt_log_ignore(*IGNORED, extend=True))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Generator[None, object, object]:
    """Fail the test's teardown when Qt warns while its fixtures and widgets are torn down."""
    caught: list[str] = []

    def handler(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if kind in _SERIOUS and not ignored(message):
            caught.append(f"{kind.name}: {message}")

    previous = qInstallMessageHandler(handler)
    try:
        result = yield
    finally:
        qInstallMessageHandler(previous)
    if caught:
        pytest.fail("Qt warned during teardown:\n" + "\n".join(caught), pytrace=False)
    return result

"""The check itself: a Qt warning fails a screen test, in its body or in its teardown; environment noise does not."""

from __future__ import annotations

import pytest

from tests.ui.qt_messages import IGNORED, ignored

CONFTEST = "from tests.ui.qt_messages import pytest_runtest_setup, pytest_runtest_teardown  # noqa: F401\n"

TESTS = '''
import pytest
from PySide6.QtCore import qCritical, qDebug, qWarning


def test_warns(qapp):
    qWarning("a layout set twice")


def test_critical(qapp):
    qCritical("something broke")


@pytest.fixture
def noisy(qapp):
    yield
    qWarning("a timer stopped from another thread")


def test_warns_in_teardown(noisy):
    pass


def test_debug_is_fine(qapp):
    qDebug("chatter")


def test_environment_noise_is_fine(qapp):
    qWarning("This plugin does not support propagateSizeHints()")


def test_quiet(qapp):
    pass
'''


def test_a_qt_warning_fails_the_test(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nqt_api = pyside6\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_noise=TESTS)
    result = pytester.runpytest_inprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, failed=2, errors=1)  # the teardown warning fails its teardown, not its call
    reports = result.reprec.getreports("pytest_runtest_logreport")  # type: ignore[attr-defined]
    failed = {(report.nodeid.rsplit("::", 1)[1], report.when) for report in reports if report.failed}
    assert failed == {("test_warns", "call"), ("test_critical", "call"), ("test_warns_in_teardown", "teardown")}
    result.stdout.fnmatch_lines(["*Qt warned during teardown:*", "*a timer stopped from another thread*"])


def test_only_exact_environment_messages_are_ignored() -> None:
    assert ignored("This plugin does not support propagateSizeHints()")
    assert ignored("PulseAudioService: pa_context_connect() failed")
    assert not ignored("QWidget::setLayout: Attempting to set QLayout on a widget which already has a layout")
    assert not ignored("Note: This plugin does not support propagateSizeHints() (and more)")
    assert all(pattern.startswith("^") and pattern.endswith("$") for pattern in IGNORED)


def test_the_screen_tests_use_the_check() -> None:
    from tests.ui import conftest, qt_messages

    assert conftest.pytest_runtest_setup is qt_messages.pytest_runtest_setup
    assert conftest.pytest_runtest_teardown is qt_messages.pytest_runtest_teardown

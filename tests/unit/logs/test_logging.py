"""The log setup: redacted records in the rotating file, on every handler; the unhandled-exception hook."""

from __future__ import annotations

import asyncio
import io
import logging
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import pytest

from kds.support.logs import LOG_FILE, RedactingFilter, install_excepthook, install_redaction, log_dir, setup_logging
from kds.support.redaction import Redactor

# Real-looking customer data and credentials, and where in a record they travel.
PHONES = ["+55 11 99999-9999", "(11) 98765-4321", "11987654321", "+852 9123 4567", "0812-3456-7890"]
ADDRESSES = ["Rua Augusta, 1234", "Avenida Paulista 1578", "Jl. Sudirman No. 5", "12 Đường Lê Lợi", "彌敦道688號"]
TOKENS = ["AT-7d1c5e2b9f", "cs-live-3e8a1f", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJrZHMifQ.c2lnbmF0dXJlLXZhbHVl",
          "ENC_#Zm9vYmFy#1#", "9f8e7d6c5b4a3210"]
NEEDLES = ["99999-9999", "98765-4321", "11987654321", "9123 4567", "3456-7890", "Augusta", "1234", "Paulista",
           "1578", "Sudirman", "Lê Lợi", "彌敦道", "AT-7d1c5e2b9f", "cs-live-3e8a1f", "eyJhbGciOiJIUzI1NiJ9",
           "Zm9vYmFy", "9f8e7d6c5b4a3210"]


@pytest.fixture
def root_logging() -> Iterator[logging.Logger]:
    """Give the test the root logger and put its handlers and level back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield root
    for handler in root.handlers:
        if handler not in handlers:
            handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


def test_log_file_contains_none_of_the_customer_data_or_secrets(tmp_path: Path, root_logging: logging.Logger) -> None:
    path = setup_logging(directory=tmp_path, to_stderr=False, max_bytes=4_000, backup_count=20)
    assert path == tmp_path / LOG_FILE
    log = logging.getLogger("kds.services.test")
    for _ in range(6):  # enough to rotate the file a few times
        for phone, address in zip(PHONES, ADDRESSES, strict=True):
            log.info("order 42 for %s at %s", phone, address)  # in the args
            log.warning(f"rider called {phone} about {address}")  # noqa: G004 - in the message itself, on purpose
        log.info("HTTP Request: GET https://open.example.com/v1/events:polling?access_token=%s \"200 OK\"", TOKENS[0])
        log.debug("ignored at INFO: %s", TOKENS[0])
        log.info("token refreshed: %s", {"client_secret": TOKENS[1], "accessToken": TOKENS[2]})
        log.info("headers %r", {"Authorization": f"Bearer {TOKENS[2]}"})
        log.info("decrypting %s", TOKENS[3])
        log.info("webhook accepted", extra={"fields": {"query": f"ts=1&sig={TOKENS[4]}", "phone": PHONES[0]}})
        try:
            raise ValueError(f"cannot deliver to {ADDRESSES[0]}, customer {PHONES[1]}, sig={TOKENS[4]}")
        except ValueError:
            log.exception("confirm failed for order %s", "42")
    for handler in root_logging.handlers:
        handler.flush()
    files = sorted(tmp_path.glob(f"{LOG_FILE}*"))
    assert len(files) > 2  # it did rotate
    text = "".join(p.read_text(encoding="utf-8") for p in files)
    for needle in NEEDLES:
        assert needle not in text, needle
    # ...while what support needs is still there
    assert "order 42 for [phone] at [address]" in text
    assert "access_token=[secret]" in text and "Traceback (most recent call last)" in text
    assert "ValueError: cannot deliver to [address], customer [phone], sig=[secret]" in text
    assert "ignored at INFO" not in text


def test_every_handler_is_redacted(root_logging: logging.Logger) -> None:
    stream = io.StringIO()
    other = logging.StreamHandler(stream)
    root_logging.addHandler(other)
    root_logging.setLevel(logging.INFO)
    install_redaction()
    install_redaction()  # a second call adds no second filter
    assert sum(isinstance(f, RedactingFilter) for f in other.filters) == 1
    logging.getLogger("kds.deep.child").info("call %s", "+55 11 99999-9999")
    assert stream.getvalue() == "call [phone]\n"


def test_a_filter_with_its_own_redactor_removes_learned_values(root_logging: logging.Logger) -> None:
    redactor = Redactor()
    redactor.learn("Quinta das Lágrimas")
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter(redactor))
    logger = logging.getLogger("kds.test.learned")
    logger.addHandler(handler)
    logger.propagate = False
    try:
        logger.warning("rider lost near %s", "quinta das lágrimas")
    finally:
        logger.removeHandler(handler)
        logger.propagate = True
    assert stream.getvalue() == "rider lost near [address]\n"


def test_setup_twice_replaces_its_own_handlers(tmp_path: Path, root_logging: logging.Logger) -> None:
    before = len(root_logging.handlers)
    setup_logging(directory=tmp_path, to_stderr=True)
    setup_logging(directory=tmp_path, to_stderr=True, verbose=True)
    assert len(root_logging.handlers) == before + 2
    assert root_logging.level == logging.DEBUG


def test_the_default_log_dir_is_the_platform_one() -> None:
    assert log_dir().parts[-2:] in {("kds", "log"), ("kds", "Logs"), ("Logs", "kds")}


def raise_and_get(exc: BaseException) -> tuple[type[BaseException], BaseException, TracebackType | None]:
    try:
        raise exc
    except BaseException as caught:  # noqa: BLE001 - the test wants the triple of any exception
        return type(caught), caught, caught.__traceback__


def test_unhandled_exceptions_are_logged_reported_and_survived(caplog: pytest.LogCaptureFixture) -> None:
    errors: list[str] = []
    uninstall = install_excepthook(errors.append)
    try:
        sys.excepthook(*raise_and_get(RuntimeError("printer at Rua Augusta, 1234 is on fire")))
        worker = threading.Thread(target=lambda: 1 / 0, name="printer-kitchen")
        worker.start()
        worker.join()
    finally:
        uninstall()
    assert errors == ["printer at [address] is on fire", "division by zero"]  # words on screen: no class names
    records = [r for r in caplog.records if r.levelno == logging.CRITICAL]
    assert [r.getMessage() for r in records] == ["unhandled exception in the main thread",
                                                 "unhandled exception in thread printer-kitchen"]
    assert all(r.exc_info or r.exc_text for r in records)


def test_the_hook_survives_a_failing_callback_and_lets_ctrl_c_through(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[type[BaseException]] = []
    monkeypatch.setattr(sys, "excepthook", lambda t, e, tb: seen.append(t))

    def broken_banner(_: str) -> None:
        raise RuntimeError("banner widget deleted")

    uninstall = install_excepthook(broken_banner)
    sys.excepthook(*raise_and_get(ValueError("x")))  # must not raise
    sys.excepthook(*raise_and_get(asyncio.CancelledError()))  # a cancelled slot: not an error, not passed on
    sys.excepthook(*raise_and_get(KeyboardInterrupt()))
    uninstall()
    assert seen == [KeyboardInterrupt]
    sys.excepthook(*raise_and_get(ValueError("y")))
    assert seen == [KeyboardInterrupt, ValueError]  # the previous hook is back


async def test_exceptions_of_asyncio_tasks_reach_the_callback() -> None:
    errors: list[str] = []
    loop = asyncio.get_running_loop()
    uninstall = install_excepthook(errors.append, loop=loop)
    try:
        async def poll() -> None:
            raise ConnectionError("relay refused access_token=abc123")

        task = loop.create_task(poll(), name="poller-keeta")
        await asyncio.wait([task])
        loop.call_exception_handler({"message": "Task exception was never retrieved", "exception": task.exception(),
                                     "task": task})
        loop.call_exception_handler({"message": "socket closed twice"})
    finally:
        uninstall()
    assert errors == ["relay refused access_token=[secret]"]
    assert loop.get_exception_handler() is None

"""One KDS per user: the first instance listens; later launches and raw local sockets ask it to show."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtNetwork import QLocalSocket
from pytestqt.qtbot import QtBot

from kds.ui.single_instance import SingleInstance, server_name


@pytest.fixture
def key() -> str:
    return f"kds-test-{uuid.uuid4().hex[:8]}"


@pytest.fixture
def primary(qtbot: QtBot, key: str) -> Iterator[SingleInstance]:
    instance = SingleInstance(key)
    assert instance.acquire(["kds"]) is True
    assert instance.is_primary
    yield instance
    instance.release()


def send(name: str, payload: bytes) -> QLocalSocket:
    client = QLocalSocket()
    client.connectToServer(name)
    assert client.waitForConnected(2000), client.errorString()
    client.write(QByteArray(payload))
    assert client.waitForBytesWritten(2000)
    return client


def test_two_clients_each_ask_the_running_instance_to_show(qtbot: QtBot, primary: SingleInstance) -> None:
    first = send(primary.name, json.dumps({"command": "show", "argv": ["kds", "--kiosk"]}).encode() + b"\n")
    with qtbot.waitSignal(primary.show_requested, timeout=5000) as shown:
        pass
    assert shown.args == [["kds", "--kiosk"]]
    # The second client sends its message in two pieces and without a final newline: the line is
    # complete when it disconnects.
    second = send(primary.name, b'{"command": "sh')
    with qtbot.waitSignal(primary.show_requested, timeout=5000) as shown_again:
        second.write(QByteArray(b'ow", "argv": []}'))
        second.waitForBytesWritten(2000)
        second.disconnectFromServer()
    assert shown_again.args == [[]]
    first.disconnectFromServer()


def test_garbage_on_the_socket_is_ignored(qtbot: QtBot, primary: SingleInstance) -> None:
    shown: list[list[str]] = []
    primary.show_requested.connect(shown.append)
    junk = send(primary.name, b"not json\n" + json.dumps({"command": "quit"}).encode() + b"\n[1]\n")
    good = send(primary.name, json.dumps({"command": "show"}).encode() + b"\n")
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=5000)
    assert shown == [[]]
    junk.disconnectFromServer()
    good.disconnectFromServer()


def test_a_second_launch_is_refused_and_hands_over(qtbot: QtBot, primary: SingleInstance, key: str) -> None:
    second = SingleInstance(key, timeout_ms=2000)
    # The second launch's notify blocks until the bytes are written; the primary's event loop then reads them.
    with qtbot.waitSignal(primary.show_requested, timeout=5000) as shown:
        assert second.acquire(["kds", "--demo"]) is False
    assert shown.args == [["kds", "--demo"]]
    assert not second.is_primary


def test_after_release_the_next_launch_becomes_the_instance(qtbot: QtBot, key: str) -> None:
    first = SingleInstance(key)
    assert first.acquire()
    first.release()
    second = SingleInstance(key)
    assert second.acquire() is True
    second.release()


def test_server_names_differ_by_key_and_are_stable() -> None:
    assert server_name("kds") == server_name("kds")
    assert server_name("kds") != server_name("kds-training")
    assert server_name("kds").startswith("kds-")

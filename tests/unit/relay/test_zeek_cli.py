"""`kds relay add-tenant/set-tenant --zeek-…` and `rotate-zeek-path`: the secret, the settings, the path secret."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from kds.relay.cli import main
from kds.relay.hooks.base import PATH_SECRET
from kds.relay.records import PlatformSecret
from kds.relay.sqlstore import SqliteRelayStore

URL = re.compile(r"^zeek callback base URL: https://relay\.example\.com/hooks/zeek/acme/([A-Za-z0-9_-]+)$")


def zeek_secret(db: str) -> PlatformSecret:
    store = SqliteRelayStore(Path(db))
    try:
        tenant = store.tenant("acme")
        assert tenant is not None
        return tenant.secrets["zeek"]
    finally:
        store.close()


def printed_path(out: str) -> list[str]:
    return [m.group(1) for line in out.splitlines() if (m := URL.match(line))]


def test_add_set_and_rotate(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                            monkeypatch: pytest.MonkeyPatch) -> None:
    db = str(tmp_path / "relay.db")
    monkeypatch.setattr("sys.stdin", io.StringIO("zeek-secret-from-stdin\n"))
    assert main(["add-tenant", "acme", "--zeek-secret", "-", "--public-url", "https://relay.example.com",
                 "--db", db]) == 0
    [path] = printed_path(capsys.readouterr().out)
    stored = zeek_secret(db)
    assert stored.secret == "zeek-secret-from-stdin" and stored.options[PATH_SECRET] == path
    assert len(path) >= 32  # 24 random bytes: 192 bits, more than the 128 asked for

    # Settings alone: the secret and the path stay, and the path is not shown again.
    assert main(["set-tenant", "acme", "--zeek-signature-header", "X-CKGo-Sign",
                 "--zeek-signature-encoding", "base64", "--db", db]) == 0
    assert printed_path(capsys.readouterr().out) == []
    stored = zeek_secret(db)
    assert stored.secret == "zeek-secret-from-stdin" and stored.options == {
        PATH_SECRET: path, "signature_header": "X-CKGo-Sign", "signature_encoding": "base64"}

    assert main(["rotate-zeek-path", "acme", "--db", db]) == 0
    [rotated] = printed_path(capsys.readouterr().out)
    assert rotated != path and zeek_secret(db).options[PATH_SECRET] == rotated
    assert zeek_secret(db).options["signature_encoding"] == "base64"


def test_an_encoding_other_than_hex_or_base64_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit):
        main(["add-tenant", "acme", "--zeek-secret", "s", "--zeek-signature-encoding", "b32",
              "--db", str(tmp_path / "r.db")])


def test_settings_without_a_secret_and_rotating_without_one_are_refused(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "r.db")
    assert main(["add-tenant", "acme", "--db", db]) == 0
    assert main(["set-tenant", "acme", "--zeek-signature-header", "X-Sig", "--db", db]) == 1
    assert "need --zeek-secret" in capsys.readouterr().err
    assert main(["rotate-zeek-path", "acme", "--db", db]) == 1
    assert "zeek secret" in capsys.readouterr().err

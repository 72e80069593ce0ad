"""Printer settings, targets, fonts and the `kds print` command line (file targets and closed ports only)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest
from pydantic import ValidationError

from kds.printing import fonts
from kds.printing.cli import main
from kds.printing.config import AutoPrint, PrinterConfig, PrintSettings, load_settings
from kds.printing.decoder import decode, printed_text, rasters
from kds.printing.document import DocKind
from kds.printing.transports import FileTransport, Target, TargetError, parse_target


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_targets_parse() -> None:
    assert parse_target("tcp://192.0.2.7:9100") == Target("tcp", "192.0.2.7", 9100)
    assert parse_target("tcp://printer.local") == Target("tcp", "printer.local", 9100)
    assert parse_target("file:/dev/usb/lp0") == Target("file", "/dev/usb/lp0")
    assert parse_target("usb:04b8:0e15") == Target("usb", "04b8:0e15")
    assert parse_target("serial:/dev/ttyUSB0") == Target("serial", "/dev/ttyUSB0")
    assert parse_target("cups:Kitchen") == Target("cups", "Kitchen")
    for bad in ("kitchen", "http://x", "usb:zz:01", "tcp://host:port", "file:"):
        with pytest.raises(TargetError):
            parse_target(bad)


def test_settings_validate_names_fallbacks_and_route_by_kind() -> None:
    kitchen = PrinterConfig(name="kitchen", target="tcp://127.0.0.1:9100", kinds=frozenset({DocKind.KITCHEN}),
                            fallback="counter")
    counter = PrinterConfig(name="counter", target="file:/tmp/x", width=58)
    settings = PrintSettings(printers=(kitchen, counter))
    assert [p.name for p in settings.routed(DocKind.KITCHEN)] == ["kitchen", "counter"]
    assert [p.name for p in settings.routed(DocKind.REFUND)] == ["counter"]
    assert counter.render_options().dots == 384 and counter.render_options().columns == 32
    assert kitchen.auto_print is AutoPrint.ON_CONFIRM and not kitchen.cash_drawer
    assert kitchen.render_options().drawer_pin is None
    with pytest.raises(ValidationError):
        PrintSettings(printers=(kitchen,))  # unknown fallback
    with pytest.raises(ValidationError):
        PrintSettings(printers=(counter, counter))
    with pytest.raises(ValidationError):
        PrinterConfig(name="x", target="nowhere")


def test_settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "printers.json"
    monkeypatch.setenv("KDS_PRINTERS_FILE", str(path))
    assert load_settings() == PrintSettings()
    path.write_text(json.dumps({"timezone": "UTC", "store": {"name": "Loja"},
                                "printers": [{"name": "bar", "target": "file:out.bin", "width": 58,
                                              "codepage": "cp860", "kinds": ["receipt"]}]}))
    settings = load_settings()
    assert settings.printer("bar").codepage == "CP860"
    assert settings.store.header().name == "Loja"


def test_cli_prints_a_sample_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "job.bin"
    out.write_bytes(b"old contents")
    assert main(["--sample", "receipt", "--to", f"file:{out}", "--width", "58", "--lang", "pt",
                 "--codepage", "CP860"]) == 0
    events = decode(out.read_bytes())
    assert "Padaria São João" in printed_text(events)
    assert not out.read_bytes().startswith(b"old")
    assert "printed receipt (pt, 58 mm)" in capsys.readouterr().out
    assert main(["--decode", str(out)]) == 0
    assert "[codepage 3 CP860]" in capsys.readouterr().out


def test_cli_chinese_sample_is_drawn(tmp_path: Path) -> None:
    out = tmp_path / "zh.bin"
    assert main(["--sample", "kitchen", "--to", f"file:{out}", "--lang", "zh"]) == 0
    assert {r.width for r in rasters(decode(out.read_bytes()))} == {576}


def test_cli_fails_clearly_when_the_printer_is_unreachable(capsys: pytest.CaptureFixture[str]) -> None:
    port = closed_port()
    assert main(["--sample", "kitchen", "--to", f"tcp://127.0.0.1:{port}"]) == 1
    err = capsys.readouterr().err.strip()
    assert err == f"kds print: cannot reach printer tcp://127.0.0.1:{port}: Connection refused"


def test_cli_uses_a_configured_printer_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "bar.bin"
    config = tmp_path / "printers.json"
    config.write_text(json.dumps({"printers": [{"name": "bar", "target": f"file:{out}", "width": 58}]}))
    assert main(["--sample", "cancel", "--to", "bar", "--config", str(config)]) == 0
    assert "CANCELLED - stop" in printed_text(decode(out.read_bytes()))
    assert main(["--sample", "cancel", "--to", "nosuch", "--config", str(config)]) == 1
    assert "no printer named 'nosuch'" in capsys.readouterr().err


def test_file_transport_appends_jobs(tmp_path: Path) -> None:
    path = tmp_path / "lp0"
    for data in (b"one", b"two"):
        transport = FileTransport(str(path), chunk_size=2)
        transport.open()
        transport.write(data)
        transport.close()
    assert path.read_bytes() == b"onetwo"


def test_missing_fonts_are_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    fonts.find_fonts.cache_clear()
    monkeypatch.setattr(fonts, "_CJK_PATHS", ())
    monkeypatch.setattr(fonts, "_fc_match", lambda pattern, hint: None)
    monkeypatch.delenv(fonts.ENV_VAR, raising=False)
    try:
        with pytest.raises(fonts.FontNotFoundError, match="fonts-noto-cjk"):
            fonts.find_fonts()
    finally:
        fonts.find_fonts.cache_clear()


def test_installed_fonts_are_found() -> None:
    found = fonts.find_fonts()
    assert Path(found.main.path).is_file()
    assert found.thai is not None and Path(found.thai.path).is_file()

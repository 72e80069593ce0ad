"""`--help` tells a newcomer what else `kds` can do and what the relay listens on when not told."""

from __future__ import annotations

from kds.cli import SUBCOMMANDS
from kds.relay import cli as relay_cli
from kds.startup.options import build_parser


def test_kds_help_names_exactly_the_subcommands_the_dispatcher_runs() -> None:
    text = " ".join(build_parser().format_help().split())
    assert {name for name in SUBCOMMANDS if f"kds {name}" in text} == set(SUBCOMMANDS)


def test_relay_help_gives_the_defaults_of_host_port_and_log_level() -> None:
    text = " ".join(relay_cli._parser(None).format_help().split())
    assert "address to listen on (default 127.0.0.1)" in text
    assert "port to listen on (default 8080)" in text
    assert "(default info)" in text

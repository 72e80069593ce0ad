"""The README's relay commands use tenant names the relay accepts."""

from __future__ import annotations

import shlex
from pathlib import Path

from kds.relay.tenants import valid_name

README = Path(__file__).resolve().parents[3] / "README.md"
TENANT_COMMANDS = ("add-tenant", "set-tenant", "rotate-zeek-path")


def _tenant_names() -> list[str]:
    names = []
    for line in README.read_text(encoding="utf-8").splitlines():
        words = shlex.split(line.partition("#")[0]) if line.startswith("kds relay ") else []
        if len(words) > 3 and words[2] in TENANT_COMMANDS:
            names.append(words[3])
    return names


def test_readme_relay_examples_name_valid_tenants() -> None:
    names = _tenant_names()
    assert names, "the README shows how to add a tenant"
    assert [n for n in names if not valid_name(n)] == []

"""The house shows its rooms: platforms are named only in their own places, few modules sit loose at the top.

Adding a platform touches its own packages, the translations and one line of each registry. These
tests keep it so: a module elsewhere that names a platform (in code, a docstring or a comment) fails.
"""

from __future__ import annotations

import re
from pathlib import Path

import kds
from kds.domain.order import Platform

ROOT = Path(kds.__file__).resolve().parent

NAMES = re.compile(r"keeta_od|keeta_std|gofood|zeek", re.IGNORECASE)
"""How a platform is spelled in code and prose (the training platform names no real one)."""

ALLOWED_FILES = {
    "platforms/registry.py",
    "simulator/registry.py",
    "domain/order.py",  # the Platform enum
    "relay/hooks/__init__.py",  # the relay's webhook route table
}
PLATFORM_PACKAGES = ("platforms", "simulator")
LOOSE_TOP_LEVEL = {"__init__.py", "__main__.py", "app.py", "cli.py", "clock.py"}


def _allowed(relative: str) -> bool:
    parts = relative.split("/")
    if relative in ALLOWED_FILES:
        return True
    if len(parts) >= 3 and parts[0] in PLATFORM_PACKAGES and parts[1] in {p.value for p in Platform}:
        return True  # kds/platforms/<name>/..., kds/simulator/<name>/...
    return parts[:2] == ["relay", "hooks"] and len(parts) == 3 and parts[2][:-3] in {p.value for p in Platform}


def naming_modules(root: Path = ROOT) -> list[str]:
    """The modules under `root` that name a platform outside the places allowed to."""
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if not _allowed(relative) and NAMES.search(path.read_text(encoding="utf-8")):
            found.append(relative)
    return found


def test_platforms_are_named_only_in_their_packages_the_registries_the_enum_and_the_route_table() -> None:
    assert naming_modules() == []


def test_the_check_finds_a_platform_named_elsewhere(tmp_path: Path) -> None:
    (tmp_path / "services").mkdir()
    (tmp_path / "services" / "poller.py").write_text('"""Polls GoFood too."""\n')
    (tmp_path / "platforms" / "zeek").mkdir(parents=True)
    (tmp_path / "platforms" / "zeek" / "policy.py").write_text("ZEEK = 1\n")
    (tmp_path / "relay" / "hooks").mkdir(parents=True)
    (tmp_path / "relay" / "hooks" / "gofood.py").write_text("GOFOOD = 'gofood'\n")
    (tmp_path / "relay" / "hooks" / "base.py").write_text("KEETA_STD = 'keeta_std'\n")
    assert naming_modules(tmp_path) == ["relay/hooks/base.py", "services/poller.py"]


def test_at_most_six_modules_stay_loose_at_the_top_of_kds() -> None:
    loose = {path.name for path in ROOT.glob("*.py")}
    assert loose <= LOOSE_TOP_LEVEL
    assert len(loose) <= 6

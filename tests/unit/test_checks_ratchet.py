"""The checks only tighten: strict packages stay strict, no module is let off strict, pytest-style rules stay on.

`pyproject.toml` holds the mypy overrides. The strict override must keep covering every package
named here (the list may grow); an override with `strict = false` may name only the modules listed
here as not yet strict (the list may only shrink; it is empty now).
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

STRICT = {"kds.domain.*", "kds.platforms.*", "kds.store.*", "kds.services.*", "kds.printing.*", "kds.clock"}
NOT_YET_STRICT: set[str] = set()


def _overrides() -> list[dict[str, Any]]:
    """The `[[tool.mypy.overrides]]` tables of pyproject.toml."""
    config = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))
    overrides: list[dict[str, Any]] = config["tool"]["mypy"].get("overrides", [])
    return overrides


def _modules(override: dict[str, Any]) -> set[str]:
    """The module patterns one override names (a string or a list of them)."""
    module = override["module"]
    return {module} if isinstance(module, str) else set(module)


def test_the_strict_packages_stay_strict() -> None:
    strict = set().union(*(_modules(o) for o in _overrides() if o.get("strict") is True))
    assert strict >= STRICT, f"no longer strict: {sorted(STRICT - strict)}"


def test_the_not_yet_strict_list_only_shrinks() -> None:
    lax = set().union(*(_modules(o) for o in _overrides() if o.get("strict") is False))
    assert lax <= NOT_YET_STRICT, f"newly let off strict: {sorted(lax - NOT_YET_STRICT)}"


def test_the_pytest_style_rules_stay_on() -> None:
    lint = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["ruff"]["lint"]
    assert "PT" in lint["select"]
    assert set(lint.get("ignore", [])) & {"PT", "PT011", "PT012"} == set(), "pytest.raises must stay narrow"

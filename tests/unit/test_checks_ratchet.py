"""The checks only tighten: strict packages stay strict, no module is let off strict, pytest-style and
docstring rules stay on.

`pyproject.toml` holds the mypy overrides. The strict override must keep covering every package
named here (the list may grow); an override with `strict = false` may name only the modules listed
here as not yet strict (the list may only shrink; it is empty now).
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

PYPROJECT = Path(__file__).resolve().parents[2] / "pyproject.toml"

STRICT = {"kds.domain.*", "kds.platforms.*", "kds.store.*", "kds.services.*", "kds.printing.*", "kds.clock"}
NOT_YET_STRICT: set[str] = set()

# Magic methods say what they do by their name; Google style documents __init__'s arguments on the class.
DOCSTRING_RULES_LET_OFF = {"D105", "D107"}


def _ruff_lint() -> dict[str, Any]:
    """The `[tool.ruff.lint]` table of pyproject.toml."""
    lint: dict[str, Any] = tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))["tool"]["ruff"]["lint"]
    return lint


def _docstring_rules(codes: list[str]) -> set[str]:
    """The pydocstyle codes or prefixes among `codes` (`D`, `D2`, `D205`; not `DTZ` or `DJ`)."""
    return {code for code in codes if re.fullmatch(r"D\d*", code)}


def _concerns_kds(pattern: str) -> bool:
    """Whether a per-file-ignores pattern may match a file of the `kds` package."""
    first = pattern.split("/", 1)[0]
    return first == "kds" or any(char in first for char in "*?[")


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


def test_the_docstring_rules_stay_on_for_the_package() -> None:
    lint = _ruff_lint()
    assert "D" in lint["select"]
    assert lint.get("pydocstyle", {}).get("convention") == "google"
    ignored = _docstring_rules(lint.get("ignore", []) + lint.get("extend-ignore", []))
    assert ignored <= DOCSTRING_RULES_LET_OFF, f"docstring rules ignored: {sorted(ignored - DOCSTRING_RULES_LET_OFF)}"
    per_file = {**lint.get("per-file-ignores", {}), **lint.get("extend-per-file-ignores", {})}
    let_off = {f"{pattern}: {code}" for pattern, codes in per_file.items() if _concerns_kds(pattern)
               for code in _docstring_rules(codes) - DOCSTRING_RULES_LET_OFF}
    assert not let_off, f"docstring rules ignored for kds files: {sorted(let_off)}"

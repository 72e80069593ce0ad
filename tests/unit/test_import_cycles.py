"""No kds module takes part in an import cycle, counting every import a module makes.

import-linter's layers see only the edges between packages; this looks at modules, and counts
imports inside functions and under `TYPE_CHECKING` too: a cycle hidden that way still ties the
modules together (neither can be understood, tested or moved without the other). A package's
`__init__` is an edge only when a name is imported from it, not when one of its submodules is
(`from kds.x import sub` and `import kds.x.sub` name `kds.x.sub`), so a package may re-export its
modules' names.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import kds

KDS = Path(kds.__file__).parent

Graph = dict[str, dict[str, list[str]]]  # module -> imported module -> where ("path:line")


def modules(root: Path) -> dict[str, Path]:
    """Every module of the package at `root`, by dotted name (a package by its own name)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = [root.name, *path.relative_to(root).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imported(node: ast.Import | ast.ImportFrom, module: str, is_package: bool) -> Iterator[str]:
    """The dotted names `node` imports: `from m import n` names module `m.n` if there is one, else `m`."""
    if isinstance(node, ast.Import):
        yield from (alias.name for alias in node.names)
        return
    base = node.module or ""
    if node.level:
        anchor = module.split(".") if is_package else module.split(".")[:-1]
        anchor = anchor[:len(anchor) - node.level + 1]
        base = ".".join([*anchor, base] if base else anchor)
    yield from (f"{base}.{alias.name}" for alias in node.names)


def import_graph(root: Path) -> Graph:
    """Which module of the package at `root` imports which other, wherever the import statement is."""
    known = modules(root)
    graph: Graph = {name: {} for name in known}
    for name, path in known.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Import | ast.ImportFrom):
                continue
            for target in _imported(node, name, path.name == "__init__.py"):
                while target and target not in known:  # `a.b.Name` is module `a.b`
                    target = target.rpartition(".")[0]
                if not target or target == name:
                    continue
                places = graph[name].setdefault(target, [])
                where = f"{path.relative_to(root.parent)}:{node.lineno}"
                if where not in places:
                    places.append(where)
    return graph


def cycles(graph: Graph) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan's algorithm), sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in graph[node]:
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def describe(graph: Graph, component: list[str]) -> str:
    """The imports that hold one cycle together, one a line."""
    members = set(component)
    return "\n".join(f"  {source} -> {target}  ({', '.join(where)})"
                     for source in component for target, where in sorted(graph[source].items())
                     if target in members)


def test_no_kds_module_is_part_of_an_import_cycle() -> None:
    graph = import_graph(KDS)
    found = cycles(graph)
    assert not found, "import cycles:\n" + "\n\n".join(describe(graph, c) for c in found)


def test_the_graph_sees_the_kds_modules_and_their_imports() -> None:
    graph = import_graph(KDS)
    assert "kds.relay.store" in graph
    assert "kds.relay.sqlstore" in graph["kds.relay.store"]
    assert "kds.simulator.keeta_std" in graph
    assert "kds.simulator.keeta_std.state" in graph["kds.simulator.keeta_std"]


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "pkg"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def test_a_cycle_through_function_and_type_checking_imports_is_found(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "__init__.py": "",
        "a.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.b import B\n",
        "b.py": "def f():\n    import pkg.sub.c\n",
        "sub/__init__.py": "",
        "sub/c.py": "from pkg import a\n",
        "d.py": "from pkg.a import A\n",  # imports into the cycle but is not part of it
    })
    graph = import_graph(root)
    assert cycles(graph) == [["pkg.a", "pkg.b", "pkg.sub.c"]]
    assert "pkg/b.py:2" in describe(graph, ["pkg.a", "pkg.b", "pkg.sub.c"])


def test_relative_imports_and_two_separate_cycles_are_found(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "__init__.py": "from pkg.x import X\n",
        "x.py": "from . import y\n",
        "y.py": "from .x import X\n",
        "sub/__init__.py": "from pkg.sub.m import M\n",
        "sub/m.py": "from .. import sub\n",
    })
    assert cycles(import_graph(root)) == [["pkg.sub", "pkg.sub.m"], ["pkg.x", "pkg.y"]]


def test_a_package_without_cycles_has_none(tmp_path: Path) -> None:
    root = _package(tmp_path, {
        "__init__.py": "from pkg.top import T\n",
        "top.py": "from pkg.low import L\nimport os\n",
        "low.py": "def f():\n    from pkg import leaf\n",
        "leaf.py": "",
    })
    assert cycles(import_graph(root)) == []

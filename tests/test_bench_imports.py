"""The benchmark and dev-set scripts still import what they use: a module or name they import from ``analysis``
(at the top or inside a function) exists, so a move in the library cannot silently break ``make bench``."""

from __future__ import annotations

import ast
import importlib

import pytest
from repo_paths import ROOT

SCRIPTS = sorted([*(ROOT / "bench").glob("*.py"), *(ROOT / "dev").glob("*.py")])


def analysis_imports(path) -> list[tuple[int, str, str | None]]:
    """``(line, module, name)`` of every ``analysis`` import of the script (name None for ``import x``)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "analysis":
            found += [(node.lineno, node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name, None) for a in node.names if a.name.split(".")[0] == "analysis"]
    return found


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_analysis_import_of_a_benchmark_resolves(script):
    imports = analysis_imports(script)
    assert imports, f"{script.name} imports nothing from analysis"
    for line, module, name in imports:
        where = f"{script.parent.name}/{script.name}:{line}"
        imported = importlib.import_module(module)
        if name is not None and not hasattr(imported, name):
            importlib.import_module(f"{module}.{name}")  # a submodule: raises when it is missing too
        assert imported, where

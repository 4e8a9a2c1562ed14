"""analysis/text is the lowest layer: it may import analysis.data and itself, nothing else of analysis."""

from __future__ import annotations

import ast

import pytest
from repo_paths import ROOT

TEXT = ROOT / "analysis" / "text"
ALLOWED = ("analysis.data", "analysis.text")


def imported_modules(path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):  # a relative import names the package it climbs to
            names.append(node.module or "" if node.level == 0 else "analysis.text" if node.level == 1 else "analysis")
    return names


@pytest.mark.parametrize("path", sorted(TEXT.glob("*.py")), ids=lambda p: p.name)
def test_analysis_text_imports_nothing_above_it(path):
    for name in imported_modules(path):
        if name == "analysis" or name.startswith("analysis."):
            assert name.startswith(ALLOWED), f"{path.name} imports {name}"

"""The dashboard's modules in layers: cached data access at the bottom, then the filters, the URL
and the corpus picker, then what a page gets, then the building blocks, the pages and the router.
A module imports only from layers below it (or its own), and the caches live in one module."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DASHBOARD = Path(__file__).resolve().parents[2] / "dashboard"

#: Module → its layer; a module may import dashboard modules of its own layer or below.
LAYERS = {
    "i18n": 0,
    "markup": 0,
    "links": 0,  # what a followed link asks for: pure, no Streamlit
    "picks": 0,  # what a click on a chart picked: pure, no Streamlit
    "failures": 0,  # a page error logged under an id: no dashboard import
    "data": 1,
    "access": 2,  # who may do what: sign-in, roles, the audit log (reads data)
    "filters": 2,
    "url": 3,
    "corpus_picker": 4,
    "context": 5,
    "briefing_state": 5,  # the open briefing: the store, the URL, the corpora
    "timeline_table": 6,
    "widgets": 6,
    "queried_widgets": 6,  # what the pages of a build queried where it lies share (views/queried/)
    "compare_parts": 6,  # what the two Compare pages share (views/compare.py, views/queried/compare.py)
    "views": 7,
    "app": 8,
    "warm": 9,  # every page opened once in a running process (python -m dashboard.warm)
    "serve": 10,  # several app processes behind one port (python -m dashboard.serve)
}


def module_name(path: Path) -> str:
    parts = path.relative_to(DASHBOARD).with_suffix("").parts
    return "views" if parts[0] == "views" else parts[0]


def dashboard_imports(path: Path) -> set[str]:
    """The dashboard modules ``path`` imports (``from dashboard import x``, ``from dashboard.x import y``)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "dashboard":
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("dashboard."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found |= {a.name.split(".")[1] for a in node.names if a.name.startswith("dashboard.")}
    return found


SOURCES = sorted(p for p in DASHBOARD.rglob("*.py") if p.name != "__init__.py")


def test_every_module_has_a_layer():
    assert {module_name(p) for p in SOURCES} == set(LAYERS)


@pytest.mark.parametrize("path", SOURCES, ids=[str(p.relative_to(DASHBOARD)) for p in SOURCES])
def test_a_module_imports_no_higher_layer(path):
    layer = LAYERS[module_name(path)]
    higher = {m for m in dashboard_imports(path) if LAYERS[m] > layer}
    assert not higher, f"{path.name} (layer {layer}) imports {sorted(higher)}"


def test_the_caches_live_in_data_py():
    holders = {
        p.name
        for p in SOURCES
        if "st.cache_data" in p.read_text("utf-8") or "st.cache_resource" in p.read_text("utf-8")
    }
    assert holders == {"data.py"}

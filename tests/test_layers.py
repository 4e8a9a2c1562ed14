"""The layers of the house: a module imports only its own layer and the layers below it.

Read from the source (every ``import`` and ``from … import`` of ``analysis``, at module level
or inside a function: a lazy import is a dependency too), so a new module that reaches up, or a
second import cycle, fails here with the file and the line.
"""

from __future__ import annotations

import ast

import pytest
from repo_paths import ROOT

#: Lowest first. Packages on one line share a layer; those marked independent must not import
#: each other (reading what analysts bring and extracting from articles know nothing of each other).
LAYERS: list[tuple[str, ...]] = [
    # knowledge, contract, tools (where tasks run, the partitioned Parquet of a build)
    ("analysis", "analysis.data", "analysis.schema", "analysis.engine", "analysis.partitioned"),
    ("analysis.text",),  # normalisation, character classes, the trie, segmentation
    ("analysis.ingest", "analysis.extract"),  # reading files | per-article extraction
    ("analysis.aggregate",),  # terms, themes, co-mentions, filters, kwic
    ("analysis.pipeline",),  # the entry point of the analysis
    ("analysis.config",),  # folders and the gazetteer in force, for every entry point
    ("analysis.store",),  # article store, overlay, snapshots, path cache
    ("analysis.streaming",),  # the build of a corpus too large for memory: writes a build folder (store.builds)
    ("analysis.viz",),  # chart functions
    ("analysis.charts",),  # the chart catalogue: captions and evidence
    ("analysis.briefing",),  # static exports and briefing packs
    ("analysis.cli", "analysis.__main__"),  # the command line
]
INDEPENDENT = {("analysis.ingest", "analysis.extract")}


def owner(module: str) -> str:
    """The unit of ``LAYERS`` a module belongs to: ``analysis.extract.dates.grammar`` → ``analysis.extract``."""
    units = [u for layer in LAYERS for u in layer]
    matches = [u for u in units if module == u or module.startswith(u + ".")]
    return max(matches, key=len)


def layer_of(unit: str) -> int:
    return next(i for i, layer in enumerate(LAYERS) if unit in layer)


def module_name(path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path) -> list[tuple[int, str]]:
    """``(line, module)`` of every import in the file (``from analysis import schema`` → ``analysis.schema``)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "analysis":  # from analysis import schema, config
                found += [(node.lineno, f"analysis.{alias.name}") for alias in node.names]
    return found


def violations(path, name: str) -> list[str]:
    """What in the file ``path`` (the module ``name``) breaks the layers, one line each."""
    me = owner(name)
    found = []
    for line, module in imports(path):
        where = f"{path}:{line} ({me}) imports {module}"
        if module.split(".")[0] in ("streamlit", "dashboard"):
            found.append(f"{where}: the library never imports the dashboard")
        if not module.startswith("analysis"):
            continue
        other = owner(module)
        if layer_of(other) > layer_of(me):
            found.append(f"{where} ({other}): a lower layer imports a higher one")
        if (me, other) in INDEPENDENT or (other, me) in INDEPENDENT:
            found.append(f"{where} ({other}): independent packages")
    return found


MODULES = sorted((ROOT / "analysis").rglob("*.py"))


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_module_imports_a_higher_layer_or_an_independent_sibling(path):
    assert violations(path, module_name(path)) == []


@pytest.mark.parametrize(
    "name, source, problem",
    [
        ("analysis.extract.probe", "def f():\n    from analysis.store.database import Store\n", "a lower layer"),
        ("analysis.ingest.probe", "from analysis.extract import mentions\n", "independent packages"),
        ("analysis.viz.probe", "import streamlit as st\n", "never imports the dashboard"),
        ("analysis.text.probe", "from analysis import config\n", "a lower layer"),
    ],
)
def test_the_check_sees_what_breaks_the_layers(tmp_path, name, source, problem):
    probe = tmp_path / "probe.py"
    probe.write_text(source, "utf-8")
    assert any(problem in v for v in violations(probe, name))


def test_a_dashboard_that_only_queries_a_build_imports_neither_the_extraction_nor_sklearn():
    """The first page of a build too large to load (≤ 5 s at a million articles) does not pay for what only a
    build needs: the pipeline, sklearn and scipy.stats are imported where a corpus is analysed (0.5 s)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import dashboard.data, dashboard.widgets, dashboard.context, dashboard.queried_widgets, dashboard.filters\n"
        "print(' '.join(m for m in ('analysis.pipeline', 'sklearn', 'scipy.stats') if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""

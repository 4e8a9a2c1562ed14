"""The README is the analyst's manual: it must not drift from what the code offers."""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from analysis import schema
from analysis.cli import _parser
from analysis.schema import CorpusTables

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text("utf-8")


def test_every_cli_command_is_in_the_readme():
    commands = _parser()._subparsers._group_actions[0].choices
    for name in commands:
        assert f"python -m analysis {name}" in README, f"`python -m analysis {name}` is not described in README.md"


def test_every_dashboard_page_is_in_the_readme():
    app = (ROOT / "dashboard" / "app.py").read_text("utf-8")
    labels = yaml.safe_load((ROOT / "dashboard" / "labels.yaml").read_text("utf-8"))
    pages = re.findall(r'st\.Page\("views/(\w+)\.py", title=t\("(\w+)"\)', app)
    assert len(pages) >= 7
    for _, label_key in pages:
        title = labels[label_key]["en"]
        assert f"**{title}**" in README, f"the {title} page is not described in README.md"


def test_the_readme_table_of_output_tables_is_the_contract():
    assert schema.markdown_table() in README, "README.md's output tables differ from analysis/schema.py"
    for table in CorpusTables.TABLES:
        assert f"`{table}.csv`" in README, f"{table}.csv is not described in README.md"


def test_the_two_commands_are_the_makefile_targets():
    makefile = (ROOT / "Makefile").read_text("utf-8")
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert "make dashboard" in README and "make test" in README
    assert re.search(r"^dashboard:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in ci


def test_no_text_file_holds_a_merge_conflict_marker():
    """A merge resolved by hand once left `<<<<<<< HEAD … >>>>>>> s11-sp2` in bench/HISTORY.md for a session:
    no Markdown, Python, YAML or text file of the repository may hold a line that opens, splits or closes a
    conflict."""
    marker = re.compile(r"^(?:<{7} |={7}$|>{7} )", re.M)
    skipped = {".venv", "node_modules", ".git", "artifacts", "__pycache__"}
    suffixes = {".md", ".py", ".yaml", ".txt", ".toml"}
    paths = []
    for folder, folders, names in os.walk(ROOT):
        folders[:] = [f for f in folders if f not in skipped]
        paths += [Path(folder, n) for n in names if Path(n).suffix in suffixes or n == "Makefile"]
    found = [
        f"{path.relative_to(ROOT)}:{text.count(chr(10), 0, m.start()) + 1}"
        for path in paths
        for text in [path.read_text("utf-8", errors="replace")]
        for m in marker.finditer(text)
    ]
    assert not found, f"merge conflict markers left in: {found}"

"""The package installs: its dependencies are pinned, its data files are part of it."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
import zipfile

import pytest
from repo_paths import ROOT

PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "requirements.txt").read_text("utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            assert "==" in line, f"requirements.txt: {line!r} is not an exact pin"
            name, version = line.split("==")
            found[_name(name)] = version
    return found


def test_every_dependency_of_the_package_is_pinned_in_requirements():
    pinned = pins()
    project = PYPROJECT["project"]
    wanted = project["dependencies"] + [d for extra in project["optional-dependencies"].values() for d in extra]
    missing = [d for d in wanted if _name(d) not in pinned]
    assert not missing, f"pinned nowhere in requirements.txt: {missing}"


def test_every_data_file_is_declared_as_package_data():
    globs = PYPROJECT["tool"]["setuptools"]["package-data"]["analysis"]
    data = [p for p in (ROOT / "analysis" / "data").iterdir() if p.is_file() and p.suffix != ".py"]
    assert data
    undeclared = [p.name for p in data if not any(p.match(g.split("/")[-1]) for g in globs)]
    assert not undeclared, f"analysis/data files missing from [tool.setuptools.package-data]: {undeclared}"


@pytest.mark.slow
def test_the_wheel_holds_the_library_the_dashboard_and_their_data(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("arabic_news_analysis-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for expected in (
        "analysis/schema.py",
        "analysis/extract/gazetteer.py",
        "analysis/data/actors.yaml",
        "analysis/data/calendar.yaml",
        "analysis/data/stopwords_news.txt",
        "dashboard/app.py",
        "dashboard/views/timeline.py",
        "dashboard/labels.yaml",
    ):
        assert expected in names, expected
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "arabic-news = analysis.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()

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


def locked() -> dict[str, str]:
    """requirements.lock's packages and versions (the first of a package's lines, by marker)."""
    text = (ROOT / "requirements.lock").read_text("utf-8")
    found: dict[str, str] = {}
    for name, version in re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s;\\]+)", text, re.M):
        found.setdefault(_name(name).replace(".", "-"), version)
    return found


def test_the_lock_holds_every_pin_of_requirements_at_the_same_version_with_hashes():
    lock, text = locked(), (ROOT / "requirements.lock").read_text("utf-8")
    differ = {n: (v, lock.get(n.replace(".", "-"))) for n, v in pins().items() if lock.get(n.replace(".", "-")) != v}
    assert not differ, f"requirements.txt and requirements.lock disagree (run scripts/lock-requirements): {differ}"
    entries = re.split(r"\n(?=[A-Za-z])", text.split("\n", 1)[1])
    unhashed = [e.split(" ", 1)[0] for e in entries if e.strip() and "--hash=sha256:" not in e]
    assert not unhashed, f"locked without a hash: {unhashed}"


def test_the_environment_is_the_lock():
    """What is installed here is what the lock says (make setup installs it with --require-hashes)."""
    from importlib import metadata

    installed = {_name(d.metadata["Name"]).replace(".", "-"): d.version for d in metadata.distributions()}
    lock = locked()
    wrong = {n: (v, installed[n]) for n, v in lock.items() if n in installed and installed[n] != v}
    assert not wrong, f"installed versions differ from requirements.lock (run make setup): {wrong}"
    text = (ROOT / "requirements.lock").read_text("utf-8")
    missing = [n for n in lock if n not in installed and f"{n}==" in text and "sys_platform == 'win32'" not in
               text.split(f"{n}==", 1)[1].split("\n", 1)[0] and "python_full_version >= '3.12'" not in
               text.split(f"{n}==", 1)[1].split("\n", 1)[0]]  # fmt: skip
    assert not missing, f"locked but not installed: {missing}"

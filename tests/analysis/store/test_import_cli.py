"""``python -m analysis import`` as an analyst runs it, in a process of its own.

Importing SaudiNewsNet printed ~1,100 problem lines, then two summaries that disagreed
(``363 errors, 0 warnings`` from the import, ``363 errors, 772 warnings`` from the analysis, which
counted the duplicates as warnings and every earlier import's problems too), then a traceback: the
snapshot thread died at interpreter exit, so the first dashboard start analysed the corpus again.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import subprocess
import sys

import pytest
from repo_paths import ROOT, SEEDS


def write_messy_folder(folder):
    """Three seed articles (undated: a warning each), one of them twice, an empty file and an English one."""
    folder.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    for path in seeds:
        shutil.copy(path, folder / path.name)
    shutil.copy(seeds[0], folder / "copy-of-the-first.txt")  # a duplicate
    (folder / "empty.txt").write_text("", "utf-8")  # an error
    (folder / "english.txt").write_text("Russia and Turkey agreed on a ceasefire in Idlib. " * 5, "utf-8")  # an error
    return folder


@pytest.fixture
def messy_folder(tmp_path):
    return write_messy_folder(tmp_path / "incoming")


def run_import(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "analysis", "import", *args], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip


@pytest.fixture(scope="module")
def messy_import(tmp_path_factory):
    """The messy folder imported (and analysed) into an empty store: the command's output and the
    store's data directory, which the tests below only read."""
    work = tmp_path_factory.mktemp("messy")
    data = work / "data"
    done = run_import(str(write_messy_folder(work / "incoming")), "--corpus", "نقاش", "--data", str(data))
    return done, data


def test_the_import_ends_cleanly_with_its_snapshot_on_disk(messy_import):
    done, data = messy_import
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    # the snapshot the dashboard reads on its next start is complete before the command returns
    snapshots = [p for p in (data / "tables").iterdir() if p.is_dir()]
    assert len(snapshots) == 1
    assert (snapshots[0] / "documents.parquet").exists() and (snapshots[0] / "sentences.parquet").exists()


def test_one_summary_and_the_problems_in_a_file_it_names(messy_import):
    done, data = messy_import
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    # one count of the problems, never a second one that disagrees; no line per problem
    assert "corpus نقاش: 3 imported, 1 duplicate, 2 errors, 3 warnings" in lines
    assert sum("error" in line or "warning" in line for line in lines) == 1
    assert not any("empty.txt" in line or "english.txt" in line for line in lines)
    named = [line for line in lines if "6 problems listed in" in line]
    assert len(named) == 1
    path = named[0].split("listed in ", 1)[1].strip()
    assert path.startswith(str(data / "problems"))
    with open(path, encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert sorted(row["status"] for row in rows) == ["duplicate", "error", "error"] + ["warning"] * 3
    assert {row["file"] for row in rows if row["status"] != "warning"} == {
        "copy-of-the-first.txt",
        "empty.txt",
        "english.txt",
    }
    assert "5 articles" not in done.stdout and "corpus نقاش: 3 articles (" in done.stdout  # the analysis


def test_the_problems_file_can_be_chosen_and_a_clean_import_writes_none(messy_folder, tmp_path):
    chosen = tmp_path / "reports" / "problems.csv"
    done = run_import(str(messy_folder), "--corpus", "نقاش", "--data", str(tmp_path / "data"),
                      "--problems", str(chosen), "--no-analyse")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"6 problems listed in {chosen}" in done.stdout
    assert len(chosen.read_text("utf-8-sig").strip().splitlines()) == 1 + 6

    clean = tmp_path / "clean"
    clean.mkdir()
    article = {"text": sorted(SEEDS.glob("*.txt"))[4].read_text("utf-8"), "date": "2020-12-30"}
    (clean / "a.jsonl").write_text(json.dumps(article, ensure_ascii=False) + "\n", "utf-8")
    done = run_import(str(clean), "--corpus", "نظيف", "--data", str(tmp_path / "data"), "--no-analyse")
    assert "corpus نظيف: 1 imported, 0 duplicates, 0 errors, 0 warnings" in done.stdout
    assert "problems" not in done.stdout and not (tmp_path / "data" / "problems").exists()


def test_a_script_that_analyses_a_store_corpus_and_exits_leaves_its_snapshot(tmp_path):
    """Not only the CLI: any program that asks the store for a corpus's tables and ends at once
    (the snapshot is written in a thread while the caller goes on)."""
    script = (
        "import sys\n"
        "from analysis.store.database import Store\n"
        "store = Store(sys.argv[1])\n"
        "store.import_files('t', [sys.argv[2]])\n"
        "store.tables('t')\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "data"), str(SEEDS)], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    snapshots = [p for p in (tmp_path / "data" / "tables").iterdir() if p.is_dir()]
    assert len(snapshots) == 1 and (snapshots[0] / "complete.json").exists()


def test_a_csv_file_and_an_html_page_given_by_path_are_imported(tmp_path):
    """The README's import command takes .csv and .html files by path, as the Corpora page takes
    them uploaded (the path reader refused both: "expected a folder, or a .txt, .json …")."""
    text = sorted(SEEDS.glob("*.txt"))[4].read_text("utf-8")
    table = tmp_path / "wire.csv"
    with open(table, "w", encoding="utf-8", newline="") as file:
        csv.writer(file).writerows([["body", "headline", "pub_date"], [text, "عنوان", "2020-12-30"]])
    page = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
    page.write_text(
        f"<html><head><title>خبر</title></head><body><article>{paragraphs}</article></body></html>", "utf-8"
    )
    data = str(tmp_path / "data")
    done = run_import(str(table), "--corpus", "سلك", "--data", data, "--map", "text=body,title=headline,date=pub_date",
                      "--no-analyse")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "corpus سلك: 1 imported, 0 duplicates, 0 errors, 0 warnings" in done.stdout
    done = run_import(str(page), "--corpus", "صفحات", "--data", data, "--no-analyse")
    assert done.returncode == 0, done.stderr
    assert "corpus صفحات: 1 imported, 0 duplicates, 0 errors, 1 warning" in done.stdout  # no date in the page
    assert "1 problem listed in" in done.stdout

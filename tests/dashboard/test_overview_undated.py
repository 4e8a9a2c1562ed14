"""The Overview of a selection in which no article has a publication date.

A comment once swallowed the ``else`` of the date span (``span = f"{published[0]} – …"  # … if
published else …``), so an undated corpus raised ``IndexError`` on the first page an analyst sees.
"""

from __future__ import annotations

import csv
import shutil

from app_runs import start
from repo_paths import SEEDS


def test_the_overview_of_an_undated_corpus_says_it_has_no_dates(monkeypatch, tmp_path):
    folder = tmp_path / "undated"
    folder.mkdir()
    with open(SEEDS / "metadata.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.DictReader(file))
    for row in rows:
        shutil.copy(SEEDS / row["file"], folder / row["file"])
        row["published"] = ""
    with open(folder / "metadata.csv", "w", encoding="utf-8", newline="") as file:
        writer = csv.DictWriter(file, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(folder))

    at = start()  # asserts no exception
    assert [m.value for m in at.metric if m.label == "Published"] == ["undated"]
    assert [m.value for m in at.metric if m.label == "Articles"] == ["5"]

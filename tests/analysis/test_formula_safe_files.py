"""Every CSV file the house writes is safe to open in a spreadsheet, not only the dashboard's downloads.

The hostile article of ``tests/fixtures/hostile_corpus`` has a paragraph that starts with
``=HYPERLINK("http://example.com","x")``; a spreadsheet opening ``sentences.csv`` of
``python -m analysis build`` evaluated it (issue 14). Its publisher and title are formulas here
too. Read back cell by cell (the csv module, as a spreadsheet reads it), no cell starts like a
formula, the formulas are there as text behind ``'``, and numbers are still numbers.
"""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis.cli import main
from analysis.extract.discover import write_csv
from analysis.formula_cells import FORMULA_STARTS, safe_csv
from analysis.schema import OUTPUT_TABLES

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile_corpus" / "999_hostile.txt"
HYPERLINK = '=HYPERLINK("http://example.com","x") وأكدت أنقرة أن الدوريات المشتركة مستمرة.'


def cells(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.reader(f))


@pytest.fixture
def built(tmp_path, monkeypatch) -> Path:
    monkeypatch.setenv("ARABIC_NEWS_DATA", str(tmp_path / "data"))
    monkeypatch.delenv("ARABIC_NEWS_CACHE", raising=False)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(HOSTILE, corpus / "999_hostile.txt")
    (corpus / "metadata.csv").write_text(
        "file,published,source,title\n999_hostile.txt,2021-03-02,@SUM(1+9)*cmd,\"-2+3+cmd|' /C calc'!A0\"\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out), "--quiet", "--no-parquet"]) == 0
    return out


#: A negative number (a theme's coherence, -0.2444) is a number to a spreadsheet, not a formula.
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def test_no_cell_of_the_build_files_starts_like_a_formula(built):
    for name in OUTPUT_TABLES:
        rows = cells(built / f"{name}.csv")
        assert rows, name
        formulas = [c for row in rows for c in row if c.startswith(FORMULA_STARTS) and not NUMBER.fullmatch(c)]
        assert formulas == [], name


def test_a_negative_number_is_no_formula_but_a_formula_after_a_minus_is():
    assert NUMBER.fullmatch("-0.2444") and NUMBER.fullmatch("-1")
    assert not NUMBER.fullmatch("-2+3+cmd") and not NUMBER.fullmatch("-1-cmd|' /C calc'!A0")


def test_the_formulas_are_kept_as_text_and_numbers_stay_numbers(built):
    sentences = pd.read_csv(built / "sentences.csv", dtype=str, keep_default_na=False)
    assert "'" + HYPERLINK in set(sentences["text"])
    documents = pd.read_csv(built / "documents.csv")
    assert documents.loc[0, "source"] == "'@SUM(1+9)*cmd"
    assert documents.loc[0, "title"] == "'-2+3+cmd|' /C calc'!A0"
    assert documents["n_sentences"].dtype == "int64" and documents.loc[0, "n_sentences"] >= 4
    assert (built / "sentences.csv").read_bytes().count(b"\r\n") == len(sentences) + 1  # CRLF rows (RFC 4180)


def test_a_negative_number_is_a_number_a_string_that_looks_like_one_is_text():
    table = pd.DataFrame({"weight": [-3, 2], "delta": [-0.25, 1.5], "as_text": ["-3", "روسيا"]})
    text = safe_csv(table)
    assert text == "weight,delta,as_text\r\n-3,-0.25,'-3\r\n2,1.5,روسيا\r\n"


def test_a_lone_carriage_return_inside_a_cell_cannot_start_a_row():
    # unquoted, a spreadsheet reads "x⏎=1+1" as the row "x" and a new row whose cell is the formula
    assert safe_csv(pd.DataFrame({"text": ["x\r=1+1"]})) == 'text\r\n"x\r=1+1"\r\n'


def test_discover_candidates_file_is_formula_safe(tmp_path):
    table = pd.DataFrame(
        {
            "name_ar": ['=HYPERLINK("http://evil.example","مضايا")', "حركة نور الدين الزنكي"],
            "aliases": [["+مضايا"], []],
            "articles": [3, 2],
            "evidence": [[("001", 2, "…")], [("002", 0, "…")]],
        }
    )
    write_csv(table, tmp_path / "candidates.csv")
    rows = cells(tmp_path / "candidates.csv")
    assert rows == [
        ["name_ar", "aliases", "articles", "evidence"],
        ['\'=HYPERLINK("http://evil.example","مضايا")', "'+مضايا", "3", "001#2"],
        ["حركة نور الدين الزنكي", "", "2", "002#0"],
    ]

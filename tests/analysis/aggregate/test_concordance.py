"""The concordance of a search (``concordance``): agency copy merged, every match counted, sorted
by date or source, paged. The articles are short news items in the style of SaudiNewsNet, where
one wire sentence is printed by several papers; dates, sources and expected lines are by hand."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from analysis.aggregate.concordance import LINE_COLUMNS, MATCH_COLUMNS, SORTS, concordance
from analysis.aggregate.kwic import KwicIndex

WIRE = "أعلنت الخارجية الروسية أن موسكو وأنقرة اتفقتا على وقف إطلاق النار في إدلب اعتبارا من منتصف الليل"
ARTICLES = {
    # the wire sentence as two papers printed it (the second with a shadda and a doubled space)
    "d1": (dt.date(2020, 3, 5), "الشرق الأوسط", "اتفاق روسي تركي", WIRE),
    "d2": (dt.date(2020, 3, 6), "عكاظ", "هدنة في إدلب", WIRE.replace("وقف", "وقْف").replace(" إدلب", "  إدلب")),
    # a line of its own, a day earlier, from a source that sorts after the others
    "d3": (dt.date(2020, 3, 4), "واس", "قمة موسكو", "قالت مصادر إن روسيا ترفض وقف إطلاق النار قبل القمة"),
    # undated: last in both date orders
    "d4": (None, None, "", "دعا البيان إلى وقف إطلاق النار فورا"),
}


def documents() -> pd.DataFrame:
    rows = [(doc_id, title, source, published) for doc_id, (published, source, title, _) in ARTICLES.items()]
    return pd.DataFrame(rows, columns=["doc_id", "title", "source", "published"])


def search(query: str, sort: str = "date"):
    texts = {doc_id: text for doc_id, (*_, text) in ARTICLES.items()}
    sentences = pd.DataFrame(
        [(doc_id, 0, 0, len(text), text) for doc_id, text in texts.items()],
        columns=["doc_id", "sentence_idx", "start", "end", "text"],
    )
    hits = KwicIndex(texts, sentences).search(query)
    return concordance(hits, documents(), sort=sort)


def test_agency_copy_is_one_line_with_its_count_and_articles():
    found = search("وقف إطلاق النار")
    assert list(found.lines.columns) == LINE_COLUMNS and list(found.matches.columns) == MATCH_COLUMNS
    assert (found.n_matches, found.n_articles, len(found.lines)) == (4, 4, 3)  # the real totals
    wire = found.lines[found.lines["n_articles"] == 2].iloc[0]
    assert found.articles(found.lines)[wire["line"]] == ["d1", "d2"]  # earliest first
    assert (wire["doc_id"], wire["source"], wire["n_matches"]) == ("d1", "الشرق الأوسط", 2)
    assert (wire["left"], wire["match"]) == ("أعلنت الخارجية الروسية أن موسكو وأنقرة اتفقتا على ", "وقف إطلاق النار")


@pytest.mark.parametrize(
    "sort, order",
    [
        ("date", ["d3", "d1", "d4"]),  # 4 March, the wire of 5 (and 6) March, undated last
        ("newest", ["d1", "d3", "d4"]),  # the wire's latest copy is 6 March
        ("source", ["d1", "d3", "d4"]),  # الشرق الأوسط before واس; no source last
    ],
)
def test_lines_sort_by_date_or_source(sort, order):
    found = search("وقف إطلاق النار", sort)
    assert found.lines["doc_id"].tolist() == order
    assert found.lines["line"].tolist() == [1, 2, 3]


def test_the_export_has_every_match_with_its_line():
    found = search("وقف إطلاق النار", "date")
    matches = found.matches
    assert matches["doc_id"].tolist() == ["d3", "d1", "d2", "d4"]
    assert matches["line"].tolist() == [1, 2, 2, 3]
    assert matches["same_line_articles"].tolist() == [1, 2, 2, 1]
    assert matches.loc[matches["doc_id"] == "d2", "match"].item() == "وقْف إطلاق النار"  # the original text
    assert matches.loc[matches["doc_id"] == "d3", "title"].item() == "قمة موسكو"


def test_a_name_in_the_wire_is_one_line_of_two_articles():
    found = search("موسكو")  # the wire names Moscow once: two papers, one line
    assert (found.n_matches, found.n_articles, len(found.lines)) == (2, 2, 1)


def test_pages_of_lines():
    found = search("وقف إطلاق النار")
    assert found.n_pages(2) == 2
    assert found.page(1, 2)["line"].tolist() == [1, 2]
    assert found.page(2, 2)["line"].tolist() == [3]
    assert found.page(9, 2)["line"].tolist() == [3]  # past the last page: the last page
    assert found.page(0, 2)["line"].tolist() == [1, 2]


def test_nothing_found_is_an_empty_concordance():
    found = search("واشنطن")
    assert (found.n_matches, found.n_articles, found.n_pages(50)) == (0, 0, 1)
    assert found.lines.empty and list(found.lines.columns) == LINE_COLUMNS


def test_an_unknown_sort_is_refused():
    with pytest.raises(ValueError, match="sort"):
        search("روسيا", "alphabetical")
    assert SORTS == ("date", "newest", "source")

"""Searching texts that stay on disk (``TextSearch`` over ``ArticleTexts``): the same lines as the
in-memory index (``KwicIndex``) for every case of ``test_kwic.py``, the texts read through DuckDB.

The candidate pattern (``candidate_pattern``) is what DuckDB scans the original texts with: it must
match every article in which the index finds the query (diacritics, tatweel, alef forms, ta
marbuta, no-break spaces in the original), or a line would be missing from the Search page.
"""

from __future__ import annotations

import pandas as pd
import pytest
from test_kwic import NORMALISATION_CASES, OFFSET_CASES, PHRASE_CASES, PROCLITIC_CASES, lines_as_sentences

from analysis.aggregate.kwic import KWIC_COLUMNS, KwicIndex, TextSearch, candidate_pattern, text_search
from analysis.store.texts import ArticleTexts

CASES = [(q, t) for q, t, _ in PROCLITIC_CASES + NORMALISATION_CASES + PHRASE_CASES] + [
    (q, t) for q, t, _ in OFFSET_CASES
]
DOCS = {f"d{i:02d}": text for i, (_, text) in enumerate(CASES)}


@pytest.fixture(scope="module")
def on_disk(tmp_path_factory) -> ArticleTexts:
    path = tmp_path_factory.mktemp("texts") / "documents.parquet"
    pd.DataFrame({"doc_id": list(DOCS), "text": list(DOCS.values())}).to_parquet(path, index=False)
    return ArticleTexts(path)


@pytest.mark.parametrize("query, text", CASES)
def test_the_same_lines_as_the_index_in_memory(on_disk, query, text):
    sentences = lines_as_sentences(DOCS)
    expected = KwicIndex(DOCS, sentences).search(query)
    found = TextSearch(on_disk, sentences).search(query)
    pd.testing.assert_frame_equal(found.reset_index(drop=True), expected.reset_index(drop=True), check_dtype=False)


@pytest.mark.parametrize("query, text", CASES)
def test_the_pattern_finds_every_article_the_index_finds(on_disk, query, text):
    hits = KwicIndex(DOCS, lines_as_sentences(DOCS)).search(query)
    candidates = [d for chunk in on_disk.matching(candidate_pattern(query)) for d in chunk]
    assert set(hits["doc_id"]) <= set(candidates)


def test_a_selection_and_a_limit_are_kept(on_disk):
    sentences = lines_as_sentences(DOCS)
    search = TextSearch(on_disk, sentences)
    every = KwicIndex(DOCS, sentences).search("روسيا")
    assert len(every) > 3
    assert search.search("روسيا", limit=3).equals(every.head(3))
    chosen = {"d01", "d05"}
    assert (
        search.search("روسيا", doc_ids=chosen)["doc_id"].tolist()
        == every.loc[every["doc_id"].isin(chosen), "doc_id"].tolist()
    )


def test_the_readers_article_is_read_by_id_not_scanned_for(on_disk, monkeypatch):
    # seeds/002 opened from a line of the Search page: its matches marked in the reader
    sentences = lines_as_sentences(DOCS)
    scans = []
    monkeypatch.setattr(on_disk, "matching", lambda *a, **k: scans.append(a) or iter(()))
    one = TextSearch(on_disk, sentences).search("روسيا", doc_ids={"d00"})
    assert scans == []
    pd.testing.assert_frame_equal(one, KwicIndex(DOCS, sentences).search("روسيا", doc_ids={"d00"}), check_dtype=False)
    assert one["match"].tolist() == ["وروسيا"]


@pytest.mark.parametrize("query", ["", "   ", "\u0651", "ـــ", "\u200f", "«»", "واشنطن"])
def test_a_query_without_letters_or_found_nowhere_gives_the_columns(on_disk, query):
    hits = TextSearch(on_disk, lines_as_sentences(DOCS)).search(query)
    assert hits.empty and list(hits.columns) == KWIC_COLUMNS


def test_texts_in_memory_are_searched_with_the_index():
    assert isinstance(text_search(DOCS, lines_as_sentences(DOCS)), KwicIndex)


# --- the texts themselves ------------------------------------------------------------------------


def test_an_article_is_read_when_asked_and_only_a_few_are_kept(tmp_path):
    path = tmp_path / "documents.parquet"
    pd.DataFrame({"doc_id": list(DOCS), "text": list(DOCS.values())}).to_parquet(path, index=False)
    texts = ArticleTexts(path, cached=2)
    assert texts["d03"] == DOCS["d03"] and texts.get("d04") == DOCS["d04"]
    assert texts["d05"] == DOCS["d05"]
    assert list(texts._recent) == ["d04", "d05"]  # the oldest is let go
    assert list(texts) == list(DOCS) and len(texts) == len(DOCS) and "d00" in texts
    assert texts.many(["d07", "nope", "d02"]) == {"d07": DOCS["d07"], "d02": DOCS["d02"]}
    assert dict(texts) == DOCS
    in_order = texts.in_order(["d09", "nope", "d01"])
    assert len(in_order) == 3 and in_order[0:2] == [DOCS["d09"], ""] and in_order[2] == DOCS["d01"]
    with pytest.raises(KeyError):
        texts["no-such-article"]
    assert texts.get("no-such-article", "") == ""


def test_texts_whose_file_went_away_say_which(tmp_path):
    path = tmp_path / "documents.parquet"
    pd.DataFrame({"doc_id": list(DOCS), "text": list(DOCS.values())}).to_parquet(path, index=False)
    texts = ArticleTexts(path)
    path.unlink()
    with pytest.raises(OSError, match=f"the article texts in {path} cannot be read"):
        texts["d00"]
    with pytest.raises(OSError, match=f"the article texts in {path} cannot be read"):
        list(texts.matching("روسيا"))


def test_term_counts_from_texts_read_a_slice_at_a_time_are_those_of_the_texts_in_memory(on_disk):
    from analysis.aggregate.terms import build_term_matrix

    ids = list(DOCS)
    in_memory = build_term_matrix(ids, [DOCS[d] for d in ids])
    from_disk = build_term_matrix(ids, on_disk.in_order(ids))
    assert from_disk.terms == in_memory.terms and (from_disk.counts != in_memory.counts).nnz == 0

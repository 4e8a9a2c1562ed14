"""Every article's term counts are kept on disk: read back equal, rebuilt when anything they depend on
changes, and a damaged entry is rebuilt, not served."""

from __future__ import annotations

import numpy as np

import analysis.store.term_cache as term_cache
from analysis.aggregate.terms import build_term_matrix
from analysis.aggregate.vocabulary import term_vocabulary
from analysis.store.term_cache import load_or_build_terms

DOC_IDS = ["a", "b", "c"]
TEXTS = [
    "قال وزير الخارجية الروسي إن روسيا وتركيا اتفقتا على وقف إطلاق النار في إدلب.",
    "أكدت أنقرة أن لروسيا دوراً في إدلب وأن وقف إطلاق النار صامد.",
    "التقى جاويش أوغلو نظيره الروسي في موسكو لبحث وقف إطلاق النار.",
]
SOURCES = ["one", "two", "one"]


def _build(tmp_path, texts=TEXTS, vocabulary=None):
    return load_or_build_terms(
        DOC_IDS,
        texts,
        sources=SOURCES,
        vocabulary=vocabulary or term_vocabulary(None, SOURCES),
        cache_dir=tmp_path,
    )


def _entries(tmp_path):
    return sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("terms-"))


def test_the_matrix_read_back_is_the_one_built(tmp_path):
    built = _build(tmp_path)
    expected = build_term_matrix(DOC_IDS, TEXTS, sources=SOURCES, vocabulary=term_vocabulary(None, SOURCES))
    read = _build(tmp_path)
    assert len(_entries(tmp_path)) == 1
    for matrix in (built, read):
        assert matrix.doc_ids == DOC_IDS
        assert matrix.terms == expected.terms and matrix.keys == expected.keys
        assert matrix.n_phrases == expected.n_phrases
        assert np.array_equal(matrix.counts.toarray(), expected.counts.toarray())
        assert np.allclose(matrix.tfidf.toarray(), expected.tfidf.toarray())
    assert "روسيا" in read.terms  # لروسيا counted as روسيا, also after the round trip


def test_the_second_read_does_not_count_again(tmp_path, monkeypatch):
    _build(tmp_path)

    def refuse(*args, **kwargs):
        raise AssertionError("counted again although the entry is on disk")

    monkeypatch.setattr(term_cache, "build_term_matrix", refuse)
    assert "إدلب" in _build(tmp_path).terms


def test_an_edited_article_or_another_vocabulary_is_a_new_entry(tmp_path):
    _build(tmp_path)
    edited = [*TEXTS[:2], TEXTS[2].replace("موسكو", "أنقرة")]
    _build(tmp_path, texts=edited)
    _build(tmp_path, vocabulary=term_vocabulary(None, ["another outlet"]))
    assert len(_entries(tmp_path)) == 3


def test_a_damaged_entry_is_counted_again(tmp_path):
    _build(tmp_path)
    (entry,) = _entries(tmp_path)
    (tmp_path / entry / "counts.npz").write_bytes(b"not a matrix")
    again = _build(tmp_path)
    assert "إدلب" in again.terms
    assert _entries(tmp_path) == [entry]


def test_a_cache_that_cannot_be_written_still_gives_the_matrix(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    assert "إدلب" in _build(blocked).terms

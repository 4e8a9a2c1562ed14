"""Every article's term counts are kept on disk: read back equal, rebuilt when anything they depend on
changes, and a damaged entry, or one of other articles, is refused with a message naming the file and
rebuilt, not served. Texts read from Parquet files are known by the files' bytes: finding the entry
reads no text."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence

import numpy as np
import pandas as pd
import pytest

import analysis.store.term_cache as term_cache
from analysis.aggregate.terms import build_term_matrix
from analysis.aggregate.vocabulary import term_vocabulary
from analysis.store.term_cache import TermCacheError, load_or_build_terms, read_term_counts
from analysis.store.texts import ArticleTexts

DOC_IDS = ["a", "b", "c"]
TEXTS = [
    "قال وزير الخارجية الروسي إن روسيا وتركيا اتفقتا على وقف إطلاق النار في إدلب.",
    "أكدت أنقرة أن لروسيا دوراً في إدلب وأن وقف إطلاق النار صامد.",
    "التقى جاويش أوغلو نظيره الروسي في موسكو لبحث وقف إطلاق النار.",
]
SOURCES = ["one", "two", "one"]


def _build(tmp_path, texts=TEXTS, vocabulary=None, fingerprint=None):
    return load_or_build_terms(
        DOC_IDS,
        texts,
        sources=SOURCES,
        vocabulary=vocabulary or term_vocabulary(None, SOURCES),
        cache_dir=tmp_path,
        texts_fingerprint=fingerprint,
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


def test_a_damaged_entry_is_refused_naming_the_file_and_counted_again(tmp_path, caplog):
    _build(tmp_path)
    (entry,) = _entries(tmp_path)
    counts = tmp_path / entry / "counts.npz"
    counts.write_bytes(b"not a matrix")
    with pytest.raises(TermCacheError, match=f"{counts}: unreadable"):
        read_term_counts(tmp_path / entry)
    with caplog.at_level(logging.WARNING, logger="analysis.store.term_cache"):
        again = _build(tmp_path)
    assert f"{counts}: unreadable" in caplog.text
    assert "إدلب" in again.terms
    assert _entries(tmp_path) == [entry]
    assert "إدلب" in read_term_counts(tmp_path / entry, DOC_IDS).terms  # written again, whole


def test_a_truncated_matrix_is_refused_naming_the_file(tmp_path):
    _build(tmp_path)
    (entry,) = _entries(tmp_path)
    tfidf = tmp_path / entry / "tfidf.npz"
    tfidf.write_bytes(tfidf.read_bytes()[:100])
    with pytest.raises(TermCacheError, match=f"{tfidf}: unreadable"):
        read_term_counts(tmp_path / entry)


def test_an_entry_of_other_articles_is_refused_naming_the_file(tmp_path, caplog):
    """A stale entry under the key of these articles (another process's, a copied cache): its
    articles are not the ones asked for, so its counts would be given to the wrong rows."""
    _build(tmp_path)
    (entry,) = _entries(tmp_path)
    meta_file = tmp_path / entry / "meta.json"
    meta = json.loads(meta_file.read_text("utf-8"))
    meta["doc_ids"] = ["c", "b", "a"]
    meta_file.write_text(json.dumps(meta), "utf-8")
    with pytest.raises(TermCacheError, match=f"{meta_file}: holds the counts of 3 articles, not of the 3 asked for"):
        read_term_counts(tmp_path / entry, DOC_IDS)
    with caplog.at_level(logging.WARNING, logger="analysis.store.term_cache"):
        again = _build(tmp_path)
    assert str(meta_file) in caplog.text
    assert again.doc_ids == DOC_IDS


def test_matrices_that_do_not_match_the_terms_are_refused_naming_the_file(tmp_path):
    _build(tmp_path)
    (entry,) = _entries(tmp_path)
    meta_file = tmp_path / entry / "meta.json"
    meta = json.loads(meta_file.read_text("utf-8"))
    meta["terms"], meta["keys"] = meta["terms"][:-1], meta["keys"][:-1]
    meta_file.write_text(json.dumps(meta), "utf-8")
    with pytest.raises(TermCacheError, match=f"{tmp_path / entry / 'counts.npz'}: a 3 × "):
        read_term_counts(tmp_path / entry)


class Unread(Sequence[str]):
    """Texts that fail when read: the entry must be found without them."""

    def __len__(self) -> int:
        return len(TEXTS)

    def __getitem__(self, at):
        raise AssertionError("a text was read to find the entry")


def test_texts_known_by_their_files_are_not_read_to_find_the_entry(tmp_path):
    _build(tmp_path, fingerprint="files-1")
    read = _build(tmp_path, texts=Unread(), fingerprint="files-1")
    assert "إدلب" in read.terms and read.doc_ids == DOC_IDS
    _build(tmp_path, fingerprint="files-2")  # other files: another entry
    assert len(_entries(tmp_path)) == 2


def test_the_files_fingerprint_changes_with_an_edited_article(tmp_path):
    def written(folder, texts):
        folder.mkdir()
        path = folder / "documents.parquet"
        pd.DataFrame({"doc_id": DOC_IDS, "text": texts}).to_parquet(path, index=False)
        return ArticleTexts(path)

    first = written(tmp_path / "one", TEXTS)
    same = written(tmp_path / "two", TEXTS)
    edited = written(tmp_path / "three", [*TEXTS[:2], TEXTS[2].replace("موسكو", "أنقرة")])
    assert first.fingerprint() == same.fingerprint()
    assert first.fingerprint() != edited.fingerprint()
    assert first.fingerprint() == ArticleTexts(str(tmp_path / "one" / "*.parquet")).fingerprint()


def test_a_cache_that_cannot_be_written_still_gives_the_matrix(tmp_path):
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder should be")
    assert "إدلب" in _build(blocked).terms

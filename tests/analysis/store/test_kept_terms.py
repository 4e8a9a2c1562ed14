"""The analysis keeps every article's term counts, the ones its TF-IDF made, for the Compare page: its
first visit after an analysis reads them (nothing counted again), in the same process and after a
restart, from the article store and from a corpus folder. A new analysis of a corpus replaces the
counts the corpus had; a damaged entry is refused naming the file and counted again, never served."""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

import numpy as np
import pytest

import analysis.store.term_cache as term_cache
from analysis import config
from analysis.aggregate.terms import TermMatrix, build_term_matrix, doc_terms_table
from analysis.aggregate.vocabulary import term_vocabulary
from analysis.extract.gazetteer import load_gazetteer
from analysis.store import snapshots
from analysis.store.cache import load_or_build
from analysis.store.database import Store
from analysis.store.term_cache import corpus_identity, tables_terms
from analysis.store.texts import ArticleTexts

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
RUSSIA = (
    "أعلنت وزارة الخارجية الروسية اليوم أن الرئيس فلاديمير بوتين بحث مع نظيره التركي رجب طيب أردوغان الوضع في إدلب."
)
TURKEY = "قال مسؤولون أتراك إن أنقرة سترسل تعزيزات عسكرية إلى شمال سوريا خلال الأيام المقبلة."


@pytest.fixture
def cache(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv(config.CACHE_ENV, str(folder))
    return folder


@pytest.fixture
def store(tmp_path, cache):
    return Store(tmp_path / "data")


def counted_afresh(tables, gazetteer) -> TermMatrix:
    """What the Compare page counted before the analysis kept its counts: the whole corpus again."""
    doc_ids, sources = tables.documents["doc_id"].tolist(), tables.documents["source"].tolist()
    texts = [tables.texts[d] for d in doc_ids]
    return build_term_matrix(doc_ids, texts, sources=sources, vocabulary=term_vocabulary(gazetteer, sources))


def refuse_counting(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the corpus was counted again although the analysis kept its counts")

    monkeypatch.setattr(term_cache, "build_term_matrix", refuse)


def assert_same(read: TermMatrix, expected: TermMatrix) -> None:
    assert read.doc_ids == expected.doc_ids
    assert read.terms == expected.terms and read.keys == expected.keys
    assert read.n_phrases == expected.n_phrases
    assert np.array_equal(read.counts.toarray(), expected.counts.toarray())
    assert np.allclose(read.tfidf.toarray(), expected.tfidf.toarray())


def entries(cache: Path) -> list[str]:
    term_cache.wait_for_terms()
    return sorted(p.name for p in cache.glob("terms-*"))


def test_the_build_hands_over_the_counts_its_key_terms_were_taken_from(seed_tables):
    """The matrix is the TF-IDF step's own: the same counts as counting the corpus again, and the
    doc_terms table is its top terms."""
    matrix = seed_tables.term_matrix
    docs = seed_tables.documents
    assert matrix.doc_ids == docs["doc_id"].tolist()
    assert_same(matrix, counted_afresh(seed_tables, load_gazetteer()))
    assert doc_terms_table(matrix).equals(seed_tables.doc_terms)


def test_the_compare_page_reads_the_store_analysis_counts_now_and_after_a_restart(store, cache, monkeypatch):
    gazetteer = store.gazetteer()
    tables = store.tables("seed", gazetteer=gazetteer)
    assert tables.term_matrix is None  # kept on disk, not held by the server with the tables
    expected = counted_afresh(tables, gazetteer)
    refuse_counting(monkeypatch)
    corpus = corpus_identity("store", store.data_dir, "seed")
    assert_same(tables_terms(tables, gazetteer, cache_dir=cache, corpus=corpus), expected)
    snapshots.wait_for_snapshots()
    restarted = Store(store.data_dir).tables("seed", gazetteer=gazetteer)
    assert isinstance(restarted.texts, ArticleTexts)  # the snapshot's texts, on disk
    assert_same(tables_terms(restarted, gazetteer, cache_dir=cache, corpus=corpus), expected)
    assert len(entries(cache)) == 1


def test_a_corpus_folder_keeps_its_counts_with_its_snapshot(tmp_path, cache, monkeypatch):
    gazetteer = config.gazetteer(tmp_path / "data")
    tables = load_or_build(SEEDS, cache_dir=cache, gazetteer=gazetteer)
    expected = counted_afresh(tables, gazetteer)
    refuse_counting(monkeypatch)
    corpus = corpus_identity("path", SEEDS)
    assert_same(tables_terms(tables, gazetteer, cache_dir=cache, corpus=corpus), expected)
    again = load_or_build(SEEDS, cache_dir=cache, gazetteer=gazetteer)  # read from the snapshot
    assert_same(tables_terms(again, gazetteer, cache_dir=cache, corpus=corpus), expected)


def test_a_new_analysis_replaces_the_counts_of_the_same_corpus_only(store, cache, monkeypatch):
    gazetteer = store.gazetteer()
    store.tables("seed", gazetteer=gazetteer)
    (seed_entry,) = entries(cache)
    store.add_article("محلي", RUSSIA, source="روسيا اليوم")
    store.tables("محلي", gazetteer=gazetteer)
    (first,) = [e for e in entries(cache) if e != seed_entry]
    store.add_article("محلي", TURKEY, source="الأناضول")  # a new revision: its counts, the old ones gone
    tables = store.tables("محلي", gazetteer=gazetteer)
    kept = entries(cache)
    assert seed_entry in kept and first not in kept and len(kept) == 2
    expected = counted_afresh(tables, gazetteer)
    refuse_counting(monkeypatch)
    read = tables_terms(tables, gazetteer, cache_dir=cache, corpus=corpus_identity("store", store.data_dir, "محلي"))
    assert_same(read, expected)
    assert "أنقرة" in read.terms and len(read.doc_ids) == 2


def test_counts_made_by_the_page_replace_the_older_ones_too(cache):
    """A corpus counted by the page (no entry kept: a cache cleared, a build made elsewhere)."""
    ids, sources = ["a"], ["one"]
    vocabulary = term_vocabulary(None, sources)
    for text in (RUSSIA, TURKEY):
        term_cache.load_or_build_terms(ids, [text], sources=sources, vocabulary=vocabulary, cache_dir=cache,
                                       corpus="path:/corpus")  # fmt: skip
    term_cache.load_or_build_terms(ids, [RUSSIA], sources=sources, vocabulary=vocabulary, cache_dir=cache,
                                   corpus="path:/another")  # fmt: skip
    assert len(entries(cache)) == 2


def test_entries_named_by_their_key_alone_are_deleted_when_a_corpus_is_counted(cache):
    """Earlier versions named an entry ``terms-<key>``, with no corpus: nothing reads such an entry
    now, and no corpus's new counts would ever have replaced it (tens of MB each at 31k)."""
    ids, sources = ["a"], ["one"]
    vocabulary = term_vocabulary(None, sources)
    term_cache.load_or_build_terms(ids, [TURKEY], sources=sources, vocabulary=vocabulary, cache_dir=cache)
    (unowned,) = entries(cache)
    assert len(unowned) == len("terms-") + 24  # the old name: the key alone
    (cache / "terms-notes").mkdir()  # not an entry's name: left alone
    term_cache.load_or_build_terms(ids, [RUSSIA], sources=sources, vocabulary=vocabulary, cache_dir=cache,
                                   corpus="path:/corpus")  # fmt: skip
    assert unowned not in entries(cache) and (cache / "terms-notes").is_dir()
    assert len([e for e in entries(cache) if e != "terms-notes"]) == 1


def test_a_damaged_kept_entry_is_refused_naming_the_file_and_counted_again(store, cache, caplog):
    gazetteer = store.gazetteer()
    tables = store.tables("seed", gazetteer=gazetteer)
    (entry,) = entries(cache)
    counts = cache / entry / "counts.npz"
    counts.write_bytes(b"not a matrix")
    with caplog.at_level(logging.WARNING, logger="analysis.store.term_cache"):
        read = tables_terms(tables, gazetteer, cache_dir=cache, corpus=corpus_identity("store", store.data_dir, "seed"))
    assert f"{counts}: unreadable" in caplog.text
    assert_same(read, counted_afresh(tables, gazetteer))
    assert entries(cache) == [entry]  # written again, whole


def test_counts_of_other_articles_are_not_kept(seed_tables, cache):
    """Counts that are not of the tables' articles in their order would give one article's terms
    to another: not kept (the page counts them), and the analysis goes on."""
    matrix = seed_tables.term_matrix
    shuffled = dataclasses.replace(matrix, doc_ids=matrix.doc_ids[::-1])
    tables = dataclasses.replace(seed_tables, term_matrix=shuffled)
    kept = term_cache.keep_tables_terms(tables, load_gazetteer(), cache_dir=cache, corpus="path:/seeds",
                                        texts_digest="any")  # fmt: skip
    assert kept is None and tables.term_matrix is None and entries(cache) == []

"""The Discover list kept on disk (analysis/store/discovery_cache.py): a restarted server reads the
candidates instead of discovering them again (~20 s on 31k articles), and never a stale list.

The corpus: articles naming بلدة مضايا and حركة نور الدين الزنكي, each in two articles, which the
built-in gazetteer lacks (the Gazetteer page's own test corpus)."""

from __future__ import annotations

import pandas as pd
import pytest
from discover_corpus import ARTICLES

from analysis.extract import discover as discover_module
from analysis.extract.gazetteer import load_gazetteer
from analysis.extract.mentions import mentions_table
from analysis.store import discovery_cache
from analysis.store.discovery_cache import load_or_discover
from analysis.text.segment import sentences_table

GAZETTEER = load_gazetteer()


@pytest.fixture(scope="module")
def tables():
    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(ARTICLES))], "text": ARTICLES})
    sentences = sentences_table(documents)
    return sentences, mentions_table(documents, sentences, GAZETTEER)


@pytest.fixture
def counted(monkeypatch):
    """How many times discovery really ran."""
    calls = []
    real = discover_module.discover

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(discovery_cache, "discover", counting)
    return calls


def test_the_kept_list_is_read_back_as_discovered_without_discovering_again(tables, tmp_path, counted):
    sentences, mentions = tables
    first = load_or_discover(sentences, mentions, GAZETTEER, cache_dir=tmp_path, corpus="path:/news")
    assert {"مضايا", "حركة نور الدين الزنكي"} <= set(first["name_ar"])
    again = load_or_discover(sentences, mentions, GAZETTEER, cache_dir=tmp_path, corpus="path:/news")
    assert len(counted) == 1
    pd.testing.assert_frame_equal(again, first, check_dtype=False)
    row = again[again["name_ar"] == "مضايا"].iloc[0]
    assert isinstance(row["aliases"], tuple) and isinstance(row["evidence"][0], tuple)
    assert row["evidence"] == first[first["name_ar"] == "مضايا"].iloc[0]["evidence"]


def test_other_mentions_are_a_new_entry_and_the_old_one_of_the_corpus_goes(tables, tmp_path, counted):
    sentences, mentions = tables
    load_or_discover(sentences, mentions, GAZETTEER, cache_dir=tmp_path, corpus="path:/news")
    load_or_discover(sentences, mentions, GAZETTEER, cache_dir=tmp_path, corpus="path:/other")
    fewer = mentions.iloc[1:].reset_index(drop=True)  # a gazetteer edit found one mention less
    load_or_discover(sentences, fewer, GAZETTEER, cache_dir=tmp_path, corpus="path:/news")
    assert len(counted) == 3
    assert len(list(tmp_path.glob("discover-*.parquet"))) == 2  # /news's newest and /other's


def test_a_damaged_entry_is_discovered_again(tables, tmp_path, counted, caplog):
    sentences, mentions = tables
    load_or_discover(sentences, mentions, GAZETTEER, cache_dir=tmp_path, corpus="path:/news")
    (entry,) = tmp_path.glob("discover-*.parquet")
    entry.write_bytes(b"PAR1 not really")
    again = load_or_discover(sentences, mentions, GAZETTEER, cache_dir=tmp_path, corpus="path:/news")
    assert len(counted) == 2 and "مضايا" in set(again["name_ar"])
    assert entry.name in caplog.text

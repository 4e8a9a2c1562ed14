"""The large-corpus generator (bench/make_large_corpus.py): new articles made of the sentences of other
articles of the same source and month, none a duplicate, dated over years, read by the build as a corpus."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from repo_paths import ROOT

from analysis.ingest.corpus import load_corpus
from analysis.text.segment import split_sentences
from bench import make_large_corpus as maker

SEEDS = ROOT / "seeds"


@pytest.fixture
def two_sources(tmp_path):
    """The four seed articles without a source as two sources of two months: سبق in July 2015 (two
    articles), عكاظ in August 2015 (two), and one article alone in its month (too few to recombine)."""
    texts = load_corpus(SEEDS).documents["text"].tolist()
    records = [
        {"id": "sabq-1", "source": "سبق", "published": "2015-07-21", "content": texts[0]},
        {"id": "sabq-2", "source": "سبق", "published": "2015-07-30", "content": texts[2]},
        {"id": "okaz-1", "source": "عكاظ", "published": "2015-08-02", "content": texts[3]},
        {"id": "okaz-2", "source": "عكاظ", "published": "2015-08-09", "content": texts[4]},
        {"id": "alone", "source": "عكاظ", "published": "2015-09-01", "content": texts[1]},
    ]
    path = tmp_path / "source.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    sentences = {r["id"]: {r["content"][s:e] for s, e, _ in split_sentences(r["content"])} for r in records}
    return path, sentences


def made(source, tmp_path, size, **options) -> tuple:
    out = tmp_path / "made"
    argv = ["--data", str(source), "--out", str(out), "--size", str(size), "--shard", "40"]
    argv += [f"--{k}={v}" for k, v in options.items()]
    assert maker.main(argv) == 0
    return out, load_corpus(out)


def test_each_sentence_comes_from_an_article_of_the_same_source_and_month(two_sources, tmp_path):
    source, sentences = two_sources
    _, corpus = made(source, tmp_path, 100)
    group_of = {"سبق": ("sabq-1", "sabq-2"), "عكاظ": ("okaz-1", "okaz-2")}
    for text, name in zip(corpus.documents["text"], corpus.documents["source"]):
        allowed = set().union(*(sentences[a] for a in group_of[name]))
        made_of = [text[s:e] for s, e, _ in split_sentences(text)]
        assert made_of and set(made_of) <= allowed, text[:80]


def test_the_sentences_of_a_new_article_come_from_different_articles():
    """Five short articles of one source and month (three sentences each): a new article takes the
    template's three sentences' places from three of the four others, one sentence each."""
    articles = [[f"قال المتحدث {n} إن الاجتماع {k} انتهى." for k in range(3)] for n in range(5)]
    group = maker.Group("سبق", articles, [[False, False, True]] * 5, [dt.date(2015, 7, 21)] * 5)
    article_of = {sentence: n for n, sentences in enumerate(articles) for sentence in sentences}
    rng = maker.np.random.default_rng(0)
    for _ in range(20):
        text, template = maker.recombined(group, rng)
        donors = [article_of[text[s:e]] for s, e, _ in split_sentences(text)]
        assert len(donors) == 3 and len(set(donors)) == 3 and template not in donors
        assert text.count("\n") == 1  # the template's paragraph break, before its third sentence


def test_the_size_asked_is_made_in_shards_with_no_duplicate_and_nothing_copied(two_sources, tmp_path):
    source, _ = two_sources
    out, corpus = made(source, tmp_path, 100)
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.jsonl", "part-00001.jsonl", "part-00002.jsonl"]
    assert len(corpus.documents) == 100
    assert corpus.problems.empty  # the loader drops and reports duplicates: there are none
    originals = set(load_corpus(source).documents["text"])
    assert not originals & set(corpus.documents["text"])


def test_dates_spread_over_the_years_asked_in_the_months_of_the_sources(two_sources, tmp_path):
    source, _ = two_sources
    _, corpus = made(source, tmp_path, 100, years=5)
    days = corpus.documents["published"].tolist()
    assert len({d.year for d in days}) >= 4
    assert all(dt.date(2010, 8, 1) <= d <= dt.date(2015, 8, 9) and d.day <= 28 for d in days)


def test_the_same_seed_makes_the_same_corpus(two_sources, tmp_path):
    source, _ = two_sources
    records = list(maker.generate(*maker.source_groups(source), 20, seed=3))
    again = list(maker.generate(*maker.source_groups(source), 20, seed=3))
    assert records == again


def test_a_corpus_too_small_for_the_size_says_so(tmp_path):
    """Two one-line articles of one source and month make no new text: each would be the other's line."""
    path = tmp_path / "tiny.jsonl"
    lines = ["قال لافروف إن المحادثات مستمرة.", "وأضاف أوغلو أن الهدنة صامدة."]
    path.write_text(
        "".join(
            json.dumps({"id": str(i), "source": "سبق", "published": "2015-07-21", "content": t}, ensure_ascii=False)
            + "\n"
            for i, t in enumerate(lines)
        ),
        encoding="utf-8",
    )
    with pytest.raises(RuntimeError, match="too small"):
        list(maker.generate(*maker.source_groups(path), 3))


def test_it_refuses_to_write_into_the_repository(two_sources, capsys):
    source, _ = two_sources
    assert maker.main(["--data", str(source), "--out", str(ROOT / "made-corpus"), "--size", "3"]) == 2
    assert "write generated corpora under /tmp" in capsys.readouterr().err
    assert not (ROOT / "made-corpus").exists()

"""Counts in the interface follow the language's plural rules (issue 12 noticed "1 sentences" and
"4 نافذة"): a label writes ``{n|sentence}`` and gets CLDR's form through babel
(``analysis/data/plurals.yaml``); an Arabic label puts its count where that form is right."""

from __future__ import annotations

import pytest

from dashboard.i18n import load_catalogue, t


@pytest.mark.parametrize(
    "n, english",
    [(1, "Mentioned in 1 sentence"), (2, "Mentioned in 2 sentences"), (0, "Mentioned in 0 sentences")],
)
def test_english_counts_agree_with_their_noun(n, english):
    assert t("ac_evidence_one", "en", n=n) == english


@pytest.mark.parametrize(
    "docs, phrase",
    [(1, "مقالة واحدة"), (2, "مقالتان"), (5, "5 مقالات"), (11, "11 مقالةً"), (100, "100 مقالة")],
)
def test_the_arabic_selection_line_writes_each_count_as_arabic_wants(docs, phrase):
    line = t("selection", "ar", docs=docs, all_docs=300, sents=12, events=3)
    assert line == f"الاختيار: {phrase} من 300 · 12 جملةً · 3 أحداث"


def test_a_corpus_entry_in_both_languages():
    assert t("corpus_entry", "en", name="seed", n=1) == "seed · 1 article"
    assert t("corpus_entry", "ar", name="seed", n=5) == "seed · 5 مقالات"
    assert t("corpus_entry", "ar", name="seed", n=2) == "seed · مقالتان"


def test_a_count_written_with_separators_keeps_them():
    """The timeline's cap line passes ``f"{len(rows):,}"`` (the 31k bench stopped on ``'3,025'``)."""
    line = t("tl_table_capped", "en", shown="1,500", total="3,025")
    assert line.startswith("The 1,500 most recently published of 3,025 events are listed")
    assert t("corpus_entry", "en", name="x", n="1") == "x · 1 article"


def test_a_count_and_braces_in_a_value_stay_as_written():
    assert t("map_evidence_one", "en", n=1, name="{x}") == "{x} is named in 1 sentence"


def test_a_label_counting_a_noun_without_forms_is_refused_naming_the_entry(tmp_path):
    labels = tmp_path / "labels.yaml"
    labels.write_text('seen: {en: "seen in {n|camel}"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels.yaml: entry 'seen' \(en\) counts 'camel'"):
        load_catalogue(labels)


@pytest.mark.parametrize(
    "lang, line",
    [
        ("en", "Selection: 29,904 of 29,904 articles · 276,185 sentences · 71,999 events"),
        ("ar", "الاختيار: 29,904 مقالات من 29,904 · 276,185 جملةً · 71,999 حدثًا"),  # CLDR: 904 is "few", 185 "many"
    ],
)
def test_the_selection_line_groups_every_thousand(monkeypatch, lang, line):
    """The 31k corpus read "Selection: 29904 of 29,904 articles": the number the label does not count was bare."""
    from dashboard import context

    monkeypatch.setattr(context, "t", lambda key, **values: t(key, lang, **values))
    assert context._selection(29_904, 29_904, 276_185, 71_999) == line


def test_the_overviews_figures_group_every_thousand(monkeypatch, tmp_path):
    """The 31k corpus's Overview read 29904 articles and 276185 sentences beside the pages' 29,904."""
    from app_runs import start

    corpus = tmp_path / "long"
    corpus.mkdir()
    (corpus / "long.txt").write_text(
        " ".join(f"قال المتحدث في إدلب إن الجملة {i} انتهت." for i in range(1005)), "utf-8"
    )
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(corpus))
    monkeypatch.setenv("ARABIC_NEWS_CACHE", str(tmp_path / "cache"))
    at = start()
    assert {m.label: m.value for m in at.metric}["Sentences"] == "1,005"

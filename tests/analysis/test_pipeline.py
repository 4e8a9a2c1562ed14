"""The pipeline entry point and the command line: every table, the same on one core or many."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from repo_paths import SEEDS

from analysis import pipeline, schema
from analysis.cli import main
from analysis.extract.events import load_event_types


def test_every_table_keeps_the_contract(seed_tables):
    # Columns in order, types, nulls only where allowed (never ""), codes among their values.
    event_types = {t.id for t in load_event_types().types}
    for name, frame in seed_tables.frames().items():
        assert schema.validate(name, frame, allowed={"event_type": event_types}) == [], name


def test_undated_and_unresolved_values_are_nulls_not_empty_strings(tmp_path):
    # One article dated by metadata.csv, one not: "أمس" resolves in the first and stays
    # unresolved (null dates) in the second; the second names no source (null, not "").
    (tmp_path / "a.txt").write_text("اتصل أردوغان أمس بالرئيس الروسي في موسكو.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("قصفت طائرات روسية أمس مواقع في إدلب.", encoding="utf-8")
    (tmp_path / "metadata.csv").write_text("file,published,source\na.txt,2020-03-06,ترك برس\n", encoding="utf-8")
    tables = pipeline.build(tmp_path)
    docs = tables.documents.set_index("doc_id")
    assert docs.loc["a", "published"] == dt.date(2020, 3, 6) and docs.loc["b", "published"] is None
    assert docs.loc["a", "source"] == "ترك برس" and docs.loc["b", "source"] is None
    events = tables.events.set_index("doc_id")
    assert (events.loc["a", "date_start"], events.loc["a", "date_end"]) == (dt.date(2020, 3, 5),) * 2
    assert events.loc["b", "date_start"] is None and events.loc["b", "date_end"] is None
    assert not events.loc["b", "resolved"]
    assert events.loc["a", "actors"] == ("erdogan", "russia") and events.loc["b", "regions"] == ("idlib",)
    # In CSV: empty cells and ids joined by ";"; read back through the contract, the same tables.
    tables.write(tmp_path / "out", parquet=False)
    csv = pd.read_csv(tmp_path / "out" / "events.csv", dtype=str, keep_default_na=False)
    assert csv[["date_start", "actors"]].values.tolist() == [["2020-03-05", "erdogan;russia"], ["", "russia"]]
    for name in ("documents", "events"):
        back = schema.conform(name, pd.read_csv(tmp_path / "out" / f"{name}.csv", dtype=str, keep_default_na=False))
        pd.testing.assert_frame_equal(back, getattr(tables, name), check_dtype=False)


def test_every_mention_and_event_slices_back_to_its_text(seed_tables):
    for row in seed_tables.mentions.itertuples():
        assert seed_tables.texts[row.doc_id][row.start : row.end] == row.surface
    for row in seed_tables.events.itertuples():
        assert seed_tables.texts[row.doc_id][row.start : row.end] == row.date_text


def test_the_cli_writes_every_table_and_says_what_it_built(tmp_path, capsys):
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--no-parquet"]) == 0
    for name in schema.OUTPUT_TABLES:
        assert (tmp_path / f"{name}.csv").exists()
    out = capsys.readouterr().out
    assert "5 articles (2018-12-29 → 2020-12-30)" in out


def test_the_cli_names_a_missing_corpus_and_exits_non_zero(tmp_path, capsys):
    assert main(["build", str(tmp_path / "nowhere"), "--out", str(tmp_path / "out")]) == 2
    assert "nowhere" in capsys.readouterr().err


def test_sentences_classified_together_get_the_types_they_get_alone():
    from analysis.extract.events import classify_event, classify_events

    sentences = [
        "نفذت طائرات روسية الأربعاء ضربات على إدلب",
        "تحدثا مباشرة عبر الهاتف يوم الثلاثاء",
        "وقال لافروف إن التعاون سيتواصل",
        "فرضت الولايات المتحدة عقوبات على تركيا",
        "لا شيء هنا",
        "سطر فيه فاصل \x1f غريب قُتل فيه جنود",
    ]
    assert classify_events(sentences) == [classify_event(s) for s in sentences]
    assert classify_events(sentences[:5]) == ["strike", "phone_call", "statement", "sanctions", "other"]


def _articles(copies: int = 1) -> pd.DataFrame:
    paths = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] * copies
    return pd.DataFrame(
        {"doc_id": [f"a{i}" for i in range(len(texts))], "text": texts, "source": ["عنب بلدي"] * len(texts)}
    )


class _Text(str):
    """An article's text that can be watched (a weak reference), to see when it goes."""


def test_the_corpus_wide_task_lets_go_of_the_texts_once_tokenised(monkeypatch):
    """On a worker, the articles come to the corpus-wide task in a box it empties: the texts (~220 MB at 31k
    articles) go before the terms are counted, not when the task ends, and the tables are the same."""
    import weakref

    from analysis.extract.gazetteer import load_gazetteer

    articles = _articles(copies=41)  # 205 articles: themes on the articles, which need no texts
    gazetteer = load_gazetteer()
    expected = pipeline._terms_and_themes(articles.copy(), gazetteer, 3)
    articles["text"] = pd.Series([_Text(t) for t in articles["text"]], dtype=object)
    alive = [weakref.ref(t) for t in articles["text"]]
    box = pipeline._Handover(articles)
    del articles
    held = []
    counting = pipeline.build_term_matrix
    monkeypatch.setattr(
        pipeline,
        "build_term_matrix",
        lambda *a, **k: held.append(sum(r() is not None for r in alive)) or counting(*a, **k),
    )
    got = pipeline._terms_and_themes(box, gazetteer, 3)
    assert held == [0]  # every text gone when the counting began
    for table, same in zip(got[:3], expected[:3]):
        pd.testing.assert_frame_equal(table, same)
    with pytest.raises(RuntimeError, match="taken already"):
        box.take()


def test_a_small_corpus_keeps_its_texts_for_the_themes_of_its_passages():
    from analysis.extract.gazetteer import load_gazetteer

    articles = _articles()
    gazetteer = load_gazetteer()
    expected = pipeline._terms_and_themes(articles, gazetteer, None)
    got = pipeline._terms_and_themes(pipeline._Handover(articles.copy()), gazetteer, None)
    for table, same in zip(got[:3], expected[:3]):
        pd.testing.assert_frame_equal(table, same)
    assert not got[1].empty


def test_a_corpus_without_articles_has_no_terms_and_no_themes():
    from analysis.extract.gazetteer import load_gazetteer

    nothing = pipeline._Handover(pd.DataFrame({"doc_id": [], "text": [], "source": []}))
    doc_terms, themes, doc_themes, *_ = pipeline._terms_and_themes(nothing, load_gazetteer(), None)
    assert doc_terms.empty and themes.empty and doc_themes.empty

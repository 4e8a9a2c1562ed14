"""The pipeline entry point and the command line: every table, the same on one core or many."""

from __future__ import annotations

import dataclasses

import pandas as pd
from repo_paths import SEEDS

from analysis import pipeline
from analysis.cli import main
from analysis.ingest.corpus import load_corpus

TABLE_COLUMNS = {
    "documents": ["doc_id", "title", "source", "published", "n_chars", "n_sentences"],
    "sentences": ["doc_id", "sentence_idx", "paragraph_idx", "start", "end", "text"],
    "mentions": ["doc_id", "sentence_idx", "entity_id", "entity_kind", "surface", "start", "end"],
    "comentions": ["entity_a", "entity_b", "window", "count", "jaccard", "npmi"],
    "events": ["event_id", "doc_id", "sentence_idx", "date_text", "date_start", "date_end", "precision",
               "actors", "regions", "event_type", "sentence"],
    "doc_terms": ["doc_id", "rank", "term", "weight"],
    "themes": ["theme_id", "rank", "term", "weight"],
    "doc_themes": ["doc_id", "theme_id", "weight"],
}  # fmt: skip


def test_every_table_has_the_contract_columns_first(seed_tables):
    for name, columns in TABLE_COLUMNS.items():
        assert list(getattr(seed_tables, name).columns[: len(columns)]) == columns, name


def test_every_mention_and_event_slices_back_to_its_text(seed_tables):
    for row in seed_tables.mentions.itertuples():
        assert seed_tables.texts[row.doc_id][row.start : row.end] == row.surface
    for row in seed_tables.events.itertuples():
        assert seed_tables.texts[row.doc_id][row.start : row.end] == row.date_text


def test_worker_processes_give_the_same_tables_as_one_process(monkeypatch, seed_tables):
    # 40 copies of the seed_tables (200 articles) cross the parallel threshold once it is lowered.
    corpus = load_corpus(SEEDS)
    copies = [corpus.documents.assign(doc_id=corpus.documents["doc_id"] + f"~{k}") for k in range(40)]
    big = dataclasses.replace(corpus, documents=pd.concat(copies, ignore_index=True))
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 10**9)
    alone = pipeline.analyse(big)
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 10)
    monkeypatch.setattr(pipeline, "MIN_BATCH", 5)  # 40 batches: the worker's and the main process's
    shared = pipeline.analyse(big)
    for name in ("sentences", "mentions", "events", "comentions"):
        pd.testing.assert_frame_equal(getattr(alone, name), getattr(shared, name), check_dtype=False, obj=name)


def test_the_cli_writes_every_table_and_says_what_it_built(tmp_path, capsys):
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--no-parquet"]) == 0
    for name in TABLE_COLUMNS:
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

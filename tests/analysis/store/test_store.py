"""The article store: corpora survive everything, imports are all or nothing, re-analysis is incremental."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from repo_paths import ROOT

import analysis.pipeline as pipeline
from analysis.extract.gazetteer import GazetteerError
from analysis.ingest.importing import read_files
from analysis.store.database import Store, StoreError
from analysis.store.overlay import add_alias, add_entity, overlay_path

RUSSIA = (
    "أعلنت وزارة الخارجية الروسية اليوم أن الرئيس فلاديمير بوتين بحث مع نظيره التركي رجب طيب أردوغان الوضع في إدلب."
)
TURKEY = "قال مسؤولون أتراك إن أنقرة سترسل تعزيزات عسكرية إلى شمال سوريا خلال الأيام المقبلة."
IDLIB = "قصفت طائرات حربية مواقع في ريف إدلب الجنوبي صباح الثلاثاء وفق المرصد السوري لحقوق الإنسان."


@pytest.fixture
def store(tmp_path):
    return Store(tmp_path / "data")


def snapshot(store):
    """Every corpus with its articles, as comparable rows."""
    return {
        name: store.articles(name)[["doc_id", "title", "published", "text"]].to_dict("records")
        for name in store.corpus_names()
    }


def test_seed_corpus_is_always_there_and_cannot_be_deleted(store):
    corpora = store.list_corpora()
    assert corpora.loc[0, ["name", "articles", "is_seed"]].tolist() == ["seed", 5, True]
    with pytest.raises(StoreError, match="'seed' is the seed corpus; it cannot be deleted"):
        store.delete("seed", confirm="seed")
    assert Store(store.data_dir).list_corpora()["name"].tolist() == ["seed"]  # not imported twice


def test_mixed_upload_imports_the_good_and_reports_the_rest(store):
    files = [
        ("good.txt", RUSSIA.encode()),
        ("windows.txt", TURKEY.encode("cp1256")),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("copy.txt", RUSSIA.encode()),
    ]
    result = store.import_files("محلي", files)
    assert result.counts() == {"imported": 2, "duplicate": 1, "error": 1, "warning": 2}
    assert store.articles("محلي")["text"].tolist() == [RUSSIA, TURKEY]
    assert store.articles("محلي")["encoding"].tolist() == ["UTF-8", "Windows-1256"]
    assert len(store.articles("seed")) == 5


def test_duplicates_against_the_corpus_are_reported_not_imported(store):
    store.import_files("c", [("a.txt", RUSSIA.encode())])
    result = store.import_files("c", [("again.txt", RUSSIA.encode()), ("a.txt", TURKEY.encode())])
    problems = result.report.set_index("status")["problem"]
    assert problems["duplicate"] == "again.txt: same text as 'a', already in corpus 'c'; not imported again"
    assert "a.txt: doc_id 'a' is already used in corpus 'c'; stored as 'a~2'" in problems["warning"].tolist()
    assert store.articles("c")["doc_id"].tolist() == ["a", "a~2"]


def test_an_id_used_again_and_again_takes_the_next_free_number_and_the_report_names_it(store):
    texts = [f"{RUSSIA}\nتحديث رقم {i}." for i in range(4)]
    for i, text in enumerate(texts):
        result = store.import_files("c", [("a.txt", text.encode())])
        assert result.report.loc[result.report["status"] == "imported", "doc_id"].tolist() == [
            "a" if i == 0 else f"a~{i + 1}"
        ]
    assert store.articles("c")["doc_id"].tolist() == ["a", "a~2", "a~3", "a~4"]
    # a batch mixing a duplicate and a clash (the batch itself names its second a.txt a~2, taken in
    # the corpus): the report's imported row names the id stored, and the duplicate has no imported row
    result = store.import_files("c", [("a.txt", texts[0].encode()), ("a.txt", TURKEY.encode())])
    assert result.report.loc[result.report["status"] == "imported", "doc_id"].tolist() == ["a~2~2"]
    assert result.counts()["duplicate"] == 1
    assert store.articles("c")["doc_id"].tolist()[-1] == "a~2~2"


def test_rename_set_date_export_and_reimport_round_trip(store):
    store.import_files("old", [("a.txt", RUSSIA.encode()), ("b.txt", TURKEY.encode())])
    with pytest.raises(StoreError, match="A corpus named 'seed' already exists"):
        store.rename("old", "seed")
    store.rename("old", "جديد")
    assert store.set_date("جديد", "a", "2020-12-30") == dt.date(2020, 12, 30)
    with pytest.raises(StoreError, match="'30/12/2020' is not a year-first date"):
        store.set_date("جديد", "a", "30/12/2020")
    exported = store.export_jsonl("جديد")
    store.import_files("copy", [("export.jsonl", exported)])
    cols = ["doc_id", "title", "source", "published", "url", "text"]
    pd.testing.assert_frame_equal(store.articles("copy")[cols], store.articles("جديد")[cols])
    with pytest.raises(StoreError, match="confirm by giving its name"):
        store.delete("جديد", confirm="yes")
    assert store.delete("جديد", confirm="جديد") == 2
    assert store.corpus_names() == ["seed", "copy"]


def test_a_deleted_corpus_takes_its_theme_names_with_it(store):
    """A new corpus given a deleted corpus's name starts without the names analysts gave the old one."""
    from analysis.store.theme_names import ThemeNames

    store.import_files("محلي", [("a.txt", RUSSIA.encode()), ("b.txt", TURKEY.encode()), ("c.txt", IDLIB.encode())])
    themes = store.tables("محلي").themes
    first = int(themes["theme_id"].min())
    names = pd.DataFrame({"theme_id": [first], "name": ["التقارب الروسي التركي"], "hidden": [False]})
    assert ThemeNames(store).save("محلي", themes, names) == 1
    store.delete("محلي", confirm="محلي")
    store.import_files("محلي", [("a.txt", IDLIB.encode())])
    assert ThemeNames(store).stored("محلي").empty


def test_a_failing_import_leaves_the_store_as_it_was(store, monkeypatch):
    store.import_files("keep", [("a.txt", RUSSIA.encode())])
    before = snapshot(store)
    batch = read_files([("b.txt", TURKEY.encode()), ("c.txt", IDLIB.encode())])
    batch.documents.loc[1, "published"] = "not a date"  # fails inside the transaction
    with pytest.raises(ValueError, match="not a date"):
        store.import_batch("keep", batch)
    with pytest.raises(ValueError, match="not a date"):
        store.import_batch("new corpus", batch)
    assert snapshot(store) == before


@pytest.mark.slow
def test_killed_import_loses_nothing(tmp_path):
    data = tmp_path / "data"
    store = Store(data)
    store.import_files("first", [("a.txt", RUSSIA.encode()), ("b.txt", TURKEY.encode())])
    before = snapshot(store)
    # The child imports 6,000 articles (three chunks of IMPORT_CHUNK); its progress callback (called
    # after each chunk, inside the transaction) says so and waits there to be killed. The batch is one
    # pasted article repeated with its number in the text and the doc_id, as 6,000 pastes would give
    # (pasting them one by one took half a minute).
    script = textwrap.dedent(
        f"""
        import sys, time; sys.path.insert(0, {str(ROOT)!r})
        from analysis.ingest.importing import article_from_text, ImportBatch
        from analysis.store.database import IMPORT_CHUNK, Store
        import pandas as pd
        n = 6000
        assert n > 2 * IMPORT_CHUNK, IMPORT_CHUNK
        one = article_from_text("{IDLIB}", doc_id="d0")
        ids = [f"d{{i}}" for i in range(n)]
        documents = one.documents.loc[[0] * n].reset_index(drop=True)
        documents["doc_id"] = ids
        documents["text"] = documents["title"] = ["{IDLIB} رقم " + str(i) for i in range(n)]
        report = one.report.loc[list(one.report.index) * n].reset_index(drop=True)
        report["doc_id"] = [doc_id for doc_id in ids for _ in one.report.index]
        batch = ImportBatch("big", documents, report)

        def wait_after_the_first_chunk(stage, done, total):
            if stage == "store" and done:
                print(f"imported-chunk {{done}}", flush=True)
                time.sleep(30)

        Store({str(data)!r}).import_batch("big", batch, progress=wait_after_the_first_chunk)
        """
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    line = child.stdout.readline()  # printed after the first chunk is inserted, inside the transaction
    assert line.startswith("imported-chunk 2000"), line
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    reopened = Store(data)
    assert snapshot(reopened) == before
    assert "big" not in reopened.corpus_names()
    result = reopened.import_files("after", [("c.txt", IDLIB.encode())])
    assert result.imported == 1 and reopened.corpus_names() == ["seed", "first", "after"]


def test_busy_store_names_the_other_process(tmp_path):
    import duckdb

    store = Store(tmp_path / "data")
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(store.path)!r}); print('ok', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout.readline().strip() == "ok"
        store.lock_timeout = 0.5
        with pytest.raises(StoreError, match=rf"in use by process {holder.pid}"):
            store.list_corpora()
    finally:
        holder.kill()
        holder.wait()
    assert duckdb.__version__ and store.list_corpora()["name"].tolist() == ["seed"]


def test_reads_held_together_answer_as_alone_and_free_the_store_after(tmp_path):
    """``holding()`` keeps the file open for a group of reads (the dashboard's store listing: five reads): each answers
    as it does alone, and once the block ends another process opens the store at once."""
    store = Store(tmp_path / "data")
    store.import_files("c", [("a.txt", IDLIB.encode())])
    alone = (store.list_corpora(), store.revisions(), store.build_locations())
    with store.holding() as held:
        together = (held.list_corpora(), held.revisions(), held.build_locations())
    pd.testing.assert_frame_equal(together[0], alone[0])
    assert together[1:] == alone[1:] and together[1]["c"]
    other = subprocess.run(
        [sys.executable, "-c", f"import duckdb; duckdb.connect({str(store.path)!r}).close(); print('opened')"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert other.stdout.strip() == "opened", other.stderr


def test_reanalysis_extracts_only_new_articles_and_equals_a_fresh_build(store, monkeypatch):
    store.import_files("c", [ROOT / "seeds"])
    store.tables("c")
    seen = []
    real = pipeline._extract

    def spy(batch, gazetteer):
        seen.extend(batch["doc_id"])
        return real(batch, gazetteer)

    monkeypatch.setattr(pipeline, "_extract", spy)
    store.import_files("c", [("new.txt", RUSSIA.encode()), ("newer.txt", TURKEY.encode())])
    tables = store.tables("c")
    assert sorted(seen) == ["new", "newer"]
    seen.clear()
    folder = Path(store.data_dir) / "fresh"
    folder.mkdir()
    for doc in store.articles("c").itertuples():
        (folder / f"{doc.doc_id}.txt").write_text(doc.text, "utf-8")
    import csv

    with open(folder / "metadata.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "published", "source", "title", "url"])
        for d in store.articles("c").itertuples():
            writer.writerow([f"{d.doc_id}.txt", d.published or "", d.source or "", d.title, d.url or ""])
    fresh = pipeline.build(folder)

    def same(tables, names):
        for name in names:
            got = getattr(tables, name).sort_values(list(getattr(tables, name).columns[:2])).reset_index(drop=True)
            want = getattr(fresh, name).sort_values(list(getattr(fresh, name).columns[:2])).reset_index(drop=True)
            pd.testing.assert_frame_equal(got, want, check_dtype=False, obj=name)

    # the themes are the corpus's as fitted before the articles came (test_store_themes.py): all else is fresh
    same(tables, ("documents", "sentences", "mentions", "events", "comentions", "doc_terms"))
    seen.clear()
    store.tables("c")  # unchanged: served from the snapshot, nothing extracted
    assert seen == []
    assert store.forget_theme_model("c")  # a refit: the themes are a fresh build's too
    same(store.tables("c"), ("themes", "doc_themes"))
    assert seen == []


def test_gazetteer_overlay_edits_are_validated_and_applied(store):
    data = store.data_dir
    add_entity("wagner", kind="actor", type="armed_group", name_en="Wagner Group", name_ar="فاغنر", data_dir=data)
    add_alias("wagner", "مجموعة فاغنر", data_dir=data)
    add_alias("russia", "بلاد الروس", data_dir=data)
    saved = overlay_path(data).read_bytes()
    refused = [
        (
            lambda: add_entity("russia", kind="actor", type="state", name_en="R", name_ar="ر ر", data_dir=data),
            "duplicate id",
        ),
        (lambda: add_alias("russia", "  ", data_dir=data), "empty or non-text alias"),
        (lambda: add_alias("wagner", "روسيا", data_dir=data), "is already claimed by 'russia'"),
        (lambda: add_alias("nobody", "شخص", data_dir=data), "extends an unknown entity"),
    ]
    for edit, message in refused:
        with pytest.raises(GazetteerError, match=message):
            edit()
        assert overlay_path(data).read_bytes() == saved
    store.import_files("w", [("w.txt", "أعلنت مجموعة فاغنر انسحابها من بلاد الروس.".encode())])
    mentions = store.tables("w").mentions
    assert {"wagner", "russia"} <= set(mentions["entity_id"])

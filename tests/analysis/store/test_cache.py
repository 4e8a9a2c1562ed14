"""The analysis cache: one entry per (corpus bytes, gazetteer, code version), reused, rebuilt when broken.

The corpora are two short articles written into ``tmp_path`` (sentences of seeds/000 and seeds/003).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

import analysis.store.cache as cache
import analysis.store.snapshots as snapshots
from analysis import schema
from analysis.extract.gazetteer import load_gazetteer
from analysis.schema import CorpusTables
from analysis.store.cache import cache_key, corpus_fingerprint, load_or_build
from analysis.store.snapshots import ArticleTexts

RUSSIA_TURKEY = (
    "التقارب الروسي التركي\n\nشكلت الضغوط الدولية المتصاعدة على كل من روسيا وتركيا عاملا قويا لتعزيز التقارب."
)
IDLIB = "استئناف الغارات على إدلب\n\nأعلن وزير الدفاع التركي أن تركيا وروسيا تدرسان إنشاء مركز تنسيق لمحافظة إدلب."


def corpus(folder: Path, files: dict[str, str | bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (folder / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return folder


@pytest.fixture
def two_articles(tmp_path) -> Path:
    return corpus(tmp_path / "corpus", {"russia.txt": RUSSIA_TURKEY, "idlib.txt": IDLIB})


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


# --- the fingerprint: what the bytes are, not when they were touched -----------------------------


def test_fingerprint_is_stable_and_ignores_timestamps(two_articles):
    before = corpus_fingerprint(two_articles)
    assert corpus_fingerprint(two_articles) == before
    os.utime(two_articles / "russia.txt", (1_000_000_000, 1_000_000_000))  # touched: 2001, same bytes
    assert corpus_fingerprint(two_articles) == before


def test_fingerprint_does_not_depend_on_where_the_folder_is(two_articles, tmp_path):
    moved = shutil.copytree(two_articles, tmp_path / "elsewhere" / "corpus")
    assert corpus_fingerprint(moved) == corpus_fingerprint(two_articles)


@pytest.mark.parametrize(
    "change",
    [
        # one letter for another of the same length in UTF-8 (تركيا → تركيه): same size, other bytes
        lambda f: (f / "russia.txt").write_text(RUSSIA_TURKEY.replace("وتركيا", "وتركيه"), "utf-8"),
        # renamed, bytes unchanged
        lambda f: (f / "russia.txt").rename(f / "russia-2020.txt"),
        # moved into a subfolder
        lambda f: (f / "2020").mkdir() or (f / "russia.txt").rename(f / "2020" / "russia.txt"),
        # a file added, then an empty one
        lambda f: (f / "copy.txt").write_text(IDLIB, "utf-8"),
        lambda f: (f / "empty.txt").write_bytes(b""),
        # a file deleted
        lambda f: (f / "idlib.txt").unlink(),
    ],
    ids=["same-size-bytes", "renamed", "moved", "added", "added-empty", "deleted"],
)
def test_fingerprint_changes_with_the_files(two_articles, change):
    before = corpus_fingerprint(two_articles)
    change(two_articles)
    assert corpus_fingerprint(two_articles) != before


def test_fingerprint_tells_where_one_file_ends_and_the_next_begins(tmp_path):
    # The same bytes in the same order, split differently between the two files.
    a = corpus(tmp_path / "a", {"1.txt": "روسيا وتركيا", "2.txt": " في إدلب"})
    b = corpus(tmp_path / "b", {"1.txt": "روسيا", "2.txt": " وتركيا في إدلب"})
    assert corpus_fingerprint(a) != corpus_fingerprint(b)


def test_fingerprint_of_a_single_file_covers_its_name_and_bytes(tmp_path):
    one = corpus(tmp_path / "a", {"russia.txt": RUSSIA_TURKEY}) / "russia.txt"
    same = corpus(tmp_path / "b", {"russia.txt": RUSSIA_TURKEY}) / "russia.txt"
    renamed = corpus(tmp_path / "c", {"idlib.txt": RUSSIA_TURKEY}) / "idlib.txt"
    assert corpus_fingerprint(one) == corpus_fingerprint(same)
    assert corpus_fingerprint(one) != corpus_fingerprint(renamed)


# --- the key: fingerprint, gazetteer version, code version --------------------------------------


def test_key_is_24_hex_digits_and_stable(two_articles, gazetteer):
    key = cache_key(two_articles, gazetteer)
    assert len(key) == 24 and set(key) <= set("0123456789abcdef")
    assert cache_key(two_articles, load_gazetteer()) == key  # a gazetteer loaded again: same version


def test_key_changes_with_the_corpus_gazetteer_code_and_contract(two_articles, gazetteer, monkeypatch):
    key = cache_key(two_articles, gazetteer)
    # the analyst adds an alias: another gazetteer version, other mentions, another entry
    edited = load_gazetteer(overlay={"extend": [{"id": "russia", "aliases": ["بلاد الروس"]}]})
    assert edited.version != gazetteer.version
    assert cache_key(two_articles, edited) != key
    monkeypatch.setattr(cache, "__version__", "999.0")
    assert cache_key(two_articles, gazetteer) != key
    monkeypatch.undo()
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)  # the table contract changed
    assert cache_key(two_articles, gazetteer) != key
    monkeypatch.undo()
    (two_articles / "idlib.txt").write_text(IDLIB + "\nسطر جديد", "utf-8")
    assert cache_key(two_articles, gazetteer) != key


def test_the_key_changes_with_the_analysis_code_and_data(tmp_path):
    """The key held the version number only: after an upgrade (a new rule, a longer word list) a corpus
    analysed by the old code was served as it was."""
    package = tmp_path / "analysis"
    (package / "extract").mkdir(parents=True)
    (package / "data").mkdir()
    (package / "extract" / "dates.py").write_text("RULES = 1\n", "utf-8")
    (package / "data" / "stopwords.txt").write_text("في\n", "utf-8")
    before = cache.build_code_version(package)
    (package / "data" / "stopwords.txt").write_text("في\nمن\n", "utf-8")
    cache.build_code_version.cache_clear()
    assert cache.build_code_version(package) != before
    assert set(cache.BUILD_CODE) >= {"extract", "aggregate", "data", "text", "pipeline.py"}


# --- load_or_build: build once, reuse, rebuild what is broken ------------------------------------


@pytest.fixture
def builds(monkeypatch) -> list[Path]:
    """The corpora ``load_or_build`` had to analyse (the real build runs; each call is recorded)."""
    calls = []
    real = cache.build

    def counting_build(path, **kwargs):
        calls.append(Path(path))
        return real(path, **kwargs)

    monkeypatch.setattr(cache, "build", counting_build)
    return calls


def entries(cache_dir: Path) -> list[str]:
    """The snapshots in the cache (beside them, each corpus's term counts: ``terms-*``, test_kept_terms)."""
    return sorted(p.name for p in cache_dir.iterdir() if not p.name.startswith("terms-"))


def test_an_entry_is_built_once_and_reused(two_articles, tmp_path, gazetteer, builds):
    cache_dir = tmp_path / "cache"
    first = load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert builds == [two_articles]
    assert entries(cache_dir) == [cache_key(two_articles, gazetteer)]
    again = load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert builds == [two_articles]  # read back, not analysed again
    assert sorted(again.documents["doc_id"]) == ["idlib", "russia"]
    assert dict(again.texts) == {"russia": RUSSIA_TURKEY, "idlib": IDLIB}
    for name in ("sentences", "mentions"):
        pd.testing.assert_frame_equal(
            getattr(again, name).astype(object), getattr(first, name).astype(object), check_dtype=False
        )
    assert set(again.mentions["entity_id"]) >= {"russia", "turkey", "idlib"}


def test_a_touched_file_reuses_a_changed_file_rebuilds(two_articles, tmp_path, gazetteer, builds):
    cache_dir = tmp_path / "cache"
    load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    os.utime(two_articles / "idlib.txt", (1_000_000_000, 1_000_000_000))
    load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert len(builds) == 1
    (two_articles / "idlib.txt").write_text(IDLIB.replace("إدلب.", "حلب."), "utf-8")
    rebuilt = load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert len(builds) == 2 and len(entries(cache_dir)) == 2  # the old entry stays for the old bytes
    assert rebuilt.texts["idlib"].endswith("مركز تنسيق لمحافظة حلب.")


@pytest.mark.parametrize(
    "damage",
    [
        lambda entry: (entry / "mentions.parquet").write_bytes(b"not parquet"),
        lambda entry: (entry / "documents.parquet").write_bytes((entry / "documents.parquet").read_bytes()[:100]),
        lambda entry: (entry / "sentences.parquet").unlink(),
        lambda entry: (entry / "complete.json").write_text('{"name": "corp', "utf-8"),  # cut short
        # written for an older table contract
        lambda entry: (entry / "complete.json").write_text('{"name": "corpus", "schema": 1}', "utf-8"),
    ],
    ids=["garbage", "truncated", "missing-table", "truncated-marker", "old-contract"],
)
def test_a_broken_entry_is_rebuilt(two_articles, tmp_path, gazetteer, builds, damage):
    cache_dir = tmp_path / "cache"
    load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    entry = cache_dir / cache_key(two_articles, gazetteer)
    damage(entry)
    tables = load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert len(builds) == 2
    assert sorted(tables.documents["doc_id"]) == ["idlib", "russia"]
    load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert len(builds) == 2  # the rebuilt entry is whole again
    assert entries(cache_dir) == [entry.name]  # no staging folder left behind


def test_an_entry_without_its_completion_marker_is_built_again(two_articles, tmp_path, gazetteer, builds):
    # what an interrupted build leaves behind, if anything: tables but no complete.json
    cache_dir = tmp_path / "cache"
    load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    entry = cache_dir / cache_key(two_articles, gazetteer)
    (entry / "complete.json").unlink()
    load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert len(builds) == 2


def test_a_failed_build_leaves_no_entry(two_articles, tmp_path, gazetteer, monkeypatch):
    def failing_write(self, out_dir, **options):
        (Path(out_dir) / "documents.parquet").write_text("half", "utf-8")
        raise OSError("disk full")

    monkeypatch.setattr(CorpusTables, "write", failing_write)
    cache_dir = tmp_path / "cache"
    with pytest.raises(OSError, match="disk full"):
        load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert entries(cache_dir) == []


# --- the article texts stay on disk, read per article ---------------------------------------------


def test_article_texts_stay_on_disk_and_are_read_per_article(two_articles, tmp_path, gazetteer, monkeypatch):
    cache_dir = tmp_path / "cache"
    built = load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert isinstance(built.texts, ArticleTexts)  # even right after the build, nothing is held
    reads = []
    real = snapshots.pq.read_table

    def spying_read(path, *args, **kwargs):
        reads.append((Path(path).name, tuple(kwargs.get("columns") or ())))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(snapshots.pq, "read_table", spying_read)
    tables = load_or_build(two_articles, cache_dir=cache_dir, gazetteer=gazetteer)
    assert isinstance(tables.texts, ArticleTexts) and not tables.texts._recent
    documents_reads = [columns for name, columns in reads if name == "documents.parquet"]
    assert len(documents_reads) == 1 and "text" not in documents_reads[0]
    n = len(reads)
    assert tables.texts["idlib"] == IDLIB
    assert tables.texts.many(["russia"]) == {"russia": RUSSIA_TURKEY}
    assert len(tables.texts) == 2 and sorted(tables.texts) == ["idlib", "russia"] and "russia" in tables.texts
    assert reads[n:] == []  # through DuckDB, one article at a time: the table of texts is never read whole
    assert list(tables.texts._recent) == ["idlib", "russia"]
    with pytest.raises(KeyError):
        tables.texts["no-such-article"]

"""``python -m analysis import --from-build DIR``: a corpus analysed elsewhere (on a cluster, or by
``python -m analysis build`` here) becomes a corpus of the article store, read where its Parquet
tables are, never analysed again; a directory that is not a finished build of this table
contract is refused with a message naming it and what is wrong, and the store is left as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pandas as pd
import pytest
from repo_paths import ROOT, SEEDS

from analysis import schema
from analysis.partitioned import read_table
from analysis.store.builds import MANIFEST, BuildError, check_build
from analysis.store.database import BuildReadOnly, Store, StoreError
from analysis.store.texts import ArticleTexts
from analysis.store.theme_names import ThemeNames

NAME = "شمال سوريا"


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "analysis", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def seed_build(tmp_path_factory):
    """The five seed articles built by the command line into a folder, as a cluster's run leaves it."""
    out = tmp_path_factory.mktemp("build") / "seeds-run"
    done = run("build", str(SEEDS), "--out", str(out), "--quiet")
    assert done.returncode == 0, done.stderr
    return out


@pytest.fixture
def build_copy(seed_build, tmp_path):
    """A copy of the build, for the tests that damage it."""
    return shutil.copytree(seed_build, tmp_path / "copy")


def test_a_linked_build_compares_with_the_counts_its_build_wrote(seed_build, tmp_path, monkeypatch):
    """The build writes every article's term counts (its TF-IDF's) beside its tables, so a corpus linked
    from it opens the Compare page without counting its articles again: the counts are those the
    build's own key terms and themes were taken from, the same as counting afresh."""
    from analysis import config
    from analysis.aggregate.terms import build_term_matrix
    from analysis.aggregate.vocabulary import term_vocabulary
    from analysis.store import term_cache

    assert (seed_build / term_cache.BUILD_TERMS / "meta.json").exists()
    data = tmp_path / "data"
    assert run("import", "--from-build", str(seed_build), "--name", NAME, "--data", str(data)).returncode == 0
    store = Store(data)
    tables = store.tables(NAME)
    doc_ids, sources = tables.documents["doc_id"].tolist(), tables.documents["source"].tolist()
    texts = [tables.texts[d] for d in doc_ids]
    afresh = build_term_matrix(doc_ids, texts, sources=sources, vocabulary=term_vocabulary(config.gazetteer(), sources))

    def refuse(*args, **kwargs):
        raise AssertionError("the linked build's articles were counted again")

    monkeypatch.setattr(term_cache, "build_term_matrix", refuse)
    read = term_cache.tables_terms(tables, config.gazetteer(), cache_dir=tmp_path / "cache", corpus="store:x:y")
    assert read.doc_ids == afresh.doc_ids and read.terms == afresh.terms
    assert (read.counts != afresh.counts).nnz == 0


def test_the_build_is_browsable_from_the_store_without_analysing_it(seed_build, tmp_path):
    data = tmp_path / "data"
    done = run("import", "--from-build", str(seed_build), "--name", NAME, "--data", str(data))
    assert done.returncode == 0, done.stderr
    assert f"corpus {NAME}: 5 articles analysed elsewhere, read from {seed_build}" in done.stdout
    store = Store(data)
    listed = store.list_corpora().set_index("name")
    assert listed.loc[NAME, "articles"] == 5 and not listed.loc[NAME, "is_seed"]
    tables = store.tables(NAME)
    for name in schema.OUTPUT_TABLES:
        expected = read_table(seed_build, name)
        pd.testing.assert_frame_equal(
            tables.frames()[name].reset_index(drop=True), expected.reset_index(drop=True), check_dtype=False
        )
    # the texts stay in the build's files, read per article: seeds/002's opening words
    assert isinstance(tables.texts, ArticleTexts)
    first = sorted(SEEDS.glob("*.txt"))[2]
    doc_id = next(d for d in tables.documents["doc_id"] if d.startswith(first.stem[:3]))
    assert tables.texts[doc_id].split()[:3] == first.read_text("utf-8").split()[:3]
    assert not (data / "tables").exists()  # nothing was analysed in the store
    assert NAME in store.revisions()


def test_the_name_defaults_to_the_builds_and_a_taken_name_is_refused(seed_build, tmp_path):
    store = Store(tmp_path / "data")
    info = store.link_build(seed_build)
    assert info.name == check_build(seed_build).name and info.articles == 5
    before = store.list_corpora()
    with pytest.raises(Exception, match="already exists"):
        store.link_build(seed_build, info.name)
    with pytest.raises(Exception, match="already exists"):
        store.create(info.name)
    pd.testing.assert_frame_equal(store.list_corpora(), before)


def test_forgetting_a_linked_build_leaves_its_files(seed_build, tmp_path):
    store = Store(tmp_path / "data")
    store.link_build(seed_build, NAME)
    assert store.delete(NAME, confirm=NAME) == 5
    assert NAME not in store.corpus_names() and (seed_build / "documents").is_dir()


def _no_manifest(folder):
    (folder / MANIFEST).unlink()


def _older_contract(folder):
    manifest = json.loads((folder / MANIFEST).read_text("utf-8"))
    (folder / MANIFEST).write_text(json.dumps({**manifest, "schema": schema.SCHEMA_VERSION - 1}), "utf-8")


def _no_mentions(folder):
    shutil.rmtree(folder / "mentions")


def _documents_without_texts(folder):
    for part in (folder / "documents").glob("part.*.parquet"):
        pd.read_parquet(part).drop(columns="text").to_parquet(part, index=False)


BAD_BUILDS = [
    (_no_manifest, "not a finished build: build.json is missing"),
    (_older_contract, f"written for table contract {schema.SCHEMA_VERSION - 1}, this version reads contract"),
    (_no_mentions, "the table 'mentions' is missing"),
    (_documents_without_texts, "lacks the columns ['text']"),
]


@pytest.mark.parametrize("damage, message", BAD_BUILDS, ids=[d.__name__ for d, _ in BAD_BUILDS])
def test_a_bad_build_is_refused_naming_the_folder_and_nothing_is_stored(build_copy, tmp_path, damage, message):
    data = tmp_path / "data"
    store = Store(data)
    before = store.list_corpora()
    damage(build_copy)
    done = run("import", "--from-build", str(build_copy), "--data", str(data))
    assert done.returncode == 2
    assert f"error: {build_copy}: " in done.stderr and message in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    pd.testing.assert_frame_equal(Store(data).list_corpora(), before)


def test_a_missing_folder_is_named(tmp_path):
    with pytest.raises(BuildError, match=f"{tmp_path / 'nowhere'}: no such directory"):
        check_build(tmp_path / "nowhere")


def test_a_build_whose_folder_went_away_says_so(build_copy, tmp_path):
    store = Store(tmp_path / "data")
    store.link_build(build_copy, NAME)
    shutil.rmtree(build_copy)
    with pytest.raises(Exception, match=f"a build analysed elsewhere, which cannot be read: {build_copy}"):
        store.tables(NAME)
    assert NAME in store.corpus_names()  # still listed, so it can be forgotten


def test_a_linked_build_is_renamed_by_renaming_its_link(seed_build, tmp_path):
    store = Store(tmp_path / "data")
    store.link_build(seed_build, NAME)
    names = ThemeNames(store)
    themes = store.tables(NAME).themes
    first = int(themes["theme_id"].min())
    names.save(NAME, themes, pd.DataFrame({"theme_id": [first], "name": ["الأمن في إدلب"], "hidden": [False]}))
    names.set_count(NAME, 4)
    assert store.rename(NAME, "إدلب") == "إدلب"
    assert names.stored("إدلب")["name"].tolist() == ["الأمن في إدلب"] and names.count("إدلب") == 4
    assert names.stored(NAME).empty and names.count(NAME) is None
    assert store.build_location("إدلب") == str(seed_build.resolve()) and store.build_location(NAME) is None
    assert "إدلب" in store.corpus_names() and NAME not in store.corpus_names()
    assert len(store.tables("إدلب").documents) == 5
    assert (seed_build / "documents").is_dir()  # the build's folder is as it was
    with pytest.raises(StoreError, match="already exists"):
        store.rename("إدلب", "seed")


def test_a_linked_build_exports_the_articles_of_its_documents(seed_build, tmp_path):
    store = Store(tmp_path / "data")
    store.link_build(seed_build, NAME)
    records = [json.loads(line) for line in store.export_jsonl(NAME).decode("utf-8").splitlines()]
    documents = read_table(seed_build, "documents")
    assert [r["doc_id"] for r in records] == documents["doc_id"].tolist()
    first = sorted(SEEDS.glob("*.txt"))[2]
    record = next(r for r in records if r["doc_id"].startswith(first.stem[:3]))
    assert record["text"].split()[:3] == first.read_text("utf-8").split()[:3]
    # the export imports back as the same articles
    export = tmp_path / "export.jsonl"
    export.write_bytes(store.export_jsonl(NAME))
    assert store.import_files("نسخة", [export]).imported == 5
    assert store.export_jsonl("نسخة") == store.export_jsonl(NAME)


def test_dates_and_articles_of_a_linked_build_are_not_edited_here(seed_build, tmp_path):
    store = Store(tmp_path / "data")
    store.link_build(seed_build, NAME)
    doc_id = read_table(seed_build, "documents")["doc_id"].iloc[0]
    elsewhere = rf"'{NAME}' is a build analysed elsewhere \({seed_build.resolve()}\).*cannot be edited here.*build"
    with pytest.raises(BuildReadOnly, match=elsewhere):
        store.set_date(NAME, doc_id, "2015-07-21")
    with pytest.raises(BuildReadOnly, match=elsewhere):
        store.add_article(NAME, "قصفت طائرات النظام السوري ريف إدلب الجنوبي.", title="إدلب")
    assert store.list_corpora().set_index("name").loc[NAME, "articles"] == 5


def test_a_build_too_large_to_hold_is_listed_but_not_loaded_and_the_message_says_how_to_query_it(build_copy, tmp_path):
    """A streamed build of a million articles is not loaded whole: it is linked and listed (its count
    read with DuckDB), and asking for its tables says the dashboard queries it, and how to query it."""
    manifest = build_copy / MANIFEST
    data = json.loads(manifest.read_text("utf-8"))
    manifest.write_text(json.dumps({**data, "articles": 1_000_000}), encoding="utf-8")
    store = Store(tmp_path / "data")
    store.link_build(build_copy, NAME)
    assert NAME in store.corpus_names()
    with pytest.raises(StoreError, match="1,000,000 articles are more than the dashboard loads \\(250,000") as error:
        store.tables(NAME)
    assert f"read_parquet('{build_copy.resolve()}/mentions/*.parquet')" in str(error.value)

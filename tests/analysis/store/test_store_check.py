"""A damaged article store is named in plain words, never a traceback; ``store check`` finds the
damage and ``--repair`` mends what can be mended without losing an article.

The damage is real: bytes of the DuckDB file are overwritten where a table's data lies (DuckDB's
``pragma_storage_info`` says which block), as a failing disk or an interrupted copy would leave it;
DuckDB then refuses the block because its checksum no longer matches.
"""

from __future__ import annotations

import datetime
import json
import os
import random
import shutil
import subprocess
import sys

import duckdb
import pandas as pd
import pytest
from news_words import NEWS_WORDS

from analysis.cli import _write_build, main
from analysis.store.audit import AuditLog
from analysis.store.briefings import Briefings
from analysis.store.check import CACHE_TABLES, check_store, kept_tables, repair_store
from analysis.store.database import DB_FILE, Store, StoreDamaged
from analysis.store.snapshots import wait_for_snapshots
from analysis.store.theme_names import ThemeNames

#: Another process that opens the store for writing and holds it until its stdin closes.
HOLD = "import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('open', flush=True); sys.stdin.read()"
HEADERS = 3 * 4096  # DuckDB's file header and its two database headers, before block 0


def blocks(path, tables, column: str | None = None) -> set[int]:
    """The blocks of the file holding ``tables`` (``column`` only, if given)."""
    con = duckdb.connect(str(path), read_only=True)
    where = "block_id >= 0" + (f" AND column_name = '{column}'" if column else "")
    try:
        return {
            b
            for table in tables
            for (b,) in con.execute(f"SELECT block_id FROM pragma_storage_info('{table}') WHERE {where}").fetchall()
        }
    finally:
        con.close()


def damage_blocks(path, ids) -> None:
    """Overwrite the start of each block's data (after its 8-byte checksum)."""
    con = duckdb.connect(str(path), read_only=True)
    block_size = con.execute("PRAGMA database_size").fetchall()[0][2]
    con.close()
    with open(path, "r+b") as f:
        for block in ids:
            f.seek(HEADERS + block * block_size + 8)
            f.write(os.urandom(512))


@pytest.fixture(scope="module")
def sound_store(tmp_path_factory):
    """A store with the seed corpus analysed (so the extraction cache has rows)."""
    folder = tmp_path_factory.mktemp("sound")
    Store(folder).tables("seed")
    wait_for_snapshots()
    return folder


@pytest.fixture
def store_copy(sound_store, tmp_path):
    folder = tmp_path / "data"
    shutil.copytree(sound_store, folder)
    return folder


def test_a_sound_store_passes(store_copy, capsys):
    found = check_store(store_copy)
    assert found.ok, found.report()
    assert "articles (the articles' text and metadata): 5 rows read." in found.report()
    assert main(["store", "--data", str(store_copy), "check"]) == 0
    assert capsys.readouterr().out.strip().endswith(f"{store_copy / DB_FILE}: no damage found.")


def test_a_damaged_block_of_articles_is_named_with_its_file(store_copy, capsys):
    path = store_copy / DB_FILE
    damage_blocks(path, blocks(path, ["articles"]))
    found = check_store(store_copy)
    bad = {f.subject: f.message for f in found.findings if not f.ok}
    assert "articles" in bad
    assert bad["articles"].startswith(f"{path}: the table articles (the articles' text and metadata) cannot be read")
    assert "Restore the file from a backup" in bad["articles"]
    capsys.readouterr()
    # Every action of the store says the same, in words, instead of DuckDB's error.
    with pytest.raises(StoreDamaged, match=r"is damaged .*checksum.*python -m analysis store check") as error:
        Store(store_copy).articles("seed")
    assert str(path) in str(error.value)
    # The seed corpus's articles, all in the damaged block with their ids, are lost from the store; the
    # seed corpus is imported again from seeds/.
    assert main(["store", "--data", str(store_copy), "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "repair: articles: 0 rows copied, 5 rows in the damaged part lost" in out
    assert "repair: corpus (unreadable): 5 articles lost (ids unreadable)" in out
    assert "repair: the seed corpus is imported again from seeds/" in out
    assert out.strip().endswith("no damage found.") and "Traceback" not in out
    assert len(Store(store_copy).articles("seed")) == 5
    assert len(list(store_copy.glob(f"{DB_FILE}.damaged-*"))) == 1  # kept, never deleted


def test_repair_keeps_every_article_outside_the_damaged_part(store_copy, tmp_path):
    rng = random.Random(1)
    texts = {f"d{i}": " ".join(rng.choice(NEWS_WORDS) for _ in range(400)) + f" {i}." for i in range(3000)}
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps({"doc_id": d, "text": t}, ensure_ascii=False) + "\n" for d, t in texts.items()), "utf-8")  # fmt: skip
    assert Store(store_copy).import_files("محلي", [articles]).imported == 3000
    path = store_copy / DB_FILE
    text_blocks = blocks(path, ["articles"], column="text") - blocks(path, ["articles"], column="doc_id")
    damage_blocks(path, [sorted(text_blocks)[len(text_blocks) // 2]])  # one block of text, mid-corpus
    done = repair_store(store_copy)
    lost = next(line for line in done if line.startswith("corpus 'محلي'"))
    n_lost = int(lost.split(": ")[1].split()[0])
    assert 0 < n_lost <= 2048  # the rows DuckDB reads together with the damaged block
    kept = Store(store_copy).articles("محلي")
    assert len(kept) == 3000 - n_lost and check_store(store_copy).ok
    assert all(texts[d] == t for d, t in zip(kept["doc_id"], kept["text"]))  # every article kept is whole


def rows(path, table: str) -> list[tuple]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return sorted(con.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
    finally:
        con.close()


def test_repair_keeps_what_the_analysts_made_beside_the_articles(store_copy, tmp_path):
    """Theme names and merges, the number of themes asked, briefings, the audit log and linked
    builds cannot be made again from the articles: a repair carries every one of them over."""
    store = Store(store_copy)
    tables = store.tables("seed")
    _write_build(tables, str(tmp_path / "build"), csv=False, parquet=True)
    store.link_build(tmp_path / "build", "شمال سوريا")
    first, second = sorted({int(i) for i in tables.themes["theme_id"]})[:2]
    names = pd.DataFrame({"theme_id": [first, second], "name": ["الأمن في إدلب", ""], "hidden": [False, False],
                          "merged_into": [None, first]})  # fmt: skip
    ThemeNames(store).save("seed", tables.themes, names)
    ThemeNames(store).set_count("seed", 4)
    Briefings(store).create("إحاطة الصباح", title="سوريا اليوم")
    Briefings(store).add("إحاطة الصباح", {"chart": "top_actors", "corpus": "seed"})
    AuditLog(store).record(user="alice@example.org", role="admin", action="rename", target="seed")
    path = store_copy / DB_FILE
    con = duckdb.connect(str(path), read_only=True)
    present = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    con.close()
    kept = [t for t in kept_tables(present) if t not in ("articles", "corpora", "problems", "pending", "store_meta")]
    assert {"theme_names", "theme_counts", "briefings", "briefing_items", "audit", "linked_builds"} <= set(kept)
    before = {table: rows(path, table) for table in kept}
    assert all(before.values()), before
    damage_blocks(path, blocks(path, ["articles"]))
    assert any(line.startswith("articles: 0 rows copied") for line in repair_store(store_copy))
    assert {table: rows(path, table) for table in kept} == before
    store = Store(store_copy)
    stored = ThemeNames(store).stored("seed").set_index("theme_id")
    assert stored.loc[first, "name"] == "الأمن في إدلب" and stored.loc[second, "merged_into"] == first
    assert ThemeNames(store).count("seed") == 4
    assert [item.record["chart"] for item in Briefings(store).get("إحاطة الصباح").items] == ["top_actors"]
    assert AuditLog(store).listing()["user"].tolist() == ["alice@example.org"]
    assert store.build_location("شمال سوريا") == str(tmp_path / "build")
    assert len(store.tables("شمال سوريا").documents) == 5


def test_a_damaged_table_of_theme_names_is_found_and_repaired(store_copy):
    store = Store(store_copy)
    themes = store.tables("seed").themes
    ids = sorted({int(i) for i in themes["theme_id"]})
    names = pd.DataFrame({"theme_id": ids, "name": [f"موضوع {i}" for i in ids], "hidden": False})
    ThemeNames(store).save("seed", themes, names)
    path = store_copy / DB_FILE
    damage_blocks(path, blocks(path, ["theme_names"]))
    bad = {f.subject: f for f in check_store(store_copy).findings if not f.ok}
    assert "theme_names" in bad and bad["theme_names"].repairable
    assert "the analysts' theme names" in bad["theme_names"].message
    repair_store(store_copy)
    assert check_store(store_copy).ok and len(Store(store_copy).articles("seed")) == 5


@pytest.mark.parametrize(
    ("how", "damage"),
    [
        ("its header overwritten", lambda b: b"\0" * 4096 + b[4096:]),
        ("cut in half", lambda b: b[: len(b) // 2]),
        ("empty", lambda b: b""),
    ],
)
def test_a_file_that_is_no_longer_a_store(store_copy, how, damage, capsys):
    path = store_copy / DB_FILE
    path.write_bytes(damage(path.read_bytes()))
    found = check_store(store_copy)
    assert not found.ok, how
    assert str(path) in found.report()
    shutil.rmtree(store_copy / "tables")  # no snapshot: the analysis reads the store
    with pytest.raises(StoreDamaged, match="damaged"):
        Store(store_copy).tables("seed")  # a file cut short opens: its missing blocks fail when read
    assert main(["store", "--data", str(store_copy), "check"]) == 1
    assert str(path) in capsys.readouterr().out


def test_a_damaged_extraction_cache_is_emptied_and_made_again(store_copy, capsys):
    path = store_copy / DB_FILE
    cache_only = blocks(path, CACHE_TABLES) - blocks(path, ["corpora", "articles", "problems", "store_meta"])
    assert cache_only
    damage_blocks(path, cache_only)
    before = check_store(store_copy)
    assert not before.ok and all(f.subject in CACHE_TABLES for f in before.findings if not f.ok)
    assert all(f.repairable for f in before.findings if not f.ok)
    assert main(["store", "--data", str(store_copy), "check", "--repair"]) == 0
    out = capsys.readouterr().out
    assert "repair: emptied the extraction cache" in out and out.strip().endswith("no damage found.")
    store = Store(store_copy)
    assert len(store.articles("seed")) == 5
    shutil.rmtree(store_copy / "tables")  # analysed again from the articles, the cache filled again
    assert len(store.tables("seed").documents) == 5
    wait_for_snapshots()


def test_an_unfinished_snapshot_is_reported_and_removed(store_copy):
    left = store_copy / "tables" / ".building-x1y2"
    left.mkdir(parents=True)
    (left / "sentences.parquet").write_bytes(b"PAR1")
    found = check_store(store_copy)
    assert [f.subject for f in found.findings if not f.ok] == ["snapshots"]
    assert repair_store(store_copy) == [f"removed the unfinished snapshot folder {left}"]
    assert not left.exists() and check_store(store_copy).ok


def test_a_store_in_use_is_said_to_be_in_use(store_copy):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store_copy / DB_FILE)],
        stdout=subprocess.PIPE,
        stdin=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        found = check_store(store_copy, lock_timeout=0.5)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
    assert not found.ok
    assert (
        found.findings[-1].message
        == f"{store_copy / DB_FILE} is in use by process {holder.pid}; check again when it has finished."
    )
    assert check_store(store_copy).ok  # once it is closed


def test_the_dashboards_own_process_can_check_the_store_it_has_open(store_copy):
    held = duckdb.connect(str(store_copy / DB_FILE))
    try:
        assert check_store(store_copy).ok
    finally:
        held.close()


def test_no_store_yet_is_not_damage(tmp_path):
    found = check_store(tmp_path / "nothing")
    assert found.ok and "there is no article store" in found.report()


def test_repair_carries_over_a_table_it_does_not_know(store_copy):
    """Which tables are kept comes from the store, not a list: a table a later version adds (here a
    watch list) is checked and carried over as it is; only the extraction cache is left to be made again."""
    path = store_copy / DB_FILE
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE watchlist (actor VARCHAR PRIMARY KEY, added DATE NOT NULL)")
    con.execute("INSERT INTO watchlist VALUES ('هيئة تحرير الشام', DATE '2020-03-05')")
    con.close()
    assert "watchlist (kept data): 1 rows read." in check_store(store_copy).report()
    damage_blocks(path, blocks(path, ["articles"]))
    repair_store(store_copy)
    assert rows(path, "watchlist") == [("هيئة تحرير الشام", datetime.date(2020, 3, 5))]
    con = duckdb.connect(str(path), read_only=True)
    try:
        (sql,) = con.execute("SELECT sql FROM duckdb_tables() WHERE table_name = 'watchlist'").fetchall()[0]
    finally:
        con.close()
    assert "PRIMARY KEY" in sql


def test_the_audit_log_lists_rows_of_one_second_newest_first(tmp_path, monkeypatch):
    """The times are to the second: a refusal and the editor's edit right after it (the access-roles test)
    share one, and the edit is still the newest row."""
    from analysis.store import audit

    monkeypatch.setattr(audit, "_now", lambda: datetime.datetime(2026, 12, 4, 0, 40, 0))
    log = AuditLog(Store(tmp_path / "data"))
    log.record(user="bob@example.org", role="viewer", action="edit_gazetteer", target="russia", outcome="refused")
    log.record(user="carol@example.org", role="editor", action="edit_gazetteer", target="russia")
    assert log.listing()["user"].tolist() == ["carol@example.org", "bob@example.org"]

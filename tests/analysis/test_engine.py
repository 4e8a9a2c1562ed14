"""The build on Dask: the same tables whichever scheduler runs it, a failing partition reported, an
unreachable scheduler named.

Three runs of each corpus: the synchronous scheduler (every task in this process), a LocalCluster of
worker processes, and a real cluster this module starts (``dask scheduler`` and two ``dask worker``
processes on localhost, killed at the end). Partitions are made small so that every corpus is split
over several tasks. "The same": every table equal, the themes' NMF weights within a stated tolerance
(``tests/support/same_tables.py``).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from repo_paths import ROOT, SEEDS
from same_tables import assert_same_table, assert_same_tables

from analysis import engine, pipeline, schema
from analysis.cli import main
from analysis.formula_cells import FORMULA_STARTS
from analysis.ingest.corpus import CorpusError, LoadedCorpus, load_corpus
from analysis.partitioned import read_table

SAUDINEWSNET_DAY = Path("/work/shared/data/saudinewsnet/2015-07-21.zip")


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    """The address of a real Dask scheduler with two single-threaded worker processes on localhost."""
    folder = tmp_path_factory.mktemp("cluster")
    scheduler_file = folder / "scheduler.json"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests" / "support")]))
    env.pop(engine.SCHEDULER_ENV, None)
    common = ["--scheduler-file", str(scheduler_file), "--no-dashboard", "--dashboard-address", ":0"]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1", "--port", "0", *common],
            cwd=folder,
            env=env,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        for _ in range(600):
            if scheduler_file.exists() and scheduler_file.stat().st_size:
                break
            time.sleep(0.1)
        address = json.loads(scheduler_file.read_text())["address"]
        for _ in range(2):
            processes.append(
                subprocess.Popen(
                    [
                        sys.executable,
                        "-m",
                        "distributed.cli.dask_worker",
                        address,
                        "--nthreads",
                        "1",
                        "--no-dashboard",
                        "--host",
                        "127.0.0.1",
                    ],
                    cwd=folder,
                    env=env,
                    stderr=subprocess.DEVNULL,
                )
            )
        client = engine.client(address)
        client.wait_for_workers(2, timeout=120)
        yield address
    finally:
        engine.close()
        for process in reversed(processes):
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="module")
def saudinewsnet_day() -> LoadedCorpus:
    """The day of SaudiNewsNet (2,799 articles), read once for the module's tests, which take their first
    articles from it and leave it as it is."""
    if not SAUDINEWSNET_DAY.exists():
        pytest.skip(f"SaudiNewsNet data not present at {SAUDINEWSNET_DAY}")
    return load_corpus(SAUDINEWSNET_DAY)


def _runs(corpus: LoadedCorpus, address: str, partition_size: int) -> dict[str, schema.CorpusTables]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "PARTITION_SIZE", partition_size)
        return {
            where: pipeline.analyse(corpus, scheduler=where) for where in (engine.SYNCHRONOUS, engine.LOCAL, address)
        }


def _assert_same_tables(runs: dict[str, schema.CorpusTables]) -> None:
    (first, one), *others = runs.items()
    for where, tables in others:
        assert_same_tables(one, tables, label=f"{first} vs {where}")


@pytest.fixture(scope="class")
def local_cluster_held():
    """A hold on this process's LocalCluster for the tests of a class (:func:`analysis.engine.client`), so
    that their builds on ``"local"`` share one cluster instead of starting and ending one each (a build's
    own hold and release leave it running); given back, and the cluster ended, after the class's last test."""
    engine.client(engine.LOCAL)
    yield
    assert engine.release(engine.LOCAL), "a build of the class ended the LocalCluster another still held"


@pytest.mark.slow  # starts worker processes and a cluster
@pytest.mark.usefixtures("local_cluster_held")
class TestTheSameTablesOnEveryScheduler:
    def test_the_seeds_give_the_same_tables_on_every_scheduler(self, cluster):
        runs = _runs(load_corpus(SEEDS), cluster, partition_size=2)  # 5 articles: 3 tasks
        _assert_same_tables(runs)
        assert runs[cluster].mentions["entity_id"].nunique() > 20

    @pytest.mark.skipif(not SAUDINEWSNET_DAY.exists(), reason=f"SaudiNewsNet data not present at {SAUDINEWSNET_DAY}")
    def test_saudinewsnet_articles_give_the_same_tables_on_every_scheduler(self, cluster, saudinewsnet_day):
        corpus = dataclasses.replace(saudinewsnet_day, documents=saudinewsnet_day.documents.head(300))
        runs = _runs(corpus, cluster, partition_size=60)  # 5 tasks
        _assert_same_tables(runs)
        assert len(runs[cluster].documents) == 300 and len(runs[cluster].events) > 300


@pytest.mark.slow
@pytest.mark.parametrize("where", [engine.SYNCHRONOUS, "cluster"])
def test_a_partition_that_fails_is_a_problem_naming_its_article_and_the_rest_is_built(where, cluster, monkeypatch):
    import failing_partition

    seeds = load_corpus(SEEDS)
    poison = seeds.documents.iloc[[0]].assign(doc_id=failing_partition.POISON)
    corpus = dataclasses.replace(seeds, documents=pd.concat([seeds.documents, poison], ignore_index=True))
    monkeypatch.setattr(pipeline, "PARTITION_SIZE", 3)  # the poison shares its partition with two seeds
    monkeypatch.setattr(pipeline, "_extract", failing_partition.extract)
    tables = pipeline.analyse(corpus, scheduler=cluster if where == "cluster" else where)
    problems = tables.problems[tables.problems["doc_id"] == failing_partition.POISON]
    assert problems["problem"].tolist() == [
        "article 'poison' could not be analysed (MemoryError: the worker ran out of memory on a partition of 1 "
        "articles); quarantined: it is kept in the corpus but left out of every table"
    ]
    assert set(tables.sentences["doc_id"]) == set(seeds.documents["doc_id"])  # its partition's others too


@pytest.mark.slow  # waits for the connection's timeout
def test_an_unreachable_scheduler_fails_with_its_address(tmp_path, capsys):
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"]) == 2
    assert "cannot reach the Dask scheduler at 'tcp://127.0.0.1:9'" in capsys.readouterr().err


def test_an_undecodable_shard_of_a_large_corpus_is_a_problem_naming_it_and_the_rest_is_built(tmp_path):
    """A corpus of JSON Lines shards (as bench/make_large_corpus.py writes them) where one shard holds a
    byte that is not UTF-8 (``\\xff`` inside an article, as a truncated copy leaves it)."""
    seeds = load_corpus(SEEDS).documents
    shards = tmp_path / "corpus"
    shards.mkdir()
    for k, rows in enumerate((seeds.iloc[:3], seeds.iloc[3:])):
        lines = [
            json.dumps({"id": r.doc_id, "published": "2015-07-21", "content": r.text}, ensure_ascii=False).encode()
            for r in rows.itertuples()
        ]
        (shards / f"part-{k:05d}.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    bad = shards / "part-00001.jsonl"
    bad.write_bytes(bad.read_bytes().replace("روسيا".encode(), b"\xff", 1))
    out = tmp_path / "out"
    assert main(["build", str(shards), "--out", str(out), "--quiet", "--scheduler", "synchronous"]) == 0
    problems = read_table(out, "problems")
    assert problems[["file", "severity"]].values.tolist() == [["part-00001.jsonl", "error"]]
    assert problems["problem"].iloc[0].startswith("part-00001.jsonl, line 1: not valid UTF-8 (byte 0xff")
    # every other article is built, the rest of the bad shard's too
    assert read_table(out, "documents")["doc_id"].tolist() == seeds["doc_id"].drop(3).tolist()


def test_the_scheduler_comes_from_the_environment_and_small_corpora_run_synchronously(monkeypatch):
    monkeypatch.delenv(engine.SCHEDULER_ENV, raising=False)
    assert engine.choose(None, 200) == engine.SYNCHRONOUS
    assert engine.choose(None, 3_000) == engine.SYNCHRONOUS  # as fast in one process, half the CPU (build_bench)
    assert engine.choose(None, 10_000) == engine.LOCAL  # 21.7 s on two workers against 29.8 s in one process
    assert engine.choose(None, 100_000) == engine.LOCAL
    assert engine.choose("tcp://10.0.0.5:8786", 200) == "tcp://10.0.0.5:8786"
    monkeypatch.setenv(engine.SCHEDULER_ENV, "tcp://10.0.0.7:8786")
    assert engine.choose(None, 200) == "tcp://10.0.0.7:8786"


@pytest.mark.skipif(not SAUDINEWSNET_DAY.exists(), reason=f"SaudiNewsNet data not present at {SAUDINEWSNET_DAY}")
def test_a_corpus_is_sized_from_its_files_before_it_is_read():
    """A day of SaudiNewsNet (2,799 articles, its ZIP's members 12.6 MB uncompressed) and the seeds (5 articles)."""
    assert 2_000 < engine.guess_articles(SAUDINEWSNET_DAY) < 4_000
    assert engine.guess_articles(SEEDS) < 50
    assert engine.guess_articles(ROOT / "no such corpus") == 0


@pytest.mark.slow  # starts a LocalCluster
def test_a_large_corpus_starts_its_cluster_while_it_is_read_with_the_same_tables(monkeypatch):
    monkeypatch.delenv(engine.SCHEDULER_ENV, raising=False)
    alone = pipeline.build(SEEDS, scheduler=engine.SYNCHRONOUS)
    monkeypatch.setattr(engine, "LOCAL_CLUSTER_FROM", 3)  # the seeds' 5 articles are a large corpus
    monkeypatch.setattr(pipeline, "PARTITION_SIZE", 2)
    early = pipeline.build(SEEDS)
    assert "load (cluster starting)" in early.timings and "start (local)" in early.timings
    assert_same_tables(alone, early)
    # every article's term counts come back from the worker that made the key terms, for the store to keep
    assert early.term_matrix.terms == alone.term_matrix.terms
    assert (early.term_matrix.counts != alone.term_matrix.counts).nnz == 0
    # the cluster lived for this build: its workers ended before the rows were joined, none is left
    assert "workers let go" in early.timings
    assert _no_process_left(), "the LocalCluster's workers outlived the build"


def _no_process_left(wait: float = 20.0) -> bool:
    """Whether no worker process of a LocalCluster (a spawned child of this process) is left, within
    ``wait`` s (multiprocessing's resource tracker, a few MB, stays for the life of the process)."""
    import psutil

    def workers() -> list:
        spawned = []
        for child in psutil.Process().children():  # the LocalCluster's, not the test cluster's (grandchildren)
            with contextlib.suppress(psutil.Error):
                if any("spawn_main" in part for part in child.cmdline()):
                    spawned.append(child)
        return spawned

    deadline = time.monotonic() + wait
    while workers():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.2)
    return True


@pytest.mark.slow  # starts a LocalCluster
def test_a_local_cluster_ends_when_the_last_build_holding_it_lets_go(monkeypatch):
    """Two imports in one dashboard share the LocalCluster: the first to finish must not end the other's."""
    monkeypatch.delenv(engine.SCHEDULER_ENV, raising=False)
    first = engine.client(engine.LOCAL)
    second = engine.client(engine.LOCAL)
    assert second is first
    assert not engine.release(engine.LOCAL)  # the other build still holds it
    assert first.status == "running" and len(first.run(os.getpid)) == (os.cpu_count() or 1)
    assert engine.release(engine.LOCAL)
    assert first.status == "closed" and _no_process_left()
    assert not engine.release("tcp://127.0.0.1:1")  # a cluster at an address is not this process's to end


@pytest.mark.slow  # starts a LocalCluster
def test_a_corpus_that_cannot_be_read_ends_the_cluster_started_for_it(tmp_path, monkeypatch):
    monkeypatch.delenv(engine.SCHEDULER_ENV, raising=False)
    monkeypatch.setattr(engine, "LOCAL_CLUSTER_FROM", 1)
    broken = tmp_path / "articles.docx"  # large enough for a cluster, started while reading; no corpus file
    broken.write_bytes(b"PK not an article " * 400)
    made, start = [], engine._local_client
    monkeypatch.setattr(engine, "_local_client", lambda: made.append(start()) or made[-1])
    with pytest.raises(CorpusError, match=r"articles\.docx"):
        pipeline.build(broken)
    deadline = time.monotonic() + 60
    while not (made and made[0].status == "closed") and time.monotonic() < deadline:
        time.sleep(0.2)  # the cluster was still starting when the corpus failed: it ends once started
    assert made, "no cluster was started while the corpus was read"
    assert made[0].status == "closed", "the cluster started for an unreadable corpus outlived the build"
    assert _no_process_left()


def unneutralised(frame: pd.DataFrame) -> pd.DataFrame:
    """A CSV table as the build had it before its formula-like cells were made text (``'-"…"-'`` is
    ``-"…"-``: analysis/formula_cells.py); the Parquet keeps the text as it is."""
    undo = lambda v: v[1:] if v[:1] == "'" and v[1:2] in FORMULA_STARTS else v  # noqa: E731
    return frame.apply(lambda column: column.map(undo))


def test_the_build_writes_partitioned_parquet_with_the_columns_of_the_csv(tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "PARTITION_SIZE", 2)
    from analysis import cli

    monkeypatch.setattr(cli, "CSV_UP_TO", 10)
    assert main(["build", str(SEEDS), "--out", str(tmp_path), "--quiet", "--scheduler", "synchronous"]) == 0
    assert sorted(p.name for p in (tmp_path / "sentences").iterdir()) == [
        "part.00000.parquet", "part.00001.parquet", "part.00002.parquet"
    ]  # fmt: skip
    assert [p.name for p in (tmp_path / "comentions").iterdir()] == ["part.00000.parquet"]
    for name in schema.OUTPUT_TABLES:
        csv = schema.conform(
            name, unneutralised(pd.read_csv(tmp_path / f"{name}.csv", dtype=str, keep_default_na=False))
        )
        parquet = read_table(tmp_path, name)
        assert list(parquet.columns) == schema.table(name).names, name
        key = [c for c in ("doc_id", "sentence_idx", "start", "theme_id", "rank", "entity_a", "entity_b") if c in csv]
        if name == "problems" or not key:
            continue
        pd.testing.assert_frame_equal(
            parquet.sort_values(key).reset_index(drop=True),
            csv.sort_values(key).reset_index(drop=True),
            check_dtype=False,
            check_exact=False,
            obj=name,
        )
    dates = read_table(tmp_path, "documents")["published"]
    assert dt.date(2020, 12, 30) in set(dates)
    # the texts too, as the store's snapshots keep them (a build browsed or imported elsewhere needs them)
    documents = pd.concat(pd.read_parquet(p) for p in sorted((tmp_path / "documents").iterdir()))
    assert documents["text"].str.contains("روسيا").any() and documents["text"].notna().all()


@pytest.mark.slow
@pytest.mark.skipif(not SAUDINEWSNET_DAY.exists(), reason=f"SaudiNewsNet data not present at {SAUDINEWSNET_DAY}")
def test_a_worker_killed_mid_build_is_survived_with_the_same_tables(cluster, monkeypatch, saudinewsnet_day):
    corpus = dataclasses.replace(saudinewsnet_day, documents=saudinewsnet_day.documents.head(120))
    monkeypatch.setattr(pipeline, "PARTITION_SIZE", 12)  # 10 tasks
    alone = pipeline.analyse(corpus, scheduler=engine.SYNCHRONOUS)
    client = engine.client(cluster)
    killed: list[int] = []

    def kill_a_worker_once(stage: str, done: int, total: int) -> None:
        # When the first partition is in, the others are queued or running: its nanny starts the
        # worker again and the scheduler gives its tasks to a worker.
        if stage == "extract" and not killed and done < total:
            pid = next(iter(client.run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    tables = pipeline.analyse(corpus, scheduler=cluster, progress=kill_a_worker_once)
    assert killed
    assert_same_tables(alone, tables)
    client.wait_for_workers(2, timeout=120)


@pytest.mark.slow
@pytest.mark.skipif(not SAUDINEWSNET_DAY.exists(), reason=f"SaudiNewsNet data not present at {SAUDINEWSNET_DAY}")
def test_a_streamed_build_on_a_real_cluster_survives_a_killed_worker_with_the_same_tables(
    cluster, tmp_path, saudinewsnet_day
):
    """The streamed build (analysis/streaming.py) of 300 articles of a day in 10 partitions: on the cluster's two
    worker processes, one of them killed once the first partition is in, the same tables as in this process."""
    from analysis.streaming import stream_build

    day = saudinewsnet_day.documents.head(300)
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(
        "\n".join(json.dumps({"id": r.doc_id, "published": str(r.published), "source": r.source, "content": r.text},
                             ensure_ascii=False) for r in day.itertuples()) + "\n", encoding="utf-8")  # fmt: skip
    alone = stream_build(corpus, tmp_path / "alone", scheduler=engine.SYNCHRONOUS, partition_size=30)
    client = engine.client(cluster)
    killed: list[int] = []

    def kill_a_worker_once(stage: str, done: int, total: int) -> None:
        if stage == "extract" and not killed:
            pid = next(iter(client.run(os.getpid).values()))
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    there = stream_build(corpus, tmp_path / "there", scheduler=cluster, partition_size=30, progress=kill_a_worker_once)
    assert killed and alone.partitions == there.partitions == 10
    for name in schema.OUTPUT_TABLES:
        assert_same_table(name, read_table(tmp_path / "alone", name), read_table(tmp_path / "there", name))
    client.wait_for_workers(2, timeout=120)


def test_a_worker_hands_its_free_heap_back_once_the_builds_tasks_are_done():
    """What the build asks of every worker once its tasks are done (the corpus-wide task's worker held
    ~640 MB against the others' ~260 at 31k articles): the heap the freed rows held goes back to the system."""
    import psutil

    from analysis.pipeline import _give_back_memory

    rows = [bytearray(4096) for _ in range(50_000)]  # 200 MB of small blocks, as a task's rows are
    kept = bytearray(4096)  # allocated after them: the heap cannot shrink from its top alone
    del rows
    before = psutil.Process().memory_info().rss
    assert _give_back_memory() == 1
    assert before - psutil.Process().memory_info().rss > 100 * 2**20
    assert len(kept) == 4096

"""Builds the analysis tests share: a real day of SaudiNewsNet and the seeds, each built once a session (the store's
tests query them; the streamed build is compared with them)."""

from __future__ import annotations

import fcntl
import os
import pickle
from pathlib import Path

import pytest
from repo_paths import SEEDS

from analysis import engine, pipeline
from analysis.partitioned import write_partitioned
from analysis.store.builds import write_manifest

SAUDINEWSNET_DAY = Path("/work/shared/data/saudinewsnet/2015-07-21.zip")


def written(tables, out: Path) -> Path:
    """``tables`` as ``build --out`` writes them: Parquet parts of 500 articles, then ``build.json``."""
    partition_of = {doc_id: i // 500 for i, doc_id in enumerate(tables.documents["doc_id"])}
    write_partitioned(tables.frames(), out, partition_of, texts=tables.texts)
    write_manifest(out, name=tables.name, articles=len(tables.documents))
    return out


def _build_once(corpus: Path, name: str, folder: Path):
    """(tables, build folder) of ``corpus`` in ``folder``: built by the first process to ask, read back
    (pickled tables, the same Parquet folder) by the others, which wait for it."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        kept = folder / f"{name}.pickle"
        if kept.exists():
            return pickle.loads(kept.read_bytes()), folder / name
        tables = pipeline.build(corpus, scheduler=engine.SYNCHRONOUS)
        out = written(tables, folder / name)
        kept.write_bytes(pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL))
        return tables, out


@pytest.fixture(scope="session")
def corpus_builds(tmp_path_factory):
    """``"saudinewsnet-day"`` or ``"seeds"`` → (in-memory tables, its build folder), each built once.

    Once for all of pytest-xdist's workers too: the files that use the day (test_streaming.py,
    test_build_queries.py, test_build_compare.py, test_queried_cover.py) run on different workers, and the
    day took each of them 35 s to build (the tenth session's CI log); the others read the first's."""
    made: dict = {}
    # every worker's base temp is a folder of the run's own (pytest-of-USER/pytest-N/gwK): its parent is shared
    shared = tmp_path_factory.getbasetemp().parent / "corpus-builds" if os.environ.get("PYTEST_XDIST_WORKER") else None

    def build(name: str):
        if name not in made:
            corpus = SAUDINEWSNET_DAY if name == "saudinewsnet-day" else SEEDS
            if not corpus.exists():
                pytest.skip(f"{corpus} is not on this machine")
            made[name] = _build_once(corpus, name, shared or tmp_path_factory.mktemp("build"))
        return made[name]

    return build

"""Builds the analysis tests share: a real day of SaudiNewsNet and the seeds, each built once a session (the store's
tests query them; the streamed build is compared with them)."""

from __future__ import annotations

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


@pytest.fixture(scope="session")
def corpus_builds(tmp_path_factory):
    """``"saudinewsnet-day"`` or ``"seeds"`` → (in-memory tables, its build folder), each built once."""
    made: dict = {}

    def build(name: str):
        if name not in made:
            corpus = SAUDINEWSNET_DAY if name == "saudinewsnet-day" else SEEDS
            if not corpus.exists():
                pytest.skip(f"{corpus} is not on this machine")
            tables = pipeline.build(corpus, scheduler=engine.SYNCHRONOUS)
            made[name] = (tables, written(tables, tmp_path_factory.mktemp("build") / name))
        return made[name]

    return build

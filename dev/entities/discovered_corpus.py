"""The discovered names of the whole corpus: a table to draw a sample from, and to compare before/after a rule.

    # every article extracted with the home state given (as ``score_entities.py --home`` reads each article);
    # the discovered mentions and the sentences written to a folder (not committed)
    PYTHONPATH=. .venv/bin/python dev/entities/discovered_corpus.py table /tmp/disc_before
    # N discovered mentions drawn uniformly, none from an article of any dev/entities file
    PYTHONPATH=. .venv/bin/python dev/entities/discovered_corpus.py sample /tmp/disc_before 60 20270301 OUT.jsonl
    # every discovered mention dropped, added or changed between two tables, in its sentence
    PYTHONPATH=. .venv/bin/python dev/entities/discovered_corpus.py diff /tmp/disc_before /tmp/disc_after

Run from the worktree root with ``PYTHONPATH=.`` (the extraction's workers import ``analysis`` from there).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

from analysis.config import gazetteer as gazetteer_in_force
from analysis.extract.discovered import DISCOVERED, merged
from analysis.ingest.corpus import load_corpus
from analysis.pipeline import extract_articles
from dev.entities.common import default_data, read_jsonl, write_jsonl
from dev.score_entities import context, dev_doc_ids

HOME = "saudi_arabia"
COLUMNS = ["doc_id", "sentence_idx", "start", "end", "surface", "entity_id", "alias", "alias_kind"]


def table(folder: str) -> None:
    docs = load_corpus(default_data()).documents.reset_index(drop=True)
    gaz = gazetteer_in_force()
    sentences, mentions, *_ = extract_articles(docs, gaz)
    every = merged(mentions, mentions.iloc[:0], gaz, home=HOME)
    found = every[every["alias_kind"] == DISCOVERED][COLUMNS].reset_index(drop=True)
    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    found.to_parquet(out / "discovered.parquet")
    sentences[["doc_id", "sentence_idx", "start", "end"]].to_parquet(out / "sentences.parquet")
    print(f"{len(found)} discovered mentions, {found['entity_id'].nunique()} entities, "
          f"{found['doc_id'].nunique()} articles of {len(docs)}")  # fmt: skip


def _load(folder: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    return pd.read_parquet(Path(folder) / "discovered.parquet"), pd.read_parquet(Path(folder) / "sentences.parquet")


def _row(r, sentences: pd.DataFrame, texts: pd.Series) -> dict:
    return {"doc_id": r.doc_id, "start": int(r.start), "end": int(r.end), "surface": r.surface,
            "entity_id": r.entity_id, "alias": r.alias, "alias_kind": r.alias_kind,
            "sentence": context(sentences, texts, r)}  # fmt: skip


def sample(folder: str, n: int, seed: int, out: str) -> None:
    found, sentences = _load(folder)
    fresh = found[~found["doc_id"].isin(dev_doc_ids())]
    picked = fresh.sample(n, random_state=seed)
    texts = load_corpus(default_data()).documents.set_index("doc_id")["text"]
    rows = [
        {**_row(r, sentences, texts), "verdict": "", "correct_entity_id": "", "note": "", "stratum": "mentions"}
        for r in picked.itertuples(index=False)
    ]
    write_jsonl(Path(out), read_jsonl(Path(out)) + rows)
    print(f"{len(rows)} discovered mentions drawn from {len(fresh)} (of {len(found)}; {fresh['doc_id'].nunique()} "
          f"articles of no dev file) and appended to {out}")  # fmt: skip


def diff(before: str, after: str) -> None:
    old, _ = _load(before)
    new, sentences = _load(after)
    key = ["doc_id", "start", "end", "entity_id"]
    both = old.merge(new, on=key, how="outer", indicator=True, suffixes=("", "_new"))
    gone = both[both["_merge"] == "left_only"]
    came = both[both["_merge"] == "right_only"]
    texts = load_corpus(default_data()).documents.set_index("doc_id")["text"]
    print(f"before {len(old)}, after {len(new)}: {len(gone)} dropped or changed, {len(came)} added or changed")
    for label, rows, src in (("-", gone, old), ("+", came, new)):
        for r in rows.itertuples(index=False):
            full = src[(src["doc_id"] == r.doc_id) & (src["start"] == r.start) & (src["end"] == r.end)].iloc[0]
            print(label, r.doc_id, r.start, full["surface"], "|", context(sentences, texts, full)[:300])


if __name__ == "__main__":
    verb, *rest = sys.argv[1:]
    if verb == "table":
        table(rest[0])
    elif verb == "sample":
        sample(rest[0], int(rest[1]), int(rest[2]), rest[3])
    elif verb == "diff":
        diff(rest[0], rest[1])
    else:
        raise SystemExit(__doc__)

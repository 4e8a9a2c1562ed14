"""Draw the articles of the date dev set from SaudiNewsNet: a fixed, stratified random sample.

    .venv/bin/python dev/dates/sample_articles.py [--data ../shared/data/saudinewsnet] [--write] [--show DOC_ID ...]

The rule (written down in ``dev/dates/README.md``):

1. Every article the analysis loads from the corpus folder (``load_corpus``, so ``doc_id`` is the
   pipeline's), with 400–2,500 characters of text, any source (sports papers too: fixtures are
   dates), none of the entity dev set's articles.
2. The two strata of the entity dev set, by the title alone (``dev.entities.sample_articles.stratum``):
   **world** and **domestic**.
3. From each stratum, in ``doc_id`` order, ``random.Random(SEED).sample``: 36 world, 24 domestic;
   alternately given to batch ``a`` and ``b`` (two readers).
4. Batch ``c``: 20 world and 10 domestic more, sampled the same way from the articles left with
   ``SEED_C``.

``--write`` writes ``dev/dates/articles.jsonl``; ``--show`` prints articles' texts for reading,
each line prefixed with the character offset it starts at.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.ingest.corpus import load_corpus  # noqa: E402
from dev.entities.common import default_data, read_jsonl, write_jsonl  # noqa: E402
from dev.entities.sample_articles import article_rows, stratified_sample  # noqa: E402

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles.jsonl"
SEED = 20150811
N_WORLD, N_DOMESTIC = 36, 24
SEED_C, N_WORLD_C, N_DOMESTIC_C = 20150812, 20, 10
MIN_CHARS, MAX_CHARS = 400, 2500


def draw(data: str) -> list[dict]:
    taken = {r["doc_id"] for r in read_jsonl(ROOT / "dev" / "entities" / "articles.jsonl")}
    docs = load_corpus(data).documents
    docs = docs[docs["text"].str.len().between(MIN_CHARS, MAX_CHARS) & ~docs["doc_id"].isin(taken)]
    rows = article_rows(docs)
    drawn = stratified_sample(rows, SEED, N_WORLD, N_DOMESTIC)
    for i, row in enumerate(drawn):
        row["batch"] = "ab"[i % 2]
    # Batch c, drawn afterwards (the first two gave 158 expressions, fewer than the 200 wanted):
    # a second sample of the articles left, with its own seed.
    more = stratified_sample([r for r in rows if r not in drawn], SEED_C, N_WORLD_C, N_DOMESTIC_C)
    for row in more:
        row["batch"] = "c"
    return drawn + more


def show(data: str, doc_ids: list[str]) -> None:
    docs = load_corpus(data).documents.set_index("doc_id")
    for doc_id in doc_ids:
        doc = docs.loc[doc_id]
        print(f"=== {doc_id} · {doc['source']} · published {doc['published']} · {doc['title']}")
        offset = 0
        for line in str(doc["text"]).split("\n"):
            print(f"[{offset}] {line}")
            offset += len(line) + 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default_data())
    parser.add_argument("--write", action="store_true")
    parser.add_argument("--show", nargs="*")
    args = parser.parse_args(argv)
    if args.show is not None:
        show(args.data, args.show or [r["doc_id"] for r in read_jsonl(ARTICLES)])
        return 0
    rows = draw(args.data)
    if args.write:
        write_jsonl(ARTICLES, rows)
    for row in rows:
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

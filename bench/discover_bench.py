"""Benchmark of candidate discovery (:func:`analysis.extract.discover.discover`) on SaudiNewsNet.

    .venv/bin/python bench/discover_bench.py [--tables DIR] [--data ../shared/data/saudinewsnet] [--ngrams]

``--tables`` is a folder written by ``python -m analysis build`` (its Parquet tables); without it
the corpus is built first (not timed). Prints the corpus size, the time of ``discover`` (trigger
scan and, with ``--ngrams``, the n-gram fallback), the candidates found and the first ten.
Target (2-core machine): 31k articles well under a minute.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tables", default=None, help="a folder of Parquet tables from `analysis build`")
    parser.add_argument("--data", default=str(DEFAULT_DATA), help="the corpus, when --tables is not given")
    parser.add_argument("--ngrams", action="store_true", help="time the n-gram fallback too")
    args = parser.parse_args()

    from analysis import config
    from analysis.extract.discover import discover
    from analysis.partitioned import read_table

    gazetteer = config.gazetteer()
    if args.tables:
        sentences = read_table(args.tables, "sentences")
        mentions = read_table(args.tables, "mentions")
    else:
        from analysis.pipeline import build

        started = time.perf_counter()
        tables = build(args.data, gazetteer=gazetteer)
        print(f"built {args.data} in {time.perf_counter() - started:.1f} s (not part of the figure)")
        sentences, mentions = tables.sentences, tables.mentions
    articles = sentences["doc_id"].nunique()
    print(f"corpus: {articles} articles, {len(sentences)} sentences, {sentences['text'].str.len().sum() / 1e6:.1f} M chars, "
          f"{len(mentions)} gazetteer mentions")  # fmt: skip
    started = time.perf_counter()
    table = discover(sentences, mentions, gazetteer, ngrams=args.ngrams)
    seconds = time.perf_counter() - started
    print(f"discover{' (with n-grams)' if args.ngrams else ''}: {seconds:.1f} s, {articles / seconds:.0f} articles/s, "
          f"{len(table)} candidates ({(table['articles'] >= 10).sum()} in 10+ articles)")  # fmt: skip
    for row in table.head(10).itertuples(index=False):
        print(f"  {row.articles:>5}  {row.kind:6} {row.type:12} {row.name_ar}")


if __name__ == "__main__":
    main()

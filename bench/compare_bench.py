"""Time of a comparison on a real corpus: the Compare page's analysis, without the page.

    .venv/bin/python bench/compare_bench.py [--corpus ../shared/data/saudinewsnet]

Loads the corpus' tables (from the on-disk cache when warm), reads every article's term counts (the
on-disk term cache, as the page does; counted and written there when missing), makes each kind's
per-article counts once (:class:`analysis.aggregate.compare.ArticleCounts`, what the page caches
per corpus), then times, for two sources (the two largest) and two months (the last two), each
kind of comparison: the two sides' frequencies, the keyness table, and the evidence of the
strongest key item of side A. Target: a comparison of two selections of the 31k corpus in <= 2 s.
Prints seconds; run it on an idle machine or say that it was not. The page's own server time
(first visit, changed selections, revisit): ``bench/compare_page_bench.py``.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    args = parser.parse_args()

    from analysis import config
    from analysis.aggregate import compare
    from analysis.aggregate.kwic import text_search
    from analysis.store.cache import load_or_build
    from analysis.store.term_cache import corpus_identity, tables_terms

    clock = time.perf_counter()
    tables = load_or_build(args.corpus)
    print(f"tables: {time.perf_counter() - clock:.1f} s ({len(tables.documents):,} articles)")
    docs = tables.documents
    clock = time.perf_counter()
    matrix = tables_terms(
        tables, config.gazetteer(), cache_dir=config.cache_dir(), corpus=corpus_identity("path", args.corpus)
    )
    print(f"term counts (on-disk cache, once per corpus): {time.perf_counter() - clock:.1f} s, {matrix.counts.shape}")
    clock = time.perf_counter()
    made = {
        "terms": compare.term_counts(matrix),
        "actors": compare.entity_counts(tables.mentions, "actor"),
        "places": compare.entity_counts(tables.mentions, "region"),
        "themes": compare.theme_weights(tables.doc_themes),
        "types": compare.event_type_counts(tables.events),
    }
    print(f"per-article counts of every kind (once per corpus): {time.perf_counter() - clock:.2f} s")
    clock = time.perf_counter()
    index = text_search(tables.texts, tables.sentences)
    print(f"search (as the page searches: the texts on disk scanned by DuckDB): {time.perf_counter() - clock:.1f} s")

    top = docs["source"].fillna("").value_counts().index[:2]
    months = compare.months(docs)[-2:]
    pairs = [("source", *top), ("period", *months)] if len(months) == 2 else [("source", *top)]
    for mode, a, b in pairs:
        side = compare.source_side if mode == "source" else compare.month_side
        clock = time.perf_counter()
        ids_a, ids_b = side(docs, a), side(docs, b)
        print(f"\n{mode}: {a} ({len(ids_a):,}) vs {b} ({len(ids_b):,}); sides {time.perf_counter() - clock:.2f} s")
        for kind, counts in made.items():
            clock = time.perf_counter()
            freqs = counts.frequencies(ids_a, ids_b)
            counted = time.perf_counter()
            table = freqs.keyness()
            keyed = time.perf_counter()
            key = table[table["key"] & (table["side"] == "a")]
            item = key["item"].iloc[0] if len(key) else None
            if item is None:
                evidence = "no key item"
            elif kind == "terms":
                evidence = len(compare.term_evidence(index, tables.sentences, str(item), ids_a))
            elif kind in ("actors", "places"):
                evidence = len(compare.entity_evidence(tables.mentions, tables.sentences, str(item), ids_a))
            elif kind == "themes":
                evidence = len(compare.theme_evidence(tables.doc_themes, tables.sentences, int(item), ids_a))
            else:
                evidence = len(compare.event_type_evidence(tables.events, str(item), ids_a))
            done = time.perf_counter()
            print(
                f"  {kind:7} count {counted - clock:5.2f} s · keyness {keyed - counted:5.2f} s "
                f"({len(table):,} tested, {int(table['key'].sum()):,} key) · evidence of {item!s:.20} "
                f"{done - keyed:5.2f} s ({evidence} rows)"
            )


if __name__ == "__main__":
    main()

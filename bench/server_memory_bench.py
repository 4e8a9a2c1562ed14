"""What holds the dashboard server's memory: each table, the texts, the search index, the term counts.

    .venv/bin/python bench/server_memory_bench.py [--corpus ../shared/data/saudinewsnet]

Reads the corpus' tables as the dashboard does (the on-disk cache, built first when missing), then
prints, per part, its size in memory (``DataFrame.memory_usage(deep=True)`` for a table, the Python
objects' sizes for the texts, the arrays for the index and the term counts) and how much the
process' resident memory (RSS) grew when it was made. The article texts are counted as the
dashboard held them before it read them through DuckDB (a dict of every text, what the reader, the
Search page's index and the Compare page's term counts were built from).
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS"):
            return int(line.split()[1]) / 1024
    return 0.0


def _mb(n: float) -> str:
    return f"{n / 2**20:8.1f} MB"


def _string_bytes(values) -> int:
    return sum(sys.getsizeof(v) for v in values)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(ROOT / "seeds"))
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    from analysis.aggregate.kwic import KwicIndex
    from analysis.store.cache import load_or_build

    gc.collect()
    base = rss_mb()
    began = time.perf_counter()
    tables = load_or_build(args.corpus)
    print(f"== {args.corpus}: {len(tables.documents)} articles, {len(tables.sentences)} sentences")
    print(f"   tables read in {time.perf_counter() - began:.1f} s; RSS +{rss_mb() - base:.0f} MB")
    print("   tables (memory_usage(deep=True)):")
    total = 0
    for name, frame in tables.frames().items():
        size = int(frame.memory_usage(deep=True).sum())
        total += size
        text_cols = [c for c in ("text", "sentence") if c in frame.columns]
        of_text = sum(int(frame[c].memory_usage(deep=True, index=False)) for c in text_cols)
        note = f"  (of which {', '.join(text_cols)}: {_mb(of_text).strip()})" if text_cols else ""
        print(f"     {name:<12} {len(frame):>9} rows {_mb(size)}{note}")
    print(f"     {'all':<12} {'':>9}      {_mb(total)}")

    before = rss_mb()
    n = len(tables.texts)  # ArticleTexts: the ids, read once; every text stays on disk
    held = _string_bytes(tables.texts) if hasattr(tables.texts, "matching") else 0
    print(
        f"   article texts read per request (ArticleTexts): {n} ids held, {_mb(held).strip()}; RSS +{rss_mb() - before:.0f} MB"
    )
    one = tables.documents["doc_id"].iloc[len(tables.documents) // 2]
    began = time.perf_counter()
    tables.texts.get(one)
    print(f"     one article through DuckDB: {(time.perf_counter() - began) * 1000:.0f} ms")
    before = rss_mb()
    texts = dict(tables.texts.items())
    print(
        f"   article texts as a dict (what the server held before): {_mb(_string_bytes(texts.values()))}; RSS +{rss_mb() - before:.0f} MB"
    )

    before = rss_mb()
    index = KwicIndex(texts, tables.sentences[["doc_id", "sentence_idx", "start"]])
    arrays = sum(a.nbytes for a in vars(index).values() if hasattr(a, "nbytes"))
    offsets = index._offsets._deleted_at.nbytes
    print(
        f"   KWIC index (what the server held before): normalised text {_mb(sys.getsizeof(index._normalized))}, offsets {_mb(offsets)}, "
        f"sentence starts {_mb(arrays)}; RSS +{rss_mb() - before:.0f} MB"
    )

    before = rss_mb()
    from analysis import config
    from analysis.aggregate.terms import build_term_matrix
    from analysis.aggregate.vocabulary import term_vocabulary

    doc_ids = tables.documents["doc_id"].tolist()
    sources = tables.documents["source"].tolist()
    vocabulary = term_vocabulary(config.gazetteer(), sources)
    matrix = build_term_matrix(doc_ids, [texts[d] for d in doc_ids], sources=sources, vocabulary=vocabulary)
    sparse = sum(m.data.nbytes + m.indices.nbytes + m.indptr.nbytes for m in (matrix.counts, matrix.tfidf))
    vocab = _string_bytes(matrix.terms) + _string_bytes(matrix.keys)
    print(f"   term counts (Compare): matrices {_mb(sparse)}, vocabulary {_mb(vocab)}; RSS +{rss_mb() - before:.0f} MB")
    print(f"   process RSS with all of the above: {rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

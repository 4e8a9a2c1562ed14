"""Benchmark of the full analysis build on the real SaudiNewsNet corpus.

    .venv/bin/python bench/build_bench.py [--sizes 10000 31030] [--data ../shared/data/saudinewsnet]

For each size, in a fresh process: the full ``analysis.pipeline.build`` (load + every
stage), its articles per second, peak memory (this process and its workers), each
stage's time, and the ratio of the full build to a bare
``TfidfVectorizer().fit_transform`` of the same texts in the same run.
Targets (2-core machine): 10k < 15 s, 31k < 45 s and < 1.5 GB, ratio ≤ 3.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"


def _peak_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return round(max(own, children) / 1024, 1)


def run_one(data: Path, size: int) -> dict:
    sys.path.insert(0, str(ROOT))
    from sklearn.feature_extraction.text import TfidfVectorizer

    from analysis.corpus import load_corpus
    from analysis.pipeline import build

    with tempfile.TemporaryDirectory() as tmp:
        corpus_path = data
        full = load_corpus(data)
        if size < len(full.documents):
            corpus_path = Path(tmp) / f"saudinewsnet-{size}.jsonl"
            subset = full.documents.head(size)
            with open(corpus_path, "w", encoding="utf-8") as out:
                for row in subset.itertuples(index=False):
                    record = {
                        "id": row.doc_id,
                        "title": row.title,
                        "source": row.source,
                        "published": row.published.isoformat() if row.published else None,
                        "url": row.url,
                        "content": row.text,
                    }
                    out.write(json.dumps(record, ensure_ascii=False) + "\n")
        texts = full.documents["text"].head(size).tolist()
        del full

        started = time.perf_counter()
        tables = build(corpus_path)
        total = time.perf_counter() - started

        started = time.perf_counter()
        TfidfVectorizer().fit_transform(texts)
        bare = time.perf_counter() - started

    n = len(tables.documents)
    return {
        "articles": n,
        "seconds": round(total, 2),
        "articles_per_second": round(n / total),
        "peak_mb": _peak_mb(),
        "stages": tables.timings,
        "bare_tfidf_seconds": round(bare, 2),
        "ratio_to_bare_tfidf": round(total / bare, 2),
        "mentions": len(tables.mentions),
        "events": len(tables.events),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 31030])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.data.exists():
        print(f"error: {args.data} not found (the SaudiNewsNet ZIPs; see ../shared/data/README.md)", file=sys.stderr)
        return 2
    if args.one:
        print(json.dumps(run_one(args.data, args.one)))
        return 0
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--data", str(args.data)],
            check=True,
            capture_output=True,
            text=True,
        )
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"== {r['articles']} articles (asked {size})")
        print(f"   full build      {r['seconds']:6.2f} s   {r['articles_per_second']} articles/s")
        print(f"   peak memory     {r['peak_mb']:6.0f} MB (largest of this process and its workers)")
        print(f"   bare TF-IDF     {r['bare_tfidf_seconds']:6.2f} s   ratio full/bare = {r['ratio_to_bare_tfidf']}")
        for stage, seconds in r["stages"].items():
            print(f"     {stage:<26} {seconds:6.2f} s")
        print(f"   {r['mentions']} mentions, {r['events']} dated expressions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

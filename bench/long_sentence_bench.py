"""Benchmark of one article whose text has no sentence punctuation: the per-article analysis of one sentence of N words.

    .venv/bin/python bench/long_sentence_bench.py [--words 400 800 1600 3200] [--data ../shared/data/saudinewsnet]

A corpus scraped without its full stops (or a transcript) gives sentences of thousands of words; the event reader
types each date of a sentence against its keywords and the other dates, so its time grows faster than the sentence.
The text is real SaudiNewsNet articles, one after another, with ``. ! ? ؟ …`` and line breaks taken out, cut at N
words. Prints, for each N, the seconds of ``analysis.pipeline.extract_batch`` (sentences, mentions, dates, events) and
the dates found. SaudiNewsNet's longest sentence is 630 words (99.99 % are under 381).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "saudinewsnet"

from analysis.extract.gazetteer import load_gazetteer  # noqa: E402
from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.pipeline import extract_batch  # noqa: E402

_STOPS_RE = re.compile(r"[.!?؟…\n\r]+")


def long_article(data: Path, n: int) -> pd.DataFrame:
    """The first article of the corpus's first day (its columns as the corpus reads them), its text the first ``n``
    words of that day with the sentence punctuation and line breaks taken out."""
    documents = load_corpus(sorted(data.glob("*.zip"))[0]).documents
    words: list[str] = []
    for text in documents["text"]:
        words.extend(_STOPS_RE.sub(" ", text).split())
        if len(words) >= n:
            break
    return documents.head(1).assign(doc_id="long", text=" ".join(words[:n]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, nargs="+", default=[400, 800, 1600, 3200])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    extract_batch(long_article(args.data, 50), gazetteer)  # the lexicons loaded, the patterns compiled
    print(f"{'words':>6} {'seconds':>8} {'dates':>6} {'problems':>9}")
    for n in args.words:
        article = long_article(args.data, n)
        started = time.perf_counter()
        _, _, _, events, problems = extract_batch(article, gazetteer)
        print(f"{n:>6} {time.perf_counter() - started:>8.2f} {len(events):>6} {len(problems):>9}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

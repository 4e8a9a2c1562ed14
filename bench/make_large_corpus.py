"""A large corpus made from SaudiNewsNet, for measuring the build at 100k, 300k or 1M articles.

    .venv/bin/python bench/make_large_corpus.py --size 100000 --out /tmp/snn-100k
        [--data ../shared/data/saudinewsnet] [--years 10] [--seed 0] [--shard 10000]

Each new article recombines the sentences of different articles of one source and one month: a
template article (chosen at random in its source and month) gives the number of sentences and where
the paragraphs break; each sentence comes from another article of the same group, a different one for
each sentence while the group has enough. Its date is the template's, moved back by a random whole
number of months within ``--years`` years (the day kept, at most the 28th), so the timeline spans years.
No article is a duplicate: an article whose text (white space collapsed, as the loader compares them)
equals an earlier one's, or a source article's, is drawn again.

The output is a folder of JSON Lines files of ``--shard`` articles each (``part-00000.jsonl`` …), which
``python -m analysis build FOLDER`` reads as one corpus. It is written as it is made: memory holds the
source corpus's sentences, one shard, and an 8-byte digest per article written (about 100 bytes in
a set: 100 MB at 1M), not the corpus made. Write it under /tmp (never into the repository): 100k
articles are about 400 MB, 1M about 4 GB.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import itertools
import json
import re
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from analysis.ingest.corpus import load_corpus
from analysis.text.segment import split_sentences

ROOT = Path(__file__).resolve().parent.parent
#: The SaudiNewsNet ZIPs beside the repository (or beside the folder of its git worktrees).
DEFAULT_DATA = next(
    (
        p
        for p in (ROOT.parent / "shared/data/saudinewsnet", ROOT.parent.parent / "shared/data/saudinewsnet")
        if p.exists()
    ),
    ROOT.parent / "shared/data/saudinewsnet",
)
#: Draws of one article before giving up on making it new (a group too small for the size asked).
MAX_DRAWS = 200
_SPACES = re.compile(r"\s+")
_CLOSED = re.compile(r"[.!?؟…][\"'”’»)\]]*$")


@dataclass
class Group:
    """The articles of one source and one month: their sentences, and where their paragraphs break."""

    source: str | None
    sentences: list[list[str]] = field(default_factory=list)  # per article
    new_paragraph: list[list[bool]] = field(default_factory=list)  # per article, per sentence
    published: list[dt.date | None] = field(default_factory=list)


def digest(text: str) -> bytes:
    """Eight bytes that tell texts apart as the loader does (runs of white space collapsed)."""
    return hashlib.blake2b(_SPACES.sub(" ", text).strip().encode("utf-8"), digest_size=8).digest()


def source_groups(data: str | Path) -> tuple[list[Group], set[bytes]]:
    """The source corpus's articles by (source, month), and the digests of their texts."""
    documents = load_corpus(data).documents
    groups: dict[tuple, Group] = {}
    seen: set[bytes] = set()
    for text, source, published in zip(documents["text"], documents["source"], documents["published"]):
        seen.add(digest(text))
        spans = split_sentences(text)
        if not spans:
            continue
        day = None if published is None or published != published else published
        month = None if day is None else (day.year, day.month)
        group = groups.setdefault((source, month), Group(source))
        group.sentences.append([text[start:end] for start, end, _ in spans])
        group.new_paragraph.append([k > 0 and spans[k][2] != spans[k - 1][2] for k in range(len(spans))])
        group.published.append(day)
    return [g for g in groups.values() if len(g.sentences) >= 2], seen


def months_back(day: dt.date, months: int) -> dt.date:
    """``day`` moved back ``months`` months, on the same day of the month (at most the 28th)."""
    index = day.year * 12 + day.month - 1 - months
    return dt.date(index // 12, index % 12 + 1, min(day.day, 28))


def recombined(group: Group, rng: np.random.Generator) -> tuple[str, int]:
    """A new text from ``group`` (sentences of different articles), and its template article."""
    template = int(rng.integers(len(group.sentences)))
    breaks = group.new_paragraph[template]
    others = np.delete(np.arange(len(group.sentences)), template)
    if len(breaks) <= len(others):
        donors = rng.choice(others, size=len(breaks), replace=False)
    else:  # a template longer than its group has other articles: a donor may give two sentences
        donors = rng.choice(others, size=len(breaks), replace=True)
    parts: list[str] = []
    for k, (donor, new_paragraph) in enumerate(zip(donors.tolist(), breaks)):
        sentences = group.sentences[donor]
        sentence = sentences[int(rng.integers(len(sentences)))]
        # A sentence with no closing mark (a headline) ends its line, or it would run into the next one.
        ends_line = new_paragraph or (k and not _CLOSED.search(parts[-1]))
        parts.append(("\n" if ends_line else " ") + sentence if k else sentence)
    return "".join(parts), template


def generate(groups: list[Group], seen: set[bytes], size: int, *, years: int = 10, seed: int = 0) -> Iterator[dict]:
    """``size`` new article records (``id``, ``source``, ``published``, ``content``; the loader derives
    the title from the first line), none
    a duplicate of another or of a source article (``seen``: the digests so far, extended here).

    Groups are drawn in proportion to their articles, so the sources keep their shares."""
    rng = np.random.default_rng(seed)
    weights = np.array([len(g.sentences) for g in groups], dtype=float)
    weights /= weights.sum()
    width = len(str(size))
    for n in range(size):
        for _ in range(MAX_DRAWS):
            group = groups[int(rng.choice(len(groups), p=weights))]
            text, template = recombined(group, rng)
            key = digest(text)
            if key not in seen:
                seen.add(key)
                break
        else:
            raise RuntimeError(
                f"no new article after {MAX_DRAWS} draws at article {n:,}: the source corpus is too small"
            )
        day = group.published[template]
        published = None if day is None else months_back(day, int(rng.integers(12 * years))).isoformat()
        yield {
            "id": f"gen-{n:0{width}d}",
            "source": group.source,
            "published": published,
            "content": text,
        }


def write_shards(records: Iterator[dict], out: Path, shard: int) -> int:
    """Write ``records`` as JSON Lines files of ``shard`` records under ``out``; the number written.
    One shard at a time is held (10,000 articles: about 40 MB)."""
    out.mkdir(parents=True, exist_ok=True)
    written = 0
    for k in itertools.count():
        batch = list(itertools.islice(records, shard))
        if not batch:
            break
        with open(out / f"part-{k:05d}.jsonl", "w", encoding="utf-8") as handle:
            handle.writelines(json.dumps(record, ensure_ascii=False) + "\n" for record in batch)
        written += len(batch)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, required=True, help="articles to make (100000, 300000, 1000000)")
    parser.add_argument("--out", type=Path, required=True, help="an empty or new folder (under /tmp)")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the source corpus (SaudiNewsNet)")
    parser.add_argument("--years", type=int, default=10, help="dates spread over this many years back")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--shard", type=int, default=10_000, help="articles per JSON Lines file")
    args = parser.parse_args(argv)
    if not args.data.exists():
        print(f"error: {args.data} not found (the SaudiNewsNet ZIPs)", file=sys.stderr)
        return 2
    if args.out.exists() and any(args.out.iterdir()):
        print(f"error: {args.out} is not empty", file=sys.stderr)
        return 2
    if (args.out.resolve()).is_relative_to(ROOT):
        print(f"error: {args.out} is inside the repository; write generated corpora under /tmp", file=sys.stderr)
        return 2
    started = time.perf_counter()
    groups, seen = source_groups(args.data)
    n = write_shards(generate(groups, seen, args.size, years=args.years, seed=args.seed), args.out, args.shard)
    print(f"{n:,} articles from {len(groups)} source-months in {time.perf_counter() - started:.0f} s → {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

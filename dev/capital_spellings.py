"""List spellings of capitals and large cities that the corpus writes and the gazetteer lacks.

    PYTHONPATH=. .venv/bin/python dev/capital_spellings.py ../shared/data/saudinewsnet [--places 400]

For each capital of a state (a metonym's place in ``world/states.yaml``) and each of the first
``--places`` places of ``world/places.json`` (GeoNames' largest first), every name is varied the ways
Arabic transliterations vary: split in two words or two words joined (بيونغ يانغ), غ/ج/ك/ق for g,
ئ/ي and ؤ/و (سئول, سيول), one long vowel ا/و/ي added or dropped. A variant written in the corpus (as a
word or two, after at most one of the proclitics و ف ب ل) and no alias key of the gazetteer is
printed with its count, its articles' count and the name it varies: candidates to read, not rules.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from analysis.config import gazetteer  # noqa: E402
from analysis.extract.gazetteer import alias_key  # noqa: E402
from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.text.normalize import normalize  # noqa: E402

WORLD = ROOT / "analysis" / "data" / "world"
SWAPS = {"غ": "جكق", "ج": "غكق", "ك": "غجق", "ق": "غجك", "ئ": "ي", "ي": "ئ", "ؤ": "و", "و": "ؤ"}
VOWELS = "اوي"
WORD_RE = re.compile(r"[\u0621-\u064a]+")


def variants(key: str) -> set[str]:
    """Spellings one step from ``key`` (a normalised name): split, joined, a letter swapped, a vowel."""
    out: set[str] = set()
    words = key.split(" ")
    if len(words) == 2:
        out.add("".join(words))
    if len(words) == 1 and len(key) >= 5:
        out.update(f"{key[:i]} {key[i:]}" for i in range(2, len(key) - 1))
    for i, ch in enumerate(key):
        for other in SWAPS.get(ch, ""):
            out.add(key[:i] + other + key[i + 1 :])
        if ch in VOWELS and 0 < i < len(key) - 1:
            out.add(key[:i] + key[i + 1 :])
    for i in range(1, len(key)):
        if key[i - 1] != " " and key[i] != " ":
            out.update(key[:i] + v + key[i:] for v in VOWELS)
    out.discard(key)
    return {v for v in out if "  " not in v}


def corpus_counts(path: str) -> tuple[Counter, Counter]:
    """Occurrences and articles of every word and word pair, bare and without one proclitic."""
    docs = load_corpus(path).documents
    occ: Counter = Counter()
    arts: Counter = Counter()
    for text in docs["text"]:
        words = WORD_RE.findall(normalize(text))
        seen: set[str] = set()
        for i, w in enumerate(words):
            forms = [w]
            if len(w) > 3 and w[0] in "وفبل":
                forms.append(w[1:])
            nxt = words[i + 1] if i + 1 < len(words) else None
            for f in forms:
                occ[f] += 1
                seen.add(f)
                if nxt:
                    occ[f"{f} {nxt}"] += 1
                    seen.add(f"{f} {nxt}")
        arts.update(seen)
    return occ, arts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--places", type=int, default=400)
    args = parser.parse_args()
    places = json.loads((WORLD / "places.json").read_text("utf-8"))["regions"]
    capitals = {
        m["place"]
        for actor in yaml.safe_load((WORLD / "states.yaml").read_text("utf-8"))["actors"]
        for m in actor.get("metonyms") or []
    }
    chosen = [p for i, p in enumerate(places) if i < args.places or p["id"] in capitals]
    known = set(gazetteer().by_key)
    occ, arts = corpus_counts(args.corpus)
    rows = []
    for place in chosen:
        names = {alias_key(n) for n in [place["name_ar"], *place.get("aliases", [])]}
        own = sum(occ[n] for n in names)
        for name in names:
            for v in variants(name) - known - names:
                if occ[v]:
                    rows.append((occ[v], arts[v], v, place["id"], name, own, place["id"] in capitals))
    for count, articles, v, pid, name, own, capital in sorted(rows, reverse=True):
        print(f"{count}\t{articles}\t{v}\t{pid}{' (capital)' if capital else ''}\t{name} ({own})")


if __name__ == "__main__":
    main()

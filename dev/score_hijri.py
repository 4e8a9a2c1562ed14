"""Score the Hijri dates the analysis finds against the Gregorian dates the papers printed beside them.

    .venv/bin/python dev/score_hijri.py [--data ../shared/data/saudinewsnet] [--set dev/hijri_dates.jsonl] [--show 10]

For each pair of ``dev/hijri_dates.jsonl`` (built by ``dev/build_hijri_dev.py``): is the Hijri date
found (a date expression of :func:`analysis.extract.dates.find_dates` overlapping it), and is it
converted to the printed day? Prints recall, exact-day accuracy, accuracy within a day, the same
for the arithmetical (tabular) calendar the analysis used before Umm al-Qura, and the misses.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extract.dates import find_dates  # noqa: E402
from analysis.extract.dates.calendar import CAL, _tabular_hijri  # noqa: E402
from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.text.normalize import normalize  # noqa: E402


def tabular(quote: str) -> date | None:
    """The arithmetical calendar's day for the Hijri date as quoted (the baseline)."""
    norm = normalize(quote)
    numbers = re.findall(r"\d+", norm)
    try:
        if "/" in norm:
            day, month, year = map(int, numbers[:3])
        else:
            name = next(n for n in sorted(CAL.hijri_months, key=len, reverse=True) if n in norm)
            day, month, year = int(numbers[0]), CAL.hijri_months[name], int(numbers[1])
        return _tabular_hijri(year, month, day)
    except (ValueError, StopIteration, IndexError):
        return None


def report(title: str, outcomes: list[tuple[bool, bool, bool, bool]]) -> None:
    n = len(outcomes)
    print(title)
    for label, k in (("found (recall)", 0), ("the printed day", 1), ("within one day", 2),
                     ("tabular calendar, same day (before Umm al-Qura)", 3)):  # fmt: skip
        hits = sum(o[k] for o in outcomes)
        print(f"  {label:48} {hits / n:6.1%}  ({hits}/{n})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "saudinewsnet"))
    parser.add_argument("--set", default=str(ROOT / "dev" / "hijri_dates.jsonl"))
    parser.add_argument("--show", type=int, default=10, help="misses to print")
    args = parser.parse_args()
    pairs = [json.loads(line) for line in Path(args.set).read_text("utf-8").splitlines() if line.strip()]
    docs = load_corpus(args.data).documents.set_index("doc_id")
    outcomes = []  # per pair: (found, the printed day, within a day, tabular gives the printed day)
    misses = []
    for pair in pairs:
        text, published = docs.loc[pair["doc_id"], "text"], docs.loc[pair["doc_id"], "published"]
        start, end = pair["hijri"]
        expected = date.fromisoformat(pair["expected"])
        base = tabular(pair["quote"]) == expected
        hits = [d for d in find_dates(text, published) if d.start < end and start < d.end]
        if not hits:
            outcomes.append((False, False, False, base))
            misses.append(("not found", pair["quote"], pair["expected"], ""))
            continue
        got = hits[0].date_start
        near = got is not None and abs((got - expected).days) <= 1
        outcomes.append((True, got == expected, near, base))
        if got != expected:
            misses.append(("wrong day", pair["quote"], pair["expected"], f"{hits[0].date_text} → {got}"))
    report(f"{len(pairs)} Hijri dates with the Gregorian date the paper printed beside them", outcomes)
    # The SPA's daily datelines ("الرياض 25 شوال 1436 هـ الموافق 10 اغسطس 2015 م واس") are most
    # pairs: counted once per distinct (date as written, printed date) they weigh as one example.
    distinct = {(pair["quote"].strip(), pair["expected"]): outcome for pair, outcome in zip(pairs, outcomes)}
    report(f"{len(distinct)} distinct ones (each (date as written, printed date) once)", list(distinct.values()))
    for kind, quote, expected, got in misses[: args.show]:
        print(f"  {kind}: {quote!r} printed {expected} {got}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

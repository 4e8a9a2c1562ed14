"""Build the Hijri-date dev set from SaudiNewsNet: Hijri dates that their article converts itself.

    .venv/bin/python dev/build_hijri_dev.py [--data ../shared/data/saudinewsnet] [--out dev/hijri_dates.jsonl]

Saudi papers often print a Gregorian date beside a Hijri one: ``الأحد 26 رمضان 1436هـ الموافق 12
يوليو 2015م``. The Gregorian date the paper printed is the expected answer for the Hijri date
before it. One line per such pair: the article (``doc_id``), the character offsets of the Hijri
date and of the printed Gregorian date in the article text, and that date. No article text is
stored; :mod:`dev.score_hijri` reads the articles from the corpus. Pairs were read by hand (see
``dev/README.md``): the printed date is the newspaper's, mistakes included, and stays the gold.
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

from analysis.extract.dates.calendar import CAL  # noqa: E402
from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.text.normalize import normalize_with_offsets, original_span  # noqa: E402

_HMONTH = "|".join(sorted(map(re.escape, CAL.hijri_months), key=len, reverse=True)).replace(r"\ ", r"\s+")
_GMONTH = "|".join(sorted(map(re.escape, CAL.months), key=len, reverse=True)).replace(r"\ ", r"\s+")
# A Hijri day, written with digits or a month name: 26 رمضان 1436هـ, 25 / 9 / 1436, 06/10/1436هـ
_HIJRI = (
    rf"(?P<hijri>(?:\d{{1,2}}\s*/\s*\d{{1,2}}\s*/\s*|\d{{1,2}}\s+(?:{_HMONTH})\s+)1[34]\d\d"
    rf"(?:\s*(?:ه|هجريه?)(?!\w))?)"
)
# the Gregorian day the paper prints beside it: الموافق 12 يوليو 2015م, الموافق 22/07/2015م
_GREG = (
    rf"(?:(?P<gd>\d{{1,2}})\s+(?P<gm>{_GMONTH})(?:\s*/\s*(?:{_GMONTH}))?\s+(?P<gy>20\d\d)"
    rf"|(?P<nd>\d{{1,2}})\s*[/-]\s*(?P<nm>\d{{1,2}})\s*[/-]\s*(?P<ny>20\d\d))"
)
PAIR_RE = re.compile(rf"{_HIJRI}[\s,\-(]*(?:-?\s*حسب\s+تقويم\s+ام\s+القري\s*-?\s*)?الموافق\s+{_GREG}")


def gregorian(m: re.Match) -> date | None:
    try:
        if m.group("gd"):
            return date(int(m.group("gy")), CAL.months[re.sub(r"\s+", " ", m.group("gm"))], int(m.group("gd")))
        return date(int(m.group("ny")), int(m.group("nm")), int(m.group("nd")))
    except (ValueError, KeyError):
        return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "saudinewsnet"))
    parser.add_argument("--out", default=str(ROOT / "dev" / "hijri_dates.jsonl"))
    args = parser.parse_args()
    corpus = load_corpus(args.data)
    rows = []
    for doc_id, text in zip(corpus.documents["doc_id"], corpus.documents["text"]):
        norm, offsets = normalize_with_offsets(text)
        for m in PAIR_RE.finditer(norm.replace(",", " ")):
            gold = gregorian(m)
            if gold is not None:
                hijri = original_span(text, offsets, *m.span("hijri"))
                rows.append({"doc_id": doc_id, "hijri": list(hijri), "quote": text[hijri[0]:hijri[1]],
                             "expected": gold.isoformat()})  # fmt: skip
    with open(args.out, "w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(rows)} Hijri dates with the Gregorian date printed beside them, from "
          f"{len({r['doc_id'] for r in rows})} articles → {args.out}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

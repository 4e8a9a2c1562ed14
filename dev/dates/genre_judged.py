"""Draw, read and score hand-judged genres of newspapers the genre model was not fitted on.

    PYTHONPATH=. .venv/bin/python dev/dates/genre_judged.py --draw 100 --seed 1 --out FILE   # draw rows to judge
    PYTHONPATH=. .venv/bin/python dev/dates/genre_judged.py --draw 40 --called comment ...    # only among those called so
    PYTHONPATH=. .venv/bin/python dev/dates/genre_judged.py --show FILE                      # print them to read
    PYTHONPATH=. .venv/bin/python dev/dates/genre_judged.py --score FILE [FILE ...]          # score them again
    PYTHONPATH=. .venv/bin/python dev/dates/genre_judged.py --score FILE --thresholds 0.5 0.8  # ... and at other thresholds

A draw is a simple random sample (``random.Random(seed)``) of the articles of every SaudiNewsNet source but
alwatan and 3alyoum (whose addresses labelled the fit, ``genre_model.py``), in ``doc_id`` order; with
``--called``, of those the model calls so (a precision or recall sample, not to be pooled with the random ones). Each row
keeps the doc id, source, address, title, the model's probability and call when drawn (``p_drawn``,
``call_drawn``) and the reader's ``label`` (``comment``: a column, opinion piece, editorial or reader's
essay; ``report``: news, an interview, a feature, a review of the day), empty until judged. ``--score``
re-reads the texts, scores them with the current ``genre.yaml`` and prints precision and recall of
``comment`` with Wilson 95 % intervals, as drawn and now, and the confusion. Rows labelled anything else
(``skip``: a text-less row) are left out.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.text.genre import comment_probability, genre_model, is_comment  # noqa: E402
from analysis.text.normalize import normalize  # noqa: E402
from dev.entities.common import default_data  # noqa: E402

FITTED_SOURCES = ("alwatan", "3alyoum")


def wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """The Wilson 95 % interval of the proportion ``k`` of ``n``."""
    if n == 0:
        return 0.0, 1.0
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(centre - half, 0.0), min(centre + half, 1.0)


def _rate(k: int, n: int) -> str:
    lo, hi = wilson(k, n)
    return f"{k}/{n} ({k / max(n, 1):.1%}, 95 % CI {lo:.1%}-{hi:.1%})"


def score(rows: list[dict], calls: list[bool], title: str) -> None:
    truth = [r["label"] == "comment" for r in rows]
    tp = sum(t and c for t, c in zip(truth, calls, strict=True))
    fp = sum(c and not t for t, c in zip(truth, calls, strict=True))
    fn = sum(t and not c for t, c in zip(truth, calls, strict=True))
    tn = len(rows) - tp - fp - fn
    print(f"{title}: precision {_rate(tp, tp + fp)}, recall {_rate(tp, tp + fn)}")
    print(f"  confusion (judged x called): comment/comment {tp}, comment/report {fn}, report/comment {fp}, "
          f"report/report {tn}")  # fmt: skip


def _others(data: str) -> pd.DataFrame:
    docs = load_corpus(data).documents
    return docs[~docs["source"].isin(FITTED_SOURCES)].sort_values("doc_id").reset_index(drop=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", default=default_data())
    parser.add_argument("--draw", type=int, default=0, help="draw this many articles")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--exclude", nargs="*", default=[], help="judged files whose articles are not drawn again")
    parser.add_argument("--out", help="where --draw writes")
    parser.add_argument("--called", choices=("comment", "report"), help="draw only among articles the model calls so")
    parser.add_argument("--show", help="print the drawn articles of this file to read")
    parser.add_argument("--chars", type=int, default=700)
    parser.add_argument("--score", nargs="*", default=[], help="judged files to score")
    parser.add_argument("--thresholds", nargs="*", type=float, default=[], help="also score at these thresholds")
    args = parser.parse_args(argv)
    if args.draw:
        docs = _others(args.data)
        seen = {json.loads(line)["doc_id"] for f in args.exclude for line in Path(f).read_text("utf-8").splitlines()}
        docs = docs[~docs["doc_id"].isin(seen)].reset_index(drop=True)
        if args.called:
            called = [("comment" if is_comment(normalize(t)) else "report") == args.called for t in docs["text"]]
            docs = docs[called].reset_index(drop=True)
        picked = sorted(random.Random(args.seed).sample(range(len(docs)), args.draw))
        with open(args.out, "w", encoding="utf-8") as out:
            for i in picked:
                r = docs.iloc[i]
                norm = normalize(r["text"])
                row = {"doc_id": r["doc_id"], "source": r["source"], "url": r["url"], "title": r["title"],
                       "seed": args.seed, "p_drawn": round(comment_probability(norm), 4),
                       "call_drawn": "comment" if is_comment(norm) else "report", "label": "", "note": ""}  # fmt: skip
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{args.draw} of {len(docs)} articles drawn (seed {args.seed}) into {args.out}")
    if args.show:
        rows = [json.loads(line) for line in Path(args.show).read_text("utf-8").splitlines()]
        docs = _others(args.data).set_index("doc_id")
        for n, r in enumerate(rows):
            text = docs.loc[r["doc_id"], "text"]
            body = " ".join(text.split())
            print(f"\n#{n} {r['doc_id']} {r['source']} {r['url']}\n  T: {r['title']}\n  "
                  f"{body[: args.chars]}\n  ...END: {body[-200:]}")  # fmt: skip
    if args.score:
        rows = [json.loads(line) for f in args.score for line in Path(f).read_text("utf-8").splitlines()]
        rows = [r for r in rows if r["label"] in ("comment", "report")]
        docs = _others(args.data).set_index("doc_id")
        norms = [normalize(docs.loc[r["doc_id"], "text"]) for r in rows]
        now = [is_comment(n) for n in norms]
        print(f"{len(rows)} judged rows, {sum(r['label'] == 'comment' for r in rows)} comment")
        if len({r["call_drawn"] for r in rows}) == 1:
            print(
                f"  (all drawn among articles called {rows[0]['call_drawn']}: only its precision or miss rate means anything)"
            )
        score(rows, [r["call_drawn"] == "comment" for r in rows], "as drawn")
        score(rows, now, "now")
        for t in args.thresholds:
            p_now = [comment_probability(n) if len(re.findall(r"\w+", n)) >= genre_model().min_words
                     else 0.0 for n in norms]  # fmt: skip
            score(rows, [p >= t for p in p_now], f"now at threshold {t}")
        for source in sorted({r["source"] for r in rows}):
            mine = [r for r in rows if r["source"] == source]
            print(f"  {source}: {len(mine)} rows, {sum(r['label'] == 'comment' for r in mine)} comment, "
                  f"{sum(r['call_drawn'] == 'comment' for r in mine)} called comment as drawn")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

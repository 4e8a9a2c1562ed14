"""Judge discovery's top candidates on a real corpus, and score a verdict file.

    .venv/bin/python dev/judge_discover.py show TABLES_DIR [--top 50] [--evidence 2] [--out dev/discover_top50.csv]
    .venv/bin/python dev/judge_discover.py score dev/discover_top50.csv

``show`` runs :func:`analysis.extract.discover.discover` on the Parquet tables written by
``python -m analysis build`` (SaudiNewsNet: ``build ../shared/data/saudinewsnet --out DIR``) with
the gazetteer in force, prints the top candidates with their evidence sentences for a reviewer and,
with ``--out``, writes a verdict sheet (candidate, kind, type, articles; verdict and reason left to
fill, or kept from the existing sheet for candidates already judged). ``score`` prints the
precision of a filled sheet (``ok`` / ``wrong``), per kind and way found, and the wrong ones.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FIELDS = ["rank", "candidate", "kind", "type", "found_by", "articles", "verdict", "reason"]


def show(args) -> None:

    from analysis import config
    from analysis.extract.discover import discover
    from analysis.partitioned import read_table

    folder = Path(args.tables)
    sentences = read_table(folder, "sentences")
    mentions = read_table(folder, "mentions")
    table = discover(sentences, mentions, config.gazetteer(), top=args.top)
    old = {}
    if args.out and Path(args.out).exists():
        with open(args.out, encoding="utf-8") as handle:
            old = {(r["candidate"], r["kind"]): r for r in csv.DictReader(handle)}
    rows = []
    for rank, row in enumerate(table.itertuples(index=False), 1):
        guess = row.affiliation if row.kind == "actor" else row.parent
        print(f"{rank:>3}. {row.name_ar}  [{row.kind}/{row.type} via {row.found_by}; {row.articles} articles; "
              f"guess {guess or '-'}; aliases {' | '.join(row.aliases[:4])}]")  # fmt: skip
        for doc_id, idx, text in row.evidence[: args.evidence]:
            print(f"       {doc_id}#{idx}: {text[:160]}")
        before = old.get((row.name_ar, row.kind), {})
        rows.append({"rank": rank, "candidate": row.name_ar, "kind": row.kind, "type": row.type,
                     "found_by": row.found_by, "articles": row.articles,
                     "verdict": before.get("verdict", ""), "reason": before.get("reason", "")})  # fmt: skip
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=FIELDS)
            writer.writeheader()
            writer.writerows(rows)
        print(f"verdict sheet: {args.out} ({sum(1 for r in rows if r['verdict'])} of {len(rows)} already judged)")


def score(args) -> None:
    with open(args.sheet, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    judged = [r for r in rows if r["verdict"] in ("ok", "wrong")]
    if not judged:
        print("no verdicts yet")
        return
    ok = sum(r["verdict"] == "ok" for r in judged)
    print(f"precision: {ok}/{len(judged)} = {100 * ok / len(judged):.1f} % ({len(rows) - len(judged)} not judged)")
    for field in ("kind", "found_by"):
        for value in sorted({r[field] for r in judged}):
            part = [r for r in judged if r[field] == value]
            good = sum(r["verdict"] == "ok" for r in part)
            print(f"  {field} {value}: {good}/{len(part)}")
    for r in judged:
        if r["verdict"] == "wrong":
            print(f"  wrong: {r['candidate']} ({r['kind']}/{r['type']}): {r['reason']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    show_parser = commands.add_parser("show", help="print the top candidates with evidence; write a verdict sheet")
    show_parser.add_argument("tables", help="a folder of Parquet tables from `python -m analysis build`")
    show_parser.add_argument("--top", type=int, default=50)
    show_parser.add_argument("--evidence", type=int, default=2, help="evidence sentences shown per candidate")
    show_parser.add_argument("--out", default=None, help="the verdict sheet to write (verdicts kept)")
    score_parser = commands.add_parser("score", help="precision of a filled verdict sheet")
    score_parser.add_argument("sheet")
    args = parser.parse_args()
    show(args) if args.command == "show" else score(args)


if __name__ == "__main__":
    main()

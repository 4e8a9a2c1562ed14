"""Command line: ``python -m analysis build CORPUS --out DIR``.

Turns options into one call of :func:`analysis.pipeline.build` and the library's errors
into a one-line message and a non-zero exit code.
"""

from __future__ import annotations

import argparse
import sys
import time

from tqdm import tqdm

from analysis import __version__

#: Corpora with more articles than this get a progress bar.
PROGRESS_BAR_FROM = 200


class _ProgressBars:
    """One tqdm bar per stage, created lazily so small corpora print nothing."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.bars: dict[str, tqdm] = {}

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled or total < PROGRESS_BAR_FROM:
            return
        bar = self.bars.get(stage)
        if bar is None:
            bar = self.bars[stage] = tqdm(total=total, desc=stage, unit="doc", file=sys.stderr, leave=False)
        bar.update(done - bar.n)

    def close(self) -> None:
        for bar in self.bars.values():
            bar.close()


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"analysis {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="analyse a corpus and write its tables as CSV")
    build.add_argument("corpus", help="a folder of .txt articles (+ metadata.csv), a JSON/JSONL file, or a ZIP")
    build.add_argument("--out", required=True, help="output folder (created if missing)")
    build.add_argument("--themes", type=int, default=None, help="number of NMF themes (default: by corpus size)")
    build.add_argument("--no-parquet", action="store_true", help="write CSV only")
    build.add_argument("--quiet", action="store_true", help="no progress bar, no summary")
    return parser


def _summary(tables, seconds: float) -> str:
    docs = tables.documents
    dated = docs["published"].replace("", None).dropna()
    span = f"{dated.min()} → {dated.max()}" if len(dated) else "no publication dates"
    errors = (tables.problems["severity"] == "error").sum() if len(tables.problems) else 0
    warnings = len(tables.problems) - errors
    lines = [
        f"corpus {tables.name}: {len(docs)} articles ({span}), {len(tables.sentences)} sentences",
        f"  {len(tables.mentions)} mentions of {tables.mentions['entity_id'].nunique()} entities, "
        f"{len(tables.comentions)} co-mention rows",
        f"  {len(tables.events)} dated expressions, {tables.themes['theme_id'].nunique()} themes",
        f"  problems: {errors} errors, {warnings} warnings (see problems.csv)",
        f"  built in {seconds:.1f} s ({len(docs) / max(seconds, 1e-9):.0f} articles/s)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    # Imported here so that --help and --version answer at once.
    from analysis.corpus import CorpusError
    from analysis.gazetteer import GazetteerError
    from analysis.pipeline import build

    if args.themes is not None and args.themes < 1:
        print("error: --themes must be at least 1", file=sys.stderr)
        return 2
    bars = _ProgressBars(enabled=not args.quiet)
    started = time.perf_counter()
    try:
        tables = build(args.corpus, n_themes=args.themes, progress=bars)
    except (CorpusError, GazetteerError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    finally:
        bars.close()
    if tables.documents.empty:
        print(f"error: {args.corpus}: no article could be loaded (see the problems above)", file=sys.stderr)
        for row in tables.problems.itertuples(index=False):
            print(f"  {row.severity}: {row.problem}", file=sys.stderr)
        return 1
    try:
        tables.write(args.out, parquet=not args.no_parquet)
    except OSError as error:
        print(f"error: cannot write to {args.out}: {error}", file=sys.stderr)
        return 1
    if not args.quiet:
        print(_summary(tables, time.perf_counter() - started))
        print(f"  tables written to {args.out}")
    return 0

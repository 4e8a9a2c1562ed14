"""Does the per-article extraction (``analysis.pipeline._extract``) give the same tables, and at what CPU cost?

    PYTHONPATH=. nice -n 19 .venv/bin/python bench/extract_equality.py [--against REV] [--seeds 5 11]
        [--articles 3000] [--runs 3] [--rounds 2 | --lockstep] [--time-only]

For each seed, samples ``--articles`` SaudiNewsNet articles (``documents.sample(n, random_state=seed)``),
extracts them in partitions of :data:`analysis.pipeline.PARTITION_SIZE` with the code of this working tree
and with the code of git revision ``--against`` (default: where this branch left ``main``; exported with
``git archive``), each in a fresh process,
and compares the four tables (sentences, mentions, events, problems) with ``DataFrame.equals`` plus the
dtypes (exact: same columns, dtypes, values, order). Each process also times the extraction in CPU seconds
(``time.process_time``, after ``_warm``) ``--runs`` times, unprofiled, in ``--rounds`` processes per tree
(the trees in turn), or with ``--lockstep`` in one process per tree, both alive and taking turns partition by
partition (fairer on a loaded machine); the median and the fastest run are printed. Exits 1 if
any table differs. Speed work on the extraction must change no output (issues 13/15).
"""

from __future__ import annotations

import argparse
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/data/saudinewsnet")
TABLES = ("sentences", "mentions", "events", "problems")


def _dump(corpus: Path, seed: int, articles: int, runs: int, out: Path) -> None:
    """Extract the sample with the ``analysis`` package first on ``sys.path``; pickle tables and CPU times."""
    import time

    import pandas as pd

    from analysis import pipeline
    from analysis.extract.gazetteer import load_gazetteer
    from analysis.ingest.corpus import load_corpus

    documents = load_corpus(str(corpus)).documents.sample(articles, random_state=seed)
    parts = pipeline.partitions(documents)
    gazetteer = load_gazetteer()
    pipeline._warm(gazetteer)
    seconds, tables = [], None
    for _ in range(max(runs, 1)):  # runs 0: the tables only
        started = time.process_time()
        results = [pipeline._extract(part, gazetteer) for part in parts]
        if runs:
            seconds.append(time.process_time() - started)
        tables = tuple(pd.concat([r[i] for r in results], ignore_index=True) for i in range(4))
    with open(out, "wb") as f:
        pickle.dump({"tables": tables, "seconds": seconds}, f)


def _serve(corpus: Path, seed: int, articles: int) -> None:
    """Extract one partition of the sample per line read (its number), answering with its CPU seconds:
    the timing half of ``--lockstep``, driven by :func:`_lockstep`."""
    import time

    from analysis import pipeline
    from analysis.extract.gazetteer import load_gazetteer
    from analysis.ingest.corpus import load_corpus

    parts = pipeline.partitions(load_corpus(str(corpus)).documents.sample(articles, random_state=seed))
    gazetteer = load_gazetteer()
    pipeline._warm(gazetteer)
    print(f"ready {len(parts)}", flush=True)
    for line in sys.stdin:
        started = time.process_time()
        pipeline._extract(parts[int(line)], gazetteer)
        print(f"took {time.process_time() - started!r}", flush=True)


def _answer(process: subprocess.Popen, prefix: str) -> str:
    for line in process.stdout:  # type: ignore[union-attr]
        if line.startswith(prefix):
            return line[len(prefix) :].strip()
    raise RuntimeError(f"the timing process ended (exit {process.wait()})")


def _lockstep(trees: dict[str, Path], seed: int, articles: int, runs: int) -> dict[str, list[float]]:
    """CPU seconds of ``runs`` extractions of the sample by each tree, one process per tree, both alive and
    taking turns partition by partition (the order swapped each run): a machine whose load changes by the
    minute weighs on both alike, where runs of whole processes one after the other differed by 20 %."""
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); sys.path.insert(0, sys.argv[2]); import extract_equality as e; "
        "from pathlib import Path; e._serve(Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]))"
    )
    processes = {}
    for name, root in trees.items():
        argv = [str(root), str(ROOT / "bench"), str(CORPUS), str(seed), str(articles)]
        env = {**os.environ, "PYTHONPATH": str(root)}
        processes[name] = subprocess.Popen([sys.executable, "-c", script, *argv], cwd=root, env=env, text=True,
                                           stdin=subprocess.PIPE, stdout=subprocess.PIPE)  # fmt: skip
    try:
        n = {int(_answer(p, "ready ")) for p in processes.values()}.pop()
        seconds = {name: [0.0] * runs for name in trees}
        for run in range(runs):
            order = list(processes.items())[:: 1 if run % 2 == 0 else -1]
            for part in range(n):
                for name, process in order:
                    process.stdin.write(f"{part}\n")  # type: ignore[union-attr]
                    process.stdin.flush()  # type: ignore[union-attr]
                    seconds[name][run] += float(_answer(process, "took "))
        return seconds
    finally:
        for process in processes.values():
            process.stdin.close()  # type: ignore[union-attr]
            process.wait()


def _run_in(code_root: Path, seed: int, articles: int, runs: int, out: Path) -> dict:
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import analysis; "
        "assert analysis.__file__.startswith(sys.argv[1]), analysis.__file__; "
        "sys.path.insert(0, sys.argv[2]); import extract_equality as e; from pathlib import Path; "
        "e._dump(Path(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]), int(sys.argv[6]), Path(sys.argv[7]))"
    )
    argv = [str(code_root), str(ROOT / "bench"), str(CORPUS), str(seed), str(articles), str(runs), str(out)]
    env = {**os.environ, "PYTHONPATH": str(code_root)}
    subprocess.run([sys.executable, "-c", script, *argv], check=True, env=env, cwd=code_root)
    with open(out, "rb") as f:
        return pickle.load(f)


def _export(revision: str, folder: Path) -> Path:
    folder.mkdir()
    archive = subprocess.run(["git", "archive", revision], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def _same(a, b) -> bool:
    return list(a.columns) == list(b.columns) and a.dtypes.equals(b.dtypes) and a.equals(b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--against", default=None, help="default: where this branch left main (git merge-base)")
    parser.add_argument("--seeds", type=int, nargs="+", default=[5, 11])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=1, help="timed runs per process")
    parser.add_argument("--rounds", type=int, default=1, help="processes per tree, the trees in turn")
    parser.add_argument("--lockstep", action="store_true", help="time the trees taking turns (see _lockstep)")
    parser.add_argument("--time-only", action="store_true", help="time this tree only, compare nothing")
    args = parser.parse_args()
    if args.against is None:
        base = subprocess.run(
            ["git", "merge-base", "HEAD", "main"], cwd=ROOT, check=True, capture_output=True, text=True
        )
        args.against = base.stdout.strip()
    differ = False
    with tempfile.TemporaryDirectory() as tmp:
        old_root = None if args.time_only else _export(args.against, Path(tmp) / "old")
        for seed in args.seeds:
            trees = {"this tree": ROOT} if old_root is None else {"this tree": ROOT, args.against[:10]: old_root}
            seconds: dict[str, list[float]] = {name: [] for name in trees}
            tables: dict[str, tuple] = {}
            if args.lockstep:  # the times from the trees taking turns; the tables from one process each
                seconds = _lockstep(trees, seed, args.articles, args.runs)
            for round_ in range(0 if args.lockstep and old_root is None else 1 if args.lockstep else args.rounds):
                for name, root in trees.items():  # the trees in turn: the machine's load weighs on both alike
                    runs = 0 if args.lockstep else args.runs
                    got = _run_in(root, seed, args.articles, runs, Path(tmp) / f"{seed}-{round_}.pkl")
                    seconds[name] += got["seconds"]
                    tables.setdefault(name, got["tables"])
            line = f"seed {seed}, {args.articles} articles, CPU seconds of _extract ({len(seconds['this tree'])} runs):"
            for name, times in seconds.items():
                if times:  # --runs 0: the tables only
                    line += f"\n  {name:<10} median {statistics.median(times):.2f}, min {min(times):.2f}"
            if old_root is not None:
                for name, a, b in zip(TABLES, *tables.values()):
                    same = _same(a, b)
                    differ |= not same
                    line += f"\n  {name:<10} {len(a):>7,} rows  {'same' if same else 'DIFFERENT'}"
            print(line, flush=True)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())

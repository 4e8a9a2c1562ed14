"""Do two versions of the analysis build the same tables? For speed work that must change no output.

    .venv/bin/python bench/same_output.py CORPUS [CORPUS ...] [--against main] [--first 4000]

Builds each corpus with the code of this working tree and with the code of git revision
``--against`` (exported to a temporary folder with ``git archive``), each in a fresh process,
and compares every output table (:meth:`CorpusTables.frames`) and the texts with
``pandas.testing.assert_frame_equal`` (exact: same columns, dtypes, values, order). Prints one
line per table and exits 1 if any differs. ``--first N`` builds only the first N articles of a
corpus (the bench's slice of SaudiNewsNet; past 1,500 articles the build runs in worker processes).
"""

from __future__ import annotations

import argparse
import os
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _dump(corpus: Path, out: Path) -> None:
    """Build ``corpus`` with the ``analysis`` package first on ``sys.path``; pickle the tables."""
    from analysis.pipeline import build

    started = time.perf_counter()
    tables = build(corpus)
    seconds = time.perf_counter() - started
    with open(out, "wb") as f:
        pickle.dump({"frames": tables.frames(), "texts": dict(tables.texts), "seconds": seconds}, f)


def _build_in(code_root: Path, corpus: Path, out: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(code_root)}
    script = (
        "import sys; sys.path.insert(0, sys.argv[1]); import analysis; "
        "assert analysis.__file__.startswith(sys.argv[1]), analysis.__file__; "
        "sys.path.insert(0, sys.argv[2]); import same_output; "
        "same_output._dump(__import__('pathlib').Path(sys.argv[3]), __import__('pathlib').Path(sys.argv[4]))"
    )
    subprocess.run(
        [sys.executable, "-c", script, str(code_root), str(ROOT / "bench"), str(corpus), str(out)],
        check=True,
        env=env,
        cwd=code_root,
    )
    with open(out, "rb") as f:
        return pickle.load(f)["seconds"]


def _export(revision: str, folder: Path) -> Path:
    archive = subprocess.run(["git", "archive", revision], cwd=ROOT, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(folder)], input=archive, check=True)
    return folder


def _slice(corpus: Path, first: int, folder: Path) -> Path:
    sys.path.insert(0, str(ROOT / "bench"))
    from build_bench import _subset_corpus

    return _subset_corpus(corpus, first, folder)[0]


def compare(a: Path, b: Path) -> list[str]:
    """The tables that differ between two dumps, each with the first difference."""
    import pandas as pd

    with open(a, "rb") as f:
        left = pickle.load(f)
    with open(b, "rb") as f:
        right = pickle.load(f)
    differ = []
    for name, frame in left["frames"].items():
        try:
            pd.testing.assert_frame_equal(frame, right["frames"][name], check_exact=True)
        except AssertionError as error:
            differ.append(f"{name}: {str(error).splitlines()[0:6]}")
            print(f"   {name:<12} DIFFERS ({len(frame)} vs {len(right['frames'][name])} rows)")
        else:
            print(f"   {name:<12} same ({len(frame)} rows)")
    if left["texts"] != right["texts"]:
        differ.append("texts")
    return differ


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", type=Path, nargs="+")
    parser.add_argument("--against", default="main", help="git revision to compare with (default: main)")
    parser.add_argument("--first", type=int, help="build only the first N articles of each corpus")
    args = parser.parse_args()
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "base").mkdir()
        base = _export(args.against, folder / "base")
        for i, corpus in enumerate(args.corpora):
            if args.first:
                (folder / f"slice{i}").mkdir()
                corpus = _slice(corpus.resolve(), args.first, folder / f"slice{i}")
            here, there = folder / f"here{i}.pkl", folder / f"there{i}.pkl"
            t_there = _build_in(base, corpus.resolve(), there)
            t_here = _build_in(ROOT, corpus.resolve(), here)
            print(f"== {corpus}: {args.against} {t_there:.1f} s, this tree {t_here:.1f} s")
            differ = compare(there, here)
            for line in differ:
                print(f"   {line}")
            failed = failed or bool(differ)
    print("DIFFERENT" if failed else "SAME")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

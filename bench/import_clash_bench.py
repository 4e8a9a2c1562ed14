"""Time an import whose doc ids all clash with the corpus's, and one whose texts are all duplicates:
the work the article store does under its exclusive lock (issue 14: 34.5 s for 20k clashing ids, quadratic).

    .venv/bin/python bench/import_clash_bench.py [--sizes 5000 10000 20000]

For each size, a CSV of N Arabic articles is imported into a new store, then a second CSV with the same
ids and other texts (every id clashes: each is stored as ``<id>~2``), then that second CSV again (every
article a duplicate). Prints the seconds of each import (the lock is held for its whole transaction).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from analysis.store.database import Store


def csv_of(n: int, words: str) -> bytes:
    rows = ["doc_id,title,text,date"]
    rows += [f"d{i},t{i},{words} رقم {i} عن روسيا وتركيا في إدلب {'كلمة ' * (i % 7)},2020-01-01" for i in range(n)]
    return "\n".join(rows).encode("utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[5000, 10000, 20000])
    args = parser.parse_args()
    for n in args.sizes:
        first, second = csv_of(n, "نص المقال"), csv_of(n, "نص آخر للمقال")
        with tempfile.TemporaryDirectory() as folder:
            store = Store(folder, seed=False)
            times = []
            for data in (first, second, second):
                started = time.perf_counter()
                result = store.import_files("c", [("batch.csv", data)])
                times.append((time.perf_counter() - started, result.counts()))
        (t1, _), (t2, c2), (t3, c3) = times
        print(f"{n:6d} articles: new {t1:5.2f} s · every id clashing {t2:5.2f} s ({c2['warning']} renamed)"
              f" · every text a duplicate {t3:5.2f} s ({c3['duplicate']} duplicates)")  # fmt: skip


if __name__ == "__main__":
    main()

"""Peak memory of the hostile inputs of issue 14: the ZIP bombs (read through the importer) and a
one-sentence article dense with date words (analysed). Prints one line per input.

    PYTHONPATH=. .venv/bin/python bench/hostile_bench.py [overlap|total|lying|dense ...]

Run each input in its own process (the default) so that one peak does not hide another; compare
with ``/usr/bin/time -v`` for the resident set size.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "support"))

from hostile_zips import lying_zip, many_members_zip, overlapping_zip  # noqa: E402

from analysis import schema  # noqa: E402
from analysis.ingest.corpus import LoadedCorpus  # noqa: E402
from analysis.ingest.importing import read_files  # noqa: E402
from analysis.pipeline import analyse  # noqa: E402

ZIPS = {
    "overlap": ("71 kB-class ZIP: 250 entries pointing at one 20 MB member", lambda: overlapping_zip(20_000_000, 250)),
    "total": ("ten 19.8 MB members, each under the file limit", lambda: many_members_zip(10, 19_800_000)),
    "lying": ("one member whose headers say 1 kB and which inflates to 200 MB", lambda: lying_zip(200_000_000, 1000)),
}
DENSE = "قال الوزير " + "أمس الأحد غدا يوم الاثنين 12 مايو 2015 و" * 10_000


def run(which: str) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    if which == "dense":
        what = f"one-sentence article of {len(DENSE):,} characters dense with date words"
        documents = pd_documents()
        tables = analyse(LoadedCorpus(name="dense", documents=documents, problems=schema.PROBLEMS.empty()))
        outcome = f"{len(tables.events)} events, {len(tables.problems)} problem rows"
    else:
        what, build = ZIPS[which]
        data = build()
        batch = read_files([(f"{which}.zip", data)])
        outcome = f"{len(data) / 1e3:.0f} kB ZIP: {batch.summary()}"
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    print(f"{which}: {what}: {outcome}; peak {peak:.0f} MB (tracemalloc), {time.perf_counter() - started:.1f} s")


def pd_documents():
    import pandas as pd

    return pd.DataFrame(
        {"doc_id": ["dense"], "title": [None], "source": [None], "published": [dt.date(2015, 7, 21)], "url": [None],
         "text": [DENSE]}
    )  # fmt: skip


if __name__ == "__main__":
    chosen = sys.argv[1:] or [*ZIPS, "dense"]
    if len(chosen) == 1:
        run(chosen[0])
    else:
        for name in chosen:
            subprocess.run([sys.executable, __file__, name], check=True)

"""List the words of SaudiNewsNet that look like a future verb and are not (``analysis/data/future_not_verbs.txt``).

    .venv/bin/python dev/build_future_exceptions.py [--data ../shared/data/saudinewsnet] [--min 8]

A future verb is س + an imperfect prefix (ي ت ن) + at least two letters. A word of that shape seen
``--min`` times or more whose remainder after س is not itself a word seen that often (سياره → ياره)
is printed: a candidate exception, to be read by hand before it goes into the data file.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.text.normalize import normalize  # noqa: E402
from dev.entities.common import default_data  # noqa: E402

SHAPE = re.compile(r"([وف]?)س([يتن]\w{2,})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default_data())
    parser.add_argument("--min", type=int, default=8)
    args = parser.parse_args()
    counts: Counter = Counter()
    for text in load_corpus(args.data).documents["text"]:
        counts.update(re.findall(r"\w+", normalize(text)))
    for word, n in counts.most_common():
        m = SHAPE.fullmatch(word)
        if n >= args.min and m and counts.get(m.group(2), 0) < args.min:
            print(word)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write ``analysis/data/world/family_names.txt``: words with the article that SaudiNewsNet writes as
family names, by how often they follow a first name.

    .venv/bin/python dev/build_family_names.py [--corpus ../shared/data/saudinewsnet]

A family name is often a word too (العساف، العسكر، اليوسف, and plurals: الجبرين), and discovery cuts
a name before a word whose bare form is more common than it (``analysis.extract.discovered``:
``_family_name``). What tells the two apart is how the corpus uses the word: a family name follows a
first name in a good share of its uses, and follows many different first names (مساعد العساف، محمد
العساف، عبدالله العساف …); a word rarely does, or only after one name that is also a word (عيد الأضحى,
سهل الغاب). Kept: a normalised word with the article written right after a first name (the build's
list, ``name_lists.first_names``; not after عبد, whose second half is no family name) at least
``MIN_AFTER`` times, in at least ``MIN_SHARE`` of its occurrences, after at least ``MIN_NAMES``
different first names. Read once from the corpus zips (seconds) and committed, like the other word
lists of ``dev/build_world_gazetteer.py --corpus``; the build reads the file, never the corpus.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.extract.name_lists import first_names  # noqa: E402
from dev.build_world_gazetteer import corpus_texts  # noqa: E402
from dev.entities.common import default_data  # noqa: E402

OUT = ROOT / "analysis" / "data" / "world" / "family_names.txt"
MIN_AFTER = 3
MIN_SHARE = 0.25
MIN_NAMES = 3
_WORD_RE = re.compile(r"[\u0621-\u064a]+")
#: first halves of compound names: what follows is the name's second half (عبد الرحمن), no family name
_HALVES = frozenset({"عبد"})


def counts(corpus: Path) -> tuple[Counter, Counter, dict[str, set[str]]]:
    """Occurrences of each ``ال`` word, those right after a first name, and those first names."""
    first = first_names() - _HALVES
    total: Counter[str] = Counter()
    after: Counter[str] = Counter()
    names: dict[str, set[str]] = defaultdict(set)
    for text in corpus_texts(corpus):
        previous = ""
        for word in _WORD_RE.findall(text):
            if word.startswith("ال"):
                total[word] += 1
                if previous in first:
                    after[word] += 1
                    names[word].add(previous)
            previous = word
    return total, after, names


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=Path(default_data()))
    args = parser.parse_args()
    total, after, names = counts(args.corpus)
    kept = sorted(
        (
            w
            for w, n in after.items()
            if len(w) > 3 and n >= MIN_AFTER and n >= MIN_SHARE * total[w] and len(names[w]) >= MIN_NAMES
        ),
        key=lambda w: (-after[w], w),
    )
    header = (
        "# Family names with the article, by how SaudiNewsNet uses them: 'word<TAB>occurrences<TAB>after a\n"
        "# first name<TAB>different first names before it'. Kept: after a first name (not عبد) at least\n"
        f"# {MIN_AFTER} times, in at least {MIN_SHARE:.0%} of its occurrences, after at least {MIN_NAMES} "
        "different first names.\n"
        "# Made by dev/build_family_names.py; discovery reads a listed word as a family name even when its\n"
        "# bare form is a common word (مساعد العساف، سليمان العسكر).\n"
    )
    OUT.write_text(header + "".join(f"{w}\t{total[w]}\t{after[w]}\t{len(names[w])}\n" for w in kept), "utf-8")
    print(f"{len(kept)} family names written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Find the far-off GeoNames towns whose names SaudiNewsNet writes mostly as a person's or a body's.

    .venv/bin/python dev/build_namesake_towns.py --corpus ../shared/data/saudinewsnet           # the table
    .venv/bin/python dev/build_namesake_towns.py --corpus ../shared/data/saudinewsnet --write   # and the list

A town of a state that is neither an Arab state nor one of their neighbours (``namesake_towns.near_states``
in ``analysis/data/context_words.yaml``) whose name is ambiguous counts where its country is named nearby;
an American article names America, and a US town named like its people then counted (``إكسون موبيل`` as
Mobile, Alabama; ``مؤسسة غالوب`` as Gallup). For each one-word name of such a town, every occurrence in the
corpus (with or without a proclitic) is counted, and how many of them stand as a person's or a body's name
(:func:`analysis.extract.readings.a_namesake_context`: a given name, a title, a body's head or a foreign
name's word one space before it, or a foreign name's word one space after it) or after a place noun
(``place_triggers``, ``localities``, ``state_nouns``: ``مدينة تايلر``). A name is listed in
``analysis/data/world/namesake_towns.txt`` when it stands as a name in at least :data:`NAME_SHARE` of at least
:data:`MIN_SEEN` occurrences and after a place noun in less than :data:`PLACE_SHARE` of them; the readings
then never take its country as evidence for it.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.config import gazetteer as gazetteer_in_force  # noqa: E402
from analysis.extract import readings  # noqa: E402
from dev.build_world_gazetteer import corpus_texts  # noqa: E402

OUT = ROOT / "analysis" / "data" / "world" / "namesake_towns.txt"
#: a name seen fewer times says too little either way (a tiny town's name written once)
MIN_SEEN = 3
#: the least share of its occurrences a name stands as a person's or a body's to be listed
NAME_SHARE = 0.5
#: ... and the share after a place noun it stays under (the gazetteer builder's PLACE_NAME_USE)
PLACE_SHARE = 0.1


def far_names(gaz, words) -> dict[str, list[str]]:
    """One-word ambiguous names of GeoNames towns of states not ``near_states`` → the towns' ids."""
    seats = readings._seats(gaz)
    out: dict[str, list[str]] = {}
    for alias in gaz.aliases:
        entity = gaz.entities[alias.entity_id]
        if entity.geonames is None or not alias.ambiguous or " " in alias.key or alias.entity_id in seats:
            continue
        country = readings._country_of(gaz, alias.entity_id)
        if country is None or gaz.entities[country].iso in words.near_states:
            continue
        out.setdefault(alias.key, []).append(alias.entity_id)
    return out


_WORD_RE = re.compile(r"\w+")


def _bare(word: str, names) -> str | None:
    """The name a word is, with a proclitic و، ف، ب، ل or two of them taken off (وبمانشستر), or None."""
    for cut in (0, 1, 2):
        if word[cut:] in names and (cut == 0 or all(c in "وفبل" for c in word[:cut])):
            return word[cut:]
    return None


def count(corpus: Path, names: dict[str, list[str]], gaz, words) -> dict[str, Counter]:
    place_nouns = words.place_triggers | words.localities | words.state_nouns
    counts: dict[str, Counter] = {k: Counter() for k in names}
    for text in corpus_texts(corpus):
        norm = re.sub(r"[ \t]+", " ", text)
        for m in _WORD_RE.finditer(norm):
            key, start, end = _bare(m.group(), names), m.start(), m.end()
            if key is None:
                continue
            start = end - len(key)
            c = counts[key]
            c["seen"] += 1
            if readings.a_namesake_context(norm, start, end, gaz, words):
                c["name"] += 1
            before = readings.previous_word(norm, m.start())
            if before is not None and readings._in(before, place_nouns):
                c["place"] += 1
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--write", action="store_true", help="write analysis/data/world/namesake_towns.txt")
    args = parser.parse_args()
    gaz, words = gazetteer_in_force(), readings.context_words()
    names = far_names(gaz, words)
    counts = count(Path(args.corpus), names, gaz, words)
    rows = sorted(
        ((k, c) for k, c in counts.items() if c["seen"]),
        key=lambda kc: (-kc[1]["name"] / kc[1]["seen"], -kc[1]["seen"]),
    )
    listed = [
        (k, c)
        for k, c in rows
        if c["seen"] >= MIN_SEEN and c["name"] >= NAME_SHARE * c["seen"] and c["place"] < PLACE_SHARE * c["seen"]
    ]
    for k, c in rows:
        mark = "*" if (k, c) in listed else " "
        print(f"{mark} {k}\t{c['seen']}\t{c['name']}\t{c['place']}\t{','.join(names[k])}")
    print(f"{len(names)} names of far-off towns, {len(rows)} seen in the corpus, {len(listed)} listed", file=sys.stderr)
    if args.write:
        header = (
            "# Names of far-off GeoNames towns (their state neither an Arab state nor a neighbour) that SaudiNewsNet\n"
            f"# writes as a person's or a body's name in at least {NAME_SHARE:.0%} of at least {MIN_SEEN} occurrences and\n"
            f"# after a place noun in less than {PLACE_SHARE:.0%}: their country named nearby confirms none of them.\n"
            "# 'name<TAB>occurrences<TAB>as a name<TAB>after a place noun<TAB>towns'. Made by dev/build_namesake_towns.py.\n"
        )
        body = "".join(f"{k}\t{c['seen']}\t{c['name']}\t{c['place']}\t{','.join(names[k])}\n" for k, c in listed)
        OUT.write_text(header + body, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Candidates for ``analysis/data/whole_words.txt``: names the term stemmer would cut in two.

    PYTHONPATH=. .venv/bin/python dev/whole_word_candidates.py [--corpus DIR] [--min-count 5]

Reads the corpus's word frequencies as the term matrix does (:func:`analysis.aggregate.terms.stem_support`),
then lists the listed first names (:func:`analysis.extract.name_lists.first_names`) and the one-word aliases
of the default gazetteer that :func:`analysis.aggregate.terms.strip_proclitics` would split into a proclitic
and a word (فيصل → ف + يصل، كيري → ك + يري، بعقوبة → ب + عقوبة), with their counts, that the file does not
list yet. Read each in the corpus before adding it: a word that is mostly a proclitic and a word (باسم
"in the name of", وأين "and where") stays out.
"""

from __future__ import annotations

import argparse

import numpy as np

from analysis.aggregate import terms
from analysis.extract.gazetteer import load_gazetteer
from analysis.extract.name_lists import first_names
from analysis.ingest.corpus import load_corpus
from analysis.text.normalize import normalize


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="/work/shared/data/saudinewsnet")
    parser.add_argument("--min-count", type=int, default=5)
    args = parser.parse_args()
    tokens = terms.tokenise(load_corpus(args.corpus).documents["text"].tolist())
    _, word_of_type, words = terms._words_of_types(tokens.types)
    type_counts = np.bincount(tokens.codes, minlength=len(tokens.types))
    counts = np.bincount(word_of_type, weights=type_counts, minlength=len(words)).astype(int)
    frequency = dict(zip(words, counts.tolist()))
    support = terms.stem_support(frequency)
    aliases = load_gazetteer().aliases_table()["alias"]
    names = {normalize(a) for a in aliases if isinstance(a, str) and " " not in a.strip()} | set(first_names())
    listed = terms.whole_words()
    rows = []
    for name in names - listed:
        if name[:1] in "وفبلك" and frequency.get(name, 0) >= args.min_count:
            stem = terms.strip_proclitics(name, support)[0]
            if stem != name:
                rows.append((frequency[name], name, stem, support.get(stem, 0)))
    for count, name, stem, stem_count in sorted(rows, reverse=True):
        print(f"{name}\t{count}\t→ {stem} ({stem_count})")


if __name__ == "__main__":
    main()

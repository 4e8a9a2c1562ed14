"""Audit the event lexicon: the words of ``event_types.yaml`` (and ``clauses.yaml``) no text can match in their role.

    PYTHONPATH=. .venv/bin/python dev/dates/lexicon_audit.py                   # the unmatched words
    PYTHONPATH=. .venv/bin/python dev/dates/lexicon_audit.py --build OUT      # ... and their corpus frequencies
    PYTHONPATH=. .venv/bin/python dev/dates/lexicon_audit.py --build OUT --all  # every word's frequency
    PYTHONPATH=. .venv/bin/python dev/dates/lexicon_audit.py --lexicon OLD.yaml --build OUT  # an earlier lexicon

Every word is run through the matcher itself (:func:`analysis.extract.event_lexicon.unmatched_words`): written as
itself and normalised as every text is (alef, ya, ta marbuta, diacritics), is it read as that word, or as another
that plays its role? A word read as another without its role can never match: an article or a proclitic written
into a word the lexicon also lists bare (``القوات`` beside ``قوات``), a feminine in ة whose masculine is listed
(``عسكرية`` is read ``عسكري`` + the pronoun ه), a word that reads as a proclitic and another (``ولاية``: و + ل + آية).

``--build OUT``: a folder ``python -m analysis build`` wrote (``events.csv``, ``sentences.csv``, ``mentions.csv``, with
``--csv``). Each date's clause is read as :func:`analysis.extract.events.events_table` reads it; for each unmatched
word, the clauses of found dates whose normalised text holds it as a word (what it would have seen), and with
``--all`` the matches of every word of the lexicon in those clauses.
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

from analysis.extract.event_lexicon import _build, unmatched_words
from analysis.text.normalize import normalize


def _clauses(build: Path) -> list[str]:
    """The normalised clause of every date of the built corpus, as the events table reads it."""
    import pandas as pd

    from analysis.extract.events import read_events

    events = pd.read_csv(build / "events.csv", usecols=["doc_id", "sentence_idx", "start", "end"])
    sentences = pd.read_csv(build / "sentences.csv", usecols=["doc_id", "sentence_idx", "start", "text"])
    mentions = pd.read_csv(build / "mentions.csv", usecols=["doc_id", "sentence_idx", "start", "end"])
    named: dict[tuple, list[tuple[int, int]]] = defaultdict(list)
    for doc, idx, a, b in mentions.itertuples(index=False):
        named[(doc, idx)].append((a, b))
    rows = events.merge(sentences.rename(columns={"start": "s0"}), on=["doc_id", "sentence_idx"], how="left")
    texts = rows["text"].fillna("").astype(str).tolist()
    bases = rows["s0"].fillna(0).astype("int64").tolist()
    spans = [(a - s, b - s) for a, b, s in zip(rows["start"], rows["end"], bases)]
    masks = [
        [(a - s, b - s) for a, b in named.get((d, i), ())]
        for d, i, s in zip(rows["doc_id"], rows["sentence_idx"], bases)
    ]
    clauses: list[str] = []
    step = 5000
    for k in range(0, len(texts), step):
        _, found = read_events(texts[k : k + step], spans[k : k + step], masks[k : k + step])
        clauses += [normalize(t[a:b]) for t, (a, b) in zip(texts[k : k + step], found)]
    return clauses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", type=Path, help="a built corpus folder (CSV tables): corpus frequencies")
    parser.add_argument("--all", action="store_true", help="with --build: every word's matches in date clauses")
    parser.add_argument("--lexicon", help="another event_types.yaml (an earlier version: git show REV:PATH > FILE)")
    args = parser.parse_args()
    unmatched = unmatched_words(args.lexicon)
    by_word: dict[str, list] = defaultdict(list)
    for word in unmatched:
        by_word[word.written].append(word)
    clauses = _clauses(args.build) if args.build else None
    print(f"{len(by_word)} words no text can match in their role ({len(unmatched)} declarations)")
    for written, words in by_word.items():
        entries = "; ".join(w.where.split(": ", 1)[-1] for w in words)
        line = f"{written}\tread as {' + '.join(words[0].matched_as)}\t{entries}"
        if clauses is not None:
            form = re.compile(rf"(?<!\w)[وف]?[بلك]?{re.escape(normalize(written.rstrip('*=')))}(?!\w)")
            line += f"\tin {sum(1 for c in clauses if form.search(c))} date clauses"
        print(line)
    if clauses is not None and args.all:
        lexicon, forms = _build(args.lexicon, None)
        text_of = {term: text for text, term in forms.term_of_text.items()}
        counts: Counter = Counter()
        for clause in clauses:
            counts.update(lexicon.term_of(m) for m in lexicon.pattern.finditer(clause))
        print(f"\nmatches in the clauses of {len(clauses):,} dates, by word of the lexicon (0: never matched)")
        for term, text in sorted(text_of.items(), key=lambda kv: (-counts[kv[0]], kv[1])):
            print(f"{counts[term]}\t{text}")


if __name__ == "__main__":
    main()

"""Dated events: each date expression with its sentence, actors, regions and event type.

An event is one date expression (see :mod:`analysis.extract.dates`) in one sentence; the
sentence's mentions give its actors and regions, and a keyword lexicon
(``data/event_types.yaml``) its type.

A sentence often holds more than one event, so the type is read near the date first
(:func:`classify_event_at`): the keyword closest to the date expression, within
:data:`KEYWORD_WINDOW` words, decides (``نشرت تركيا قوات إضافية في نهاية الأسبوع`` is a
deployment even though the sentence opens with soldiers killed). A *weak* type (a
statement: قال، أكد، أعلن, which report events rather than being them) decides only when no
other keyword is that near; with nothing near, the sentence's highest-priority type does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
import pandas as pd
import yaml

from analysis import schema
from analysis.text.arabic import PROCLITICS_ARTICLE_OPTIONAL_LENIENT
from analysis.text.normalize import normalize, normalize_with_offsets

EVENT_COLUMNS = schema.EVENTS.names

#: How many words from a date expression a keyword still speaks for it; a weak type's keyword
#: (a reporting verb) must stand closer: "وأكد وزير الخارجية الروسي سيرغي لافروف الثلاثاء".
KEYWORD_WINDOW = 8
WEAK_KEYWORD_WINDOW = 6
_WORD_RE = re.compile(r"\w+")
#: The event categories of PLOVER (openeventdata/PLOVER, which replaced CAMEO's 20 cue categories).
PLOVER_CATEGORIES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "PROTEST", "CRIME", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT",
)  # fmt: skip


class EventTypesError(ValueError):
    """The event-type lexicon is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class EventType:
    id: str
    label_en: str
    label_ar: str
    keywords: tuple[str, ...]
    weak: bool = False  # reports events (قال، أعلن) rather than being one: see classify_event_at
    plover: str | None = None  # the closest PLOVER category (None: PLOVER has none, as for statements)


@dataclass(frozen=True)
class EventLexicon:
    """The event types in priority order (``other`` last) and one regex for all keywords."""

    types: tuple[EventType, ...]
    pattern: re.Pattern

    def labels(self, lang: str = "en") -> dict[str, str]:
        return {t.id: (t.label_ar if lang == "ar" else t.label_en) for t in self.types}

    def plover(self) -> dict[str, str | None]:
        """Event type id → its PLOVER category (None where PLOVER has none)."""
        return {t.id: t.plover for t in self.types}


def _keyword_regex(keyword: str) -> str:
    open_ended = keyword.endswith("*")
    words = normalize(keyword.rstrip("*")).split()
    body = r"\s+".join(re.escape(w) for w in words)
    return body + (r"\w*" if open_ended else "")


def _lexicon_regex(types: list[EventType]) -> re.Pattern:
    # One pass per sentence: \b fails at once inside words, and each type is a named group,
    # so the match tells which type a keyword belongs to.
    groups = "|".join(
        f"(?P<t{i}>{'|'.join(_keyword_regex(k) for k in t.keywords)})" for i, t in enumerate(types) if t.keywords
    )
    return re.compile(f"\\b{PROCLITICS_ARTICLE_OPTIONAL_LENIENT}(?:{groups})(?!\\w)")


@lru_cache(maxsize=4)
def load_event_types(path: str | None = None) -> EventLexicon:
    """The event types in priority order, the catch-all ``other`` last."""
    source = path or "analysis/data/event_types.yaml"
    if path is None:
        text = resources.files("analysis").joinpath("data/event_types.yaml").read_text("utf-8")
    else:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    data = yaml.safe_load(text)
    if not isinstance(data, dict) or not isinstance(data.get("types"), list) or "other" not in data:
        raise EventTypesError(f"{source}: expected a mapping with a 'types' list and an 'other' entry")
    types, seen = [], set()
    for i, entry in enumerate(data["types"]):
        where = f"{source}: event type #{i + 1}"
        if not isinstance(entry, dict):
            raise EventTypesError(f"{where}: expected a mapping")
        for field in ("id", "label_en", "label_ar", "keywords"):
            if not entry.get(field):
                raise EventTypesError(f"{where} ({entry.get('id', '?')}): missing '{field}'")
        if entry["id"] in seen:
            raise EventTypesError(f"{where}: duplicate id '{entry['id']}'")
        seen.add(entry["id"])
        keywords = [k for k in entry["keywords"] if isinstance(k, str) and k.strip()]
        if len(keywords) != len(entry["keywords"]):
            raise EventTypesError(f"{where} ({entry['id']}): empty or non-text keyword")
        weak = entry.get("weak", False)
        if not isinstance(weak, bool):
            raise EventTypesError(f"{where} ({entry['id']}): 'weak' must be true or false")
        plover = entry.get("plover")
        if plover is not None and plover not in PLOVER_CATEGORIES:
            raise EventTypesError(f"{where} ({entry['id']}): 'plover' must be one of {', '.join(PLOVER_CATEGORIES)}")
        types.append(EventType(entry["id"], entry["label_en"], entry["label_ar"], tuple(keywords), weak, plover))
    other = data["other"]
    types.append(EventType(other["id"], other["label_en"], other["label_ar"], (), plover=other.get("plover")))
    return EventLexicon(tuple(types), _lexicon_regex(types))


def classify_event(sentence: str, lexicon: EventLexicon | None = None) -> str:
    """The event type id of a sentence: ``"نفذت طائرات روسية الأربعاء ضربات على إدلب"`` → ``strike``.

    The type listed first in the lexicon among those whose keywords occur wins.
    """
    return _classify_normalized(normalize(sentence), lexicon or load_event_types())


def _classify_normalized(normalized: str, lexicon: EventLexicon) -> str:
    found = {m.lastgroup for m in lexicon.pattern.finditer(normalized)}
    for i, event_type in enumerate(lexicon.types):
        if f"t{i}" in found:
            return event_type.id
    return lexicon.types[-1].id


def classify_event_at(sentence: str, start: int, end: int, lexicon: EventLexicon | None = None) -> str:
    """The event type of the date expression at ``sentence[start:end]`` (see the module docstring).

    >>> classify_event_at("قتل جنود أتراك، ونشرت تركيا قوات إضافية في نهاية الأسبوع", 43, 56)
    'deployment'
    """
    return classify_events_at([sentence], [(start, end)], lexicon)[0]


def _type_near(found: list[tuple[int, int]], word_starts: list[int], start: int, end: int, lexicon) -> str:
    """The type of a date at ``[start, end)`` from the keyword matches ``found`` (position,
    type index) of its sentence; ``word_starts``: where the sentence's words begin."""
    if not found:
        return lexicon.types[-1].id
    first_word = bisect_right(word_starts, start) - 1
    last_word = bisect_right(word_starts, max(start, end - 1)) - 1
    best: dict[bool, tuple[int, int] | None] = {
        False: None,
        True: None,
    }  # closest (distance, priority) of strong and of weak types
    for position, type_index in found:
        word = bisect_right(word_starts, position) - 1
        distance = first_word - word if word < first_word else max(0, word - last_word)
        weak = lexicon.types[type_index].weak
        near = distance <= (WEAK_KEYWORD_WINDOW if weak else KEYWORD_WINDOW)
        current = best[weak]
        if near and (current is None or (distance, type_index) < current):
            best[weak] = (distance, type_index)
    chosen = best[False] or best[True]
    if chosen is not None:
        return lexicon.types[chosen[1]].id
    return lexicon.types[min(type_index for _, type_index in found)].id


def classify_events_at(
    sentences: list[str], spans: list[tuple[int, int]], lexicon: EventLexicon | None = None
) -> list[str]:
    """:func:`classify_event_at` of many (sentence, span) pairs: each distinct sentence is
    normalised and scanned once, in one pass over all of them."""
    lexicon = lexicon or load_event_types()
    if not sentences:
        return []
    position_of: dict[str, int] = {}
    which = [position_of.setdefault(sentence, len(position_of)) for sentence in sentences]
    # The separator inside a sentence becomes a space: same length, also not a word character.
    texts = [text.replace("\x1f", " ") for text in position_of]
    norm, offsets = normalize_with_offsets("\x1f".join(texts))
    # Where each distinct sentence starts, in the joined original and in the normalised text.
    bases = np.cumsum([0] + [len(t) + 1 for t in texts[:-1]])
    bounds = [0] + [m.start() + 1 for m in re.finditer("\x1f", norm)] + [len(norm) + 1]
    starts = bases[which] + np.array([a for a, _ in spans], dtype=np.int64)
    ends = bases[which] + np.array([b for _, b in spans], dtype=np.int64)
    n_starts = offsets.to_normalized_array(starts).tolist()
    n_ends = offsets.to_normalized_array(ends).tolist()
    found = [(m.start(), int(str(m.lastgroup)[1:])) for m in lexicon.pattern.finditer(norm)]
    found_at = [position for position, _ in found]
    words: dict[int, list[int]] = {}  # word starts of the sentences that have keywords
    other = lexicon.types[-1].id
    types = []
    for k, u in enumerate(which):
        lo, hi = bounds[u], bounds[u + 1] - 1
        mine = found[bisect_left(found_at, lo) : bisect_left(found_at, hi)]
        if not mine:
            types.append(other)
            continue
        if u not in words:
            words[u] = [m.start() for m in _WORD_RE.finditer(norm, lo, hi)]
        types.append(_type_near(mine, words[u], n_starts[k], n_ends[k], lexicon))
    return types


def classify_events(sentences: list[str], lexicon: EventLexicon | None = None) -> list[str]:
    """:func:`classify_event` of many sentences, normalised in one vectorised pass."""
    lexicon = lexicon or load_event_types()
    joined = "\x1f".join(sentences)
    normalized = normalize(joined).split("\x1f")
    if len(normalized) != len(sentences):  # a sentence held the separator itself
        return [classify_event(s, lexicon) for s in sentences]
    return [_classify_normalized(n, lexicon) for n in normalized]


def events_table(date_mentions: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Join date expressions to their sentences, entities and event types.

    ``date_mentions``: doc_id, sentence_idx, date_text, start, end, date_start, date_end,
    precision, resolved (one row per expression). Returns :data:`EVENT_COLUMNS`;
    ``actors``/``regions`` are tuples of the sentence's entity ids, sorted.
    """
    if date_mentions.empty:
        return schema.EVENTS.empty()
    by_sentence: dict[tuple, dict[str, set]] = {}
    for doc_id, sentence_idx, kind, entity_id in zip(
        mentions["doc_id"], mentions["sentence_idx"], mentions["entity_kind"], mentions["entity_id"]
    ):
        by_sentence.setdefault((doc_id, sentence_idx), {"actor": set(), "region": set()})[kind].add(entity_id)
    entities = pd.DataFrame(
        [
            (doc_id, sentence_idx, tuple(sorted(kinds["actor"])), tuple(sorted(kinds["region"])))
            for (doc_id, sentence_idx), kinds in by_sentence.items()
        ],
        columns=["doc_id", "sentence_idx", "actors", "regions"],
    )
    events = date_mentions.merge(
        sentences[["doc_id", "sentence_idx", "text", "start"]].rename(
            columns={"text": "sentence", "start": "sentence_start"}
        ),
        on=["doc_id", "sentence_idx"],
        how="left",
    ).merge(entities, on=["doc_id", "sentence_idx"], how="left")
    for column in ("actors", "regions"):
        events[column] = [v if isinstance(v, tuple) else () for v in events[column]]
    within = events["start"] - events["sentence_start"].fillna(0).astype("int64")
    events["event_type"] = classify_events_at(
        events["sentence"].fillna("").tolist(),
        list(zip(within.tolist(), (within + events["end"] - events["start"]).tolist())),
    )
    events = events.drop(columns="sentence_start")
    # Corpus order, then reading order: the same however the corpus was split into batches.
    doc_order = pd.Series(pd.factorize(events["doc_id"])[0], index=events.index)
    events = events.assign(_doc=doc_order).sort_values(["_doc", "start"], kind="stable").drop(columns="_doc")
    events = events.reset_index(drop=True)
    events["plover"] = events["event_type"].map(load_event_types().plover())
    events["event_id"] = events["doc_id"].astype(str) + ":" + events.groupby("doc_id").cumcount().add(1).astype(str)
    return events[EVENT_COLUMNS]

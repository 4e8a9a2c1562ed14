"""Dated events: each date expression with its sentence, actors, regions and event type.

An event is one date expression (see :mod:`analysis.dates`) in one sentence; the
sentence's mentions give its actors and regions, and a keyword lexicon
(``data/event_types.yaml``) its type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pandas as pd
import yaml

from analysis.normalize import normalize

EVENT_COLUMNS = [
    "event_id",
    "doc_id",
    "sentence_idx",
    "date_text",
    "date_start",
    "date_end",
    "precision",
    "actors",
    "regions",
    "event_type",
    "sentence",
    "start",
    "end",
    "resolved",
]

_PROCLITIC = "(?:[وف]?(?:[بلك]?ال|لل|[بلك])?)"


class EventTypesError(ValueError):
    """The event-type lexicon is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class EventType:
    id: str
    label_en: str
    label_ar: str
    keywords: tuple[str, ...]


@dataclass(frozen=True)
class EventLexicon:
    """The event types in priority order (``other`` last) and one regex for all keywords."""

    types: tuple[EventType, ...]
    pattern: re.Pattern

    def labels(self, lang: str = "en") -> dict[str, str]:
        return {t.id: (t.label_ar if lang == "ar" else t.label_en) for t in self.types}


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
    return re.compile(f"\\b{_PROCLITIC}(?:{groups})(?!\\w)")


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
        types.append(EventType(entry["id"], entry["label_en"], entry["label_ar"], tuple(keywords)))
    other = data["other"]
    types.append(EventType(other["id"], other["label_en"], other["label_ar"], ()))
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


def classify_events(sentences: list[str], lexicon: EventLexicon | None = None) -> list[str]:
    """:func:`classify_event` of many sentences, normalised in one vectorised pass."""
    lexicon = lexicon or load_event_types()
    joined = "\x1f".join(sentences)
    normalized = normalize(joined).split("\x1f")
    if len(normalized) != len(sentences):  # a sentence held the separator itself
        return [classify_event(s, lexicon) for s in sentences]
    return [_classify_normalized(n, lexicon) for n in normalized]


def events_table(
    date_mentions: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame
) -> pd.DataFrame:
    """Join date expressions to their sentences, entities and event types.

    ``date_mentions``: doc_id, sentence_idx, date_text, start, end, date_start, date_end,
    precision, resolved (one row per expression). Returns :data:`EVENT_COLUMNS`;
    ``actors``/``regions`` are the sentence's entity ids, sorted, joined by ``;``.
    """
    if date_mentions.empty:
        return pd.DataFrame(columns=EVENT_COLUMNS)
    by_sentence: dict[tuple, dict[str, set]] = {}
    for doc_id, sentence_idx, kind, entity_id in zip(
        mentions["doc_id"], mentions["sentence_idx"], mentions["entity_kind"], mentions["entity_id"]
    ):
        by_sentence.setdefault((doc_id, sentence_idx), {"actor": set(), "region": set()})[kind].add(entity_id)
    entities = pd.DataFrame(
        [
            (doc_id, sentence_idx, ";".join(sorted(kinds["actor"])), ";".join(sorted(kinds["region"])))
            for (doc_id, sentence_idx), kinds in by_sentence.items()
        ],
        columns=["doc_id", "sentence_idx", "actors", "regions"],
    )
    events = date_mentions.merge(
        sentences[["doc_id", "sentence_idx", "text"]].rename(columns={"text": "sentence"}),
        on=["doc_id", "sentence_idx"],
        how="left",
    ).merge(entities, on=["doc_id", "sentence_idx"], how="left")
    events[["actors", "regions"]] = events[["actors", "regions"]].fillna("")
    lexicon = load_event_types()
    unique = list(set(events["sentence"].fillna("")))
    sentence_types = dict(zip(unique, classify_events(unique, lexicon)))
    events["event_type"] = events["sentence"].fillna("").map(sentence_types)
    # Corpus order, then reading order: the same however the corpus was split into batches.
    doc_order = pd.Series(pd.factorize(events["doc_id"])[0], index=events.index)
    events = events.assign(_doc=doc_order).sort_values(["_doc", "start"], kind="stable").drop(columns="_doc")
    events = events.reset_index(drop=True)
    events["event_id"] = events["doc_id"].astype(str) + ":" + events.groupby("doc_id").cumcount().add(1).astype(str)
    return events[EVENT_COLUMNS]

"""Dated events: each date expression with its clause's actors, regions and event type.

An event is one date expression (see :mod:`analysis.extract.dates`) in one sentence. A sentence
often holds more than one event (``قتل جنديان أمس، ويزور الوزير المنطقة الأحد``: a casualty
yesterday, a visit on Sunday), so both the type and the entities are read in the date's *clause*:
the stretch of the sentence between the clause boundaries around it (``data/clauses.yaml``: و or a
comma before a verb, ثم، بينما، حيث، فيما، في حين، كما، أن/إن, a colon…).

The type comes from the keywords of ``data/event_types.yaml`` (:mod:`analysis.extract.event_lexicon`),
read by the rules of :mod:`analysis.extract.event_reading`; a Saudi Press Agency dateline's dates
(``الرياض 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس``) date the dispatch itself. The actors
and regions of an event are the gazetteer mentions inside its clause, or in its sentence when
the clause names none.
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache

import pandas as pd

from analysis import schema
from analysis.extract.dates.calendar import CAL
from analysis.extract.event_lexicon import PLOVER_CATEGORIES, EventLexicon, EventType, EventTypesError, load_event_types
from analysis.extract.event_reading import read_events, sentence_types
from analysis.text.normalize import normalize

__all__ = [
    "EVENT_COLUMNS", "PLOVER_CATEGORIES", "EventLexicon", "EventType", "EventTypesError", "classify_event",
    "classify_event_at", "classify_events", "classify_events_at", "events_table", "load_event_types", "read_events",
]  # fmt: skip

EVENT_COLUMNS = schema.EVENTS.names


def classify_events_at(
    sentences: list[str], spans: list[tuple[int, int]], lexicon: EventLexicon | None = None
) -> list[str]:
    """The event type of each date expression ``sentences[k][a:b]`` (see :func:`read_events`)."""
    return read_events(sentences, spans, lexicon=lexicon)[0]


def classify_event_at(sentence: str, start: int, end: int, lexicon: EventLexicon | None = None) -> str:
    """The event type of the date expression at ``sentence[start:end]``.

    >>> classify_event_at("قتل جنود أتراك، ونشرت تركيا قوات إضافية في نهاية الأسبوع", 43, 56)
    'deployment'
    """
    return classify_events_at([sentence], [(start, end)], lexicon)[0]


def classify_event(sentence: str, lexicon: EventLexicon | None = None) -> str:
    """The event type of a sentence as a whole: ``"نفذت طائرات روسية الأربعاء ضربات على إدلب"`` → ``strike``.

    The type listed first in the lexicon among those whose keywords (senses read) occur wins.
    """
    return classify_events([sentence], lexicon)[0]


def classify_events(sentences: list[str], lexicon: EventLexicon | None = None) -> list[str]:
    """:func:`classify_event` of many sentences, normalised and scanned in one pass."""
    return sentence_types(sentences, lexicon)


@lru_cache(maxsize=1)
def _named_day_heads() -> dict[date, frozenset[str]]:
    """The head words of each named day's phrases (calendar.yaml: ``هجمات 11 سبتمبر`` → هجمات for 2001-09-11)."""
    heads: dict[date, set[str]] = {}
    for phrase, day in CAL.named_days.items():
        heads.setdefault(day, set()).add(phrase.split()[0])
    return {day: frozenset(words) for day, words in heads.items()}


def named_day_type(date_text: str, day: date | None, lexicon: EventLexicon) -> str | None:
    """The type of the event a named day names (``event_types.yaml``'s ``named_days``), when ``date_text``
    is written with the day's head (``بأحداث 11 سبتمبر (أيلول) 2001``, ``هجمات 11 سبتمبر``); else None.

    >>> named_day_type("هجمات 11 سبتمبر", date(2001, 9, 11), load_event_types())
    'bombing'
    """
    if day is None or day not in lexicon.named_days:
        return None
    words = normalize(date_text).split()
    if not words:
        return None
    first, heads = words[0], _named_day_heads().get(day, frozenset())
    # proclitics: و، ف، ب، ل، ك, one or two of them ("وبأحداث", "لهجمات")
    if first in heads or first[1:] in heads or (first[:1] in "وف" and first[2:] in heads):
        return lexicon.types[lexicon.named_days[day]].id
    return None


#: At most this many characters between a name and the relative pronoun after it: the antecedent of the relative clause.
ANTECEDENT_GAP = 3


def _pair_types(events: pd.DataFrame, fallback: str) -> None:
    """A day written twice, the second right after the first, is one event: "تنفيذ حكم القتل ... أمس الأربعاء 20/ 10/
    1436ه" dates one execution, so the second left untyped (``fallback``) takes the first's type."""
    rows = list(zip(events.index, events["doc_id"], events["sentence_idx"], events["start"], events["end"],
                    events["date_start"], events["date_end"], events["event_type"]))  # fmt: skip
    text = events["sentence"].tolist()
    bases = events["sentence_start"].fillna(0).astype("int64").tolist()
    last: dict[tuple, tuple] = {}
    for k, (i, doc, sent, a, b, ds, de, kind) in enumerate(rows):
        before = last.get((doc, sent))
        last[(doc, sent)] = (a, b, ds, de, kind)
        if (
            before is None
            or kind != fallback
            or before[4] == fallback
            or ds is None
            or (before[2], before[3]) != (ds, de)
        ):
            continue
        gap = (text[k] or "")[before[1] - bases[k] : a - bases[k]]
        if before[1] <= a and gap.strip() in ("", "الموافق"):
            events.at[i, "event_type"] = before[4]
            last[(doc, sent)] = (a, b, ds, de, before[4])


def events_table(date_mentions: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """Join date expressions to their sentences, clauses' entities and event types.

    ``date_mentions``: doc_id, sentence_idx, date_text, start, end, date_start, date_end,
    precision, resolved (one row per expression). Returns :data:`EVENT_COLUMNS`;
    ``actors``/``regions`` are tuples of the entity ids mentioned in the date's clause (in its
    sentence when the clause names none), sorted.
    """
    if date_mentions.empty:
        return schema.EVENTS.empty()
    named: dict[tuple, list[tuple[int, int, str, str]]] = {}  # (doc, sentence) -> (start, end, kind, id)
    for doc_id, sentence_idx, kind, entity_id, start, end in zip(
        *(mentions[c].tolist() for c in ("doc_id", "sentence_idx", "entity_kind", "entity_id", "start", "end"))
    ):
        named.setdefault((doc_id, sentence_idx), []).append((start, end, kind, entity_id))
    events = date_mentions.merge(
        sentences[["doc_id", "sentence_idx", "start"]].rename(columns={"start": "sentence_start"}),
        on=["doc_id", "sentence_idx"],
        how="left",
    )
    # The sentence by reference: the sentences table's own string in every event of it, not a
    # copy per event (a long sentence with many dates would cost events × its length).
    events = schema.join_sentences(events, sentences)
    bases = events["sentence_start"].fillna(0).astype("int64").tolist()
    keys = list(zip(events["doc_id"].tolist(), events["sentence_idx"].tolist()))
    within = [(a - s, b - s) for a, b, s in zip(events["start"].tolist(), events["end"].tolist(), bases)]
    masks = [[(a - s, b - s) for a, b, _, _ in named.get(key, ())] for key, s in zip(keys, bases)]
    events["event_type"], clauses, relatives = read_events(
        [t or "" for t in events["sentence"].to_numpy()], within, masks, relative=True, owners=keys
    )
    lexicon = load_event_types()
    _pair_types(events, lexicon.types[-1].id)
    if lexicon.named_days:
        # A named day is its own event (هجمات 11 سبتمبر: a bombing), whatever keyword stands near it.
        candidates = events["date_start"].isin(list(lexicon.named_days)) & events["date_start"].eq(events["date_end"])
        for i in events.index[candidates]:
            named_type = named_day_type(str(events.at[i, "date_text"]), events.at[i, "date_start"], lexicon)
            if named_type is not None:
                events.at[i, "event_type"] = named_type
    if "when" in events:
        # A report names the time it speaks of, not its own: "نشر مركز «بيو» تقريرا يتنبأ بمستقبل الإنترنت
        # عام 2050" is no statement of 2050 (a weak type never types a target).
        weak = [t.id for t in lexicon.types if t.weak]
        events.loc[events["event_type"].isin(weak) & events["when"].eq("target"), "event_type"] = lexicon.types[-1].id
    limited = [t for t in lexicon.types if t.longest_range_days is not None]
    if limited and "extent" in events:
        # A span of years is no act of a day: "تولى رئاسة الجامعة تباعًا الدكاترة: فؤاد أفرام البستاني (1953 - 1970)" is
        # a tenure, no appointment (event_types.yaml's longest_range_days).
        end, start = (pd.to_datetime(events[c], errors="coerce") for c in ("date_end", "date_start"))
        days = (end - start).dt.days
        for t in limited:
            long = events["event_type"].eq(t.id) & events["extent"].eq("range") & days.gt(t.longest_range_days)
            events.loc[long, "event_type"] = lexicon.types[-1].id
    actors, regions = [], []
    for key, s, (a, b), (ra, rb) in zip(keys, bases, clauses, relatives):
        in_sentence = named.get(key, ())
        # a date in a relative clause that names someone or somewhere has that clause's: the martyr's death "الذي استشهد
        # يوم أمس بمنطقة جازان" is Jazan's, not King Salman's whose condolences the sentence conveys
        # (with its antecedent, when a name stands right before the pronoun: "عادل الجبير الذي وصل أمس")
        relative = [m for m in in_sentence if m[0] >= s + ra and m[1] <= s + rb]
        if relative and ra > a:
            relative += [m for m in in_sentence if s + ra - ANTECEDENT_GAP <= m[1] <= s + ra]
        inside = relative or [m for m in in_sentence if m[0] >= s + a and m[1] <= s + b] or in_sentence
        actors.append(tuple(sorted({m[3] for m in inside if m[2] == "actor"})))
        regions.append(tuple(sorted({m[3] for m in inside if m[2] == "region"})))
    events["actors"], events["regions"] = actors, regions
    events = events.drop(columns="sentence_start")
    # Corpus order, then reading order: the same however the corpus was split into batches.
    doc_order = pd.Series(pd.factorize(events["doc_id"])[0], index=events.index)
    events = events.assign(_doc=doc_order).sort_values(["_doc", "start"], kind="stable").drop(columns="_doc")
    events = events.reset_index(drop=True)
    events["plover"] = events["event_type"].map(load_event_types().plover())
    events["event_id"] = events["doc_id"].astype(str) + ":" + events.groupby("doc_id").cumcount().add(1).astype(str)
    return events[EVENT_COLUMNS]

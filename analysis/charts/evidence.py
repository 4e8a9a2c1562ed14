"""The sentences behind a chart, in the article's own (logical-order) text.

Each ``evidence_*`` takes ``(tables, options, entities, limit)`` and returns at most ``limit``
rows of :data:`EVIDENCE_COLUMNS`, one per sentence, with ``why`` naming what the sentence shows.
"""

from __future__ import annotations

import pandas as pd

from analysis.aggregate.comentions import comention_evidence
from analysis.aggregate.places import places_table
from analysis.aggregate.timeline import events_starting, view_events
from analysis.charts.captions import heatmap_pairs, network_pairs
from analysis.charts.summaries import (
    arabic_day,
    arabic_names,
    corpus_terms,
    event_count_table,
    event_type_ar,
    theme_term_list,
    top_entity_ids,
)
from analysis.schema import CorpusTables
from analysis.text.normalize import normalize
from analysis.text.spellings import one_spelling
from analysis.viz import heatmap
from analysis.viz.style import clean_text

EVIDENCE_COLUMNS = ["doc_id", "sentence_idx", "text", "title", "published", "why"]


def sentence_rows(tables: CorpusTables, keys: pd.DataFrame, why: list[str] | pd.Series) -> pd.DataFrame:
    """Evidence rows for (doc_id, sentence_idx) ``keys`` in that order, with article title and date."""
    if len(keys) == 0:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    keys = keys[["doc_id", "sentence_idx"]].reset_index(drop=True).assign(why=list(why))
    rows = keys.merge(tables.sentences[["doc_id", "sentence_idx", "text"]], on=["doc_id", "sentence_idx"], how="left")
    rows = rows.merge(tables.documents[["doc_id", "title", "published"]], on="doc_id", how="left")
    rows["text"] = rows["text"].map(clean_text)
    rows = rows[rows["text"] != ""].drop_duplicates(["doc_id", "sentence_idx"])
    return rows[EVIDENCE_COLUMNS].reset_index(drop=True)


def entity_evidence(tables: CorpusTables, ids: list[str], names: dict, limit: int) -> pd.DataFrame:
    """Sentences naming the most of ``ids`` (ties: the first in corpus order)."""
    if not ids:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    rank = {e: i for i, e in enumerate(ids)}
    hits = tables.mentions[tables.mentions["entity_id"].isin(ids)]
    if hits.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    grouped = hits.groupby(["doc_id", "sentence_idx"])["entity_id"].agg(lambda s: sorted(set(s), key=rank.__getitem__))
    frame = grouped.reset_index(name="ids")
    frame["n"] = frame["ids"].map(len)
    frame["best"] = frame["ids"].map(lambda s: rank[s[0]])
    frame = frame.sort_values(["n", "best", "doc_id", "sentence_idx"], ascending=[False, True, True, True]).head(limit)
    why = frame["ids"].map(lambda s: "، ".join(names.get(e, e) for e in s))
    return sentence_rows(tables, frame, why)


def pair_evidence(tables: CorpusTables, pairs: pd.DataFrame, window: str, names: dict, limit: int) -> pd.DataFrame:
    """Sentences behind the strongest of ``pairs`` (co-mention rows, strongest first) in ``window``."""
    parts: list[pd.DataFrame] = []
    seen: set[tuple[str, int]] = set()
    for a, b in zip(pairs["entity_a"], pairs["entity_b"]):
        found = comention_evidence(tables.mentions, tables.sentences, a, b, window=window)
        found = found[[(d, s) not in seen for d, s in zip(found["doc_id"], found["sentence_idx"])]]
        if found.empty:
            continue
        found = found.head(max(1, limit // 3))
        seen.update(zip(found["doc_id"], found["sentence_idx"]))
        parts.append(sentence_rows(tables, found, [f"{names.get(a, a)} + {names.get(b, b)}"] * len(found)))
        if len(seen) >= limit:
            break
    if not parts:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    return pd.concat(parts, ignore_index=True).head(limit)


def terms_evidence(tables: CorpusTables, terms: list[str], limit: int) -> pd.DataFrame:
    """KWIC-like: sentences containing the most of ``terms`` (compared in normalised form)."""
    terms = [t for t in dict.fromkeys(clean_text(t) for t in terms) if t]
    if not terms or tables.sentences.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    normalized_terms = [(t, f" {one_spelling(normalize(t))} ") for t in terms]
    sentences = tables.sentences
    found = []
    for doc_id, idx, text in zip(sentences["doc_id"], sentences["sentence_idx"], sentences["text"]):
        padded = f" {one_spelling(normalize(str(text)))} "  # the term عبدالعزيز in «عبد العزيز»
        hits = [t for t, n in normalized_terms if n in padded]
        if hits:
            found.append((doc_id, idx, hits))
    found.sort(key=lambda r: (-len(r[2]), terms.index(r[2][0])))
    frame = pd.DataFrame(found[:limit], columns=["doc_id", "sentence_idx", "hits"])
    return sentence_rows(tables, frame, frame["hits"].map("، ".join) if len(frame) else [])


def evidence_top(kind: str):
    def evidence_(tables, options, entities, limit):
        ids = top_entity_ids(tables, kind, min(options.get("top_n", 20), 5), options.get("count", "mentions"))
        return entity_evidence(tables, ids, arabic_names(entities), limit)

    return evidence_


def evidence_pairs(tables, options, entities, limit):
    pairs = heatmap_pairs(tables, options, entities)
    return pair_evidence(tables, pairs, options.get("window", "sentence"), arabic_names(entities), limit)


def evidence_network(tables, options, entities, limit):
    pairs = network_pairs(tables, options, entities)
    return pair_evidence(tables, pairs, options.get("window", "sentence"), arabic_names(entities), limit)


def evidence_actor_region(tables, options, entities, limit):
    shown = {k: options[k] for k in ("count", "top_actors", "top_regions") if k in options}
    pairs = heatmap.actor_region_pairs(tables.mentions, **shown)  # the chart's cells, largest first
    if pairs.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    names = arabic_names(entities)
    parts, seen = [], set()
    top = pairs.head(5)
    wanted = {i for pair in top.index for i in pair}
    mentions = tables.mentions[tables.mentions["entity_id"].isin(wanted)]  # once, not once per pair
    sentences = mentions.groupby(["doc_id", "sentence_idx"])["entity_id"].agg(set)
    for actor, region in top.index:
        both = sentences[sentences.map(lambda s, a=actor, r=region: a in s and r in s)]
        keys = [k for k in both.index if k not in seen][: max(1, limit // 3)]
        seen.update(keys)
        if keys:
            frame = pd.DataFrame(keys, columns=["doc_id", "sentence_idx"])
            parts.append(
                sentence_rows(tables, frame, [f"{names.get(actor, actor)} + {names.get(region, region)}"] * len(keys))
            )
        if len(seen) >= limit:
            break
    return pd.concat(parts, ignore_index=True).head(limit) if parts else pd.DataFrame(columns=EVIDENCE_COLUMNS)


def evidence_timeline(tables, options, entities, limit):
    """The most recently published events of the view, those naming most actors first."""
    if tables.events.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    rows = view_events(tables.events, tables.documents, options.get("view", "news"))
    rows = rows.assign(n_actors=rows["actors"].map(len), _order=range(len(rows)))
    rows = (
        rows.sort_values(["n_actors", "_order"], ascending=[False, True], kind="stable")
        .drop_duplicates(["doc_id", "sentence_idx"])
        .head(limit)
    )
    why = [f"{event_type_ar(t)} · {arabic_day(s)}" for s, t in zip(rows["first_day"], rows["event_type"])]
    return sentence_rows(tables, rows, why)


def evidence_event_counts(tables, options, entities, limit):
    """The sentences of the busiest period's events (the first spike, else the highest bar)."""
    if tables.events.empty:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    counts = event_count_table(tables, options)
    if counts.empty or counts["events"].max() == 0:
        return pd.DataFrame(columns=EVIDENCE_COLUMNS)
    spikes = counts[counts["spike"]]
    top = (spikes if len(spikes) else counts).sort_values(["events", "period_start"], ascending=[False, True]).iloc[0]
    rows = view_events(tables.events, tables.documents, options.get("view", "news"))
    rows = events_starting(rows, top["period_start"], top["period_end"]).drop_duplicates(["doc_id", "sentence_idx"])
    rows = rows.head(limit)
    why = [f"{event_type_ar(t)} · {arabic_day(top['period_start'])}" for t in rows["event_type"]]
    return sentence_rows(tables, rows, why)


def evidence_mentions_over_time(tables, options, entities, limit):
    ids = options.get("entity_ids") or top_entity_ids(
        tables, options.get("kind", "actor"), min(options.get("top_n", 8), 4)
    )
    return entity_evidence(tables, list(ids), arabic_names(entities), limit)


def evidence_top_terms(tables, options, entities, limit):
    return terms_evidence(tables, list(corpus_terms(tables, 6).index), limit)


def evidence_theme_terms(tables, options, entities, limit):
    return terms_evidence(tables, theme_term_list(tables, 6), limit)


def evidence_sources(tables, options, entities, limit):
    docs = tables.documents.sort_values("published", ascending=False).head(limit)
    keys = pd.DataFrame({"doc_id": docs["doc_id"], "sentence_idx": 0})
    return sentence_rows(tables, keys, ["افتتاحية المقالة"] * len(keys))


def evidence_places(tables, options, entities, limit):
    ids = list(places_table(tables.mentions, entities)["entity_id"].head(5))
    return entity_evidence(tables, ids, arabic_names(entities), limit)

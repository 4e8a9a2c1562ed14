"""What captions and evidence both read from the tables: the entities' Arabic names, the most
mentioned entities, the corpus's strongest terms, the themes' terms, the article count in Arabic."""

from __future__ import annotations

import pandas as pd

from analysis.aggregate.membership import is_in
from analysis.aggregate.timeline import auto_period, event_counts, publication_window, view_events, view_range
from analysis.extract.dates import format_arabic_date
from analysis.extract.events import load_event_types
from analysis.schema import CorpusTables, as_date
from analysis.text.plurals import count_phrase
from analysis.viz.bars import entity_counts
from analysis.viz.heatmap import heatmap_entities
from analysis.viz.style import clean_text


def arabic_names(entities: pd.DataFrame) -> dict[str, str]:
    """entity_id → Arabic name (English, then the id, when it has none)."""
    if entities is None or entities.empty:
        return {}
    arabic = entities["name_ar"] if "name_ar" in entities else [None] * len(entities)
    english = entities["name_en"] if "name_en" in entities else [None] * len(entities)
    return {
        str(i): clean_text(ar) or clean_text(en) or str(i) for i, ar, en in zip(entities["entity_id"], arabic, english)
    }


def top_entity_ids(tables: CorpusTables, kind: str | None, top_n: int, count: str = "mentions") -> list[str]:
    counts = entity_counts(tables.mentions, count=count, kind=kind)
    return [str(i) for i in counts.head(top_n).index]


def corpus_terms(tables: CorpusTables, top_n: int) -> pd.Series:
    """Term → summed TF-IDF weight over the selected articles, largest first."""
    terms = tables.doc_terms
    if terms.empty:
        return pd.Series(dtype=float)
    return terms.groupby("term")["weight"].sum().sort_values(ascending=False).head(top_n)


def theme_term_list(tables: CorpusTables, n: int) -> list[str]:
    themes_table = tables.themes.sort_values(["rank", "theme_id"])
    return list(dict.fromkeys(themes_table["term"]))[:n]


def n_articles(tables: CorpusTables) -> str:
    """The article count in Arabic, in the number the count wants (``5 مقالات``, ``11 مقالةً``)."""
    return count_phrase(len(tables.documents), "article")


def arabic_day(value) -> str:
    """A day written out for an Arabic line: ``2019-03-14`` → ``14 مارس 2019`` (digits joined by
    hyphens come out reversed inside right-to-left text, and ``14-03-2019`` is no Arabic)."""
    day = as_date(value)
    return format_arabic_date(day) if day is not None else ""


def kind_pairs(comentions: pd.DataFrame, entities: pd.DataFrame, kind: str | None = "actor") -> pd.DataFrame:
    """The co-mention rows whose two entities are both of ``kind`` in the gazetteer (all rows for None).

    The co-mention heatmap and the network of the Actors page show pairs of actors: a region
    (إدلب) is co-mentioned with an actor in nearly every sentence and would crowd them out.
    """
    if kind is None or comentions.empty or entities is None or entities.empty:
        return comentions
    ids = set(entities.loc[entities["kind"] == kind, "entity_id"].astype(str))
    return comentions[is_in(comentions["entity_a"], ids) & is_in(comentions["entity_b"], ids)]


#: The co-mention heatmap's entity count when its options do not say (the Actors page's).
HEATMAP_TOP_N = 25


def heatmap_pairs(tables: CorpusTables, options: dict, entities: pd.DataFrame) -> pd.DataFrame:
    """The co-mention rows the co-mention heatmap draws with ``options``: pairs of actors in its
    window among the entities it shows (``top_n`` or ``include``), strongest first."""
    window = options.get("window", "sentence")
    pairs = kind_pairs(tables.comentions, entities, "actor")
    shown = set(
        heatmap_entities(
            pairs, window=window, top_n=options.get("top_n", HEATMAP_TOP_N), include=options.get("include")
        )
    )
    pairs = pairs[(pairs["window"] == window) & pairs["entity_a"].isin(shown) & pairs["entity_b"].isin(shown)]
    return pairs.sort_values(["count", "entity_a", "entity_b"], ascending=[False, True, True])


def event_type_ar(event_type: str) -> str:
    """An event type's Arabic name (``analysis/data/event_types.yaml``)."""
    return load_event_types().labels("ar").get(str(event_type), str(event_type))


def event_count_table(tables: CorpusTables, options: dict) -> pd.DataFrame:
    """The counts the ``event_counts`` chart draws (:func:`analysis.aggregate.timeline.event_counts`)."""
    view = options.get("view", "news")
    rows = view_events(tables.events, tables.documents, view)
    span = view_range(rows, tables.documents, view)
    if rows.empty or span is None:
        return event_counts(rows.iloc[0:0], period="day", start=None, end=None)
    period = options.get("period", "auto")
    period = auto_period(*span) if period == "auto" else period
    window = publication_window(tables.documents)
    baseline = (window.first, window.last) if (window is not None and view == "news") else None
    return event_counts(rows, period=period, start=span[0], end=span[1], baseline=baseline)

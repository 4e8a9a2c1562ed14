"""The events table as analysts read it (shared by the timeline and the article reader)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.aggregate.membership import is_in
from dashboard import data
from dashboard.context import doc_label
from dashboard.i18n import code_label, t
from dashboard.markup import article_url


def events_table(events: pd.DataFrame, documents: pd.DataFrame, params: dict, lang: str) -> pd.DataFrame:
    """The events for reading, in the order given: the sentence first, then when it was published
    and what date it names; names instead of ids, the article's title and a link to it."""

    label: dict[str, str] = {}  # each entity named once, not once per event (3,000 rows on 30k articles)

    def names(ids: list[str]) -> str:
        return "، ".join(label.get(i) or label.setdefault(i, data.entity_name(i, lang)) for i in ids)

    published = {}
    if "published" in documents:  # the events' articles only, not the whole corpus's on every run
        theirs = documents[is_in(documents["doc_id"], set(events["doc_id"].tolist()))]
        published = dict(zip(theirs["doc_id"], theirs["published"]))

    def codes(prefix: str, values: pd.Series) -> list:
        """Each code named once, not once per row."""
        named = {v: code_label(prefix, v) for v in pd.unique(values) if isinstance(v, str)}
        return [named.get(v) if isinstance(v, str) else None for v in values]

    return pd.DataFrame(
        {
            "sentence": events["sentence"],
            "published": [published.get(d) for d in events["doc_id"]],
            "date_text": events["date_text"],
            "date_start": events["date_start"],
            "date_end": events["date_end"],
            "when": codes("when", events["when"]),
            "event_type": [data.event_type_name(e, lang) for e in events["event_type"]],
            "actors": [names(a) for a in events["actors"]],
            "regions": [names(r) for r in events["regions"]],
            "article": [doc_label(documents, d, max_chars=50) for d in events["doc_id"]],
            "link": [article_url(d, params) for d in events["doc_id"]],
            "precision": codes("precision", events["precision"]),
            "extent": codes("extent", events["extent"]),
            "event_id": events["event_id"],
        },
        index=events.index,
    )


def events_column_config() -> dict:
    """The link column as a link to the reader, the sentence column wide."""
    return {
        "link": st.column_config.LinkColumn(t("col_link"), display_text=t("open_article")),
        "sentence": st.column_config.TextColumn(t("col_sentence"), width="large"),
    }

"""The events table as analysts read it (shared by the timeline and the article reader)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import data
from dashboard.context import doc_label
from dashboard.i18n import code_label, t
from dashboard.markup import article_url


def events_table(events: pd.DataFrame, documents: pd.DataFrame, params: dict, lang: str) -> pd.DataFrame:
    """The events for reading: names instead of ids, the article's title and a link to it."""

    label: dict[str, str] = {}  # each entity named once, not once per event (3,000 rows on 30k articles)

    def names(ids: list[str]) -> str:
        return "، ".join(label.get(i) or label.setdefault(i, data.entity_name(i, lang)) for i in ids)

    return pd.DataFrame(
        {
            "date_text": events["date_text"],
            "date_start": events["date_start"],
            "date_end": events["date_end"],
            "precision": [code_label("precision", p) for p in events["precision"]],
            "event_type": [data.event_type_name(e, lang) for e in events["event_type"]],
            "actors": [names(a) for a in events["actors"]],
            "regions": [names(r) for r in events["regions"]],
            "sentence": events["sentence"],
            "article": [doc_label(documents, d, max_chars=50) for d in events["doc_id"]],
            "link": [article_url(d, params) for d in events["doc_id"]],
            "event_id": events["event_id"],
        }
    )


def events_column_config() -> dict:
    """The link column as a link to the reader, the sentence column wide."""
    return {
        "link": st.column_config.LinkColumn(t("col_link"), display_text=t("open_article")),
        "sentence": st.column_config.TextColumn(t("col_sentence"), width="large"),
    }

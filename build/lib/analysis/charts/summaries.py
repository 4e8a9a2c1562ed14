"""What captions and evidence both read from the tables: the entities' Arabic names, the most
mentioned entities, the corpus's strongest terms, the themes' terms, the article count in Arabic."""

from __future__ import annotations

import pandas as pd

from analysis.schema import CorpusTables
from analysis.viz.bars import entity_counts
from analysis.viz.style import clean_text


def arabic_names(entities: pd.DataFrame) -> dict[str, str]:
    """entity_id → Arabic name (English, then the id, when it has none)."""
    if entities is None or entities.empty:
        return {}
    out = {}
    for row in entities.to_dict("records"):
        out[str(row["entity_id"])] = (
            clean_text(row.get("name_ar")) or clean_text(row.get("name_en")) or row["entity_id"]
        )
    return out


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
    return f"{len(tables.documents)} مقالة"

"""What the pages of a queried build share (``dashboard/views/queried/``): the notice
that says the corpus is queried, the sentences behind a number, read from the build, and what a
chart keeps in a briefing beside its figure (its caption and evidence, :mod:`analysis.briefing.queried_notes`)."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import streamlit as st

from analysis.aggregate.filters import FilterSpec
from analysis.briefing.csv_export import csv_bytes
from analysis.briefing.queried_notes import (
    articles_note,
    attention_note,
    entity_note,
    events_note,
    key_items_note,
    pair_note,
    terms_note,
    theme_share_note,
    theme_terms_note,
    themes_note,
)
from dashboard import data
from dashboard.context import QueriedContext
from dashboard.i18n import t
from dashboard.markup import highlight, rtl_block
from dashboard.widgets import where_html

#: Sentences shown under a chart (the CSV holds up to :data:`EVIDENCE_CSV`).
MAX_EVIDENCE = 60
EVIDENCE_CSV = 5_000
Note = Callable[[], tuple[str, pd.DataFrame]]


def kept_entities(ctx: QueriedContext, top: pd.DataFrame, kind: str) -> Note:
    """``kept`` of :func:`dashboard.widgets.show_chart` for a chart of the entities ``top`` (its
    leading two, the first's sentences), asked only when the chart is added to a briefing."""
    return lambda: entity_note(
        data.build_queries(ctx.corpus), ctx.spec, top, kind, ctx.counts["articles"], ctx.entities
    )


def kept_pairs(ctx: QueriedContext, pairs: pd.DataFrame, window: str) -> Note:
    """``kept`` for a co-mention chart: its strongest pair and the sentences behind it."""
    return lambda: pair_note(data.build_queries(ctx.corpus), ctx.spec, pairs, window, ctx.counts["articles"],
                             ctx.entities)  # fmt: skip


def kept_themes(ctx: QueriedContext, summary: pd.DataFrame, themes: pd.DataFrame) -> Note:
    """``kept`` for the themes the selection leads: the first, and sentences holding its first term."""
    return lambda: themes_note(data.build_queries(ctx.corpus), ctx.spec, summary, themes, ctx.counts["articles"])


def kept_terms(ctx: QueriedContext, terms: pd.DataFrame) -> Note:
    """``kept`` for the selection's key terms: the first four, and sentences holding the first."""
    return lambda: terms_note(data.build_queries(ctx.corpus), ctx.spec, terms, ctx.counts["articles"])


def kept_events(ctx: QueriedContext, per_month: pd.DataFrame, whens, news: bool) -> Note:
    """``kept`` for the events per month: how many, when, the commonest type, the newest events' sentences."""
    return lambda: events_note(data.build_queries(ctx.corpus), ctx.spec, per_month, whens, ctx.counts["articles"],
                               news=news)  # fmt: skip


def kept_articles(ctx: QueriedContext, per_month: pd.DataFrame) -> Note:
    """``kept`` for the articles per month: how many, when, the busiest month and source, its newest leads."""
    return lambda: articles_note(data.build_queries(ctx.corpus), ctx.spec, per_month)


def kept_theme_terms(ctx: QueriedContext, themes: pd.DataFrame, theme_ids) -> Note:
    """``kept`` for the themes' top terms: how many, the first's name and terms, sentences holding one."""
    return lambda: theme_terms_note(data.build_queries(ctx.corpus), ctx.spec, themes, list(theme_ids))


def kept_theme_shares(ctx: QueriedContext, shares: pd.DataFrame, themes: pd.DataFrame) -> Note:
    """``kept`` for the themes' shares per month: the largest, and sentences holding one of its terms."""
    return lambda: theme_share_note(data.build_queries(ctx.corpus), ctx.spec, shares, themes, ctx.counts["articles"])


def kept_key_items(
    ctx: QueriedContext, table: pd.DataFrame, side: str, what: str, side_spec: FilterSpec,
    names: tuple[str, str], labels: dict,
) -> Note:  # fmt: skip
    """``kept`` for one side's key items of a comparison: the first four, the first's sentences on that side."""
    return lambda: key_items_note(data.build_queries(ctx.corpus), table, side, what, side_spec, names, dict(labels))


def kept_attention(
    ctx: QueriedContext, table: pd.DataFrame, what: str, item: str, name: str, spec: FilterSpec, source_names: dict
) -> Note:
    """``kept`` for the sources' attention to a compared item: its highest share, the item's sentences."""
    return lambda: attention_note(data.build_queries(ctx.corpus), table, what, item, name, spec, dict(source_names))


def queried_notice(ctx: QueriedContext) -> None:
    st.caption(t("q_notice", n=f"{ctx.total:,}"))


def sentences_html(
    rows: pd.DataFrame, params: dict, *, limit: int = MAX_EVIDENCE, pair: tuple[str, str] | None = None
) -> str:
    """The first ``limit`` sentences of ``rows`` (doc_id, title, source, published, text), right to
    left and escaped, each with its article (a link to the reader), source and date; a mention's
    words marked where ``rows`` has ``mark_start`` and ``mark_end`` (offsets in the sentence), or
    the two entities of ``pair`` where it has ``marks`` (:meth:`BuildQueries.pair_sentences`)."""
    documents = rows[["doc_id", "title"]].drop_duplicates("doc_id")
    name = data.entity_name
    blocks = []
    for row in rows.head(limit).itertuples():
        spans = []
        if "mark_start" in rows and pd.notna(row.mark_start):
            spans = [(int(row.mark_start), int(row.mark_end), "pair_a", str(getattr(row, "surface", "")))]
        if "marks" in rows and pair:  # a pair's sentences: each of its two entities in a style of its own
            base = int(row.sentence_start)
            spans = [
                (int(m["s"]) - base, int(m["e"]) - base, "pair_a" if m["id"] == pair[0] else "pair_b", name(m["id"]))
                for m in row.marks
            ]
        where = where_html(row.doc_id, documents, params, source=row.source, published=row.published)
        blocks.append(rtl_block(f"{highlight(str(row.text), spans)}{where}", css_class="rtl-text evidence"))
    return "".join(blocks)


def articles_html(rows: pd.DataFrame, params: dict, *, limit: int = MAX_EVIDENCE) -> str:
    """The first ``limit`` articles of ``rows`` (doc_id, title, source, published), each its title
    (a link to the reader), source and date, right to left and escaped."""
    documents = rows[["doc_id", "title"]].drop_duplicates("doc_id")
    return "".join(
        rtl_block(where_html(row.doc_id, documents, params, source=row.source, published=row.published),
                  css_class="rtl-text evidence")
        for row in rows.head(limit).itertuples()
    )  # fmt: skip


def entity_evidence(
    ctx: QueriedContext,
    key: str,
    entity_ids: list[str],
    *,
    label: str = "q_entity_pick",
    hint: str = "q_entity_hint",
    list_key: str = "evidence_list",
) -> None:
    """An entity picker (set by a click on a bar, a node or a place; ``label`` and ``hint``: its label's
    and its hint's keys) and the selection's sentences naming it, in the container ``list_key``."""
    st.subheader(t("ac_evidence"), anchor="evidence")
    name = data.entity_labeller(ctx.lang)
    options = list(dict.fromkeys(entity_ids))
    if st.session_state.get(key) not in options:
        st.session_state[key] = None
    chosen = st.selectbox(t(label), options, key=key, index=None, placeholder=t("choose"), format_func=name)
    if not chosen:
        st.caption(t(hint))
        return
    rows = data.ask(ctx.corpus, "entity_sentences", ctx.spec, chosen, limit=MAX_EVIDENCE)
    total = int(rows["total"].iloc[0]) if len(rows) else 0
    more = " · " + t("ac_more", n=MAX_EVIDENCE) if total > MAX_EVIDENCE else ""
    st.caption(t("ac_evidence_one", n=total) + more)
    with st.container(key=list_key):
        st.html(sentences_html(rows, ctx.params))
    queries, spec = data.build_queries(ctx.corpus), ctx.spec
    st.download_button(  # the first EVIDENCE_CSV sentences, read when downloaded
        t("download_csv"), data=lambda: csv_bytes(queries.entity_sentences(spec, chosen, limit=EVIDENCE_CSV)),
        file_name=f"evidence-{chosen}.csv", mime="text/csv", key=f"{key}__csv", on_click="ignore",
        icon=":material/download:",
    )  # fmt: skip

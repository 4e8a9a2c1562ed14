"""Overview of a build too large to load, queried where it lies: the selection's counts, its
articles per month and source, the actors and regions its articles name most, and the sentences
behind any bar (a click, or the list under the charts)."""

from __future__ import annotations

from functools import partial

import streamlit as st

from analysis.viz.bars import counted_entities_bar, monthly_bars
from dashboard import data
from dashboard.context import queried_context, queried_provenance
from dashboard.i18n import t
from dashboard.picks import picked_bar, picked_key
from dashboard.queried_widgets import (
    MAX_EVIDENCE,
    articles_html,
    entity_evidence,
    kept_articles,
    kept_entities,
    queried_notice,
)
from dashboard.widgets import HALF_WIDTH, empty_state, show_chart

TOP = 15


def _pick_entity(key: str) -> None:
    """on_select of a bar chart: the clicked entity's sentences are read below."""
    picked = picked_key(st.session_state.get(key))
    if picked:
        st.session_state["qo_entity"] = picked


def _pick_month() -> None:
    """on_select of the articles per month: the clicked bar's month and source (its ``customdata``)."""
    bar = picked_bar(st.session_state.get("qo_months"))
    if bar:
        st.session_state["qo_month"] = bar


def _month_articles(ctx, per_month) -> None:
    """The articles of the month and source clicked, most recently published first."""
    counted = {(str(m)[:10], str(s)): int(n) for m, s, n in zip(per_month["month"], per_month["source"],
                                                             per_month["articles"])}  # fmt: skip
    bar = st.session_state.get("qo_month")
    if not bar or tuple(bar) not in counted:  # none clicked, or a bar the filters no longer draw
        st.caption(t("q_month_hint"))
        return
    month, source = bar
    rows = data.ask(ctx.corpus, "articles", ctx.spec, limit=MAX_EVIDENCE, month=month, source=source)
    n = counted[tuple(bar)]
    more = " · " + t("ac_more", n=MAX_EVIDENCE) if n > MAX_EVIDENCE else ""
    st.caption(t("q_month_articles", n=n, source=source or t("no_source"), month=month[:7]) + more)
    with st.container(key="month_articles"):
        st.html(articles_html(rows, ctx.params))


def main() -> None:
    ctx = queried_context()
    st.title(t("page_overview"), anchor="overview")
    queried_notice(ctx)
    if ctx.empty:
        empty_state()
        return
    footer = queried_provenance(ctx)  # the charts' provenance footer, made once per run
    counts = ctx.counts
    with st.container(key="overview_metrics", horizontal=True):
        st.metric(t("ov_articles"), f"{counts['articles']:,}")
        st.metric(t("ov_sentences"), f"{counts['sentences']:,}")
        st.metric(t("q_mentions"), f"{counts['mentions']:,}")
        st.metric(t("ov_events"), f"{counts['events']:,}")

    per_month = data.ask(ctx.corpus, "articles_by_month", ctx.spec)
    fig = monthly_bars(
        per_month, value="articles", group="source", names={"": t("no_source")}, lang=ctx.chart_lang,
        title=t("q_articles_by_month"),
        y_title=t("ov_articles"), x_title=t("ov_span"),
    )  # fmt: skip
    with st.container(key="overview_months"):
        show_chart(fig, per_month, "articles-by-month", key="qo_months", footer=footer,
                   on_select=_pick_month, selection_mode=("points",), kept=kept_articles(ctx, per_month))  # fmt: skip
        _month_articles(ctx, per_month)

    left, right = st.columns(2)
    shown: list[str] = []
    tops = data.ask(ctx.corpus, "top_of_each_kind", ctx.spec, limit=TOP, leave_out=tuple(ctx.options.rare))
    for column, kind, title, key in ((left, "actor", "ov_top_actors", "qo_actors"),
                                     (right, "region", "ov_top_regions", "qo_regions")):  # fmt: skip
        top = tops[tops["entity_kind"] == kind].reset_index(drop=True)
        shown += top["entity_id"].tolist()
        fig = counted_entities_bar(top, ctx.entities, count="documents", lang=ctx.chart_lang, title=t(title))
        with column, st.container(key=f"overview_{kind}s"):
            show_chart(
                fig, top, f"top-{kind}s", key=key, on_select=partial(_pick_entity, key), selection_mode=("points",),
                png_width=HALF_WIDTH, footer=footer, kept=kept_entities(ctx, top, kind),
            )  # fmt: skip
    with st.container(key="overview_evidence"):
        entity_evidence(ctx, "qo_entity", shown)


main()

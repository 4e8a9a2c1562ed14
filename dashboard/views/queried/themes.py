"""Themes of a build too large to load, queried where it lies: the themes the selection's articles
lead (a click, or the list, lists the articles a theme weighs most in), each theme's top terms, the
themes' shares per month and the selection's key terms (a click opens the term on the Search page)."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from analysis.aggregate.theme_names import theme_name
from analysis.briefing.csv_export import csv_bytes
from analysis.viz.bars import counted_terms_bar
from analysis.viz.themes import theme_articles_bar, theme_terms_grid
from analysis.viz.timeline import theme_share_bars
from dashboard import data, url
from dashboard.context import queried_context, queried_provenance
from dashboard.i18n import t
from dashboard.markup import esc, rtl_block
from dashboard.picks import picked_key
from dashboard.queried_widgets import (
    EVIDENCE_CSV,
    kept_terms,
    kept_theme_shares,
    kept_theme_terms,
    kept_themes,
    queried_notice,
)
from dashboard.widgets import empty_state, nothing_here, show_chart, where_html

#: Articles listed under the themes' chart (the CSV holds up to :data:`EVIDENCE_CSV`).
MAX_ARTICLES = 40
#: Key terms shown with each listed article, and in the selection's chart.
ARTICLE_TERMS = 6
TOP_TERMS = 25


def _pick_theme() -> None:
    """on_select of the themes' bars: the clicked theme's articles are listed below."""
    picked = picked_key(st.session_state.get("qth_bars"))
    if picked:
        st.session_state["qth_theme"] = int(picked)


def _search_term(chart_key: str) -> None:
    """on_select of a term bar: the Search page opens on the term."""
    term = picked_key(st.session_state.get(chart_key))
    if term:
        st.session_state["qth_go_search"] = term


def theme_articles_html(rows: pd.DataFrame, params: dict) -> str:
    """Each article of ``rows`` (:meth:`BuildQueries.theme_articles` with ``key_terms``), right to left
    and escaped: its title (a link to the reader), source and date, the theme's share of it, and its
    key terms."""
    documents = rows[["doc_id", "title"]]
    blocks = []
    for row in rows.itertuples():
        share = t("qth_share", share=f"{float(row.share):.0%}") + (" · " + t("qth_leads") if row.lead else "")
        key_terms = "، ".join(esc(str(x)) for x in list(row.key_terms)[:ARTICLE_TERMS])
        inner = (
            where_html(row.doc_id, documents, params, source=row.source, published=row.published)
            + f"<div class='theme-share'><bdi>{esc(share)}</bdi></div>"
            + (f"<div class='key-terms'>{key_terms}</div>" if key_terms else "")
        )
        blocks.append(rtl_block(inner, css_class="rtl-text evidence theme-article"))
    return "".join(blocks)


def main() -> None:
    term = st.session_state.pop("qth_go_search", None)
    if term:  # a term bar was clicked
        url.switch_page("views/queried/search.py", q=term)
    ctx = queried_context()
    st.title(t("page_themes"), anchor="themes")
    queried_notice(ctx)
    if ctx.empty:
        empty_state()
        return
    footer = queried_provenance(ctx)  # the charts' provenance footer, made once per run
    themes = data.queried_themes(ctx.corpus)
    summary = data.ask(ctx.corpus, "theme_summary", ctx.spec)
    summary = summary[summary["theme_id"].isin(themes["theme_id"])].reset_index(drop=True)  # hidden ones out
    if summary.empty:
        nothing_here()
        return
    ids = [int(i) for i in summary["theme_id"]]

    with st.container(key="qthemes_bars"):
        fig = theme_articles_bar(summary, themes, lang=ctx.chart_lang, title=t("qth_bars"))
        show_chart(fig, summary, "themes-of-the-selection", key="qth_bars", on_select=_pick_theme,
                   selection_mode=("points",), footer=footer, kept=kept_themes(ctx, summary, themes))  # fmt: skip
        if st.session_state.get("qth_theme") not in ids:
            st.session_state["qth_theme"] = None
        chosen = st.selectbox(
            t("qth_pick"), ids, key="qth_theme", index=None, placeholder=t("choose"),
            format_func=lambda i: f"{i} · {theme_name(themes, i)}",
        )  # fmt: skip
    with st.container(key="qthemes_articles"):
        st.subheader(t("qth_articles"), anchor="theme-articles")
        if chosen is None:
            st.caption(t("qth_hint"))
        else:
            rows = data.ask(
                ctx.corpus, "theme_articles", ctx.spec, int(chosen), limit=MAX_ARTICLES, terms=ARTICLE_TERMS
            )
            total = int(rows["total"].iloc[0]) if len(rows) else 0
            more = " · " + t("qth_more", n=MAX_ARTICLES) if total > MAX_ARTICLES else ""
            st.caption(t("qth_articles_found", n=total, theme=theme_name(themes, int(chosen))) + more)
            with st.container(key="theme_article_list"):
                st.html(theme_articles_html(rows, ctx.params))
            queries, spec, theme = data.build_queries(ctx.corpus), ctx.spec, int(chosen)
            st.download_button(  # the first EVIDENCE_CSV articles, read when downloaded
                t("download_csv"),
                data=lambda: csv_bytes(queries.theme_articles(spec, theme, limit=EVIDENCE_CSV, terms=ARTICLE_TERMS)),
                file_name=f"theme-{theme}-articles.csv", mime="text/csv", key="qth_articles_csv",
                on_click="ignore", icon=":material/download:",
            )  # fmt: skip

    with st.container(key="qthemes_terms"):
        fig = theme_terms_grid(themes, n_terms=8, cols=3, theme_ids=ids, lang=ctx.chart_lang, title=t("th_terms"))
        show_chart(fig, themes[themes["theme_id"].isin(ids)], "themes-top-terms", key="qth_terms",
                   on_select=partial(_search_term, "qth_terms"), selection_mode=("points",), footer=footer,
                   kept=kept_theme_terms(ctx, themes, ids))  # fmt: skip
        st.caption(t("ev_term_help"))

    with st.container(key="qthemes_over_time"):
        shares = data.ask(ctx.corpus, "theme_shares_by_month", ctx.spec)
        shares = shares[shares["theme_id"].isin(ids)]
        fig = theme_share_bars(shares, themes, period="month", lang=ctx.chart_lang, title=t("th_over_time"))
        show_chart(fig, shares, "themes-share-per-month", key="qth_months", footer=footer,
                   kept=kept_theme_shares(ctx, shares, themes))  # fmt: skip

    with st.container(key="qthemes_key_terms"):
        terms = data.ask(ctx.corpus, "top_terms", ctx.spec, limit=TOP_TERMS)
        fig = counted_terms_bar(terms, lang=ctx.chart_lang, title=t("qth_key_terms"))
        show_chart(fig, terms, "key-terms-of-the-selection", key="qth_key_terms",
                   on_select=partial(_search_term, "qth_key_terms"), selection_mode=("points",), footer=footer,
                   kept=kept_terms(ctx, terms))  # fmt: skip
        st.caption(t("ev_term_help"))


main()

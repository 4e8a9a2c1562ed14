"""Themes: top terms per theme, theme weight per article, shares over time, key terms, term search."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.briefing.csv_export import csv_bytes
from analysis.viz.bars import top_terms_bar
from analysis.viz.themes import doc_theme_heatmap, theme_terms_grid
from analysis.viz.timeline import theme_share_over_time
from analysis.viz.wordcloud import word_cloud_png
from dashboard import data
from dashboard.context import context, doc_label
from dashboard.i18n import t
from dashboard.markup import article_href, esc, highlight, link
from dashboard.widgets import add_to_briefing, empty_state, nothing_here, show_chart

PERIODS = ("day", "week", "month", "year")


def kwic_html(hits: pd.DataFrame, documents: pd.DataFrame, params: dict) -> str:
    """Keyword-in-context lines as an RTL table: before · match · after · article link (all escaped)."""
    rows = []
    for hit in hits.itertuples():
        match = highlight(hit.match, [(0, len(hit.match), "match")])
        title = doc_label(documents, hit.doc_id, max_chars=40)
        rows.append(
            f'<tr><td class="pre">{esc(hit.left)}</td><td class="kw">{match}</td>'
            f'<td class="post">{esc(hit.right)}</td>'
            f'<td class="doc">{link(article_href(hit.doc_id, params), title)}</td></tr>'
        )
    return f'<table class="kwic" dir="rtl" lang="ar">{"".join(rows)}</table>'


def main() -> None:
    ctx = context()
    st.title(t("page_themes"), anchor="themes")
    if ctx.empty:
        empty_state()
        return
    view, lang, themes = ctx.view, ctx.chart_lang, ctx.tables.themes
    theme_ids = sorted(view.doc_themes["theme_id"].unique())

    with st.container(key="themes_terms"):
        fig = data.cached_figure(
            ("th_terms", ctx.corpus, tuple(theme_ids), lang),
            lambda: theme_terms_grid(themes, n_terms=8, cols=3, theme_ids=theme_ids, lang=lang, title=t("th_terms")),
        )
        show_chart(
            fig,
            themes[themes["theme_id"].isin(theme_ids)],
            "themes-top-terms",
            key="th_terms_chart",
            chart=("theme_terms", {}),
        )

    left, right = st.columns(2)
    with left, st.container(key="themes_doc_weights"):
        fig = data.cached_figure(
            ("th_doc_weights", ctx.corpus, ctx.spec, lang),
            lambda: doc_theme_heatmap(view.doc_themes, view.documents, themes, lang=lang, title=t("th_doc_weights")),
        )
        show_chart(fig, view.doc_themes, "themes-weight-per-article", key="th_doc_chart", chart=("doc_themes", {}))
    with right, st.container(key="themes_over_time"):
        period = (
            st.segmented_control(
                t("th_period"), PERIODS, key="th_period", format_func=lambda p: t(f"period_{p}"), default="month"
            )
            or "month"
        )
        fig = data.cached_figure(
            ("th_over_time", ctx.corpus, ctx.spec, lang, period),
            lambda: theme_share_over_time(
                view.doc_themes, view.documents, themes, period=period, lang=lang, title=t("th_over_time")
            ),
        )
        table = view.doc_themes.merge(view.documents[["doc_id", "published"]], on="doc_id")
        show_chart(
            fig,
            table,
            f"themes-share-over-time-{period}",
            key="th_time_chart",
            chart=("theme_share", {"period": period}),
        )

    with st.container(key="themes_key_terms"):
        st.subheader(t("th_key_terms"), anchor="key-terms")
        doc_ids = list(view.documents["doc_id"])
        doc_id = st.selectbox(
            t("th_article"),
            doc_ids,
            key="th_doc",
            format_func=lambda d: doc_label(view.documents, d),
            placeholder=t("choose"),
        )
        if doc_id:
            fig = top_terms_bar(view.doc_terms, doc_ids=[doc_id], lang=lang, title=doc_label(view.documents, doc_id))
            show_chart(
                fig, view.doc_terms[view.doc_terms["doc_id"] == doc_id], f"key-terms-{doc_id}", key="th_doc_terms"
            )
            st.html(link(article_href(doc_id, ctx.params), f"{t('open_article')} {t('arabic_forward')}"))

    with st.container(key="themes_wordcloud"):
        st.subheader(t("wordcloud"), anchor="word-cloud")
        terms = view.doc_terms.groupby("term")["weight"].sum().sort_values(ascending=False).head(60)
        # Drawn on request: laying out a cloud takes most of a second, too long to pay on
        # every filter change of a page that is read for its other charts.
        show = st.toggle(t("wordcloud_show"), key="th_wordcloud_show")
        if terms.empty:
            nothing_here()
        elif show:
            png = data.cached_figure(
                ("th_wordcloud", ctx.corpus, ctx.spec), lambda: word_cloud_png(terms, width=1200, height=500)
            )
            st.image(png, width="stretch")
            with st.container(horizontal=True, key="th_wordcloud__exports", gap="small"):
                st.download_button(
                    t("wordcloud_png"), png, file_name="themes-word-cloud.png", mime="image/png",
                    key="th_wordcloud_png", on_click="ignore", icon=":material/download:",
                )  # fmt: skip
                st.button(t("brief_add"), key="th_wordcloud__brief", icon=":material/playlist_add:",
                          on_click=add_to_briefing, args=(("word_cloud", {}),))  # fmt: skip

    with st.container(key="themes_kwic"):
        st.subheader(t("th_search"), anchor="term-search")
        query = st.text_input(t("th_query"), key="kwic_q", placeholder="وقف إطلاق النار")
        if query.strip():
            hits = data.kwic_index(ctx.corpus).search(query, doc_ids=set(view.documents["doc_id"]), limit=300)
            if hits.empty:
                st.caption(t("th_no_hits"))
            else:
                st.caption(t("th_hits", n=len(hits), docs=hits["doc_id"].nunique()))
                st.html(kwic_html(hits, view.documents, ctx.params))
                st.download_button(
                    t("download_csv"), data=lambda: csv_bytes(hits),
                    file_name="term-search.csv", mime="text/csv", key="kwic_csv", on_click="ignore",
                )  # fmt: skip


main()

"""Overview: the selection at a glance; each block leads to its page."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.viz.bars import entity_counts
from dashboard import data
from dashboard.context import context
from dashboard.i18n import t
from dashboard.widgets import chart_figure, empty_state, show_chart


def entity_count_table(mentions: pd.DataFrame, kind: str) -> pd.DataFrame:
    counts = entity_counts(mentions, kind=kind).reset_index()
    counts.insert(1, "name_en", [data.entity_names().get(i, (i, ""))[0] for i in counts["entity_id"]])
    counts.insert(2, "name_ar", [data.entity_names().get(i, ("", ""))[1] for i in counts["entity_id"]])
    return counts.rename(columns={"n": "mentions"})


#: Below this many mentions per article, or above this share of articles with none, the
#: gazetteer is said to cover the corpus poorly.
POOR_PER_ARTICLE = 2.0
POOR_NONE_SHARE = 0.30


def coverage(documents: pd.DataFrame, mentions: pd.DataFrame) -> tuple[float, float]:
    """(gazetteer mentions per article, share of articles with none) of a selection."""
    n = len(documents)
    if n == 0:
        return 0.0, 0.0
    with_any = mentions.loc[mentions["doc_id"].isin(documents["doc_id"]), "doc_id"].nunique()
    per_article = mentions["doc_id"].isin(documents["doc_id"]).sum() / n
    return float(per_article), 1 - with_any / n


def coverage_line(documents: pd.DataFrame, mentions: pd.DataFrame) -> None:
    """ "The gazetteer finds X mentions per article (Y % have none)"; when that is poor, a warning
    that leads to the Gazetteer page's Discover section."""
    per_article, none_share = coverage(documents, mentions)
    text = t("ov_coverage", per=f"{per_article:.1f}", none=f"{100 * none_share:.0f}")
    with st.container(key="overview_coverage"):
        if per_article < POOR_PER_ARTICLE or none_share > POOR_NONE_SHARE:
            st.warning(f"{text} {t('ov_coverage_poor')}", icon=":material/travel_explore:")
            st.page_link("views/gazetteer.py", label=t("go_discover"), icon=":material/travel_explore:")
        else:
            st.caption(text)


def main() -> None:
    ctx = context()
    st.title(t("page_overview"), anchor="overview")
    if ctx.empty:
        empty_state()
        return
    view = ctx.view

    published = sorted(p for p in view.documents["published"] if p)
    # A dash reads right in both directions; a corpus without dates says so (it used to fail here).
    span = f"{published[0]} – {published[-1]}" if published else t("undated")
    with st.container(key="overview_metrics", horizontal=True):
        st.metric(t("ov_articles"), len(view.documents), border=True)
        st.metric(t("ov_sentences"), len(view.sentences), border=True)
        st.metric(t("ov_span"), span, border=True)
        st.metric(t("ov_sources"), view.documents["source"].nunique(), border=True)
        st.metric(t("ov_events"), int(view.events["date_start"].notna().sum()), border=True)

    coverage_line(view.documents, view.mentions)

    left, right = st.columns(2)
    with left, st.container(key="overview_actors"):
        actors = ("top_actors", {"top_n": 10, "title": t("ov_top_actors")})
        show_chart(chart_figure(*actors), entity_count_table(view.mentions, "actor"), "overview-top-actors",
                   key="ov_actors", chart=actors)  # fmt: skip
        st.page_link("views/actors.py", label=t("go_actors"), icon=":material/hub:")
    with right, st.container(key="overview_regions"):
        regions = ("top_regions", {"top_n": 10, "title": t("ov_top_regions")})
        show_chart(chart_figure(*regions), entity_count_table(view.mentions, "region"), "overview-top-regions",
                   key="ov_regions", chart=regions)  # fmt: skip
        st.page_link("views/gazetteer.py", label=t("go_gazetteer"), icon=":material/menu_book:")

    with st.container(key="overview_timeline"):
        # the five busiest types: seventeen lanes squeezed into a small chart would be unreadable
        timeline = ("event_timeline", {"top_lanes": 5, "title": t("ov_timeline")})
        show_chart(chart_figure(*timeline), view.events, "overview-events", key="ov_timeline", chart=timeline)
        st.page_link("views/timeline.py", label=t("go_timeline"), icon=":material/timeline:")

    left, right = st.columns(2)
    with left, st.container(key="overview_themes"):
        doc_ids = set(view.documents["doc_id"])
        themes_in_view = sorted(
            int(i) for i in view.doc_themes.loc[view.doc_themes["doc_id"].isin(doc_ids), "theme_id"].unique()
        )
        themes = ("theme_terms", {"n_terms": 6, "cols": 2, "theme_ids": themes_in_view, "title": t("ov_themes")})
        show_chart(chart_figure(*themes), ctx.tables.themes[ctx.tables.themes["theme_id"].isin(themes_in_view)],
                   "overview-themes", key="ov_themes", chart=themes)  # fmt: skip
        st.page_link("views/themes.py", label=t("go_themes"), icon=":material/category:")
    with right, st.container(key="overview_sources"):
        sources = ("source_counts", {"by": "source", "title": t("ov_sources_chart")})
        fig = chart_figure(*sources)
        table = view.documents.assign(source=view.documents["source"].fillna(t("no_source")))
        show_chart(
            fig,
            table.groupby("source").size().reset_index(name="articles"),
            "overview-sources",
            key="ov_sources",
            chart=sources,
        )
        st.page_link("views/articles.py", label=t("go_articles"), icon=":material/article:")


main()

"""Overview: the selection at a glance; each block leads to its page."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from analysis.aggregate.membership import is_in
from analysis.aggregate.themes import heaviest_themes
from dashboard import data
from dashboard.context import context
from dashboard.i18n import t
from dashboard.picks import picked_key
from dashboard.widgets import (
    HALF_WIDTH,
    MAX_EVIDENCE,
    chart_figure,
    empty_state,
    entity_evidence,
    show_chart,
    where_html,
)


def entity_count_table(totals: pd.Series) -> pd.DataFrame:
    """Mentions per entity (:func:`dashboard.data.entity_totals`) with the entities' names."""
    counts = totals.reset_index()
    names = data.entity_names()
    counts.insert(1, "name_en", [names.get(i, (i, ""))[0] for i in counts["entity_id"]])
    counts.insert(2, "name_ar", [names.get(i, ("", ""))[1] for i in counts["entity_id"]])
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
    inside = is_in(mentions["doc_id"], documents["doc_id"])
    with_any = mentions.loc[inside, "doc_id"].nunique()
    per_article = inside.sum() / n
    return float(per_article), 1 - with_any / n


def coverage_line(per_article: float, none_share: float) -> None:
    """ "The gazetteer finds X mentions per article (Y % have none)" (:func:`coverage`); when that
    is poor, a warning that leads to the Gazetteer page's Discover section."""
    text = t("ov_coverage", per=f"{per_article:.1f}", none=f"{100 * none_share:.0f}")
    with st.container(key="overview_coverage"):
        if per_article < POOR_PER_ARTICLE or none_share > POOR_NONE_SHARE:
            st.warning(f"{text} {t('ov_coverage_poor')}", icon=":material/travel_explore:")
            st.page_link("views/gazetteer.py", label=t("go_discover"), icon=":material/travel_explore:")
        else:
            st.caption(text)


#: The Overview's themes: the selection's heaviest (three rows of the grid); the Themes page has them all.
MAIN_THEMES = 9


def themes_of(view) -> list[int]:
    """The selection's :data:`MAIN_THEMES` heaviest themes (:func:`analysis.aggregate.themes.heaviest_themes`),
    in order of their ids."""
    return heaviest_themes(view.doc_themes, view.documents["doc_id"], MAIN_THEMES)


def pick_entity(chart_key: str) -> None:
    """on_select of a top-actors or top-regions bar: its entity's sentences, below the bars."""
    entity = picked_key(st.session_state.get(chart_key))
    if entity:
        st.session_state["ov_pick"] = entity


def pick_source() -> None:
    """on_select of the sources bar: the articles of the clicked source, under the bars."""
    source = picked_key(st.session_state.get("ov_sources"))
    if source:
        st.session_state["ov_source"] = source


def source_articles(ctx, fig) -> None:
    """The articles of one source, chosen by a click on its bar or in the select box (keyboard),
    most recently published first, each a link to the reader."""
    names = [str(n) for n in (fig.data[0].customdata if fig.data and fig.data[0].customdata is not None else [])]
    if st.session_state.get("ov_source") not in (None, *names):
        st.session_state["ov_source"] = None
    source = st.selectbox(t("ev_source_pick"), names, key="ov_source", index=None, placeholder=t("ac_none"))
    if not source:
        return
    docs = ctx.view.documents
    known = set(docs["source"].dropna().astype(str))
    chosen = docs[docs["source"] == source] if source in known else docs[docs["source"].isna()]
    chosen = chosen.sort_values(
        "published", ascending=False, na_position="last", key=lambda c: pd.to_datetime(c, errors="coerce")
    )
    st.caption(t("ev_source_articles", n=len(chosen)))
    items = "".join(
        f"<li>{where_html(d, docs, ctx.params, source=None, published=p)}</li>"
        for d, p in zip(chosen["doc_id"].head(MAX_EVIDENCE), chosen["published"].head(MAX_EVIDENCE))
    )
    with st.container(key="ov_source_list"):
        st.html(f'<ul class="source-articles" dir="auto">{items}</ul>')


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
        st.metric(t("ov_articles"), f"{len(view.documents):,}", border=True)
        st.metric(t("ov_sentences"), f"{len(view.sentences):,}", border=True)
        st.metric(t("ov_span"), span, border=True)
        st.metric(t("ov_sources"), view.documents["source"].nunique(), border=True)
        st.metric(t("ov_events"), f"{int(view.events['date_start'].notna().sum()):,}", border=True)

    coverage_line(
        *data.cached_figure(("coverage", ctx.corpus, ctx.spec), lambda: coverage(view.documents, view.mentions))
    )

    actor_totals = data.entity_totals(ctx.corpus, ctx.spec, "actor")
    region_totals = data.entity_totals(ctx.corpus, ctx.spec, "region")
    left, right = st.columns(2)
    with left, st.container(key="overview_actors"):
        actors = ("top_actors", {"top_n": 10, "title": t("ov_top_actors")})
        show_chart(chart_figure(*actors, width=HALF_WIDTH), entity_count_table(actor_totals), "overview-top-actors",
                   key="ov_actors", chart=actors, on_select=partial(pick_entity, "ov_actors"),
                   selection_mode=("points",), png_width=HALF_WIDTH)  # fmt: skip
        st.page_link("views/actors.py", label=t("go_actors"), icon=":material/hub:")
    with right, st.container(key="overview_regions"):
        regions = ("top_regions", {"top_n": 10, "title": t("ov_top_regions")})
        show_chart(chart_figure(*regions, width=HALF_WIDTH), entity_count_table(region_totals), "overview-top-regions",
                   key="ov_regions", chart=regions, on_select=partial(pick_entity, "ov_regions"),
                   selection_mode=("points",), png_width=HALF_WIDTH)  # fmt: skip
        st.page_link("views/gazetteer.py", label=t("go_gazetteer"), icon=":material/menu_book:")

    with st.container(key="overview_evidence"):
        shown = [*actor_totals.head(10).index, *region_totals.head(10).index]
        entity_evidence(ctx, "ov_pick", shown, help_key="ev_entity_help")

    with st.container(key="overview_timeline"):
        # the five busiest types: every type's lane squeezed into a small chart would be unreadable
        timeline = ("event_timeline", {"top_lanes": 5, "known_actors": ctx.spec.actors, "title": t("ov_timeline")})
        show_chart(chart_figure(*timeline), view.events, "overview-events", key="ov_timeline", chart=timeline)
        st.page_link("views/timeline.py", label=t("go_timeline"), icon=":material/timeline:")

    with st.container(key="overview_themes"):
        # the page's whole width, three columns as on the Themes page: in half the page a term was cut at ten
        # characters («حزب…» for حزب العمال الكردستاني)
        themes_in_view = data.cached_figure(("themes_in_view", ctx.corpus, ctx.spec), lambda: themes_of(view))
        themes = ("theme_terms", {"n_terms": 6, "cols": 3, "theme_ids": themes_in_view, "title": t("ov_themes")})
        show_chart(chart_figure(*themes),
                   ctx.tables.themes[ctx.tables.themes["theme_id"].isin(themes_in_view)],
                   "overview-themes", key="ov_themes", chart=themes)  # fmt: skip
        st.page_link("views/themes.py", label=t("go_themes"), icon=":material/category:")

    left, right = st.columns(2)
    with left, st.container(key="overview_sources"):
        sources = ("source_counts", {"by": "source", "title": t("ov_sources_chart")})
        fig = chart_figure(*sources, width=HALF_WIDTH)
        table = view.documents.assign(source=view.documents["source"].fillna(t("no_source")))
        show_chart(
            fig,
            table.groupby("source").size().reset_index(name="articles"),
            "overview-sources",
            key="ov_sources",
            chart=sources,
            on_select=pick_source,
            selection_mode=("points",),
            png_width=HALF_WIDTH,
        )
        st.page_link("views/articles.py", label=t("go_articles"), icon=":material/article:")
    with right:  # the clicked source's articles beside its bar
        source_articles(ctx, fig)


main()

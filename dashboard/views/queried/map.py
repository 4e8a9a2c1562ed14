"""Map of a build too large to load, queried where it lies: the places the selection's articles
name, sized by articles, on country outlines drawn offline (as the Map page of a loaded corpus);
a click on a place, or the list, reads the sentences that name it; the places and countries as tables."""

from __future__ import annotations

import streamlit as st

from analysis.aggregate.places import counted_places, entity_countries
from analysis.viz.maps import COLOR_BY, place_map
from analysis.viz.style import ENTITY_TYPE_NAMES
from dashboard import data, url
from dashboard.context import queried_context, queried_provenance
from dashboard.i18n import t
from dashboard.queried_widgets import entity_evidence, kept_entities, queried_notice
from dashboard.widgets import empty_state, show_chart, show_table


def _pick_place() -> None:
    """on_select of the map: the clicked place's sentences are read below (the outlines carry no id)."""
    points = (st.session_state.get("qm_chart") or {}).get("selection", {}).get("points", [])
    for point in points:
        ids = point.get("customdata") or []
        if ids:
            st.session_state["qm_place"] = str(ids[0])
            return


def main() -> None:
    ctx = queried_context()
    st.title(t("page_map"), anchor="map")
    queried_notice(ctx)
    if ctx.empty:
        empty_state()
        return
    located = tuple(ctx.entities.loc[ctx.entities["lat"].notna() & ctx.entities["lon"].notna(), "entity_id"])
    counts = data.ask(ctx.corpus, "entity_counts", ctx.spec, located)
    places = counted_places(counts, ctx.entities)
    if places.empty:
        st.info(t("map_no_places"), icon=":material/location_off:")
        return
    url.page_choice("qm_color", "map_color", COLOR_BY, "country", label=t("map_color"))
    with st.container(key="qmap_controls", horizontal=True):
        color_by = (
            st.segmented_control(t("map_color"), COLOR_BY, key="qm_color", format_func=lambda c: t(f"map_color_{c}"))
            or "country"
        )
    with st.container(key="qmap_places"):
        fig = data.cached_figure(
            ("q_place_map", ctx.corpus, ctx.spec, color_by, ctx.chart_lang),
            lambda: place_map(places, ctx.entities, color_by=color_by, lang=ctx.chart_lang, title=t("map_chart")),
        )
        st.caption(t("map_caption"))
        st.caption(t("map_help"))
        show_chart(fig, places, f"map-places-{color_by}", key="qm_chart", on_select=_pick_place,
                   selection_mode=("points",), footer=queried_provenance(ctx),
                   kept=kept_entities(ctx, places, "region"))  # fmt: skip
    with st.container(key="qmap_evidence"):
        entity_evidence(ctx, "qm_place", places["entity_id"].tolist(), label="map_place", hint="map_pick")
    with st.container(key="qmap_table"):
        st.subheader(t("map_places_table"), anchor="places")
        arabic = ctx.lang == "ar"
        shown = places[["name_ar", "name_en", "type", "country", "articles", "mentions"]].assign(
            country=[data.entity_name(c) if c else None for c in places["country"]],
            type=[ENTITY_TYPE_NAMES.get(k, (k, k))[1 if arabic else 0] or k for k in places["type"]],
        )
        show_table(shown, "map-places-table", key="qm_places_df", csv_table=places)
    with st.container(key="qmap_countries"):
        st.subheader(t("map_countries_table"), anchor="countries")
        st.caption(t("map_countries_caption"))
        groups = entity_countries(ctx.entities).rename(columns={"country": "group"})
        countries = data.ask(ctx.corpus, "group_counts", ctx.spec, groups).rename(columns={"group": "country"})
        shown = countries.assign(country=[data.entity_name(c) for c in countries["country"]])
        show_table(shown, "map-countries-table", key="qm_countries_df", csv_table=countries)


main()

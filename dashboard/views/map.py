"""Map: the places the selected articles name, on country outlines drawn offline; click one to
read the sentences that name it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.aggregate.comentions import entity_sentences
from analysis.aggregate.evidence_marks import evidence_marks, evidence_summary
from analysis.aggregate.places import countries_table, places_table
from analysis.briefing.csv_export import csv_bytes
from analysis.viz.maps import COLOR_BY
from analysis.viz.style import ENTITY_TYPE_NAMES
from dashboard import data, url
from dashboard.context import Context, context
from dashboard.i18n import t
from dashboard.markup import isolate, md_text
from dashboard.widgets import chart_figure, empty_state, evidence_key_html, pair_evidence_html, show_chart, show_table

MAX_EVIDENCE = 60
NONE = ""


def pick_place_from_map() -> None:
    """on_select callback of the map: the clicked place becomes the evidence place."""
    points = (st.session_state.get("map_chart") or {}).get("selection", {}).get("points", [])
    for point in points:
        ids = point.get("customdata") or []  # the outlines carry none: only places are picked
        if ids:
            st.session_state["map_place"] = str(ids[0])
            return


def evidence(ctx: Context, places: pd.DataFrame) -> None:
    view = ctx.view
    st.subheader(t("ac_evidence"), anchor="evidence")
    ids = list(places["entity_id"])
    url.page_choice("map_place", "place", [NONE, *ids], NONE, label=t("map_place"))  # one the filters removed: none
    place = st.selectbox(
        t("map_place"), [NONE, *ids], key="map_place",
        format_func=lambda i: data.entity_name(i) if i else t("ac_none"), placeholder=t("choose"),
    )  # fmt: skip
    if not place:
        st.caption(t("map_pick"))
        return
    rows = entity_sentences(view.mentions, view.sentences, place)
    st.caption(md_text(t("map_evidence_one", n=len(rows), name=isolate(data.entity_name(place)))))
    st.html(evidence_key_html([place], evidence_summary(rows, view.mentions, view.events, [place])))
    if len(rows) > MAX_EVIDENCE:
        st.caption(t("ac_more", n=MAX_EVIDENCE))
    marks = evidence_marks(rows.head(MAX_EVIDENCE), view.mentions, view.events, [place])
    with st.container(key="map_evidence_list"):
        st.html(pair_evidence_html(rows, marks, view.documents, ctx.params, MAX_EVIDENCE))
    st.download_button(
        t("download_csv"), data=lambda: csv_bytes(rows), file_name=f"evidence-{place}.csv",
        mime="text/csv", key="map_evidence_csv", on_click="ignore", icon=":material/download:",
    )  # fmt: skip


def main() -> None:
    ctx = context()
    st.title(t("page_map"), anchor="map")
    if ctx.empty:
        empty_state()
        return
    places = places_table(ctx.view.mentions, ctx.entities)
    if places.empty:
        st.info(t("map_no_places"), icon=":material/location_off:")
        return

    url.page_choice("map_color", "map_color", COLOR_BY, "country", label=t("map_color"))
    with st.container(key="map_controls", horizontal=True):
        color_by = (
            st.segmented_control(
                t("map_color"), COLOR_BY, key="map_color",
                format_func=lambda c: t(f"map_color_{c}"),
            )
            or "country"
        )  # fmt: skip

    with st.container(key="map_places"):
        placed = ("place_map", {"color_by": color_by, "title": t("map_chart")})
        fig = chart_figure(*placed)
        st.caption(t("map_caption"))
        st.caption(t("map_help"))
        show_chart(
            fig, places, f"map-places-{color_by}", key="map_chart", chart=placed,
            on_select=pick_place_from_map, selection_mode=("points",),
        )  # fmt: skip

    with st.container(key="map_evidence"):
        evidence(ctx, places)

    with st.container(key="map_table"):
        st.subheader(t("map_places_table"), anchor="places")
        arabic = ctx.lang == "ar"
        shown = places[["name_ar", "name_en", "type", "country", "articles", "mentions"]].assign(
            country=[data.entity_name(c) if c else None for c in places["country"]],
            type=[ENTITY_TYPE_NAMES.get(k, (k, k))[1 if arabic else 0] or k for k in places["type"]],
        )
        show_table(shown, "map-places-table", key="map_places_df", csv_table=places)

    with st.container(key="map_countries"):
        st.subheader(t("map_countries_table"), anchor="countries")
        st.caption(t("map_countries_caption"))
        countries = countries_table(ctx.view.mentions, ctx.entities)
        shown = countries.assign(country=[data.entity_name(c) for c in countries["country"]])
        show_table(shown, "map-countries-table", key="map_countries_df", csv_table=countries)


main()

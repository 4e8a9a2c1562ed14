"""Actors: co-mention heatmap and network, mentions over time, actor × region, evidence sentences."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.aggregate.comentions import comention_evidence, entity_sentences
from analysis.briefing.csv_export import csv_bytes
from analysis.viz.heatmap import actor_region_heatmap, actor_region_table, comention_heatmap
from analysis.viz.network import actor_network
from analysis.viz.timeline import mentions_over_time
from dashboard import data
from dashboard.context import Context, context
from dashboard.i18n import t
from dashboard.widgets import empty_state, evidence_html, show_chart

WINDOWS = ("sentence", "paragraph", "document")
MEASURES = ("count", "jaccard", "npmi")
ORDERS = ("frequency", "cluster")
MAX_EVIDENCE = 60
NONE = ""


def pick_pair_from_heatmap() -> None:
    """on_select callback of the heatmap: the clicked cell becomes the evidence pair."""
    points = (st.session_state.get("ac_heatmap") or {}).get("selection", {}).get("points", [])
    if points:
        point = points[0]
        pair = point.get("customdata") or []
        a, b = (pair[0], pair[1]) if len(pair) >= 2 else (point.get("y"), point.get("x"))
        if a and b:
            st.session_state["ev_a"], st.session_state["ev_b"] = str(a), str(b)


def actor_comentions(comentions: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    actors = set(entities.loc[entities["kind"] == "actor", "entity_id"].astype(str))
    return comentions[comentions["entity_a"].isin(actors) & comentions["entity_b"].isin(actors)]


def evidence(ctx: Context, window: str) -> None:
    view = ctx.view
    st.subheader(t("ac_evidence"), anchor="evidence")
    actor_ids = sorted(set(view.mentions.loc[view.mentions["entity_kind"] == "actor", "entity_id"]))
    for key in ("ev_a", "ev_b"):
        if st.session_state.get(key) not in (None, NONE, *actor_ids):
            st.session_state[key] = NONE  # an actor the filters removed
    left, right = st.columns(2)
    with left:
        a = st.selectbox(
            t("ac_actor_a"), [NONE, *actor_ids], key="ev_a",
            format_func=lambda i: data.entity_name(i) if i else t("ac_none"), placeholder=t("choose"),
        )  # fmt: skip
    with right:
        b = st.selectbox(
            t("ac_actor_b"), [NONE, *actor_ids], key="ev_b",
            format_func=lambda i: data.entity_name(i) if i else t("ac_none"), placeholder=t("choose"),
        )  # fmt: skip
    if not a and b:
        a, b = b, NONE
    if not a:
        st.caption(t("ac_pick"))
        return
    if b and b != a:
        rows = comention_evidence(view.mentions, view.sentences, a, b, window=window)
        st.caption(t("ac_evidence_pair", n=rows["unit"].nunique(), window=t(f"window_{window}")))
        ids = [a, b]
    else:
        rows = entity_sentences(view.mentions, view.sentences, a)
        st.caption(t("ac_evidence_one", n=len(rows)))
        ids = [a]
    if len(rows) > MAX_EVIDENCE:
        st.caption(t("ac_more", n=MAX_EVIDENCE))
    with st.container(key="evidence_list"):
        st.html(evidence_html(rows, view.mentions, ids, "actor", view.documents, ctx.params, MAX_EVIDENCE))
    st.download_button(
        t("download_csv"), data=lambda: csv_bytes(rows), file_name=f"evidence-{'-'.join(ids)}-{window}.csv",
        mime="text/csv", key="evidence_csv", on_click="ignore", icon=":material/download:",
    )  # fmt: skip


def main() -> None:
    ctx = context()
    st.title(t("page_actors"), anchor="actors")
    if ctx.empty:
        empty_state()
        return
    view, lang = ctx.view, ctx.chart_lang

    with st.container(key="actors_controls", horizontal=True):
        window = (
            st.segmented_control(
                t("ac_window"), WINDOWS, key="ac_window", default="sentence", format_func=lambda w: t(f"window_{w}")
            )
            or "sentence"
        )
        measure = (
            st.segmented_control(
                t("ac_measure"), MEASURES, key="ac_measure", default="count", format_func=lambda m: t(f"measure_{m}")
            )
            or "count"
        )
        order = (
            st.segmented_control(
                t("ac_order"), ORDERS, key="ac_order", default="frequency", format_func=lambda o: t(f"order_{o}")
            )
            or "frequency"
        )

    comentions = actor_comentions(view.comentions, ctx.entities)
    table = comentions[comentions["window"] == window]
    with st.container(key="actors_heatmap"):
        fig = data.cached_figure(
            ("ac_heatmap", ctx.corpus, ctx.spec, lang, window, measure, order),
            lambda: comention_heatmap(
                comentions, ctx.entities, window=window, measure=measure, order=order, top_n=25, lang=lang,
                title=t("ac_heatmap"),
            ),
        )  # fmt: skip
        st.caption(t("ac_heatmap_help"))
        show_chart(
            fig, table, f"actors-heatmap-{window}-{measure}", key="ac_heatmap",
            chart=("comention_heatmap", {"window": window, "measure": measure, "order": order}),
            on_select=pick_pair_from_heatmap, selection_mode=("points",),
        )  # fmt: skip

    with st.container(key="actors_evidence"):
        evidence(ctx, window)

    left, right = st.columns(2)
    with left, st.container(key="actors_network"):
        fig = data.cached_figure(
            ("ac_network", ctx.corpus, ctx.spec, lang, window, measure),
            lambda: actor_network(view.mentions, view.comentions, ctx.entities, window=window, measure=measure,
                                  lang=lang, title=t("ac_network")),
        )  # fmt: skip
        show_chart(
            fig,
            table,
            f"actors-network-{window}-{measure}",
            key="ac_network",
            chart=("actor_network", {"window": window, "measure": measure}),
        )
    with right, st.container(key="actors_over_time"):
        chosen = list(ctx.spec.actors) or None
        fig = data.cached_figure(
            ("ac_time", ctx.corpus, ctx.spec, lang),
            lambda: mentions_over_time(view.mentions, view.documents, ctx.entities, entity_ids=chosen, lang=lang,
                                       title=t("ac_over_time")),
        )  # fmt: skip
        counts = view.mentions[view.mentions["entity_kind"] == "actor"].merge(
            view.documents[["doc_id", "published"]], on="doc_id"
        )
        counts = counts.groupby(["published", "entity_id"]).size().reset_index(name="mentions")
        show_chart(fig, counts, "actors-mentions-over-time", key="ac_time", chart=("mentions_over_time", {}))

    with st.container(key="actors_regions"):
        fig = data.cached_figure(
            ("ac_regions", ctx.corpus, ctx.spec, lang),
            lambda: actor_region_heatmap(view.mentions, ctx.entities, lang=lang, title=t("ac_region_matrix")),
        )
        matrix = actor_region_table(view.mentions)
        show_chart(fig, matrix.reset_index(names="actor") if not matrix.empty else matrix, "actors-by-region",
                   key="ac_regions", chart=("actor_region", {}))  # fmt: skip


main()

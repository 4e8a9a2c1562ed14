"""Actors of a build too large to load: the co-mention matrix and network of the selection's most named
actors, counted by DuckDB in the window chosen, and the sentences behind a cell or an edge (a click, or
the list) and behind a node (an actor's sentences)."""

from __future__ import annotations

import streamlit as st

from analysis.briefing.csv_export import csv_bytes
from analysis.viz.heatmap import comention_heatmap
from analysis.viz.network import actor_network
from dashboard import data, url
from dashboard.context import queried_context, queried_provenance
from dashboard.i18n import t
from dashboard.picks import picked_node_or_edge, picked_pair
from dashboard.queried_widgets import (
    EVIDENCE_CSV,
    MAX_EVIDENCE,
    entity_evidence,
    kept_pairs,
    queried_notice,
    sentences_html,
)
from dashboard.widgets import empty_state, show_chart

WINDOWS = ("sentence", "paragraph", "document")
SIZES = (10, 20, 30)


def _pick_cell() -> None:
    pair = picked_pair(st.session_state.get("qa_heatmap"))
    if pair:
        st.session_state["qa_cell"] = "|".join(sorted(pair))
        st.session_state["qa_slot"] = "heatmap"


def _pick_network() -> None:
    """on_select of the network: an edge's midpoint is the pair's sentences, a node its actor's."""
    picked = picked_node_or_edge(st.session_state.get("qa_network"))
    if picked:
        a, b = picked
        if b is None:
            st.session_state["qa_entity"] = a
        else:
            st.session_state["qa_cell"] = "|".join(sorted((a, b)))
            st.session_state["qa_slot"] = "network"  # its sentences under the network


def _pair_evidence(ctx, window: str, cell: str | None) -> None:
    st.subheader(t("ac_evidence"), anchor="evidence")
    if not cell:
        st.caption(t("ac_heatmap_help"))
        return
    a, b = cell.split("|", 1)
    rows = data.ask(ctx.corpus, "pair_sentences", ctx.spec, a, b, window=window, limit=MAX_EVIDENCE)
    total = int(rows["total"].iloc[0]) if len(rows) else 0
    more = " · " + t("ac_more", n=MAX_EVIDENCE) if len(rows) > MAX_EVIDENCE else ""
    st.caption(t("ac_evidence_pair", n=total, window=t(f"window_{window}")) + more)
    with st.container(key="evidence_list"):
        st.html(sentences_html(rows, ctx.params, pair=(a, b)))
    queries, spec = data.build_queries(ctx.corpus), ctx.spec
    st.download_button(  # the first EVIDENCE_CSV sentences, read when downloaded
        t("download_csv"),
        data=lambda: csv_bytes(
            queries.pair_sentences(spec, a, b, window=window, limit=EVIDENCE_CSV).drop(columns=["marks"])
        ),
        file_name=f"evidence-{a}-{b}-{window}.csv", mime="text/csv", key="qa_evidence_csv", on_click="ignore",
        icon=":material/download:",
    )  # fmt: skip


def main() -> None:
    ctx = queried_context()
    st.title(t("page_actors"), anchor="actors")
    queried_notice(ctx)
    if ctx.empty:
        empty_state()
        return
    footer = queried_provenance(ctx)  # the charts' provenance footer, made once per run
    url.page_choice("qa_window", "ac_window", WINDOWS, "sentence", label=t("ac_window"))
    url.page_choice("qa_size", "top", SIZES, 20, label=t("q_top_n"), parse=int)
    with st.container(key="actors_controls", horizontal=True):
        window = (
            st.segmented_control(t("ac_window"), WINDOWS, key="qa_window", format_func=lambda w: t(f"window_{w}"))
            or "sentence"
        )
        size = st.segmented_control(t("q_top_n"), SIZES, key="qa_size") or 20
    top = data.ask(ctx.corpus, "top_entities", ctx.spec, kind="actor", limit=size, leave_out=tuple(ctx.options.rare))
    ids = top["entity_id"].tolist()
    pairs = data.ask(ctx.corpus, "comentions", ctx.spec, tuple(ids), window=window)
    table = pairs.assign(window=window)
    fig = comention_heatmap(
        table, ctx.entities, window=window, include=ids, lang=ctx.chart_lang, title=t("ac_heatmap")
    )  # fmt: skip
    with st.container(key="actors_heatmap"):
        st.caption(t("ac_heatmap_help"))
        show_chart(fig, table, f"actors-heatmap-{window}", key="qa_heatmap", on_select=_pick_cell,
                   selection_mode=("points",), footer=footer, kept=kept_pairs(ctx, pairs, window))  # fmt: skip
        name = data.entity_labeller(ctx.lang)
        options = [f"{a}|{b}" for a, b in zip(pairs["entity_a"], pairs["entity_b"])]
        counts = dict(zip(options, pairs["count"]))
        if st.session_state.get("qa_cell") not in counts:
            st.session_state["qa_cell"] = None
        cell = st.selectbox(
            t("ev_cell_pick"), options, key="qa_cell", index=None, placeholder=t("ev_cell_placeholder", n=len(options)),
            format_func=lambda o: t("ev_cell", a=name(o.split("|")[0]), b=name(o.split("|")[1]), n=counts[o]),
            on_change=st.session_state.update, kwargs={"qa_slot": "heatmap"},  # the list is the matrix's
        )  # fmt: skip
    network_slot = st.session_state.get("qa_slot") == "network" and cell
    if not network_slot:
        with st.container(key="actors_evidence"):
            _pair_evidence(ctx, window, cell)
    network = actor_network(
        top, table, ctx.entities, window=window, top_n=size, lang=ctx.chart_lang, title=t("ac_network"), counted=True
    )  # fmt: skip
    with st.container(key="actors_network"):
        st.caption(t("ev_network_help"))
        show_chart(network, table, f"actors-network-{window}", key="qa_network", on_select=_pick_network,
                   selection_mode=("points",), footer=footer, kept=kept_pairs(ctx, pairs, window))  # fmt: skip
    if network_slot:
        with st.container(key="actors_evidence_network"):
            _pair_evidence(ctx, window, cell)
    with st.container(key="actors_entity"):
        entity_evidence(ctx, "qa_entity", ids, list_key="entity_evidence_list")


main()

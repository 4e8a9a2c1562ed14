"""Actors: co-mention heatmap and network, mentions over time, actor × region, evidence sentences."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.aggregate.comentions import comention_evidence, entity_sentences
from analysis.aggregate.evidence_marks import both_first, evidence_marks, evidence_summary
from analysis.briefing.csv_export import csv_bytes
from analysis.charts.summaries import kind_pairs
from analysis.viz.clickable import CELL_TARGETS
from dashboard import data, url
from dashboard.context import Context, context
from dashboard.i18n import current_lang, t
from dashboard.picks import picked_node_or_edge, picked_pair
from dashboard.widgets import HALF_WIDTH, chart_figure, empty_state, evidence_key_html, pair_evidence_html, show_chart

WINDOWS = ("sentence", "paragraph", "document")
MEASURES = ("count", "jaccard", "npmi")
ORDERS = ("frequency", "cluster")
MAX_EVIDENCE = 60
NONE = ""


#: Where the evidence is drawn: under the chart clicked last (or whose cell was chosen), so the
#: sentences appear where the analyst is looking; under the heatmap until then.
SLOTS = ("heatmap", "network", "regions")


def _set_pair(a: str, b: str | None, slot: str) -> None:
    st.session_state["ev_a"], st.session_state["ev_b"] = a, b or NONE
    st.session_state["ac_ev_from"] = slot


def _clicked(a: str, b: str | None, slot: str) -> None:
    """A click on the chart ``slot``: its pair, and the chart whose outline now shows it."""
    _set_pair(a, b, slot)
    st.session_state["ac_clicked"] = (slot, a, b or NONE)


def selection_revision(slot: str) -> int:
    """A number that changes when the pair shown stops being the one clicked on the chart ``slot``
    (another cell picked with the keyboard, another chart clicked, another actor chosen below it).

    The browser keeps a chart's clicked point outlined for as long as the chart is the same; given
    to :func:`~dashboard.widgets.show_chart`, the number makes it another chart, drawn without
    the outline of a cell that is no longer the evidence's."""
    revisions = st.session_state.setdefault("ac_outlines", {})
    current = (slot, st.session_state.get("ev_a") or NONE, st.session_state.get("ev_b") or NONE)
    shown = st.session_state.get("ac_clicked") == current
    revision, was_shown = revisions.get(slot, (0, False))
    revision += int(was_shown and not shown)
    revisions[slot] = (revision, shown)
    return revision


def pick_pair_from_heatmap() -> None:
    """on_select of the heatmap: the clicked cell becomes the evidence pair."""
    pair = picked_pair(st.session_state.get("ac_heatmap"))
    if pair:
        _clicked(*pair, "heatmap")


def pick_from_regions() -> None:
    """on_select of the actors × regions matrix: the clicked cell's actor and region."""
    pair = picked_pair(st.session_state.get("ac_regions"))
    if pair:
        _clicked(*pair, "regions")


def pick_from_network() -> None:
    """on_select of the network: a node is one actor's sentences, an edge's midpoint the pair's."""
    picked = picked_node_or_edge(st.session_state.get("ac_network"))
    if picked:
        _clicked(*picked, "network")


def pick_cell(key: str, slot: str) -> None:
    """on_change of a cell picker (the keyboard's way to a cell): ``"a|b"`` becomes the pair."""
    value = st.session_state.get(key)
    if value:
        a, b = value.split("|", 1)
        _set_pair(a, b, slot)


def cell_picker(key: str, pairs: pd.DataFrame, slot: str, label: str) -> None:
    """A select box of a matrix's cells, largest first (``pairs``: ``a``, ``b``, ``n``): what a
    click on a cell does, for the keyboard. It shows the current pair when that is one of its cells."""
    options = [f"{a}|{b}" for a, b in zip(pairs["a"], pairs["b"])]
    counts = dict(zip(options, pairs["n"]))
    a, b = st.session_state.get("ev_a") or "", st.session_state.get("ev_b") or ""
    current = next((c for c in (f"{a}|{b}", f"{b}|{a}") if c in counts), None)
    st.session_state[key] = current
    name = data.entity_labeller(current_lang())
    st.selectbox(
        label, options, key=key, index=None, placeholder=t("ev_cell_placeholder", n=len(options)),
        on_change=pick_cell, args=(key, slot),
        format_func=lambda o: t("ev_cell", a=name(o.split("|")[0]), b=name(o.split("|")[1]), n=counts[o]),
    )  # fmt: skip


def shown_pairs(fig, *, symmetric: bool) -> pd.DataFrame:
    """The filled cells of a matrix figure (its click targets), largest first: ``a``, ``b``, ``n``.

    A ``symmetric`` matrix (co-mentions) lists each pair once, ``a < b``."""
    rows = [
        (str(a), str(b), float(value))
        for trace in fig.data
        if trace.name == CELL_TARGETS
        for (a, b, *_), value in zip(trace.customdata, trace.text)
        if not symmetric or str(a) < str(b)
    ]
    frame = pd.DataFrame(rows, columns=["a", "b", "n"]).sort_values(
        ["n", "a", "b"], ascending=[False, True, True], kind="stable"
    )
    return frame.assign(n=[int(v) if float(v).is_integer() else round(v, 3) for v in frame["n"]])


def shown_matrix(fig) -> pd.DataFrame:
    """The actors × regions counts of the matrix on screen (its top actors and regions, not the
    corpus' thousands): ``actor``, then a column per region."""
    traces = [trace for trace in fig.data if trace.type == "heatmap" and trace.name != CELL_TARGETS]
    if not traces:
        return pd.DataFrame()
    shown = traces[0]
    matrix = pd.DataFrame(list(shown.z), index=list(shown.y), columns=list(shown.x)).fillna(0).astype(int)
    return matrix.reset_index(names="actor")


def evidence(ctx: Context, window: str) -> None:
    view = ctx.view
    st.subheader(t("ac_evidence"), anchor="evidence")
    kinds = view.mentions.drop_duplicates("entity_id").set_index("entity_id")["entity_kind"]
    # the corpus' rare discovered entities are offered only when a click (or a link) chose one
    chosen = {st.session_state.get(k) for k in ("ev_a", "ev_b")} | {st.query_params.get(k) for k in ("ev_a", "ev_b")}
    rare = ctx.options.rare - chosen
    offered = kinds[[i not in rare for i in kinds.index]] if rare else kinds
    actor_ids = sorted(offered.index[offered == "actor"])
    region_ids = sorted(offered.index[offered == "region"])
    # in the URL; an actor the filters removed (or a link's unknown one) becomes none. The second
    # may be a region: a cell of the actors × regions matrix.
    url.page_choice("ev_a", "ev_a", [NONE, *actor_ids], NONE, label=t("ac_actor_a"))
    url.page_choice("ev_b", "ev_b", [NONE, *actor_ids, *region_ids], NONE, label=t("ac_actor_b"))
    # thousands of options on a large corpus: each label is a look-up, not a catalogue call
    name, none = data.entity_labeller(ctx.lang), t("ac_none")
    sentinel = "\x00"
    as_region = t("ev_region_option", name=sentinel)
    regions = set(region_ids)
    left, right = st.columns(2)
    with left:
        a = st.selectbox(
            t("ac_actor_a"), [NONE, *actor_ids], key="ev_a",
            format_func=lambda i: name(i) if i else none, placeholder=t("choose"),
        )  # fmt: skip
    with right:
        b = st.selectbox(
            t("ac_actor_b"), [NONE, *actor_ids, *region_ids], key="ev_b", placeholder=t("choose"),
            format_func=lambda i: (as_region.replace(sentinel, name(i)) if i in regions else name(i)) if i else none,
        )  # fmt: skip
    if not a and b in actor_ids:
        a, b = b, NONE
    if not a:
        st.caption(t("ac_pick"))
        return
    if b and b != a:
        # an actor and a region are counted in articles, as the actors × regions matrix counts them
        pair_window = "document" if b in regions else window
        rows = both_first(comention_evidence(view.mentions, view.sentences, a, b, window=pair_window), view.mentions,
                          (a, b))  # fmt: skip
        st.caption(t("ac_evidence_pair", n=rows["unit"].nunique(), window=t(f"window_{pair_window}")))
        ids = [a, b]
    else:
        pair_window = "sentence"
        rows = entity_sentences(view.mentions, view.sentences, a)
        st.caption(t("ac_evidence_one", n=len(rows)))
        ids = [a]
    summary = evidence_summary(rows, view.mentions, view.events, ids)
    with st.container(key="evidence_key"):
        st.html(evidence_key_html(ids, summary))
    if len(rows) > MAX_EVIDENCE:
        st.caption(t("ac_more", n=MAX_EVIDENCE))
    marks = evidence_marks(rows.head(MAX_EVIDENCE), view.mentions, view.events, ids)
    with st.container(key="evidence_list"):
        st.html(pair_evidence_html(rows, marks, view.documents, ctx.params, MAX_EVIDENCE))
    st.download_button(
        t("download_csv"), data=lambda: csv_bytes(rows), file_name=f"evidence-{'-'.join(ids)}-{pair_window}.csv",
        mime="text/csv", key="evidence_csv", on_click="ignore", icon=":material/download:",
    )  # fmt: skip


def main() -> None:
    ctx = context()
    st.title(t("page_actors"), anchor="actors")
    if ctx.empty:
        empty_state()
        return
    view = ctx.view

    for key, values, default in (("ac_window", WINDOWS, "sentence"), ("ac_measure", MEASURES, "count"),
                                 ("ac_order", ORDERS, "frequency")):  # fmt: skip
        url.page_choice(key, key, values, default, label=t(key))
    with st.container(key="actors_controls", horizontal=True):
        window = (
            st.segmented_control(t("ac_window"), WINDOWS, key="ac_window", format_func=lambda w: t(f"window_{w}"))
            or "sentence"
        )
        measure = (
            st.segmented_control(t("ac_measure"), MEASURES, key="ac_measure", format_func=lambda m: t(f"measure_{m}"))
            or "count"
        )
        order = (
            st.segmented_control(t("ac_order"), ORDERS, key="ac_order", format_func=lambda o: t(f"order_{o}"))
            or "frequency"
        )

    def table() -> pd.DataFrame:  # the CSV of the heatmap and the network: made when downloaded
        comentions = kind_pairs(view.comentions, ctx.entities, "actor")
        return comentions[comentions["window"] == window]

    url.page_choice("ac_ev_from", "ev_from", SLOTS, "heatmap", label=t("ac_evidence"))
    slot = st.session_state.get("ac_ev_from")
    slot = slot if slot in SLOTS else "heatmap"
    with st.container(key="actors_heatmap"):
        heatmap = ("comention_heatmap", {"window": window, "measure": measure, "order": order, "top_n": 25,
                                         "title": t("ac_heatmap")})  # fmt: skip
        fig = chart_figure(*heatmap)
        st.caption(t("ac_heatmap_help"))
        show_chart(
            fig, table, f"actors-heatmap-{window}-{measure}", key="ac_heatmap", chart=heatmap,
            on_select=pick_pair_from_heatmap, selection_mode=("points",), revision=selection_revision("heatmap"),
        )  # fmt: skip
        cell_picker("ac_cell", shown_pairs(fig, symmetric=True), "heatmap", t("ev_cell_pick"))

    with st.container(key="actors_evidence"):
        if slot == "heatmap":
            evidence(ctx, window)

    left, right = st.columns(2)
    with left, st.container(key="actors_network"):
        network = ("actor_network", {"window": window, "measure": measure, "title": t("ac_network")})
        st.caption(t("ev_network_help"))
        show_chart(
            chart_figure(*network, width=HALF_WIDTH), table, f"actors-network-{window}-{measure}", key="ac_network",
            chart=network, on_select=pick_from_network, selection_mode=("points",), png_width=HALF_WIDTH,
            revision=selection_revision("network"),
        )  # fmt: skip
    with right, st.container(key="actors_over_time"):
        over_time = ("mentions_over_time", {"entity_ids": list(ctx.spec.actors) or None, "title": t("ac_over_time")})
        fig = chart_figure(*over_time, width=HALF_WIDTH)

        def counts() -> pd.DataFrame:
            actors = view.mentions[view.mentions["entity_kind"] == "actor"]
            dated = actors.merge(view.documents[["doc_id", "published"]], on="doc_id")
            return dated.groupby(["published", "entity_id"]).size().reset_index(name="mentions")

        show_chart(fig, counts, "actors-mentions-over-time", key="ac_time", chart=over_time, png_width=HALF_WIDTH)
    if slot == "network":
        with st.container(key="actors_evidence_network"):
            evidence(ctx, window)

    with st.container(key="actors_regions"):
        by_region = ("actor_region", {"title": t("ac_region_matrix")})
        fig = chart_figure(*by_region)
        st.caption(t("ev_regions_help"))
        show_chart(fig, lambda: shown_matrix(fig), "actors-by-region", key="ac_regions", chart=by_region,
                   on_select=pick_from_regions, selection_mode=("points",),
                   revision=selection_revision("regions"))  # fmt: skip
        cell_picker("ac_region_cell", shown_pairs(fig, symmetric=False), "regions", t("ev_region_cell_pick"))
    if slot == "regions":
        with st.container(key="actors_evidence_regions"):
            evidence(ctx, window)


main()

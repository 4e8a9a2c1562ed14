"""Compare, for a build too large to load: two sources, two months, or the selection and the rest of
the build, and what distinguishes them (key terms, actors, places, themes and event types), each side
counted by DuckDB (:mod:`analysis.store.build_compare`) and tested as a loaded corpus's comparison is
(:mod:`analysis.aggregate.keyness`); a click on a bar (or the list) shows the sentences, events or
articles behind the item's number on both sides."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import pandas as pd
import streamlit as st

from analysis.aggregate.filters import FilterSpec
from analysis.aggregate.keyness import defaults
from analysis.aggregate.theme_names import theme_name
from analysis.briefing.csv_export import csv_bytes
from analysis.store.build_compare import WHATS, sides
from analysis.viz.keyness import SIDE_COLORS, attention_lines, key_items_bar
from dashboard import data
from dashboard.compare_parts import (
    ATTENTION_SOURCES,
    EVIDENCE_HEIGHT,
    NONE,
    bar_labels,
    item_line,
    item_picker,
    keyness_captions,
    keyness_controls,
    mode_control,
    pick_item,
    side_label,
    side_pickers,
    sides_html,
    tested_table,
)
from dashboard.context import QueriedContext, queried_context, queried_provenance
from dashboard.i18n import t
from dashboard.markup import isolate, md_text
from dashboard.queried_widgets import (
    MAX_EVIDENCE,
    articles_html,
    kept_attention,
    kept_key_items,
    queried_notice,
    sentences_html,
)
from dashboard.widgets import empty_state, nothing_here, show_chart

#: Pixels of a side's chart (half the page): its provenance footer is wrapped to it, not cut off.
HALF_WIDTH = 520


def item_names(ctx: QueriedContext, what: str, items: pd.Series) -> dict:
    """item (as text) → its name in the interface language; a term is its own name."""
    if what in ("actors", "places"):
        return {str(i): data.entity_name(str(i), lang=ctx.lang) for i in items}
    if what == "themes":
        themes = data.queried_themes(ctx.corpus)
        return {str(i): t("cmp_theme", id=int(i), terms=theme_name(themes, int(i))) for i in items}
    if what == "types":
        return {str(i): data.event_type_name(str(i), lang=ctx.lang) for i in items}
    return {}


def side_evidence(ctx: QueriedContext, what: str, item: str, side_spec: FilterSpec, side: str, name: str,
                  freq: float) -> None:  # fmt: skip
    """What makes ``item``'s number on one side: its sentences (a term's, an actor's, a place's), its
    events' sentences (the date marked) or its articles (a theme's, by share), and their CSV."""
    ask = partial(data.ask, ctx.corpus)
    if what == "terms":
        rows = ask("search", side_spec, item, limit=MAX_EVIDENCE)
        html, count_key = sentences_html(rows, ctx.params), "cmp_evidence_newest"  # found newest first, not counted
        n = len(rows)
    elif what in ("actors", "places"):
        rows = ask("entity_sentences", side_spec, item, limit=MAX_EVIDENCE, below=False)
        html, count_key = sentences_html(rows, ctx.params), "cmp_evidence_sentences"
        n = int(rows["total"].iloc[0]) if len(rows) else 0
    elif what == "themes":
        rows = ask("theme_articles", side_spec, int(item), limit=MAX_EVIDENCE)
        html, count_key = articles_html(rows, ctx.params), "cmp_evidence_articles"
        n = int(rows["total"].iloc[0]) if len(rows) else 0
    else:
        rows = ask("events", side_spec, whens=None, limit=MAX_EVIDENCE, event_type=item)
        html, count_key = sentences_html(rows.rename(columns={"sentence": "text"}), ctx.params), "cmp_evidence_events"
        n = int(freq)
    st.markdown(f"**{md_text(t(count_key, side=t(f'cmp_side_{side}'), n=n))}** · {md_text(isolate(name))}")
    if n > MAX_EVIDENCE:
        st.caption(t("ac_more", n=MAX_EVIDENCE))
    with st.container(key=f"qc_evidence_{side}", height=EVIDENCE_HEIGHT):
        if html:
            st.html(html)
        else:
            nothing_here()
    shown = rows.drop(columns=[c for c in ("marks",) if c in rows])
    st.download_button(
        t("download_csv"), data=lambda: csv_bytes(shown), file_name=f"compare-evidence-{what}-{side}.csv",
        mime="text/csv", key=f"qc_evidence_{side}_csv", on_click="ignore", icon=":material/download:",
    )  # fmt: skip


def attention(ctx: QueriedContext, mode: str, what: str, item: str, pair: tuple[str, str], name: str,
              footer) -> None:  # fmt: skip
    """The share of each source's articles given to ``item``, period by period: the two sources
    compared, or the selection's largest (the whole build's articles when the selection is a side)."""
    articles = replace(ctx.spec, event_types=())
    base = FilterSpec() if mode == "selection" else articles
    sources = list(pair) if mode == "source" else data.ask(ctx.corpus, "side_sources", articles)[:ATTENTION_SOURCES]
    period = data.ask(ctx.corpus, "attention_span", base)
    table = data.ask(ctx.corpus, "attention", base, what, item, tuple(sources), period)
    colors = {pair[0]: SIDE_COLORS["a"], pair[1]: SIDE_COLORS["b"]} if mode == "source" else None
    fig = attention_lines(table, source_names={s: side_label("source", s) for s in sources}, lang=ctx.chart_lang,
                          title=t("cmp_attention", period=t(f"period_{period}")), colors=colors)  # fmt: skip
    st.markdown(f"**{md_text(t('cmp_attention_of', name=isolate(name)))}**")
    st.caption(t("q_cmp_attention_help" if what == "terms" else "cmp_attention_help"))
    source_names = {s: side_label("source", s) for s in sources}
    show_chart(fig, table, f"compare-attention-{what}", key="qc_attention_chart", footer=footer,
               kept=kept_attention(ctx, table, what, item, name, base, source_names))  # fmt: skip


def main() -> None:
    ctx = queried_context()
    st.title(t("page_compare"), anchor="compare")
    queried_notice(ctx)
    if ctx.empty:
        empty_state()
        return
    settings = defaults()
    choices_of = {
        "source": data.ask(ctx.corpus, "side_sources", ctx.spec),
        "period": data.ask(ctx.corpus, "side_months", ctx.spec),
    }
    default_mode = (
        "source" if len(choices_of["source"]) > 1 else "period" if len(choices_of["period"]) > 1 else "selection"
    )
    mode = mode_control("qc", default_mode)
    a = b = NONE
    if mode in ("source", "period"):
        choices = choices_of[mode]
        if len(choices) < 2:
            st.info(t("cmp_need_sources" if mode == "source" else "cmp_need_months"), icon=":material/info:")
            return
        a, b = side_pickers("qc", mode, choices)
        name_a, name_b = side_label(mode, a), side_label(mode, b)
    elif not ctx.spec.filters_articles:
        st.info(t("cmp_need_filters"), icon=":material/filter_alt:")
        return
    else:
        name_a, name_b = t("cmp_selection_name"), t("cmp_rest_name")
    if mode != "selection" and a == b:
        st.warning(t("cmp_same"), icon=":material/warning:")
        return
    side_a, side_b = sides(ctx.spec, mode, a, b)
    n_a, n_b = data.ask(ctx.corpus, "side_articles", side_a, side_b)
    with st.container(key="qc_sides"):
        st.html(sides_html([("a", name_a, n_a), ("b", name_b, n_b)]))
    for side, n in (("a", n_a), ("b", n_b)):
        if not n:
            st.warning(t("cmp_empty_side", side=t(f"cmp_side_{side}")), icon=":material/warning:")
            return

    what, p, min_freq = keyness_controls("qc", WHATS, settings)

    with st.spinner(t("cmp_building")):
        freqs = data.ask(ctx.corpus, "compare_frequencies", side_a, side_b, what)
    table_key = ("qc", ctx.corpus, side_a, side_b, what, min_freq, p)
    table = data.cached_figure(table_key, lambda: freqs.keyness(min_freq=min_freq, p=p))
    names = item_names(ctx, what, table["item"])
    bar_names = bar_labels(what, names)
    keyness_captions(freqs, p, min_freq, "q_cmp_counted_terms" if what == "terms" else f"cmp_counted_{what}")

    footer = queried_provenance(ctx)
    columns = st.columns(2)
    for side, column, name in (("a", columns[0], name_a), ("b", columns[1], name_b)):
        with column, st.container(key=f"qc_key_{side}"):
            fig = key_items_bar(
                table, side, labels=bar_names, side_names=(name_a, name_b), top_n=int(settings["top_n"]),
                lang=ctx.chart_lang, title=t("cmp_key_for", side=t(f"cmp_side_{side}"), name=name),
            )  # fmt: skip
            chart_key = f"qc_chart_{side}"
            side_spec = side_a if side == "a" else side_b
            show_chart(fig, table, f"compare-{what}-key-{side}", key=chart_key, footer=footer, png_width=HALF_WIDTH,
                       on_select=partial(pick_item, chart_key, "qc_item"), selection_mode=("points",),
                       kept=kept_key_items(ctx, table, side, what, side_spec, (name_a, name_b), bar_names))  # fmt: skip

    with st.container(key="qc_evidence"):
        item = item_picker("qc", table, table_key, names)
        if item:
            row = table[table["item"].astype(str) == item].iloc[0]
            st.markdown(item_line(row, names.get(item, item)))
            left, right = st.columns(2)
            for side, column, spec, name, freq in (
                ("a", left, side_a, name_a, row["freq_a"]),
                ("b", right, side_b, name_b, row["freq_b"]),
            ):
                with column:
                    side_evidence(ctx, what, item, spec, side, name, freq)
            with st.container(key="qc_attention"):
                attention(ctx, mode, what, item, (a, b), names.get(item, item), footer)

    with st.container(key="qc_table"):
        tested_table(table, names, what, key="qc_table_grid", table_key=table_key, side_names=(name_a, name_b),
                     lang=ctx.lang)  # fmt: skip


main()

"""Compare: two sides of the corpus (two sources, two months, or the selection and the rest) and
what distinguishes them: key terms, actors, places, themes and event types, each with the
sentences behind its numbers on both sides (:mod:`analysis.aggregate.compare`)."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from analysis.aggregate import compare
from analysis.aggregate.evidence_marks import evidence_marks
from analysis.aggregate.keyness import defaults
from analysis.aggregate.theme_names import theme_name
from analysis.briefing.csv_export import csv_bytes
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
from dashboard.context import Context, context
from dashboard.i18n import t
from dashboard.markup import esc, highlight, isolate, md_text, rtl_block
from dashboard.widgets import (
    MAX_EVIDENCE,
    empty_state,
    nothing_here,
    pair_evidence_html,
    plotly_config,
    show_chart,
    where_html,
)

WHATS = ("terms", "actors", "places", "themes", "types")


# --- the sides ----------------------------------------------------------------------------------


def side_choices(ctx: Context, mode: str) -> list[str]:
    """What a side can be in ``mode``: the selection's sources (``""``: no source), most articles
    first, or its months, latest first."""
    documents = ctx.view.documents
    # once per selection, not on every run: 30,000 sources and dates
    if mode == "source":
        return data.cached_figure(
            ("cmp_sources", ctx.corpus, ctx.spec), lambda: list(documents["source"].fillna("").value_counts().index)
        )
    if mode == "period":
        return data.cached_figure(("cmp_months", ctx.corpus, ctx.spec), lambda: compare.months(documents)[::-1])
    return []


def sides(ctx: Context, mode: str, a: str, b: str) -> tuple[set, set, str, str]:
    """(articles of A, articles of B, A's name, B's name)."""
    documents = ctx.view.documents
    if mode == "selection":
        ids = set(documents["doc_id"])
        return ids, compare.rest_of(ctx.tables.documents, ids), t("cmp_selection_name"), t("cmp_rest_name")
    side = compare.source_side if mode == "source" else compare.month_side
    return side(documents, a), side(documents, b), side_label(mode, a), side_label(mode, b)


# --- the frequencies of one kind of item --------------------------------------------------------


def frequencies(ctx: Context, what: str, ids_a: set, ids_b: set) -> compare.Frequencies:
    """The two sides' frequencies: two row sums of the corpus' per-article counts (made once)."""
    with st.spinner(t("cmp_building")):
        counts = data.article_counts(ctx.corpus, what)
    return counts.frequencies(ids_a, ids_b)


def theme_names(ctx: Context) -> dict:
    """theme_id → ``Theme 3 · <its name, or its top terms>``."""
    themes = ctx.tables.themes
    return {int(i): t("cmp_theme", id=int(i), terms=theme_name(themes, int(i))) for i in themes["theme_id"].unique()}


def item_names(ctx: Context, what: str, items) -> dict:
    """item (as text) → its name in the interface language; a term is its own name (none listed:
    two months of a 30k-article corpus test 220,000 terms)."""
    if what == "terms":
        return {}
    if what in ("actors", "places"):
        return {str(i): data.entity_name(str(i)) for i in items}
    if what == "themes":
        names = theme_names(ctx)
        return {str(i): names.get(int(i), str(i)) for i in items}
    if what == "types":
        return {str(i): data.event_type_name(str(i)) for i in items}
    return {}


# --- evidence ------------------------------------------------------------------------------------


def term_html(rows: pd.DataFrame, ctx: Context) -> str:
    """The sentences of :func:`analysis.aggregate.compare.term_evidence`, one block a sentence,
    every occurrence of the term marked."""
    return _marked_sentences(rows, ctx, kind="match", span=("match_start", "match_end"), sentence_start="start")


def _marked_sentences(
    rows: pd.DataFrame, ctx: Context, *, kind: str, span: tuple[str, str], sentence_start: str
) -> str:
    """One evidence block per sentence of ``rows`` (at most :data:`MAX_EVIDENCE`), the ``span``
    columns' offsets marked as ``kind``; ``sentence_start`` is the column of the sentence's offset."""
    blocks = []
    for (doc_id, _), group in rows.groupby(["doc_id", "sentence_idx"], sort=False):
        first = group.iloc[0]
        spans = [(int(a), int(b), kind) for a, b in zip(group[span[0]], group[span[1]])]
        text = highlight(str(first["text"]), spans, base=int(first[sentence_start]))
        blocks.append(
            rtl_block(text + where_html(doc_id, ctx.tables.documents, ctx.params), css_class="rtl-text evidence")
        )
        if len(blocks) >= MAX_EVIDENCE:
            break
    return "".join(blocks)


def theme_html(rows: pd.DataFrame, ctx: Context) -> str:
    blocks = []
    for row in rows.head(MAX_EVIDENCE).itertuples():
        weight = f"<div class='about'>{esc(t('cmp_weight', w=f'{row.weight:.2f}'))}</div>"
        blocks.append(
            rtl_block(
                esc(row.text) + weight + where_html(row.doc_id, ctx.tables.documents, ctx.params),
                css_class="rtl-text evidence",
            )
        )
    return "".join(blocks)


def event_html(rows: pd.DataFrame, ctx: Context) -> str:
    sentences = ctx.tables.sentences[["doc_id", "sentence_idx", "start", "text"]]
    rows = rows.head(MAX_EVIDENCE).merge(sentences, on=["doc_id", "sentence_idx"], suffixes=("", "_sentence"))
    return _marked_sentences(rows, ctx, kind="date", span=("start", "end"), sentence_start="start_sentence")


def side_evidence(ctx: Context, what: str, item: str, ids: set, side: str, name: str) -> None:
    """The evidence of ``item`` on one side: its count, the first sentences (or articles), the CSV."""
    tables = ctx.tables
    if what == "terms":
        rows = compare.term_evidence(data.kwic_index(ctx.corpus), tables.sentences, item, ids)
        n, count_key = rows[["doc_id", "sentence_idx"]].drop_duplicates().shape[0], "cmp_evidence_sentences"
        html = term_html(rows, ctx)
    elif what in ("actors", "places"):
        rows = compare.entity_evidence(tables.mentions, tables.sentences, item, ids)
        n, count_key = len(rows), "cmp_evidence_sentences"
        marks = evidence_marks(rows.head(MAX_EVIDENCE), tables.mentions, tables.events, [item])
        html = pair_evidence_html(rows, marks, tables.documents, ctx.params, MAX_EVIDENCE)
    elif what == "themes":
        rows = compare.theme_evidence(tables.doc_themes, tables.sentences, int(item), ids)
        n, count_key = len(rows), "cmp_evidence_articles"
        html = theme_html(rows, ctx)
    else:
        rows = compare.event_type_evidence(tables.events, item, ids)
        n, count_key = len(rows), "cmp_evidence_events"
        html = event_html(rows, ctx)
    st.markdown(f"**{md_text(t(count_key, side=t(f'cmp_side_{side}'), n=n))}** · {md_text(isolate(name))}")
    if n > MAX_EVIDENCE:
        st.caption(t("ac_more", n=MAX_EVIDENCE))
    # scrolled in a frame of its own: sixty sentences a side would push the rest of the page far down
    with st.container(key=f"cmp_evidence_{side}", height=EVIDENCE_HEIGHT):
        if html:
            st.html(html)
        else:
            nothing_here()
    st.download_button(
        t("download_csv"), data=lambda: csv_bytes(rows), file_name=f"compare-evidence-{what}-{side}.csv",
        mime="text/csv", key=f"cmp_evidence_{side}_csv", on_click="ignore", icon=":material/download:",
    )  # fmt: skip


# --- attention by source over time ---------------------------------------------------------------


def item_weights(ctx: Context, what: str, item: str) -> pd.Series:
    """doc_id → how much of the article goes to ``item``: 1 for an article that names the actor or
    place, uses the term or reports an event of the type; a theme's weight in the article."""
    tables = ctx.tables
    if what in ("actors", "places"):
        ids = tables.mentions.loc[tables.mentions["entity_id"] == item, "doc_id"].unique()
    elif what == "types":
        ids = tables.events.loc[tables.events["event_type"] == item, "doc_id"].unique()
    elif what == "themes":
        rows = tables.doc_themes[tables.doc_themes["theme_id"] == int(item)]
        return pd.Series(rows["weight"].to_numpy(float), index=rows["doc_id"].to_numpy())
    else:
        matrix = data.term_counts(ctx.corpus)
        column = matrix.terms.index(item) if item in matrix.terms else None
        if column is None:
            return pd.Series(dtype=float)
        rows = matrix.counts[:, column].nonzero()[0]
        ids = [matrix.doc_ids[r] for r in rows]
    return pd.Series(1.0, index=pd.Index(ids))


def attention(ctx: Context, mode: str, what: str, item: str, pair: tuple[str, str], name: str) -> None:
    """The share of each source's articles given to ``item``, period by period: the two sources
    compared, or the selection's largest sources."""
    documents = ctx.tables.documents if mode == "selection" else ctx.view.documents
    sources = list(pair) if mode == "source" else side_choices(ctx, "source")[:ATTENTION_SOURCES]
    period = compare.attention_period(documents)
    key = ("cmp_attention", ctx.corpus, ctx.spec, mode, pair, what, item)
    table = data.cached_figure(
        key,
        lambda: compare.attention_by_source(documents, item_weights(ctx, what, item), period=period, sources=sources),
    )
    title = t("cmp_attention", period=t(f"period_{period}"))
    colors = {pair[0]: SIDE_COLORS["a"], pair[1]: SIDE_COLORS["b"]} if mode == "source" else None
    fig = attention_lines(table, source_names={s: side_label("source", s) for s in sources}, lang=ctx.chart_lang,
                          title=title, colors=colors)  # fmt: skip
    st.markdown(f"**{md_text(t('cmp_attention_of', name=isolate(name)))}**")  # the name kept out of the
    st.caption(t("cmp_attention_help"))  # chart's title, where a Latin name and an Arabic one scramble
    show_chart(fig, table, f"compare-attention-{what}", key="cmp_attention_chart")


# --- the page ------------------------------------------------------------------------------------


def main() -> None:
    ctx = context()
    st.title(t("page_compare"), anchor="compare")
    if ctx.empty:
        empty_state()
        return
    settings = defaults()
    sources, months_ = side_choices(ctx, "source"), side_choices(ctx, "period")
    default_mode = "source" if len(sources) > 1 else "period" if len(months_) > 1 else "selection"
    mode = mode_control("cmp", default_mode)
    choices = side_choices(ctx, mode)
    a = b = NONE
    if mode in ("source", "period"):
        if len(choices) < 2:
            st.info(t("cmp_need_sources" if mode == "source" else "cmp_need_months"), icon=":material/info:")
            return
        a, b = side_pickers("cmp", mode, choices)
    elif ctx.spec.is_empty:
        st.info(t("cmp_need_filters"), icon=":material/filter_alt:")
        return

    ids_a, ids_b, name_a, name_b = sides(ctx, mode, a, b)
    with st.container(key="cmp_sides"):
        st.html(sides_html([("a", name_a, len(ids_a)), ("b", name_b, len(ids_b))]))
    for side, ids in (("a", ids_a), ("b", ids_b)):
        if not ids:
            st.warning(t("cmp_empty_side", side=t(f"cmp_side_{side}")), icon=":material/warning:")
            return
    if ids_a == ids_b:
        st.warning(t("cmp_same"), icon=":material/warning:")
        return

    what, p, min_freq = keyness_controls("cmp", WHATS, settings)

    spec_key = ("cmp", ctx.corpus, ctx.spec, mode, a, b, what)
    freqs = data.cached_figure(spec_key, lambda: frequencies(ctx, what, ids_a, ids_b))
    table_key = (*spec_key, min_freq, p)
    table = data.cached_figure(table_key, lambda: freqs.keyness(min_freq=min_freq, p=p))
    names = item_names(ctx, what, table["item"])
    bar_names = bar_labels(what, names)
    keyness_captions(freqs, p, min_freq, f"cmp_counted_{what}")

    lang = ctx.chart_lang
    columns = st.columns(2)
    for side, column, name in (("a", columns[0], name_a), ("b", columns[1], name_b)):
        with column, st.container(key=f"cmp_key_{side}"):
            title = t("cmp_key_for", side=t(f"cmp_side_{side}"), name=name)
            fig = key_items_bar(
                table, side, labels=bar_names, side_names=(name_a, name_b), top_n=int(settings["top_n"]), lang=lang,
                title=title,
            )  # fmt: skip
            chart_key = f"cmp_chart_{side}"
            st.plotly_chart(
                fig, key=chart_key, config=plotly_config(f"compare-{what}-key-{side}", fig),
                on_select=partial(pick_item, chart_key, "cmp_item"), selection_mode=("points",),
            )  # fmt: skip

    with st.container(key="cmp_evidence"):
        item = item_picker("cmp", table, table_key, names)
        if item:
            row = table[table["item"].astype(str) == item].iloc[0]
            st.markdown(item_line(row, names.get(item, item)))
            left, right = st.columns(2)
            for side, column, ids, name in (("a", left, ids_a, name_a), ("b", right, ids_b, name_b)):
                with column:
                    side_evidence(ctx, what, item, ids, side, name)
            with st.container(key="cmp_attention"):
                attention(ctx, mode, what, item, (a, b), names.get(item, item))

    with st.container(key="cmp_table"):
        tested_table(table, names, what, key="cmp_table_grid", table_key=table_key, side_names=(name_a, name_b),
                     lang=ctx.lang)  # fmt: skip


main()

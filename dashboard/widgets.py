"""Building blocks every page uses: a chart with its exports, a table, the empty state."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from analysis.aggregate.membership import is_in
from analysis.briefing.csv_export import csv_bytes
from analysis.text.arabic import ARABIC_SCRIPT
from dashboard import data
from dashboard.context import context, doc_label, queried_context
from dashboard.i18n import catalogue, code_label, current_lang, t
from dashboard.markup import RLM, article_href, esc, highlight, link, rtl_block

if TYPE_CHECKING:
    from analysis.briefing.provenance import Provenance

_ARABIC = re.compile(f"[{ARABIC_SCRIPT}]")
_STRONG = re.compile(f"[A-Za-z0-9\u00c0-\u024f{ARABIC_SCRIPT}]")


#: CSS width of the modebar's PNG: the width the provenance footer of :func:`chart_figure` is wrapped for.
MODEBAR_PNG_WIDTH = 1200
#: The same for a chart in half the page (``st.columns(2)``): about the width of a half column of
#: the wide layout beside the sidebar, so its footer wraps inside the chart instead of running off it.
HALF_WIDTH = 440


def today() -> dt.date:
    """The export date of the footers drawn now (a function, so a test can move the clock)."""
    return dt.date.today()


def plotly_config(
    name: str, fig: go.Figure | None = None, *, width: int = MODEBAR_PNG_WIDTH, revision: int = 0
) -> dict:
    """Modebar: PNG export at twice the size under a meaningful file name, no Plotly logo.

    The PNG is laid out at ``width`` (:data:`MODEBAR_PNG_WIDTH`, or the width the chart's footer
    was wrapped for) × the figure's height (not at the size of the column the chart sits in), so
    the provenance footer comes out as it does in the export. A ``revision`` other than 0 is
    written in the PNG's options, which the modebar ignores: a new one makes the chart a new one
    to Streamlit, whose selection (the outlined point) starts empty."""
    image: dict = {"format": "png", "filename": name, "scale": 2}
    if fig is not None:
        image |= {"width": width, "height": int(data.figure_height(fig) or 560)}
    if revision:
        image["revision"] = revision
    return {"toImageButtonOptions": image, "displaylogo": False}


def _frozen(value):
    """``value`` as a hashable cache key part (options hold lists: theme ids, entity ids)."""
    if isinstance(value, dict):
        return tuple(sorted((k, _frozen(v)) for k, v in value.items()))
    if isinstance(value, (list, tuple)):
        return tuple(_frozen(v) for v in value)
    return value


#: Charts drawn from a table no filter changes (the corpus' themes: a theme's terms are the
#: corpus'), given the same options: drawn once per corpus, language and options; each selection's
#: footer is laid over it where it is sent (:func:`dashboard.data.footered`), not on a copy.
SELECTION_FREE = frozenset({"theme_terms"})


def chart_figure(chart_id: str, options: dict, *, width: int = MODEBAR_PNG_WIDTH) -> go.Figure:
    """The registered chart ``chart_id`` with ``options`` for the selection of this run, exactly
    as the export and the briefing pack draw it (:func:`analysis.charts.registry.make_figure`),
    with the provenance footer as part of the figure, so the modebar's PNG carries it too.

    The footer is wrapped for ``width`` CSS pixels: :data:`HALF_WIDTH` for a chart in half the page
    (pass the same to :func:`show_chart` as ``png_width``). Pass the same ``(chart_id, options)`` to
    :func:`show_chart` as ``chart``. Cached per corpus, filters, languages, options, width and day
    (the footer says when it was exported: a dashboard left running overnight dates it afresh).
    """
    from analysis.briefing.provenance import Provenance, with_footer
    from analysis.charts.registry import make_figure

    ctx = context()
    footer_lang = "ar" if ctx.lang == "ar" else "en"

    def draw() -> go.Figure:
        return make_figure(chart_id, ctx.view, dict(options), ctx.chart_lang, entities=ctx.entities)

    def build() -> go.Figure:
        provenance = data.cached_figure(  # one per selection and day: the page's charts share it
            ("provenance", ctx.corpus, ctx.spec, day),
            lambda: Provenance.of(ctx.view, ctx.spec, corpus=ctx.tables.name, entities=ctx.entities, exported=day),
        )
        if chart_id in SELECTION_FREE:  # drawn once per corpus; each selection's footer laid over it
            base = ("chart_base", chart_id, ctx.corpus, ctx.chart_lang, _frozen(options))
            return data.footered(data.cached_figure(base, draw), provenance, lang=footer_lang, width=width)
        return with_footer(draw(), provenance, lang=footer_lang, width=width, inplace=True)

    day = today()
    key = ("chart", chart_id, ctx.corpus, ctx.spec, ctx.chart_lang, footer_lang, _frozen(options), width, day)
    return data.cached_figure(key, build)


def svg_bytes(fig: go.Figure) -> bytes:
    fig = data.full_figure(fig)
    height = fig.layout.height or 560
    return fig.to_image(format="svg", width=1200, height=int(height))


def show_chart(
    fig: go.Figure,
    table: pd.DataFrame | Callable[[], pd.DataFrame] | None,
    name: str,
    *,
    key: str,
    chart: tuple[str, dict] | None = None,
    on_select=None,
    selection_mode=None,
    png_width: int = MODEBAR_PNG_WIDTH,
    revision: int = 0,
    footer: Provenance | None = None,
    kept: Callable[[], tuple[str, pd.DataFrame]] | None = None,
):
    """The chart, then its downloads: the underlying table (CSV) and the chart (SVG).

    ``table`` may be a function that makes the table: then it is made only when the CSV is
    downloaded (a table of the whole 31k-article corpus need not be built on every rerun).

    Both downloads are produced only when clicked (``data`` is a callable), so drawing a
    page never waits for kaleido. ``chart`` names the chart in the registry
    (:mod:`analysis.charts.registry`, id and options): it adds the print-quality export
    (PNG/SVG/PDF with a provenance footer) and "Add to briefing". Returns the selection
    state when ``on_select`` is given. ``png_width``: the modebar PNG's width (the footer's, see
    :func:`chart_figure`); ``revision``: see :func:`plotly_config` (a new one clears the selection).
    ``footer``: for a chart drawn outside the registry (a queried build's pages), its provenance: put
    on the figure shown (so the modebar's PNG carries it, as :func:`chart_figure` does) and the
    print-quality export made from the figure itself, and "Add to briefing" keeps the figure as drawn,
    with ``kept()``: the caption and the sentences behind it, asked when it is added.
    """
    raw = fig
    footer_lang = "ar" if current_lang() == "ar" else "en"
    if footer is not None:
        fig = _footered(fig, footer, footer_lang, png_width)
    kwargs = {}
    if on_select is not None:
        kwargs = {"on_select": on_select, "selection_mode": selection_mode or ("points",)}
    event = st.plotly_chart(
        data.sent_figure(fig), key=key, config=plotly_config(name, fig, width=png_width, revision=revision), **kwargs
    )
    with st.container(horizontal=True, key=f"{key}__exports", gap="small"):
        if table is not None:
            st.download_button(
                t("download_csv"), data=lambda: csv_bytes(table() if callable(table) else table),
                file_name=f"{name}.csv", mime="text/csv",
                key=f"{key}__csv", on_click="ignore", icon=":material/download:",
            )  # fmt: skip
        st.download_button(
            t("download_svg"), data=lambda: svg_bytes(fig), file_name=f"{name}.svg", mime="image/svg+xml",
            key=f"{key}__svg", on_click="ignore", icon=":material/download:",
        )  # fmt: skip
        if chart is not None:
            _export_popover(partial(_export, chart), name, key)
            st.button(
                t("brief_add"), key=f"{key}__brief", icon=":material/playlist_add:",
                on_click=add_to_briefing, args=(chart,),
            )  # fmt: skip
        elif footer is not None:
            _export_popover(partial(_export_figure, raw, footer, footer_lang), name, key)
            st.button(
                t("brief_add"), key=f"{key}__brief", icon=":material/playlist_add:",
                on_click=keep_in_briefing, args=(raw, name, footer, kept),
            )  # fmt: skip
    return event


def _footered(fig: go.Figure, footer: Provenance, lang: str, width: int) -> go.Figure:
    """``fig`` with the provenance ``footer``, made once per figure object and footer: a cached figure
    (:func:`dashboard.data.cached_figure`) shown again is not copied again (a map's outlines take a
    third of a second to copy), and its copy is sent as it was (:func:`dashboard.data.sent_figure`)."""
    from analysis.briefing.provenance import with_footer

    kept = fig.__dict__.setdefault("_footered", {})  # on the figure: gone with it
    key = (footer, lang, width)
    made = kept.get(key)
    if made is None:
        made = kept[key] = with_footer(fig, footer, lang=lang, width=width)
    return made


def add_to_briefing(chart: tuple[str, dict]) -> None:
    """Store a chart, with the filters, language and corpus of the moment, in the open briefing
    (the article store keeps it: :mod:`dashboard.briefing_state`)."""
    from dashboard.briefing_state import add_chart

    chart_id, options = chart
    add_chart(chart_id, options, context())


def keep_in_briefing(fig: go.Figure, name: str, footer: Provenance, kept) -> None:
    """Store a chart of a build too large to load, as drawn, in the open briefing (:func:`show_chart`)."""
    from dashboard.briefing_state import add_kept

    add_kept(fig, name, footer, kept, queried_context())


def _export_popover(make: Callable[[str, int, float], tuple[bytes, str] | str], name: str, key: str) -> None:
    """Print-quality export of one chart: format, width and scale, then a download of what
    ``make(fmt, width, scale)`` gives (:func:`_export`, :func:`_export_figure`)."""
    with st.popover(t("export"), icon=":material/print:"):
        fmt = st.segmented_control(t("export_format"), ["png", "svg", "pdf"], default="png", key=f"{key}__fmt")
        width = st.number_input(t("export_width"), 600, 4000, 1600, step=100, key=f"{key}__width")
        scale = st.select_slider(t("export_scale"), [1, 2, 3, 4], value=2, key=f"{key}__scale",
                                 disabled=fmt != "png")  # fmt: skip
        if st.button(t("export_prepare"), key=f"{key}__prepare", icon=":material/hourglass_top:"):
            st.session_state[f"{key}__file"] = make(fmt or "png", int(width), float(scale))
        prepared = st.session_state.get(f"{key}__file")
        if isinstance(prepared, str):
            st.error(prepared, icon=":material/error:")
        elif prepared:
            data, fmt_done = prepared
            mime = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}[fmt_done]
            st.download_button(
                t("export_download", fmt=fmt_done.upper()), data=data, file_name=f"{name}.{fmt_done}", mime=mime,
                key=f"{key}__download", on_click="ignore", icon=":material/download:",
            )  # fmt: skip


def _export(chart: tuple[str, dict], fmt: str, width: int, scale: float):
    """``(bytes, fmt)``, or the message of a failed export (what is missing, how to install it)."""
    from analysis.briefing import ExportError, export_chart

    chart_id, options = chart
    ctx = context()
    try:
        with st.spinner(t("export_running")):
            data = export_chart(
                chart_id, ctx.view, fmt, options=dict(options), filters=ctx.spec, lang=ctx.chart_lang,
                corpus=ctx.tables.name, width=width, scale=scale, entities=ctx.entities,
                footer_lang="ar" if ctx.lang == "ar" else "en",
            )  # fmt: skip
        return data, fmt
    except ExportError as error:
        return str(error)


def _export_figure(fig: go.Figure, footer: Provenance, footer_lang: str, fmt: str, width: int, scale: float):
    """As :func:`_export`, for a figure drawn outside the registry, with its provenance ``footer``."""
    from analysis.briefing import ExportError
    from analysis.briefing.static import export_figure

    try:
        with st.spinner(t("export_running")):
            return export_figure(fig, fmt, width=width, scale=scale, footer=footer, footer_lang=footer_lang), fmt
    except ExportError as error:
        return str(error)


def rtl_cells(table: pd.DataFrame) -> pd.DataFrame:
    """The table's text and date cells as the grid should show them.

    Text cells that hold Arabic but start with a Latin letter or digit get a leading RLM:
    ``st.dataframe`` draws on a canvas and takes a cell's direction from its first strong
    character, so ``M4 مغلق`` would otherwise be laid out left to right. A missing value (an
    article with no source or no date) is an empty cell, not the grid's grey "None"; dates are
    written ``YYYY-MM-DD`` (which sort as dates).
    """
    out = table.copy()
    for column in out.columns:
        if not (out[column].dtype == object or pd.api.types.is_string_dtype(out[column])):
            continue
        # map, not a list: the column keeps its dtype (an arrow string column stays one)
        out[column] = out[column].map(_grid_cell)
    return out


def _grid_cell(value):
    """One cell of :func:`rtl_cells` (most cells are text without Arabic: checked first, cheaply)."""
    if isinstance(value, str):
        if value.isascii() or not _ARABIC.search(value):
            return value
        first = _STRONG.search(value)
        return RLM + value if first and not _ARABIC.match(first.group()) else value
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def show_table(
    table: pd.DataFrame,
    name: str,
    *,
    key: str,
    column_config=None,
    height="auto",
    csv_table=None,
    cells_key: tuple | None = None,
    **kwargs,
):
    """A sortable table (Arabic cells right to left) and its CSV download (``csv_table`` if given).

    Columns are headed by their ``col_<name>`` label in the interface language; the CSV keeps
    the table's own column names (the output contract). In the Arabic interface the table runs
    right to left, its first column at the right (the grid has no right-to-left mode, so the
    columns are given in reverse), and a table wider than the page opens scrolled to its right
    end (:func:`dashboard.markup.document_direction`), so the events table shows its sentence first.
    ``cells_key`` (the corpus, the selection and what else decides the table): the grid's cells
    (:func:`rtl_cells`) made once per key, not on every run (30,000 articles are 240,000 cells).
    """
    full = table if csv_table is None else csv_table
    cells = (
        rtl_cells(table) if cells_key is None else data.cached_figure(("cells", *cells_key), lambda: rtl_cells(table))
    )
    if current_lang() == "ar":
        kwargs.setdefault("column_order", list(reversed(table.columns)))
    event = st.dataframe(
        cells, key=key, hide_index=True, column_config=column_labels(table.columns, column_config),
        height=height, **kwargs,
    )  # fmt: skip
    st.download_button(
        t("download_csv"), data=lambda: csv_bytes(full), file_name=f"{name}.csv", mime="text/csv",
        key=f"{key}__csv", on_click="ignore", icon=":material/download:",
    )  # fmt: skip
    return event


def column_labels(columns, config: dict | None = None) -> dict:
    """``config`` plus a header label for every other column that the catalogue names."""
    labels = dict(config or {})
    known = catalogue()
    for column in columns:
        if column not in labels and f"col_{column}" in known:
            labels[column] = t(f"col_{column}")
    return labels


def empty_state() -> None:
    """The friendly message of an empty selection (never an error)."""
    with st.container(key="empty_state"):
        st.info(f"**{t('empty_title')}**\n\n{t('empty_body')}", icon=":material/filter_alt_off:")


def nothing_here() -> None:
    st.caption(t("empty_block"))


def pair_evidence_html(
    sentences: pd.DataFrame,
    marks: dict,
    documents: pd.DataFrame,
    params: dict,
    limit: int,
) -> str:
    """The first ``limit`` evidence sentences, right to left, each with its marks
    (:func:`analysis.aggregate.evidence_marks.evidence_marks`: the pair's two entities, other places
    and dates, each role in a style of its own, named in the mark's title) and its article."""
    blocks = []
    shown = sentences.head(limit)
    # the articles' source and date at once: a look-up per sentence scans a 30,000-article table
    articles = documents[is_in(documents["doc_id"], set(shown["doc_id"]))].drop_duplicates("doc_id")
    about = {
        d: {"source": s, "published": p}
        for d, s, p in zip(articles["doc_id"], articles.get("source", [None] * len(articles)),
                           articles.get("published", [None] * len(articles)))
    }  # fmt: skip
    for row in shown.itertuples():
        spans = [(m.start, m.end, m.role, mark_title(m)) for m in marks.get((row.doc_id, int(row.sentence_idx)), ())]
        where = where_html(row.doc_id, documents, params, **about.get(row.doc_id, {}))
        blocks.append(
            rtl_block(f"{highlight(row.text, spans, base=int(row.start))}{where}", css_class="rtl-text evidence")
        )
    return "".join(blocks)


def mark_title(mark) -> str:
    """The tooltip of a mark: the entity's names, or "date" (the expression is the mark's text)."""
    return t("kind_date") if mark.role == "date" else data.entity_name(mark.key)


def evidence_key_html(pair: list[str], summary) -> str:
    """Above the evidence: what each style marks (the pair's names, place, date), then the
    places and the dates of the sentences (:class:`analysis.aggregate.evidence_marks.EvidenceSummary`):
    ``Places: Idlib (5), Saraqib (2) · Dates: 2019-03 … 2020-02 (14)``."""
    kinds = [(role, data.entity_name(entity)) for role, entity in zip(("pair_a", "pair_b"), pair)]
    kinds += [("place", t("ev_place")), ("date", t("kind_date"))]
    items = "".join(f'<span class="hl hl-{esc(k)} legend-item"><bdi>{esc(label)}</bdi></span>' for k, label in kinds)
    parts = []
    if summary.places:
        places = t("ev_list_sep").join(f"<bdi>{esc(short_name(p))}</bdi> ({n})" for p, n in summary.places)
        parts.append(f"{esc(t('ev_places'))} {places}")
    else:
        parts.append(esc(t("ev_no_places")))
    if summary.first is not None:
        first, last = f"{summary.first:%Y-%m}", f"{summary.last:%Y-%m}"
        span = first if first == last else f"{first} … {last}"
        parts.append(f"{esc(t('ev_dates'))} <bdi dir='ltr'>{esc(span)}</bdi> ({summary.n_dates})")
    else:
        parts.append(esc(t("ev_no_dates")))
    return (
        f'<div class="hl-legend evidence-key" role="note" aria-label="{esc(t("ar_legend"))}">{items}</div>'
        f'<div class="evidence-summary">{" · ".join(parts)}</div>'
    )


def short_name(entity_id: str) -> str:
    """An entity's name in the interface language alone (the summary line has no room for both)."""
    en, ar = data.entity_names().get(str(entity_id), (str(entity_id), ""))
    return (ar or en) if current_lang() == "ar" else en


#: Evidence sentences shown at once (the CSV has them all).
MAX_EVIDENCE = 60


def entity_evidence(ctx, key: str, entity_ids: list[str], *, help_key: str) -> None:
    """The sentences naming one entity, chosen by a click on its bar (the chart's on_select sets
    ``st.session_state[key]``) or in the select box ``key`` (the keyboard's way to the same):
    the styles' key, the places and dates of the sentences, the sentences, their CSV."""
    from analysis.aggregate.comentions import entity_sentences
    from analysis.aggregate.evidence_marks import evidence_marks, evidence_summary

    view = ctx.view
    st.caption(t(help_key))
    if st.session_state.get(key) not in (None, *entity_ids):
        st.session_state[key] = None  # an entity the filters removed
    entity = st.selectbox(
        t("ev_entity_pick"), entity_ids, key=key, index=None, placeholder=t("ac_none"),
        format_func=data.entity_name,
    )  # fmt: skip
    if not entity:
        return
    rows = entity_sentences(view.mentions, view.sentences, entity)
    with st.container(horizontal=True, key=f"{key}_head", vertical_alignment="center"):
        st.caption(t("ac_evidence_one", n=len(rows)))
        st.button(t("ev_clear"), key=f"{key}_clear", on_click=st.session_state.update, kwargs={key: None},
                  icon=":material/close:")  # fmt: skip
    st.html(evidence_key_html([entity], evidence_summary(rows, view.mentions, view.events, [entity])))
    if len(rows) > MAX_EVIDENCE:
        st.caption(t("ac_more", n=MAX_EVIDENCE))
    marks = evidence_marks(rows.head(MAX_EVIDENCE), view.mentions, view.events, [entity])
    with st.container(key=f"{key}_list"):
        st.html(pair_evidence_html(rows, marks, view.documents, ctx.params, MAX_EVIDENCE))
    st.download_button(
        t("download_csv"), data=lambda: csv_bytes(rows), file_name=f"evidence-{entity}.csv", mime="text/csv",
        key=f"{key}_csv", on_click="ignore", icon=":material/download:",
    )  # fmt: skip


def where_html(doc_id: str, documents: pd.DataFrame, params: dict, *, source=None, published=None) -> str:
    """Under an evidence sentence: its article's title (a link to the reader), source and
    publication date, escaped. ``source``/``published`` save a look-up when the caller has them."""
    if source is None and published is None:
        found = documents.loc[documents["doc_id"] == doc_id]
        if len(found):
            source = found["source"].iloc[0] if "source" in found else None
            published = found["published"].iloc[0] if "published" in found else None
    parts = [link(article_href(doc_id, params), doc_label(documents, doc_id, max_chars=60))]
    if _plain(source):
        parts.append(f"<bdi>{esc(_plain(source))}</bdi>")  # a Latin source keeps its own order
    if _plain(published):  # 2019-03-14, not 14-03-2019, inside a right-to-left line
        parts.append(f"<bdi dir='ltr'>{esc(_plain(published))}</bdi>")
    return f"<div class='where'>{' · '.join(parts)}</div>"


def _plain(value) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NaT:
        return ""
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    return str(value)


def event_evidence_html(sentences: pd.DataFrame, documents: pd.DataFrame, params: dict, limit: int) -> str:
    """The first ``limit`` sentences of some events (rows of
    :func:`analysis.aggregate.timeline.event_sentences`), right to left, their date expressions
    highlighted, each with its events' type and time (reported, scheduled…) and its article."""
    blocks = []
    for row in sentences.head(limit).itertuples():
        base = row.sentence_start
        marks = [] if base is None or pd.isna(base) else [(s, e, "date") for s, e in row.spans]
        text = highlight(row.text, marks, base=0 if not marks else int(base))
        about = " · ".join(
            [*(data.event_type_name(k) for k in row.event_types), *(code_label("when", w) for w in row.whens)]
        )
        blocks.append(
            rtl_block(
                f"{text}<div class='about' dir='auto'>{esc(about)}</div>"
                f"{where_html(row.doc_id, documents, params, source=row.source, published=row.published)}",
                css_class="rtl-text evidence",
            )
        )
    return "".join(blocks)

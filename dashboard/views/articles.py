"""Articles: the list with metadata, and a reader with actors, regions and dates highlighted.

Link to an article with ``?doc=<doc_id>`` on this page (the filter parameters may stay).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.aggregate.theme_names import theme_name
from analysis.briefing.csv_export import csv_bytes
from analysis.viz.bars import top_terms_bar
from dashboard import data, url
from dashboard.context import Context, context, doc_label, picker_options
from dashboard.i18n import t
from dashboard.links import Dropped
from dashboard.markup import esc, legend, paragraphs, rtl_block, text_parts
from dashboard.timeline_table import events_table
from dashboard.widgets import empty_state, show_chart, show_table

LIST_COLUMNS = ["title", "source", "published", "n_sentences", "doc_id"]


def follow_url(doc_ids: frozenset[str]) -> None:
    """A ``doc`` parameter that is new (a followed link) selects the article."""
    url_doc = url.linked_doc()
    if url_doc and url_doc != st.session_state.get("_url_doc"):
        if url_doc in doc_ids:
            st.session_state["ar_doc"] = url_doc
        else:
            url.note_dropped([Dropped("doc", url_doc, "unknown")])
    st.session_state["_url_doc"] = url_doc


def pick_from_list() -> None:
    """on_select of the article list: the clicked row opens in the reader."""
    rows = st.session_state["ar_list"]["selection"]["rows"]
    ids = st.session_state.get("_ar_list_ids") or []
    if rows and rows[0] < len(ids):
        st.session_state["ar_doc"] = ids[rows[0]]


def reader(ctx: Context, doc_id: str) -> None:
    tables = ctx.tables
    doc = tables.documents[tables.documents["doc_id"] == doc_id].iloc[0]
    text = tables.texts.get(doc_id, "")
    if not (ctx.view.documents["doc_id"] == doc_id).any():
        st.info(t("ar_not_in_selection"))
    title = doc["title"] or t("untitled")
    # each piece isolated, so an id like 000_44046 keeps its order inside the RTL line
    meta = " · ".join(f"<bdi>{esc(v)}</bdi>" for v in (doc["source"], doc["published"], doc_id) if v)
    st.html(rtl_block(esc(title), css_class="article-title") + rtl_block(meta, css_class="rtl-text article-meta"))

    mentions = tables.mentions[tables.mentions["doc_id"] == doc_id]
    events = tables.events[tables.events["doc_id"] == doc_id]
    spans = [
        (s, e, k, data.entity_name(i)) for s, e, k, i in
        zip(mentions["start"], mentions["end"], mentions["entity_kind"], mentions["entity_id"])
    ]  # fmt: skip
    spans += [
        (s, e, "date", "" if a is None else f"{a} – {b}" if a != b else str(a))
        for s, e, a, b in zip(events["start"], events["end"], events["date_start"], events["date_end"])
    ]
    kinds = [("actor", t("kind_actor")), ("region", t("kind_region")), ("date", t("kind_date"))]
    query = st.query_params.get("q", "").strip()  # opened from a line of the Search page
    if query:
        found = data.kwic_index(ctx.corpus).search(query, doc_ids={doc_id})
        # first, so that a match wins over a mention of the same span (the reader came for it)
        spans = [(s, e, "match", query) for s, e in zip(found["start"], found["end"])] + spans
        kinds.append(("match", t("se_reader_match", q=query)))
    main_col, side = st.columns([3, 2], gap="large")
    with main_col, st.container(key="article_reader"):
        start, end = reader_part(text, doc_id, first_match=int(spans[0][0]) if query and spans else None)
        st.html(
            f"<div><b>{esc(t('ar_legend'))}</b>{legend(kinds)}</div>" + rtl_block(paragraphs(text, spans, start, end))
        )
    with side:
        with st.container(key="article_terms"):
            fig = top_terms_bar(tables.doc_terms, doc_ids=[doc_id], lang=ctx.chart_lang, title=t("ar_key_terms"))
            show_chart(fig, tables.doc_terms[tables.doc_terms["doc_id"] == doc_id], f"article-{doc_id}-key-terms",
                       key="ar_terms")  # fmt: skip
        with st.container(key="article_themes"):
            st.subheader(t("ar_themes"), anchor="article-themes")
            weights = tables.doc_themes[tables.doc_themes["doc_id"] == doc_id].sort_values("weight", ascending=False)
            rows = "".join(
                f"<li><b>{esc(f'{w:.0%}')}</b> — {esc(theme_name(tables.themes, th, n_terms=5))}</li>"
                for th, w in zip(weights["theme_id"], weights["weight"])
            )
            st.html(rtl_block(f"<ul>{rows}</ul>"))
        with st.container(key="article_events"):
            st.subheader(t("ar_events"), anchor="article-events")
            if len(events):
                table = events_table(events, tables.documents, ctx.params, ctx.lang)
                st.html(events_list_html(table, ctx.lang))
                st.download_button(
                    t("download_csv"), data=lambda: csv_bytes(events), file_name=f"article-{doc_id}-events.csv",
                    mime="text/csv", key="ar_events__csv", on_click="ignore", icon=":material/download:",
                )  # fmt: skip


def reader_part(text: str, doc_id: str, *, first_match: int | None = None) -> tuple[int, int]:
    """The part of a long article the reader shows (:func:`dashboard.markup.text_parts`), chosen with a
    picker above it; opened from a Search line, the part of the first match. A short article is one part."""
    parts = text_parts(text)
    if len(parts) == 1:
        return parts[0]
    key = f"ar_part_{doc_id}"
    if key not in st.session_state and first_match is not None:
        st.session_state[key] = next(i for i, (a, b) in enumerate(parts) if first_match < b or b == len(text))
    index = st.selectbox(
        t("ar_part", n=len(parts), chars=len(text)), range(len(parts)), key=key,
        format_func=lambda i: t("ar_part_option", i=i + 1, n=len(parts), first=parts[i][0] + 1, last=parts[i][1]),
    )  # fmt: skip
    return parts[index or 0]


def events_list_html(table, lang: str) -> str:
    """The article's events as a list a side column can hold (a grid of five columns there shows
    two): each date expression as the article writes it, the days it names, its type and actors.
    Right to left in the Arabic interface; each date isolated left to right (``2019-04-01``)."""
    items = []
    for row in table.itertuples():
        first, last = _day(row.date_start), _day(row.date_end)
        # each date left to right; the range in the line's direction (in Arabic the first at the right)
        days = [d for d in dict.fromkeys((first, last)) if d]
        parts = [f'<b lang="ar" dir="rtl">{esc(row.date_text)}</b>']
        if days:
            parts.append(" – ".join(f'<bdi dir="ltr">{esc(d)}</bdi>' for d in days))
        parts.append(f"<bdi>{esc(row.event_type)}</bdi>")
        if row.actors:
            parts.append(f"<bdi>{esc(row.actors)}</bdi>")
        items.append(f"<li>{' · '.join(parts)}</li>")
    direction = "rtl" if lang == "ar" else "ltr"
    return f'<ul class="article-events" dir="{direction}">{"".join(items)}</ul>'


def _day(value) -> str:
    return "" if value is None or pd.isna(value) else f"{pd.Timestamp(value):%Y-%m-%d}"


def main() -> None:
    ctx = context()
    st.title(t("page_articles"), anchor="articles")
    # made once per corpus and selection: a 30,000-article list read cell by cell costs 0.1 s a run
    all_ids = data.cached_figure(("doc_ids", ctx.corpus), lambda: frozenset(ctx.tables.documents["doc_id"].tolist()))
    view_ids = data.cached_figure(("doc_ids", ctx.corpus, ctx.spec), lambda: ctx.view.documents["doc_id"].tolist())
    last = st.session_state.get("_ar_doc_last")
    if st.session_state.get("_page_arrived") and last in all_ids:  # a new link (follow_url) wins
        st.session_state["ar_doc"] = last  # back on the page: the article read last, as the other pages' choices
    follow_url(all_ids)
    if ctx.empty:
        empty_state()
        url_doc = url.linked_doc()
        if url_doc in all_ids:  # a followed link still opens its article
            reader(ctx, url_doc)
        return

    if view_ids:
        with st.container(key="article_list"):
            st.subheader(t("ar_list"), anchor="article-list")
            st.session_state["_ar_list_ids"] = view_ids
            show_table(
                ctx.view.documents[LIST_COLUMNS], "articles", key="ar_list", on_select=pick_from_list,
                cells_key=("articles", ctx.corpus, ctx.spec),
                selection_mode="single-row", height=min(38 + 35 * len(view_ids), 320),
            )  # fmt: skip

    chosen = st.session_state.get("ar_doc")
    options, left_out = picker_options(view_ids, chosen if chosen in all_ids else None)
    st.subheader(t("ar_reader"), anchor="reader")
    doc_id = st.selectbox(
        t("ar_choose"),
        options,
        key="ar_doc",
        format_func=lambda d: doc_label(ctx.tables.documents, d),
        placeholder=t("choose"),
    )
    if left_out:
        st.caption(t("picker_cut", shown=f"{len(view_ids) - left_out:,}", n=f"{len(view_ids):,}"))
    if doc_id:
        url.show_doc(doc_id)
        st.session_state["_url_doc"] = st.session_state["_ar_doc_last"] = doc_id
        reader(ctx, doc_id)


main()

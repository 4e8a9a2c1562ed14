"""Search: every occurrence of a word or phrase in the selection, as a concordance.

The query, the order and the page are in the URL (``?q=وقف إطلاق النار&sort=newest&p=2``), so a
copied link opens the same lines. The search is on normalised Arabic with proclitics
(:mod:`analysis.aggregate.kwic`); the same line in several articles is shown once with its count
(:mod:`analysis.aggregate.concordance`); the export holds every match, not only the page.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from analysis.aggregate.concordance import SORTS, Concordance
from analysis.briefing.csv_export import csv_bytes
from dashboard import data, url
from dashboard.context import context, doc_label
from dashboard.i18n import t
from dashboard.markup import article_href, esc, highlight, link
from dashboard.widgets import empty_state

#: Lines per page.
PAGE_SIZE = 50

#: The concordance's own layout. Each line is one row, aligned on the keyword column: the words
#: before it (on its right, in an Arabic line) end against it and are cut at the row's right edge,
#: the words after it start against it and are cut at the left edge. The cell before the keyword
#: is laid out left to right around a right-to-left span, so that it overflows (and is cut) on the
#: right, where the line's far-away words are, not on the side next to the keyword. On a phone
#: (390 px) the article goes under its line, which keeps the width for the words.
CONCORDANCE_CSS = """<style>
table.concordance{width:100%;border-collapse:collapse;font-family:"Noto Sans Arabic","Noto Naskh Arabic",Amiri,
"Noto Sans",sans-serif;font-size:1.02rem;}
.concordance td{padding:.3em .35em;border-bottom:1px solid #eee;line-height:1.8;vertical-align:top;}
.concordance td.pre,.concordance td.post{width:35%;max-width:0;white-space:nowrap;overflow:hidden;color:#333;}
.concordance td.pre{direction:ltr;text-align:left;}
.concordance td.post{direction:rtl;text-align:right;}
.concordance td.kw{white-space:nowrap;text-align:center;font-weight:600;}
.concordance td.copies{white-space:nowrap;font-size:.85rem;color:#555;text-align:center;}
.concordance td.doc{font-size:.85rem;width:20%;max-width:0;line-height:1.5;}
.concordance td.doc .meta,.concordance td.doc .title{white-space:nowrap;overflow:hidden;text-overflow:ellipsis;}
.concordance td.doc .meta{color:#555;}
.concordance td.doc details ul{margin:.2em 0;padding-inline-start:1.2em;}
@media (max-width:640px){
.concordance tr{display:grid;grid-template-columns:minmax(0,1fr) auto minmax(0,1fr) auto;
border-bottom:1px solid #eee;}
.concordance td{border-bottom:none;}
.concordance td.pre,.concordance td.post,.concordance td.doc{width:auto;max-width:none;min-width:0;}
.concordance td.doc{grid-column:1 / -1;padding-top:0;}
}
</style>"""


def first_page() -> None:
    """A new query or order starts at the first page."""
    st.session_state["se_page"] = 1


def article_link(doc_id: str, documents: pd.DataFrame, meta: pd.DataFrame, params: dict) -> str:
    """``date · source · title`` linked to the article (its date and source isolated)."""
    published, source = meta.at[doc_id, "published"], meta.at[doc_id, "source"]
    when = esc(published) if published is not None and not pd.isna(published) else esc(t("undated"))
    where = esc(source) if isinstance(source, str) and source else esc(t("no_source"))
    title = link(article_href(doc_id, params), doc_label(documents, doc_id, max_chars=80))
    return (
        f'<div class="meta"><bdi dir="ltr">{when}</bdi> · <bdi>{where}</bdi></div>'
        f'<div class="title" dir="rtl" lang="ar">{title}</div>'
    )


def concordance_html(found: Concordance, lines: pd.DataFrame, documents: pd.DataFrame, params: dict, lang: str) -> str:
    """The ``lines`` (a page of ``found.lines``) as an aligned right-to-left table, each line with
    its article (or, for a line several articles share, every one of them); all text escaped."""
    meta = documents.set_index("doc_id")[["published", "source"]]
    sharing = found.articles(lines)
    direction = "rtl" if lang == "ar" else "ltr"  # the article's date, source and links: interface text
    rows = []
    for line in lines.itertuples():
        match = highlight(line.match, [(0, len(line.match), "match")])
        doc_ids = sharing.get(int(line.line), [line.doc_id])
        first = article_link(doc_ids[0], documents, meta, params)
        if len(doc_ids) > 1:
            others = "".join(f"<li>{article_link(d, documents, meta, params)}</li>" for d in doc_ids[1:])
            summary = esc(t("se_same_line", n=len(doc_ids)))
            first += f"<details><summary>{summary}</summary><ul>{others}</ul></details>"
        copies = f"×{line.n_matches}" if line.n_matches > 1 else ""  # the same line, here or in other articles
        rows.append(
            f'<tr><td class="pre"><span dir="rtl">{esc(line.left)}</span></td><td class="kw">{match}</td>'
            f'<td class="post">{esc(line.right)}</td><td class="copies"><bdi dir="ltr">{esc(copies)}</bdi></td>'
            f'<td class="doc" dir="{direction}" lang="{lang}">{first}</td></tr>'
        )
    return f'{CONCORDANCE_CSS}<table class="concordance" dir="rtl" lang="ar">{"".join(rows)}</table>'


def main() -> None:
    ctx = context()
    st.title(t("page_search"), anchor="search")
    if ctx.empty:
        empty_state()
        return
    url.page_choice("se_q", "q", None, "", label=t("se_query"))
    url.page_choice("se_sort", "sort", SORTS, "date", label=t("se_sort"))
    with st.container(key="search_controls", horizontal=True, vertical_alignment="bottom"):
        query = st.text_input(t("se_query"), key="se_q", placeholder="وقف إطلاق النار", on_change=first_page)
        sort = st.segmented_control(
            t("se_sort"), SORTS, key="se_sort", format_func=lambda s: t(f"se_sort_{s}"), on_change=first_page
        ) or "date"  # fmt: skip
    query = " ".join(query.split())
    if not query:
        st.caption(t("se_hint"))
        return

    found = data.search_concordance(ctx.corpus, ctx.spec, query, sort)
    if not found.n_matches:
        st.caption(t("se_no_hits"))
        return
    pages = found.n_pages(PAGE_SIZE)
    url.page_choice("se_page", "p", None, 1, label=t("se_page", n=pages), parse=int)
    # a link to page 99 of a search that now has 2 opens page 2
    st.session_state["se_page"] = min(max(int(st.session_state["se_page"]), 1), pages)

    st.caption(t("se_totals", matches=found.n_matches, articles=found.n_articles, lines=len(found.lines)))
    with st.container(key="search_pager", horizontal=True, vertical_alignment="center"):
        page = int(
            st.number_input(t("se_page", n=pages), min_value=1, max_value=pages, step=1, key="se_page", width=160)
        )
        shown = found.page(page, PAGE_SIZE)
        st.caption(t("se_lines_shown", first=int(shown["line"].iloc[0]), last=int(shown["line"].iloc[-1]),
                     lines=len(found.lines)))  # fmt: skip
        st.download_button(
            t("se_export"), data=lambda: csv_bytes(found.matches), file_name="search-matches.csv",
            mime="text/csv", key="se_csv", on_click="ignore", icon=":material/download:",
        )  # fmt: skip
    with st.container(key="search_lines"):
        # the article opens with the query highlighted too
        st.html(concordance_html(found, shown, ctx.tables.documents, {**ctx.params, "q": query}, ctx.lang))


main()

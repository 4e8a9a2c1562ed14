"""Articles of a build too large to load: the selection's articles, most recently published first (a
click on a row opens it), and one article read from its Parquet files (the link under every evidence
sentence opens it here too)."""

from __future__ import annotations

import streamlit as st

from dashboard import data, url
from dashboard.context import queried_context
from dashboard.i18n import t
from dashboard.markup import READER_PART_CHARS, md_text, paragraphs, rtl_block
from dashboard.queried_widgets import queried_notice
from dashboard.widgets import empty_state, show_table

#: Articles listed (the newest of the selection); the filters narrow it to others.
LISTED = 500
COLUMNS = ["title", "source", "published", "n_sentences", "doc_id"]


def _pick_row() -> None:
    """on_select of the list: the clicked row's article opens in the reader."""
    rows = (st.session_state.get("qr_list") or {}).get("selection", {}).get("rows") or []
    ids = st.session_state.get("_qr_list_ids") or []
    if rows and rows[0] < len(ids):
        st.session_state["qr_doc"] = ids[rows[0]]


def reader(ctx, doc_id: str) -> None:
    article = data.build_queries(ctx.corpus).article(doc_id)
    if article is None:
        st.warning(t("q_no_article", doc=doc_id))
        return
    st.subheader(md_text(article.get("title") or doc_id), anchor=False)
    st.caption(" · ".join(md_text(article[k]) for k in ("source", "published") if article.get(k) is not None))
    text = str(article["text"])
    with st.container(key="reader_text"):  # a very long article: its first part (issue 14's reader shows parts)
        st.html(rtl_block(paragraphs(text, [], 0, min(len(text), READER_PART_CHARS))))
    if len(text) > READER_PART_CHARS:
        st.caption(t("q_article_cut", n=f"{READER_PART_CHARS:,}", total=f"{len(text):,}"))


def main() -> None:
    ctx = queried_context()
    st.title(t("page_articles"), anchor="articles")
    queried_notice(ctx)
    linked = url.linked_doc()
    if linked and linked != st.session_state.get("_qr_url_doc"):  # a followed link opens its article
        st.session_state["qr_doc"] = linked
    st.session_state["_qr_url_doc"] = linked
    doc_id = st.session_state.get("qr_doc")
    if doc_id:
        with st.container(key="reader"):
            reader(ctx, doc_id)
    if ctx.empty:
        empty_state()
        return
    listed = data.ask(ctx.corpus, "articles", ctx.spec, limit=LISTED)
    st.subheader(t("q_articles_list"), anchor="list")
    st.caption(t("q_articles_listed", n=len(listed), total=ctx.counts["articles"]) + " · " + t("q_article_hint_row"))
    st.session_state["_qr_list_ids"] = listed["doc_id"].tolist()
    with st.container(key="articles_list"):
        show_table(listed[COLUMNS], "articles", key="qr_list", on_select=_pick_row, selection_mode="single-row")


main()

"""One article of a build too large to load, read from its Parquet files (the link under every
evidence sentence opens it here)."""

from __future__ import annotations

import streamlit as st

from dashboard import data, url
from dashboard.context import queried_context
from dashboard.i18n import t
from dashboard.markup import READER_PART_CHARS, md_text, paragraphs, rtl_block
from dashboard.queried_widgets import queried_notice


def main() -> None:
    ctx = queried_context()
    st.title(t("page_articles"), anchor="articles")
    queried_notice(ctx)
    doc_id = url.linked_doc()
    if not doc_id:
        st.caption(t("q_article_hint"))
        return
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


main()

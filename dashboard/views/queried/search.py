"""Search of a build too large to load: the selection's sentences holding a word or phrase, every
spelling of it (روسيا finds لروسيا and وروسيا), newest article first, with the words around it."""

from __future__ import annotations

import streamlit as st

from analysis.store.build_queries import QueryError
from dashboard import data, url
from dashboard.context import queried_context
from dashboard.i18n import t
from dashboard.markup import md_text
from dashboard.queried_widgets import queried_notice, sentences_html
from dashboard.widgets import show_table

LIMIT = 200


def main() -> None:
    ctx = queried_context()
    st.title(t("page_search"), anchor="search")
    queried_notice(ctx)
    url.page_choice("qs_query", "q", None, "", label=t("se_query"))  # a link (or a reload) keeps the search
    query = st.text_input(t("se_query"), key="qs_query", help=t("se_hint"))
    if not query.strip():
        st.caption(t("se_hint"))
        return
    try:
        rows = data.ask(ctx.corpus, "search", ctx.spec, query.strip(), limit=LIMIT)
    except QueryError as error:
        st.warning(md_text(error))
        return
    if rows.empty:
        st.info(t("se_no_hits"))
        return
    st.caption(t("q_search_found", n=len(rows)) + (" · " + t("q_search_capped", n=LIMIT) if len(rows) >= LIMIT else ""))
    with st.container(key="search_hits"):
        show_table(rows[["right", "match", "left", "source", "published", "title", "doc_id"]], "search", key="qs_table",
                   csv_table=rows)  # fmt: skip
    with st.container(key="search_sentences"):
        st.html(sentences_html(rows, ctx.params, limit=20))


main()

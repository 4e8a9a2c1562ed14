"""Themes: top terms per theme, theme weight per article, shares over time, key terms, a word cloud."""

from __future__ import annotations

from functools import partial

import pandas as pd
import streamlit as st

from analysis.aggregate.theme_count import fewer_and_more
from analysis.aggregate.theme_names import theme_name
from analysis.aggregate.themes import theme_settings
from analysis.aggregate.timeline import publication_period
from analysis.charts.summaries import corpus_terms
from analysis.store.database import StoreError
from analysis.viz.bars import top_terms_bar
from analysis.viz.wordcloud import word_cloud_png
from dashboard import access, data, url
from dashboard.context import context, doc_label, picker_options
from dashboard.i18n import current_lang, t
from dashboard.markup import article_href, isolate, link, md_text
from dashboard.picks import picked_key
from dashboard.widgets import HALF_WIDTH, add_to_briefing, chart_figure, empty_state, nothing_here, show_chart

PERIODS = ("day", "week", "month", "year")
#: Terms in the word cloud, on the page and in the briefing.
WORD_CLOUD_TERMS = 60


def search_term(chart_key: str) -> None:
    """on_select of a term bar: the Search page opens on the term's concordance."""
    term = picked_key(st.session_state.get(chart_key))
    if term:
        url.open_choices(q=term, sort=None, p=None)
        st.session_state["th_go_search"] = True


def name_themes(ctx) -> None:
    """The analyst's names of the themes, the themes hidden and those merged: a table to edit and a
    merge picker, saved in the store with the corpus (every page, export and briefing then shows them)."""
    analysed = data.fitted_tables(ctx.corpus).themes
    names = data.theme_names(ctx.corpus, analysed)
    merged = names["merged_into"].notna()
    n_named, n_hidden = int(names["name"].notna().sum()), int(names["hidden"].sum())
    said = st.session_state.pop("th_merge_said", None)  # what a merge or separation just did
    if said:
        getattr(st, said[0])(said[1], icon=":material/merge:" if said[0] == "success" else ":material/block:")
    label = t("th_names", named=n_named, merged=int(merged.sum()), hidden=n_hidden)
    # keyed: it stays open when its counts (in its label) change
    with (
        st.expander(label, icon=":material/edit:", key="th_names_expander"),
        st.container(key="themes_names"),
    ):
        st.caption(t("th_names_help"))
        if not access.current().may("name_themes"):
            st.caption(access.refusal("name_themes", tried=False))
            return
        unnamed = analysed.drop(columns="name", errors="ignore")
        terms = {int(i): theme_name(unnamed, int(i), n_terms=6) for i in names["theme_id"]}
        table = names.assign(terms=[terms[int(i)] for i in names["theme_id"]], name=names["name"].fillna(""))
        # as text: an empty cell for none (a number column shows "None")
        into = [str(int(m)) if pd.notna(m) else "" for m in names["merged_into"]]
        coherence = analysed.groupby("theme_id")["coherence"].first() if "coherence" in analysed else pd.Series()
        table = table[["theme_id", "terms", "name", "hidden"]].assign(
            merged_into=into, coherence=[coherence.get(int(i)) for i in names["theme_id"]]
        )
        edited = st.data_editor(
            table, key="th_names_editor", hide_index=True, disabled=["theme_id", "terms", "merged_into", "coherence"],
            width="stretch",
            column_config={
                "theme_id": st.column_config.NumberColumn(t("col_theme_id"), width="small"),
                "terms": st.column_config.TextColumn(t("col_terms")),
                "name": st.column_config.TextColumn(t("col_theme_name"), max_chars=100),
                "hidden": st.column_config.CheckboxColumn(t("col_hidden"), width="small"),
                "merged_into": st.column_config.TextColumn(t("col_merged_into"), width="small"),
                # isolated left to right: in the right-to-left grid a negative score read "0.07-"
                "coherence": st.column_config.NumberColumn(t("col_coherence"), width="small", format="\u2066%.2f\u2069"),
            },
        )  # fmt: skip
        if st.button(t("th_names_save"), key="th_names_save", icon=":material/save:"):
            if not access.allow("name_themes", ctx.corpus.label):
                st.error(access.refusal("name_themes"), icon=":material/block:")
                return
            try:
                data.save_theme_names(ctx.corpus, edited[["theme_id", "name", "hidden"]].assign(
                    merged_into=names["merged_into"].to_numpy()))  # fmt: skip
            except StoreError as error:
                st.error(md_text(error), icon=":material/error:")
                return
            named = edited[edited["name"].astype(str).str.strip() != ""]
            access.record("name_themes", ctx.corpus.label,
                          f"named: {len(named)}, hidden: {int(edited['hidden'].sum())}")  # fmt: skip
            st.rerun()

        label = partial(_theme_label, names, terms)
        with st.container(horizontal=True, vertical_alignment="bottom", key="th_merge_row"):
            st.multiselect(t("th_merge_pick"), [int(i) for i in names.loc[~merged, "theme_id"]], key="th_merge_pick",
                           format_func=label, placeholder=t("choose"))  # fmt: skip
            st.button(t("th_merge"), key="th_merge", icon=":material/merge:", on_click=merge_themes, args=(ctx, names))
        if merged.any():
            with st.container(horizontal=True, vertical_alignment="bottom", key="th_unmerge_row"):
                st.multiselect(t("th_unmerge_pick"), [int(i) for i in names.loc[merged, "theme_id"]],
                               key="th_unmerge_pick", format_func=label, placeholder=t("choose"))  # fmt: skip
                st.button(t("th_unmerge"), key="th_unmerge", icon=":material/call_split:", on_click=separate_themes,
                          args=(ctx, names))  # fmt: skip


def theme_count(ctx) -> None:
    """How many themes, and whether the data chose it or an analyst asked for it; "Fewer themes" and
    "More themes" fit them again with the next count down or up (editor role), "The data's choice"
    goes back to the build's; "Refit the themes" (a store corpus) fits them anew on the corpus as it is."""
    fitted = data.fitted_tables(ctx.corpus)
    current = int(fitted.themes["theme_id"].nunique())
    asked = data.asked_theme_count(ctx.corpus) if ctx.corpus.names else None
    fewer, more = fewer_and_more(current, data.theme_units(ctx.corpus))
    kept = kept_themes_note(ctx)
    with st.container(horizontal=True, vertical_alignment="center", key="th_count_row"):
        st.markdown(t("th_count_asked" if asked else "th_count_data", n=current))
        if not access.current().may("refit_themes"):
            return
        st.button(t("th_fewer", n=fewer) if fewer else t("th_fewer_none"), key="th_fewer", icon=":material/remove:",
                  disabled=fewer is None, on_click=ask_theme_count, args=(ctx, fewer))  # fmt: skip
        st.button(t("th_more", n=more) if more else t("th_more_none"), key="th_more", icon=":material/add:",
                  disabled=more is None, on_click=ask_theme_count, args=(ctx, more))  # fmt: skip
        if asked:
            st.button(t("th_count_reset"), key="th_count_reset", icon=":material/undo:", on_click=ask_theme_count,
                      args=(ctx, None))  # fmt: skip
        if kept is not None:
            st.button(t("th_refit"), key="th_refit", icon=":material/refresh:",
                      on_click=refit_themes, args=(ctx,))  # fmt: skip


def kept_themes_note(ctx):
    """For a store corpus whose themes are kept (articles added later are put on them): how many
    articles they were fitted on, and how many came since. Returns the model (None: none kept)."""
    said = st.session_state.pop("th_refit_said", None)
    if said:
        getattr(st, said[0])(said[1], icon=":material/refresh:" if said[0] == "success" else ":material/block:")
    kept = data.theme_model(ctx.corpus)
    if kept is None or not kept.articles:
        return kept
    n_articles = len(ctx.tables.documents)
    if n_articles > kept.articles:
        st.caption(t("th_kept", n=kept.articles, added=n_articles - kept.articles))
    else:
        st.caption(t("th_kept_same", n=kept.articles))
    return kept


def refit_themes(ctx) -> None:
    """on_click of "Refit the themes" (editor role): the kept model forgotten, so the next run fits the
    themes on the corpus as it is; the analysts' names follow their themes by their terms."""
    if not access.allow("refit_themes", ctx.corpus.label):
        st.session_state["th_refit_said"] = ("error", access.refusal("refit_themes"))
        return
    try:
        data.refit_themes(ctx.corpus)
    except StoreError as error:
        st.session_state["th_refit_said"] = ("error", md_text(error))
        return
    access.record("refit_themes", ctx.corpus.label, "themes fitted anew")
    st.session_state["th_refit_said"] = ("success", t("th_refit_done"))


def coherence_note(ctx) -> None:
    """The themes' mean coherence, and the themes under the floor (``data/themes.yaml``) named."""
    themes = ctx.tables.themes
    if "coherence" not in themes or themes.empty:
        return
    per_theme = themes.groupby("theme_id", sort=True)["coherence"].first().dropna()
    if per_theme.empty:  # merged themes have no coherence of their own
        return
    floor = theme_settings().coherence_floor
    low = per_theme[per_theme < floor]
    said = t("th_coherence", mean=f"{per_theme.mean():.2f}") + " "
    if len(low):
        # each name isolated: an Arabic name does not pull its number or score into its run
        listed = [f"{int(i)} · {isolate(theme_name(themes, int(i)))} ({c:.2f})" for i, c in low.items()]
        said += t("th_coherence_low", floor=f"{floor:.2f}", themes=md_text(_listed(listed, sep="؛ ")))
    else:
        said += t("th_coherence_ok", floor=f"{floor:.2f}")
    n_sentences = int(ctx.tables.documents["n_sentences"].sum())  # the corpus's: the themes' reference
    if n_sentences < theme_settings().coherence_sentences:
        said += " " + t("th_coherence_few", n=n_sentences)
    st.caption(said)


def ask_theme_count(ctx, n_themes: int | None) -> None:
    """on_click of Fewer / More themes / The data's choice: the count stored for the corpus; the
    themes are fitted again on the next run (names follow their themes by their terms)."""
    if not access.allow("refit_themes", ctx.corpus.label):
        st.session_state["th_merge_said"] = ("error", access.refusal("refit_themes"))
        return
    try:
        data.set_theme_count(ctx.corpus, n_themes)
    except StoreError as error:
        st.session_state["th_merge_said"] = ("error", md_text(error))
        return
    access.record("refit_themes", ctx.corpus.label, f"themes: {n_themes or 'the data choice'}")


def _theme_label(names, terms: dict[int, str], theme_id: int) -> str:
    """``3 · حرب اليمن``, or the theme's terms when it has no name."""
    row = names[names["theme_id"] == theme_id]
    name = row["name"].iloc[0] if len(row) else None
    return f"{theme_id} · {name if isinstance(name, str) and name else terms.get(theme_id, '')}"


def _listed(items: list, sep: str = "، ") -> str:
    return (sep if current_lang() == "ar" else sep.replace("؛", ";").replace("،", ",")).join(map(str, items))


def _save_merges(ctx, names, action: str, detail: str) -> bool:
    """Save ``names`` with their merges after :func:`access.allow`; what happened is said on the rerun."""
    if not access.allow("merge_themes", ctx.corpus.label):
        st.session_state["th_merge_said"] = ("error", access.refusal("merge_themes"))
        return False
    try:
        data.save_theme_names(ctx.corpus, names[["theme_id", "name", "hidden", "merged_into"]])
    except StoreError as error:
        st.session_state["th_merge_said"] = ("error", md_text(error))
        access.record("merge_themes", ctx.corpus.label, str(error), outcome="failed")
        return False
    access.record("merge_themes", ctx.corpus.label, f"{action}: {detail}")
    return True


def merge_themes(ctx, names) -> None:
    """on_click of Merge: the picked themes merged into the first picked (the most prominent), and
    the themes already merged into one of them follow it."""
    picked = sorted(int(i) for i in st.session_state.get("th_merge_pick") or [])
    if len(picked) < 2:
        st.session_state["th_merge_said"] = ("warning", t("th_merge_two"))
        return
    target, rest = picked[0], picked[1:]
    into = names["merged_into"].where(~names["theme_id"].isin(rest), target)
    into = into.where(~into.isin(rest), target)
    if _save_merges(ctx, names.assign(merged_into=into), "merged", f"{rest} into {target}"):
        st.session_state["th_merge_pick"] = []
        st.session_state["th_merge_said"] = ("success", t("th_merged", target=target, rest=_listed(rest)))


def separate_themes(ctx, names) -> None:
    """on_click of Separate: the picked merged themes are themes of their own again."""
    picked = [int(i) for i in st.session_state.get("th_unmerge_pick") or []]
    if not picked:
        return
    into = names["merged_into"].where(~names["theme_id"].isin(picked), None)
    if _save_merges(ctx, names.assign(merged_into=into), "separated", str(picked)):
        st.session_state["th_unmerge_pick"] = []
        st.session_state["th_merge_said"] = ("success", t("th_separated", ids=_listed(picked)))


def main() -> None:
    if st.session_state.pop("th_go_search", False):  # a term bar was clicked
        url.switch_page("views/search.py")  # the sidebar kept (a bare st.switch_page resets it)
    ctx = context()
    st.title(t("page_themes"), anchor="themes")
    if ctx.empty:
        empty_state()
        return
    view, lang, themes = ctx.view, ctx.chart_lang, ctx.tables.themes
    with st.spinner(t("th_fitting")):
        theme_count(ctx)
    coherence_note(ctx)
    name_themes(ctx)
    theme_ids = sorted(int(i) for i in view.doc_themes["theme_id"].unique())

    with st.container(key="themes_terms"):
        grid = ("theme_terms", {"n_terms": 8, "cols": 3, "theme_ids": theme_ids, "title": t("th_terms")})
        show_chart(
            chart_figure(*grid), themes[themes["theme_id"].isin(theme_ids)], "themes-top-terms",
            key="th_terms_chart", chart=grid, on_select=partial(search_term, "th_terms_chart"),
            selection_mode=("points",),
        )  # fmt: skip
        st.caption(t("ev_term_help"))

    left, right = st.columns(2)
    with left, st.container(key="themes_doc_weights"):
        weights = ("doc_themes", {"title": t("th_doc_weights")})
        show_chart(chart_figure(*weights, width=HALF_WIDTH), view.doc_themes, "themes-weight-per-article",
                   key="th_doc_chart", chart=weights, png_width=HALF_WIDTH)  # fmt: skip
    with right, st.container(key="themes_over_time"):
        # by default the period the corpus's span calls for: three weeks of news by day, not two months
        default = publication_period(ctx.tables.documents["published"])
        url.page_choice("th_period", "th_period", PERIODS, default, label=t("th_period"))
        period = (
            st.segmented_control(t("th_period"), PERIODS, key="th_period", format_func=lambda p: t(f"period_{p}"))
            or default
        )
        share = ("theme_share", {"period": period, "title": t("th_over_time")})
        fig = chart_figure(*share, width=HALF_WIDTH)  # half the page: its legend and footer wrap for it
        table = data.cached_figure(
            ("theme_dates", ctx.corpus, ctx.spec),
            lambda: view.doc_themes.merge(view.documents[["doc_id", "published"]], on="doc_id"),
        )
        show_chart(
            fig,
            table,
            f"themes-share-over-time-{period}",
            key="th_time_chart",
            chart=share,
            png_width=HALF_WIDTH,
        )

    with st.container(key="themes_key_terms"):
        st.subheader(t("th_key_terms"), anchor="key-terms")
        doc_ids = data.cached_figure(("doc_ids", ctx.corpus, ctx.spec), lambda: view.documents["doc_id"].tolist())
        url.page_choice("th_doc", "th_doc", doc_ids, doc_ids[0] if doc_ids else "", label=t("th_article"))
        in_view = data.cached_figure(("doc_id_set", ctx.corpus, ctx.spec), lambda: frozenset(doc_ids))
        chosen = st.session_state.get("th_doc")
        options, left_out = picker_options(doc_ids, chosen if chosen in in_view else None)
        doc_id = st.selectbox(
            t("th_article"),
            options,
            key="th_doc",
            format_func=lambda d: doc_label(view.documents, d),
            placeholder=t("choose"),
        )
        if left_out:
            st.caption(t("picker_cut", shown=f"{len(doc_ids) - left_out:,}", n=f"{len(doc_ids):,}"))
        if doc_id:
            fig = top_terms_bar(view.doc_terms, doc_ids=[doc_id], lang=lang, title=doc_label(view.documents, doc_id))
            show_chart(
                fig, view.doc_terms[view.doc_terms["doc_id"] == doc_id], f"key-terms-{doc_id}", key="th_doc_terms",
                on_select=partial(search_term, "th_doc_terms"), selection_mode=("points",),
            )  # fmt: skip
            st.html(link(article_href(doc_id, ctx.params), f"{t('open_article')} {t('arabic_forward')}"))

    with st.container(key="themes_wordcloud"):
        st.subheader(t("wordcloud"), anchor="word-cloud")
        # the terms the briefing's word cloud draws, summed once per selection (0.3 s on 31k articles)
        terms = data.cached_figure(("corpus_terms", ctx.corpus, ctx.spec), lambda: corpus_terms(view, WORD_CLOUD_TERMS))
        # Drawn on request: laying out a cloud takes most of a second, too long to pay on
        # every filter change of a page that is read for its other charts.
        show = st.toggle(t("wordcloud_show"), key="th_wordcloud_show")
        if terms.empty:
            nothing_here()
        elif show:
            png = data.cached_figure(
                ("th_wordcloud", ctx.corpus, ctx.spec), lambda: word_cloud_png(terms, width=1200, height=500)
            )
            st.image(png, width="stretch")
            with st.container(horizontal=True, key="th_wordcloud__exports", gap="small"):
                st.download_button(
                    t("wordcloud_png"), png, file_name="themes-word-cloud.png", mime="image/png",
                    key="th_wordcloud_png", on_click="ignore", icon=":material/download:",
                )  # fmt: skip
                st.button(t("brief_add"), key="th_wordcloud__brief", icon=":material/playlist_add:",
                          on_click=add_to_briefing, args=(("word_cloud", {"top_n": WORD_CLOUD_TERMS}),))  # fmt: skip

    with st.container(key="themes_search"):
        # the keyword-in-context search that was here is the Search page now (paged, sorted, in the URL)
        st.page_link("views/search.py", label=t("go_search"), icon=":material/manage_search:")


main()

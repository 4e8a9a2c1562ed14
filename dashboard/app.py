"""The dashboard's entry point and only router: global filters, language, navigation.

Run ``streamlit run dashboard/app.py`` (a corpus by path: ``$ARABIC_NEWS_CORPUS`` or
``-- --corpus PATH``, shown by default; the article store's corpora beside it, its seed corpus
the default when no path is given). The corpus picker and the sidebar filters are keyed widgets
created here, once per run, so every page reads the same values from ``st.session_state``; they
are initialised from the URL on the first run of a session and written back to it on every run
(see :mod:`dashboard.url` for the parameters, and why each is synced there).
"""

from __future__ import annotations

import sys
import time
from functools import partial
from importlib.machinery import ModuleSpec
from pathlib import Path

# Streamlit runs this script as the process's ``__main__``, and a spawned process (a LocalCluster's worker,
# started when a large corpus is analysed here) imports its parent's ``__main__`` by its path: every worker ran
# the dashboard, analysed the corpus again and failed to start. Named ``dashboard.__main__``, a name
# multiprocessing never imports in the child, the script stays in this process.
__spec__ = ModuleSpec("dashboard.__main__", None)

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import streamlit as st  # noqa: E402

from analysis.store.database import StoreBusy, StoreError  # noqa: E402
from dashboard import access, briefing_state, data, filters, url  # noqa: E402
from dashboard.context import (  # noqa: E402
    QueriedContext,
    context,
    describe_filters,
    queried_context,
    queried_selection_line,
    selection_line,
)
from dashboard.corpus_picker import corpora, corpus_labeller, pick_corpus, show_stalled, stalled  # noqa: E402
from dashboard.failures import log_error  # noqa: E402
from dashboard.i18n import current_lang, t  # noqa: E402
from dashboard.markup import css, document_direction, esc, isolate, md_text  # noqa: E402

#: A local icon: a ``:material/...:`` icon makes the browser fetch the favicon from Google's font CDN,
#: and the dashboard must work air-gapped.
PAGE_ICON = Path(__file__).resolve().parent / "static" / "icon.png"

started = time.perf_counter()
data.begin_run()
url.restore_switched()  # the sidebar's state, when a click switched the page
who = access.gate()  # with sign-in configured, nothing below runs before the visitor is signed in and admitted
available = corpora()
corpus = pick_corpus(available)
failed = stalled(available, corpus)
if failed is not None:  # its last analysis died: a visit does not start the same blow-up again
    st.session_state.setdefault("lang", st.query_params.get("lang", "en"))
    st.set_page_config(page_title=t("app_title"), page_icon=str(PAGE_ICON), layout="wide")
    st.html(css(current_lang()))
    show_stalled(available, corpus, failed)
try:
    options = data.filter_options(corpus)
except StoreError as error:  # the store is held by another process (an import from the CLI), damaged, …
    st.error(md_text(error), icon=":material/hourglass_top:" if isinstance(error, StoreBusy) else ":material/error:")
    st.stop()
url.init_from_url(options)
if filters.fit_filters(corpus, options):  # another corpus: the article the URL opened closes
    url.forget_doc()
url.relabel_on_language_change()
briefing_state.init_from_url()

st.set_page_config(page_title=t("app_title"), page_icon=str(PAGE_ICON), layout="wide")
st.html(css(st.session_state.get("lang", "en")))
#: Format functions bound to this run's language: Streamlit may call one outside the run (AppTest does).
lang = current_lang()
with st.container(key="document_direction"):  # hidden by the stylesheet; the script still runs
    st.html(document_direction(st.session_state.get("lang", "en")), unsafe_allow_javascript=True)


#: the states this corpus offers under Regions (Syria, Libya), named by both filters' help
states_as_places = t("ev_list_sep").join(
    data.entity_name(p, lang).split(" · ")[0] for p in data.states_held_as_places(options.regions)
)


def filter_help(key: str) -> str:
    """A filter's help, naming :data:`states_as_places` when there are any."""
    return t(f"{key}_places", places=states_as_places) if states_as_places else t(key)


with st.sidebar:
    access.sidebar(who)
    st.radio(
        t("language"), ["en", "ar"], key="lang", horizontal=True,
        format_func=lambda code: {"en": "English", "ar": "العربية"}[code],
    )  # fmt: skip
    st.selectbox(
        t("corpus"), available.choices, key="corpus", format_func=corpus_labeller(available),
        help=t("corpus_help"), placeholder=t("choose"),
    )  # fmt: skip
    if available.error:
        st.warning(md_text(available.error), icon=available.error_icon)
    if data.gazetteer_info().error:
        st.warning(md_text(t("overlay_broken", error=data.gazetteer_info().error)), icon=":material/warning:")
    st.subheader(t("filters"), anchor="filters")
    # select_all=False: Streamlit offers "Select N matches" first, so a name typed and Enter took
    # every match (Turkey also added NTV (Turkey)); without it Enter takes the best match
    st.multiselect(
        t("f_actors"), options.offered("actors", st.session_state.get("f_actors")), key="f_actors", format_func=partial(data.entity_name, lang=lang),
        placeholder=t("choose"), select_all=False, help=filter_help("f_actors_help"),
    )  # fmt: skip
    st.radio(
        t("f_mode"), ["any", "all"], key="f_mode", horizontal=True,
        format_func=lambda mode: t(f"mode_{mode}", lang),
    )  # fmt: skip
    st.multiselect(
        t("f_regions"),
        options.offered("regions", st.session_state.get("f_regions")),
        key="f_regions",
        format_func=partial(data.place_name, lang=lang),
        placeholder=t("choose"),
        select_all=False,
        help=filter_help("f_regions_help"),
    )
    if options.date_min:
        st.date_input(t("f_dates"), key="f_dates", min_value=options.date_min, max_value=options.date_max)
    st.multiselect(
        t("f_sources"),
        options.sources,
        key="f_sources",
        format_func=lambda s: s or t("no_source", lang),
        placeholder=t("choose"),
        select_all=False,
    )
    st.multiselect(
        t("f_types"),
        options.types,
        key="f_types",
        format_func=partial(data.event_type_name, lang=lang),
        placeholder=t("choose"),
        select_all=False,
    )
    st.button(
        t("reset"), key="reset_filters", on_click=filters.reset_filters, args=(options,), icon=":material/restart_alt:"
    )

url.write_url(options)

queried = data.is_queried(corpus)  # a build too large to load: its pages ask DuckDB (dashboard/views/queried/)
pages = (
    [
        st.Page("views/queried/overview.py", title=t("page_overview"), icon=":material/dashboard:", default=True),
        st.Page("views/queried/themes.py", title=t("page_themes"), icon=":material/category:", url_path="themes"),
        st.Page("views/queried/actors.py", title=t("page_actors"), icon=":material/hub:", url_path="actors"),
        st.Page("views/queried/map.py", title=t("page_map"), icon=":material/map:", url_path="map"),
        st.Page("views/queried/timeline.py", title=t("page_timeline"), icon=":material/timeline:", url_path="timeline"),
        st.Page(
            "views/queried/compare.py", title=t("page_compare"), icon=":material/compare_arrows:", url_path="compare"
        ),
        st.Page("views/queried/articles.py", title=t("page_articles"), icon=":material/article:", url_path="articles"),
        st.Page("views/queried/search.py", title=t("page_search"), icon=":material/manage_search:", url_path="search"),
        st.Page("views/briefing.py", title=t("page_briefing"), icon=":material/slideshow:", url_path="briefing"),
        st.Page("views/corpora.py", title=t("page_corpora"), icon=":material/library_books:", url_path="corpora"),
    ]
    if queried
    else [
        st.Page("views/overview.py", title=t("page_overview"), icon=":material/dashboard:", default=True),
        st.Page("views/themes.py", title=t("page_themes"), icon=":material/category:", url_path="themes"),
        st.Page("views/actors.py", title=t("page_actors"), icon=":material/hub:", url_path="actors"),
        st.Page("views/map.py", title=t("page_map"), icon=":material/map:", url_path="map"),
        st.Page("views/timeline.py", title=t("page_timeline"), icon=":material/timeline:", url_path="timeline"),
        st.Page("views/compare.py", title=t("page_compare"), icon=":material/compare_arrows:", url_path="compare"),
        st.Page("views/articles.py", title=t("page_articles"), icon=":material/article:", url_path="articles"),
        st.Page("views/search.py", title=t("page_search"), icon=":material/manage_search:", url_path="search"),
        st.Page("views/gazetteer.py", title=t("page_gazetteer"), icon=":material/menu_book:", url_path="gazetteer"),
        st.Page("views/briefing.py", title=t("page_briefing"), icon=":material/slideshow:", url_path="briefing"),
        st.Page("views/corpora.py", title=t("page_corpora"), icon=":material/library_books:", url_path="corpora"),
    ]
)
page = st.navigation(pages, position="sidebar")

ctx = queried_context() if queried else context()
line = queried_selection_line(ctx) if isinstance(ctx, QueriedContext) else selection_line(ctx)
st.html(
    f'<div class="selection-line">{esc(line)}'
    f'<br><span class="filters-line">{esc(t("filters_line", desc=describe_filters(ctx.spec)))}</span></div>'
)
notice = st.container(key="link_notice")  # filled after the page: its own choices are checked as it runs
url.begin_page(page.url_path)
try:
    page.run()
    url.keep_page_choices()
    url.show_notice(notice, corpus_labeller(available))
except StoreError as error:  # busy, damaged or a full disk: the sentence says what to do (logged too)
    log_error(error)
    st.error(md_text(error), icon=":material/hourglass_top:" if isinstance(error, StoreBusy) else ":material/error:")
except Exception as error:  # logged with its traceback; the analyst sees an id, not server paths
    st.error(md_text(t("app_error", id=log_error(error))), icon=":material/error:")
    raise
finally:
    data.end_run()
    elapsed = (time.perf_counter() - started) * 1000
    st.sidebar.caption(t("server_time", ms=f"{elapsed:.0f}"), help=t("corpus_line", name=isolate(ctx.corpus.label)))

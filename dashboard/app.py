"""The dashboard's entry point and only router: global filters, language, navigation.

Run ``streamlit run dashboard/app.py`` (corpus: ``$ARABIC_NEWS_CORPUS`` or
``-- --corpus PATH``; default ``seeds/``). The sidebar filters are keyed widgets created
here, once per run, so every page reads the same values from ``st.session_state``; they
are initialised from the URL on the first run of a session and written back to it on
every run (see :mod:`dashboard.state` for the parameters).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

_ROOT = str(Path(__file__).resolve().parent.parent)
if _ROOT not in sys.path:
    sys.path.insert(0, _ROOT)

import streamlit as st  # noqa: E402

from dashboard import state  # noqa: E402
from dashboard.i18n import t  # noqa: E402
from dashboard.markup import css, esc  # noqa: E402

started = time.perf_counter()
path = state.corpus_path()
options = state.filter_options(path)
state.init_from_url(options)

st.set_page_config(page_title=t("app_title"), page_icon=":material/newspaper:", layout="wide")
st.html(css(st.session_state.get("lang", "en")))

with st.sidebar:
    st.radio(
        t("language"), ["en", "ar"], key="lang", horizontal=True,
        format_func=lambda code: {"en": "English", "ar": "العربية"}[code],
    )  # fmt: skip
    st.subheader(t("filters"), anchor="filters")
    st.multiselect(t("f_actors"), options.actors, key="f_actors", format_func=state.entity_name, placeholder=t("choose"))
    st.radio(
        t("f_mode"), ["any", "all"], key="f_mode", horizontal=True,
        format_func=lambda mode: t(f"mode_{mode}"),
    )  # fmt: skip
    st.multiselect(t("f_regions"), options.regions, key="f_regions", format_func=state.entity_name, placeholder=t("choose"))
    if options.date_min:
        st.date_input(t("f_dates"), key="f_dates", min_value=options.date_min, max_value=options.date_max)
    st.multiselect(
        t("f_sources"), options.sources, key="f_sources", format_func=lambda s: s or t("no_source"),
        placeholder=t("choose"),
    )
    st.multiselect(t("f_types"), options.types, key="f_types", format_func=state.event_type_name, placeholder=t("choose"))
    st.button(t("reset"), key="reset_filters", on_click=state.reset_filters, args=(options,), icon=":material/restart_alt:")

state.write_url(options)

pages = [
    st.Page("views/overview.py", title=t("page_overview"), icon=":material/dashboard:", default=True),
    st.Page("views/themes.py", title=t("page_themes"), icon=":material/category:", url_path="themes"),
    st.Page("views/actors.py", title=t("page_actors"), icon=":material/hub:", url_path="actors"),
    st.Page("views/timeline.py", title=t("page_timeline"), icon=":material/timeline:", url_path="timeline"),
    st.Page("views/articles.py", title=t("page_articles"), icon=":material/article:", url_path="articles"),
    st.Page("views/gazetteer.py", title=t("page_gazetteer"), icon=":material/menu_book:", url_path="gazetteer"),
    st.Page("views/briefing.py", title=t("page_briefing"), icon=":material/slideshow:", url_path="briefing"),
]
page = st.navigation(pages, position="sidebar")

ctx = state.context()
st.html(
    f'<div class="selection-line">{esc(state.selection_line(ctx))}'
    f'<br><span class="filters-line">{esc(t("filters_line", desc=ctx.spec.describe(state.entity_name) if not ctx.spec.is_empty else t("no_filters")))}</span></div>'
)
try:
    page.run()
finally:
    elapsed = (time.perf_counter() - started) * 1000
    st.sidebar.caption(t("server_time", ms=f"{elapsed:.0f}"), help=t("corpus_line", name=ctx.path))

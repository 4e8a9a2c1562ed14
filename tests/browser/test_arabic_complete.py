"""The Arabic interface as a whole, and access for every reader, in real Chromium:

- the document says what it is: ``<html lang="ar" dir="rtl">`` in Arabic, ``lang="en" dir="ltr"``
  back in English;
- no English word is left in the Arabic interface, on any page (``live_page.PAGES``), except
  those shown on purpose (the allow-list below, each with its reason);
- charts are mirrored whole, wide tables open at their right end with the sentence in view;
- axe-core finds no WCAG 2 A/AA violation on any page in either language;
- at 390 px (a phone) charts take the full width and their labels are not cut.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe
from browser_checks import strip_bidi
from conftest import CORPUS
from live_page import PAGES, VIEWPORT

from analysis.extract.gazetteer import load_gazetteer

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

PAGE_IDS = [name for name, _, _ in PAGES]
PAGE_PATHS = {name: path for name, path, _ in PAGES}

#: Latin words the Arabic interface shows on purpose, each with its reason. Everything else in
#: Latin letters is an English word left untranslated, and fails the test.
ALLOWED_WORDS = {
    # the language switch names each language in itself, so a reader of either finds it
    "English": "the language switch",
    # file formats, named as their files and programs name them
    **dict.fromkeys(["CSV", "SVG", "PNG", "PDF", "PPTX", "JSON", "JSONL", "HTML", "TXT", "ZIP", "YAML"], "a format"),
    # a measure named as the literature names it (normalised pointwise mutual information)
    "NPMI": "a measure's name",
    # the form a date field takes, shown as the reader must type it
    "YYYY-MM-DD": "a date format",
    # data sources named as their publishers name them (the map's outlines)
    **dict.fromkeys(["Natural", "Earth", "world-atlas"], "a data source's name"),
    # an example entity id in the gazetteer form's placeholder (ids are ASCII by design)
    "wagner": "an example id",
    # the name of the article store's seed corpus (a corpus's name is the analyst's data)
    "seed": "a corpus name",
}

#: Text that is data or code, not interface words, removed before looking for Latin words:
#: paths, file names and URLs; command-line options and environment variables in help texts.
NOT_WORDS = re.compile(
    r"(?:https?://\S+|\S*[/\\]\S*|\b[\w-]+\.(?:txt|zip|csv|json|jsonl|html?|yaml|png|svg|pdf|pptx)\b"
    r"|\.(?:txt|zip|csv|json|jsonl|html?)\b|--[\w-]+|\$[A-Z_]+)"
)
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*(?:-[A-Z]{2})*")

#: Visible text: every text node whose element is rendered, has a size, is not an icon (Material
#: Symbols write their icon's name as a ligature) and is not set to size 0 (the uploader's own
#: English, replaced by Arabic CSS content); the placeholders of inputs.
VISIBLE_TEXT_JS = r"""() => {
  const out = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || !n.data.trim()) continue;
    if (el.closest('script,style,noscript,[data-testid="stIconMaterial"],[data-testid="stAlertDynamicIcon"],[data-testid="stExpanderIcon"]')) continue;
    if (!el.checkVisibility({visibilityProperty: true, opacityProperty: true})) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;
    if (parseFloat(getComputedStyle(el).fontSize) === 0) continue;
    out.push(n.data);
  }
  for (const input of document.querySelectorAll('input[placeholder], textarea[placeholder]')) {
    if (input.checkVisibility() && input.placeholder.trim()) out.push(input.placeholder);
  }
  return out;
}"""


def _latin_words(text: str) -> set[str]:
    return set(LATIN_WORD.findall(NOT_WORDS.sub(" ", text)))


@dataclass
class DataWords:
    """Latin words that are data shown as it is: the corpus's own words (titles, sources, terms,
    the hostile article's ``<script>``), and the English forms of entity names, which the Arabic
    interface shows beside the Arabic on purpose (``روسيا · Russia``) so a name can be checked.
    A name's capitalised words (``Russia``) pass anywhere; its other words (``of``, ``and``) only
    inside the whole name (``Autonomous Administration of North and East Syria``), so an English
    type such as ``agency`` does not pass because some name has it."""

    corpus: set[str]
    names_with: dict[str, list[str]]  # a word → the English names that hold it

    def allows(self, word: str, text: str) -> bool:
        if word in self.corpus:
            return True
        names = self.names_with.get(word, [])
        # inside the name, or inside its beginning (a long one is cut after a word and "…")
        return bool(names) and (word[0].isupper() or any(name[: name.find(word) + len(word)] in text for name in names))


@pytest.fixture(scope="module")
def data_words() -> DataWords:
    corpus: set[str] = set(LATIN_WORD.findall(CORPUS.name))  # its name (a chart's footer names it)
    for path in CORPUS.rglob("*"):
        if path.is_file():
            corpus |= set(LATIN_WORD.findall(path.read_text("utf-8", errors="replace")))
    names_with: dict[str, list[str]] = {}
    for name in load_gazetteer().entities_table()["name_en"].dropna():
        for word in _latin_words(str(name)):
            names_with.setdefault(word, []).append(str(name))
    return DataWords(corpus, names_with)


def english_left(page, data_words: DataWords) -> dict[str, str]:
    """Latin words on the page that are neither allowed nor data → the text they stand in."""
    found: dict[str, str] = {}
    for text in page.evaluate(VISIBLE_TEXT_JS):
        plain = strip_bidi(text)
        for word in _latin_words(plain) - set(ALLOWED_WORDS):
            if not data_words.allows(word, plain):
                found.setdefault(word, text.strip()[:120])
    return found


# --- the document --------------------------------------------------------------------------


def document_language(page) -> list[str | None]:
    return page.evaluate(
        "[document.documentElement.getAttribute('lang'), document.documentElement.getAttribute('dir')]"
    )


def test_the_document_says_arabic_right_to_left_and_back(tab):
    """Streamlit serves ``<html lang="en">``: a screen reader would read Arabic with English
    rules, and the browser's own controls would run left to right."""
    tab.open("timeline", lang="ar")
    assert document_language(tab.page) == ["ar", "rtl"]
    tab.rerun(lambda: tab.page.locator(".st-key-lang label", has_text="English").click())
    assert document_language(tab.page) == ["en", "ltr"]
    tab.rerun(lambda: tab.page.locator(".st-key-lang label", has_text="العربية").click())
    assert document_language(tab.page) == ["ar", "rtl"]
    tab.open("actors")
    assert document_language(tab.page) == ["en", "ltr"]


# --- no English left ------------------------------------------------------------------------


@pytest.mark.parametrize("page_name", PAGE_IDS)
def test_no_english_word_is_left_in_the_arabic_interface(opened_page, data_words, page_name):
    tab = opened_page(PAGE_PATHS[page_name], lang="ar")  # read only: axe-core reads the same load
    assert english_left(tab.page, data_words) == {}
    assert tab.exceptions() == []


def test_the_filters_line_names_its_filters_in_arabic(tab, data_words):
    """``regions: idlib`` was the filters line under every Arabic page."""
    tab.open("", lang="ar", actors="russia", regions="idlib", types="strike")
    line = strip_bidi(tab.page.locator(".filters-line").inner_text())
    assert "الفاعلون: روسيا · Russia (أيًّا منهم)" in line, line
    assert "المناطق: إدلب · Idlib" in line and "أنواع الأحداث:" in line, line
    assert english_left(tab.page, data_words) == {}


def test_the_check_finds_english_words():
    """The check itself: an English word is found, the allowed ones and paths are not."""
    assert _latin_words("الأحداث حسب day · (all)") == {"day", "all"}
    assert _latin_words("الجدول (CSV) · المخزن: /tmp/data · ملف corpus.jsonl · --corpus") == {"CSV"}
    aanes = "Autonomous Administration of North and East Syria"
    names = DataWords(corpus={"alert"}, names_with={"of": [aanes], "Syria": ["Syria", aanes]})
    assert names.allows("Syria", "سوريا · Syria") and names.allows("alert", "<script>alert(1)</script>")
    assert names.allows("of", f"الإدارة الذاتية · {aanes}")
    assert names.allows("of", "الإدارة الذاتية · Autonomous Administration of…")
    assert not names.allows("of", "عدد of المقالات")  # a name's small word, outside the name
    assert not names.allows("agency", "الصنف: agency")


# --- mirrored charts and tables -------------------------------------------------------------

#: Per chart: where its y tick labels sit against its plot area, where its colour bar is, and
#: which way its x axis runs (the first tick's centre minus the last's).
CHART_GEOMETRY_JS = r"""(selector) => {
  const gd = document.querySelector(selector + ' .js-plotly-plot');
  const plot = gd.querySelector('.nsewdrag, .cartesianlayer .bg') || gd.querySelector('.plot');
  const area = gd.querySelector('.cartesianlayer .subplot .bg, .draglayer .nsewdrag').getBoundingClientRect();
  const centre = el => { const r = el.getBoundingClientRect(); return (r.left + r.right) / 2; };
  const yticks = Array.from(gd.querySelectorAll('.ytick text')).map(centre);
  const xticks = Array.from(gd.querySelectorAll('.xtick text')).map(centre);
  const bar = gd.querySelector('.colorbar');
  const svg = gd.querySelector('svg.main-svg').getBoundingClientRect();
  const ticks = Array.from(gd.querySelectorAll('.ytick text, .xtick text')).map(t => t.getBoundingClientRect());
  return {
    plotLeft: area.left, plotRight: area.right,
    yTicksRightOfPlot: yticks.length > 0 && yticks.every(x => x > area.right),
    colourBarLeftOfPlot: bar ? bar.getBoundingClientRect().right <= area.left + 1 : null,
    xRunsFromTheRight: xticks.length > 1 ? gd._fullLayout.xaxis.range[0] > gd._fullLayout.xaxis.range[1] : null,
    ticksInside: ticks.every(r => r.left >= svg.left - 1 && r.right <= svg.right + 1 && r.bottom <= svg.bottom + 1),
    chartWidth: svg.width,
    frameWidth: document.querySelector(selector).getBoundingClientRect().width,
    columnWidth: (() => { const c = document.querySelector('[data-testid="stMainBlockContainer"]'); const cs = getComputedStyle(c);
      return c.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight); })(),
  };
}"""


@pytest.mark.parametrize(
    ("page_path", "chart", "colour_bar"),
    [
        ("actors", ".st-key-ac_heatmap", True),
        ("timeline", ".st-key-tl_chart", False),
        ("timeline", ".st-key-tl_counts", False),
        ("", ".st-key-ov_regions", False),
    ],
    ids=["co-mention heatmap", "timeline", "event counts", "ranked bars"],
)
def test_charts_are_mirrored_whole_in_arabic(opened_page, page_path, chart, colour_bar):
    """Names on the right of the plot, the colour bar on its left, time and categories running
    from the right; in English the same chart reads left to right."""
    arabic = opened_page(page_path, lang="ar").page.evaluate(CHART_GEOMETRY_JS, chart)  # read only
    assert arabic["yTicksRightOfPlot"], arabic
    assert arabic["xRunsFromTheRight"] in (True, None) or chart == ".st-key-ov_regions", arabic
    if colour_bar:
        assert arabic["colourBarLeftOfPlot"] is True, arabic
    assert arabic["ticksInside"], "a tick label is cut at the edge of the chart"
    english = opened_page(page_path).page.evaluate(CHART_GEOMETRY_JS, chart)  # the English load the others read
    assert not english["yTicksRightOfPlot"] and english["xRunsFromTheRight"] in (False, None), english


#: The bottom of a chart's legend and the top of its provenance footer (the annotation that names the corpus).
LEGEND_AND_FOOTER_JS = r"""(selector) => {
  const gd = document.querySelector(selector + ' .js-plotly-plot');
  const legend = gd.querySelector('.legend');
  const footer = Array.from(gd.querySelectorAll('.annotation')).find(a => /Corpus|المدوّنة|المدونة/.test(a.textContent));
  return {legendBottom: legend ? legend.getBoundingClientRect().bottom : null,
          footerTop: footer ? footer.getBoundingClientRect().top : null,
          chartBottom: gd.getBoundingClientRect().bottom};
}"""


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize(
    ("page_path", "chart"),
    [("actors", ".st-key-ac_network"), ("actors", ".st-key-ac_time"), ("themes", ".st-key-th_time_chart")],
    ids=["network", "mentions over time", "theme shares over time"],
)
def test_a_charts_legend_sits_above_its_footer(opened_page, page_path, chart, lang):
    """The legend's strip at the bottom of a half-page chart and the provenance footer do not overlap:
    the legend goes up by the footer's height (the network's last legend row ran under the footer; the
    themes' shares, drawn for a whole page's width in half of it, had their legend over the footer)."""
    query = {"lang": "ar"} if lang == "ar" else {}
    boxes = opened_page(page_path, **query).page.evaluate(LEGEND_AND_FOOTER_JS, chart)
    assert boxes["legendBottom"] is not None and boxes["footerTop"] is not None, boxes
    assert boxes["legendBottom"] <= boxes["footerTop"] + 1, boxes
    assert boxes["footerTop"] < boxes["chartBottom"], boxes


#: The bottom of a chart's x axis title and the top of its provenance footer.
AXIS_TITLE_AND_FOOTER_JS = r"""(selector) => {
  const gd = document.querySelector(selector + ' .js-plotly-plot');
  const title = gd.querySelector('.g-xtitle text');
  const footer = Array.from(gd.querySelectorAll('.annotation')).find(a => /Corpus|المدوّنة|المدونة/.test(a.textContent));
  const ticks = Array.from(gd.querySelectorAll('.xtick text')).map(t => t.textContent);
  return {titleBottom: title ? title.getBoundingClientRect().bottom : null,
          footerTop: footer ? footer.getBoundingClientRect().top : null, ticks};
}"""


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("chart", [".st-key-tl_chart", ".st-key-tl_counts"], ids=["timeline", "counts"])
def test_a_date_axis_title_clears_the_footer_when_ticks_carry_the_year(opened_page, chart, lang):
    """Ticks days apart write the year on a second line ("Jul 12" over "2015", the 31k corpus's timeline): the
    axis title went down by that line and ran into the footer's first line. One month of the seeds does the same."""
    query = {"from": "2020-12-01", "to": "2020-12-31", **({"lang": "ar"} if lang == "ar" else {})}
    tab = opened_page("timeline", **query)
    tab.page.locator(chart).scroll_into_view_if_needed()
    boxes = tab.page.evaluate(AXIS_TITLE_AND_FOOTER_JS, chart)
    assert boxes["titleBottom"] is not None and boxes["footerTop"] is not None, boxes
    assert boxes["titleBottom"] <= boxes["footerTop"], boxes


#: The chart's title and its first row's subplot titles (the annotations above the plots, not the footer).
TITLE_AND_SUBPLOT_TITLES_JS = r"""(selector) => {
  const gd = document.querySelector(selector + ' .js-plotly-plot');
  const title = gd.querySelector('.g-gtitle text');
  const tops = Array.from(gd.querySelectorAll('.annotation'))
    .filter(a => !/Corpus|المدوّنة|المدونة/.test(a.textContent)).map(a => a.getBoundingClientRect().top);
  return {titleBottom: title ? title.getBoundingClientRect().bottom : null,
          subplotTitlesTop: tops.length ? Math.min(...tops) : null};
}"""


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_the_theme_grids_title_stands_above_its_first_row_of_titles(opened_page, lang):
    """Each theme's title is two lines above its plot, in the top margin where the chart's title is: "Themes: top
    terms" was written across Theme 1's title (seen on the 31k corpus and on the seeds' Arabic screenshot)."""
    query = {"lang": "ar"} if lang == "ar" else {}
    tab = opened_page("themes", **query)
    tab.page.locator(".st-key-th_terms_chart").scroll_into_view_if_needed()
    boxes = tab.page.evaluate(TITLE_AND_SUBPLOT_TITLES_JS, ".st-key-th_terms_chart")
    assert boxes["titleBottom"] is not None and boxes["subplotTitlesTop"] is not None, boxes
    assert boxes["titleBottom"] <= boxes["subplotTitlesTop"], boxes


#: The horizontal extent of a chart and of its provenance footer.
FOOTER_INSIDE_JS = r"""(selector) => {
  const gd = document.querySelector(selector + ' .js-plotly-plot');
  const footer = Array.from(gd.querySelectorAll('.annotation')).find(a => /Corpus|المدوّنة|المدونة/.test(a.textContent));
  const f = footer ? footer.getBoundingClientRect() : null, g = gd.getBoundingClientRect();
  return {footerLeft: f && f.left, footerRight: f && f.right, chartLeft: g.left, chartRight: g.right};
}"""


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize(
    ("page_path", "chart"),
    [("themes", ".st-key-th_doc_chart"), ("themes", ".st-key-th_time_chart"), ("", ".st-key-ov_regions"),
     ("actors", ".st-key-ac_network")],
    ids=["theme weights heatmap", "theme shares over time", "ranked bars", "network"],
)  # fmt: skip
def test_a_half_page_charts_footer_stays_inside_the_chart(opened_page, page_path, chart, lang):
    """The provenance footer of a chart in half the page is wrapped for that width and stays within the
    chart: the themes' heatmap and shares, drawn for a whole page's width, ran it off their edge (in Arabic
    the heatmap's, starting after the colour bar, lost its corpus name at the right)."""
    query = {"lang": "ar"} if lang == "ar" else {}
    box = opened_page(page_path, **query).page.evaluate(FOOTER_INSIDE_JS, chart)
    assert box["footerLeft"] is not None, box
    assert box["chartLeft"] - 1 <= box["footerLeft"] and box["footerRight"] <= box["chartRight"] + 1, box


#: The most recently published event's sentence (001), the first row of the events table.
SENTENCE_001 = "أجرى الرئيس الروسي"


def test_the_events_table_opens_at_its_right_end_with_the_sentence(tab):
    """Eleven columns and more do not fit: the grid, which has no right-to-left mode, gets its
    columns in reverse and opens scrolled to the right, where an Arabic reader starts, so the
    sentence (the first column) is in view."""
    tab.open("timeline", lang="ar")
    table = tab.page.locator(".st-key-timeline_table [data-testid='stDataFrame']")
    table.scroll_into_view_if_needed()
    tab.page.wait_for_function(
        """() => { const s = document.querySelector('.st-key-timeline_table .dvn-scroller');
                   return s && s.scrollWidth > s.clientWidth && s.scrollLeft + s.clientWidth >= s.scrollWidth - 2; }""",
        timeout=10_000,
    )
    # the grid's accessible mirror holds the cells in view: the sentences are among them
    tab.page.wait_for_function(
        """(text) => Array.from(document.querySelectorAll('.st-key-timeline_table [data-testid^="glide-cell-"]'))
              .some(c => c.textContent.includes(text))""",
        arg=SENTENCE_001,
        timeout=10_000,
    )


# --- access ----------------------------------------------------------------------------------

#: axe-core rules left out, each with its reason. None: every WCAG 2 A/AA rule runs.
EXCLUDED_AXE_RULES: dict[str, str] = {}


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("page_name", PAGE_IDS)
def test_axe_finds_no_wcag_aa_violation(opened_page, page_name, lang):
    """axe-core's WCAG 2 A and AA rules (contrast 4.5:1 among them) on every page, both languages."""
    # read only: the Arabic load is the one the words left in English are read from, the English
    # one test_pages.py's (English is the interface without a lang in the URL)
    tab = opened_page(PAGE_PATHS[page_name], **({"lang": "ar"} if lang == "ar" else {}))
    options = {
        "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa"]},
        "resultTypes": ["violations"],
        "rules": {rule: {"enabled": False} for rule in EXCLUDED_AXE_RULES},
    }
    violations = Axe().run(tab.page, options=options).response["violations"]
    report = [
        f"{v['id']} ({v['impact']}): {n['target']} {n.get('failureSummary', '')[:200]}"
        for v in violations
        for n in v["nodes"][:5]
    ]
    assert report == []


def test_chart_ticks_and_hovers_read_at_4_5_to_1(tab):
    """Streamlit's chart theme greyed the ticks to 3.7:1 (axe does not check SVG text): every
    tick, axis title and the hover box's text, as drawn, reach 4.5:1 on the page's white."""
    tab.open("timeline", lang="ar")

    def ratios(selector: str) -> list[tuple[str, float]]:
        return tab.page.evaluate(
            """(selector) => {
              const lum = c => { const v = c.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(x => x / 255)
                .map(x => x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4));
                return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
              return Array.from(document.querySelectorAll(selector)).map(t => {
                const fill = getComputedStyle(t).fill;
                return [t.textContent, (1.05) / (lum(fill) + 0.05)]; });
            }""",
            selector,
        )

    drawn = ratios(".js-plotly-plot .xtick text, .js-plotly-plot .ytick text, .js-plotly-plot .g-xtitle text")
    assert drawn and all(r >= 4.5 for _, r in drawn), [d for d in drawn if d[1] < 4.5][:5]
    bar = tab.page.locator(".st-key-tl_counts .js-plotly-plot .point path").first
    bar.scroll_into_view_if_needed()
    box = bar.bounding_box()
    tab.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2 - 20)
    tab.page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2, steps=5)
    tab.page.locator(".st-key-tl_counts .hoverlayer .hovertext").first.wait_for(timeout=10_000)
    hover = ratios(".st-key-tl_counts .hoverlayer .hovertext text")
    assert hover and all(r >= 4.5 for _, r in hover), hover
    background = tab.page.evaluate(
        "getComputedStyle(document.querySelector('.st-key-tl_counts .hoverlayer .hovertext path')).fill"
    )
    assert background == "rgb(255, 255, 255)"


# --- a phone -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("page_path", "chart"),
    [("timeline", ".st-key-tl_chart"), ("actors", ".st-key-ac_heatmap"), ("", ".st-key-ov_actors")],
    ids=["timeline", "heatmap", "ranked bars"],
)
@pytest.mark.parametrize("lang", ["en", "ar"])
def test_charts_take_the_full_width_of_a_phone(tab, screenshots, page_path, chart, lang):
    """At 390 px the timeline and the heatmap shrank to 50–60 px: each chart now spans the
    page's column, its plot keeps 200 px (a matrix or a timeline scrolls sideways in its frame
    rather than shrink), and no tick label is cut at its edges."""
    tab.page.set_viewport_size({"width": 390, "height": 844})
    tab.open(page_path, lang=lang)
    tab.page.locator(chart).scroll_into_view_if_needed()
    tab.settle()
    geometry = tab.page.evaluate(CHART_GEOMETRY_JS, chart)
    tab.page.locator(chart).screenshot(path=str(screenshots / f"phone-{page_path or 'overview'}-{lang}.png"))
    assert geometry["frameWidth"] >= 0.95 * geometry["columnWidth"], geometry
    assert geometry["chartWidth"] >= geometry["frameWidth"] - 1, geometry
    assert geometry["plotRight"] - geometry["plotLeft"] >= 180, geometry
    assert geometry["ticksInside"], geometry
    tab.page.set_viewport_size(VIEWPORT)


@pytest.mark.parametrize(("lang", "typed"), [("en", "Turkey"), ("ar", "تركيا"), ("en", "turk")])
def test_a_typed_name_and_enter_choose_one_actor(tab, lang, typed):
    """Streamlit puts "Select 2 matches" first when a typed name matches two options, so Enter
    took ``Turkey`` and ``NTV (Turkey)``: the filters offer no bulk choice, and Enter takes the
    best match alone."""
    tab.open("", lang=lang)
    box = tab.page.locator(".st-key-f_actors input")
    box.click()
    box.type(typed)
    options = tab.page.locator('[role="listbox"] [role="option"]')
    options.first.wait_for()
    assert not any("Select" in o for o in options.all_inner_texts())
    tab.rerun(lambda: tab.page.keyboard.press("Enter"))
    assert parse_qs(urlparse(tab.page.url).query)["actors"] == ["turkey"]

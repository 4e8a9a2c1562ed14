"""Article text as safe, right-to-left HTML with highlighted spans.

Every string that comes from the corpus (text, title, source, term, alias) goes through
:func:`html.escape` here before it is put into markup, so ``<script>`` in an article is
shown as text. Offsets are character offsets into the original text (as in the tables).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import urlencode

#: The kinds of highlight and their colours (the legend and the CSS use the same table).
KIND_COLORS = {"actor": "#cfe3ff", "region": "#d8f0c8", "date": "#ffe2b3", "match": "#fff07a"}
#: The marks of evidence sentences (:data:`analysis.aggregate.evidence_marks.ROLES`): each role differs
#: by its line as well as its colour (solid, double, dashed box, dotted), so no reader needs the
#: colour; text keeps the page's colour, at least 4.5:1 on every background here.
ROLE_STYLES = {
    "pair_a": "background:#cfe3ff;border-bottom:3px solid #1f4e8c;",
    "pair_b": "background:#ffdbe9;border-bottom:3px double #8c1d4f;",
    "place": "background:transparent;border:1.5px dashed #2e6b30;",
    "date": "border-bottom:2px dotted #7a4a00;",
}

RLM = "\u200f"
#: Secondary text (captions, the filters line): 6:1 on white, 5.4:1 on the sidebar's #f0f2f6.
MUTED_TEXT = "#5f6368"
LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"


def ltr(text) -> str:
    """Plain text kept left to right inside an Arabic line (LRI…PDI): after Arabic letters the
    bidi algorithm reads ``2015-07-21`` as three Arabic numbers and shows ``21-07-2015``."""
    return f"{LRI}{text}{PDI}"


def isolate(text) -> str:
    """A name of either direction kept whole inside a line (FSI…PDI): an Arabic corpus name does
    not pull a following count into its run, a Latin one keeps its order in an Arabic line."""
    return f"{FSI}{text}{PDI}"


def esc(value) -> str:
    """Any value as HTML text (``None`` → ``''``)."""
    return "" if value is None else html.escape(str(value), quote=True)


def highlight(text: str, spans: Iterable[tuple], *, base: int = 0) -> str:
    """``text`` as escaped HTML with each ``(start, end, kind[, title])`` span in a ``<mark>``.

    Offsets are relative to ``base`` (pass the offset of ``text`` inside its article when
    ``text`` is a sentence). Overlapping spans: the earlier (then longer) one wins.

    >>> highlight("زار <b>لافروف</b> أنقرة", [(4, 17, "actor")])
    'زار <mark class="hl hl-actor">&lt;b&gt;لافروف&lt;/b&gt;</mark> أنقرة'
    """
    out, cursor = [], 0
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = int(span[0]) - base, int(span[1]) - base
        kind = span[2] if len(span) > 2 else "match"
        title = span[3] if len(span) > 3 else ""
        if start < cursor or end <= start or start < 0 or end > len(text):
            continue
        out.append(esc(text[cursor:start]))
        title_attr = f' title="{esc(title)}"' if title else ""
        out.append(f'<mark class="hl hl-{esc(kind)}"{title_attr}>{esc(text[start:end])}</mark>')
        cursor = end
    out.append(esc(text[cursor:]))
    return "".join(out)


#: Characters of an article the reader shows at once: a longer article is read a part at a time, so a
#: 20 MB article does not send a page of 20 MB and a million ``<mark>``s to the browser (issue 14).
READER_PART_CHARS = 30_000


def text_parts(text: str, size: int = READER_PART_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of the parts of ``text``, each at most ``size`` characters, cut after the last
    line end of the part when it falls in its second half, else after its last space, else at ``size``.

    >>> text_parts("أ" * 5 + "\\n" + "ب" * 5, size=8)
    [(0, 6), (6, 11)]
    """
    parts, start = [], 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = window.rfind("\n") + 1
        if cut <= size // 2:
            cut = window.rfind(" ") + 1
        if cut <= size // 2:
            cut = size
        parts.append((start, start + cut))
        start += cut
    parts.append((start, len(text)))
    return parts


def paragraphs(text: str, spans: Iterable[tuple], start: int = 0, end: int | None = None) -> str:
    """The article ``text`` from ``start`` to ``end`` (default all of it): one ``<p>`` per non-empty
    line, spans highlighted (never across lines). Linear in the lines and the spans."""
    end = len(text) if end is None else end
    ordered = sorted((s for s in spans if start <= int(s[0]) and int(s[1]) <= end), key=lambda s: int(s[0]))
    parts, offset, at = [], start, 0
    for line in text[start:end].split("\n"):
        line_start, line_end = offset, offset + len(line)
        offset = line_end + 1
        while at < len(ordered) and int(ordered[at][0]) < line_start:
            at += 1  # a span across a line end: never highlighted
        inside = []
        while at < len(ordered) and int(ordered[at][0]) <= line_end:
            if int(ordered[at][1]) <= line_end:
                inside.append(ordered[at])
            at += 1
        if line.strip():
            parts.append(f"<p>{highlight(line, inside, base=line_start)}</p>")
    return "".join(parts)


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~$])")
_MARKDOWN_BULLET = re.compile(r"^(\s*)([-+])", re.M)
_MARKDOWN_NUMBERED = re.compile(r"^(\s*\d+)([.)])", re.M)


def md_text(value) -> str:
    r"""Any value as Markdown that shows it literally (for ``st.error``, ``st.success``: they take
    Markdown). File names, corpus names and messages quoting them are data: ``*`` and ``_`` must
    not turn into emphasis, ``[x](y)`` into a link, ``$`` into a formula.

    >>> print(md_text("a_b*c [x](y)"))
    a\_b\*c \[x\](y)
    """
    text = _MARKDOWN_SPECIAL.sub(r"\\\1", "" if value is None else str(value))
    return _MARKDOWN_NUMBERED.sub(r"\1\\\2", _MARKDOWN_BULLET.sub(r"\1\\\2", text))


def rtl_block(inner_html: str, *, css_class: str = "rtl-text", element: str = "div") -> str:
    """Already-safe HTML wrapped in a right-to-left Arabic block."""
    return f'<{element} class="{css_class}" dir="rtl" lang="ar">{inner_html}</{element}>'


def rtl_text(text) -> str:
    """Plain Arabic text (escaped) in a right-to-left block."""
    return rtl_block(esc(text))


def article_url(doc_id: str, params: dict | None = None) -> str:
    """Relative URL of the article page showing ``doc_id``, keeping the filter parameters."""
    query = {**(params or {}), "doc": str(doc_id)}
    return "articles?" + urlencode(query, doseq=True)


def article_href(doc_id: str, params: dict | None = None) -> str:
    """:func:`article_url`, escaped for an ``href`` attribute."""
    return esc(article_url(doc_id, params))


def link(href_escaped: str, label: str) -> str:
    return f'<a href="{href_escaped}" target="_self">{esc(label)}</a>'


def legend(kinds: Iterable[tuple[str, str]]) -> str:
    """``[(kind, label), ...]`` as a row of coloured swatches."""
    items = "".join(f'<span class="hl hl-{esc(k)} legend-item">{esc(lbl)}</span>' for k, lbl in kinds)
    return f'<div class="hl-legend">{items}</div>'


#: What :func:`document_direction` runs in the page. ``__LANG__``/``__DIR__`` are filled in.
_DOCUMENT_DIRECTION_JS = """(() => {
  const root = document.documentElement;
  const lang = "__LANG__", dir = "__DIR__";
  const apply = () => {
    if (root.getAttribute("lang") !== lang) root.setAttribute("lang", lang);
    if (root.getAttribute("dir") !== dir) root.setAttribute("dir", dir);
  };
  apply();
  if (window.__docDirection) window.__docDirection.disconnect();
  // the grid (st.dataframe) is a canvas with no right-to-left mode: in Arabic its columns are
  // given in reverse (the first at the right) and it opens scrolled to its right end
  const openAtRight = () => {
    if (dir !== "rtl") return;
    for (const grid of document.querySelectorAll('[data-testid="stDataFrame"]')) {
      const scroller = grid.querySelector(".dvn-scroller");
      if (!scroller || scroller.dataset.rtlOpened === "1" || scroller.scrollWidth <= scroller.clientWidth) continue;
      scroller.dataset.rtlOpened = "1";
      scroller.scrollLeft = scroller.scrollWidth;
    }
  };
  let pending = false;
  const observer = new MutationObserver(() => {
    apply();
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; openAtRight(); });
  });
  observer.observe(root, {attributes: true, attributeFilter: ["lang", "dir"]});
  observer.observe(document.body, {childList: true, subtree: true});
  window.__docDirection = observer;
  openAtRight();
})();"""


def document_direction(lang: str) -> str:
    """A script for ``st.html(..., unsafe_allow_javascript=True)`` that sets ``lang`` and ``dir``
    on the page's ``<html>`` (Streamlit serves ``<html lang="en">`` and has no setting for it):
    ``lang="ar" dir="rtl"`` for Arabic, so screen readers speak Arabic and the browser lays out
    its own controls right to left; ``lang="en" dir="ltr"`` for English. It keeps them set (an
    observer puts them back) and opens wide tables at their right end in Arabic. No data enters
    it: ``lang`` is one of the two interface codes."""
    code, direction = ("ar", "rtl") if lang == "ar" else ("en", "ltr")
    script = _DOCUMENT_DIRECTION_JS.replace("__LANG__", code).replace("__DIR__", direction)
    return f"<script>{script}</script>"


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ").replace("<", "\\3c ") + '"'


def uploader_css(button: str, instructions: str) -> str:
    """A stylesheet that shows ``button`` and ``instructions`` in place of the English that
    Streamlit's file uploader writes itself ("Upload", "200MB per file • TXT, ZIP…"; it takes no
    text for them). The English is set to size 0, not removed, so the uploader keeps working."""
    button_text = '[data-testid="stFileUploaderDropzone"] button [data-testid="stMarkdownContainer"] p'
    note = '[data-testid="stFileUploaderDropzoneInstructions"] span'
    return (
        "<style>"
        f"{button_text},{note}{{font-size:0;}}"
        f"{button_text}::after{{content:{_css_string(button)};font-size:.875rem;}}"
        f"{note}::after{{content:{_css_string(instructions)};font-size:.875rem;}}"
        "</style>"
    )


_SEGMENTS = '[data-testid="stButtonGroup"] [role="radiogroup"]'
#: On a phone a chart keeps this width (its names take 150–300 px) and scrolls sideways in a frame
#: the width of the page; matrices and timelines (their keys) keep more.
CHART_MIN_PX = 560
WIDE_CHART_KEYS = ("ac_heatmap", "ac_regions", "ac_network", "tl_chart", "tl_counts", "ov_timeline", "th_doc_chart")
WIDE_CHART_MIN_PX = 760
_WIDE_CHARTS = ",".join(f".st-key-{k}" for k in WIDE_CHART_KEYS)
_CHART_FRAME = '[data-testid="stElementContainer"]:has([data-testid="stPlotlyChart"])'


def css(lang: str) -> str:
    """The app's stylesheet: Arabic font, RTL blocks, highlight colours; RTL layout for ``ar``."""
    marks = "".join(f".hl-{k}{{background:{c};}}" for k, c in KIND_COLORS.items())
    marks += "".join(f".hl-{k}{{{style}}}" for k, style in ROLE_STYLES.items())
    rtl_app = (
        ".stApp{direction:rtl;}"
        '[data-testid="stSidebar"]{direction:rtl;text-align:right;}'
        # A narrow screen folds the sidebar away by moving it left by its width: laid out right to
        # left it would stay in sight as a strip over the page, so there it keeps its place at
        # the left (its contents still right to left)
        "@media (max-width:767.98px){"
        '[data-testid="stAppViewContainer"],[data-testid="stSidebar"]{direction:ltr;}'
        '[data-testid="stSidebarContent"],[data-testid="stMain"]{direction:rtl;}}'
        # … elsewhere the sidebar is at the right: its fold arrow points right, its unfold arrow left
        "@media (min-width:768px){"
        '[data-testid="stSidebarCollapseButton"] [data-testid="stIconMaterial"],'
        '[data-testid="stExpandSidebarButton"] [data-testid="stIconMaterial"]{transform:scaleX(-1);}'
        # and folded it shrinks to no width in place, where its 40 px content would stay over the page
        '.stApp:has([data-testid="stExpandSidebarButton"]) [data-testid="stSidebar"]'
        "{visibility:hidden;overflow:hidden;}}"
        ".stApp h1,.stApp h2,.stApp h3,.stApp p,.stApp label{text-align:right;}"
        '[data-testid="stDateInput"] input{direction:ltr;text-align:right;}'
        # segmented controls: the first segment is the rightmost, so its corners are the right ones
        f"{_SEGMENTS}>button:first-child{{border-radius:0 .5rem .5rem 0;}}"
        f"{_SEGMENTS}>button:last-child{{border-radius:.5rem 0 0 .5rem;}}"
        f"{_SEGMENTS}>button:only-child{{border-radius:.5rem;}}"
        if lang == "ar"
        else ""
    )
    font = '"Noto Sans Arabic", "Noto Naskh Arabic", Amiri, "Noto Sans", sans-serif'
    return (
        "<style>"
        ".st-key-document_direction{display:none;}"
        # plotly.js measures labels in an SVG of its own under <body>: laid out right to left (the
        # document is, in Arabic), its boxes come out wrong and no margin grows to fit the labels
        "#js-plotly-tester{direction:ltr;}"
        f".rtl-text,.kwic,.evidence,.article-title{{font-family:{font};}}"
        ".rtl-text{direction:rtl;text-align:right;line-height:1.9;font-size:1.08rem;}"
        ".rtl-text p{margin:0 0 .8em 0;}"
        "mark.hl{padding:0 .15em;border-radius:3px;color:inherit;}"
        f"{marks}"
        ".hl-legend{display:flex;gap:.6em;flex-wrap:wrap;margin:.2em 0 .6em 0;}"
        ".legend-item{padding:.1em .6em;border-radius:3px;font-size:.9rem;}"
        ".kwic{width:100%;border-collapse:collapse;direction:rtl;}"
        ".kwic td{padding:.25em .4em;border-bottom:1px solid #eee;vertical-align:top;line-height:1.7;}"
        ".kwic td.pre{text-align:left;width:45%;color:#333;}"
        ".kwic td.kw{text-align:center;white-space:nowrap;}"
        ".kwic td.post{text-align:right;width:45%;color:#333;}"
        ".kwic td.doc{white-space:nowrap;font-size:.85rem;}"
        ".evidence{border-right:3px solid #c9d6e8;padding:.2em .8em .2em 0;margin:.3em 0;}"
        ".evidence .where{font-size:.85rem;color:#666;}"
        ".evidence-summary{font-size:.9rem;margin:0 0 .5em 0;}"
        # the interface's words (event type, reported…) in the interface's face, not the Arabic one's
        '.evidence .about{font-size:.8rem;color:#8a6d3b;font-family:"Source Sans","Source Sans Pro",'
        '"Noto Sans Arabic","Noto Sans",sans-serif;}'
        ".selection-line{font-size:.9rem;color:#555;margin-bottom:.2em;}"
        # WCAG AA, 4.5:1 on white and on the sidebar's grey: Streamlit greys captions to #777b80 (4.3:1)
        f".filters-line{{font-size:.8rem;color:{MUTED_TEXT};}}"
        f'[data-testid="stCaptionContainer"]{{color:{MUTED_TEXT};opacity:1;}}'
        ".article-title{font-size:1.5rem;font-weight:600;margin:.2em 0;}"
        # Streamlit's own Latin face first (the messages are English), then an Arabic one
        ".import-report{width:100%;border-collapse:collapse;font-size:.9rem;"
        'font-family:"Source Sans","Source Sans Pro","Noto Sans Arabic","Noto Sans",sans-serif;}'
        ".import-report th{text-align:start;border-bottom:2px solid #ddd;padding:.3em .5em;}"
        ".import-report td{border-bottom:1px solid #eee;padding:.3em .5em;vertical-align:top;}"
        ".status-badge{padding:.05em .5em;border-radius:3px;white-space:nowrap;}"
        '.import-report tr[data-status="imported"] .status-badge{background:#d8f0c8;}'
        '.import-report tr[data-status="duplicate"] .status-badge{background:#e6e6e6;}'
        '.import-report tr[data-status="warning"] .status-badge{background:#ffe2b3;}'
        '.import-report tr[data-status="error"] .status-badge{background:#ffc9c9;}'
        # a narrow screen: segmented controls wrap instead of running off the page; charts whose
        # names and columns need room (matrices, the timelines) keep a readable width and scroll
        # sideways in a frame the width of the page (from the right in Arabic: it is the start)
        "@media (max-width:767.98px){"
        f"{_SEGMENTS}{{flex-wrap:wrap;}}"
        # a metric's value (a date range) smaller, rather than lose its end under an ellipsis
        '[data-testid="stMetricValue"]{font-size:1.6rem;}'
        f"{_CHART_FRAME}{{overflow-x:auto;}}"
        f'{_CHART_FRAME}>[data-testid="stFullScreenFrame"]{{min-width:{CHART_MIN_PX}px;}}'
        + ",".join(
            f'[data-testid="stElementContainer"]{c}>[data-testid="stFullScreenFrame"]' for c in _WIDE_CHARTS.split(",")
        )
        + f"{{min-width:{WIDE_CHART_MIN_PX}px;}}}}"
        f"{rtl_app}"
        "</style>"
    )

"""Checks that tell good Arabic from bad in a live page (see /work/shared/RTL.md).

- Text: with the bidi controls stripped, DOM/SVG text equals the logical string, and no
  presentation form (U+FB50–U+FDFF, U+FE70–U+FEFF) appears anywhere.
- Charts: :func:`chart_points` gives every marker and bar of a Plotly chart with its customdata
  and page coordinates, for a test to hover or click it as a person would.
- Geometry: per-character boxes (``getExtentOfChar`` in SVG, ``Range.getClientRects`` in HTML)
  put the first Arabic letter right of what follows it, and a trailing ``M4`` or digit at the
  left end of an Arabic label.
"""

from __future__ import annotations

import math
import re

BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def strip_bidi(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)


#: The chosen values of a keyed sidebar widget: a multiselect's tags, a selectbox's shown value,
#: the dates of a date range, or the checked option of a radio.
CHOSEN_JS = """(key) => {
  const box = document.querySelector('[data-testid="stSidebar"] .st-key-' + key);
  if (!box) return null;
  if (box.querySelector('[data-testid="stMultiSelect"]'))
    return Array.from(box.querySelectorAll('[data-testid="stMultiSelectTagsContainer"] [data-tag] > span[title]'))
      .map(t => t.title);
  if (box.querySelector('[data-testid="stSelectbox"]'))
    return [box.querySelector('[data-testid="stSelectbox"] input[role="combobox"]').value];
  if (box.querySelector('[data-testid="stDateInput"]'))
    return Array.from(box.querySelectorAll('input[type="date"]')).map(i => i.value);
  return Array.from(box.querySelectorAll('input[type="radio"]')).filter(i => i.checked)
    .map(i => i.closest('label').innerText.trim());
}"""


def sidebar_choices(page, keys) -> dict[str, list[str]]:
    """What the sidebar widgets ``keys`` show as chosen, bidi controls stripped."""
    return {key: [strip_bidi(v) for v in page.evaluate(CHOSEN_JS, key) or []] for key in keys}


def select_options(page, key: str) -> set[str]:
    """The options the select box ``key`` (its Streamlit key) lists, as a person reads them: opened, read, closed."""
    page.locator(f".st-key-{key}").click()
    # the list opens after the click's round trip: read it once its options are drawn (the same race as the import
    # test's, read empty on a clean-clone run of 2026-12-06)
    page.locator('[role="listbox"] [role="option"]').first.wait_for()
    options = {strip_bidi(o).strip() for o in page.locator('[role="option"]').all_inner_texts()}
    page.keyboard.press("Escape")
    return options


def presentation_forms(text: str) -> list[str]:
    """The presentation-form characters in ``text``, each with a little context."""
    return [
        f"U+{ord(m.group()):04X} in {text[max(0, m.start() - 15) : m.end() + 15]!r}"
        for m in PRESENTATION_FORMS.finditer(text)
    ]


#: The text of every <text> element in the Plotly charts of the page.
PLOT_TEXTS_JS = """() => Array.from(document.querySelectorAll('.js-plotly-plot svg text'))
  .map(t => t.textContent).filter(s => s && s.trim())"""

#: Per-character boxes (x extents, centre, top) of the first occurrence of ``wanted`` in the
#: text, bidi controls removed, of an SVG <text> under ``root`` (a hover label's lines are
#: <tspan>s of one <text>; indices skip the controls, so box i is character i of ``wanted``).
SVG_CHAR_BOXES_JS = r"""([rootSelector, wanted]) => {
  const controls = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
  for (const el of document.querySelectorAll(rootSelector + ' svg text')) {
    const raw = el.textContent;
    const kept = [];
    for (let i = 0; i < raw.length; i++) if (!controls.test(raw[i])) kept.push(i);
    const at = kept.map(i => raw[i]).join('').indexOf(wanted);
    if (at < 0) continue;
    return kept.slice(at, at + wanted.length).map(i => {
      const r = el.getExtentOfChar(i);
      return {ch: raw[i], left: r.x, right: r.x + r.width, centre: r.x + r.width / 2, top: r.y};
    });
  }
  return null;
}"""

#: The same for HTML: every character of the text content of the first element matching
#: ``selector`` whose text contains ``wanted``, boxes from Range.getClientRects (one per
#: character), restricted to the characters of the first occurrence of ``wanted``.
HTML_CHAR_BOXES_JS = r"""([selector, wanted]) => {
  for (const el of document.querySelectorAll(selector)) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) { nodes.push([n, text.length]); text += n.data; }
    const at = text.indexOf(wanted);
    if (at < 0) continue;
    const boxes = [];
    for (let i = at; i < at + wanted.length; i++) {
      let node = null, offset = 0;
      for (const [n, start] of nodes) if (i >= start && i < start + n.data.length) { node = n; offset = i - start; }
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      const rects = Array.from(range.getClientRects()).filter(r => r.width > 0);
      const r = rects[0] || range.getBoundingClientRect();
      boxes.push({ch: text[i], left: r.left, right: r.right, centre: (r.left + r.right) / 2, top: r.top});
    }
    return boxes;
  }
  return null;
}"""


def rtl_problems(boxes: list[dict], *, tail: str | None = None) -> list[str]:
    """What is wrong with the layout of an Arabic string given its per-character boxes.

    ``boxes`` are in logical order. The first Arabic letter must lie right of every character
    that follows it up to the end of the first Arabic word, and right of the next letter;
    when ``tail`` is given (``"M4"``, ``"4"``), the string must end with it and those
    characters must lie left of every Arabic letter (the left end of an RTL label).
    """
    problems: list[str] = []
    if not boxes:
        return ["no characters found"]
    letters = [i for i, b in enumerate(boxes) if ARABIC_LETTER.match(b["ch"])]
    if len(letters) < 2:
        return ["fewer than two Arabic letters"]
    first, second = boxes[letters[0]], boxes[letters[1]]
    if not first["centre"] > second["centre"]:
        problems.append(
            f"first Arabic letter {first['ch']!r} (x={first['centre']:.1f}) is not right of the "
            f"second {second['ch']!r} (x={second['centre']:.1f})"
        )
    same_line = [b for b in boxes[letters[0] + 1 :] if abs(b["top"] - first["top"]) < 2 and b["ch"] != " "]
    left_of_first = [b for b in same_line if b["centre"] > first["centre"]]
    if left_of_first:
        problems.append(f"characters after {first['ch']!r} lie right of it: {[b['ch'] for b in left_of_first]}")
    if tail:
        text = "".join(b["ch"] for b in boxes)
        if not text.endswith(tail):
            problems.append(f"{text!r} does not end with {tail!r}")
        else:
            tail_boxes = boxes[-len(tail) :]
            arabic = [boxes[i] for i in letters]
            leftmost_arabic = min(b["left"] for b in arabic)
            for b in tail_boxes:
                if not b["right"] <= leftmost_arabic + 0.5:
                    problems.append(
                        f"{b['ch']!r} of {tail!r} (x {b['left']:.1f}–{b['right']:.1f}) is not left of the "
                        f"Arabic letters (leftmost starts at {leftmost_arabic:.1f})"
                    )
            if len(tail) > 1 and not tail_boxes[0]["centre"] < tail_boxes[-1]["centre"]:
                problems.append(f"{tail!r} itself is not left to right")
    return problems


#: Every point of the Plotly chart in ``.st-key-<key>`` that carries customdata (scatter markers,
#: bars): its trace (index, type, name), its customdata and its page coordinates. A marker is at its
#: (x, y); a horizontal bar at the middle of its length, a vertical one at the middle of its span and
#: height.
CHART_POINTS_JS = """(key) => {
  const gd = document.querySelector(`.st-key-${key} .js-plotly-plot`);
  if (!gd || !gd.calcdata) return [];
  const box = gd.getBoundingClientRect();
  const out = [];
  gd.data.forEach((trace, c) => {
    if (!['scatter', 'bar'].includes(trace.type) || !trace.customdata) return;
    const xa = gd._fullLayout[(trace.xaxis || 'x').replace('x', 'xaxis')];
    const ya = gd._fullLayout[(trace.yaxis || 'y').replace('y', 'yaxis')];
    gd.calcdata[c].forEach((pt, j) => {
      let x, y;
      if (trace.type === 'scatter') { x = xa.c2p(pt.x); y = ya.c2p(pt.y); }
      else if (trace.orientation === 'h') { x = xa.c2p(pt.s / 2); y = ya.c2p(pt.p); }
      else { x = xa.c2p((pt.p0 + pt.p1) / 2); y = ya.c2p(pt.s1 / 2); }
      out.push({trace: c, type: trace.type, name: trace.name || null, customdata: trace.customdata[j],
                x: box.left + xa._offset + x, y: box.top + ya._offset + y});
    });
  });
  return out;
}"""


def chart_points(page, key: str) -> list[dict]:
    """The points of chart ``key`` (see :data:`CHART_POINTS_JS`)."""
    return page.evaluate(CHART_POINTS_JS, key)


def chart_point(page, key: str, want, *, kind: str | None = None, name: str | None = None, holding: bool = False):
    """The first point of chart ``key`` whose customdata is ``want``, or starts with it (``want`` a
    list), or, with ``holding``, is a list holding it (a timeline mark's event ids); of traces of
    type ``kind`` and name ``name`` when given. None when there is none."""
    for point in chart_points(page, key):
        if (kind and point["type"] != kind) or (name is not None and point["name"] != name):
            continue
        data = point["customdata"]
        if holding:
            found = isinstance(data, list) and want in data
        elif isinstance(want, list):
            found = isinstance(data, list) and data[: len(want)] == want
        else:
            found = data == want
        if found:
            return point
    return None


def loneliest(points: list[dict], mine) -> object:
    """The customdata of the point among ``points`` for which ``mine(point)`` holds that lies farthest
    from every other point: a click on it cannot take a neighbour."""
    best, far = None, -1.0
    for point in filter(mine, points):
        near = min(math.hypot(point["x"] - q["x"], point["y"] - q["y"]) for q in points if q is not point)
        if near > far:
            best, far = point["customdata"], near
    return best

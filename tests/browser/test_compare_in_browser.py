"""The Compare page in real Chromium (the hostile corpus: the seeds and 999_hostile): two sources
picked from their lists, then a click on a key term's bar opens its sentences on both sides.

Article 001 is the only one of «ترك برس» and the only one naming Erdogan (أردوغان); the seeds
without a source never do. So «أردوغان» is a key term of «ترك برس», and its sentences are 001's.
Screenshots ``artifacts/screenshots/compare-en.png`` and ``compare-ar.png`` are for a person to
look at.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

import pytest
from browser_checks import presentation_forms, strip_bidi
from test_evidence_clicks import click, locate

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

TURK_PRESS = "ترك برس"
ERDOGAN = "أردوغان"


def pick(tab, key: str, text: str) -> None:
    """Open the select box ``key`` and choose the option showing ``text``."""
    tab.choose(f".st-key-{key}", text)


def blocks(page, side: str) -> list:
    return page.locator(f".st-key-cmp_evidence_{side} .evidence").all()


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_two_sources_then_a_key_terms_bar_opens_its_sentences_on_both_sides(tab, screenshots, lang):
    tab.open("compare", **({"lang": "ar"} if lang == "ar" else {}))
    page = tab.page
    assert tab.exceptions() == []
    pick(tab, "cmp_a", TURK_PRESS)
    pick(tab, "cmp_b", "(no source)" if lang == "en" else "(بلا مصدر)")
    query = parse_qs(urlparse(page.url).query, keep_blank_values=True)
    assert (query["cmp_a"], query["cmp_b"]) == ([TURK_PRESS], [""]), query  # "": the articles without a source

    point = locate(tab, "cmp_chart_a", ERDOGAN, kind="bar")
    click(tab, "cmp_chart_a", point, ERDOGAN)
    assert tab.exceptions() == []
    assert strip_bidi(page.locator(".st-key-cmp_item input").input_value()) == ERDOGAN
    found = blocks(page, "a")
    assert len(found) == 6  # 001's six sentences naming him (five as «أردوغان», one in his full name)
    for block in found:
        assert strip_bidi(block.locator("mark.hl-match").first.inner_text()).endswith(ERDOGAN)
        assert TURK_PRESS in block.locator(".where").inner_text()
    assert blocks(page, "b") == []  # the articles without a source never name him
    assert parse_qs(urlparse(page.url).query)["cmp_item"] == [ERDOGAN]
    # right to left: the first evidence block runs right to left, and in Arabic side A is on the right
    assert found[0].evaluate("e => getComputedStyle(e).direction") == "rtl"
    a_box = page.locator(".st-key-cmp_key_a").bounding_box()
    b_box = page.locator(".st-key-cmp_key_b").bounding_box()
    assert (a_box["x"] > b_box["x"]) == (lang == "ar"), (a_box, b_box)
    page.locator(".st-key-cmp_evidence").scroll_into_view_if_needed()
    tab.screenshot(screenshots / f"compare-{lang}.png")
    assert presentation_forms(page.content()) == []
    assert tab.real_console_errors() == []

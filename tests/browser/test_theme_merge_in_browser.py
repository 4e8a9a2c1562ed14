"""Merging themes, and asking for more, in real Chromium, as the README says: on the Themes page
open «Name, merge and hide themes», pick the themes in «Themes to merge (into the first)», press
Merge. The hostile corpus (the seeds and 999_hostile) has two themes; merged, the terms grid shows
one, theme 1, with the terms of both. Then «Separate» makes them two again (the store is shared by
the session's browser tests). «More themes (3)» fits three, «The data's choice» goes back to two.
Screenshot ``artifacts/screenshots/themes-merged-ar.png`` is for a person to look at.
"""

from __future__ import annotations

import re

import pytest
from browser_checks import presentation_forms, strip_bidi

pytestmark = pytest.mark.browser  # real Chromium against `streamlit run`

WORDS = {
    "en": {"section": "Name, merge and hide themes", "theme": "Theme", "merged": "Merged into theme 1: 2."},
    "ar": {"section": "تسمية المواضيع ودمجها وإخفاؤها", "theme": "الموضوع", "merged": "دُمج في الموضوع 1: 2."},
}


def pick(tab, key: str, theme_id: int) -> None:
    """Open the multiselect ``key`` and choose the theme numbered ``theme_id``."""
    page = tab.page
    box = page.locator(f".st-key-{key} input")
    box.wait_for()
    box.scroll_into_view_if_needed()
    tab.settle()
    tab.choose(f".st-key-{key} input", re.compile(rf"^\s*{theme_id} ·"))


def grid_titles(page, word: str) -> list[str]:
    """The themes named in the terms grid's titles: ``Theme 1``, ``Theme 2``."""
    text = strip_bidi(" ".join(page.locator(".st-key-themes_terms svg text").all_text_contents()))
    return sorted(set(re.findall(rf"{word} \d+", text)))


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_an_analyst_merges_two_themes_and_separates_them_again(tab, screenshots, lang):
    words = WORDS[lang]
    tab.open("themes", **({"lang": "ar"} if lang == "ar" else {}))
    page = tab.page
    assert tab.exceptions() == []
    assert grid_titles(page, words["theme"]) == [f"{words['theme']} 1", f"{words['theme']} 2"]

    page.locator('[data-testid="stExpander"] summary', has_text=words["section"]).click()
    pick(tab, "th_merge_pick", 1)
    pick(tab, "th_merge_pick", 2)
    page.keyboard.press("Escape")
    tab.click(".st-key-th_merge button")
    assert tab.exceptions() == []
    assert words["merged"] in strip_bidi(page.locator('[data-testid="stMain"]').text_content() or "")
    assert grid_titles(page, words["theme"]) == [f"{words['theme']} 1"]  # one theme left, with both themes' terms
    if lang == "ar":
        page.locator(".st-key-themes_names").scroll_into_view_if_needed()
        tab.screenshot(screenshots / "themes-merged-ar.png")
        assert presentation_forms(page.content()) == []

    pick(tab, "th_unmerge_pick", 2)
    page.keyboard.press("Escape")
    tab.click(".st-key-th_unmerge button")
    assert grid_titles(page, words["theme"]) == [f"{words['theme']} 1", f"{words['theme']} 2"]
    assert tab.real_console_errors() == []


def test_an_analyst_asks_for_more_themes_then_the_datas_choice(tab):
    """«مواضيع أكثر (3)» fits three themes (the page says an analyst asked for them); «اختيار البيانات»
    goes back to the build's two."""
    tab.open("themes", lang="ar")
    page = tab.page
    assert grid_titles(page, "الموضوع") == ["الموضوع 1", "الموضوع 2"]
    tab.click(".st-key-th_more button")
    assert tab.exceptions() == []
    assert grid_titles(page, "الموضوع") == ["الموضوع 1", "الموضوع 2", "الموضوع 3"]
    assert "العدد الذي طلبه محلّل" in page.locator(".st-key-th_count_row").inner_text()
    tab.click(".st-key-th_count_reset button")
    assert grid_titles(page, "الموضوع") == ["الموضوع 1", "الموضوع 2"]
    assert tab.real_console_errors() == []

"""Merging themes, and asking for more, in real Chromium, as the README says: on the Themes page
open «Name, merge and hide themes», pick the themes in «Themes to merge (into the first)», press
Merge. The hostile corpus (the seeds and 999_hostile: six articles, their themes fitted on passages) has
five themes; themes 1 and 2 merged, the terms grid shows four, theme 1 with the terms of both. Then
«Separate» makes them five again (the store is shared by the session's browser tests). «More themes (6)»
fits six, «The data's choice» goes back to five. On the store's seed corpus «Refit the themes» fits
them anew (its themes are kept as fitted when articles are added).
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
    assert grid_titles(page, words["theme"]) == [f"{words['theme']} {i}" for i in range(1, 6)]

    page.locator('[data-testid="stExpander"] summary', has_text=words["section"]).click()
    pick(tab, "th_merge_pick", 1)
    pick(tab, "th_merge_pick", 2)
    page.keyboard.press("Escape")
    tab.click(".st-key-th_merge button")
    assert tab.exceptions() == []
    assert words["merged"] in strip_bidi(page.locator('[data-testid="stMain"]').text_content() or "")
    # theme 2's terms are theme 1's now
    assert grid_titles(page, words["theme"]) == [f"{words['theme']} {i}" for i in (1, 3, 4, 5)]
    if lang == "ar":
        page.locator(".st-key-themes_names").scroll_into_view_if_needed()
        tab.screenshot(screenshots / "themes-merged-ar.png")
        assert presentation_forms(page.content()) == []

    pick(tab, "th_unmerge_pick", 2)
    page.keyboard.press("Escape")
    tab.click(".st-key-th_unmerge button")
    assert grid_titles(page, words["theme"]) == [f"{words['theme']} {i}" for i in range(1, 6)]
    assert tab.real_console_errors() == []


def test_an_analyst_asks_for_more_themes_then_the_datas_choice(tab):
    """«مواضيع أكثر (6)» fits six themes (the page says an analyst asked for them); «اختيار البيانات»
    goes back to the build's five."""
    tab.open("themes", lang="ar")
    page = tab.page
    five = [f"الموضوع {i}" for i in range(1, 6)]
    assert grid_titles(page, "الموضوع") == five
    tab.click(".st-key-th_more button")
    assert tab.exceptions() == []
    assert grid_titles(page, "الموضوع") == [*five, "الموضوع 6"]
    assert "العدد الذي طلبه محلّل" in page.locator(".st-key-th_count_row").inner_text()
    tab.click(".st-key-th_count_reset button")
    assert grid_titles(page, "الموضوع") == five
    assert tab.real_console_errors() == []


def test_an_editor_refits_the_themes_of_a_store_corpus(tab):
    """The store's seed corpus keeps its themes as fitted (articles added later are put on them); the page
    says on how many articles, and «Refit the themes» fits them anew on the corpus as it is."""
    tab.open("themes", corpus="seed")
    page = tab.page
    assert tab.exceptions() == []
    main = page.locator('[data-testid="stMain"]')
    assert "The themes were fitted on the corpus's 5 articles" in strip_bidi(main.inner_text())
    tab.click(".st-key-th_refit button:has-text('Refit the themes')")
    assert tab.exceptions() == []
    text = strip_bidi(main.inner_text())
    assert "The themes are fitted anew on the corpus as it is now." in text
    assert "The themes were fitted on the corpus's 5 articles" in text, text[:1500]  # fitted again, on the same five
    assert grid_titles(page, "Theme") == [f"Theme {i}" for i in range(1, 5)]
    assert tab.real_console_errors() == []

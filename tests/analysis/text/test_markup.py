"""Markup and code in article text, with the SaudiNewsNet pieces that made them key terms."""

from __future__ import annotations

import pytest

from analysis.aggregate.terms import build_term_matrix, doc_terms_table
from analysis.text.markup import is_markup, markup_spans, mask_markup

# al-Riyadh's poll of 2015-07-21: the question, then the poll's style sheet and script.
POLL = (
    "ما النوع الذي تفضله وإلى أي جانب أنت؟ وهل ما تفضله عادة يكون هو ما يعمل به في المنزل؟ "
    "#vote_area2 ul { padding: 0; margin: 0; } .box_vote { zbackground: #FFFFFF; "
    "zborder:solid 1px #ccc; z-webkit-border-radius: 5px; padding:18px; margin-bottom:10px; overflow: hidden; } "
    "url = jQuery(this).attr('action'); jQuery.post(url,{site:site , vote_id:vote_id} ,function(data){ });"
)
# al-Riyadiyah's image path; Sabq's contact line; a navigation link text.
IMAGE = (
    "وتأهل الهلال إلى الدور النهائي http://www.arriyadiyah.com/sites/default/files/styles/114x72/public/"
    "2015/05/31/not%20yet%20assigned-CP3V7459.JPG?itok=7AMkwMXt "
)
CONTACT = "للتواصل مع الكاتب: aalorabi@hotmail.com"
NAVIGATION = "الصورة التالية Next Previous"


@pytest.mark.parametrize(
    ("run", "expected"),
    [
        (" #vote_area2 ul { padding: 0; margin: 0; } ", True),  # a style sheet: braces
        (" http://www.gdp.gov.sa/sites/pgd/ar-sa/Pages/home.aspx ", True),  # a link
        ("aalorabi@hotmail.com", True),  # an e-mail address
        (" Next Previous ", True),  # two listed link texts
        (" Black Listing ", False),  # a name in Latin letters: «قائمة Black Listing»
        (" iPhone 6 ", False),
        (" CNN ", False),  # an outlet: left out of terms by the outlet lists, not as markup
        (" Public ", False),  # one listed word alone is no markup
    ],
)
def test_a_run_is_markup_when_it_has_a_code_mark_or_two_listed_web_words(run, expected):
    assert is_markup(run) is expected


def test_markup_runs_are_read_as_line_breaks_and_the_arabic_around_them_stays():
    masked = mask_markup(POLL)
    assert "padding" not in masked and "jQuery" not in masked
    assert masked == "ما النوع الذي تفضله وإلى أي جانب أنت؟ وهل ما تفضله عادة يكون هو ما يعمل به في المنزل\n"
    assert mask_markup(IMAGE) == "وتأهل الهلال إلى الدور النهائي\n"
    assert mask_markup(CONTACT) == "للتواصل مع الكاتب\n"


def test_spans_are_offsets_into_the_original_text():
    (start, end), *_ = markup_spans(CONTACT)
    assert CONTACT[start:end] == ": aalorabi@hotmail.com"
    assert markup_spans("ليس فيه حرف لاتيني") == []


def test_an_articles_key_terms_carry_no_style_sheet_script_or_link_words():
    texts = [POLL, IMAGE, CONTACT, NAVIGATION, "قائمة Black Listing للشركات المخالفة"]
    matrix = build_term_matrix([f"d{i}" for i in range(len(texts))], texts)
    terms = set(doc_terms_table(matrix)["term"])
    for junk in ("padding", "px", "margin", "jQuery", "vote", "styles", "itok", "www", "com", "hotmail", "Next"):
        assert junk not in terms
    assert {"تفضله", "الهلال", "Black", "Listing"} <= terms

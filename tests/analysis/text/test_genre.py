"""The article genre, comment or report, read from the text alone (analysis/text/genre.py).

The texts are paragraphs of SaudiNewsNet articles of newspapers the model was not fitted on
(tests/support/genre_texts.py)."""

import pytest
from genre_texts import COLUMN, REPORT

from analysis.text.genre import FEATURES, GENRES, article_genre, comment_probability, features, genre_model
from analysis.text.normalize import normalize


def test_a_column_is_comment_and_a_report_is_report():
    assert article_genre(COLUMN) == "comment"
    assert article_genre(REPORT) == "report"
    assert {article_genre(COLUMN), article_genre(REPORT)} == set(GENRES)


def test_a_short_text_is_a_report():
    # one sentence says too little: the date reading keeps its "today" (a column is long)
    assert article_genre("العالم اليوم يعيش مرحلة صعبة، ونحن نرى ذلك كل يوم؟") == "report"


def test_a_dateline_and_reporting_verbs_make_a_report():
    dispatch = "الرياض - واس\n" + REPORT
    first = features(normalize(dispatch))
    assert first[FEATURES.index("dateline")] == 1.0
    assert first[FEATURES.index("reporting")] > 0
    assert comment_probability(normalize(dispatch)) < comment_probability(normalize(REPORT))


def test_the_writers_voice_and_questions_weigh_for_comment():
    model = genre_model()
    weight = dict(zip(FEATURES, model.weights, strict=True))
    assert weight["first_person"] > 0 and weight["questions"] > 0 and weight["log_words"] > 0
    assert weight["reporting"] < 0 and weight["dateline"] < 0 and weight["yesterday"] < 0
    assert 0 < model.threshold < 1


@pytest.mark.parametrize(
    ("word", "key"),
    [("أعتقد", "first_person"), ("إننا", "first_person"), ("وأضاف", "reporting"), ("رويترز", "agencies")],
)
def test_the_words_are_read_normalised(word, key):
    assert normalize(word) in getattr(genre_model(), key)

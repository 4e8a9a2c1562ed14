"""How the build reads triggers and names fast finds what the plain reading finds: the trigger
regex that opens with the gap before a word (not a look-behind), the words after a trigger read in
one match, the articles read in their normalised texts (not normalised again, sentence by sentence).
Sentences from SaudiNewsNet articles of the entity dev set (dev/entities/)."""

from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis.extract.discover import _tokens, _tokens_one_by_one, _trigger_regex, load_triggers
from analysis.extract.discovered import discovered_mentions
from analysis.extract.gazetteer import load_gazetteer
from analysis.extract.mentions import mentions_table
from analysis.text.normalize import normalize, normalize_with_offsets
from analysis.text.segment import sentences_table
from analysis.text.trie import trie_regex

GAZETTEER = load_gazetteer()

ARTICLES = [
    # 2015-07-22-1131: a senator on a first line, his family name after a full stop
    "وقال السيناتور الجمهوري توم كوتون إن الأمريكيين يتشككون في الاتفاق النووي الإيراني.\n"
    "وأضاف كوتون أن الكونغرس سيصوت على الاتفاق. قال كوتون: «لن نوافق».",
    # 2015-08-06-2248: the article opens with its trigger; a name in the next paragraph
    "المتحدث الرسمي لمديرية الدفاع المدني بمنطقة عسير العقيد محمد العاصمي أوضح أن البحث انتهى!\n\n"
    "ونوه العاصمي إلى أهمية أخذ الحيطة والحذر… وقال محمد إن الأهالي ساعدوا؟ نعم.",
    # a village and a charity, a title cut by a full stop before its name
    "وصلت الفرق إلى قرية المهدية. وقال الرئيس. أوباما لم يعلق. وأعلنت جمعية البر الخيرية بتمير توزيع السلال.",
    # a trigger in quotes after a line of punctuation alone
    '-\n"وزير الخارجية اللبناني جبران باسيل" قال إن الحل سياسي، وأضاف باسيل أن لبنان ينتظر.',
]


def _normalised_texts() -> list[str]:
    return [normalize_with_offsets(text)[0] for text in ARTICLES]


def test_trigger_regex_finds_what_the_look_behind_regex_finds():
    regex, forms = _trigger_regex(load_triggers())
    plain = re.compile(rf"(?<!\w)[وف]?[بلك]?(?P<t>{trie_regex(forms, space=' +')})(?!\w)")
    for norm in [*_normalised_texts(), normalize("ووزير الخارجية"), normalize("للرئيس الامريكي"), ""]:
        assert [m.span("t") for m in regex.finditer(norm)] == [m.span("t") for m in plain.finditer(norm)]
    assert [m.group("t") for m in regex.finditer(normalize("ووزير الخارجية قال"))] == ["وزير"]


@pytest.mark.parametrize("limit", [1, 2, 4, 7, 11])
def test_words_after_a_trigger_are_read_as_one_by_one(limit):
    for norm in _normalised_texts():
        for pos in range(len(norm)):
            assert _tokens(norm, pos, limit) == _tokens_one_by_one(norm, pos, limit), (norm[pos : pos + 40], limit)


def test_quotes_are_passed_over_and_punctuation_ends_the_words():
    norm = normalize('اعلن تنظيم "داعش" مسؤوليته، وقال')
    start = norm.index(" ", norm.index("تنظيم"))
    assert [w for w, _, _ in _tokens(norm, start, 4)] == ["داعش", normalize("مسؤوليته")]


def test_a_long_run_of_words_is_read_to_the_limit():
    norm = " ".join(["كلمه"] * 300)
    assert len(_tokens(norm, 0, 11)) == 11 and _tokens(norm, 0, 11) == _tokens_one_by_one(norm, 0, 11)


def test_articles_read_in_their_normalised_texts_give_the_same_mentions():
    documents = pd.DataFrame({"doc_id": [f"d{i}" for i in range(len(ARTICLES))], "text": ARTICLES})
    sentences = sentences_table(documents)
    mentions = mentions_table(documents, sentences, GAZETTEER)
    normalized = {d: normalize_with_offsets(t) for d, t in zip(documents["doc_id"], documents["text"])}
    again = discovered_mentions(sentences, mentions, GAZETTEER)
    fast = discovered_mentions(sentences, mentions, GAZETTEER, normalized=normalized)
    pd.testing.assert_frame_equal(fast, again)
    assert {"توم كوتون", "كوتون", "محمد العاصمي", "العاصمي", "جمعيه البر الخيريه بتمير"} <= {
        normalize(s) for s in fast["surface"]
    }

"""A long article is read a part at a time (issue 14: a 20 MB article rendered 1.58M ``<mark>``s and the
reader never finished): the reader sends one part of at most ``READER_PART_CHARS`` characters, cut at a
line end, and a picker above it opens the others."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from streamlit.testing.v1 import AppTest

from analysis.store.database import Store
from dashboard.markup import READER_PART_CHARS, paragraphs, text_parts

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")
LINE = "قالت وزارة الدفاع الروسية إن دوريات مشتركة مع الجانب التركي ستبدأ على الطريق الدولي في إدلب."


def test_parts_cover_the_text_once_cut_at_line_ends():
    text = "\n".join(f"{LINE} {i}" for i in range(2000))
    parts = text_parts(text)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in pairwise(parts))  # no gap, no overlap
    assert all(end - start <= READER_PART_CHARS for start, end in parts)
    assert all(text[end - 1] == "\n" for _, end in parts[:-1])  # a line is never split
    assert text_parts(LINE) == [(0, len(LINE))]


def test_a_single_line_longer_than_a_part_is_cut_at_a_space():
    text = " ".join([LINE] * 1000)  # one line of ~97,000 characters
    parts = text_parts(text)
    assert len(parts) > 3 and all(text[end - 1] == " " for _, end in parts[:-1])


def test_paragraphs_of_a_part_highlight_only_its_own_spans():
    text = "زار لافروف أنقرة\nثم زار دمشق"
    spans = [(4, 10, "actor", "Lavrov"), (24, 28, "region", "Damascus")]
    assert paragraphs(text, spans, 0, 17) == '<p>زار <mark class="hl hl-actor" title="Lavrov">لافروف</mark> أنقرة</p>'
    assert (
        paragraphs(text, spans, 17, len(text))
        == '<p>ثم زار <mark class="hl hl-region" title="Damascus">دمشق</mark></p>'
    )


def test_the_reader_shows_a_long_article_one_part_at_a_time(monkeypatch, fresh_store):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(ROOT / "seeds"))
    lines = [f"{LINE} الفقرة {i}." for i in range(1500)] + ["وفي الختام قال المتحدث كلمته الأخيرة."]
    Store(fresh_store).add_article("طويل", "\n".join(lines), title="مقال طويل", date="2020-03-05", doc_id="long")
    at = AppTest.from_file(APP, default_timeout=120)
    at.query_params["corpus"] = "طويل"
    at.query_params["doc"] = "long"
    at.switch_page("views/articles.py")
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    picker = at.selectbox(key="ar_part_long")
    assert len(picker.options) > 1 and picker.options[0].startswith("Part 1 of")
    reader = "\n".join(str(h.value) for h in at.html if "الفقرة" in str(h.value))
    assert reader.count("<p>") < 400  # one part of the text (~30,000 characters), not its 1,501 lines
    assert "الفقرة 0." in reader and "كلمته الأخيرة" not in reader
    picker.set_value(len(picker.options) - 1).run()
    reader = "\n".join(str(h.value) for h in at.html if "الفقرة" in str(h.value) or "الختام" in str(h.value))
    assert "كلمته الأخيرة" in reader and "الفقرة 0." not in reader

"""A hand-made corpus shaped like SaudiNewsNet for the timeline's tests: two Saudi articles of
2015-07-21 and 2015-08-11 (the publication window) whose date expressions are of every kind the
issue names (the news, "since 2011", 1918, a 2030 plan, "this year"), and one undated article.

Each event row says, in ``VIEW``, which view of the timeline it belongs to (read off the rules of
``analysis/aggregate/timeline.py`` by hand: ``news``, ``background`` or ``None`` for neither).
Offsets are real: ``text[start:end]`` of the article is the date expression.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from analysis import schema

D = dt.date

#: (doc_id, published, source, title, sentences)
ARTICLES = [
    ("d1", D(2015, 7, 21), "الرياض", "مجلس الوزراء يقر خطة 2030", [
        "أعلن الملك سلمان أمس خطة السعودية التي تمتد حتى عام 2030.",
        "ويشهد اليمن حربا منذ عام 2011 أودت بحياة الآلاف.",
        "وقتل ثلاثة جنود سعوديين الأسبوع الماضي في نجران.",
        "وكان عام 1918 بداية القصة.",
        "وارتفعت الأسعار في السعودية هذا العام.",
    ]),
    ("d2", D(2015, 8, 11), "عكاظ", "غارات على صنعاء وصعدة", [
        "ويزور الرئيس اليمني الرياض الشهر المقبل.",
        "وتجري الانتخابات العام المقبل.",
        "واستهدفت غارات التحالف مواقع الحوثيين في صنعاء أمس.",
        "واستهدفت غارات أخرى مواقع الحوثيين في صعدة أمس، بحسب واس.",
        "وفي يونيو الماضي وقعت الحكومة اتفاقا.",
    ]),
    ("d3", None, None, "مقال بلا تاريخ", ["قال المتحدث الثلاثاء إن الوضع هادئ."]),
]  # fmt: skip

#: (event_id, sentence, date_text, start, end, precision, extent, when, actors, event_type, view)
EVENTS = [
    ("d1:1", ("d1", 0), "أمس", D(2015, 7, 20), D(2015, 7, 20), "day", "point", "reported",
     ("salman", "saudi_arabia"), "statement", "news"),
    ("d1:2", ("d1", 0), "عام 2030", D(2030, 1, 1), D(2030, 12, 31), "year", "point", "target",
     ("saudi_arabia",), "other", "background"),
    ("d1:3", ("d1", 1), "منذ عام 2011", D(2011, 1, 1), D(2015, 7, 21), "year", "since", "history",
     ("yemen",), "casualties", "background"),
    ("d1:4", ("d1", 2), "الأسبوع الماضي", D(2015, 7, 13), D(2015, 7, 19), "week", "point", "reported",
     ("saudi_arabia",), "casualties", "news"),
    ("d1:5", ("d1", 3), "عام 1918", D(1918, 1, 1), D(1918, 12, 31), "year", "point", "history",
     (), "other", "background"),
    ("d1:6", ("d1", 4), "هذا العام", D(2015, 1, 1), D(2015, 12, 31), "year", "point", "reported",
     ("saudi_arabia",), "other", None),
    ("d2:1", ("d2", 0), "الشهر المقبل", D(2015, 9, 1), D(2015, 9, 30), "month", "point", "scheduled",
     ("yemen",), "talks", "news"),
    ("d2:2", ("d2", 1), "العام المقبل", D(2016, 1, 1), D(2016, 12, 31), "year", "point", "scheduled",
     (), "election", None),
    ("d2:3", ("d2", 2), "أمس", D(2015, 8, 10), D(2015, 8, 10), "day", "point", "reported",
     ("houthis", "saudi_arabia"), "strike", "news"),
    ("d2:4", ("d2", 3), "أمس", D(2015, 8, 10), D(2015, 8, 10), "day", "point", "reported",
     ("houthis", "spa"), "strike", "news"),
    ("d2:5", ("d2", 4), "يونيو الماضي", D(2015, 6, 1), D(2015, 6, 30), "month", "point", "reported",
     ("saudi_arabia",), "agreement", None),
    ("d3:1", ("d3", 0), "الثلاثاء", None, None, "day", "point", None, (), "statement", None),
]  # fmt: skip
VIEW = {row[0]: row[-1] for row in EVENTS}

ENTITIES = pd.DataFrame(
    [
        ("saudi_arabia", "actor", "state", "Saudi Arabia", "السعودية"),
        ("yemen", "actor", "state", "Yemen", "اليمن"),
        ("houthis", "actor", "armed_group", "Houthis", "الحوثيون"),
        ("salman", "actor", "person", "King Salman", "الملك سلمان"),
        ("spa", "actor", "agency", "Saudi Press Agency", "واس"),
    ],
    columns=["entity_id", "kind", "type", "name_en", "name_ar"],
)


def tables() -> dict[str, pd.DataFrame]:
    """``documents``, ``sentences`` and ``events`` in the table contract, offsets into the texts."""
    documents, sentences, texts = [], [], {}
    for doc_id, published, source, title, lines in ARTICLES:
        text, offset = "", 0
        for idx, line in enumerate(lines):
            if text:
                text += " "
                offset += 1
            sentences.append((doc_id, idx, 0, offset, offset + len(line), line))
            text += line
            offset += len(line)
        texts[doc_id] = text
        documents.append((doc_id, title, source, published, len(text), len(lines), None))
    sentence_rows = pd.DataFrame(sentences, columns=schema.SENTENCES.names)
    starts = {(d, i): s for d, i, _, s, _, _ in sentences}
    lines = {(d, i): t for d, i, _, _, _, t in sentences}
    events = []
    for event_id, key, date_text, first, last, precision, extent, when, actors, kind, _ in EVENTS:
        at = starts[key] + lines[key].index(date_text)
        assert texts[key[0]][at : at + len(date_text)] == date_text
        events.append(
            (event_id, key[0], key[1], date_text, first, last, precision, extent, when, actors, (), kind, None,
             lines[key], at, at + len(date_text), first is not None)
        )  # fmt: skip
    out = {
        "documents": pd.DataFrame(documents, columns=schema.DOCUMENTS.names),
        "sentences": sentence_rows,
        "events": pd.DataFrame(events, columns=schema.EVENTS.names),
        "entities": ENTITIES.copy(),
    }
    for name in ("documents", "sentences", "events"):
        assert schema.validate(name, out[name]) == [], schema.validate(name, out[name])
    return out

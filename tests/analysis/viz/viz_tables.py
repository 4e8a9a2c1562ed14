"""Small hand-made tables in the table contract (analysis/schema.py), and helpers to inspect figures."""

from __future__ import annotations

import json
import re
from datetime import date

import pandas as pd

from analysis import schema

HOSTILE = "<script>alert(1)</script> <img src=x onerror=alert(2)> & co"
RLE, PDF = "\u202b", "\u202c"
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")

ENTITIES = pd.DataFrame(
    [
        ("russia", "actor", "state", "Russia", "روسيا"),
        ("turkey", "actor", "state", "Turkey", "تركيا"),
        ("sdf", "actor", "armed_group", "Syrian Democratic Forces", "قوات سوريا الديمقراطية (قسد)"),
        ("s400", "actor", "organisation", "S-400 system", "منظومة أس-400"),
        ("erdogan", "actor", "person", "Recep Tayyip Erdoğan", "رجب طيب أردوغان"),
        ("m4", "region", "road", "M4 highway", "الطريق الدولي M4"),
        ("idlib", "region", "governorate", "Idlib", "إدلب"),
    ],
    columns=["entity_id", "kind", "type", "name_en", "name_ar"],
)

DOCUMENTS = pd.DataFrame(
    [
        ("d1", "روسيا وتركيا تتفقان على دوريات على الطريق الدولي M4", "src-a", date(2020, 3, 6), 500, 3, None),
        ("d2", "أردوغان: منظومة أس-400 ليست للبيع " + HOSTILE, "src-b", date(2020, 3, 20), 400, 2, None),
        ("d3", "قسد تنسحب من مواقعها", "src-a", date(2020, 4, 2), 300, 2, None),
        ("d4", "مقال بلا تاريخ", "src-c", None, 100, 1, None),
    ],
    columns=schema.DOCUMENTS.names,
)

SENTENCES = pd.DataFrame(
    [
        ("d1", 0, 0, 0, 60, "اتفقت روسيا وتركيا أمس على تسيير دوريات مشتركة على الطريق الدولي M4 في إدلب."),
        ("d1", 1, 0, 61, 120, "وقال أردوغان إن تركيا لن تتراجع."),
        ("d1", 2, 1, 121, 200, "وأكدت روسيا التزامها."),
        ("d2", 0, 0, 0, 80, "قال أردوغان إن منظومة أس-400 الروسية ليست للبيع " + HOSTILE),
        ("d2", 1, 1, 81, 150, "وردت روسيا بأن الاتفاق قائم."),
        ("d3", 0, 0, 0, 50, "انسحبت قوات سوريا الديمقراطية (قسد) من مواقع قرب الطريق الدولي M4."),
        ("d3", 1, 0, 51, 90, "وقالت تركيا إنها تراقب الوضع."),
        ("d4", 0, 0, 0, 40, "ذكرت روسيا أن الوضع هادئ."),
    ],
    columns=["doc_id", "sentence_idx", "paragraph_idx", "start", "end", "text"],
)

_M = [
    ("d1", 0, "russia", "actor"), ("d1", 0, "turkey", "actor"), ("d1", 0, "m4", "region"), ("d1", 0, "idlib", "region"),
    ("d1", 1, "erdogan", "actor"), ("d1", 1, "turkey", "actor"), ("d1", 2, "russia", "actor"),
    ("d2", 0, "erdogan", "actor"), ("d2", 0, "s400", "actor"), ("d2", 0, "russia", "actor"), ("d2", 1, "russia", "actor"),
    ("d3", 0, "sdf", "actor"), ("d3", 0, "m4", "region"), ("d3", 1, "turkey", "actor"),
    ("d4", 0, "russia", "actor"),
]  # fmt: skip
MENTIONS = pd.DataFrame(
    [(d, s, e, k, e, 0, 1, e, "name") for d, s, e, k in _M],
    columns=schema.MENTIONS.names,
)

EVENTS = pd.DataFrame(
    [
        ("e1", "d1", 0, "أمس", date(2020, 3, 5), date(2020, 3, 5), "day", ("russia", "turkey"), ("m4", "idlib"),
         "agreement", SENTENCES.text[0], 10, 13, True),
        ("e2", "d2", 0, "الأسبوع الماضي", date(2020, 3, 9), date(2020, 3, 15), "week", ("erdogan", "s400", "russia"),
         (), "statement", SENTENCES.text[3], 5, 18, True),
        ("e3", "d3", 0, "مارس الماضي", date(2020, 3, 1), date(2020, 3, 31), "month", ("sdf",), ("m4",), "deployment",
         "انسحبت قوات سوريا الديمقراطية (قسد) " * 8, 0, 5, True),
        ("e4", "d4", 0, "الثلاثاء", None, None, "day", ("russia",), (), "other", SENTENCES.text[7], 0, 8, False),
    ],
    columns=[c for c in schema.EVENTS.names if c not in ("extent", "when", "plover")],
).assign(extent="point", when=["reported", "reported", "reported", None], plover=["AGREE", None, "MOBILIZE", None])[
    schema.EVENTS.names
]  # fmt: skip

DOC_TERMS = pd.DataFrame(
    [
        ("d1", 1, "الطريق الدولي M4", 0.6), ("d1", 2, "دوريات", 0.4), ("d2", 1, "منظومة أس-400", 0.7),
        ("d2", 2, "<script>", 0.5), ("d3", 1, "قسد", 0.5), ("d3", 2, "دوريات", 0.3),
    ],
    columns=["doc_id", "rank", "term", "weight"],
)  # fmt: skip
THEMES = pd.DataFrame(
    [
        (1, 1, "الطريق الدولي M4", 0.9, 0.41), (1, 2, "دوريات", 0.5, 0.41), (1, 3, "إدلب", 0.3, 0.41),
        (2, 1, "منظومة أس-400", 0.8, 0.05), (2, 2, "صفقة", 0.4, 0.05),
        (3, 1, "(قسد)", 0.7, 0.3), (3, 2, "انسحاب", 0.6, 0.3),
    ],
    columns=["theme_id", "rank", "term", "weight", "coherence"],
)  # fmt: skip
DOC_THEMES = pd.DataFrame(
    [("d1", 1, 0.8), ("d1", 2, 0.2), ("d2", 2, 1.0), ("d3", 3, 0.7), ("d3", 1, 0.3), ("d4", 1, 1.0)],
    columns=["doc_id", "theme_id", "weight"],
)

# The hand-made tables are themselves in the contract (a broken one would test the wrong thing).
for _name, _frame in (
    ("documents", DOCUMENTS),
    ("sentences", SENTENCES),
    ("mentions", MENTIONS),
    ("events", EVENTS),
    ("doc_terms", DOC_TERMS),
    ("themes", THEMES),
    ("doc_themes", DOC_THEMES),
):
    assert schema.validate(_name, _frame) == [], schema.validate(_name, _frame)


def figure_json(fig) -> str:
    return json.dumps(fig.to_dict(), ensure_ascii=False, default=str)


def strip_bidi(s: str) -> str:
    return re.sub("[\u202a-\u202e\u2066-\u2069\u200e\u200f]", "", s)


def all_strings(obj):
    """Every string in a nested fig.to_dict() structure."""
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from all_strings(v)
    elif isinstance(obj, (list, tuple)):
        for v in obj:
            yield from all_strings(v)
    elif hasattr(obj, "tolist"):
        yield from all_strings(obj.tolist())

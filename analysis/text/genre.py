"""An article's genre, ``comment`` or ``report``, read from its text alone.

A comment piece (a column, an opinion piece, a reader's essay) speaks of the present with a bare
``اليوم`` ("العالم اليوم يعيش ..."): the date reading (:mod:`analysis.extract.dates`) reads that
word as "nowadays" there, and as the publication day in a report. The genre is a small logistic
model over a few rates of the whole text that any Arabic news corpus has: a dateline or an agency
at the start, the writer's own voice, reporting verbs, questions, exclamations, length, numbers,
``أمس`` and quotation marks. Its words, weights and threshold live in ``analysis/data/genre.yaml``
(fitted and measured by ``dev/dates/genre_model.py``)::

    >>> article_genre("الرياض - واس\\nأعلن وزير الصحة أمس أن عدد الحالات بلغ 20 حالة، وقال إن الوزارة ...")
    'report'
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.data import data_mapping
from analysis.text.normalize import normalize

GENRES = ("comment", "report")
#: The features of :func:`features`, in the order of ``genre.yaml``'s weights.
FEATURES = ("dateline", "first_person", "reporting", "questions", "exclaim", "log_words", "digits", "yesterday",
            "quotes")  # fmt: skip

_WORD_RE = re.compile(r"\w+")
_NUMBER_RE = re.compile(r"\d+")
#: A first line opening on one to three words and a dash or a colon: "الرياض - واس", "لندن: «الشرق الأوسط»".
_DATELINE_RE = re.compile(r"^[^\w\n]*(?:\w+[^\S\n]*){1,3}[\-–—:]")
_HEAD = 150  # characters at the start where an agency names the dispatch


@dataclass(frozen=True)
class GenreModel:
    first_person: frozenset[str]
    reporting: frozenset[str]
    agencies: frozenset[str]
    intercept: float
    weights: tuple[float, ...]  # one per FEATURES
    threshold: float
    min_words: int


@lru_cache(maxsize=1)
def genre_model() -> GenreModel:
    """``analysis/data/genre.yaml``, its words normalised."""
    path, raw = data_mapping("genre.yaml")

    def words(key: str) -> frozenset[str]:
        value = raw.get(key)
        if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
            raise ValueError(f"{path.name}: {key} must be a list of words")
        return frozenset(normalize(w) for w in value)

    weights = raw.get("weights")
    if not isinstance(weights, dict) or set(weights) != {"intercept", *FEATURES}:
        raise ValueError(f"{path.name}: weights must give intercept and {', '.join(FEATURES)}")
    min_words = raw.get("min_words")
    if not isinstance(min_words, int) or min_words < 0:
        raise ValueError(f"{path.name}: min_words must be a whole number >= 0, got {min_words!r}")
    threshold = raw.get("threshold")
    if not isinstance(threshold, (int, float)) or not 0 < threshold < 1:
        raise ValueError(f"{path.name}: threshold must be a number between 0 and 1, got {threshold!r}")
    return GenreModel(words("first_person"), words("reporting"), words("agencies"), float(weights["intercept"]),
                      tuple(float(weights[f]) for f in FEATURES), float(threshold), min_words)  # fmt: skip


def features(norm: str) -> tuple[float, ...]:
    """The :data:`FEATURES` of the normalised article text ``norm``."""
    return _features(norm, _WORD_RE.findall(norm))


def _features(norm: str, words: list[str]) -> tuple[float, ...]:
    """:func:`features` with the text's words (``_WORD_RE.findall(norm)``) given."""
    model = genre_model()
    n = max(len(words), 1)
    start = norm.lstrip()
    first_line = start[:80].split("\n", 1)[0]
    dateline = bool(_DATELINE_RE.match(first_line)) or any(w in model.agencies for w in _WORD_RE.findall(norm[:_HEAD]))
    return (
        float(dateline),
        sum(map(model.first_person.__contains__, words)) * 100 / n,
        sum(map(model.reporting.__contains__, words)) * 100 / n,
        (norm.count("?") + norm.count("؟")) * 1000 / n,
        norm.count("!") * 1000 / n,
        math.log(n),
        len(_NUMBER_RE.findall(norm)) * 100 / n,
        (words.count("امس") + words.count("وامس")) * 1000 / n,
        (norm.count('"') + norm.count("«")) * 100 / n,
    )


def comment_probability(norm: str) -> float:
    """The model's probability that the normalised article text ``norm`` is a comment piece."""
    return _probability(norm, _WORD_RE.findall(norm))


def _probability(norm: str, words: list[str]) -> float:
    model = genre_model()
    z = model.intercept + sum(w * x for w, x in zip(model.weights, _features(norm, words), strict=True))
    return 1 / (1 + math.exp(-max(min(z, 60.0), -60.0)))


def is_comment(norm: str) -> bool:
    """Whether the normalised article text ``norm`` is a comment piece: ``min_words`` words or more, and a
    probability at the threshold or over (the text's words found once for both)."""
    model = genre_model()
    words = _WORD_RE.findall(norm)
    return len(words) >= model.min_words and _probability(norm, words) >= model.threshold


def article_genre(text: str) -> str:
    """``comment`` or ``report``: the genre of the article ``text`` as written."""
    return "comment" if is_comment(normalize(text)) else "report"

"""The tense of a date expression's clause: does a future marker stand before it?

``سيلتقي الرئيسان يوم الأحد`` is next Sunday, ``التقى الرئيسان يوم الأحد`` the last one. A future
marker is a word of ``calendar.yaml``'s ``tense.future_words`` (سوف، من المقرر، غداً) or a future
verb: س + an imperfect prefix (ي ت ن) + at least two letters, unless the word is one of the
nouns and names of ``analysis/data/future_not_verbs.txt`` (سيارة، سياسة، سيطرة، سنغافورة)::

    >>> is_future("اعلنت الوزاره انها ستعقد اجتماعا ")
    True
    >>> is_future("قالت مصادر ان السياره انفجرت ")
    False
"""

from __future__ import annotations

import re

from analysis.extract.dates.calendar import CAL

_WORD_RE = re.compile(r"\w+")
_FUTURE_VERB_RE = re.compile(r"[وف]?ل?س[يتن]\w{2,}")


#: Where a clause ends, for the words a date reads before it (its tense, a target word).
#: A point or comma between digits is a number's (2.8% ، 5.3 مليار، 1,500), no clause end: "وتوقع التقرير أن ينمو
#: الاقتصاد العالمي 2.8% العام الحالي" (sample 55) reads its forecast.
_CLAUSE_END_RE = re.compile(r"(?:[؛;:!?؟\n«»\"]|(?<!\d)[.،,]|[.،,](?!\d))")  # not brackets: "في (سبتمبر) أيلول"
#: Everything up to the last clause end: one match where finding every clause end cost a generator (a date
#: reads its clause several times).
_TO_LAST_CLAUSE_END_RE = re.compile(r"(?s:.*)" + _CLAUSE_END_RE.pattern)
#: How far back a date reads its clause at most.
CLAUSE_BEFORE = 80


#: A short term in guillemets (one to three words: a nickname, a title) ends no clause: "عندما يبدأ «الحمر»
#: مشوارهم في الدوري الأحد" (sample 42) reads its schedule verb.
#: (normalised text writes guillemets as straight quotes).
_SHORT_TERM_RE = re.compile(r"(?<!\w)\"(\w+(?:\s+\w+){0,2})\"(?!\w)")


def clause_before(norm: str, at: int, reach: int = CLAUSE_BEFORE) -> str:
    """The normalised text of the clause before position ``at`` (at most ``reach`` characters);
    a short term in guillemets is no clause end (:data:`_SHORT_TERM_RE`)."""
    window = norm[max(0, at - reach) : at]
    if '"' in window:  # the pattern opens with a look-behind, tried at every position: only where a term may be
        window = _SHORT_TERM_RE.sub(r" \1 ", window)
    last = _TO_LAST_CLAUSE_END_RE.match(window)
    return window if last is None else window[last.end() :]


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_EXPECTATION_RE = (
    re.compile(
        rf"(?<!\w)[وفب]?(?:{_alternation(CAL.expectation_before)})\s+(?:{_alternation(CAL.expectation_words)})(?!\w)"
    )
    if CAL.expectation_before and CAL.expectation_words
    else re.compile(r"(?!)")
)


def without_expectations(before: str) -> str:
    """``before`` without an expectation met or missed (``tense.expectation_before`` + ``expectation_words``:
    ``على غير المتوقع``, ``أقل من التوقعات``), which is neither a future marker nor a forecast::

        >>> without_expectations("تراجع الناتج على غير المتوقع في ")
        'تراجع الناتج على   في '
    """
    return _EXPECTATION_RE.sub(" ", before)


def is_future_word(word: str) -> bool:
    """A future marker word (normalised): سوف، المقرر، or a future verb (سيلتقي، وستعقد)."""
    words = CAL.future_words
    if word in words or (word[:1] in "وف" and word[1:] in words):
        return True
    return bool(_FUTURE_VERB_RE.fullmatch(word)) and word not in CAL.not_future_verbs


def is_future(before: str) -> bool:
    """Whether the normalised clause text ``before`` a date expression holds a future marker."""
    return any(is_future_word(w) for w in _WORD_RE.findall(without_expectations(before)))


def is_reported_future(before: str) -> bool:
    """Whether the future marker of the clause ``before`` a date follows a past reporting verb
    (``tense.reporting_verbs``) or a past كان (``tense.reported_past_words``, not after ``reported_past_not_after``):
    a future said or scheduled in the past, which may lie behind the publication date.

    >>> is_reported_future("واعلن حزب العمال الكردستاني انه سيصعد الهجمات في ")
    True
    >>> is_reported_future("وكان من المقرر ان تنطلق البعثه في ")
    True
    >>> is_reported_future("ما اذا كان سيرفع الفائده في ")
    False
    >>> is_reported_future("ستعقد القمه في ")
    False
    """
    seen = False
    previous = ""
    for word in _WORD_RE.findall(without_expectations(before)):
        bare = word[1:] if word[:1] in "وف" else word
        said = word in CAL.reporting_verbs or bare in CAL.reporting_verbs
        # "وكان من المقرر ان": a schedule that was; not "ما اذا كان" (whether)
        was = (word in CAL.reported_past_words or bare in CAL.reported_past_words) and (
            previous not in CAL.reported_past_not_after
        )
        if said or was:
            seen = True
        elif is_future_word(word):
            return seen
        previous = word
    return False


def is_scheduled(before: str) -> bool:
    """Whether the clause ``before`` a date holds a present-tense verb of a schedule (``tense.schedule_verbs``:
    ``يقام حفل السباق يوم السبت``) and no past marker (``tense.schedule_past_words``: ``كان من المفترض
    أن تبدأ الجولة الجمعة``) or hypothesis (``hypothetical_words``: ``ماذا لو ينتهي الأمر باستفتاء يوم
    الأحد``): a weaker sign of the future than سـ or سوف.

    >>> is_scheduled("فيما يقام حفل السباق على كاس وزاره النقل ")
    True
    >>> is_scheduled("وكان من المفترض ان تبدا جوله ثانيه ")
    False
    """
    words = [w[1:] if w[:1] in "وف" and w[1:] in CAL.schedule_verbs | CAL.schedule_past_words else w
             for w in _WORD_RE.findall(before)]  # fmt: skip
    # "ماذا لو ينتهي الأمر باستفتاء يوم الأحد": a hypothesis, no schedule
    cancel = CAL.schedule_past_words | CAL.hypothetical_words
    return any(w in CAL.schedule_verbs for w in words) and not any(w in cancel for w in words)

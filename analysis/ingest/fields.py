"""Fields of an article record: which names mean what, dates, derived titles, tidy text.

A JSON, JSON Lines or CSV record's field names are matched case-insensitively against
:data:`FIELD_ALIASES`; a date is read only when it is an unambiguous year-first date.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping

from analysis.text.arabic import PRESENTATION_FORMS

#: Field names accepted for each column, in order of preference (compared lower-cased).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "doc_id": ("doc_id", "id"),
    "text": ("content", "text", "body", "article"),
    "title": ("title", "headline"),
    "source": ("source", "publisher", "newspaper"),
    "published": ("published", "date", "date_published", "published_at", "pubdate", "date_extracted"),
    "url": ("url", "link"),
}


#: Fields that are known but not part of the documents table: dropped without a warning.
IGNORED_FIELDS = frozenset({"author", "date_basis"})


#: Longest derived title, in characters (cut at a word boundary).
TITLE_MAX_CHARS = 120


KNOWN_RECORD_FIELDS = frozenset(alias for aliases in FIELD_ALIASES.values() for alias in aliases)


# Year first, then month and day; an optional time of day and zone are accepted and dropped.
_DATE_RE = re.compile(
    r"""\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})
        (?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?\s*""",
    re.VERBOSE | re.IGNORECASE,
)


def parse_date(value: str) -> dt.date | None:
    """The calendar date in ``value``, or None when it is not an unambiguous year-first date.

    ``"2015-07-21 02:51:32"`` → ``date(2015, 7, 21)``; ``"٢٠١٩/٠٣/١٤"`` → ``date(2019, 3, 14)``;
    ``"21/07/2015"`` → None (day and month could be either way round).
    """
    match = _DATE_RE.fullmatch(value)
    if match is None:
        return None
    year, _, month, day = match.groups()
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def derive_title(text: str, *, source: str | None = None, max_chars: int = TITLE_MAX_CHARS) -> str | None:
    """A title for an article that has none: its first non-empty line, cut to ``max_chars``.

    A first line that only repeats the source's name is skipped, since news sites often open the
    article with their own name: ``derive_title("ترك برس\\n\\nمنذ نيسان ...", source="ترك برس")``
    → ``"منذ نيسان ..."``. A long line is cut at the last space before ``max_chars`` and ends in
    ``…``. Returns None only for a blank text.
    """
    skip = collapse_spaces(source) if source else None
    first = None
    for raw_line in text.split("\n"):
        line = collapse_spaces(raw_line)
        if not line:
            continue
        if first is None:
            first = line
        if line != skip:
            return shorten(line, max_chars)
    return None if first is None else shorten(first, max_chars)


def apply_mapping(fields: dict[str, object], mapping: dict[str, str]) -> dict[str, object]:
    """``fields`` with each mapped name renamed to its column's first alias (which wins)."""
    mapped = dict(fields)
    for column, name in mapping.items():
        value = mapped.pop(name.strip().lower(), None) if name.strip().lower() in mapped else None
        for alias in FIELD_ALIASES[column]:
            mapped.pop(alias, None)
        if value is not None:
            mapped[FIELD_ALIASES[column][0]] = value
    return mapped


def first_present(fields: Mapping[str, object], column: str) -> object:
    """The first alias of ``column`` with a non-empty value (or the first present one)."""
    found = None
    for alias in FIELD_ALIASES[column]:
        if alias in fields:
            value = fields[alias]
            if value not in (None, "") and not (isinstance(value, str) and not value.strip()):
                return value
            found = value if found is None else found
    return found


def first_value(values: Mapping[str, object], column: str) -> str | None:
    value = first_present(values, column)
    return value if isinstance(value, str) and value else None


def json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    return "an object"


_PRESENTATION_FORMS_RE = re.compile(f"[{PRESENTATION_FORMS}]+")


def letters_for_shapes(text: str) -> str:
    """Arabic presentation forms as the letters they shape (Unicode's compatibility decomposition):
    ``"\ufed7\ufe8e\ufedd"`` (three shapes) → ``قال``, the ligature ``"\ufefb"`` → ``لا``. A browser shapes letters itself,
    and the analysis reads letters: in shapes, an article's actors and dates went unread, and its text showed
    presentation forms in the page. Text without them is returned as it is."""
    if not _PRESENTATION_FORMS_RE.search(text):
        return text
    return _PRESENTATION_FORMS_RE.sub(lambda m: _letters(m.group()), text)


def _letters(shapes: str) -> str:
    # a harakah's isolated form decomposes to a space and the mark (U+FE70 → " ً"): the mark alone
    return "".join(unicodedata.normalize("NFKC", c).replace(" ", "") or c for c in shapes)


def normalise_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def shorten(line: str, max_chars: int) -> str:
    if len(line) <= max_chars:
        return line
    cut = line[:max_chars]
    space = cut.rfind(" ")
    if space > max_chars // 2:
        cut = cut[:space]
    return cut.rstrip(" ،,؛;:-–—") + "…"

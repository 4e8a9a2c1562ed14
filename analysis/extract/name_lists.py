"""The name lists the readings of mentions and the discovered names share, each read once: first names
(learnt from SaudiNewsNet, and the reviewed Arabic and foreign ones), family names, and how often a word
stands after a place noun. Lower than both :mod:`analysis.extract.readings` and
:mod:`analysis.extract.discovered`, so each imports them at the top (readings had imported the discovered's
private lists inside nine functions, to dodge an import cycle)."""

from __future__ import annotations

from functools import lru_cache

from analysis.data import data_path
from analysis.text.normalize import normalize

#: A corpus-learnt first name counts when SaudiNewsNet wrote it so this many times or more.
FIRST_NAME_MIN_COUNT = 10


def _name_key(text: str) -> str:
    """A listed name as names are matched: normalised, its spaces collapsed."""
    return " ".join(normalize(text).split())


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """The first names of ``analysis/data/world/first_names.txt`` seen at least
    :data:`FIRST_NAME_MIN_COUNT` times and not written with a proclitic (the list's rarer lines
    hold words such as كتب، شارع، ونوه), the foreign ones of :func:`foreign_first_names` and the reviewed
    Arabic ones (``world/arabic_first_names.txt``)."""
    lines = data_path("world/first_names.txt").read_text("utf-8").splitlines()
    rows = (line.split("\t") for line in lines if line and not line.startswith("#"))
    seen = frozenset(r[0] for r in rows if len(r) == 2 and int(r[1]) >= FIRST_NAME_MIN_COUNT and r[0][0] not in "ول")
    return seen | foreign_first_names() | listed_names("world/arabic_first_names.txt")


@lru_cache(maxsize=1)
def foreign_first_names() -> frozenset[str]:
    """``analysis/data/world/foreign_first_names.txt``, normalised: the given names of non-Arab public
    figures (جيمي، جيمس، أنجيلا) that the corpus-learnt list is short of."""
    return listed_names("world/foreign_first_names.txt")


@lru_cache(maxsize=4)
def listed_names(name: str) -> frozenset[str]:
    """A reviewed list of names, one a line, normalised: ``foreign_first_names.txt``,
    ``arabic_first_names.txt`` (common Arabic names the corpus-learnt list counts too rarely: مالك), and
    ``listed_family_names.txt`` (family names that are common words: الصباح)."""
    lines = data_path(name).read_text("utf-8").splitlines()
    return frozenset(_name_key(line) for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def family_names() -> frozenset[str]:
    """``analysis/data/world/family_names.txt`` (``dev/build_family_names.py``): words with the article
    SaudiNewsNet writes after many different first names, in a good share of their uses; and those of
    ``world/listed_family_names.txt``, family names that are common words too (الصباح), normalised."""
    lines = data_path("world/family_names.txt").read_text("utf-8").splitlines()
    learnt = frozenset(line.split("\t")[0] for line in lines if line and not line.startswith("#"))
    return learnt | listed_names("world/listed_family_names.txt")


@lru_cache(maxsize=1)
def word_usage() -> dict[str, tuple[int, int]]:
    """``analysis/data/world/word_usage.txt``: word → (occurrences, occurrences after a place noun)."""
    rows = (line.split("\t") for line in data_path("world/word_usage.txt").read_text("utf-8").splitlines()
            if line and not line.startswith("#"))  # fmt: skip
    return {r[0]: (int(r[1]), int(r[2])) for r in rows if len(r) == 3}

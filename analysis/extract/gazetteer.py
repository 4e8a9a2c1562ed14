"""The gazetteer: actors and regions with their Arabic names, validated on load.

The knowledge lives in ``analysis/data/actors.yaml`` and ``analysis/data/regions.yaml``
(see the header of ``actors.yaml`` for the fields). A file holds a top-level list under
``actors:`` or ``regions:``; the list decides the kind of its entities.

An *overlay* is a third YAML file (or an already parsed mapping) of the same shape that may
also hold ``extend:`` entries adding names to entities that already exist::

    actors: [{id: wagner, type: armed_group, name_en: Wagner, name_ar: فاغنر, affiliation: russia}]
    extend: [{id: russia, metonyms: [بلاد السوفييت]}]

The base files are validated first, then the overlay is validated against them and merged,
so an overlay can neither hide a broken base file nor claim an alias that is already taken.

Every alias is stored with its *key*: the :func:`alias_key` of the alias, which is what the
mention matcher (``analysis/mentions.py``) matches against the normalised text.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
import yaml

from analysis import schema
from analysis.data import DATA_DIR, read_yaml
from analysis.text.normalize import normalize

#: The files of the default gazetteer, in load order: curated files first, then the files generated
#: from maintained data (``dev/build_world_gazetteer.py``), which never claim a curated alias.
DEFAULT_FILES = (
    "actors.yaml", "regions.yaml", "persons.yaml", "organisations.yaml", "provinces.yaml",
    "world/states.yaml", "world/places.json", "world/institutions.yaml", "world/governorates.yaml",
)  # fmt: skip
DEFAULT_PATHS = tuple(DATA_DIR / name for name in DEFAULT_FILES)

KINDS = {"actors": "actor", "regions": "region"}
ALIAS_KINDS = schema.ALIAS_KINDS
_ALIAS_FIELDS = {"aliases": "alias", "adjectives": "adjective", "metonyms": "metonym"}

_REQUIRED = ("id", "type", "name_en", "name_ar")
_OPTIONAL = (
    "aliases", "adjectives", "metonyms", "affiliation", "parent", "lat", "lon", "context", "iso", "geonames",
    "ambiguous",
)  # fmt: skip
_EXTEND_FIELDS = ("id", "aliases", "adjectives", "metonyms", "context", "ambiguous")
_ISO_RE = re.compile(r"[A-Z]{2}")
#: A country: a state actor, or a region of type country (Syria, whose government is an actor of its own).
COUNTRY_TYPES = {"actor": ("state", "territory"), "region": ("country",)}
_CONTEXT_FIELDS = ("aliases", "not_preceded_by", "not_followed_by", "not_quoted", "only_quoted")
_ID_RE = re.compile(r"[a-z][a-z0-9_]*")

#: Inside an alias, spaces, quotes and hyphens are one separator: قناة "الحرة" is قناة الحرة.
SEPARATOR_CLASS = "[\\s\"'\\-]"
_SEPARATORS_RE = re.compile(SEPARATOR_CLASS + "+")

ENTITY_COLUMNS = [
    "entity_id", "kind", "type", "name_en", "name_ar", "parent", "affiliation", "lat", "lon", "iso", "country",
]  # fmt: skip
ALIAS_COLUMNS = ["entity_id", "alias", "alias_kind", "place", "ambiguous"]


class GazetteerError(ValueError):
    """A gazetteer file is malformed; the message names the file and the entry."""

    def __init__(self, source: str, entry: str | None, problem: str):
        self.source, self.entry, self.problem = source, entry, problem
        where = f"{source}, entry {entry!r}" if entry else source
        super().__init__(f"{where}: {problem}")


def alias_key(alias: str) -> str:
    """The form an alias is matched in: normalised, separators collapsed, Latin lower-cased.

    ``alias_key('قوّات "سوريا"  الديموقراطية')`` → ``'قوات سوريا الديموقراطيه'``.
    """
    return _SEPARATORS_RE.sub(" ", normalize(alias)).strip(" ").lower()


@dataclass(frozen=True)
class Alias:
    entity_id: str
    alias: str  # as written in the data file
    alias_kind: str  # one of ALIAS_KINDS
    key: str  # alias_key(alias)
    #: For a metonym that is also a place (دمشق, الكرملين): the region it names when read literally.
    place: str | None = None
    #: Also an ordinary word or a first name: counts only with evidence (see analysis.extract.mentions).
    ambiguous: bool = False
    #: For a metonym with a place: it is also one of the place's own aliases, not only its name's other
    #: spelling nor a seat's building (سيول, Seoul beside سئول): read as the city unless it acts.
    literal: bool = False


@dataclass(frozen=True)
class ContextRule:
    """Reject a match of one of ``keys`` when the word before/after is one of these words, or (with
    ``not_quoted``) when the match stands alone in quotation marks (لـ«الشرق الأوسط» is the newspaper), or
    (with ``only_quoted``) unless it does (بحسب "روسيا اليوم" is the channel, أعلنت روسيا اليوم "Russia today")."""

    entity_id: str
    keys: frozenset[str]
    not_preceded_by: tuple[str, ...]  # alias keys; a trailing * marks a prefix
    not_followed_by: tuple[str, ...]
    not_quoted: bool = False
    only_quoted: bool = False


@dataclass(frozen=True)
class Entity:
    id: str
    kind: str  # actor | region
    type: str
    name_en: str
    name_ar: str
    parent: str | None = None
    affiliation: str | None = None
    lat: float | None = None
    lon: float | None = None
    iso: str | None = None  # ISO 3166-1 alpha-2 code of a state, territory or country
    geonames: int | None = None  # GeoNames id of a place generated from GeoNames

    @property
    def is_country(self) -> bool:
        return self.type in COUNTRY_TYPES[self.kind]

    @property
    def is_place(self) -> bool:
        """A place can be mapped and nested: it has coordinates (regions always do)."""
        return self.lat is not None and self.lon is not None


@dataclass
class Gazetteer:
    """Entities, their aliases (one entity per alias key) and context rules."""

    entities: dict[str, Entity]
    aliases: list[Alias]
    rules: list[ContextRule]
    version: str
    sources: tuple[str, ...]
    #: Derived objects (the compiled matcher) keyed by name; see ``analysis.extract.mentions``.
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.by_key: dict[str, Alias] = {a.key: a for a in self.aliases}
        self.children: dict[str, list[str]] = {}
        for entity in self.entities.values():
            if entity.parent is not None:
                self.children.setdefault(entity.parent, []).append(entity.id)

    def entity(self, entity_id: str) -> Entity:
        return self.entities[entity_id]

    def ancestors(self, entity_id: str) -> list[str]:
        """The ``parent`` chain above an entity, nearest first: saraqib → [idlib, northwest_syria, …, syria]."""
        chain, node = [], self.entities[entity_id].parent if entity_id in self.entities else None
        while node is not None:
            chain.append(node)
            node = self.entities[node].parent
        return chain

    def descendants(self, entity_id: str) -> list[str]:
        """Every place below an entity in the hierarchy (children, their children, …)."""
        found, stack = [], list(self.children.get(entity_id, ()))
        while stack:
            node = stack.pop()
            found.append(node)
            stack.extend(self.children.get(node, ()))
        return found

    def country_of(self, entity_id: str) -> str | None:
        """The country an entity lies in: itself when it is one, else the first country up its chain."""
        for node in [entity_id, *self.ancestors(entity_id)]:
            entity = self.entities.get(node)
            if entity is not None and entity.is_country:
                return node
        return None

    def path(self, entity_id: str) -> list[str]:
        """The entity and its ancestors, nearest first: ``[idlib, northwest_syria, north_syria, syria]``."""
        return [entity_id, *self.ancestors(entity_id)]

    def entities_table(self) -> pd.DataFrame:
        """One row per entity: entity_id, kind, type, name_en, name_ar, parent, affiliation, lat, lon, iso,
        country (the id of the country it lies in, see :meth:`country_of`)."""
        rows = [
            (e.id, e.kind, e.type, e.name_en, e.name_ar, e.parent, e.affiliation, e.lat, e.lon, e.iso,
             self.country_of(e.id))
            for e in self.entities.values()
        ]  # fmt: skip
        return pd.DataFrame(rows, columns=ENTITY_COLUMNS)

    def aliases_table(self) -> pd.DataFrame:
        """One row per alias: entity_id, alias (as written in the data), alias_kind, place (the region a
        metonym names when read literally), ambiguous (needs evidence to count)."""
        rows = [(a.entity_id, a.alias, a.alias_kind, a.place, a.ambiguous) for a in self.aliases]
        return pd.DataFrame(rows, columns=ALIAS_COLUMNS)


# --- loading ---------------------------------------------------------------------------


@dataclass(frozen=True)
class OverlayText:
    """An overlay file's content before it is written to ``path``: loaded as that file will be
    (the same ``version`` and ``sources``, errors naming it), so an edit is checked and the
    gazetteer it gives is known with one load (:mod:`analysis.store.overlay`)."""

    path: Path
    raw: bytes


def load_gazetteer(
    paths: Sequence[str | Path] | None = None,
    overlay: str | Path | Mapping | OverlayText | None = None,
) -> Gazetteer:
    """Load and validate the gazetteer files (default: the two files in ``analysis/data``).

    Raises :class:`GazetteerError` naming the file and the entry id on the first problem.
    ``version`` is a short hash of the content of every file read (and of the overlay).

    The same files with the same content give the same :class:`Gazetteer` object (its derived
    objects, such as the compiled matcher, built once a process): a load reads the files and
    hashes them, and builds only content it has not built yet. Treat the result as read-only.
    """
    paths = DEFAULT_PATHS if paths is None else tuple(paths)
    digest = hashlib.sha256()
    files: list[tuple[bytes, str]] = []
    for path in paths:
        raw = Path(path).read_bytes()
        digest.update(raw)
        files.append((raw, str(path)))
    edits: list[tuple[bytes | Mapping, str]] = []  # the overlay, if any
    if isinstance(overlay, Mapping):
        digest.update(yaml.safe_dump(dict(overlay), allow_unicode=True, sort_keys=True).encode())
        edits.append((overlay, "<overlay>"))
    elif overlay is not None:
        raw = overlay.raw if isinstance(overlay, OverlayText) else Path(overlay).read_bytes()
        digest.update(raw)
        edits.append((raw, str(overlay.path if isinstance(overlay, OverlayText) else overlay)))
    key = (tuple(source for _, source in files), tuple(source for _, source in edits), digest.hexdigest())
    with _LOADED_LOCK:
        loaded = _LOADED.get(key)
        if loaded is not None:
            _LOADED.move_to_end(key)
            return loaded
    builder = _Builder()
    for raw, source in files:
        builder.add_document(_parse(raw, source), source, allow_extend=False)
    builder.check_references()
    for content, source in edits:
        document = content if isinstance(content, Mapping) else _parse(content, source)
        builder.add_document(document, source, allow_extend=True)
        builder.check_references()
    loaded = Gazetteer(
        entities=builder.entities,
        aliases=builder.finished_aliases(),
        rules=builder.rules,
        version=key[2][:12],
        sources=tuple(builder.sources),
    )
    with _LOADED_LOCK:
        _LOADED[key] = loaded
        while len(_LOADED) > _LOADED_KEPT:
            _LOADED.popitem(last=False)
    return loaded


#: Gazetteers built in this process, by their files' names and content (most recently used last):
#: building the world gazetteer's 10,000 entities takes most of a second, and the store, the CLI and
#: the dashboard's pages ask for it again and again with the same files.
_LOADED: OrderedDict[tuple, Gazetteer] = OrderedDict()
_LOADED_KEPT = 8
_LOADED_LOCK = threading.Lock()


#: Files parsed in this process, by source and content: the world files are 2 MB (1–2 s to parse),
#: and a process loads the gazetteer again for every overlay edit. The builder only reads them.
_PARSED: dict[tuple[str, bytes], Mapping] = {}


def _parse(raw: bytes, source: str) -> Mapping:
    key = (source, hashlib.blake2b(raw, digest_size=16).digest())
    document = _PARSED.get(key)
    if document is None:
        document = _parse_text(raw, source)
        if len(_PARSED) >= 64:
            _PARSED.clear()
        _PARSED[key] = document
    return document


def _parse_text(raw: bytes, source: str) -> Mapping:
    if source.endswith(".json"):  # the generated files: the same shape, ten times faster to read
        try:
            document = json.loads(raw)
        except ValueError as exc:
            raise GazetteerError(source, None, f"not valid JSON: {exc}") from exc
        if isinstance(document, dict):
            document.pop("_notice", None)
        return _checked_document(document, source)
    try:
        document = read_yaml(raw)
    except yaml.YAMLError as exc:
        raise GazetteerError(source, None, f"not valid YAML: {exc}") from exc
    return _checked_document(document, source)


def _checked_document(document: Any, source: str) -> Mapping:
    if not isinstance(document, Mapping):
        raise GazetteerError(source, None, "expected a mapping with an 'actors' or 'regions' list")
    return document


class _Builder:
    """Accumulates validated entities; every check names the file and the entry."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}
        self.aliases: list[Alias] = []
        self.rules: list[ContextRule] = []
        self.sources: list[str] = []
        self._owner: dict[str, Alias] = {}  # alias key -> alias
        self._origin: dict[str, str] = {}  # entity id -> source file
        self._pending: list[tuple[str, str, str, str]] = []  # (source, entity, field, target id)
        self._ambiguous: set[str] = set()  # alias keys that need evidence
        self._iso: dict[str, str] = {}  # ISO code -> entity id
        self._keys_of: dict[str, set[str]] = {}  # entity id -> its alias keys
        #: place id -> its names held as a government's metonym (العيون): its ambiguity marks apply to them
        self._literal_of: dict[str, set[str]] = {}

    def add_document(self, document: Mapping, source: str, *, allow_extend: bool) -> None:
        allowed = set(KINDS) | ({"extend"} if allow_extend else set())
        unknown = set(document) - allowed
        if unknown:
            raise GazetteerError(source, None, f"unknown top-level keys {sorted(unknown)}; expected {sorted(allowed)}")
        self.sources.append(source)
        for list_name, kind in KINDS.items():
            for raw in _as_list(document.get(list_name), source, list_name):
                self._add_entity(raw, kind, source)
        for raw in _as_list(document.get("extend"), source, "extend"):
            self._extend(raw, source)

    def _add_entity(self, raw: Any, kind: str, source: str) -> None:
        if not isinstance(raw, Mapping):
            raise GazetteerError(source, None, f"every {kind} must be a mapping, got {raw!r}")
        entry = str(raw.get("id") or raw.get("name_en") or raw.get("name_ar") or "?")
        for name in _REQUIRED:
            if not isinstance(raw.get(name), str) or not raw[name].strip():
                raise GazetteerError(source, entry, f"missing required field {name!r}")
        unknown = set(raw) - set(_REQUIRED) - set(_OPTIONAL)
        if unknown:
            raise GazetteerError(source, entry, f"unknown fields {sorted(unknown)}")
        entity_id = raw["id"]
        if not _ID_RE.fullmatch(entity_id):
            raise GazetteerError(source, entry, "id must be lower-case ascii letters, digits and _")
        if entity_id in self.entities:
            raise GazetteerError(source, entry, f"duplicate id (first defined in {self._origin[entity_id]})")
        lat, lon = _coordinates(raw, kind, source, entry)
        iso = raw.get("iso")
        if iso is not None:
            if not isinstance(iso, str) or not _ISO_RE.fullmatch(iso):
                raise GazetteerError(source, entry, f"iso must be an ISO 3166-1 alpha-2 code such as FR, got {iso!r}")
            if iso in self._iso:
                raise GazetteerError(source, entry, f"iso {iso} is already the code of {self._iso[iso]!r}")
            self._iso[iso] = entity_id
        geonames = raw.get("geonames")
        if geonames is not None and (isinstance(geonames, bool) or not isinstance(geonames, int)):
            raise GazetteerError(source, entry, f"geonames must be a GeoNames id (an integer), got {geonames!r}")
        if raw.get("type") == "person" and not raw.get("affiliation"):
            raise GazetteerError(source, entry, "a person needs an 'affiliation'")
        if kind == "actor" and raw.get("parent") is not None:
            raise GazetteerError(source, entry, "'parent' is for regions; use 'affiliation'")
        if kind == "region" and raw.get("affiliation") is not None:
            raise GazetteerError(source, entry, "'affiliation' is for actors")
        self.entities[entity_id] = Entity(
            id=entity_id,
            kind=kind,
            type=raw["type"],
            name_en=raw["name_en"],
            name_ar=raw["name_ar"],
            parent=raw.get("parent"),
            affiliation=raw.get("affiliation"),
            lat=lat,
            lon=lon,
            iso=iso,
            geonames=geonames,
        )
        self._origin[entity_id] = source
        for fld in ("parent", "affiliation"):
            if raw.get(fld) is not None:
                self._pending.append((source, entity_id, fld, str(raw[fld])))
        self._add_alias(entity_id, raw["name_ar"], "name", source)
        self._add_names(raw, entity_id, source)

    def _extend(self, raw: Any, source: str) -> None:
        if not isinstance(raw, Mapping) or not isinstance(raw.get("id"), str):
            raise GazetteerError(source, None, f"an 'extend' entry needs the 'id' of an entity, got {raw!r}")
        entity_id = raw["id"]
        unknown = set(raw) - set(_EXTEND_FIELDS)
        if unknown:
            raise GazetteerError(source, entity_id, f"unknown fields {sorted(unknown)} in 'extend'")
        if entity_id not in self.entities:
            raise GazetteerError(source, entity_id, "extends an unknown entity (metonym/alias target)")
        self._add_names(raw, entity_id, source)

    def _add_names(self, raw: Mapping, entity_id: str, source: str) -> None:
        for fld, alias_kind in _ALIAS_FIELDS.items():
            for alias in _as_list(raw.get(fld), source, fld, entry=entity_id):
                place = None
                if alias_kind == "metonym" and isinstance(alias, Mapping):
                    if set(alias) != {"name", "place"}:
                        raise GazetteerError(
                            source, entity_id, f"a metonym is a name or {{name, place}}, got {alias!r}"
                        )
                    alias, place = alias["name"], str(alias["place"])
                    self._pending.append((source, entity_id, "place", place))
                self._add_alias(entity_id, alias, alias_kind, source, place=place)
        for rule in _as_list(raw.get("context"), source, "context", entry=entity_id):
            self._add_rule(rule, entity_id, source)
        self._mark_ambiguous(raw.get("ambiguous"), entity_id, source)

    def _add_alias(self, entity_id: str, alias: Any, alias_kind: str, source: str, place: str | None = None) -> None:
        if not isinstance(alias, str) or not alias_key(alias):
            raise GazetteerError(source, entity_id, f"empty or non-text alias {alias!r}")
        key = alias_key(alias)
        literal = False
        if key in self._owner:
            other = self._owner[key]
            if other.place == entity_id and alias_kind in ("name", "alias"):
                self._literal_of.setdefault(entity_id, set()).add(key)
                if alias_kind == "alias":  # سيول of Seoul, also South Korea's metonym: the city unless it acts
                    self._mark_literal(other)
                return  # a place's own name that is also the metonym of its government: دمشق
            if place is not None and other.entity_id == place and other.alias_kind in ("name", "alias"):
                self.aliases.remove(other)  # the place's name becomes the metonym, read either way
                literal = other.alias_kind == "alias"
            elif other.entity_id == entity_id:
                raise GazetteerError(source, entity_id, f"alias {alias!r} is listed twice (as {other.alias!r})")
            else:
                raise GazetteerError(
                    source, entity_id, f"alias {alias!r} is already claimed by {other.entity_id!r} (as {other.alias!r})"
                )
        record = Alias(entity_id, alias, alias_kind, key, place=place, literal=literal)
        self._keys_of.setdefault(entity_id, set()).add(key)
        self._owner[key] = record
        self.aliases.append(record)

    def _mark_literal(self, record: Alias) -> None:
        """Mark a metonym as one of its place's own aliases (:attr:`Alias.literal`)."""
        literal = dataclasses.replace(record, literal=True)
        self.aliases[self.aliases.index(record)] = literal
        self._owner[record.key] = literal

    def _mark_ambiguous(self, value: Any, entity_id: str, source: str) -> None:
        if value is None or value is False:
            return
        own = self._keys_of.get(entity_id, set()) | self._literal_of.get(entity_id, set())
        if value is True:
            self._ambiguous.update(own)
            return
        for alias in _as_list(value, source, "ambiguous", entry=entity_id):
            key = alias_key(str(alias))
            if key not in own:
                raise GazetteerError(source, entity_id, f"ambiguous name {alias!r} is not one of its aliases")
            self._ambiguous.add(key)

    def finished_aliases(self) -> list[Alias]:
        """The aliases, with the ``ambiguous`` flag set (entries may mark their names after listing them)."""
        return [dataclasses.replace(a, ambiguous=True) if a.key in self._ambiguous else a for a in self.aliases]

    def _add_rule(self, rule: Any, entity_id: str, source: str) -> None:
        if not isinstance(rule, Mapping) or set(rule) - set(_CONTEXT_FIELDS):
            raise GazetteerError(source, entity_id, f"a context rule may only have {list(_CONTEXT_FIELDS)}: {rule!r}")
        if rule.get("aliases") is None:
            keys = frozenset(self._keys_of.get(entity_id, ()))
        else:
            keys = frozenset(alias_key(str(a)) for a in _as_list(rule["aliases"], source, "context", entry=entity_id))
        for key in keys:
            if self._owner.get(key) is None or self._owner[key].entity_id != entity_id:
                raise GazetteerError(source, entity_id, f"context rule names {key!r}, which is not an alias of it")
        words = {}
        for side in ("not_preceded_by", "not_followed_by"):
            items = _as_list(rule.get(side), source, side, entry=entity_id)
            if any(not isinstance(w, str) or not alias_key(w).rstrip("*") for w in items):
                raise GazetteerError(source, entity_id, f"empty word in context rule {side}")
            words[side] = tuple(alias_key(w) for w in items)
        quoted = {side: rule.get(side, False) for side in ("not_quoted", "only_quoted")}
        for side, value in quoted.items():
            if not isinstance(value, bool):
                raise GazetteerError(source, entity_id, f"{side} must be true or false: {value!r}")
        if not any(words.values()) and not any(quoted.values()):
            raise GazetteerError(
                source,
                entity_id,
                "a context rule needs not_preceded_by, not_followed_by, not_quoted or only_quoted",
            )
        self.rules.append(
            ContextRule(
                entity_id,
                keys,
                words["not_preceded_by"],
                words["not_followed_by"],
                quoted["not_quoted"],
                quoted["only_quoted"],
            )
        )

    def check_references(self) -> None:
        for source, entity_id, fld, target in self._pending:
            other = self.entities.get(target)
            if other is None:
                raise GazetteerError(source, entity_id, f"unknown {fld} {target!r}")
            if fld == "parent" and not (other.kind == "region" or other.is_country):
                raise GazetteerError(
                    source, entity_id, f"parent {target!r} is a {other.kind}, expected a region or a state"
                )
            if fld == "place" and other.kind != "region":
                raise GazetteerError(
                    source, entity_id, f"metonym place {target!r} is a {other.kind}, expected a region"
                )
            if fld == "affiliation" and other.kind != "actor":
                raise GazetteerError(source, entity_id, f"affiliation {target!r} is a {other.kind}, expected an actor")
        self._check_parent_cycles()
        self._pending.clear()

    def _check_parent_cycles(self) -> None:
        for start in self.entities:
            seen, node = {start}, self.entities[start].parent
            while node is not None:
                if node in seen:
                    raise GazetteerError(self._origin[start], start, "parent chain loops back on itself")
                seen.add(node)
                node = self.entities[node].parent


def _as_list(value: Any, source: str, name: str, entry: str | None = None) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise GazetteerError(source, entry, f"{name!r} must be a list, got {type(value).__name__}")
    return value


def _coordinates(raw: Mapping, kind: str, source: str, entry: str) -> tuple[float | None, float | None]:
    lat, lon = raw.get("lat"), raw.get("lon")
    if kind == "actor" and lat is None and lon is None:
        return None, None
    for name, value, bound in (("lat", lat, 90), ("lon", lon, 180)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise GazetteerError(source, entry, f"{name} must be a number, got {value!r}")
        if not -bound <= value <= bound:
            raise GazetteerError(source, entry, f"{name} {value} is outside [-{bound}, {bound}]")
    return float(lat), float(lon)  # type: ignore[arg-type]  # both checked to be numbers above

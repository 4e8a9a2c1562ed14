"""Map the annotated entities of ``dev/entities/articles.jsonl`` to ids of the gazetteer in force.

    .venv/bin/python dev/entities/map_ids.py [--dry-run]

The annotation names entities as the article does (``name_ar``) and in English (``name_en``); the
gazetteer changes (it is being widened), so the ids are proposed by machine, checked by hand, and
proposed again whenever the gazetteer grows. One entity is one ``name_en``; its Arabic forms over
all articles are tried together. A proposal is, in this order:

1. ``alias``: the :func:`~analysis.extract.gazetteer.alias_key` of one of its ``name_ar`` forms
   is an alias of a gazetteer entity (for a governorate or province, first that form after محافظة،
   منطقة or ولاية; for a place named by a capital's metonym, الرياض, the place it names);
2. ``slug``: the slug of ``name_en`` (without a parenthesis: ``Iran (security services)`` → ``iran``)
   is a gazetteer id, or the slug of a gazetteer entity's ``name_en``;
3. ``iso``: a state, country or government whose ISO code is a state id of
   ``analysis/data/world/state_ids.csv`` that the gazetteer holds.

The review file ``dev/entities/mapping_review.tsv`` has one row per entity: its forms, the
proposal and how it was found, and two columns kept from run to run for the person checking it:
``reviewed`` (empty: take the proposal; ``-``: no gazetteer entity is this one, whatever was
proposed; an id: this id) and ``note``. Each run rewrites the proposals, keeps those two columns,
and writes into ``articles.jsonl`` the ``gazetteer_id`` decided: ``reviewed`` if set, else the
proposal (``""`` when there is none). A reviewed id the gazetteer no longer has is reported.

Entities the gazetteer cannot name stay with ``gazetteer_id == ""``: they are the misses that
"recall over all annotated entities" counts.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.config import gazetteer as gazetteer_in_force  # noqa: E402
from analysis.data import DATA_DIR  # noqa: E402
from analysis.extract.gazetteer import Gazetteer, alias_key  # noqa: E402
from dev.entities.common import ARTICLES, MAPPING_REVIEW, read_jsonl, write_jsonl  # noqa: E402

COLUMNS = ["name_en", "forms", "kind", "type", "country", "n", "proposed", "method", "reviewed", "note"]
STATE_TYPES = {"state", "country", "government"}
#: Annotated types of a province, and the nouns that name one before its seat's name (محافظة مأرب).
PROVINCE_TYPES = {"governorate", "province", "region"}
PROVINCE_NOUNS = ("محافظة", "منطقة", "ولاية")


def slug(name: str) -> str:
    name = re.sub(r"\s*\(.*?\)\s*", " ", name or "")
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_")


def iso_state_ids() -> dict[str, str]:
    path = DATA_DIR / "world" / "state_ids.csv"
    if not path.exists():
        return {}
    lines = [line for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#")]
    return {row["iso"]: row["id"] for row in csv.DictReader(lines)}


def propose(forms: list[str], name_en: str, typ: str, country: str | None, gaz: Gazetteer,
            by_slug: dict[str, str], iso: dict[str, str], kind: str = "") -> tuple[str, str]:  # fmt: skip
    if typ in PROVINCE_TYPES:  # محافظة مأرب: the governorate, not the city that gives it its name
        for form in forms:
            for noun in PROVINCE_NOUNS:
                hit = gaz.by_key.get(alias_key(f"{noun} {form}"))
                if hit is not None:
                    return hit.entity_id, f"alias:{noun}"
    for form in forms:
        hit = gaz.by_key.get(alias_key(form))
        if hit is not None:
            if kind == "region" and hit.place is not None:  # الرياض as a place: the city, not the state
                return hit.place, "alias:place"
            return hit.entity_id, f"alias:{hit.alias_kind}"
    s = slug(name_en)
    if s in gaz.entities:
        return s, "slug"
    if s in by_slug:
        return by_slug[s], "slug"
    if typ in STATE_TYPES and country and iso.get(country) in gaz.entities:
        return iso[country], "iso"
    return "", ""


def entities_of(article: dict):
    yield from article["entities"]
    yield from article.get("incidental", [])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dry-run", action="store_true", help="print the proposals, write nothing")
    args = parser.parse_args()
    gaz = gazetteer_in_force()
    by_slug = {slug(e.name_en): e.id for e in gaz.entities.values()}
    iso = iso_state_ids()
    articles = read_jsonl(ARTICLES)

    groups: dict[str, dict] = {}
    forms: dict[str, list[str]] = defaultdict(list)
    for article in articles:
        for e in entities_of(article):
            g = groups.setdefault(
                e["name_en"], {"kind": e["kind"], "type": e["type"], "country": e.get("country") or "", "n": 0}
            )
            g["n"] += 1
            if e["name_ar"] not in forms[e["name_en"]]:
                forms[e["name_en"]].append(e["name_ar"])

    kept = {}
    if MAPPING_REVIEW.exists():
        with open(MAPPING_REVIEW, encoding="utf-8", newline="") as f:
            kept = {row["name_en"]: row for row in csv.DictReader(f, delimiter="\t")}

    rows, decided, stale = [], {}, []
    for name_en, g in sorted(groups.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
        proposed, method = propose(forms[name_en], name_en, g["type"], g["country"], gaz, by_slug, iso, g["kind"])
        reviewed = kept.get(name_en, {}).get("reviewed", "") or ""
        note = kept.get(name_en, {}).get("note", "") or ""
        if reviewed and reviewed != "-" and reviewed not in gaz.entities:
            stale.append(
                f"{name_en}: reviewed id {reviewed!r} is not in the gazetteer in force, left unmapped (proposal {proposed!r})"
            )
        final = "" if reviewed == "-" else (reviewed or proposed)
        decided[name_en] = final if final in gaz.entities else ""
        rows.append({"name_en": name_en, "forms": "، ".join(forms[name_en]), **g, "proposed": proposed,
                     "method": method, "reviewed": reviewed, "note": note})  # fmt: skip

    for article in articles:
        for e in entities_of(article):
            e["gazetteer_id"] = decided[e["name_en"]]

    n_entities = sum(len(a["entities"]) for a in articles)
    n_mapped = sum(bool(e["gazetteer_id"]) for a in articles for e in a["entities"])
    n_proposed = sum(bool(r["proposed"]) for r in rows)
    n_unreviewed = sum(bool(r["proposed"]) and not r["reviewed"] and r["name_en"] not in kept for r in rows)
    print(f"gazetteer {gaz.version}: {len(gaz.entities)} entities")
    print(
        f"{len(rows)} distinct entities, {n_proposed} with a proposal; {n_unreviewed} entities new since the last run (to review)"
    )
    print(f"annotated entity mentions: {n_entities}, mapped {n_mapped} ({n_mapped / max(n_entities, 1):.1%})")
    for line in stale:
        print("  stale:", line)
    if args.dry_run:
        for r in rows:
            if r["proposed"] or r["reviewed"]:
                print(
                    f"  {r['name_en']:40} {r['forms'][:40]:40} → {r['proposed'] or '-':20} {r['method']:16} {r['reviewed']}"
                )
        return 0
    with open(MAPPING_REVIEW, "w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    write_jsonl(ARTICLES, articles)
    print(f"→ {MAPPING_REVIEW.relative_to(ROOT)}, {ARTICLES.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

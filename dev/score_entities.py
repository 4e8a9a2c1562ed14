"""Score the analysis's gazetteer mentions against the entity dev set (``dev/entities/``).

    .venv/bin/python dev/score_entities.py                       # article-level recall and precision
    .venv/bin/python dev/score_entities.py --mentions            # precision of the judged mentions
    .venv/bin/python dev/score_entities.py --metonymy            # capital/seat readings vs judged ones (every file, pooled)
    .venv/bin/python dev/score_entities.py --sample 240          # draw mentions to judge
    .venv/bin/python dev/score_entities.py --sample-metonymy 80  # draw capital/seat mentions to judge

Every mode runs the analysis itself: sentences (:func:`analysis.text.segment.sentences_table`) and
mentions (:func:`analysis.extract.mentions.mentions_table`) with the gazetteer in force
(:func:`analysis.config.gazetteer`), on the articles read from the corpus (never committed).

**Article level** (``dev/entities/articles.jsonl``, read by hand, ids from ``map_ids.py``):

* recall: of the entities an article is annotated with, the share whose ``gazetteer_id`` the
  analysis mentions in that article. *All annotated*: an entity the gazetteer cannot name is a miss;
  *mappable*: only entities with a gazetteer id.
* precision: of the distinct entities the analysis mentions in an article, the share the article's
  list holds (*strict*), or its list or its incidental names (*lenient*: nationality words of private
  persons, the paper's own name...).

**Mentions** (``dev/entities/mentions_judged.jsonl``, drawn by ``--sample``): a person read each
mention in its sentence and wrote ``verdict`` (correct|wrong) and ``correct_entity_id`` (the entity
it names, ``""`` when no gazetteer entity is meant). Precision is the share of judged spans whose
entity, as the analysis gives it *now*, is the correct one; spans the analysis no longer finds are
counted apart (a wrong one that disappeared is a fix).

**Metonymy** (``dev/entities/metonymy_judged.jsonl``, drawn by ``--sample-metonymy``): mentions
whose alias is a capital or a seat of power (alias_kind ``metonym``, or ``place`` once capitals
are read as places too). ``verdict`` is ``actor`` (the government acting or speaking) or ``place``
(where something happens). The analysis reads ``place`` when the mention's alias_kind is
``place`` (or its entity is a region), else ``actor``; accuracy is the share it reads as judged
(``other``, a name such as the Washington Post, is right only when no mention is found there).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from analysis.config import gazetteer as gazetteer_in_force  # noqa: E402
from analysis.extract.discovered import DISCOVERED, discovered_mentions, home_state, merged  # noqa: E402
from analysis.extract.gazetteer import alias_key  # noqa: E402
from analysis.extract.mentions import mentions_table  # noqa: E402
from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.text.segment import sentences_table  # noqa: E402
from dev.entities.common import (  # noqa: E402
    ARTICLES,
    HERE,
    MENTIONS_JUDGED,
    SPANS_REJUDGED,
    default_data,
    read_jsonl,
    write_jsonl,
)

SEED = 20150801
SEAT_KINDS = ("metonym", "place")


def analyse(documents: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Sentences and mentions of ``documents`` (doc_id, text) with the gazetteer in force."""
    docs = documents[["doc_id", "text"]].reset_index(drop=True)
    sentences = sentences_table(docs)
    return sentences, mentions_table(docs, sentences, gazetteer_in_force())


def analyse_discovered(
    corpus: pd.DataFrame, wanted: set | None, tables: str | None = None, home: str | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Sentences, gazetteer mentions and discovered mentions (:mod:`analysis.extract.discovered`) as
    the build makes them: every article extracted (in worker processes, as the build does), the
    discovered read at the corpus's home state; the tables then cut to the ``wanted`` articles (all
    when None). ``tables``: a folder with the whole corpus's sentences.parquet and mentions.parquet.
    ``home``: the corpus's home state given (``saudi_arabia`` for SaudiNewsNet), so that only the
    ``wanted`` articles are extracted (each article's discovered names are read from it alone)."""
    from analysis.partitioned import read_table
    from analysis.pipeline import extract_articles

    gaz = gazetteer_in_force()
    if home and not tables and wanted is not None:
        docs = corpus[corpus["doc_id"].isin(wanted)].reset_index(drop=True)
        sentences, mentions, *_ = extract_articles(docs, gaz)
        every = merged(mentions, mentions.iloc[:0], gaz, home=home)
        extra = every[every["alias_kind"] == DISCOVERED].reset_index(drop=True)
        print(f"(home state given: {home}; {len(docs)} articles extracted)")
        return sentences, every[every["alias_kind"] != DISCOVERED].reset_index(drop=True), extra
    if tables:
        sentences = read_table(tables, "sentences")
        mentions = read_table(tables, "mentions")
        mentions = mentions[mentions["alias_kind"] != DISCOVERED].reset_index(drop=True)
        started = time.perf_counter()
        found = discovered_mentions(sentences, mentions, gaz)
        print(
            f"(discovered_mentions on {sentences['doc_id'].nunique()} articles: {time.perf_counter() - started:.1f} s)"
        )
    else:
        docs = corpus.reset_index(drop=True)
        sentences, mentions, *_ = extract_articles(docs, gaz)  # and events, problems
        found = mentions.iloc[:0]
    every = merged(mentions, found, gaz)
    extra = every[every["alias_kind"] == DISCOVERED]
    mentions = every[every["alias_kind"] != DISCOVERED]
    print(f"(discovered mentions: {len(extra)} in {extra['doc_id'].nunique()} articles, "
          f"{extra['entity_id'].nunique()} entities; home state {home_state(mentions, gaz)})")  # fmt: skip
    if wanted is not None:
        sentences, mentions, extra = (t[t["doc_id"].isin(wanted)] for t in (sentences, mentions, extra))
    return sentences.reset_index(drop=True), mentions.reset_index(drop=True), extra.reset_index(drop=True)


def pct(a: int, b: int) -> str:
    return f"{a / b:6.1%} ({a}/{b})" if b else "   n/a"


# --- article level --------------------------------------------------------------------


def _same_place(gaz, a: str, b: str) -> bool:
    """A city and the governorate or region that bears its name (مأرب, محافظة مأرب; تبوك, منطقة تبوك)."""
    if a == b or a not in gaz.entities or b not in gaz.entities:
        return False
    related = gaz.country_of(a) is not None and gaz.country_of(a) == gaz.country_of(b)
    if gaz.entities[a].kind != "region" and gaz.entities[b].kind != "region":
        return False
    name_a, name_b = (alias_key(gaz.entities[x].name_ar) for x in (a, b))
    return related and (name_a in name_b or name_b in name_a)


def _names(found: pd.DataFrame) -> dict:
    """(doc_id, entity_id) → the normalised forms a discovered entity has in that article: its name
    and every surface (``توم كوتون``, ``كوتون``), with and without the article for a place."""
    out: dict = defaultdict(set)
    for doc, eid, surface, alias in zip(found["doc_id"], found["entity_id"], found["surface"], found["alias"]):
        for form in (alias_key(surface), alias_key(alias)):
            out[(doc, eid)].add(form.replace("عبد ", "عبد"))
    return out


def _same_name(name_ar: str, forms: set) -> bool:
    """The annotated name is one of the forms, with or without the article; or, for a name of three
    words or more, a form has its first and last word (the patronymic is optional in Arabic names:
    ``سليمان بن عبدالرحمن السحيباني`` is ``سليمان السحيباني``)."""
    key = alias_key(name_ar).replace("عبد ", "عبد")
    if key in forms or (key.startswith("ال") and key[2:] in forms) or ("ال" + key) in forms:
        return True
    words = key.split(" ")
    return len(words) >= 3 and any(
        len(f.split(" ")) >= 2 and f.split(" ")[0] == words[0] and f.split(" ")[-1] == words[-1] for f in forms
    )


def score_articles(
    docs: pd.DataFrame, show: int, discovered: bool = True, tables: str | None = None, home: str | None = None
) -> dict[str, tuple[int, int]]:
    """Recall and precision per article; with ``discovered``, also counting the discovered entities
    (and the home state's unqualified institutions), matched to an annotation by its Arabic name:
    the annotated ``name_ar``, normalised, is the entity's name or one of its surfaces in the article.
    Returns (right, of) for ``found`` (recall, the discovered counted when asked), ``strict`` and ``lenient``
    (precision over all entities)."""
    articles = read_jsonl(ARTICLES)
    wanted = {a["doc_id"] for a in articles}
    if discovered:
        _, mentions, extra = analyse_discovered(docs, wanted, tables, home)
    else:
        _, mentions = analyse(docs[docs["doc_id"].isin(wanted)])
        extra = mentions.iloc[:0]
    gaz = gazetteer_in_force()
    both = pd.concat([mentions, extra], ignore_index=True)
    found = mentions.groupby("doc_id")["entity_id"].agg(set).to_dict()
    found_disc = extra.groupby("doc_id")["entity_id"].agg(set).to_dict()
    names = _names(extra)
    surfaces = both.groupby(["doc_id", "entity_id"])["surface"].agg(lambda s: sorted(set(s))).to_dict()
    kinds = dict(zip(both["entity_id"], both["entity_kind"]))
    rec = defaultdict(lambda: [0, 0, 0, 0, 0])  # kind → [found, all, found mappable, mappable, found with discovered]
    twins = defaultdict(lambda: [0, 0])  # kind → [found counting a same-name place, all]
    prec = defaultdict(lambda: [0, 0, 0])  # kind → [in list, in list or incidental, system], discovered included
    prec_base = defaultdict(lambda: [0, 0, 0])  # the same without the discovered
    disc_prec = [0, 0, 0]
    misses, alarms, disc_hits = [], [], []
    for a in articles:
        doc = a["doc_id"]
        got, got_disc = found.get(doc, set()), found_disc.get(doc, set())
        seen = set()
        matched: dict[str, str] = {}  # discovered entity → "listed" | "incidental"
        for group, label in ((a.get("incidental", []), "incidental"), (a["entities"], "listed")):
            for e in group:
                for eid in got_disc:
                    if _same_name(e["name_ar"], names[(doc, eid)]) or (e.get("gazetteer_id") == eid):
                        matched[eid] = label
        for e in a["entities"]:
            if e["name_en"] in seen:
                continue
            seen.add(e["name_en"])
            gid = e.get("gazetteer_id") or ""
            hit = bool(gid) and gid in got
            by_name = [eid for eid in got_disc if _same_name(e["name_ar"], names[(doc, eid)]) or eid == gid]
            hit_disc = hit or bool(by_name)
            if hit_disc and not hit:
                disc_hits.append((doc, e["name_en"], e["name_ar"], by_name[0]))
            twin = hit or (bool(gid) and any(_same_place(gaz, gid, other) for other in got))
            for k in (e["kind"], "all"):
                twins[k][0] += twin
                twins[k][1] += 1
                r = rec[k]
                r[0] += hit
                r[1] += 1
                r[2] += hit
                r[3] += bool(gid)
                r[4] += hit_disc
            if not hit_disc:
                misses.append((doc, e["name_en"], e["name_ar"], gid or "(no gazetteer id)", e["kind"]))
        listed = {e["gazetteer_id"] for e in a["entities"] if e.get("gazetteer_id")}
        incidental = {e["gazetteer_id"] for e in a.get("incidental", []) if e.get("gazetteer_id")}
        for gid in sorted(got | got_disc):
            from_disc = gid in got_disc and gid not in got
            in_list = gid in listed or matched.get(gid) == "listed"
            in_any = in_list or gid in incidental or matched.get(gid) == "incidental"
            for k in (kinds[gid], "all"):
                for table in (prec,) if from_disc else (prec, prec_base):
                    p = table[k]
                    p[0] += in_list
                    p[1] += in_any
                    p[2] += 1
            if from_disc:
                disc_prec[0] += in_list
                disc_prec[1] += in_any
                disc_prec[2] += 1
            if not in_list:
                alarms.append((doc, gid, "incidental" if in_any else "not listed", surfaces[(doc, gid)]))
    print(f"{len(articles)} articles read in full; gazetteer {gaz.version}"
          + ((f"; discovered entities read at home state {home}" if home else "; discovered entities built from the whole corpus") if discovered else ""))  # fmt: skip
    print("recall (annotated entities the analysis mentions in their article)")
    for k in ("all", "actor", "region"):
        r = rec[k]
        print(f"  {k:7} all annotated {pct(r[0], r[1])}   mappable {pct(r[2], r[3])}   (mapped {pct(r[3], r[1])})")
    if discovered:
        print("  with the discovered entities (matched by their Arabic name) and the home state's institutions:")
        for k in ("all", "actor", "region"):
            print(f"  {k:7} all annotated {pct(rec[k][4], rec[k][1])}")
    print("  counting the city and its governorate of the same name as one place (مأرب / محافظة مأرب):")
    for k in ("all", "region"):
        print(f"  {k:7} all annotated {pct(*twins[k])}")
    print("precision (distinct entities the analysis mentions per article)")
    for k in ("all", "actor", "region"):
        p, b = prec[k], prec_base[k]
        print(f"  {k:7} strict {pct(p[0], p[2])}   lenient {pct(p[1], p[2])}"
              + (f"   (gazetteer only: strict {pct(b[0], b[2])}, lenient {pct(b[1], b[2])})" if discovered else ""))  # fmt: skip
    if discovered:
        print(
            f"  discovered alone: strict {pct(disc_prec[0], disc_prec[2])}   lenient {pct(disc_prec[1], disc_prec[2])}"
        )
        print(f"\nfound only as discovered ({len(disc_hits)}):")
        for doc, en, ar, eid in disc_hits[:show]:
            print(f"  {doc:16} {eid:34} {en} ({ar})")
    mapped_misses = [m for m in misses if m[3] != "(no gazetteer id)"]
    print(f"\nmisses with a gazetteer id ({len(mapped_misses)}):")
    for doc, en, ar, gid, _ in mapped_misses[:show]:
        print(f"  {doc:16} {gid:16} {en} ({ar})")
    unmapped = Counter((m[4], m[1], m[2]) for m in misses if m[3] == "(no gazetteer id)")
    print(f"misses without a gazetteer id: {sum(unmapped.values())}; the most frequent:")
    for (kind, en, ar), n in unmapped.most_common(show):
        print(f"  {n:3} {kind:6} {en} ({ar})")
    print(f"false alarms ({len(alarms)}; entities the analysis finds that the article's list lacks):")
    for doc, gid, why, surf in alarms[:show]:
        print(f"  {doc:16} {gid:16} {why:11} {' / '.join(surf)}")
    by_entity = Counter(gid for _, gid, why, _ in alarms if why == "not listed")
    print("  most frequent (not listed):", ", ".join(f"{g} {n}" for g, n in by_entity.most_common(10)))
    recall = rec["all"][4] if discovered else rec["all"][0]
    return {"found": (recall, rec["all"][1]), "strict": (prec["all"][0], prec["all"][2]),
            "lenient": (prec["all"][1], prec["all"][2])}  # fmt: skip


# --- drawing mentions to judge ----------------------------------------------------------


def context(sentences: pd.DataFrame, texts: pd.Series, row) -> str:
    """The mention's sentence with the mention in ⟦ ⟧ (the whole neighbourhood if no sentence)."""
    text = texts[row.doc_id]
    hit = sentences[(sentences["doc_id"] == row.doc_id) & (sentences["sentence_idx"] == row.sentence_idx)]
    start, end = (
        (int(hit["start"].iloc[0]), int(hit["end"].iloc[0])) if len(hit) else (max(row.start - 200, 0), row.end + 200)
    )
    start, end = min(start, row.start), max(end, row.end)
    return (text[start : row.start] + "⟦" + text[row.start : row.end] + "⟧" + text[row.end : end]).replace("\n", " ")


def draw(mentions: pd.DataFrame, n: int, seed: int, exclude: set) -> list:
    """Half uniform over mentions, half uniform over entities (then over that entity's mentions)."""
    rng = random.Random(seed)
    rows = [r for r in mentions.itertuples(index=False) if (r.doc_id, r.start) not in exclude]
    by_entity = defaultdict(list)
    for r in rows:
        by_entity[r.entity_id].append(r)
    picked, keys = [], set()
    order = sorted(by_entity)
    while len(picked) < min(n, len(rows)):
        r = rng.choice(rows) if len(picked) % 2 == 0 else rng.choice(by_entity[rng.choice(order)])
        if (r.doc_id, r.start) not in keys:
            keys.add((r.doc_id, r.start))
            picked.append(r)
    return picked


def corpus_mentions(docs: pd.DataFrame, sample_docs: int | None, seed: int) -> tuple[pd.DataFrame, pd.DataFrame]:
    pool = docs if not sample_docs or sample_docs >= len(docs) else docs.sample(sample_docs, random_state=seed)
    return analyse(pool)


def dev_doc_ids() -> set[str]:
    """The articles of every file of dev/entities/ (the 50 read in full and every judged sample's)."""
    ids = {a["doc_id"] for a in read_jsonl(ARTICLES)}
    for path in sorted(HERE.glob("*.jsonl")):
        ids.update(r["doc_id"] for r in read_jsonl(path) if "doc_id" in r)
    return ids


def write_sample(
    docs,
    out: Path,
    n: int,
    seed: int,
    sample_docs: int | None,
    seats: bool,
    only: set[str] | None = None,
    discovered: bool = False,
    tables: str | None = None,
    uniform: bool = False,
    home: str | None = None,
) -> None:
    if uniform and home and sample_docs:  # every mention of N random articles of no dev file, home state given
        wanted = set(random.Random(seed).sample(sorted(set(docs["doc_id"]) - dev_doc_ids()), sample_docs))
        sentences, gazetteer_found, extra = analyse_discovered(docs, wanted, None, home)
        mentions = pd.concat([gazetteer_found, extra], ignore_index=True)
    elif uniform:  # every mention of the whole corpus, gazetteer and discovered, drawn uniformly over mentions
        sentences, gazetteer_found, extra = analyse_discovered(docs, None, tables)
        mentions = pd.concat([gazetteer_found, extra], ignore_index=True)
    elif discovered:  # the discovered mentions of the whole corpus, drawn uniformly over mentions
        sentences, _, mentions = analyse_discovered(docs, None, tables)
    else:
        sentences, mentions = corpus_mentions(docs, sample_docs, seed)
    if only:
        mentions = mentions[mentions["entity_id"].isin(only)]
    if seats:
        mentions = mentions[mentions["alias_kind"].isin(SEAT_KINDS)]
    existing = read_jsonl(out)
    exclude = {(r["doc_id"], r["start"]) for r in existing}
    if seats:  # a new capital/seat file holds none of the mentions judged in another
        exclude |= {(r["doc_id"], r["start"]) for path in HERE.glob("metonymy_judged*.jsonl") for r in read_jsonl(path)}
    texts = docs.set_index("doc_id")["text"]
    rows = []
    picked = (draw(mentions, n, seed + len(existing), exclude) if not (discovered or uniform) else
              list(mentions.sample(n, random_state=seed + len(existing)).itertuples(index=False)))  # fmt: skip
    for r in picked:
        row = {"doc_id": r.doc_id, "start": int(r.start), "end": int(r.end), "surface": r.surface,
               "entity_id": r.entity_id, "alias": r.alias, "alias_kind": r.alias_kind,
               "sentence": context(sentences, texts, r)}  # fmt: skip
        row.update({"verdict": "", "note": ""} if seats else {"verdict": "", "correct_entity_id": "", "note": ""})
        if discovered or uniform:
            row["stratum"] = "mentions"
        rows.append(row)
    write_jsonl(out, existing + rows)
    print(f"{len(rows)} mentions drawn (from {mentions['doc_id'].nunique()} articles, {mentions['entity_id'].nunique()} "
          f"entities) and appended to {out}; fill in verdict" + ("" if seats else " and correct_entity_id"))  # fmt: skip


# --- judged mentions ------------------------------------------------------------------------


def rerun(docs: pd.DataFrame, judged: list[dict], tables: str | None = None, home: str | None = None) -> dict:
    """(doc_id, start) → the mention the analysis gives now at that start (None if none); with the
    discovered mentions (read from the whole corpus) when the file holds some."""
    wanted = {j["doc_id"] for j in judged}
    if any(j.get("alias_kind") == DISCOVERED for j in judged):
        _, mentions, extra = analyse_discovered(docs, wanted, tables, home)
        mentions = pd.concat([mentions, extra], ignore_index=True)
    else:
        _, mentions = analyse(docs[docs["doc_id"].isin(wanted)])
    return {(r.doc_id, r.start): r for r in mentions.itertuples(index=False)}


def score_mentions(
    docs: pd.DataFrame, path: Path, show: int, tables: str | None = None, home: str | None = None
) -> tuple[int, int]:
    """Print the judged mentions of ``path`` against the analysis now; (right, scored): the spans still found
    and scored (the judged span, or a changed one read again in ``spans_rejudged.jsonl``)."""
    judged = [j for j in read_jsonl(path) if j.get("verdict") in ("correct", "wrong")]
    if not judged:
        print(f"no judged mentions in {path}")
        return 0, 0
    now = rerun(docs, judged, tables, home)
    right = wrong = gone_right = gone_wrong = 0
    per_entity = defaultdict(lambda: [0, 0])
    per_stratum = defaultdict(lambda: [0, 0])  # stratum → [right, found]
    errors = []
    changed = []  # a mention at the judged start that ends elsewhere: a span the verdict no longer covers
    rejudged = {(r["doc_id"], r["start"], r["end"], r["entity_id"]): r["verdict"] for r in read_jsonl(SPANS_REJUDGED)}
    reread = 0
    for j in judged:
        m = now.get((j["doc_id"], j["start"]))
        expected = j["entity_id"] if j["verdict"] == "correct" else (j.get("correct_entity_id") or "")
        if m is None:
            gone_right += j["verdict"] == "wrong"
            gone_wrong += j["verdict"] == "correct"
            continue
        if m.end != j["end"]:  # عبدالله بن عبداللطيف → عبدالله بن عبداللطيف آل الشيخ: the verdict was on another span
            verdict = rejudged.get((j["doc_id"], m.start, m.end, m.entity_id))
            if verdict is None:
                changed.append((j, m))  # not scored until read again
                continue
            reread += 1
            ok = verdict == "correct"
        elif m.entity_id != j["entity_id"] and (j["doc_id"], m.start, m.end, m.entity_id) in rejudged:
            # سيئون judged right as a discovered place, now the curated Seiyun: the new entity read again
            reread += 1
            ok = rejudged[(j["doc_id"], m.start, m.end, m.entity_id)] == "correct"
        else:
            ok = m.entity_id == expected
        right += ok
        wrong += not ok
        if j.get("stratum"):
            per_stratum[j["stratum"]][0] += ok
            per_stratum[j["stratum"]][1] += 1
        per_entity[m.entity_id][0] += ok
        per_entity[m.entity_id][1] += 1
        if not ok:
            errors.append((m.entity_id, expected or "-", j["surface"], j.get("note", ""), j["sentence"]))
    at_draw = sum(j["verdict"] == "correct" for j in judged)
    print(f"{len(judged)} judged mentions ({path.name})")
    print(f"  precision when drawn           {pct(at_draw, len(judged))}")
    print(f"  precision now (spans found)     {pct(right, right + wrong)}")
    print(f"  no longer found: {gone_right + gone_wrong} ({gone_right} wrong ones fixed, {gone_wrong} right ones lost)")
    if reread:
        print(
            f"  spans or entities changed since judged and read again ({SPANS_REJUDGED.name}), scored as read: {reread}"
        )
    if changed:
        was_right = sum(j["verdict"] == "correct" for j, _ in changed)
        print(
            f"  spans changed since judged, not scored (read them again into {SPANS_REJUDGED.name}): {len(changed)} "
            f"({was_right} judged right, {len(changed) - was_right} judged wrong)"
        )
    for stratum, (k, n) in sorted(per_stratum.items()):
        print(f"    stratum {stratum:9} (spans found) {pct(k, n)}")
    print("  errors by the entity given:", ", ".join(f"{e} {n - k}/{n}" for e, (k, n) in
                                                    sorted(per_entity.items(), key=lambda kv: kv[1][0] - kv[1][1]) if k < n))  # fmt: skip
    for eid, exp, surf, note, sent in errors[:show]:
        print(f"  {eid:14} → {exp:14} {surf}: {note}\n      {sent[:220]}")
    for j, m in changed[:show]:
        print(f"  changed ({j['verdict']}): {j['surface']} [{j['entity_id']}] → {m.surface} [{m.entity_id}]")
    return right, right + wrong


def score_metonymy(docs: pd.DataFrame, path: Path, show: int) -> tuple[int, int]:
    """Print the readings of one judged capital/seat file against the analysis now; (right, judged)."""
    judged = [j for j in read_jsonl(path) if j.get("verdict") in ("actor", "place", "other")]
    if not judged:
        print(f"no judged capital/seat mentions in {path}")
        return 0, 0
    now = rerun(docs, judged)
    gaz = gazetteer_in_force()
    ok = found = 0
    confusion = Counter()
    errors: list[str] = []
    for j in judged:
        m = now.get((j["doc_id"], j["start"]))
        if m is None:  # no mention any more: right only for a name that is neither (Washington Post)
            ok += j["verdict"] == "other"
            confusion[(j["verdict"], "none")] += 1
            continue
        found += 1
        if m.alias != j["alias"]:  # a longer name took the capital in (واشنطن بوست): neither reading
            ok += j["verdict"] == "other"
            confusion[(j["verdict"], "other")] += 1
            continue
        reading = "place" if m.alias_kind == "place" or gaz.entities[m.entity_id].kind == "region" else "actor"
        ok += reading == j["verdict"]
        confusion[(j["verdict"], reading)] += 1
        if reading != j["verdict"]:
            errors.append(f"  judged {j['verdict']:5} read {reading:5} {j['surface']}: {j['sentence'][:200]}")
    actor = sum(j["verdict"] == "actor" for j in judged)
    place = sum(j["verdict"] == "place" for j in judged)
    print(f"{len(judged)} judged capital/seat mentions ({path.name}): {actor} the government acting or speaking, "
          f"{place} a place, {len(judged) - actor - place} neither (part of a name, another place)")  # fmt: skip
    print(f"  accuracy of the analysis's reading   {pct(ok, len(judged))}   ({len(judged) - found} no longer found)")
    print(f"  always 'actor' (metonyms only)       {pct(actor, len(judged))}")
    for (gold, got), n in sorted(confusion.items()):
        print(f"    judged {gold:5} read {got:5}: {n}")
    print("\n".join(errors[:show]))
    return ok, len(judged)


def score_metonymy_files(docs: pd.DataFrame, show: int) -> tuple[int, int]:
    """Every ``metonymy_judged*.jsonl`` of dev/entities/, one after the other, then pooled: (right, judged)."""
    totals = [score_metonymy(docs, path, show) for path in sorted(HERE.glob("metonymy_judged*.jsonl"))]
    pooled = sum(t[0] for t in totals), sum(t[1] for t in totals)
    print(f"\nall capital/seat files pooled: accuracy {pct(*pooled)}")
    return pooled


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default_data())
    parser.add_argument("--mentions", nargs="?", const=str(MENTIONS_JUDGED), help="score judged mentions")
    parser.add_argument(
        "--metonymy",
        nargs="?",
        const="all",
        help="score judged capital/seat mentions: a file, or every metonymy_judged*.jsonl and them pooled",
    )
    parser.add_argument("--sample", type=int, help="draw N mentions to judge (appended to --out)")
    parser.add_argument("--sample-metonymy", type=int, help="draw N capital/seat mentions to judge")
    parser.add_argument("--sample-docs", type=int, default=None, help="draw from N random articles (default all)")
    parser.add_argument(
        "--entities",
        default=None,
        help="draw only mentions of these ids (comma-separated), e.g. the entities just added",
    )
    parser.add_argument("--out", default=None, help="file to append drawn mentions to")
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument(
        "--no-discovered",
        action="store_true",
        help="article level: the gazetteer's mentions only (fast: the 50 articles alone)",
    )
    parser.add_argument(
        "--tables",
        default=None,
        help="a folder with sentences.parquet and mentions.parquet of the whole corpus "
        "(`python -m analysis build`), instead of extracting again",
    )
    parser.add_argument(
        "--discovered-only", action="store_true", help="with --sample: draw discovered mentions only (whole corpus)"
    )
    parser.add_argument(
        "--uniform",
        action="store_true",
        help="with --sample: draw uniformly over every mention of the whole corpus, gazetteer and discovered",
    )
    parser.add_argument(
        "--home",
        default=None,
        help="the corpus's home state (saudi_arabia), so that only the 50 articles (or, with --uniform and "
        "--sample-docs, N random articles of no dev file; with --mentions, the judged ones) are "
        "extracted (seconds) instead of the whole corpus; the same figures",
    )
    parser.add_argument("--show", type=int, default=30, help="misses, false alarms, errors to print")
    args = parser.parse_args()
    docs = load_corpus(args.data).documents
    if args.sample:
        write_sample(
            docs,
            Path(args.out or HERE / "mentions_to_judge.jsonl"),
            args.sample,
            args.seed,
            args.sample_docs,
            False,
            set(args.entities.split(",")) if args.entities else None,
            args.discovered_only,
            args.tables,
            args.uniform,
            args.home,
        )
    elif args.sample_metonymy:
        write_sample(docs, Path(args.out or HERE / "metonymy_to_judge.jsonl"), args.sample_metonymy, args.seed,
                     args.sample_docs, True)  # fmt: skip
    elif args.mentions:
        score_mentions(docs, Path(args.mentions), args.show, args.tables, args.home)
    elif args.metonymy == "all":
        score_metonymy_files(docs, args.show)
    elif args.metonymy:
        score_metonymy(docs, Path(args.metonymy), args.show)
    else:
        score_articles(docs, args.show, not args.no_discovered, args.tables, args.home)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Score the analysis's dated events against the date dev set (``dev/dates/``).

    .venv/bin/python dev/dates/score_dates.py                 # found and right, when, extent, type
    .venv/bin/python dev/dates/score_dates.py --show 30       # ... and the misses and errors
    .venv/bin/python dev/dates/score_dates.py --sample-nondates 100 --out dev/dates/nondates_judged.jsonl
    .venv/bin/python dev/dates/score_dates.py --sample-nondates 100 --pool rows --seed 286 --out dev/dates/nondates_judged_286.jsonl
    .venv/bin/python dev/dates/score_dates.py --nondates      # judged random events: any non-date?
    .venv/bin/python dev/dates/score_dates.py --recheck dev/dates/nondates_judged*.jsonl  # ... read today?
    .venv/bin/python dev/dates/score_dates.py --redays dev/dates/nondates_judged_{38..61}.jsonl --show 1  # days

The gold lines (``gold_*.jsonl``, written by readers following ``GUIDELINES.md``) are located in
their article by ``quote`` and ``n``; the analysis's events are those of :func:`analysis.pipeline.analyse`
on the dev articles (the gazetteer of the built-in files, as the CLI's default).

- **found**: an event whose span overlaps the gold span;
- **right**: found, and its ``date_start``/``date_end`` are the gold ones (gold lines whose reader
  could not resolve the date are scored for `found` only);
- **when**, **extent**: of the found ones, the share with the gold value;
- **type precision**: of the found events the analysis gives a type other than ``other``, the share
  whose type is the gold one; **type accuracy**: of all found, the share with the gold type
  (``other`` included);
- **false alarms**: events that overlap no gold line; those that overlap a reader's *skipped*
  look-alike (``skipped_*.jsonl``) are non-dates the analysis reads as dates.
"""

from __future__ import annotations

import argparse
import functools
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

import pandas as pd  # noqa: E402

from analysis.ingest.corpus import LoadedCorpus, load_corpus  # noqa: E402
from analysis.pipeline import analyse  # noqa: E402
from dev.entities.common import default_data, read_jsonl, write_jsonl  # noqa: E402

HERE = Path(__file__).resolve().parent
ARTICLES = HERE / "articles.jsonl"
NONDATES = HERE / "nondates_judged.jsonl"
DAYS_REJUDGED = HERE / "days_rejudged.jsonl"


def locate(text: str, quote: str, n: int) -> tuple[int, int] | None:
    at = -1
    for _ in range(max(n, 1)):
        at = text.find(quote, at + 1)
        if at < 0:
            return None
    return at, at + len(quote)


def events_of(corpus: LoadedCorpus) -> pd.DataFrame:
    return analyse(corpus, n_themes=2).events


@functools.lru_cache(maxsize=2)
def _corpus(data: str) -> LoadedCorpus:
    """The whole corpus, read once per run: ``--retype`` over fifty judged files read it fifty times (a minute each)."""
    return load_corpus(data)


def dev_corpus(data: str, doc_ids: set[str] | None = None) -> LoadedCorpus:
    corpus = _corpus(data)
    wanted = doc_ids or {r["doc_id"] for r in read_jsonl(ARTICLES)}
    docs = corpus.documents[corpus.documents["doc_id"].isin(wanted)].reset_index(drop=True)
    return LoadedCorpus(name="date-dev", documents=docs, problems=corpus.problems.iloc[0:0])


def _iso(value) -> str | None:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def score(data: str, show: int) -> dict[str, tuple[int, int]]:
    """The dev set's figures, printed; returned as (right, of) pairs: found, right, when, type precision."""
    gold = [g for batch in sorted(HERE.glob("gold_*.jsonl")) for g in read_jsonl(batch)]
    skipped = [s for batch in sorted(HERE.glob("skipped_*.jsonl")) for s in read_jsonl(batch)]
    annotated = {g["doc_id"] for g in gold} | {r["doc_id"] for r in read_jsonl(ARTICLES) if r.get("batch") in
                                               {p.stem.split("_")[1] for p in HERE.glob("gold_*.jsonl")}}  # fmt: skip
    corpus = dev_corpus(data, annotated)
    texts = dict(zip(corpus.documents["doc_id"], corpus.documents["text"]))
    events = events_of(corpus)
    by_doc = {d: frame for d, frame in events.groupby("doc_id")}  # noqa: C416 (dict(groupby) calls its .keys)
    used: set[str] = set()
    found = right = resolvable = 0
    when_ok = extent_ok = type_ok = typed = typed_ok = 0
    misses, wrong, when_wrong, type_wrong = [], [], Counter(), []
    for g in gold:
        span = locate(texts[g["doc_id"]], g["quote"], g.get("n", 1))
        if span is None:
            print(f"cannot locate {g['quote']!r} #{g.get('n', 1)} in {g['doc_id']}", file=sys.stderr)
            continue
        frame = by_doc.get(g["doc_id"])
        hit = None
        if frame is not None:
            overlap = frame[(frame["start"] < span[1]) & (frame["end"] > span[0])]
            if len(overlap):
                # The event whose dates are the gold ones, else the longest overlapping one.
                same = overlap[
                    (overlap["date_start"].map(_iso) == g["date_start"])
                    & (overlap["date_end"].map(_iso) == g["date_end"])
                ]
                hit = (
                    same if len(same) else overlap.assign(_n=overlap["end"] - overlap["start"]).sort_values("_n")
                ).iloc[-1]
                used.update(overlap["event_id"])
        if g["date_start"] is not None:
            resolvable += 1
        if hit is None:
            misses.append(g)
            continue
        found += 1
        if g["date_start"] is not None:
            if _iso(hit["date_start"]) == g["date_start"] and _iso(hit["date_end"]) == g["date_end"]:
                right += 1
            else:
                wrong.append((g, hit))
        when_ok += hit["when"] == g["when"]
        if hit["when"] != g["when"]:
            when_wrong[(g["when"], hit["when"])] += 1
        extent_ok += hit["extent"] == g["extent"]
        type_ok += hit["event_type"] == g["type"]
        if hit["event_type"] != "other":
            typed += 1
            typed_ok += hit["event_type"] == g["type"]
        if hit["event_type"] != g["type"]:
            type_wrong.append((g, hit))
    n = len(gold)
    alarms = events[~events["event_id"].isin(used)]
    skipped_spans = {}
    for s in skipped:
        span = locate(texts.get(s["doc_id"], ""), s["quote"], s.get("n", 1))
        if span:
            skipped_spans.setdefault(s["doc_id"], []).append((span, s))
    nondates = []
    for event in alarms.itertuples():
        for (a, b), s in skipped_spans.get(event.doc_id, []):
            if event.start < b and event.end > a:
                nondates.append((event, s))
                break

    def pct(k: int, m: int) -> str:
        return f"{k / m:6.1%} ({k}/{m})" if m else "   n/a"

    print(f"{len(corpus.documents)} articles, {n} gold date expressions ({resolvable} with a date range)")
    print(f"  found                       {pct(found, n)}")
    print(f"  found and right             {pct(right, resolvable)}   target >= 95 %")
    print(f"  when right (of found)       {pct(when_ok, found)}")
    print(f"  extent right (of found)     {pct(extent_ok, found)}")
    print(f"  type precision              {pct(typed_ok, typed)}   target >= 90 %")
    print(f"  type accuracy (of found)    {pct(type_ok, found)}")
    print(
        f"  events overlapping no gold  {len(alarms)} of {len(events)}; on a reader's skipped non-date: {len(nondates)}"
    )
    if when_wrong:
        print("  when (gold -> analysis): " + ", ".join(f"{a}->{b} {k}" for (a, b), k in when_wrong.most_common()))
    if show:
        print(f"\nmisses ({len(misses)}):")
        for g in misses[:show]:
            print(f"  {g['doc_id']:17} {g['quote']!r} -> {g['date_start']}..{g['date_end']}")
        print(f"\nwrong dates ({len(wrong)}):")
        for g, hit in wrong[:show]:
            print(f"  {g['doc_id']:17} {g['quote']!r} gold {g['date_start']}..{g['date_end']} "
                  f"got {hit['date_text']!r} {hit['date_start']}..{hit['date_end']}")  # fmt: skip
        print(f"\nwrong types ({len(type_wrong)}):")
        for g, hit in type_wrong[:show]:
            print(f"  {g['doc_id']:17} {g['quote']!r} gold {g['type']} got {hit['event_type']}")
        print(f"\nnon-dates read as dates ({len(nondates)}):")
        for event, s in nondates[:show]:
            print(f"  {event.doc_id:17} {event.date_text!r} ({s.get('why', '')})")
        print(f"\nother events overlapping no gold line ({len(alarms) - len(nondates)}):")
        listed = {e.event_id for e, _ in nondates}
        for event in alarms[~alarms["event_id"].isin(listed)].head(show).itertuples():
            print(f"  {event.doc_id:17} {event.date_text!r} {event.date_start}..{event.date_end}")
    return {"found": (found, n), "right": (right, resolvable), "when": (when_ok, found), "type": (typed_ok, typed)}


def _rows_of(events: pd.DataFrame) -> list[dict]:
    """The drawn events as a judged file's rows, their verdicts blank."""
    return [
        {"event_id": e.event_id, "doc_id": e.doc_id, "date_text": e.date_text, "sentence": e.sentence,
         "date_start": _iso(e.date_start), "date_end": _iso(e.date_end), "precision": e.precision,
         "extent": e.extent, "when": _iso(e.when), "type": e.event_type, "is_date": None, "note": ""}
        for e in events.itertuples()
    ]  # fmt: skip


def sample_nondates(data: str, k: int, seed: int, out: Path, pool: str = "articles") -> None:
    """Draw ``k`` events to judge, in one of two pools (``pool``).

    ``articles`` (samples up to 284): uniformly from a random 2,000 SaudiNewsNet articles: none of the dev
    set's, and (from sample 52 on) none of an earlier sample's (``nondates_judged*.jsonl``), so that a
    sample is news no rule was written on. When the 2,000 hold fewer than ``k`` events (the pool is
    nearly drawn out), the events are drawn from the whole pool.

    ``rows`` (from sample 286 on, :func:`draw_rows`): uniformly from every event of the corpus outside the
    dev set's articles that no judged file of ``dev/dates`` holds (:func:`judged_spans`)."""
    corpus = load_corpus(data)
    dev = {r["doc_id"] for r in read_jsonl(ARTICLES)}
    if pool == "rows":
        docs = corpus.documents[~corpus.documents["doc_id"].isin(dev)].reset_index(drop=True)
        events = events_of(LoadedCorpus(name="sample", documents=docs, problems=corpus.problems.iloc[0:0]))
        judged = judged_spans(dict(zip(docs["doc_id"], docs["text"])), sorted(HERE.glob("*judged*.jsonl")))
        picked, left = draw_rows(events, judged, k, seed)
        print(f"{len(events):,} events in {len(docs):,} articles, {left:,} of them in no judged file: {k} drawn")
        write_jsonl(out, _rows_of(picked))
        print(f"{k} events written to {out}; set is_date to true or false by reading each sentence")
        return
    dev |= {
        r["doc_id"] for path in sorted(HERE.glob("nondates_judged*.jsonl")) for r in read_jsonl(path) if "doc_id" in r
    }
    rng = random.Random(seed)
    articles = sorted(set(corpus.documents["doc_id"]) - dev)
    if len(articles) < 2000:
        raise SystemExit(f"only {len(articles):,} articles are in no judged file: draw with --pool rows")
    chosen = set(rng.sample(articles, 2000))
    docs = corpus.documents[corpus.documents["doc_id"].isin(chosen)].reset_index(drop=True)
    events = events_of(LoadedCorpus(name="sample", documents=docs, problems=corpus.problems.iloc[0:0]))
    if len(events) < k:
        # From sample 282 on the pool left is mostly articles without a date (the dated ones were drawn
        # before): 2,000 of them hold fewer than k events, so the events are drawn from the whole pool.
        docs = corpus.documents[corpus.documents["doc_id"].isin(set(articles))].reset_index(drop=True)
        events = events_of(LoadedCorpus(name="sample", documents=docs, problems=corpus.problems.iloc[0:0]))
        print(f"2,000 articles held fewer than {k} events: drawn from the whole pool of {len(articles)} articles")
        if len(events) < k:
            raise SystemExit(
                f"the {len(articles):,} articles in no judged file hold {len(events)} events, fewer than {k}: "
                "draw with --pool rows"
            )
    picked = events.iloc[sorted(rng.sample(range(len(events)), k))]
    write_jsonl(out, _rows_of(picked))
    print(f"{k} events written to {out}; set is_date to true or false by reading each sentence")


def judged_spans(texts: dict[str, str], paths: list[Path]) -> dict[str, set]:
    """Where the judged rows of ``paths`` stand, by article: for each row holding a ``doc_id``, a ``sentence``
    and a ``date_text``, every occurrence of its text (its first line when the sentence cut it) in its
    sentence, located in its article, as ``(start, end)``; and the row's ``(sentence, date_text)`` itself, so
    that a row whose sentence is not found in the text (shaped letters) still keys its event."""
    spans: dict[str, set] = {}
    for path in paths:
        for r in read_jsonl(path):
            if not all(isinstance(r.get(f), str) for f in ("doc_id", "sentence", "date_text")):
                continue
            held = spans.setdefault(r["doc_id"], set())
            held.add((r["sentence"], r["date_text"]))
            text = texts.get(r["doc_id"], "")
            at = text.find(r["sentence"])
            needle = r["date_text"] if r["date_text"] in r["sentence"] else r["date_text"].split("\n")[0].strip()
            i = r["sentence"].find(needle) if at >= 0 and needle else -1
            while i >= 0:
                held.add((at + i, at + i + len(needle)))
                i = r["sentence"].find(needle, i + 1)
    return spans


def draw_rows(events: pd.DataFrame, judged: dict[str, set], k: int, seed: int) -> tuple[pd.DataFrame, int]:
    """``k`` events drawn uniformly (``random.Random(seed)``, in the order of ``events``) from those no judged
    row holds: an event is held when it has a judged row's sentence and text, or overlaps a judged row's span
    (:func:`judged_spans`): a row judged once is never drawn again, even when the rules have since widened or
    narrowed its span. Returns the drawn events (in their order) and how many events were left to draw from."""
    held = [
        any(
            (e.sentence, e.date_text) in spans
            or any(isinstance(a, int) and a < e.end and e.start < b for a, b in spans)
            for spans in [judged.get(e.doc_id, set())]
        )
        for e in events.itertuples()
    ]
    left = events[[not h for h in held]]
    if len(left) < k:
        raise SystemExit(f"only {len(left):,} events are in no judged file, fewer than the {k} asked")
    rng = random.Random(seed)
    return left.iloc[sorted(rng.sample(range(len(left)), k))], len(left)


def score_nondates(path: Path) -> None:
    rows = read_jsonl(path)
    judged = [r for r in rows if r.get("is_date") is not None]
    bad = [r for r in judged if not r["is_date"]]
    print(f"{len(judged)} random events judged: {len(judged) - len(bad)} dates, {len(bad)} non-dates")
    for r in bad:
        print(f"  {r['doc_id']:17} {r['date_text']!r}: {r.get('note', '')}")


def recheck_nondates(data: str, paths: list[Path]) -> tuple[int, int]:
    """Judged samples against the grammar as it is now: which judged non-dates are still read as a
    date, and which judged dates are no longer read. The date is located as the first occurrence of
    its text in its sentence, in its article (:func:`analysis.extract.dates.find_dates`). Returns the judged
    non-dates still read, and all judged non-dates, pooled."""
    from analysis.extract.dates import find_dates

    documents = _corpus(data).documents.set_index("doc_id")
    pooled_still = pooled_non = 0
    for path in paths:
        still, lost, n_non, n_dates = [], [], 0, 0
        for r in read_jsonl(path):
            if r.get("is_date") is None or r["doc_id"] not in documents.index:
                continue
            text, published = documents.at[r["doc_id"], "text"], documents.at[r["doc_id"], "published"]
            at = text.find(r["sentence"])
            if at < 0:
                continue
            a = at + r["sentence"].find(r["date_text"])
            b = a + len(r["date_text"])
            read = any(m.start < b and m.end > a for m in find_dates(text, pd.Timestamp(published).date()))
            if r["is_date"]:
                n_dates += 1
                if not read:
                    lost.append(r["date_text"])
            else:
                n_non += 1
                if read:
                    still.append(r["date_text"])
        print(
            f"{path.name}: non-dates still read {len(still)}/{n_non} {still}; dates no longer read {len(lost)}/{n_dates} {lost}"
        )
        pooled_still += len(still)
        pooled_non += n_non
    return pooled_still, pooled_non


def _judged_mention(r: dict, at: int, mentions: list) -> tuple:
    """The mention of today's reading that stands where the judged date ``r`` (its sentence at ``at`` in
    the article) was drawn, and whether that is ambiguous: of the mentions overlapping an occurrence of its
    text in the sentence (its first line when the sentence cut it), the first that is still the drawn
    expression, else the first read at all; ambiguous when the occurrences are read differently."""
    needle = r["date_text"] if r["date_text"] in r["sentence"] else r["date_text"].split("\n")[0].strip()
    found = []
    i = r["sentence"].find(needle)
    while i >= 0:
        a, b = at + i, at + i + len(needle)
        over = [m for m in mentions if m.start < b and m.end > a]
        found.append(max(over, key=lambda m: min(m.end, b) - max(m.start, a)) if over else None)
        i = r["sentence"].find(needle, i + 1)
    read = [m for m in found if m is not None]
    m = next((m for m in read if m.date_text == r["date_text"]), read[0] if read else None)
    return m, len({(m.date_text, m.date_start, m.date_end) if m else None for m in found}) > 1


def _reread_key(r: dict, new_text: str | None, new_start: str | None, new_end: str | None) -> tuple:
    """A judged date (its article, sentence, text and drawn days) with the reading it has now."""
    return (r["doc_id"], r["sentence"], r["date_text"], r["date_start"], r["date_end"], new_text, new_start, new_end)


def days_rejudged(path: Path = DAYS_REJUDGED) -> dict[tuple, bool]:
    """The judged dates read otherwise than drawn and judged again (``days_rejudged.jsonl``): the verdict on
    each new reading, by :func:`_reread_key`."""
    if not path.exists():
        return {}
    return {
        _reread_key(r, r["new_date_text"], r["new_date_start"], r["new_date_end"]): bool(r["ok"])
        for r in read_jsonl(path)
    }


def day_verdict(r: dict, now: tuple[str | None, str | None, str | None], rejudged: dict[tuple, bool]) -> str:
    """A judged date's verdict with its reading of now (``date_text``, ``date_start``, ``date_end``): ``right`` or
    ``wrong`` when it is read to the drawn days (the reader's ``resolution_ok``) or read otherwise and that new
    reading judged again (``rejudged``, from :func:`days_rejudged`: a new reading not judged is not taken for
    another), ``read otherwise`` when it is read otherwise and not judged again."""
    if now[1:] == (r["date_start"], r["date_end"]):
        return "right" if r["resolution_ok"] else "wrong"
    verdict = rejudged.get(_reread_key(r, *now))
    if verdict is None:
        return "read otherwise"
    return "right again" if verdict else "wrong again"


def redays_judged(data: str, paths: list[Path], show: bool) -> dict[str, tuple[int, int]]:
    """Days of judged samples read again with the grammar of now, pooled: each judged date (located as in
    :func:`recheck_nondates`) keeps its verdict (``resolution_ok``) when it resolves to the drawn days; read
    otherwise, it takes the verdict of its new reading in ``days_rejudged.jsonl`` (:func:`day_verdict`), and is
    listed as read otherwise (to be judged again) when that reading is not there. ``show`` also lists the rows
    still wrong. Returns (right, judged) for ``days`` (a row read otherwise and not judged again is not right),
    (right, judged) for ``when``, (read otherwise and not judged again, judged) and (right, read otherwise and
    judged again) for ``re-judged``."""
    from analysis.extract.dates import find_dates

    documents = _corpus(data).documents.set_index("doc_id")
    rejudged = days_rejudged()
    n = right = n_when = right_when = 0
    changed, still_wrong, again = [], [], Counter()
    for path in paths:
        for r in read_jsonl(path):
            if not r.get("is_date") or "resolution_ok" not in r or r["doc_id"] not in documents.index:
                continue
            text, published = documents.at[r["doc_id"], "text"], documents.at[r["doc_id"], "published"]
            at = text.find(r["sentence"])
            if at < 0:
                continue
            m, ambiguous = _judged_mention(r, at, find_dates(text, pd.Timestamp(published).date()))
            now = (m.date_text, _iso(m.date_start), _iso(m.date_end)) if m is not None else (None, None, None)
            n += 1
            if r.get("gold_when") is not None:
                n_when += 1
                right_when += m is not None and m.when == r["gold_when"]
            verdict = day_verdict(r, now, rejudged)
            right += verdict.startswith("right")
            label = path.stem.rsplit("_", 1)[-1] + "?" * ambiguous
            if verdict.endswith("again"):
                again[verdict] += 1
            if verdict.startswith("wrong"):
                still_wrong.append((label, r, m))
            elif verdict == "read otherwise":
                changed.append((label, r, m))
    print(f"`when` as the readers gave it: {right_when}/{n_when}")
    print(f"{n} judged dates: {right} right, {len(still_wrong)} wrong, {len(changed)} read otherwise and not judged "
          f"again (judge them into {DAYS_REJUDGED.name}; [sample?]: its text stands more than once in the sentence, "
          f"read differently); of them read otherwise and judged again: {again['right again']} right, "
          f"{again['wrong again']} wrong")  # fmt: skip
    for label, rows in (("read otherwise", changed), ("still wrong", still_wrong if show else [])):
        if rows:
            print(f"\n{label} ({len(rows)}):")
        for sample, r, m in rows:
            reading = f"{m.date_text!r} {_iso(m.date_start)}..{_iso(m.date_end)}" if m is not None else "not read"
            print(f"  [{sample}] {r['doc_id']} {r['date_text']!r} drawn {r['date_start']}..{r['date_end']} "
                  f"ok={r['resolution_ok']} now {reading}\n      note: {r.get('note', '')}\n      "
                  f"sentence: {r['sentence'][:300]}")  # fmt: skip
    return {
        "days": (right, n),
        "when": (right_when, n_when),
        "read otherwise": (len(changed), n),
        "re-judged": (again["right again"], again["right again"] + again["wrong again"]),
    }


def _event_number(event_id: str) -> int:
    """The number of an event in its article (``doc:7`` → 7; 0 when there is none)."""
    tail = str(event_id).rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() else 0


def retype_judged(data: str, paths: list[Path], show: bool) -> tuple[int, int]:
    """Type precision and accuracy of judged samples with the type rules as they are now: each judged
    date is matched to the event of its article with the same ``date_text`` in the same sentence (of two
    such, the one whose number in the article is nearest the drawn ``event_id``'s), or one whose
    ``date_text`` holds it, and its type compared with the reader's (``gold_type``, or the drawn
    type when the reader kept it). Returns the type precision's (right, typed), pooled."""
    pooled_right = pooled_typed = 0
    for path in paths:
        rows = [r for r in read_jsonl(path) if r.get("is_date") and "type_ok" in r]
        events = events_of(dev_corpus(data, {r["doc_id"] for r in rows}))
        # the same text twice in a sentence: the occurrence whose number in its article is nearest the drawn one's
        by_key: dict[tuple[str, str, str], list[tuple[int, str]]] = {}
        # ... or, when the expression now reads longer (a weekday and its date joined), the one that holds it
        by_sentence: dict[tuple[str, str], list[tuple[str, str]]] = {}
        for e in events.itertuples():
            by_key.setdefault((e.doc_id, e.sentence, e.date_text), []).append((_event_number(e.event_id), e.event_type))
            by_sentence.setdefault((e.doc_id, e.sentence), []).append((e.date_text, e.event_type))
        typed = right_typed = right = n = 0
        for r in rows:
            same = by_key.get((r["doc_id"], r["sentence"], r["date_text"]), [])
            drawn = _event_number(r.get("event_id", ""))
            now = min(same, key=lambda c: abs(c[0] - drawn))[1] if same else None
            now = now or next(
                (t for text, t in by_sentence.get((r["doc_id"], r["sentence"]), []) if r["date_text"] in text), None
            )
            if now is None:
                continue
            gold = r.get("gold_type") or r["type"]
            n += 1
            right += now == gold
            if now != "other":
                typed += 1
                right_typed += now == gold
            if show and now != gold:
                print(f"  {r['doc_id']:17} {r['date_text']!r}: now {now}, gold {gold}")
        print(
            f"{path.name}: type precision {right_typed}/{typed} ({100 * right_typed / max(typed, 1):.0f} %), "
            f"accuracy {right}/{n} ({100 * right / max(n, 1):.0f} %)"
        )
        pooled_right += right_typed
        pooled_typed += typed
    return pooled_right, pooled_typed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default_data())
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--sample-nondates", type=int)
    parser.add_argument("--nondates", action="store_true")
    parser.add_argument("--out", type=Path, default=NONDATES)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--pool",
        choices=("articles", "rows"),
        default="articles",
        help="--sample-nondates: draw from unjudged articles (samples up to 284) or unjudged events (from 286)",
    )
    parser.add_argument("--recheck", type=Path, nargs="+", help="judged samples to read again with the grammar of now")
    parser.add_argument(
        "--redays", type=Path, nargs="+", help="judged samples, pooled: days read with the grammar of now"
    )
    parser.add_argument("--retype", type=Path, nargs="+", help="judged samples: type precision with the rules of now")
    args = parser.parse_args(argv)
    if args.retype:
        retype_judged(args.data, args.retype, args.show > 0)
    elif args.redays:
        redays_judged(args.data, args.redays, args.show > 0)
    elif args.recheck:
        recheck_nondates(args.data, args.recheck)
    elif args.sample_nondates:
        sample_nondates(args.data, args.sample_nondates, args.seed, args.out, args.pool)
    elif args.nondates:
        score_nondates(args.out)
    else:
        score(args.data, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

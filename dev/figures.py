"""The quality figures of the README, computed from the judged files of ``dev/`` (never kept by hand).

    PYTHONPATH=. .venv/bin/python dev/figures.py              # print the README's figures block
    PYTHONPATH=. .venv/bin/python dev/figures.py --write      # ... and write it into README.md
    PYTHONPATH=. nice -n 19 .venv/bin/python dev/figures.py --rescore --write   # read everything again first

Two kinds of figure, kept apart:

* **Held out, as drawn.** Every round of the dev READMEs draws a fresh random sample with the code of the
  day and judges it before any rule it prompts is written: those verdicts are what a held-out set would
  score. They are read from the judged files alone (milliseconds), pooled with a 95 % Wilson interval,
  and ``tests/dev/test_figures.py`` fails when the README no longer says what the files say.
* **Read again with the rules of now.** The same judged rows scored against today's analysis (the rules
  were tuned on them, so these are optimistic), and the dev sets read in full. They run the analysis
  (minutes); ``--rescore`` writes them to ``dev/figures_now.json`` with the commit they were computed at,
  and the README shows them as of that commit.

Which files are held out is decided by their names (below): the first rounds of each kind were judged
after the rules they prompted, so they are left out of the held-out figures (their verdicts still count
in the "read again" ones).
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import re
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ENTITIES = ROOT / "dev" / "entities"
DATES = ROOT / "dev" / "dates"
NOW = ROOT / "dev" / "figures_now.json"
README = ROOT / "README.md"
BEGIN = "<!-- figures: written by dev/figures.py --write; do not edit by hand -->"
END = "<!-- end of figures -->"

#: The uniform mention samples are held out from the eighth round on (the seventh's rules were the last
#: read off samples judged after them); ``…_round8_after`` is the eighth round's second draw.
FIRST_MENTION_ROUND = 8
#: The capital/seat files from the eighth on were drawn after the rules of the rounds before them.
FIRST_METONYMY_FILE = 8
#: Random date samples: types and non-dates judged as drawn from sample 24, days and `when` from 38.
FIRST_DATE_SAMPLE = 24
FIRST_DAYS_SAMPLE = 38
LAST_N = 10  # the trend: the last rounds' figures one by one


@dataclass(frozen=True)
class Share:
    """``k`` of ``n``, with its 95 % Wilson interval."""

    k: int
    n: int

    def __add__(self, other: Share) -> Share:
        return Share(self.k + other.k, self.n + other.n)

    @property
    def ratio(self) -> float:
        return self.k / self.n if self.n else 0.0

    def interval(self, z: float = 1.96) -> tuple[float, float]:
        if not self.n:
            return 0.0, 0.0
        p, n = self.ratio, self.n
        middle = (p + z * z / (2 * n)) / (1 + z * z / n)
        half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
        return middle - half, middle + half

    def percent(self, *, interval: bool = False) -> str:
        text = f"{100 * self.ratio:.1f} % ({self.k:,} of {self.n:,}"
        if interval:
            lo, hi = self.interval()
            text += f"; 95 % CI {100 * lo:.1f}–{100 * hi:.1f} %"
        return text + ")"

    def whole(self) -> str:
        return f"{round(100 * self.ratio)}"


def _rows(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _numbered(folder: Path, pattern: str, first: int) -> list[tuple[int, Path]]:
    """The files of ``folder`` whose name matches ``pattern`` (its group 1 a number ≥ ``first``), in order;
    a second draw of a round (``round8_after``) comes after the first."""
    found = []
    for path in folder.iterdir():
        m = re.fullmatch(pattern, path.name)
        if m and int(m.group(1)) >= first:
            found.append((int(m.group(1)), path.name, path))
    return [(number, path) for number, _, path in sorted(found)]


def mention_rounds() -> list[tuple[int, Path]]:
    return _numbered(ENTITIES, r"mentions_judged_uniform_.*_round(\d+)(?:_after)?\.jsonl", FIRST_MENTION_ROUND)


def metonymy_files() -> list[tuple[int, Path]]:
    return _numbered(ENTITIES, r"metonymy_judged_(\d+)\.jsonl", FIRST_METONYMY_FILE)


def date_samples(first: int = FIRST_DATE_SAMPLE) -> list[tuple[int, Path]]:
    return _numbered(DATES, r"nondates_judged_(\d+)\.jsonl", first)


def mentions_as_drawn(path: Path) -> Share:
    """A uniform sample's precision as judged: the drawn mention's entity right."""
    verdicts = [r.get("verdict") for r in _rows(path)]
    return Share(verdicts.count("correct"), sum(v in ("correct", "wrong") for v in verdicts))


def metonymy_as_drawn(path: Path, *, capitals_only: bool = False) -> Share:
    """A capital/seat file as judged: the drawn reading (``metonym`` the government, ``place`` the city) is
    the reader's verdict; a mention that is neither (a club, a paper) is wrong, or left out ``capitals_only``."""
    rows = [r for r in _rows(path) if r.get("verdict") in ("actor", "place", "other")]
    if capitals_only:
        rows = [r for r in rows if r["verdict"] != "other"]
    right = sum((r["alias_kind"], r["verdict"]) in {("metonym", "actor"), ("place", "place")} for r in rows)
    return Share(right, len(rows))


def types_as_drawn(path: Path) -> Share:
    """Type precision as judged: of the dates the analysis typed (not ``other``), those typed right."""
    typed = [r for r in _rows(path) if r["is_date"] and r.get("type") not in (None, "other") and "type_ok" in r]
    return Share(sum(bool(r["type_ok"]) for r in typed), len(typed))


def nondates_as_drawn(path: Path) -> Share:
    """Of the expressions drawn, those the reader found to be no date."""
    rows = [r for r in _rows(path) if r.get("is_date") is not None]
    return Share(sum(not r["is_date"] for r in rows), len(rows))


def days_as_drawn(path: Path) -> Share:
    rows = [r for r in _rows(path) if r["is_date"] and r.get("resolution_ok") is not None]
    return Share(sum(bool(r["resolution_ok"]) for r in rows), len(rows))


def when_as_drawn(path: Path) -> Share:
    rows = [r for r in _rows(path) if r["is_date"] and r.get("when_ok") is not None]
    return Share(sum(bool(r["when_ok"]) for r in rows), len(rows))


def discovery_top50(path: Path = ROOT / "dev" / "discover_top50.csv") -> Share:
    with open(path, encoding="utf-8") as handle:
        verdicts = [r["verdict"] for r in csv.DictReader(handle)]
    return Share(verdicts.count("ok"), sum(v in ("ok", "wrong") for v in verdicts))


@dataclass(frozen=True)
class Pooled:
    """A kind of judged file: the pooled share, the numbers of its first and last file, and the last files'."""

    total: Share
    first: int
    last: int
    recent: list[tuple[int, Share]]

    @classmethod
    def of(cls, files: list[tuple[int, Path]], score) -> Pooled:
        shares = [(number, score(path)) for number, path in files]
        shares = [(number, s) for number, s in shares if s.n]
        total = sum((s for _, s in shares), Share(0, 0))
        return cls(total, shares[0][0], shares[-1][0], shares[-LAST_N:])

    def trend(self) -> str:
        return ", ".join(s.whole() for _, s in self.recent)

    def recent_total(self) -> Share:
        return sum((s for _, s in self.recent), Share(0, 0))


def as_drawn() -> dict[str, Pooled]:
    dates, days = date_samples(), date_samples(FIRST_DAYS_SAMPLE)
    return {
        "mentions": Pooled.of(mention_rounds(), mentions_as_drawn),
        "metonymy": Pooled.of(metonymy_files(), metonymy_as_drawn),
        "capitals": Pooled.of(metonymy_files(), lambda p: metonymy_as_drawn(p, capitals_only=True)),
        "nondates": Pooled.of(dates, nondates_as_drawn),
        "days": Pooled.of(days, days_as_drawn),
        "when": Pooled.of(days, when_as_drawn),
        "types": Pooled.of(dates, types_as_drawn),
    }


# --- read again with the rules of now (runs the analysis) -----------------------------------------------


def rescore(data: str) -> dict:
    """Every judged file and dev set scored against the analysis of this tree (minutes, printed as it goes)."""
    from analysis.ingest.corpus import load_corpus
    from dev import score_entities as entities
    from dev.dates import score_dates as dates

    docs = load_corpus(data).documents
    mention_files = [path for _, path in mention_rounds()]
    spans = sum((Share(*entities.score_mentions(docs, p, 0, home="saudi_arabia")) for p in mention_files), Share(0, 0))
    metonymy = Share(*entities.score_metonymy_files(docs, 0))
    dev_entities = entities.score_articles(docs, 0, True, None, "saudi_arabia")
    samples = [path for _, path in date_samples()]
    types = Share(*dates.retype_judged(data, samples, False))
    nondates = Share(*dates.recheck_nondates(data, samples))
    again = dates.redays_judged(data, [path for _, path in date_samples(FIRST_DAYS_SAMPLE)], False)
    dev_dates = dates.score(data, 0)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout
    dirty = subprocess.run(["git", "status", "--porcelain", "analysis"], cwd=ROOT, capture_output=True, text=True)
    return {
        "commit": commit.strip() + (" with changes to analysis/" if dirty.stdout.strip() else ""),
        "mention_spans": [spans.k, spans.n],
        "mention_files": len(mention_files),
        "metonymy_all_files": [metonymy.k, metonymy.n],
        "types": [types.k, types.n],
        "nondates_still_read": [nondates.k, nondates.n],
        "days": list(again["days"]),
        "days_read_otherwise": again["read otherwise"][0],
        "days_rejudged": list(again["re-judged"]),
        "when": list(again["when"]),
        "dev_entities": {k: list(v) for k, v in dev_entities.items()},
        "dev_dates": {k: list(v) for k, v in dev_dates.items()},
    }


# --- the README's block --------------------------------------------------------------------------------


def _share(pair: list[int]) -> Share:
    return Share(*pair)


def block(drawn: dict[str, Pooled], now: dict) -> str:
    """The README's figures section (between :data:`BEGIN` and :data:`END`)."""
    m, c, caps = drawn["mentions"], drawn["metonymy"], drawn["capitals"]
    nd, days, when, types = drawn["nondates"], drawn["days"], drawn["when"], drawn["types"]
    per100 = 100 * nd.total.ratio
    top50 = discovery_top50()
    de, dd = now["dev_entities"], now["dev_dates"]
    rows = [
        (
            "Gazetteer and discovered mentions: the entity right (precision; issue 10)",
            f"rounds {m.first}–{m.last}: **{m.total.percent(interval=True)}**; last {len(m.recent)}: {m.trend()} %, "
            f"together {m.recent_total().percent()}",
            "≥ 97 %",
            f"spans still found: {_share(now['mention_spans']).percent()}",
        ),
        (
            "A capital or seat read as its government or as the city (issue 10)",
            f"files {c.first}–{c.last}: **{c.total.percent(interval=True)}**; the real capitals alone (a club or a "
            f"paper named after one left out) {caps.total.percent(interval=True)}; last {len(c.recent)}: {c.trend()} %",
            "≥ 90 %",
            f"every file (1–{c.last}): {_share(now['metonymy_all_files']).percent()}",
        ),
        (
            "Date expressions that are no date (issue 11)",
            f"samples {nd.first}–{nd.last}: **{per100:.1f} per 100** ({nd.total.k:,} of {nd.total.n:,}); last "
            f"{len(nd.recent)} samples: {', '.join(str(s.k) for _, s in nd.recent)}",
            "0 in a random 100",
            f"still read as dates: {now['nondates_still_read'][0]} of those {now['nondates_still_read'][1]}",
        ),
        (
            "Dates resolved to the right days (issue 11)",
            f"samples {days.first}–{days.last}: **{days.total.percent(interval=True)}**; last {len(days.recent)}: "
            f"{days.trend()} %",
            "≥ 95 %",
            f"{_share(now['days']).percent()} right, read as judged or read otherwise and judged again "
            f"(dev/dates/days_rejudged.jsonl: {now['days_rejudged'][0]:,} of {now['days_rejudged'][1]:,} right); "
            f"{now['days_read_otherwise']} read otherwise, not judged again",
        ),
        (
            "`when` (reported, scheduled, history, target) right (issue 11)",
            f"samples {when.first}–{when.last}: **{when.total.percent(interval=True)}**",
            "—",
            _share(now["when"]).percent(),
        ),
        (
            "Event type precision: of the dates given a type, those typed right (issue 11)",
            f"samples {types.first}–{types.last}: **{types.total.percent(interval=True)}**; last "
            f"{len(types.recent)}: {types.trend()} %",
            "≥ 90 %",
            _share(now["types"]).percent(),
        ),
        (
            "Discovery's top 50 candidates on SaudiNewsNet: real actors or places, sensible kind (issue 10)",
            f"{top50.percent()}, `dev/discover_top50.csv` (a 31k build's list, every candidate judged)",
            "≥ 80 %",
            "—",
        ),
    ]
    lines = [
        BEGIN,
        "",
        "| what is measured | held out: fresh random samples judged as drawn, before the rules they prompted "
        f"| target | the same rows read again with the rules of {now['commit']} (optimistic) |",
        "|---|---|---|---|",
        *(f"| {a} | {b} | {t} | {n} |" for a, b, t, n in rows),
        "",
        f"Dev sets, articles read in full (`dev/entities/articles.jsonl`, `dev/dates/gold_*.jsonl`), with the rules of "
        f"{now['commit']}: the entities an article is about found **{_share(de['found']).percent()}** (target 90 %), "
        f"article precision strict {_share(de['strict']).percent()}, lenient {_share(de['lenient']).percent()}; "
        f"date expressions found {_share(dd['found']).percent()}, found and right **{_share(dd['right']).percent()}** "
        f"(target 95 %), `when` {_share(dd['when']).percent()}, type precision **{_share(dd['type']).percent()}** "
        "(target 90 %).",
        "",
        END,
    ]
    return "\n".join(lines)


def write(text: str, readme: Path = README) -> None:
    """Replace the block between the markers of ``readme`` with ``text`` (which holds the markers)."""
    content = readme.read_text("utf-8")
    start, end = content.find(BEGIN), content.find(END)
    if start < 0 or end < start:
        raise SystemExit(f"{readme}: no figures block ({BEGIN!r} … {END!r}) to write into")
    readme.write_text(content[:start] + text + content[end + len(END) :], "utf-8")


def current(readme: Path = README) -> str:
    """The block the README holds now, markers included ("" if none)."""
    content = readme.read_text("utf-8")
    start, end = content.find(BEGIN), content.find(END)
    return content[start : end + len(END)] if 0 <= start < end else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rescore", action="store_true", help="read every judged file again first (minutes)")
    parser.add_argument("--write", action="store_true", help="write the block into README.md")
    parser.add_argument("--data", default=None, help="the SaudiNewsNet folder (default: the dev scorers')")
    args = parser.parse_args(argv)
    if args.rescore:
        from dev.entities.common import default_data

        now = rescore(args.data or default_data())
        NOW.write_text(json.dumps(now, ensure_ascii=False, indent=1) + "\n", "utf-8")
    now = json.loads(NOW.read_text("utf-8"))
    text = block(as_drawn(), now)
    if args.write:
        write(text)
    print(text)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())

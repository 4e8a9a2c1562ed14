"""Draw the articles of the entity dev set from SaudiNewsNet: a fixed, stratified random sample.

    .venv/bin/python dev/entities/sample_articles.py [--data ../shared/data/saudinewsnet] [--show]

The rule (written down in ``dev/entities/README.md``):

1. Every article the analysis loads from the corpus folder (``load_corpus``, so ``doc_id`` is the
   pipeline's), with 400–2,500 characters of text (long enough to be news, short enough to be read
   whole), sources other than the two sports papers (``arreyadi``, ``arriyadiyah``).
2. Two strata by the title alone: **world** — the title names one of :data:`WORLD_WORDS` (Yemen,
   Syria, Iran, Iraq, the Gulf, Egypt, Palestine/Israel, terrorism and the groups of the day, the
   Security Council, the UN, negotiations); **domestic** — every other article.
3. From each stratum, in ``doc_id`` order, ``random.Random(SEED).sample``: 30 world, 20 domestic
   (50 drawn; an article that turns out unreadable, e.g. a list of prices, may be dropped by hand
   and is named in the README).

Prints the sample as JSON lines (doc_id, source, date, title, stratum); ``--show`` prints the
articles' texts for reading.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from analysis.ingest.corpus import load_corpus  # noqa: E402
from analysis.text.normalize import normalize  # noqa: E402
from dev.entities.common import default_data  # noqa: E402

SEED = 20150721
N_WORLD, N_DOMESTIC = 30, 20
MIN_CHARS, MAX_CHARS = 400, 2500
SPORTS = {"arreyadi", "arriyadiyah"}
#: Title words and phrases of the world stratum (normalised; whole words after optional proclitics).
WORLD_WORDS = [
    "اليمن",
    "يمني",
    "يمنيه",
    "اليمنيه",
    "اليمني",
    "حوثي",
    "الحوثي",
    "الحوثيين",
    "الحوثيون",
    "صنعاء",
    "عدن",
    "تعز",
    "مارب",
    "الحديده",
    "المخلوع",
    "عاصفه الحزم",
    "اعاده الامل",
    "التحالف",
    "سوري",
    "سوريا",
    "سوريه",
    "السوري",
    "السوريه",
    "السوريين",
    "دمشق",
    "حلب",
    "الاسد",
    "ايران",
    "ايراني",
    "الايراني",
    "الايرانيه",
    "طهران",
    "النووي",
    "ظريف",
    "العراق",
    "عراقي",
    "العراقي",
    "العراقيه",
    "بغداد",
    "الموصل",
    "الانبار",
    "الفلوجه",
    "الحشد الشعبي",
    "الخليج",
    "الخليجي",
    "الخليجيه",
    "خليجي",
    "الكويت",
    "الكويتي",
    "قطر",
    "القطري",
    "البحرين",
    "البحريني",
    "الامارات",
    "الاماراتي",
    "مصر",
    "المصري",
    "المصريه",
    "القاهره",
    "سيناء",
    "السيسي",
    "فلسطين",
    "الفلسطيني",
    "الفلسطينيه",
    "الفلسطينيين",
    "غزه",
    "القدس",
    "الاقصي",
    "اسرائيل",
    "الاسرائيلي",
    "الاسرائيليه",
    "الاحتلال",
    "حماس",
    "ليبيا",
    "الليبي",
    "لبنان",
    "اللبناني",
    "حزب الله",
    "تركيا",
    "التركي",
    "التركيه",
    "روسيا",
    "الروسي",
    "موسكو",
    "اميركا",
    "امريكا",
    "الامريكي",
    "الاميركي",
    "الامريكيه",
    "الاميركيه",
    "واشنطن",
    "ارهاب",
    "الارهاب",
    "ارهابي",
    "الارهابي",
    "ارهابيه",
    "الارهابيه",
    "داعش",
    "القاعده",
    "تنظيم الدوله",
    "تفجير",
    "انتحاري",
    "مجلس الامن",
    "الامم المتحده",
    "الجبير",
    "مفاوضات",
]
_WORLD_RE = re.compile(r"(?<!\w)(?:[وف]?(?:ب|ل|ك)?)(?:" + "|".join(map(re.escape, WORLD_WORDS)) + r")(?!\w)")


#: Sports words: a title with one of them is not world news even when it names a country.
SPORT_WORDS = [
    "الدوري",
    "دوري",
    "لاعب",
    "لاعبيه",
    "اللاعب",
    "منتخب",
    "المنتخب",
    "نادي",
    "النادي",
    "يتعاقد",
    "وديه",
    "الوديه",
    "السله",
    "القدم",
    "كاس",
    "بطوله",
    "البطوله",
    "الاخضر",
    "اخضر",
    "مباراه",
    "المباراه",
    "هدف",
    "مدرب",
    "المدرب",
]
_SPORT_RE = re.compile(r"(?<!\w)(?:[وف]?(?:ب|ل|ك)?)(?:" + "|".join(map(re.escape, SPORT_WORDS)) + r")(?!\w)")


def stratum(title: str) -> str:
    norm = normalize(title or "")
    return "world" if _WORLD_RE.search(norm) and not _SPORT_RE.search(norm) else "domestic"


def article_rows(docs) -> list[dict]:
    """The articles of ``docs`` as sample rows (doc_id, source, date, title, stratum), in doc_id order."""
    rows = [
        {"doc_id": d, "source": s, "date": p.isoformat() if p else None, "title": t, "stratum": stratum(t)}
        for d, s, p, t in zip(docs["doc_id"], docs["source"], docs["published"], docs["title"])
    ]
    return sorted(rows, key=lambda r: r["doc_id"])


def stratified_sample(rows: list[dict], seed: int, n_world: int, n_domestic: int) -> list[dict]:
    """``random.Random(seed).sample`` of each stratum: the world rows, then the domestic ones."""
    rng = random.Random(seed)
    world = rng.sample([r for r in rows if r["stratum"] == "world"], n_world)
    return world + rng.sample([r for r in rows if r["stratum"] == "domestic"], n_domestic)


def draw(data: str) -> list[dict]:
    docs = load_corpus(data).documents
    docs = docs[~docs["source"].isin(SPORTS) & docs["text"].str.len().between(MIN_CHARS, MAX_CHARS)]
    return stratified_sample(article_rows(docs), SEED, N_WORLD, N_DOMESTIC)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default_data())
    parser.add_argument("--show", action="store_true", help="print the articles' texts")
    args = parser.parse_args()
    sample = draw(args.data)
    texts = load_corpus(args.data).documents.set_index("doc_id")["text"] if args.show else None
    for i, row in enumerate(sample, 1):
        print(json.dumps(row, ensure_ascii=False))
        if texts is not None:
            print(f"--- [{i}] ---\n{texts[row['doc_id']]}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

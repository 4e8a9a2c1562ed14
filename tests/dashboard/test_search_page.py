"""The Search page under AppTest on the five seed articles: real totals, paging, order, the URL,
links that keep the filters, agency copy merged. Counts are checked against the seed texts
themselves (``str.count`` on the files), not against the search under test."""

from __future__ import annotations

import re
import shutil

import pytest
from app_runs import start
from repo_paths import SEEDS

SEED_TEXTS = {path.stem: path.read_text("utf-8") for path in SEEDS.glob("*.txt")}


@pytest.fixture(autouse=True)
def seed_corpus(monkeypatch):
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(SEEDS))


def concordance(at) -> str:
    tables = [str(h.value) for h in at.html if 'class="concordance"' in str(h.value)]
    assert len(tables) == 1
    return tables[0]


def captions(at) -> str:
    return "\n".join(c.value for c in at.caption)


def test_the_totals_are_every_occurrence_not_a_cap():
    at = start("search", q="في")
    # "في" as a word (alone or with a proclitic: وفي, ففي) in the seed texts
    expected = sum(len(re.findall(r"(?<!\w)[وف]?في(?!\w)", text)) for text in SEED_TEXTS.values())
    assert expected > 100  # more than two pages of 50
    total = re.search(r"(\d+) occurrences in (\d+) articles · (\d+) distinct lines", captions(at))
    assert total and int(total.group(1)) == expected and int(total.group(2)) == 5
    assert "Lines 1–50 of" in captions(at)
    assert concordance(at).count("<tr>") == 50


def test_the_query_order_and_page_come_from_the_url_and_go_back_to_it():
    at = start("search", q="في", sort="newest", p="2")
    assert at.text_input(key="se_q").value == "في"
    assert at.segmented_control(key="se_sort").value == "newest"
    assert at.number_input(key="se_page").value == 2
    assert "Lines 51–100 of" in captions(at)
    at.number_input(key="se_page").set_value(3).run()
    assert at.query_params["p"] == "3" and at.query_params["q"] == "في"
    at.text_input(key="se_q").input("إدلب").run()  # a new query starts at its first page
    assert at.query_params["q"] == "إدلب" and "p" not in at.query_params
    at.segmented_control(key="se_sort").set_value("date").run()  # the default order leaves the URL
    assert "sort" not in at.query_params


def test_a_page_past_the_last_shows_the_last():
    at = start("search", q="إدلب", p="99")
    assert at.number_input(key="se_page").value == 1 and not at.exception


def test_oldest_first_puts_the_2018_article_first_and_newest_first_last():
    oldest = concordance(start("search", q="روسيا"))
    newest = concordance(start("search", q="روسيا", sort="newest"))
    dates = [re.findall(r'<bdi dir="ltr">([\d-]+)</bdi>', html) for html in (oldest, newest)]
    assert dates[0][0] == "2018-12-29" and dates[0] == sorted(dates[0])
    assert dates[1][0] == "2020-12-30" and dates[1][-1] == "2018-12-29"


def test_each_line_links_to_its_article_keeping_the_filters():
    at = start("search", q="إدلب")
    at.multiselect(key="f_actors").set_value(["russia"]).run()
    html = concordance(at)
    links = re.findall(r'href="(articles\?[^"]+)"', html)
    assert links and all("actors=russia" in link and "doc=" in link for link in links)
    assert '<mark class="hl hl-match">' in html


def test_proclitics_and_spelling_variants_are_found_in_their_own_spelling():
    html = concordance(start("search", q="روسيا"))
    marks = set(re.findall(r'<mark class="hl hl-match">([^<]+)</mark>', html))
    assert {"روسيا", "وروسيا"} <= marks  # seeds/002: "بين تركيا وروسيا"


def test_a_line_shared_by_two_articles_is_shown_once_with_both(monkeypatch, tmp_path):
    """Agency copy: a second paper prints seeds/002's sentence on Manbij word for word."""
    folder = tmp_path / "with_copy"
    shutil.copytree(SEEDS, folder)
    line = next(x for x in SEED_TEXTS["002_561760d52f1d5973"].splitlines() if x.startswith("وكانت تركيا ندّدت"))
    (folder / "005_copy.txt").write_text(f"تركيا تندد\n\n{line}\n", "utf-8")
    with open(folder / "metadata.csv", "a", encoding="utf-8") as file:
        file.write("005_copy.txt,2019-01-02,عكاظ,تركيا تندد,\n")
    monkeypatch.setenv("ARABIC_NEWS_CORPUS", str(folder))
    at = start("search", q="منبج")
    html = concordance(at)
    assert html.count("×2") == 1 and "The same line in 2 articles" in html
    row = next(r for r in html.split("<tr>") if "×2" in r)
    assert "doc=002_561760d52f1d5973" in row and "doc=005_copy" in row  # the earliest first
    assert row.index("doc=002_561760d52f1d5973") < row.index("doc=005_copy")
    total = re.search(r"(\d+) occurrences in (\d+) articles · (\d+) distinct lines", captions(at))
    assert int(total.group(1)) == int(total.group(3)) + 1  # two occurrences, one line


def test_nothing_found_and_nothing_asked():
    at = start("search", q="واشنطنن")
    assert "No occurrence in the selection." in captions(at)
    at = start("search")
    assert "روسيا also finds لروسيا" in captions(at)


def test_the_arabic_interface_names_everything_in_arabic():
    at = start("search", q="إدلب")
    at.radio(key="lang").set_value("ar").run()
    assert [t.value for t in at.title] == ["البحث"]
    assert "المواضع:" in captions(at) and "Lines" not in captions(at)


def test_a_line_opens_its_article_with_the_query_highlighted():
    html = concordance(start("search", q="إدلب"))
    link = re.search(r'href="(articles\?[^"]+)"', html).group(1)
    assert "q=" in link  # the query goes with the link
    at = start("articles", doc="003_864faea840389226", q="إدلب")
    reader = "\n".join(str(h.value) for h in at.html if "hl-legend" in str(h.value))
    marks = re.findall(r'<mark class="hl hl-match" title="إدلب">([^<]+)</mark>', reader)
    # every إدلب of seeds/003, with its proclitic (بإدلب, وإدلب), though Idlib is also a region there
    expected = re.findall(r"(?<!\w)[وف]?[بلك]?إدلب(?!\w)", SEED_TEXTS["003_864faea840389226"])
    assert marks == expected and len(marks) >= 3
    assert "Search: إدلب" in reader

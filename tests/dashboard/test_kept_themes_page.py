"""A store corpus's themes on the Themes page: kept as fitted when articles are added (the page says on how
many articles, and how many came since), fitted anew when an editor presses "Refit the themes"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_runs import start

from analysis.store.database import Store

ROOT = Path(__file__).resolve().parents[2]
ADDED = "أعلنت وزارة الخارجية الروسية اليوم أن الرئيس بوتين بحث مع أردوغان الوضع في إدلب والعقوبات الأميركية."


@pytest.fixture
def store(fresh_store, monkeypatch):
    monkeypatch.delenv("ARABIC_NEWS_CORPUS", raising=False)
    store = Store(fresh_store)
    store.import_files("محلي", [ROOT / "seeds"])
    return store


def captions(at) -> list[str]:
    return [c.value for c in at.caption]


def bars(at) -> list:
    """The themes grid's bars: every theme's terms and weights."""
    spec = next(e for e in at.get("plotly_chart") if "th_terms_chart" in e.proto.id).proto.spec
    return [(trace.get("y"), trace.get("x")) for trace in json.loads(spec)["data"]]


def test_added_articles_keep_the_themes_and_a_refit_fits_them_anew(store):
    at = start("themes", corpus="محلي")
    assert any("The themes were fitted on the corpus's 5 articles" in c for c in captions(at)), captions(at)
    kept = store.theme_model("محلي")
    assert kept is not None and kept.articles == 5
    grid = bars(at)

    store.add_article("محلي", ADDED, title="بوتين وأردوغان", date="2020-03-05", doc_id="new")
    at = start("themes", corpus="محلي")
    assert any("fitted on 5 articles. Added since: 1 article, put on those themes" in c for c in captions(at))
    assert bars(at) == grid  # the same themes, terms and weights (the footer counts six articles now)
    assert store.theme_model("محلي").digest == kept.digest

    at.button(key="th_refit").click().run()
    assert not at.exception
    assert [s.value for s in at.success] == ["The themes are fitted anew on the corpus as it is now."]
    assert any("fitted on the corpus's 6 articles" in c for c in captions(at)), captions(at)
    assert store.theme_model("محلي").articles == 6

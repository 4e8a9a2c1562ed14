"""One configuration for every entry point: folders from the environment, and the analyst's
gazetteer edits applied by the command line as by the dashboard and the store."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis import config
from analysis.charts import registry
from analysis.cli import main
from analysis.extract.gazetteer import GazetteerError
from analysis.store.overlay import add_alias, add_entity

WAGNER_ARTICLE = "قالت مصادر محلية إن عناصر من فاغنر وصلوا أمس إلى قاعدة حميميم في سوريا."


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("ARABIC_NEWS_DATA", str(folder))
    monkeypatch.delenv("ARABIC_NEWS_CACHE", raising=False)
    return folder


def test_folders_come_from_the_environment(data_dir, tmp_path, monkeypatch):
    assert config.data_dir() == data_dir
    assert config.cache_dir() == data_dir / "cache"
    assert config.overlay_path() == data_dir / "gazetteer_overlay.yaml"
    monkeypatch.setenv("ARABIC_NEWS_CACHE", str(tmp_path / "elsewhere"))
    assert config.cache_dir() == tmp_path / "elsewhere"
    monkeypatch.delenv("ARABIC_NEWS_DATA")
    assert config.data_dir() == config.REPO_ROOT / "data"


def test_the_gazetteer_in_force_carries_the_edits(data_dir):
    before = config.gazetteer()
    assert "wagner" not in before.entities
    add_entity(
        "wagner", kind="actor", type="armed_group", name_en="Wagner Group", name_ar="فاغنر", aliases=["مجموعة فاغنر"]
    )
    add_alias("russia", "بلاد الروس")
    after = config.gazetteer()
    assert "wagner" in after.entities and after.version != before.version
    assert {a.alias for a in after.aliases if a.entity_id == "russia"} >= {"بلاد الروس"}


def test_build_applies_the_analysts_edits(data_dir, tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(WAGNER_ARTICLE, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", str(corpus), "--out", str(out / "before"), "--quiet"]) == 0
    assert "wagner" not in set(pd.read_csv(out / "before" / "mentions.csv")["entity_id"])
    add_entity("wagner", kind="actor", type="armed_group", name_en="Wagner Group", name_ar="فاغنر")
    assert main(["build", str(corpus), "--out", str(out / "after"), "--quiet"]) == 0
    mentions = pd.read_csv(out / "after" / "mentions.csv")
    assert mentions.loc[mentions["entity_id"] == "wagner", "surface"].tolist() == ["فاغنر"]


def test_brief_names_entities_from_the_edited_gazetteer(data_dir):
    add_entity("wagner", kind="actor", type="armed_group", name_en="Wagner Group", name_ar="فاغنر")
    entities = registry.default_entities()  # what make_figure, caption and evidence use by default
    assert entities.set_index("entity_id").loc["wagner", "name_ar"] == "فاغنر"


def test_a_broken_overlay_is_named_by_the_command_line(data_dir, tmp_path, capsys):
    data_dir.mkdir(parents=True)
    config.overlay_path().write_text("extend:\n  - {id: no_such_entity, aliases: [شيء]}\n", encoding="utf-8")
    with pytest.raises(GazetteerError, match="no_such_entity"):
        config.gazetteer()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(WAGNER_ARTICLE, encoding="utf-8")
    assert main(["build", str(corpus), "--out", str(tmp_path / "out"), "--quiet"]) == 2
    assert "gazetteer_overlay.yaml" in capsys.readouterr().err

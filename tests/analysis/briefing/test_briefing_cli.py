"""``python -m analysis brief``: the same pack from the command line; one-line errors."""

from __future__ import annotations

import pytest

from analysis.cli import main

pytestmark = pytest.mark.slow  # renders through kaleido's Chromium


def test_brief_writes_the_pack(tmp_path, server, capsys):
    out = tmp_path / "pack"
    code = main(["brief", "seeds", "--out", str(out), "--title", "روسيا وتركيا", "--chart", "top_actors",
                 "--chart", "event_timeline", "--actors", "russia,turkey", "--mode", "all",
                 "--formats", "pdf,pptx,svg", "--no-cache", "--quiet"])  # fmt: skip
    assert code == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == ["01_top_actors.svg", "02_event_timeline.svg", "briefing.pdf", "briefing.pptx"]


def test_brief_errors_are_one_line(tmp_path, capsys):
    assert main(["brief", "seeds", "--out", str(tmp_path), "--title", "x", "--chart", "pie"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("error: unknown chart 'pie'") and "\n" not in err
    assert main(["brief", "seeds", "--out", str(tmp_path), "--title", "x", "--chart", "top_actors",
                 "--from", "2021-01-01", "--to", "2020-01-01"]) == 2  # fmt: skip
    assert "reversed" in capsys.readouterr().err
    assert main(["brief", "seeds", "--out", str(tmp_path), "--chart", "top_actors"]) == 2
    assert "--title" in capsys.readouterr().err


def test_brief_missing_chromium_exit_3(tmp_path, monkeypatch, capsys):
    from analysis.briefing import ExportError
    from analysis.briefing import pack as pack_module

    def missing(*a, **k):
        raise ExportError("Chromium not found: run `make setup` or `apt-get install chromium`")

    monkeypatch.setattr(pack_module, "export_figure", missing)
    assert main(["brief", "seeds", "--out", str(tmp_path), "--title", "x", "--chart", "top_actors", "--quiet"]) == 3
    assert "apt-get install chromium" in capsys.readouterr().err


def test_list_charts(capsys):
    assert main(["brief", "seeds", "--out", "unused", "--list-charts"]) == 0
    assert "comention_heatmap" in capsys.readouterr().out


# --- a briefing kept in the article store: `brief --briefing NAME` ---------------------------------


@pytest.fixture
def two_corpus_store(tmp_path):
    """A store with the seed corpus and a one-article corpus ``عفرين``, and a briefing ``اجتماع الاثنين``
    whose first chart was added on the seeds (Russia and Turkey together) and second on ``عفرين``."""
    from analysis.aggregate.filters import FilterSpec
    from analysis.briefing.pack import PackItem
    from analysis.briefing.stored import add_item
    from analysis.store.briefings import Briefings
    from analysis.store.database import Store

    store = Store(tmp_path / "data")
    store.ensure_seed_corpus()
    store.add_article("عفرين", "قصفت المدفعية التركية مواقع قرب عفرين أمس، وقالت أنقرة إن العملية مستمرة.",
                      title="قصف قرب عفرين", date="2018-02-10", source="وكالة")  # fmt: skip
    briefings = Briefings(store)
    briefings.create("اجتماع الاثنين", title="روسيا وتركيا", notes="للاجتماع")
    together = FilterSpec(actors=("russia", "turkey"), actor_mode="all")
    add_item(briefings, "اجتماع الاثنين", PackItem("top_actors", {"top_n": 5}, together, lang="ar", corpus="seed"))
    add_item(briefings, "اجتماع الاثنين", PackItem("event_timeline", lang="ar", corpus="عفرين"))
    return store


@pytest.fixture
def recorded(monkeypatch):
    """What the PDF would print (each chart's footer, the title) without rendering through Chromium."""
    from analysis.briefing import pack as pack_module

    printed: dict = {"footers": [], "titles": []}

    def pdf(title, notes, sections, **k):
        printed["titles"].append(title)
        printed["footers"].extend(section.provenance for section in sections)
        return b"%PDF"

    monkeypatch.setattr(pack_module, "export_figure", lambda *a, **k: b"png")
    monkeypatch.setattr(pack_module, "pack_pdf", pdf)
    monkeypatch.setattr(pack_module, "pack_pptx", lambda *a, **k: b"pptx")
    return printed


def test_brief_builds_a_stored_briefing_each_chart_from_its_own_corpus(two_corpus_store, recorded, tmp_path, capsys):
    out = tmp_path / "pack"
    code = main(["brief", "--briefing", "اجتماع الاثنين", "--data", str(two_corpus_store.data_dir), "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert sorted(p.name for p in out.iterdir()) == ["briefing.pdf", "briefing.pptx"]
    assert recorded["titles"] == ["روسيا وتركيا"]  # the stored title
    first, second = recorded["footers"]
    assert (first.corpus, second.corpus) == ("seed", "عفرين")
    assert (first.n_articles, second.n_articles) == (5, 1)  # every seed article names both; عفرين has one
    said = capsys.readouterr().out
    assert "1. top_actors · seed · actors: Russia, Turkey (all)" in said
    assert "2. event_timeline · عفرين · no filters" in said


def test_brief_title_option_replaces_the_stored_title(two_corpus_store, recorded, tmp_path):
    args = ["brief", "--briefing", "اجتماع الاثنين", "--data", str(two_corpus_store.data_dir)]
    assert main([*args, "--out", str(tmp_path / "p"), "--title", "إحاطة الصباح", "--quiet"]) == 0
    assert recorded["titles"] == ["إحاطة الصباح"]


def test_brief_stored_errors_name_the_briefing_and_what_is_missing(two_corpus_store, tmp_path, capsys):
    data = str(two_corpus_store.data_dir)
    out = str(tmp_path / "p")
    assert main(["brief", "--briefing", "لا يوجد", "--data", data, "--out", out]) == 2
    assert "no briefing named 'لا يوجد'" in capsys.readouterr().err
    # its charts have their own filters: command-line ones are refused, not silently ignored
    assert main(["brief", "--briefing", "اجتماع الاثنين", "--data", data, "--out", out, "--actors", "iran"]) == 2
    assert "leave out --actors" in capsys.readouterr().err
    # the corpus a chart was added on has gone from the store
    two_corpus_store.delete("عفرين", confirm="عفرين")
    assert main(["brief", "--briefing", "اجتماع الاثنين", "--data", data, "--out", out]) == 2
    err = capsys.readouterr().err.strip()
    assert "does not have: عفرين" in err and "\n" not in err
    assert not (tmp_path / "p").exists()


def test_brief_needs_a_corpus_or_a_briefing(tmp_path, capsys):
    assert main(["brief", "--out", str(tmp_path), "--title", "x", "--chart", "top_actors"]) == 2
    assert "--briefing" in capsys.readouterr().err


def test_brief_builds_a_kept_chart_without_its_build_beside_a_drawn_one(two_corpus_store, recorded, tmp_path, capsys):
    """A chart of a build too large to load is kept as drawn: the pack reads neither that build nor
    any corpus for it, even when the store no longer has it; the drawn chart beside it is drawn as ever."""
    import plotly.graph_objects as go

    from analysis.briefing.pack import PackItem
    from analysis.briefing.provenance import Provenance
    from analysis.briefing.snapshot import Snapshot
    from analysis.briefing.stored import add_item
    from analysis.store.briefings import Briefings

    fig = go.Figure(
        go.Bar(x=[120, 80], y=["روسيا", "تركيا"], orientation="h"), layout={"title": {"text": "الأكثر ذكرًا"}}
    )
    provenance = Provenance("صحف مليون", "no filters", 1_000_000, 9_000_000, filters_ar="بلا مرشحات")
    kept = Snapshot.of(fig, provenance, cover={"ar": ["المدونة: صحف مليون"], "en": ["Corpus: صحف مليون"]},
                       caption="روسيا في المقدمة.")  # fmt: skip
    add_item(Briefings(two_corpus_store), "اجتماع الاثنين", PackItem("top-actors", corpus="صحف مليون", snapshot=kept))
    out = tmp_path / "pack"
    code = main(["brief", "--briefing", "اجتماع الاثنين", "--data", str(two_corpus_store.data_dir), "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    footers = recorded["footers"]
    assert [f.corpus for f in footers] == ["seed", "عفرين", "صحف مليون"] and footers[2].n_articles == 1_000_000
    assert "3. top-actors · صحف مليون · no filters" in capsys.readouterr().out

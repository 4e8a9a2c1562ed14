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

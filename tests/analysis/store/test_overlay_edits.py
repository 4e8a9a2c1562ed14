"""An edit is checked and its gazetteer made with one load of the gazetteer (1–2 s with the world
files): the overlay's new text is loaded as the file will be, then written."""

from __future__ import annotations

import pytest

from analysis.config import overlay_path
from analysis.extract.gazetteer import GazetteerError, load_gazetteer
from analysis.store.overlay import add_alias


def test_an_edit_gives_the_gazetteer_its_written_file_gives(tmp_path):
    edited = add_alias("russia", "بلاد الروس", data_dir=tmp_path)
    from_file = load_gazetteer(overlay=overlay_path(tmp_path))
    assert edited.version == from_file.version and edited.sources == from_file.sources
    assert str(overlay_path(tmp_path)) in edited.sources


def test_a_refused_edit_names_the_overlay_file_and_writes_nothing(tmp_path):
    add_alias("russia", "بلاد الروس", data_dir=tmp_path)
    saved = overlay_path(tmp_path).read_bytes()
    with pytest.raises(GazetteerError, match="already claimed by 'russia'") as refused:
        add_alias("turkey", "بلاد الروس", data_dir=tmp_path)
    assert str(overlay_path(tmp_path)) in str(refused.value)
    assert overlay_path(tmp_path).read_bytes() == saved


def test_a_changed_file_is_parsed_again_not_served_from_the_parse_cache(tmp_path):
    overlay = overlay_path(tmp_path)
    add_alias("russia", "بلاد الروس", data_dir=tmp_path)
    assert "بلاد الروس" in {a.alias for a in load_gazetteer(overlay=overlay).aliases}
    add_alias("turkey", "بلاد الأناضول", data_dir=tmp_path)  # the same file, new content
    aliases = {a.alias for a in load_gazetteer(overlay=overlay).aliases}
    assert {"بلاد الروس", "بلاد الأناضول"} <= aliases

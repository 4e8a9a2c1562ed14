"""The places map, read from ``fig.to_dict()``: offline traces only, outlines first and inert,
places sized by articles, coloured by country or type, the top places labelled in Arabic."""

from __future__ import annotations

import json
import re

import numpy as np
import pandas as pd
import pytest

from analysis.aggregate.places import places_table
from analysis.viz.maps import WORLD, marker_diameters, place_labels, place_map, view_box

RLE, PDF = "\u202b", "\u202c"
PRESENTATION_FORMS = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")


@pytest.fixture(scope="module")
def places(seed_tables, seed_entities):
    return places_table(seed_tables.mentions, seed_entities)


def _array(value):
    """A trace array from ``to_dict()``: a list, or plotly's base64 typed array."""
    if isinstance(value, dict) and "bdata" in value:
        import base64

        return np.frombuffer(base64.b64decode(value["bdata"]), dtype=np.dtype(value["dtype"]))
    return np.asarray(value, dtype=float)


def test_only_offline_traces_and_inert_outlines(places, seed_entities):
    d = place_map(places, seed_entities, lang="ar").to_dict()
    assert {t["type"] for t in d["data"]} == {"scatter"}  # no scattergeo, choropleth, mapbox, map
    outlines = d["data"][0]
    assert outlines["mode"] == "lines" and outlines["hoverinfo"] == "skip" and "customdata" not in outlines
    x = _array(outlines["x"])
    assert len(x) > 1000 and np.isnan(x).sum() > 10  # many NaN-separated paths
    assert "geo" not in d["layout"] and "mapbox" not in d["layout"] and "map" not in d["layout"]
    assert d["layout"]["yaxis"]["scaleanchor"] == "x"
    assert d["layout"]["xaxis"]["visible"] is False and d["layout"]["yaxis"]["visible"] is False


def test_every_place_once_with_its_id_and_hover(places, seed_entities):
    d = place_map(places, seed_entities, lang="both").to_dict()
    markers = [t for t in d["data"][1:] if "customdata" in t]
    assert len(markers) == 1  # one trace of places; the others are legend entries
    ids = [c[0] for t in markers for c in t["customdata"]]
    assert sorted(ids) == sorted(places["entity_id"])
    idlib = next(t for t in markers if any(c[0] == "idlib" for c in t["customdata"]))
    hover = idlib["hovertext"][[c[0] for c in idlib["customdata"]].index("idlib")]
    assert "Idlib · " + RLE + "إدلب" + PDF in hover and "<b>articles</b>: 3" in hover
    assert "Syria" in hover


def test_area_grows_with_articles():
    sizes = marker_diameters(pd.Series([1, 4, 16]))
    assert sizes[2] == pytest.approx(2 * sizes[1])  # sqrt scale: 4× the articles, 2× the diameter
    assert sizes.min() >= 7


def test_top_places_labelled_in_arabic_in_logical_order(places, seed_entities):
    d = place_map(places, seed_entities, lang="ar", labels=10).to_dict()
    texts = [s for s in d["data"][1]["text"] if s]
    assert 3 <= len(texts) <= 10
    assert all(s.startswith(RLE) and s.endswith(PDF) for s in texts)
    assert RLE + "روسيا" + PDF in texts and RLE + "ليبيا" + PDF in texts
    # zoomed on Syria there is room for ten labels, the mixed one in logical order
    syrian = places[places["country"] == "syria"]
    d = place_map(syrian, seed_entities, lang="ar", labels=10).to_dict()
    texts = [s for s in d["data"][1]["text"] if s]
    assert len(texts) == 10
    assert texts[:2] == [RLE + "سوريا" + PDF, RLE + "إدلب" + PDF]
    assert RLE + "الطريق الدولي أم 4" + PDF in texts
    assert not PRESENTATION_FORMS.search(json.dumps(d, ensure_ascii=False))


def test_the_place_most_named_is_labelled_in_its_crowd_and_its_text_haloed():
    """On the 31k SaudiNewsNet map no Saudi place was labelled: Riyadh sits among a crowd of Saudi
    towns and every label would touch one of their markers, so the ten labels went to lone places
    (Canada, Norway, Argentina). A crowd's small markers may lie under a label (its text haloed);
    the markers of the places to be labelled and the labels already placed may not."""
    riyadh, jeddah, canada = (46.7, 24.7), (39.2, 21.5), (-106.0, 56.0)
    steps = np.arange(-2.0, 2.01, 0.4)  # a town every 0.4° around Riyadh (13 px on this view)
    towns = [(46.7 + dx, 24.7 + dy) for dx in steps for dy in steps if max(abs(dx), abs(dy)) > 0.5]
    lon, lat = (np.array(c, dtype=float) for c in zip(riyadh, jeddah, canada, *towns))
    diameters = np.array([40.0, 30.0, 10.0] + [8.0] * len(towns))
    texts = ["الرياض", "جدة", "كندا"] + [f"بلدة {i}" for i in range(len(towns))]
    labels = [text for text, _ in place_labels(lon, lat, diameters, texts, (30.0, 10.0, 60.0, 35.0), 1.0, 2)]
    assert labels[:3] == ["الرياض", "جدة", ""]  # the two most named, not the lone third
    assert not any(labels[3:])
    figure = place_map(
        pd.DataFrame(
            {
                "entity_id": ["riyadh"],
                "name_en": ["Riyadh"],
                "name_ar": ["الرياض"],
                "type": ["city"],
                "country": ["saudi_arabia"],
                "lat": [24.7],
                "lon": [46.7],
                "articles": [10],
                "mentions": [12],
            }
        ),
        None,
        lang="ar",
    ).to_dict()
    assert figure["data"][1]["textfont"]["shadow"] == "auto"


def test_the_english_interface_names_places_in_english(places, seed_entities):
    """The English interface's map (charts in ``'both'``) was labelled in Arabic alone (كندا، روسيا, on the 31k
    map), while every other chart there reads "Russia · روسيا"; a map names its places in its reader's language."""
    texts = [s for s in place_map(places, seed_entities, lang="both").to_dict()["data"][1]["text"] if s]
    assert "Russia" in texts and not any(re.search("[\u0600-\u06ff]", s) for s in texts)
    texts = [s for s in place_map(places, seed_entities, lang="ar").to_dict()["data"][1]["text"] if s]
    assert RLE + "روسيا" + PDF in texts


def test_colour_by_country_or_type(places, seed_entities):
    by_country = place_map(places, seed_entities, lang="en", color_by="country").to_dict()
    names = [t["name"] for t in by_country["data"][2:]]
    assert names[0] == "Turkey" and names[-1] == "other countries"  # Turkey: 5 articles + Istanbul…
    assert len(names) <= 9
    by_type = place_map(places, seed_entities, lang="en", color_by="type").to_dict()
    assert {"governorate", "town", "country", "state"} <= {t["name"] for t in by_type["data"][2:]}
    with pytest.raises(ValueError, match="color_by"):
        place_map(places, seed_entities, color_by="size")


def test_the_view_fits_the_places_or_shows_the_world():
    syria = pd.DataFrame({"lon": [36.6, 38.9], "lat": [35.4, 36.5]})
    west, south, east, north = view_box(syria)
    assert 30 < west < 36.6 and 38.9 < east < 45 and 30 < south < 35.4 and 36.5 < north < 42
    spread = pd.DataFrame({"lon": [-99.0, 139.7], "lat": [19.4, 35.7]})
    assert view_box(spread) == WORLD


def test_a_far_place_few_articles_name_is_left_out_of_the_view_and_the_map_says_so():
    """Filtered on Idlib, one article naming Washington zoomed the map out to the whole world: the farthest
    places holding no more than 3 % of the articles are left out of the view (still drawn: pan or zoom out)."""
    idlib = pd.DataFrame(
        {
            "entity_id": ["idlib", "saraqib", "syria", "usa"],
            "name_en": ["Idlib", "Saraqib", "Syria", "United States"],
            "name_ar": ["إدلب", "سراقب", "سوريا", "الولايات المتحدة"],
            "lat": [35.93, 35.86, 35.0, 38.9],
            "lon": [36.63, 36.8, 38.5, -77.0],
            "articles": [60, 25, 40, 1],
            "mentions": [90, 30, 50, 1],
            "country": ["syria", "syria", "syria", "usa"],
            "type": ["governorate", "town", "state", "state"],
        }
    )
    west, south, east, north = view_box(idlib)
    assert 30 < west < 36.63 and 38.5 < east < 45 and south > 25 and north < 45  # Syria, not the world
    fig = place_map(idlib, None, lang="ar").to_dict()
    notes = [a["text"] for a in fig["layout"].get("annotations", []) if "خارج العرض" in a.get("text", "")]
    assert [n.strip(RLE + PDF) for n in notes] == ["مكان واحد خارج العرض، تذكرها مقالات قليلة: صغّر الخريطة لرؤيتها"]
    assert len(_array(fig["data"][1]["x"])) == 4  # Washington is still drawn
    en = place_map(idlib, None, lang="en").to_dict()
    assert any(a.get("text", "").startswith("1 place outside the view") for a in en["layout"]["annotations"])
    # named by as many articles as a town of Idlib, Washington is in the view
    west, *_ = view_box(idlib.assign(articles=[60, 25, 40, 20]))
    assert west < -77.0


def test_nothing_to_draw(seed_entities):
    d = place_map(pd.DataFrame(columns=["entity_id", "lat", "lon"]), seed_entities, lang="ar").to_dict()
    assert d["data"] == []


def test_a_place_at_the_edge_of_the_view_is_labelled_on_its_inner_side():
    # filtered on Idlib, the view ran from Washington to Afghanistan and «الولايات المتحدة», centred over its
    # marker at the western edge, was cut by the plot's edge to «الولايات»
    lon, lat = np.array([0.3, 5.0]), np.array([5.0, 5.0])
    placed = place_labels(
        lon, lat, np.array([20.0, 7.0]), ["الولايات المتحدة", "إدلب"], (0.0, 0.0, 10.0, 10.0), 1.0, 10
    )
    assert placed[0] == ("الولايات المتحدة", "middle right")
    assert placed[1] == ("إدلب", "top center")

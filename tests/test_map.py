"""The maps of places, tested against the TEI: every place with coordinates on the map of all
places exactly once, where its coordinates put it, linked to its entry and named by it; the
crowded places again on a detail map; the places no map shows listed; labels that overlap
neither each other nor a point, in the SVG and as a browser draws them, at desktop and phone
width; the geography drawn under them (edition/basemap.py) clipped to the frame. What holds
for any document with places is checked on the article and on the English letter; the
article's own maps (how many places, which crowd) are in tests/test_article_outputs.py."""

from __future__ import annotations

import math
import re

import pytest
from lxml import etree

from edition import basemap
from edition.errors import InputError
from edition.xmlio import NS

from conftest import EDITION_TEI, FIXTURES, LETTER, document_id, run_edition
from test_browser import browser, tab  # noqa: F401 (fixtures)
from test_html import page, text_of

XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# the documents with places: the article (crowded, with detail maps) and the letter (three cities)
WITH_PLACES = pytest.mark.parametrize("document_site", [EDITION_TEI, LETTER], indirect=True, ids=document_id)


def places(doc):
    return doc.tree.xpath("//tei:standOff//tei:place[@xml:id]", namespaces=NS)


def latlon(place):
    geo = place.xpath(".//tei:geo", namespaces=NS)
    return [float(v) for v in geo[0].text.split()] if geo else None


def reg_name(place, lang="tr"):
    names = place.xpath(f"tei:placeName[@type='reg'][@xml:lang='{lang}']", namespaces=NS)
    return " ".join(names[0].text.split())


def svgs(site, figure_id):  # (lxml's HTML parser gives attribute names in lower case: viewbox)
    return page(site, "places.html").xpath(f"//figure[@id='{figure_id}']/*[local-name()='svg']")


def points(svg):
    return {a.get("data-place"): a for a in svg.xpath(".//*[@class='map-place']")}


def boxes(svg):
    return [[float(v) for v in t.get("data-box").split()] for t in svg.xpath(".//*[@class='map-label']")]


def child(el, name):
    return el.xpath(f"*[local-name()='{name}']")[0]


def overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def language(doc) -> str:
    return doc.tree.getroot().get(XML_LANG)


@WITH_PLACES
def test_every_place_with_coordinates_is_on_the_map_once_linked_and_named(document_site):
    edition_doc, site = document_site
    located = {p.get(XML_ID): p for p in places(edition_doc) if latlon(p)}
    assert located  # (the article: 25 at least, tests/test_article_outputs.py)
    entries = set(page(site, "places.html").xpath("//li[@class='entry']/@id"))
    for svg in svgs(site, "map-all"):  # the wide and the narrow layout
        drawn = svg.xpath(".//*[@class='map-place']/@data-place")
        assert sorted(drawn) == sorted(located), "each place with coordinates once, and nothing else"
        for place_id, a in points(svg).items():
            assert a.get("href") == f"#{place_id}" and place_id in entries
            assert a.get("aria-label") == reg_name(located[place_id], language(edition_doc))


@WITH_PLACES
def test_each_point_is_where_its_coordinates_put_it(document_site):
    edition_doc, site = document_site
    located = {p.get(XML_ID): latlon(p) for p in places(edition_doc) if latlon(p)}
    for figure in map_figures(site):
        for svg in svgs(site, figure):
            west, south, east, north = (float(v) for v in svg.get("data-frame").split())
            _, _, width, height = (float(v) for v in svg.get("viewbox").split())
            # equirectangular with the longitude shrunk by the cosine of the middle latitude
            k = math.cos(math.radians((south + north) / 2))
            assert width / height == pytest.approx((east - west) * k / (north - south), rel=0.01)
            for place_id, a in points(svg).items():
                lat, lon = located[place_id]
                circle = child(a, "circle")
                assert float(circle.get("cx")) == pytest.approx((lon - west) / (east - west) * width, abs=0.1)
                assert float(circle.get("cy")) == pytest.approx((north - lat) / (north - south) * height, abs=1.0)


def map_figures(site) -> list[str]:
    """The maps of the places page in order: all places, then each detail map."""
    return page(site, "places.html").xpath("//figure[@class='map']/@id")


def test_crowded_places_get_a_detail_map(site):
    """Each detail map is the box drawn on the map before it (the article's places crowd; which
    maps it has: tests/test_article_outputs.py)."""
    figures = map_figures(site)
    assert figures[0] == "map-all" and figures[1:] == [f"map-detail-{k}" for k in range(1, len(figures))]
    assert len(figures) > 1
    wide = {figure: svgs(site, figure)[0] for figure in figures}
    for outer, inner in zip(figures, figures[1:]):
        box = wide[outer].xpath(".//*[@class='map-detail-box']")[0]
        assert box.get("href") == f"#{inner}"
        rect = child(box, "rect")
        x0, y0 = float(rect.get("x")), float(rect.get("y"))
        x1, y1 = x0 + float(rect.get("width")), y0 + float(rect.get("height"))
        inside = {pid for pid, a in points(wide[outer]).items()
                  if x0 <= float(child(a, "circle").get("cx")) <= x1 and y0 <= float(child(a, "circle").get("cy")) <= y1}
        # what the box holds is on the detail map, and left unlabelled on this one
        assert len(inside) >= 4 and inside <= set(points(wide[inner]))
        assert all(not points(wide[outer])[pid].xpath(".//*[@class='map-label']") for pid in inside)


@WITH_PLACES
def test_labels_overlap_no_label_no_point_and_stay_inside_the_map(document_site):
    _, site = document_site
    for figure in map_figures(site):
        for svg in svgs(site, figure):
            _, _, width, height = (float(v) for v in svg.get("viewbox").split())
            labels = boxes(svg)
            assert len(labels) >= 3
            for i, a in enumerate(labels):
                assert 0 <= a[0] < a[2] <= width and 0 <= a[1] < a[3] <= height
                assert not any(overlap(a, b) for b in labels[i + 1:]), f"{figure}: labels overlap at {a}"
                for circle in svg.xpath(".//*[@class='map-point']"):
                    x, y, r = (float(circle.get(n)) for n in ("cx", "cy", "r"))
                    assert not overlap(a, [x - r, y - r, x + r, y + r]), f"{figure}: a label covers a point"


def test_places_no_map_can_show_are_listed_with_links(site, edition_doc):
    unplaced = [p for p in places(edition_doc) if not latlon(p)]
    areas = {p.get(XML_ID) for p in unplaced if p.get("type") in ("country", "region")}
    unlocated = {p.get(XML_ID) for p in unplaced} - areas
    assert areas and unlocated
    lists = page(site, "places.html").xpath("//section[@class='maps']/p[@class='map-unmapped']")
    assert [{a.get("href")[1:] for a in p.xpath("a")} for p in lists] == [areas, unlocated]


@WITH_PLACES
def test_the_geography_is_drawn_under_every_map_and_each_entry_has_a_locator(document_site):
    edition_doc, site = document_site
    places_page = page(site, "places.html")
    for svg in places_page.xpath("//figure[@class='map']/*[local-name()='svg']"):
        basemap_group = svg.xpath("*[@class='basemap']")[0]
        assert basemap_group.get("aria-hidden") == "true"
        drawn = {p.get("class"): p.get("d") for p in basemap_group}
        assert set(drawn) == {"map-land", "map-coast", "map-border"}
        assert len(drawn["map-land"]) > 500 and len(drawn["map-coast"]) > 200
    located = {p.get(XML_ID): p for p in places(edition_doc) if latlon(p)}
    for place_id, place in located.items():
        locator = places_page.xpath(f"//li[@id='{place_id}']/*[local-name()='svg'][@class='locator']")
        assert len(locator) == 1 and locator[0].get("aria-label").endswith(": " + reg_name(place, language(edition_doc)))
        assert locator[0].xpath("*[local-name()='use']/@href") == ["#map-all-wide-basemap"]
    assert places_page.xpath("//*[@id='map-all-wide-basemap']")


def test_the_english_interface_names_the_maps_in_english(site):
    english = page(site, "en/places.html")
    assert text_of(english.xpath("//section[@class='maps']/h2")[0]) == "Maps"
    assert "Borders are those of today" in text_of(english.xpath("//figure[@id='map-all']")[0])


@pytest.mark.parametrize("width", [1280, 390])
def test_labels_as_the_browser_draws_them_fit_their_boxes_and_do_not_overlap(site, tab, width):  # noqa: F811
    tab.set_viewport_size({"width": width, "height": 900})
    tab.goto((site / "places.html").as_uri())
    drawn = tab.evaluate("""() => [...document.querySelectorAll('figure.map svg')]
        .filter(svg => svg.getBoundingClientRect().width > 0)
        .map(svg => ({width: svg.getBoundingClientRect().width, viewBox: svg.viewBox.baseVal.width,
                      font: parseFloat(svg.getAttribute('font-size')),
                      labels: [...svg.querySelectorAll('.map-label')].map(t => {
                          const b = t.getBBox();
                          return {box: t.dataset.box.split(' ').map(Number), x: b.x, width: b.width,
                                  baseline: t.y.baseVal[0].value};
                      })}))""")
    assert len(drawn) == len(map_figures(site)), "one layout of each map is shown"
    for svg in drawn:
        # shown near the size it was laid out for, so that its labels are legible
        assert svg["width"] >= 0.85 * min(svg["viewBox"], width - 60)
        assert svg["font"] * svg["width"] / svg["viewBox"] >= 10
        inks = []
        for label in svg["labels"]:
            box = label["box"]
            # the drawn width within the box the layout reserved; the glyphs' height (capitals
            # with their accents above the baseline, descenders below) within its band
            assert box[0] - 0.5 <= label["x"] and label["x"] + label["width"] <= box[2] + 0.5, label
            assert box[1] <= label["baseline"] - 0.9 * svg["font"] + 0.1
            assert label["baseline"] + 0.25 * svg["font"] <= box[3] + 0.1
            inks.append([label["x"], box[1], label["x"] + label["width"], box[3]])
        for i, a in enumerate(inks):
            assert not any(overlap(a, b) for b in inks[i + 1:])


def test_a_text_without_coordinates_says_there_is_no_map(tmp_path):
    # the letter's places, none located (a text without places has no places page at all)
    letter = (FIXTURES / "letter" / "letter.xml").read_text(encoding="utf-8")
    unlocated = tmp_path / "unlocated.xml"
    unlocated.write_text(re.sub(r"<location>.*?</location>", "", letter), encoding="utf-8")
    result = run_edition("build", "html", str(unlocated), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    maps = page(tmp_path / "out" / "html" / "unlocated", "places.html").xpath("//section[@class='maps']")
    assert maps and not maps[0].xpath(".//figure") and maps[0].xpath("p[@class='map-empty']")


# ----- the geography (edition/basemap.py) -----

def frame_html(west=47.0, north=42.5, x_scale=100.0, y_scale=130.0, width=400, height=300):
    return (f'<svg><g class="basemap" id="m" data-project="{west} {north} {x_scale} {y_scale}" '
            f'data-size="{width} {height}"/></svg>')


def test_the_geography_is_clipped_to_the_frame_and_its_margin():
    drawn = etree.fromstring(basemap.draw(frame_html()).encode())
    paths = {p.get("class"): p.get("d") for p in drawn.iter("path")}
    xs, ys = [], []
    for ring in paths["map-land"].split("Z")[:-1]:  # "Mx yl dx dy dx dy …Z": relative steps
        start, _, steps = ring[1:].partition("l")
        x, y = (float(v) for v in start.split())
        xs.append(x), ys.append(y)
        numbers = [float(v) for v in steps.split()]
        for dx, dy in zip(numbers[0::2], numbers[1::2]):
            x, y = x + dx, y + dy
            xs.append(x), ys.append(y)
    # the land is cut exactly at the margin; a line keeps the point beyond it where it leaves
    assert xs and min(xs) >= -basemap.MARGIN - 0.1 and max(xs) <= 400 + basemap.MARGIN + 0.1
    assert min(ys) >= -basemap.MARGIN - 0.1 and max(ys) <= 300 + basemap.MARGIN + 0.1
    assert paths["map-coast"] and paths["map-border"]
    # a frame over the open sea has water only
    sea = etree.fromstring(basemap.draw(frame_html(west=-40.0, north=30.0)).encode())
    assert all(not p.get("d") for p in sea.iter("path"))


@pytest.mark.parametrize("project, size", [("1 2 3", "400 300"), ("1 2 nan 4", "400 300"),
                                           ("1 2 3 4", "-400 300"), ("1 2 3 4", "400000 300")])
def test_a_frame_that_is_not_a_frame_is_refused_with_a_message(project, size):
    html = f'<svg><g class="basemap" id="m" data-project="{project}" data-size="{size}"/></svg>'
    with pytest.raises(InputError, match="frame"):
        basemap.draw(html, "x.xml")


def test_missing_map_data_is_an_error_that_names_the_cure(tmp_path, monkeypatch):
    monkeypatch.setattr(basemap, "DATA", tmp_path / "world-atlas")
    basemap._data_digest.cache_clear()
    try:
        with pytest.raises(basemap.MapDataMissing, match="npm ci --prefix web/geodata"):
            basemap.draw(frame_html(), "x.xml")
    finally:
        basemap._data_digest.cache_clear()

"""The timeline (xslt/common/timeline.xsl), checked against the TEI: every date of the text
(not the publication dates inside bibl) and every dated event is drawn exactly once in each
of the two drawings, at the place its ISO value gives on the axis, linked to its paragraph (or
register entry and first mention); no two labels overlap; a document without dates says so.
The drawings are checked against the article's dates; what holds for any drawing, on the
English letter's too; the article's own span of years is in tests/test_article_outputs.py."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from lxml import etree
from lxml import html as lxml_html

from edition import html as site_html
from edition import pipeline, saxon

from conftest import EDITION_TEI, FIXTURES, LETTER, ROOT

NS = {"tei": "http://www.tei-c.org/ns/1.0"}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
MESSAGES = json.loads((ROOT / "web" / "messages.json").read_text(encoding="utf-8"))
TOLERANCE = 0.06  # positions are written to two decimals


# ----- what the TEI says -----

def first_day(iso: str) -> date:
    parts = [int(p) for p in iso.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def day_after(iso: str) -> date:
    d = first_day(iso)
    if len(iso) == 4:
        return date(d.year + 1, 1, 1)
    if len(iso) == 7:
        return date(d.year + (d.month == 12), d.month % 12 + 1, 1)
    return d + timedelta(days=1)


def span(el) -> tuple[date | None, date | None, bool]:
    """first day, day after the last (None where open), and whether it is a single day"""
    when = el.get("when")
    if when:
        return first_day(when), day_after(when), len(when) == 10
    start, end = el.get("from") or el.get("notBefore"), el.get("to") or el.get("notAfter")
    return (first_day(start) if start else None), (day_after(end) if end else None), False


def tei_dates(tree):
    return tree.xpath("/tei:TEI/tei:text//tei:date[not(ancestor::tei:bibl)]"
                      "[@when or @from or @to or @notBefore or @notAfter]", namespaces=NS)


def tei_events(tree):
    return tree.xpath("/tei:TEI/tei:standOff//tei:event[@xml:id][@when or @from or @to or @notBefore or @notAfter]",
                      namespaces=NS)


def paragraph_id(el) -> str:
    return el.xpath("ancestor-or-self::tei:p[@n][1]", namespaces=NS)[0].get(XML_ID)


def axis_of(tree) -> tuple[date, date]:
    values = [v for d in tei_dates(tree) for v in d.xpath("@when | @from | @to | @notBefore | @notAfter")]
    precise = [v for v in values if len(v) >= 7] or values
    years = [int(v[:4]) for v in precise]
    return date(min(years), 1, 1), date(max(years) + 1, 1, 1)


def place(el, start: date, end: date) -> str:
    s, e, point = span(el)
    if point:
        return "before" if s < start else "after" if s >= end else "in"
    if e is not None and e <= start:
        return "before"
    if s is not None and s >= end:
        return "after"
    if (s is None or s <= start) and (e is None or e >= end) and (s is None or e is None or s < start or e > end):
        return "wider"
    return "in"


def expected_items(tree) -> Counter:
    """(kind, when, from, to, href, mention href) of every item, as the drawings must carry them"""
    mentions: dict[str, str] = {}
    for el in tree.xpath("/tei:TEI/tei:text//*[@ref][ancestor::tei:p[@n]]", namespaces=NS):  # the first with a §
        for ref in el.get("ref").split():
            mentions.setdefault(ref.lstrip("#"), paragraph_id(el))
    items = Counter()
    for d in tei_dates(tree):
        items[("date", d.get("when"), d.get("from") or d.get("notBefore"), d.get("to") or d.get("notAfter"),
               "index.html#" + paragraph_id(d), None)] += 1
    for e in tei_events(tree):
        eid = e.get(XML_ID)
        items[("event", e.get("when"), e.get("from") or e.get("notBefore"), e.get("to") or e.get("notAfter"),
               "events.html#" + eid, mentions.get(eid) and "index.html#" + mentions[eid])] += 1
    return items


# ----- what the drawings say -----

@pytest.fixture(scope="module")
def tree():
    return etree.parse(str(EDITION_TEI))


@pytest.fixture(scope="module", params=["timeline.html", "en/timeline.html"])
def timeline_page(site, request):
    return lxml_html.fromstring((site / request.param).read_bytes())


# the timeline pages of each document with dates, in both interfaces
TIMELINES = [(EDITION_TEI, "timeline.html"), (EDITION_TEI, "en/timeline.html"),
             (LETTER, "timeline.html"), (LETTER, "tr/timeline.html")]


def timeline_id(document_page) -> str:
    document, name = document_page
    return ("article" if document == EDITION_TEI else document.stem) + "-" + name


@pytest.fixture
def any_timeline_page(request, fixture_sites):
    """A timeline page of TIMELINES (parametrize, indirect), its site folder in .site."""
    document, name = request.param
    site = request.getfixturevalue("site") if document == EDITION_TEI else fixture_sites(document)[1]
    page = lxml_html.fromstring((site / name).read_bytes())
    page.site = (site / name).parent
    return page


def drawings(page) -> dict[str, etree._Element]:
    found = {}
    for layout in ("wide", "narrow"):
        (svg,) = page.xpath(f"//div[@class='timeline-{layout}']/*[local-name()='svg']")
        found[layout] = svg
    return found


def marks(svg) -> list:
    return svg.xpath(".//*[local-name()='a'][@data-kind]")


def mention_of(a):
    following = a.getnext()
    return following if following is not None and "tl-mention" in (following.get("class") or "") else None


def described(a) -> tuple:
    mention = mention_of(a)
    return (a.get("data-kind"), a.get("data-when"), a.get("data-from"), a.get("data-to"), a.get("href"),
            mention.get("href") if mention is not None else None)


def test_there_is_a_timeline_page_in_both_languages_linked_from_the_navigation(site):
    for lang, name in (("tr", "timeline.html"), ("en", "en/timeline.html")):
        page = lxml_html.fromstring((site / name).read_bytes())
        assert page.get("lang") == lang
        assert page.xpath("//h1")[0].text_content() == MESSAGES[lang]["timeline"]
        index = lxml_html.fromstring((site / name.replace("timeline", "index")).read_bytes())
        assert index.xpath(f"//nav[@class='site-nav']//a[@href='timeline.html'][.='{MESSAGES[lang]['nav-timeline']}']")


def test_every_date_of_the_text_and_every_dated_event_is_drawn_once_in_each_drawing(tree, timeline_page):
    expected = expected_items(tree)
    assert sum(n for (kind, *_), n in expected.items() if kind == "date") == len(tei_dates(tree)) > 0
    bibl_dates = tree.xpath("/tei:TEI/tei:text//tei:bibl//tei:date", namespaces=NS)
    assert bibl_dates, "the article cites works with dates: they must be left out"
    for layout, svg in drawings(timeline_page).items():
        assert Counter(described(a) for a in marks(svg)) == expected, layout
    # and the list under the figure names each once
    items = timeline_page.xpath("//details[@class='timeline-list']/ol/li")
    assert len(items) == sum(expected.values())


def test_each_item_stands_where_its_iso_value_puts_it_on_the_axis(tree, timeline_page):
    start, end = axis_of(tree)  # (the article's: 1917–1923, tests/test_article_outputs.py)
    by_value = {}
    for el in tei_dates(tree) + tei_events(tree):
        key = (el.get("when"), el.get("from") or el.get("notBefore"), el.get("to") or el.get("notAfter"))
        by_value.setdefault(key, set()).add(place(el, start, end))
    for layout, svg in drawings(timeline_page).items():
        (axis,) = svg.xpath(".//*[@class='tl-axis']")
        assert (axis.get("data-start"), axis.get("data-end")) == (start.isoformat(), end.isoformat())
        if layout == "wide":
            a0, a1 = float(axis.get("data-x0")), float(axis.get("data-x1"))
            days = (end - start).days

            def at(d: date) -> float:
                return a0 + (d - start).days * (a1 - a0) / days
        else:  # year by year: data-ticks is the place of each 1 January, and of the day after the last year
            ticks = [float(t) for t in axis.get("data-ticks").split()]
            assert len(ticks) == end.year - start.year + 1 and ticks == sorted(ticks)

            def at(d: date) -> float:
                k = min(d.year - start.year, len(ticks) - 2)
                jan, nxt = date(start.year + k, 1, 1), date(start.year + k + 1, 1, 1)
                return ticks[k] + (d - jan).days / (nxt - jan).days * (ticks[k + 1] - ticks[k])
        along, across, length = ("cx", "x", "width") if layout == "wide" else ("cy", "y", "height")
        seen = Counter()
        for a in marks(svg):
            key = (a.get("data-when"), a.get("data-from"), a.get("data-to"))
            assert a.get("data-place") in by_value[key], (layout, key)
            seen[a.get("data-place")] += 1
            shapes = a.xpath("*[@class='tl-mark']")
            if a.get("data-place") != "in":
                assert shapes == [], f"{key} is outside the axis and listed, not drawn"
                continue
            (shape,) = shapes
            el_span = span_of(key)
            s, e, point = el_span
            if point:
                assert local(shape) == "circle" and abs(float(shape.get(along)) - at(s)) < TOLERANCE, (layout, key)
            else:
                assert local(shape) == "rect", (layout, key)
                lo, hi = float(shape.get(across)), float(shape.get(across)) + float(shape.get(length))
                assert abs(lo - at(max(s or start, start))) < TOLERANCE, (layout, key)
                assert abs(hi - at(min(e or end, end))) < 2 * TOLERANCE, (layout, key)
                # a span partly outside the axis has an open end there, and only there
                opens = len(a.xpath("*[@class='tl-open']"))
                assert opens == (s is None or s < start) + (e is None or e > end), (layout, key)
        # the article has items in the axis, before it and wider than it
        assert seen["in"] and seen["before"] and seen["wider"], seen


def local(el) -> str:
    return etree.QName(el).localname


def span_of(key) -> tuple[date | None, date | None, bool]:
    when, start, end = key
    if when:
        return first_day(when), day_after(when), len(when) == 10
    return (first_day(start) if start else None), (day_after(end) if end else None), False


def test_conjectures_are_hollow_and_other_calendars_give_both_readings(tree, timeline_page):
    conjectured = Counter(("date", d.get("when"), d.get("from") or d.get("notBefore"), d.get("to") or d.get("notAfter"),
                           "index.html#" + paragraph_id(d))
                          for d in tei_dates(tree) if d.get("evidence") == "conjecture" or d.get("cert"))
    assert conjectured
    lang = timeline_page.get("lang")
    for layout, svg in drawings(timeline_page).items():
        drawn = Counter(described(a)[:5] for a in marks(svg) if "tl-conjecture" in a.get("class").split())
        assert drawn == conjectured, layout
        for a in marks(svg):
            for shape in a.xpath("*[@class='tl-mark']"):
                assert bool(shape.get("stroke-dasharray")) == ("tl-conjecture" in a.get("class").split())
    calendared = [d for d in tei_dates(tree) if d.get("calendar")]
    assert calendared
    for d in calendared:
        wording = " ".join("".join(d.itertext()).split())
        label = MESSAGES[lang]["calendar-" + d.get("calendar").lstrip("#")]
        for layout, svg in drawings(timeline_page).items():
            found = [a for a in marks(svg) if a.get("data-when") == d.get("when")
                     and a.get("href") == "index.html#" + paragraph_id(d)]
            assert len(found) == 1, (layout, d.get("when"))
            name = found[0].get("aria-label")
            assert wording in name and label in name, (layout, name)
            shown = " ".join(" ".join(found[0].xpath(".//*[local-name()='text']//text()")).split())
            assert label.split()[0] in shown and d.get("when")[:4] in shown, (layout, shown)


@pytest.mark.parametrize("any_timeline_page", TIMELINES, indirect=True, ids=timeline_id)
def test_no_two_labels_overlap_and_all_stay_inside_the_drawing(any_timeline_page):
    for layout, svg in drawings(any_timeline_page).items():
        width, height = (float(v) for v in (svg.get("viewBox") or svg.get("viewbox")).split()[2:])
        boxes = [tuple(float(v) for v in a.get("data-box").split()) for a in marks(svg)]
        for x, y, w, h in boxes:
            assert 0 <= x and x + w <= width and 0 <= y and y + h <= height, (layout, (x, y, w, h))
        ordered = sorted(boxes)
        for i, (x, y, w, h) in enumerate(ordered):
            for x2, y2, w2, h2 in ordered[i + 1:]:
                if x2 >= x + w:
                    break
                assert y2 >= y + h or y >= y2 + h2, (layout, (x, y, w, h), (x2, y2, w2, h2))


@pytest.mark.parametrize("any_timeline_page", TIMELINES, indirect=True, ids=timeline_id)
def test_every_mark_is_a_link_with_an_accessible_name(any_timeline_page):
    """Every mark leads to where its date stands (a date outside a paragraph, as in a letter's
    dateline, to its division) or to the event's register entry: an id of that page."""
    ids: dict[str, set] = {}
    for layout, svg in drawings(any_timeline_page).items():
        for a in svg.xpath(".//*[local-name()='a']"):
            assert a.get("href") and a.get("aria-label"), (layout, a.get("data-when"))
            page, _, fragment = a.get("href").partition("#")
            if page not in ids:
                ids[page] = set(lxml_html.parse(str(any_timeline_page.site / page)).xpath("//@id"))
            assert fragment in ids[page], (layout, a.get("href"))


def test_the_advance_widths_are_those_of_the_font():
    from fontTools.ttLib import TTFont

    text = (ROOT / "xslt" / "common" / "timeline.xsl").read_text(encoding="utf-8")
    table = text.split('name="tl:advance"', 1)[1].split("map {", 1)[1].split("}", 1)[0]
    widths = {int(k): int(v) for k, v in (pair.split(":") for pair in table.replace("\n", " ").split(","))}
    font = TTFont(str(ROOT / "web" / "fonts" / "charis-sil" / "CharisSIL-Regular.ttf"))
    cmap, advance, upm = font.getBestCmap(), font["hmtx"], font["head"].unitsPerEm
    for code in ("§", "ş", "İ", "–", "“") + tuple("Mw1 "):
        assert ord(code) in widths
    assert {c: round(advance[cmap[c]][0] * 1000 / upm) for c in widths} == widths


# ----- the second document, and the PDF's figure -----

def test_a_document_without_dates_has_no_timeline(tmp_path):
    """No dated item, no timeline: no page in either interface, no link to one, nothing in the
    PDF or its contents (ed:has-timeline)."""
    out = tmp_path / "build"
    doc = pipeline.Document.load(FIXTURES / "minimal" / "minimal.xml")
    pipeline.build(doc, out, ["html"])
    site = out / "html" / "minimal"
    for folder in (site, site / "en"):
        assert not (folder / "timeline.html").exists()
        index = lxml_html.fromstring((folder / "index.html").read_bytes())
        assert not index.xpath("//a[contains(@href, 'timeline.html')]")
    printed = print_html(doc)
    assert not printed.xpath("//section[@id='timeline']")
    assert not printed.xpath("//a[@href='#timeline']")


def print_html(doc):
    """the PDF's HTML of a final pass (a page map given), before WeasyPrint"""
    result = saxon.transform("print/print.xsl", doc.text, str(doc.path), pages="none=1",
                             messages=json.dumps(site_html.messages()))
    return lxml_html.fromstring(result.main.encode("utf-8"))


def test_the_pdf_has_the_wide_drawing_with_every_item(tree, edition_doc):
    printed = print_html(edition_doc)
    (section,) = printed.xpath("//section[@id='timeline']")
    assert printed.xpath("//nav[@class='contents']//a[@href='#timeline']")
    assert section.xpath(".//div[@class='timeline-narrow']") == [], "one drawing in print"
    (svg,) = section.xpath(".//div[@class='timeline-wide']/*[local-name()='svg']")
    drawn = Counter(described(a)[:4] for a in marks(svg))
    assert drawn == Counter(k[:4] for k in expected_items(tree).elements())
    # its links point into the PDF
    assert all(a.get("href").startswith("#") for a in svg.xpath(".//*[local-name()='a']"))

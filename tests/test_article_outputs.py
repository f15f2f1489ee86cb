"""The article's data, not the code: what the article's own encoding gives its outputs (its
registers of every kind, its names that tell the Turkish order from the code-point order, the
cases of its bibliography a reader noticed, its ten footnotes, its maps and the places that
crowd on them, the years of its timeline). The tests of the code that produce these outputs run
on any document (the article and the fixtures) in tests/test_data.py, test_html.py,
test_languages.py, test_map.py, test_pdf.py, test_reading_order.py and test_timeline.py; each
of them names the fact it left here."""

from __future__ import annotations

from datetime import date

from lxml import etree
from lxml import html as lxml_html

from edition.xmlio import NS

from conftest import EDITION_TEI
from test_data import DC, KINDS, build_data, entries
from test_html import register_names
from test_map import latlon, map_figures, places, points, svgs
from test_pdf import MESSAGES, pdf_text
from test_timeline import axis_of

# ----- the registers and the open data -----

def test_the_article_has_register_entries_of_every_kind():
    tree = etree.parse(str(EDITION_TEI))
    for kind in KINDS:
        assert entries(tree, kind), f"the edition has entries of every kind: no {kind}"


def test_the_articles_author_is_not_invented(tmp_path):
    """The article's author is not in the witness: its Dublin Core record names no creator."""
    record = etree.fromstring(build_data(EDITION_TEI, tmp_path)[f"{EDITION_TEI.stem}.oai_dc.xml"])
    assert record.findall(f"{{{DC}}}creator") == []


def test_the_articles_registers_have_more_than_a_hundred_entries_with_notes(edition_doc):
    noted = edition_doc.tree.xpath("//tei:standOff//*[self::tei:person or self::tei:place or self::tei:org "
                                   "or self::tei:event][tei:note]", namespaces=NS)
    assert len(noted) > 100


# ----- the order of the site's registers and bibliography -----

def test_the_articles_places_tell_the_turkish_order_from_the_code_point_order(site):
    names = register_names(site)
    # not the code-point order, which would put Ç, Ö, Ş, Ü after Z
    assert names != sorted(names)
    assert names.index("Çarhane") < names.index("Deveçi")  # Ç between C and D, not after Z


def test_the_bibliography_files_the_cases_a_reader_noticed(site):
    shown = lxml_html.parse(str(site / "bibliography.html")).getroot().xpath("//ol[@class='bibliography']/li/@id")
    # Aslan under A (not Y for Yavuz), Aras before Armaoğlu, Çolak after Bal
    assert shown.index("bib-aslan-1997") < shown.index("bib-ataturk-2010")
    assert shown.index("bib-aras-2010") < shown.index("bib-armaoglu-2014")
    assert shown.index("bib-bal") < shown.index("bib-colak-2010") < shown.index("bib-erdem-1999")
    assert shown.index("bib-kurat-1971") < shown.index("bib-kurat-2011")


# ----- the maps -----

def test_the_article_has_at_least_25_places_with_coordinates(edition_doc):
    assert len([p for p in places(edition_doc) if latlon(p)]) >= 25


def test_the_articles_crowded_places_get_two_detail_maps_down_to_the_villages_of_absheron_and_quba(site):
    assert map_figures(site) == ["map-all", "map-detail-1", "map-detail-2"]
    assert not svgs(site, "map-detail-3")
    assert {"pla-baku", "pla-siyazan", "pla-deveci"} <= set(points(svgs(site, "map-detail-2")[0]))


def test_the_articles_pdf_has_its_three_maps_and_their_names(pdf_file):
    text = pdf_text(pdf_file)
    note = MESSAGES["tr"]["map-borders-today"]
    # one note per map: all places, the Caucasus, Absheron and Quba (as on the site)
    assert " ".join(text.split()).count(" ".join(note.split())) == 3
    for name in ("Moskova", "Nardaran", "Siyazan"):
        assert name in text


# ----- the footnotes and the timeline -----

def test_the_article_has_ten_footnotes_at_the_foot(edition_doc):
    assert len(edition_doc.tree.xpath("//tei:text//tei:note[@place='foot']", namespaces=NS)) == 10


def test_the_articles_timeline_runs_from_1917_to_1923():
    assert axis_of(etree.parse(str(EDITION_TEI))) == (date(1917, 1, 1), date(1924, 1, 1))

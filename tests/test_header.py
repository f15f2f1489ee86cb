"""The header states the decisions the text relies on, and agrees with the code."""

import re

from edition.transcript import Transcript
from edition.xmlio import NS

from conftest import SOURCE_DIR


def test_the_dropped_repeats_declared_in_the_header_are_the_computed_ones(edition_doc):
    declared = [tuple(map(int, item.get("n").split("-")))
                for item in edition_doc.tree.iterfind(".//tei:witness//tei:list[@type='repeats']/tei:item", NS)]
    computed = [(r.first, r.last) for r in Transcript.read(next(SOURCE_DIR.glob("*.txt"))).repeats()]
    assert declared == computed
    # and each item's prose names the same lines as its @n
    for item in edition_doc.tree.iterfind(".//tei:list[@type='repeats']/tei:item", NS):
        first, last = item.get("n").split("-")
        assert re.match(rf"Lines {first}–{last} repeat", "".join(item.itertext()))


def test_editorial_declarations_are_all_present(edition_doc):
    decl = edition_doc.tree.find(".//tei:encodingDesc/tei:editorialDecl", NS)
    for part in ("correction", "normalization", "hyphenation", "quotation", "segmentation", "interpretation"):
        el = decl.find(f"tei:{part}", NS)
        assert el is not None and len("".join(el.itertext()).split()) > 20, part


def test_title_is_marked_as_supplied_and_licence_is_cc_by(edition_doc):
    titles = edition_doc.tree.findall(".//tei:titleStmt/tei:title", NS)
    assert titles and all(t.get("subtype") == "supplied" for t in titles)
    licence = edition_doc.tree.find(".//tei:availability/tei:licence", NS)
    assert licence.get("target") == "https://creativecommons.org/licenses/by/4.0/"


def test_the_witness_checksum_is_declared(edition_doc):
    idno = edition_doc.tree.find(".//tei:witness//tei:idno[@type='sha256']", NS)
    assert idno.text == Transcript.read(next(SOURCE_DIR.glob("*.txt"))).sha256


def test_every_declared_rendition_and_witness_is_used(edition_doc):
    text = edition_doc.text
    for rid in edition_doc.tree.xpath("//tei:tagsDecl/tei:rendition/@xml:id", namespaces=NS):
        assert f"#{rid}" in text, rid

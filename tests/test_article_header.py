"""The article's data, not the code: its header states the decisions its text relies on (the
editorial declarations, the supplied title, the licence, the witness's checksum and the repeats
dropped from it) and agrees with its transcript. These check the article's encoding; the code's
behaviour is tested on any document (the article and the fixtures) in the other test files."""

import re

from edition.transcript import Transcript
from edition.xmlio import NS

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

from conftest import WITNESS


def test_the_dropped_repeats_declared_in_the_header_are_the_computed_ones(edition_doc):
    computed = [(r.first, r.last) for r in Transcript.read(WITNESS).repeats()]
    lists = edition_doc.tree.findall(".//tei:witness//tei:list[@type='repeats']", NS)
    assert sorted(lst.getparent().get(XML_LANG) for lst in lists) == ["en", "tr"]  # the same list in each language
    for lst in lists:
        declared = [tuple(map(int, item.get("n").split("-"))) for item in lst.iterfind("tei:item", NS)]
        assert declared == computed
    # and each item's prose names the same lines as its @n
    for item in edition_doc.tree.iterfind(".//tei:list[@type='repeats']/tei:item", NS):
        first, last = item.get("n").split("-")
        prose = "".join(item.itertext())
        assert re.match(rf"(Lines {first}–{last} repeat|{first}–{last}\. satırlar)", prose), prose


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
    assert idno.text == Transcript.read(WITNESS).sha256

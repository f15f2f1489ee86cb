"""Nothing in xslt/ or edition/ knows the article: a second small TEI builds and checks."""

from edition import fidelity, pipeline

from conftest import FIXTURES, minimal_copy

MINIMAL = FIXTURES / "minimal" / "minimal.xml"


def test_the_second_document_is_checked_against_its_own_witness():
    doc = pipeline.Document.load(MINIMAL)
    report = pipeline.check(doc)
    assert report.problems == []
    assert report.checks == ["well-formed", "schema", "schematron", "tei_all", "fidelity"]


def test_its_reading_text_comes_from_its_own_header_and_body():
    text = pipeline.text(pipeline.Document.load(MINIMAL))
    assert text.splitlines()[0] == "Küçük bir deneme edisyonu"
    assert "bir kelime bölünmüş ve “alıntı” var[1]." in text
    assert "[1] Dipnot metni burada." in text


def test_its_witness_repeats_are_found_and_must_not_be_encoded(tmp_path):
    changed = MINIMAL.read_text(encoding="utf-8").replace('<lb n="8"/>', '<lb n="6"/>')
    copy = minimal_copy(tmp_path, text=changed)
    doc = pipeline.Document.load(copy)
    messages = [p.message for p in fidelity.check(doc.path, doc.tree, doc.text)]
    assert '<lb n="6"/>: transcript line 6 is a dropped repeat' in messages

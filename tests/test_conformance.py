"""TEI's own tei_all schema accepts the edition and the test documents."""

import pytest

from edition import conformance, pipeline

from conftest import EDITION_TEI, FIXTURES


@pytest.mark.parametrize("path", [EDITION_TEI, FIXTURES / "minimal" / "minimal.xml"], ids=lambda p: p.name)
def test_valid_against_tei_all(path):
    doc = pipeline.Document.load(path)
    assert conformance.check_tei_all(doc.path, doc.tree) == []


def test_tei_all_rejects_what_tei_does_not_allow(mutant):
    path = mutant(lambda s: s.replace('<p xml:id="p-intro-1"', '<paragraph xml:id="p-intro-1"', 1)
                  .replace("niteliğinde idi.</p>", "niteliğinde idi.</paragraph>", 1))
    doc = pipeline.Document.load(path)
    problems = conformance.check_tei_all(doc.path, doc.tree)
    assert problems and problems[0].kind == "tei_all"
    assert problems[0].line == doc.text.count("\n", 0, doc.text.index("<paragraph")) + 1

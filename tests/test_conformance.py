"""TEI's own tei_all schema accepts the edition and the test documents."""

import pytest

from edition import cache, conformance, pipeline

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


def test_a_remembered_verdict_is_the_verdict(mutant, monkeypatch, tmp_path):
    """The verdict cache spares the compile, never a finding: an invalid document is judged
    the same remembered, fresh and with caches off, and an edit is judged anew."""
    monkeypatch.setenv(cache.DIR_ENV, str(tmp_path))  # a cache of its own
    conformance._schema_digest.cache_clear()
    path = mutant(lambda s: s.replace('<p xml:id="p-intro-1"', '<paragraph xml:id="p-intro-1"', 1)
                  .replace("niteliğinde idi.</p>", "niteliğinde idi.</paragraph>", 1))
    doc = pipeline.Document.load(path)
    fresh = conformance.check_tei_all(doc.path, doc.tree, doc.text)
    assert fresh and list((tmp_path / "tei_all-verdicts").glob("*.json"))
    assert conformance.check_tei_all(doc.path, doc.tree, doc.text) == fresh  # remembered
    monkeypatch.setenv(cache.ENV, "0")
    assert conformance.check_tei_all(doc.path, doc.tree, doc.text) == fresh  # caches off
    monkeypatch.delenv(cache.ENV)
    valid = pipeline.Document.load(EDITION_TEI)
    assert conformance.check_tei_all(valid.path, valid.tree, valid.text) == []
    path.write_text(valid.text.replace('<p xml:id="p-intro-1"', '<para xml:id="p-intro-1"', 1)
                    .replace("niteliğinde idi.</p>", "niteliğinde idi.</para>", 1), encoding="utf-8")
    edited = pipeline.Document.load(path)
    assert conformance.check_tei_all(edited.path, edited.tree, edited.text)
    conformance._schema_digest.cache_clear()


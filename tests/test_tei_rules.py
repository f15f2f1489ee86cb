"""TEI's own rules (the Schematron of the TEI Guidelines embedded in tei_all.rng) run in
`edition check`: each document of tests/tei_rules/ is reported with its rule at its line,
the edition reports none, and a remembered verdict is the verdict."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import etree

from edition import cache, conformance, pipeline, saxon, tei_rules
from edition.xmlio import parse

from conftest import EDITION_TEI, FIXTURES, run_edition

TESTS = Path(__file__).resolve().parent
TEI_RULES = TESTS / "tei_rules"
SCH = "{http://purl.oclc.org/dsdl/schematron}"

# each document of tests/tei_rules/: every problem TEI's rules must find, as (line, rule id)
EXPECTED = {
    "related-item-target-and-content": [(11, "relatedItem-targetorcontent1")],
    "date-when-and-notbefore": [(14, "att.datable.w3c-att-datable-w3c-when")],
    "ptr-target-and-cref": [(13, "ptr-ptrAtts")],
}


def _rule(problem) -> str:
    return re.search(r"\(([^()\s]+)\)$", problem.message).group(1)


@pytest.fixture
def own_cache(monkeypatch, tmp_path):
    """A cache of this test's own, and no schema or verdict remembered in this process."""
    monkeypatch.setenv(cache.DIR_ENV, str(tmp_path))
    tei_rules.schema.cache_clear()
    tei_rules._verdict_base.cache_clear()
    yield tmp_path
    tei_rules.schema.cache_clear()
    tei_rules._verdict_base.cache_clear()


def test_every_embedded_pattern_is_run_or_skipped_with_its_reason():
    rng = parse(conformance.tei_all_path())
    patterns = [p.get("id") for p in rng.getroot().iter(f"{SCH}pattern")]
    assert len(patterns) == 83
    schema = etree.fromstring(tei_rules.schema())
    run = [p.get("id") for p in schema.iter(f"{SCH}pattern")]
    assert sorted(run + list(tei_rules.SKIPPED)) == sorted(patterns)
    assert all(reason for reason in tei_rules.SKIPPED.values())
    assert schema.get("queryBinding") == "xslt2"
    # every assertion is named, once, so that a problem says which rule it breaks
    ids = [t.get("id") for t in schema.iter(f"{SCH}assert", f"{SCH}report")]
    assert all(ids) and len(ids) == len(set(ids))
    # every prefix the rules use is declared, as the TEI declares it
    declared = {ns.get("prefix"): ns.get("uri") for ns in schema.iter(f"{SCH}ns")}
    assert declared["tei"] == "http://www.tei-c.org/ns/1.0" and "xs" in declared


def test_the_rules_run_as_xslt_2():
    """TEI writes its rules for the XSLT 2 query binding: their XSLT is not run in XSLT 1's
    backwards-compatible mode."""
    xslt = saxon.Engine({})._skeleton(tei_rules.schema())
    assert etree.fromstring(xslt.encode("utf-8")).get("version") == "2.0"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_broken_tei_rule_is_reported_at_its_line(name):
    doc = pipeline.Document.load(TEI_RULES / f"{name}.xml")
    assert conformance.check_tei_all(doc.path, doc.tree) == []  # the grammar has nothing against it
    problems = tei_rules.check(doc.path, doc.tree, doc.text)
    assert all(p.kind == "tei_all-schematron" for p in problems)
    assert [(p.line, _rule(p)) for p in problems] == EXPECTED[name]


def test_the_folder_holds_exactly_the_expected_documents():
    assert sorted(p.stem for p in TEI_RULES.glob("*.xml")) == sorted(EXPECTED)


@pytest.mark.parametrize("path", [EDITION_TEI, FIXTURES / "minimal" / "minimal.xml",
                                  *sorted((TESTS / "valid").glob("*.xml"))], ids=lambda p: p.name)
def test_the_edition_breaks_none_of_teis_rules(path, monkeypatch):
    monkeypatch.setenv(cache.ENV, "0")  # judged, not remembered
    doc = pipeline.Document.load(path)
    assert tei_rules.check(doc.path, doc.tree, doc.text) == []


def test_check_reports_teis_rules(mutant):
    path = mutant(lambda s: s.replace('<date when="', '<date notAfter="2100-01-01" when="', 1))
    text = path.read_text(encoding="utf-8")
    line = text.count("\n", 0, text.index('<date notAfter="2100-01-01"')) + 1
    result = run_edition("check", str(path))
    assert result.returncode == 1
    assert (f"{path}:{line}:1: [tei_all-schematron] The @when attribute cannot be used with any other "
            "att.datable.w3c attributes. [nonfatal in TEI] (att.datable.w3c-att-datable-w3c-when)") in result.stdout


def test_a_rule_that_cannot_be_evaluated_is_a_problem_not_a_crash(mutant, monkeypatch):
    """`@minOccurs cast as xs:integer` on minOccurs="x" is a dynamic error in TEI's rule: the
    document is not passed, and nothing crashes."""
    monkeypatch.setenv(cache.ENV, "0")
    path = mutant(lambda s: s.replace("<ptr ", '<ptr minOccurs="x" maxOccurs="2" ', 1))
    doc = pipeline.Document.load(path)
    problems = tei_rules.check(doc.path, doc.tree, doc.text)
    assert len(problems) == 1 and problems[0].kind == "tei_all-schematron"
    assert "could not be evaluated" in problems[0].message and "FORG0001" in problems[0].message


def test_a_remembered_verdict_is_the_verdict(own_cache, monkeypatch, tmp_path):
    """The schema and the verdicts are remembered, and a hit judges exactly as the work: the
    same problems with caches on (fresh, then remembered) and off, and an edit judged anew."""
    doc = pipeline.Document.load(TEI_RULES / "related-item-target-and-content.xml")
    fresh = tei_rules.check(doc.path, doc.tree, doc.text)
    assert fresh and list((own_cache / "tei_all-schematron-verdicts").glob("*.json"))
    tei_rules.schema()  # (the engine of this process may have been made before this test)
    assert list((own_cache / "tei_all-schematron").glob("*.sch"))
    assert tei_rules.check(doc.path, doc.tree, doc.text) == fresh  # remembered
    monkeypatch.setenv(cache.ENV, "0")
    tei_rules.schema.cache_clear()
    assert tei_rules.check(doc.path, doc.tree, doc.text) == fresh  # caches off
    monkeypatch.delenv(cache.ENV)
    valid = pipeline.Document.load(EDITION_TEI)
    assert tei_rules.check(valid.path, valid.tree, valid.text) == []
    # a remembered pass of the valid text does not pass the same text broken
    broken = tmp_path / "broken.xml"
    broken.write_text(valid.text.replace("<ptr ", '<ptr cRef="1" ', 1), encoding="utf-8")
    edited = pipeline.Document.load(broken)
    assert [_rule(p) for p in tei_rules.check(edited.path, edited.tree, edited.text)] == ["ptr-ptrAtts"]


def test_the_schema_is_keyed_by_tei_all(own_cache, monkeypatch, tmp_path):
    """Another tei_all.rng is another schema: nothing remembered from the first is used."""
    first = tei_rules.schema()
    other = tmp_path / "tei_all.rng"
    rng = conformance.tei_all_path().read_bytes()
    # drop the pattern of relatedItem from the copy
    start = rng.index(b'<pattern xmlns="http://purl.oclc.org/dsdl/schematron"\n                  id="tei_all-relatedItem')
    end = rng.index(b"</pattern>", start) + len(b"</pattern>")
    other.write_bytes(rng[:start] + rng[end:])
    monkeypatch.setenv(conformance.TEI_ALL_ENV, str(other))
    conformance._schema_digest.cache_clear()
    tei_rules.schema.cache_clear()
    try:
        second = tei_rules.schema()
        assert second != first and b"relatedItem-targetorcontent1" in first
        assert b"relatedItem-targetorcontent1" not in second
    finally:
        monkeypatch.delenv(conformance.TEI_ALL_ENV)
        conformance._schema_digest.cache_clear()
        tei_rules.schema.cache_clear()

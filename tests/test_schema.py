"""The edition's schema (schema/edition.rng + schema/edition.sch) accepts the edition and
the valid fixtures, rejects each document of tests/invalid/ with the expected rule at
the expected line, and accepts nothing that TEI's tei_all would refuse."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from edition import conformance, pipeline, validate

from conftest import EDITION_TEI, FIXTURES, LETTER, ROOT, minimal_copy, run_edition

TESTS = Path(__file__).resolve().parent
VALID = [EDITION_TEI, FIXTURES / "minimal" / "minimal.xml", *sorted((TESTS / "valid").glob("*.xml"))]
INVALID = TESTS / "invalid"

# Each invalid document: every problem `edition validate` must report, as (line, kind, rule),
# where rule is the Schematron assertion id or the start of the schema's message. Nothing else
# may be reported. Exit status 1 unless the document is not readable XML (2).
EXPECTED: dict[str, list[tuple[int, str, str]]] = {
    "unknown-element": [(50, "schema", "Did not expect element seg there")],
    "wrong-div-type": [(44, "schema", "Invalid attribute type for element div")],
    "missing-ref": [(47, "schema", "element persName: attribute ref is required"),
                    # the person is now named nowhere: a consequence, and reported as such
                    (63, "schematron", "entry-referenced")],
    "note-without-type": [(47, "schema", "element note: attribute type is required")],
    "lem-without-resp": [(50, "schema", "element lem: attribute resp is required")],
    "app-without-lem": [(50, "schema", "Did not expect element rdg there"),
                        (50, "schematron", "app-one-lem")],
    "malformed-iso-date": [(47, "schema", "'1920-4-23' is not an ISO 8601 date")],
    "date-without-value": [(47, "schema",
                            "element date: one of the attributes when, from, notBefore, notAfter is required")],
    "place-type-unlisted": [(67, "schema", 'element place: type="capital" is not one of "country", "region"')],
    "not-tei": [(3, "schema", "Expecting element TEI, got html")],
    "dangling-reference": [(47, "schematron", "pointer-resolves")],
    "wrong-kind-reference": [(48, "schematron", "ref-place")],
    "undeclared-witness": [(50, "schematron", "witness-declared")],
    "undeclared-app-type": [(50, "schematron", "app-type-declared"), (50, "schematron", "truncation-gap")],
    "reversed-date-range": [(48, "schematron", "date-range-order")],
    "reversed-page-range": [(50, "schematron", "range-order")],
    "implausible-date": [(47, "schematron", "date-plausible")],
    "footnote-gap": [(47, "schematron", "footnote-sequence")],
    "paragraph-numbering": [(49, "schematron", "paragraph-number")],
    "duplicate-id": [(50, "schema", "Invalid attribute id for element quote"), (50, "schematron", "id-unique")],
    "register-id-pattern": [(63, "schematron", "person-id")],
    "unreferenced-entry": [(64, "schematron", "entry-referenced")],
    # the space also makes the place's name a form its entry does not list
    "word-break-space": [(47, "schematron", "name-form-registered"), (47, "schematron", "word-break")],
    "unregistered-name-form": [(47, "schematron", "name-form-registered")],
    "coordinates-off-earth": [(68, "schematron", "geo-on-earth")],
    # the edition's identifiers: an ORCID with a wrong check digit is well-formed for RELAX NG
    "orcid-check-digit": [(8, "schematron", "orcid")],
    "orcid-malformed": [(8, "schema", "Invalid attribute ref for element persName"), (8, "schematron", "orcid")],
    # libxml2 places the DOI's error at the element before it (the idno type="URI")
    "doi-malformed": [(13, "schema", "Expecting element availability, got idno"), (14, "schematron", "doi")],
}
UNREADABLE = {
    "malformed": (51, "Opening and ending tag mismatch: head line 45 and div"),
    "xxe": (2, "DOCTYPE declarations are not allowed"),
    "entity-bomb": (2, "DOCTYPE declarations are not allowed"),
}


def test_the_negative_corpus_is_large_and_every_document_in_it_is_tested():
    names = {path.stem for path in INVALID.glob("*.xml")}
    assert len(names) >= 15
    assert names == set(EXPECTED) | set(UNREADABLE)


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_documents_pass_the_edition_schema(path):
    doc = pipeline.Document.load(path)
    assert pipeline.validate(doc) == []


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_documents_pass_tei_all_too(path):
    # the schema is a subset of TEI: what it accepts, tei_all accepts
    doc = pipeline.Document.load(path)
    assert conformance.check_tei_all(doc.path, doc.tree) == []


def rule_of(problem) -> str:
    found = re.search(r"\(([a-z-]+)\)$", problem.message)
    return found.group(1) if problem.kind == "schematron" and found else problem.message


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_invalid_document_fails_with_its_rule_at_its_line(name):
    path = INVALID / f"{name}.xml"
    doc = pipeline.Document.load(path)
    problems = pipeline.validate(doc)
    reported = [(p.line, p.kind, rule_of(p)) for p in problems]
    expected = EXPECTED[name]
    assert len(reported) == len(expected), reported
    for (line, kind, rule), (got_line, got_kind, got_rule) in zip(expected, reported):
        assert (got_line, got_kind) == (line, kind), reported
        assert got_rule.startswith(rule), reported
    assert all(p.file == str(path) for p in problems)


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_unreadable_documents_exit_2_with_the_place(name):
    path = INVALID / f"{name}.xml"
    line, message = UNREADABLE[name]
    result = run_edition("validate", str(path))
    assert result.returncode == 2
    assert result.stdout.startswith(f"{path}:{line}:")
    assert f"[wellformed] {message}" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_validate_reports_each_problem_then_one_summary_and_exits_1():
    files = [INVALID / "footnote-gap.xml", INVALID / "unknown-element.xml", FIXTURES / "minimal" / "minimal.xml"]
    result = run_edition("validate", *map(str, files))
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (f"{files[0]}:47:1: [schematron] footnotes are numbered 1…N in document order: "
                        'footnote n="2" is the first footnote, which is numbered 1 (footnote-sequence)')
    # libxml2's words, then what the parent may hold, from the schema (edition/schema_messages.py)
    assert lines[1].startswith(f"{files[1]}:50:1: [schema] Did not expect element seg there: <p> may hold <lb>, ")
    assert lines[-1] == "1 of 3 file(s) valid; problems: 1 schema, 1 schematron"
    assert len(lines) == 3


def test_the_worst_status_wins():
    result = run_edition("validate", str(INVALID / "footnote-gap.xml"), str(INVALID / "malformed.xml"))
    assert result.returncode == 2
    assert result.stdout.splitlines()[-1] == "0 of 2 file(s) valid; problems: 1 schematron, 1 unreadable"


def test_the_edition_validates_from_the_command_line():
    result = run_edition("validate", str(EDITION_TEI.relative_to(ROOT)))
    assert result.returncode == 0, result.stdout
    assert result.stdout == "1 of 1 file(s) valid\n"


def test_check_runs_the_schema_and_its_rules(tmp_path):
    text = (FIXTURES / "minimal" / "minimal.xml").read_text(encoding="utf-8")
    copy = minimal_copy(tmp_path, text=text.replace('type="authorial" place="foot" n="1"', 'type="authorial" place="foot" n="2"'))
    report = pipeline.check(pipeline.Document.load(copy))
    assert report.checks[:3] == ["well-formed", "schema", "schematron"]
    own_schema = [rule_of(p) for p in report.problems if p.kind in ("schema", "schematron")]
    assert own_schema == ["footnote-sequence"]  # (the fidelity check notices the changed number too)


def test_the_xml_schema_is_generated_from_the_compact_one():
    result = subprocess.run([sys.executable, str(ROOT / "schema" / "generate_rng.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_the_schema_is_self_contained():
    # no include or externalRef: what is deposited is the whole schema
    grammar = validate.relaxng_grammar()
    assert not grammar.xpath("//rng:include | //rng:externalRef",
                             namespaces={"rng": "http://relaxng.org/ns/structure/1.0"})


def test_validate_has_help():
    result = run_edition("validate", "--help")
    assert result.returncode == 0 and "[schema|schematron]" in result.stdout


# The numbering rules find the number before by key (not by counting what precedes each
# node); these mutations of the edition check that they still say what "1…N in document
# order" means: an order, a gap, a repeat, a number that is not one.
NUMBERING = {
    "footnotes swapped": (lambda s: s.replace('n="2" xml:id="fn-2"', 'n="X"', 1).replace('n="3" xml:id="fn-3"', 'n="2" xml:id="fn-2"', 1)
                          .replace('n="X"', 'n="3" xml:id="fn-3"', 1), "footnote-sequence"),
    "footnote repeated": (lambda s: s.replace('n="3" xml:id="fn-3"', 'n="2"', 1), "footnote-sequence"),
    "footnote not a number": (lambda s: s.replace('n="3" xml:id="fn-3"', 'n="03"', 1), "footnote-sequence"),
    "paragraph gap": (lambda s: s.replace('<p xml:id="p-1-3" n="7">', '<p xml:id="p-1-3" n="8">', 1), "paragraph-number"),
    "paragraph repeated": (lambda s: s.replace('<p xml:id="p-1-3" n="7">', '<p xml:id="p-1-3" n="6">', 1), "paragraph-number"),
    "commentary swapped": (lambda s: s.replace('xml:id="c-2" target', 'xml:id="c-X" target', 1).replace('xml:id="c-3" target', 'xml:id="c-2" target', 1)
                           .replace('xml:id="c-X" target', 'xml:id="c-3" target', 1), "commentary-id"),
    "commentary gap": (lambda s: s.replace('xml:id="c-3" target', 'xml:id="c-30" target', 1), "commentary-id"),
    # the notes are numbered in the order of their passages: C2 may not explain a later passage than C3
    "commentary out of text order": (lambda s: re.sub(r'(xml:id="c-2" target=")([^"]*)(".*?xml:id="c-3" target=")([^"]*)"',
                                                      r'\1\4\3\2"', s, count=1, flags=re.S), "commentary-order"),
}


@pytest.mark.parametrize("name", sorted(NUMBERING))
def test_numbering_in_document_order_is_checked(mutant, name):
    change, rule = NUMBERING[name]
    doc = pipeline.Document.load(mutant(change))
    assert rule in {rule_of(p) for p in pipeline.validate(doc)}, name


# The editors' words in every language of langUsage (pattern "languages" of the Schematron)
def _drop_first(pattern: str):
    return lambda text: re.sub(pattern, "", text, count=1, flags=re.S)


LANGUAGES = {
    "a register note without its Turkish twin": (_drop_first(r'<note type="identification" xml:lang="tr">[^<]*</note>'),
                                                  "twins-complete"),
    "a commentary note without its English version": (_drop_first(r'(?<=</p>)<p xml:lang="en">[^<]*</p>(?=</note>)'),
                                                      "versions-complete"),
    "a header label in one language": (_drop_first(r'<catDesc xml:lang="tr">[^<]*</catDesc>'), "twins-complete"),
    "a person's occupation in one language": (_drop_first(r'<occupation xml:lang="en">[^<]*</occupation>'),
                                              "twins-complete"),
}


def assert_only_rule_broken(mutant, change, rule: str) -> None:
    """The edition changed by `change` fails validation on `rule`, and on nothing else."""
    problems = pipeline.validate(pipeline.Document.load(mutant(change)))
    assert [rule_of(p) for p in problems] == [rule], [str(p) for p in problems]


@pytest.mark.parametrize("name", sorted(LANGUAGES))
def test_every_piece_of_editorial_matter_is_required_in_both_languages(mutant, name):
    assert_only_rule_broken(mutant, *LANGUAGES[name])


def test_a_document_that_declares_one_language_needs_only_that_one(mutant):
    """langUsage decides: the same English-only note is fine where English is the only language."""
    def english_only(text: str) -> str:
        text = _drop_first(r'<note type="identification" xml:lang="tr">[^<]*</note>')(text)
        return re.sub(r'<langUsage>.*?</langUsage>', '<langUsage><language ident="en">English</language></langUsage>',
                      text, flags=re.S)
    problems = pipeline.validate(pipeline.Document.load(mutant(english_only)))
    assert "twins-complete" not in {rule_of(p) for p in problems}


# What each kind of apparatus entry may change (pattern "interventions" of the Schematron): the
# correction rule of the header, as far as a machine can check it. Each mutation makes the
# edition break one of its stated rules, and validation names that rule.
def _join_compound(text: str) -> str:
    """"bir takım" written as one word by the editors, recorded as a spacing entry."""
    return text.replace(" bir takım ", ' <app type="spacing"><lem resp="#edition-team">birtakım</lem>'
                                       '<rdg wit="#T">bir takım</rdg></app> ', 1)


def _space_between_letters(text: str) -> str:
    """A space inserted inside a word, the letters on either side outside the entry."""
    return text.replace("Onun bu sözü", 'On<app type="spacing"><lem resp="#edition-team"> </lem><rdg wit="#T"/></app>un bu sözü', 1)


INTERVENTIONS = {
    "a compound joined (word division is spelling)": (_join_compound, "spacing-keeps-word-division"),
    "a space put between two letters": (_space_between_letters, "spacing-keeps-word-division"),
    "a spacing entry that changes a letter": (
        lambda s: s.replace('<lem resp="#edition-team">-</lem><rdg wit="#T">- </rdg>',
                            '<lem resp="#edition-team">–</lem><rdg wit="#T">- </rdg>', 1), "spacing-only"),
    "a typo entry across two words": (
        lambda s: s.replace("<lem resp=\"#edition-team\">gerçekleştirdiği</lem>",
                            "<lem resp=\"#edition-team\">gerçekleştirdiği bir</lem>", 1), "typo-inside-a-word"),
    "a punctuation entry that changes a letter": (
        lambda s: re.sub(r'(<app type="punctuation"><lem resp="#edition-team")/>', r'\1>a</lem>', s, count=1),
        "punctuation-only"),
    "a conjecture without its certainty": (
        lambda s: s.replace('<lem resp="#edition-team" cert="medium">Vandov 2014</lem>',
                            '<lem resp="#edition-team">Vandov 2014</lem>', 1), "citation-conjecture"),
    "a kind of intervention the correction rule does not name": (
        lambda s: s.replace('<catDesc xml:lang="tr">boşluk:', '<catDesc xml:lang="tr">aralık:', 1),
        "intervention-in-correction-rule"),
}


@pytest.mark.parametrize("name", sorted(INTERVENTIONS))
def test_each_kind_of_intervention_changes_only_what_its_rule_allows(mutant, name):
    assert_only_rule_broken(mutant, *INTERVENTIONS[name])


def test_a_paragraph_after_one_with_a_wrong_id_is_told_the_pattern_not_nan(tmp_path):
    doc = minimal_copy(tmp_path, text=(FIXTURES / "minimal" / "minimal.xml").read_text(encoding="utf-8")
                       .replace('xml:id="p-d1-1"', 'xml:id="p-d1-x"'))
    messages = [p.message for p in pipeline.validate(pipeline.Document.load(doc)) if p.message.endswith("(paragraph-id)")]
    assert len(messages) == 2 and 'expected "p-d1-1"' in messages[0]
    assert "NaN" not in messages[1] and 'expected "p-d1-k", k one more than the number of the paragraph before it' in messages[1]


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_the_schema_rules_read_from_the_schema_find_nothing_in_a_valid_document(path):
    """edition/schema_messages.py models each pattern's attributes (allowed, values, required)
    from the grammar: on a document the schema accepts, it must find nothing to say."""
    from edition.validate import TEI_NS, _schema_rules

    rules = _schema_rules()
    tree = pipeline.Document.load(path).tree
    assert [(e.sourceline, rules.explain(e)) for e in tree.iter(f"{TEI_NS}*") if rules.explain(e)] == []


def test_an_attribute_error_after_another_error_is_still_reported(tmp_path):
    """libxml2 stops looking at an element's content once a pattern has failed: a wrong
    attribute later in the same document went unreported (seen: two of four errors)."""
    lines = (FIXTURES / "letter" / "letter.xml").read_text(encoding="utf-8").splitlines(keepends=True)
    (salute,) = [k for k, line in enumerate(lines) if line.startswith("<salute>Dear")]
    (tiflis,) = [k for k, line in enumerate(lines) if '<place xml:id="pla-tiflis" type="city"' in line]
    lines[salute] = lines[salute].replace("<salute>", "<salute><seg>x</seg>")
    lines[tiflis] = lines[tiflis].replace('type="city"', 'type="capital"')
    source = tmp_path / "letter.xml"
    source.write_text("".join(lines), encoding="utf-8")
    problems = [(p.line, p.message) for p in pipeline.validate(pipeline.Document.load(source))]
    assert (salute + 1, "Did not expect element seg there: <salute> may hold <lb>, <persName> and text") in problems
    assert (tiflis + 1, 'element place: type="capital" is not one of "country", "region", "city", "town", '
                        '"village", "sea", "strait", "island"') in problems


@pytest.mark.parametrize("document, old, new, expected", [
    # an element out of place: what its parent may hold (a developer wrote <p> in editorialDecl)
    (LETTER, "<encodingDesc>", "<encodingDesc>\n<editorialDecl><p>Nothing.</p></editorialDecl>",
     "Did not expect element p there: <editorialDecl> may hold <correction>, <normalization>, <hyphenation>, "
     "<quotation>, <segmentation>, <interpretation>"),
    # a missing element, named by libxml2 as the next one: the parent's list shows the gap
    (LETTER, "<encodingDesc>\n", "<encodingDesc>\n<bogus/>\n", None),
    # an element allowed in its parent, but out of order
    (LETTER, '<persName type="variant">Mary</persName><note type="identification" xml:lang="en">The writer of the letter, invented for the tests.</note>',
     '<note type="identification" xml:lang="en">The writer of the letter, invented for the tests.</note><persName type="variant">Mary</persName>',
     "Did not expect element persName there: <person> may hold <persName>, <occupation>, <birth>, <death>, <idno>, <note>, "
     "in that order: <persName> is out of order or once too often"),
    # text in an element whose content is its attributes
    (EDITION_TEI, '<edition n="0.1"/>', '<edition n="0.1">Erste Ausgabe</edition>',
     "Did not expect text in element edition content: <edition> holds nothing: what it says is in its attributes"),
])
def test_a_content_error_says_what_the_parent_may_hold(tmp_path, document, old, new, expected):
    text = document.read_text(encoding="utf-8")
    assert old in text
    source = tmp_path / document.name
    source.write_text(text.replace(old, new, 1), encoding="utf-8")
    messages = [p.message for p in pipeline.validate(pipeline.Document.load(source)) if p.kind == "schema"]
    if expected is None:  # <bogus/>: the schema has no such element, and its parent's list is given
        assert messages and messages[0].startswith("Did not expect element bogus there: <encodingDesc> may hold "), messages
        assert "<tagsDecl>" in messages[0]
    else:
        assert expected in messages, messages

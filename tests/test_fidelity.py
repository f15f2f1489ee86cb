"""No word of the witness lost, none added: the edition and deliberately damaged copies."""

import re

import pytest

from edition import fidelity, pipeline

from conftest import EDITION_TEI, MINIMAL, document_id


def problems_of(path):
    doc = pipeline.Document.load(path)
    return fidelity.check(doc.path, doc.tree, doc.text)


@pytest.mark.parametrize("any_document", [EDITION_TEI, MINIMAL], indirect=True, ids=document_id)
def test_the_edition_is_faithful_to_the_transcript(any_document):
    assert fidelity.check(any_document.path, any_document.tree, any_document.text) == []


def test_a_deleted_word_is_reported_at_its_line(mutant):
    path = mutant(lambda s: s.replace("Tesadüfen tam da o gün", "Tesadüfen da o gün", 1))
    problems = problems_of(path)
    assert len(problems) == 1
    assert "line 50 differs" in problems[0].message and "'tam'" in problems[0].message
    assert problems[0].line == path.read_text().count("\n", 0, path.read_text().index('<lb n="50"/>')) + 1


def test_an_added_word_is_reported(mutant):
    problems = problems_of(mutant(lambda s: s.replace("Onun bu sözü", "Onun bu güzel sözü", 1)))
    assert [p.message for p in problems] == [
        "line 53 differs from the transcript: after 'Onun bu': TEI has 'güzel'"]


def test_a_duplicated_paragraph_is_reported(mutant):
    def duplicate(s):
        p = re.search(r'<p xml:id="p-intro-2".*?</p>', s, re.S).group(0)
        return s.replace(p, p + "\n" + p.replace('xml:id="p-intro-2"', 'xml:id="p-intro-2b"'), 1)

    messages = [p.message for p in problems_of(mutant(duplicate))]
    assert messages and all("encoded 2 times" in m for m in messages)
    assert any(m.startswith("transcript line 55 ") for m in messages)


def test_a_dropped_paragraph_is_reported_line_by_line(mutant):
    messages = [p.message for p in problems_of(mutant(
        lambda s: re.sub(r'<p xml:id="p-intro-2".*?</p>', "", s, count=1, flags=re.S)))]
    assert messages[0].startswith("transcript line 55 is missing from the TEI (it belongs after line 53)")
    assert len(messages) == 12  # transcript lines 55-66


def test_moved_text_is_reported_as_out_of_order(mutant):
    def swap(s):
        a = re.search(r'<p xml:id="p-intro-1".*?</p>', s, re.S).group(0)
        b = re.search(r'<p xml:id="p-intro-2".*?</p>', s, re.S).group(0)
        return s.replace(a, "\0").replace(b, a).replace("\0", b)

    assert any("out of order" in p.message for p in problems_of(mutant(swap)))


def test_a_footnote_anchored_at_the_wrong_word_is_reported(mutant):
    def move(s):
        note = re.search(r'<note type="authorial" place="foot" n="2".*?</note>', s, re.S).group(0)
        s = s.replace(note, "", 1)
        return s.replace("alan heyet, 11 Mayıs’ta", "alan heyet" + note + ", 11 Mayıs’ta", 1)

    messages = [p.message for p in problems_of(mutant(move))]
    assert any(m.startswith("line 302 differs") for m in messages)


def test_a_silent_correction_is_caught(mutant):
    silent = problems_of(mutant(lambda s: s.replace("programlarnı", "programlarını", 1)))
    assert [p.message for p in silent] == [
        "line 645 differs from the transcript: after 'ardından da kendi': "
        "transcript has 'programlarnı' but TEI has 'programlarını'"]


def test_an_encoded_correction_shows_the_witness_reading_in_the_comparison(mutant):
    path = mutant(lambda s: s.replace(
        "programlarnı", '<app type="typo"><lem>programlarını</lem><rdg wit="#T">programlarnı</rdg></app>', 1))
    assert problems_of(path) == []


def test_a_changed_witness_is_reported(mutant):
    path = mutant(lambda s: s.replace("9b654214914b", "0b654214914b", 1))
    assert any("sha256" in p.message for p in problems_of(path))


def test_an_lb_on_a_dropped_repeat_is_reported(mutant):
    messages = [p.message for p in problems_of(mutant(lambda s: s.replace('<lb n="45"/>', '<lb n="78"/>', 1)))]
    assert '<lb n="78"/>: transcript line 78 is a dropped repeat' in messages

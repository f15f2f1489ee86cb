"""The witness and the repeats found in it: how repeats are found, on made-up lines and on the
transcripts of the article and of the minimal document. (The article's own repeats, as the
editors read them, and its witness's checksum: tests/test_article_text.py.)"""

import pytest

from edition.transcript import Line, Transcript, find_repeats

from conftest import FIXTURES, WITNESS

TRANSCRIPTS = [WITNESS, FIXTURES / "minimal" / "witness.txt"]


def lines(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_a_repeated_passage_is_found_with_its_original():
    found = find_repeats(lines("a b", "c d", "", "e f", "a b ", "", "c  d", "g h"))
    assert [(r.first, r.last, r.original_first, r.original_last) for r in found] == [(5, 7, 1, 2)]


def test_a_single_recurring_line_is_not_a_repeat():
    assert find_repeats(lines("Giriş", "x y", "Giriş", "z w")) == []


def test_a_copy_does_not_overlap_what_it_copies():
    # "a a a a": the second half repeats the first, not line 2 repeating line 1 etc.
    found = find_repeats(lines("a", "a", "a", "a"))
    assert [(r.first, r.last, r.original_first) for r in found] == [(3, 4, 1)]


@pytest.mark.parametrize("witness", TRANSCRIPTS, ids=["article", "minimal"])
def test_every_repeat_of_the_witness_equals_its_original_up_to_blank_space(witness):
    transcript = Transcript.read(witness)
    repeats = transcript.repeats()
    assert repeats, "each of these witnesses is known to repeat (page fragments, a paragraph)"
    for r in repeats:
        copy = [" ".join(ln.text.split()) for ln in transcript.lines[r.first - 1:r.last] if not ln.is_blank]
        orig = [" ".join(ln.text.split()) for ln in transcript.lines[r.original_first - 1:r.original_last]
                if not ln.is_blank]
        assert copy == orig

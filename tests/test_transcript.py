"""The witness and the repeats found in it."""

from pathlib import Path

from edition.transcript import Line, Transcript, find_repeats

from conftest import EDITION_TEI, SOURCE_DIR

WITNESS = next(SOURCE_DIR.glob("*.txt"))


def lines(*texts: str) -> list[Line]:
    return [Line(i, t) for i, t in enumerate(texts, start=1)]


def test_the_witness_is_the_file_as_received():
    # sha256 given in the foundation issue for ../shared/source/000_3e24223b1193f1a2.txt
    assert Transcript.read(WITNESS).sha256 == "9b654214914b1da1f7155566e2a52f06d04328120bc6207a06a9a064e6aa2469"


def test_a_repeated_passage_is_found_with_its_original():
    found = find_repeats(lines("a b", "c d", "", "e f", "a b ", "", "c  d", "g h"))
    assert [(r.first, r.last, r.original_first, r.original_last) for r in found] == [(5, 7, 1, 2)]


def test_a_single_recurring_line_is_not_a_repeat():
    assert find_repeats(lines("Giriş", "x y", "Giriş", "z w")) == []


def test_a_copy_does_not_overlap_what_it_copies():
    # "a a a a": the second half repeats the first, not line 2 repeating line 1 etc.
    found = find_repeats(lines("a", "a", "a", "a"))
    assert [(r.first, r.last, r.original_first) for r in found] == [(3, 4, 1)]


def test_every_repeat_of_the_witness_equals_its_original_up_to_blank_space():
    transcript = Transcript.read(WITNESS)
    repeats = transcript.repeats()
    assert repeats, "the witness is known to repeat page fragments"
    for r in repeats:
        copy = [" ".join(ln.text.split()) for ln in transcript.lines[r.first - 1:r.last] if not ln.is_blank]
        orig = [" ".join(ln.text.split()) for ln in transcript.lines[r.original_first - 1:r.original_last]
                if not ln.is_blank]
        assert copy == orig


def test_the_repeats_found_are_the_ones_read_by_the_editors():
    # Established by reading the transcript (see the witness description in the TEI
    # header): eight page fragments recur, e.g. "Giriş" (41-73) again at 74-106.
    found = [(r.first, r.last) for r in Transcript.read(WITNESS).repeats()]
    assert found == [(74, 106), (198, 199), (200, 231), (324, 357), (448, 479), (569, 604),
                     (694, 735), (824, 856)]

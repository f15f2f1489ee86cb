"""The article's data, not the code: its TEI text (divisions, paragraphs, footnotes, quotations
and citations) and its witness (the file as received, the repeats the editors read, a line
break for every line kept). These check the article's encoding against its transcript; the
code's behaviour is tested on any document (the article and the fixtures) in the other test
files."""

import re
from collections import Counter

from edition.transcript import Transcript
from edition.xmlio import NS, XML_ID

from conftest import WITNESS


def test_front_holds_both_abstracts_with_keywords(edition_doc):
    front = edition_doc.tree.find(".//tei:front", NS)
    langs = [d.get("{http://www.w3.org/XML/1998/namespace}lang") for d in front.findall("tei:div[@type='abstract']", NS)]
    assert langs == ["tr", "en"]
    for div in front.findall("tei:div", NS):
        assert div.find("tei:ab[@type='keywords']", NS) is not None


def test_body_divisions_in_order_with_numbered_sections(edition_doc):
    divs = edition_doc.tree.findall(".//tei:body/tei:div", NS)
    assert [d.get("type") for d in divs] == ["introduction"] + ["section"] * 4 + ["conclusion"]
    assert [d.find("tei:head", NS).get("n") for d in divs] == [None, "1", "2", "3", "4", None]


def test_paragraphs_have_citable_ids_and_running_numbers(edition_doc):
    body_ps = edition_doc.tree.findall(".//tei:body//tei:p", NS)
    assert [p.get("n") for p in body_ps] == [str(i) for i in range(1, len(body_ps) + 1)]
    for p in edition_doc.tree.xpath("//tei:text/tei:front//tei:p | //tei:text/tei:body//tei:p", namespaces=NS):
        assert re.fullmatch(r"p-[a-z0-9-]+-\d+", p.get(XML_ID))


def test_ten_footnotes_numbered_in_order_each_at_the_word_its_number_was_glued_to(edition_doc):
    notes = edition_doc.tree.findall(".//tei:note[@type='authorial']", NS)
    assert [n.get("n") for n in notes] == [str(i) for i in range(1, 11)]
    transcript = Transcript.read(WITNESS)
    glued = {}
    for line in transcript.kept_lines():
        for word, num in re.findall(r"([^\W\d_]+)(\d{1,2})(?=[\s.,;:]|$)", line.text):
            glued.setdefault(num, word)
    for note in notes:
        # the running text just before the note, whatever markup it is in
        before = "".join(note.xpath("preceding::text()[position() <= 3]", namespaces=NS))
        assert note.get("place") == "foot"
        assert before.split()[-1].endswith(glued[note.get("n")]), note.get("n")
        # a footnote sits in the running text, never at a page end between paragraphs
        assert note.getparent().tag in {f"{{{NS['tei']}}}p", f"{{{NS['tei']}}}quote"}


def test_no_footnote_number_is_left_glued_to_a_word(edition_doc):
    text_el = edition_doc.tree.find(".//tei:text", NS)
    for t in text_el.xpath(".//text()[not(ancestor::tei:listBibl)]", namespaces=NS):
        assert not re.search(r"[^\W\d_](?:[1-9]|10)(?=[\s.,;:]|$)", t), t


def test_no_quotation_mark_is_left_in_the_text(edition_doc):
    # the witness's text, not the editors' notes (which quote in their own prose)
    text = "".join(edition_doc.tree.xpath(
        "//tei:text/*[self::tei:front or self::tei:body]//text()[not(ancestor::tei:note[@resp])]", namespaces=NS))
    assert "“" not in text and "”" not in text


def test_every_quotation_of_the_witness_is_encoded(edition_doc):
    transcript = Transcript.read(WITNESS)
    opened = sum(ln.text.count("“") for ln in transcript.kept_lines())
    quoted = edition_doc.tree.xpath(
        "//tei:text//tei:quote | //tei:text//*[contains(@rendition, '#ldq')]", namespaces=NS)
    assert len(quoted) == opened


def test_block_quotations_are_cit_with_quote_and_bibl(edition_doc):
    blocks = edition_doc.tree.findall(".//tei:cit[@rendition='#block']", NS)
    assert len(blocks) == 9
    assert all(b.find("tei:quote", NS) is not None for b in blocks)
    # one block quotation (Ertürk, lines 182-187) has no reference in the source
    assert sum(b.find("tei:bibl", NS) is not None for b in blocks) == 8


def test_every_parenthetical_reference_is_a_linked_bibl(edition_doc):
    transcript = Transcript.read(WITNESS)
    running = " ".join(ln.text for ln in transcript.kept_lines())
    expected = len(re.findall(r"\((?:[^()]*?\d{4}:|TBMM|BCA|\s?[A-ZÇĞİÖŞÜ][^()\d]*,?\s\d{4}\s?:)", running))
    bibls = edition_doc.tree.xpath("//tei:body//tei:bibl[tei:ref]", namespaces=NS)
    assert len(bibls) == expected
    ids = set(edition_doc.tree.xpath("//tei:listBibl/tei:bibl/@xml:id", namespaces=NS))
    targets = edition_doc.tree.xpath("//tei:text//tei:ref/@target | //tei:text//tei:bibl/@corresp", namespaces=NS)
    assert targets and {t.lstrip("#") for t in targets} <= ids
    assert ids <= {t.lstrip("#") for t in targets}, "every entry is cited"


def test_page_breaks_follow_closing_footnote_blocks(edition_doc):
    pbs = edition_doc.tree.findall(".//tei:text//tei:pb", NS)
    assert pbs and all(not pb.attrib for pb in pbs)  # no invented page numbers
    for pb in pbs:
        following_lb = pb.xpath("following::tei:lb[1]/@n", namespaces=NS)[0]
        preceding_note_line = max(int(n) for n in pb.xpath(
            "preceding::tei:note[@place='foot'][1]//tei:lb/@n", namespaces=NS))
        assert preceding_note_line < int(following_lb)


def test_ids_are_unique(edition_doc):
    ids = Counter(edition_doc.tree.xpath("//@xml:id"))
    assert [i for i, c in ids.items() if c > 1] == []


# ----- the witness -----

def test_every_kept_transcript_line_is_exactly_one_lb(edition_doc):
    kept = [ln.number for ln in Transcript.read(WITNESS).kept_lines()]
    encoded = [int(n) for n in edition_doc.tree.xpath("//*[local-name()='text']//*[local-name()='lb']/@n")]
    assert sorted(encoded) == kept


def test_the_witness_is_the_file_as_received():
    # sha256 given in the foundation issue for ../shared/source/000_3e24223b1193f1a2.txt
    assert Transcript.read(WITNESS).sha256 == "9b654214914b1da1f7155566e2a52f06d04328120bc6207a06a9a064e6aa2469"


def test_the_repeats_found_are_the_ones_read_by_the_editors():
    # Established by reading the transcript (see the witness description in the TEI
    # header): eight page fragments recur, e.g. "Giriş" (41-73) again at 74-106.
    found = [(r.first, r.last) for r in Transcript.read(WITNESS).repeats()]
    assert found == [(74, 106), (198, 199), (200, 231), (324, 357), (448, 479), (569, 604),
                     (694, 735), (824, 856)]

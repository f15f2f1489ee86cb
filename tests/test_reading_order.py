"""What a reader meets in order: commentary marks numbered as they come in the text, the
bibliography filed by the author's surname and then the year, in Turkish alphabetical
order, and register occurrences each with the words around it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from edition import pipeline
from edition.xmlio import NS, parse

from conftest import EDITION_TEI

TURKISH = "aâbcçdefgğhıiîjklmnoöpqrsştuüûvwxyz"


def turkish_key(text: str) -> list[int]:
    lowered = text.replace("I", "ı").replace("İ", "i").lower()
    return [TURKISH.index(c) if c in TURKISH else 100 + ord(c) for c in lowered if not c.isspace()]


def test_commentary_marks_are_numbered_in_the_order_of_the_text(site):
    index = lxml_html.parse(str(site / "index.html")).getroot()
    marks = [int(a.text_content().strip()[1:]) for a in index.xpath("//article//a[@class='comm-ref']")]
    first_seen = list(dict.fromkeys(marks))
    in_tei = len(parse(EDITION_TEI).findall(".//tei:note[@type='commentary']", NS))
    assert first_seen == list(range(1, len(first_seen) + 1)) and len(first_seen) == in_tei, marks
    listed = [li.get("id") for li in index.xpath("//section[@id='commentary']//li")]
    assert listed == [f"c-{n}" for n in range(1, in_tei + 1)]


def test_the_bibliography_is_filed_by_surname_then_year_in_turkish_order(site, edition_doc):
    def key(bibl):
        name = " ".join("".join((bibl.xpath("(tei:author | tei:editor)[1]", namespaces=NS) or [None])[0].itertext()).split()) \
            if bibl.xpath("tei:author | tei:editor", namespaces=NS) else ""
        heading = name.split()[-1] if name else " ".join("".join(bibl.xpath("(tei:title | tei:orgName)[1]", namespaces=NS)[0].itertext()).split())
        return turkish_key(heading), (bibl.xpath("string(tei:date/@when)", namespaces=NS) or "0000")[:4]
    entries = edition_doc.tree.findall(".//tei:listBibl/tei:bibl", NS)
    expected = [b.get("{http://www.w3.org/XML/1998/namespace}id") for b in sorted(entries, key=key)]
    page = lxml_html.parse(str(site / "bibliography.html")).getroot()
    shown = page.xpath("//ol[@class='bibliography']/li/@id")
    assert shown == expected  # (the cases a reader noticed: tests/test_article_outputs.py)


def test_each_register_occurrence_shows_the_words_around_it(site):
    page = lxml_html.parse(str(site / "persons.html")).getroot()
    entry = page.get_element_by_id("per-cicerin")
    items = entry.xpath(".//ol[@class='occurrences']/li")
    assert len(items) > 5
    contexts = [" ".join(li.text_content().split()) for li in items]
    assert len(set(contexts)) == len(contexts), "two occurrences read the same: no context"
    for li in items:
        (mark,) = li.xpath(".//mark")
        assert mark.text_content().startswith("Çiçerin")
        words = " ".join(li.xpath("string(.//span[@class='kwic'])").split())
        assert len(re.findall(r"\w+", words.replace(mark.text_content(), ""))) >= 3, words

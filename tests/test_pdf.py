"""The PDF edition, tested against the TEI: the whole reading text in order, every
footnote and apparatus entry on the page of its call, labels equal to the HTML's,
bookmarks, attachments, PDF/A identification, embedded fonts, reproducible bytes."""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from lxml import html as lxml_html

from edition import pdf, pipeline
from edition.xmlio import NS

from conftest import EDITION_TEI, FIXTURES, run_edition

MINIMAL = FIXTURES / "minimal" / "minimal.xml"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
TEXT_SIZE = 9.4  # body text is 10.5pt, block quotations 9.5pt; notes, heads, labels are smaller
TIER_SIZE = (7.3, 7.7)  # the apparatus tier is 7.5pt


@pytest.fixture(scope="module")
def typeset(edition_doc) -> pdf.Typeset:
    return pdf.typeset(edition_doc)


@pytest.fixture(scope="module")
def pdf_file(typeset, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "edition.pdf"
    path.write_bytes(typeset.pdf)
    return path


@pytest.fixture(scope="module")
def pages(pdf_file):
    """Per page: its characters (text, size, font) as pdfplumber sees them."""
    with pdfplumber.open(pdf_file) as doc:
        return [[(c["text"], round(c["size"], 1), c["fontname"], c["top"], c["x0"]) for c in page.chars]
                for page in doc.pages]


def anchor_pages(typeset) -> dict[str, int]:
    found = {}
    for number, page in enumerate(typeset.document.pages, start=1):
        for anchor in page.anchors:
            found.setdefault(anchor, number)
    return found


def squeeze(text: str) -> str:
    """Text without blank space and hyphens: what survives any line breaking."""
    return re.sub(r"[\s\-\u00ad\u2010]", "", text)


def tei_app_labels(doc) -> list[str]:
    """The labels of the apparatus entries, computed here from the TEI alone: the paragraph's
    § number and a letter counted within the paragraph."""
    labels = []
    for app in doc.tree.xpath("//tei:text/tei:front//tei:app | //tei:text/tei:body//tei:app", namespaces=NS):
        p = app.xpath("ancestor::tei:p[@n][1]", namespaces=NS)[0]
        k = p.xpath(".//tei:app", namespaces=NS).index(app)
        n = p.get("n")
        labels.append(f"{'§' + n if n.isdigit() else n} {'abcdefghijklmnopqrstuvwxyz'[k]}")
    return labels


def tier_labels(page_chars) -> list[str]:
    """The bold labels of the apparatus tier of a page, in order ("§12 b"); a label is never
    broken across lines."""
    labels, current, last = [], "", None
    for t, size, font, top, x in page_chars:
        if not (TIER_SIZE[0] < size < TIER_SIZE[1] and "Bold" in font):
            continue
        if last is not None and (abs(top - last[0]) > 2 or x - last[1] > 6):
            labels.append(current)
            current = ""
        current += t
        last = (top, x + size * 0.7)
    labels.append(current)
    return [" ".join(label.split()) for label in labels if label.strip()]


# ----- content -----

def test_the_whole_reading_text_is_in_the_pdf_in_order(edition_doc, pages):
    reading = pipeline.text(edition_doc).split("\n\n———\n\n")[0]
    body = reading.split("\n\n", 1)[1]  # without the title line
    expected = squeeze(re.sub(r"\[\d+\]", "", body))
    printed = squeeze("".join(t for page in pages for t, size, *_ in page if size >= TEXT_SIZE))
    if expected not in printed:
        start = printed.find(expected[:40])
        assert start >= 0, "the beginning of the text is not in the PDF"
        k = next(i for i, (a, b) in enumerate(zip(expected, printed[start:])) if a != b)
        pytest.fail(f"the PDF's text differs after {expected[max(0, k - 60):k]!r}: "
                    f"TEI {expected[k:k + 30]!r}, PDF {printed[start + k:start + k + 30]!r}")


def test_every_footnote_is_printed_on_the_page_of_its_call(edition_doc, typeset, pages):
    notes = edition_doc.tree.xpath("//tei:text//tei:note[@place='foot']", namespaces=NS)
    assert len(notes) == 10
    html = lxml_html.fromstring(typeset.html)
    printed = html.xpath("//span[@class='footnote']")
    assert [f.get("data-n") for f in printed] == [n.get("n") for n in notes]
    where = anchor_pages(typeset)
    for footnote, note in zip(printed, notes):
        call = footnote.getprevious()
        assert call.get("class") == "call-anchor"
        page = where[call.get("id")]
        words = squeeze(" ".join(note.xpath("string(.)").split()[:4]))
        small = squeeze("".join(t for t, size, *_ in pages[page - 1] if 8.0 < size < 9.0))
        assert words in small, f"footnote {note.get('n')} is not in the notes of page {page}"


def test_every_apparatus_entry_is_in_the_tier_of_the_page_where_it_stands(edition_doc, typeset, pages):
    expected = tei_app_labels(edition_doc)
    assert len(expected) == len(edition_doc.tree.xpath("//tei:text/tei:body//tei:app | //tei:text/tei:front//tei:app", namespaces=NS))
    html = lxml_html.fromstring(typeset.html)
    where = anchor_pages(typeset)
    flow_pages = []
    for lemma in html.xpath("//span[@class='lemma']"):
        note = lemma.xpath("ancestor::span[@class='footnote']")
        flow_pages.append(where[note[0].getprevious().get("id")] if note else where[lemma.get("id")])
    by_page = defaultdict(list)
    for label, page in zip(expected, flow_pages):
        by_page[page].append(label)
    for number, chars in enumerate(pages, start=1):
        assert tier_labels(chars) == by_page.get(number, []), f"apparatus of page {number}"


def test_apparatus_labels_are_those_of_the_tei_and_of_the_html(edition_doc, pages, tmp_path):
    in_pdf = [label for chars in pages for label in tier_labels(chars)]
    assert in_pdf == tei_app_labels(edition_doc)
    if "html" not in pipeline.OUTPUTS:
        pytest.skip("no HTML output registered")
    pipeline.build(edition_doc, tmp_path, ["html"])
    index = lxml_html.fromstring((pipeline.site_folder(tmp_path, edition_doc) / "index.html").read_bytes())
    in_html = [" ".join(a.text_content().split()) for a in index.xpath("//li[contains(@class, 'app-entry')]/a[@class='app-label']")]
    assert sorted(in_html) == sorted(in_pdf)


def test_register_page_numbers_are_the_pages_of_the_names(edition_doc, typeset):
    html = lxml_html.fromstring(typeset.html)
    where = anchor_pages(typeset)
    with pdfplumber.open(io.BytesIO(typeset.pdf)) as doc:
        printed = squeeze(" ".join(page.extract_text() or "" for page in doc.pages))
    entries = html.xpath("//p[@class='register-entry']")
    assert entries
    for entry in entries:
        tei_id = entry.get("id")
        assert edition_doc.tree.xpath(f"//tei:text//*[contains(concat(' ', @ref, ' '), ' #{tei_id} ')]", namespaces=NS), \
            f"register entry {tei_id} has no occurrence"
        listed = [where[a.get("href")[1:]] for a in entry.xpath(".//a[@class='pageref']")]
        assert listed and listed == sorted(set(listed)), f"{tei_id}: pages not once each, in order"
        own = entry.text_content()
        own = own[:len(own) - len(entry.xpath("span[@class='pages']")[0].text_content())]
        expected = own + ", ".join(map(str, listed))
        assert squeeze(expected) in printed, f"{tei_id}: the PDF does not print pages {listed}"


def test_each_occurrence_page_is_listed_in_the_register(edition_doc, typeset):
    html = lxml_html.fromstring(typeset.html)
    where = anchor_pages(typeset)
    listed = {entry.get("id"): {where[a.get("href")[1:]] for a in entry.xpath(".//a[@class='pageref']")}
              for entry in html.xpath("//p[@class='register-entry']")}
    occurrences = edition_doc.tree.xpath("//tei:text//*[@ref]", namespaces=NS)
    spans = html.xpath("//span[starts-with(@id, 'occ-')]")
    assert len(spans) == len(occurrences)
    for occurrence, span in zip(occurrences, spans):
        for ref in occurrence.get("ref").split():
            assert where[span.get("id")] in listed[ref[1:]]


def test_the_pages_are_a_sane_number(pages, edition_doc):
    # WeasyPrint 70 turned a 14-page document into 169 pages for @footnote { padding-top }
    assert 15 <= len(pages) <= 40
    for number, chars in enumerate(pages, start=1):
        assert chars, f"page {number} is empty"


# ----- the PDF as a file -----

def test_bookmarks_for_every_section_and_register(edition_doc, pdf_file):
    with pikepdf.open(pdf_file) as doc, doc.open_outline() as outline:
        titles = []

        def walk(items):
            for item in items:
                titles.append(" ".join(item.title.split()))
                walk(item.children)

        walk(outline.root)
    for div in edition_doc.tree.xpath("//tei:text/tei:front/tei:div | //tei:text/tei:body/tei:div", namespaces=NS):
        head = div.find("tei:head", NS)
        expected = (f"{head.get('n')}. " if head.get("n") else "") + " ".join(
            "".join(head.itertext()).replace("\n", " ").split())
        expected = re.sub(r"\s+", " ", expected)
        assert any(squeeze(t) == squeeze(expected) for t in titles), f"no bookmark for {expected!r}"
    for head in edition_doc.tree.xpath("//tei:standOff/*/tei:head", namespaces=NS):
        assert head.text.strip() in titles
    assert "Registers" in titles and "Editorial introduction" in titles


def test_the_tei_is_attached_byte_for_byte(pdf_file):
    with pikepdf.open(pdf_file) as doc:
        attached = {name: spec for name, spec in doc.attachments.items()}
        assert EDITION_TEI.name in attached
        spec = attached[EDITION_TEI.name]
        assert spec.get_file().read_bytes() == EDITION_TEI.read_bytes()
        assert spec.obj.get("/AFRelationship") == pikepdf.Name.Source
        assert any(ref.get("/F") == EDITION_TEI.name for ref in doc.Root.AF)
        schemas = pdf.schema_files()
        assert schemas
        for schema in schemas:
            assert attached[schema.name].get_file().read_bytes() == schema.read_bytes()


def test_xmp_declares_pdf_a_3u_and_the_metadata_come_from_the_tei(edition_doc, pdf_file):
    header = edition_doc.tree.find("tei:teiHeader", NS)
    title = " ".join(header.find("tei:fileDesc/tei:titleStmt/tei:title[@type='main']", NS).text.split())
    with pikepdf.open(pdf_file) as doc:
        meta = doc.open_metadata()
        assert meta["pdfaid:part"] == "3"
        assert meta["pdfaid:conformance"] == "U"
        assert meta["dc:title"] == title
        assert str(doc.Root.Lang) == "tr"
        assert str(doc.docinfo["/Title"]) == title
        keywords = str(doc.docinfo["/Keywords"])
        for term in header.iterfind(".//tei:keywords/tei:term", NS):
            assert term.text in keywords
        assert str(doc.docinfo["/Subject"])
        date = header.find("tei:fileDesc/tei:publicationStmt/tei:date", NS).get("when").replace("-", "")
        assert str(doc.docinfo["/CreationDate"]).startswith("D:" + date)
        assert doc.Root.MarkInfo.Marked is True and "/StructTreeRoot" in doc.Root
        assert doc.Root.OutputIntents[0].S == pikepdf.Name.GTS_PDFA1


def test_fonts_are_the_edition_serif_embedded_as_subsets(pdf_file):
    fonts = {}
    with pikepdf.open(pdf_file) as doc:
        for page in doc.pages:
            for font in page.Resources.Font.values():
                descendant = font.DescendantFonts[0] if "/DescendantFonts" in font else font
                fonts[str(descendant.BaseFont)] = "/FontFile2" in descendant.FontDescriptor or "/FontFile3" in descendant.FontDescriptor
    assert fonts and all(fonts.values()), fonts
    assert all(re.fullmatch(r"/[A-Z]{6}\+Edition-Serif(-\w+)*", name) for name in fonts), fonts
    assert len(fonts) >= 3  # regular, italic, bold at least


def test_two_builds_are_byte_identical(typeset, tmp_path):
    result = run_edition("build", "pdf", str(EDITION_TEI), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    built = (tmp_path / "pdf" / f"{EDITION_TEI.stem}.pdf").read_bytes()
    assert hashlib.sha256(built).hexdigest() == hashlib.sha256(typeset.pdf).hexdigest()


# ----- Turkish hyphenation -----

VOWELS = set("aeıioöuüâîûAEIİOÖUÜÂÎÛ")


def test_turkish_words_are_divided_only_between_syllables(typeset):
    html = lxml_html.fromstring(typeset.html)
    turkish = "".join(html.xpath("//main//*[ancestor-or-self::*[@lang][1][@lang='tr']]/text()"))
    divided = [w for w in re.findall(r"[\w\u00ad]+", turkish) if "\u00ad" in w]
    assert len(divided) > 1000
    for word in divided:
        parts = word.split("\u00ad")
        assert len(parts[0]) >= 2 and len(parts[-1]) >= 2 and all(parts), word
        for left, right in zip(parts, parts[1:]):
            assert any(c in VOWELS for c in left), word
            # the next syllable starts with one consonant and a vowel, or with a vowel after a vowel
            assert (right[0] not in VOWELS and right[1] in VOWELS) or (right[0] in VOWELS and left[-1] in VOWELS), word
    english = "".join(html.xpath("//*[@lang='en']//text()"))
    assert "\u00ad" not in english


@pytest.mark.parametrize("word, divided", [
    ("Anadolu", "Ana-do-lu"), ("mücadelenin", "mü-ca-de-le-nin"), ("Türkiye", "Tür-ki-ye"),
    ("Azerbaycan", "Azer-bay-can"), ("antlaşmanın", "ant-laş-ma-nın"),
    ("İstanbul", "İs-tan-bul"), ("faaliyetlerine", "fa-a-li-yet-le-ri-ne"), ("Rusya", "Rus-ya")])
def test_turkish_syllable_rules(typeset, word, divided):
    """Every division printed is one of the word's syllable boundaries (a word divided by
    markup, e.g. at a line end of the witness, gets only those its parts determine)."""
    def breaks(form, mark):
        return {i - k for k, i in enumerate(j for j, c in enumerate(form) if c == mark)}

    forms = {w for w in re.findall(r"[\w\u00ad]+", typeset.html) if w.replace("\u00ad", "") == word}
    if not forms:
        pytest.skip(f"{word} is not in the text")
    expected = breaks(divided, "-")
    for form in forms:
        assert breaks(form, "\u00ad") <= expected, form
    assert any(breaks(form, "\u00ad") for form in forms) or not expected


# ----- other documents, bad input -----

def test_the_second_document_builds_into_a_pdf(tmp_path):
    result = run_edition("build", "pdf", str(MINIMAL), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    built = tmp_path / "pdf" / "minimal.pdf"
    with pdfplumber.open(built) as doc:
        text = "\n".join(page.extract_text() or "" for page in doc.pages)
    title = lxml_html.fromstring(MINIMAL.read_bytes()).xpath("string(//title)")
    assert " ".join(title.split()) in text
    assert "Dipnot metni burada." in text
    assert "§2 a" in text
    with pikepdf.open(built) as doc:
        assert doc.attachments["minimal.xml"].get_file().read_bytes() == MINIMAL.read_bytes()
        assert doc.open_metadata()["pdfaid:part"] == "3"


def test_malformed_input_is_reported_at_its_place_and_writes_nothing(tmp_path):
    broken = tmp_path / "broken.xml"
    broken.write_text(MINIMAL.read_text(encoding="utf-8").replace("</p>", "</q>", 1), encoding="utf-8")
    out = tmp_path / "out"
    result = run_edition("build", "pdf", str(broken), "--out", str(out))
    assert result.returncode == 2
    assert re.match(rf"{re.escape(str(broken))}:\d+:\d+: ", result.stderr)
    assert "Traceback" not in result.stderr
    assert not (out / "pdf" / "broken.pdf").exists()


def test_pages_render_to_png_for_looking_at(pdf_file, tmp_path):
    if not shutil.which("pdftoppm"):
        pytest.skip("pdftoppm (poppler-utils) is not installed")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf_file), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page-*.png"))


def test_a_build_that_starts_from_the_settled_pages_typesets_once(edition_doc, typeset):
    assert typeset.passes == 2  # from nothing: one pass to measure, one to set the pages
    again = pdf.typeset(edition_doc, typeset.pages)
    assert again.passes == 1
    assert again.pdf == typeset.pdf


def test_a_stale_page_map_is_corrected_not_trusted(edition_doc, typeset):
    stale = {anchor: page + 1 for anchor, page in typeset.pages.items()}  # as if a page had been added before
    again = pdf.typeset(edition_doc, stale)
    assert again.passes >= 2
    assert again.pages == typeset.pages and again.pdf == typeset.pdf

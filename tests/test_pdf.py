"""The PDF edition, tested against the TEI: the whole reading text in order, every
footnote and apparatus entry on the page of its call, labels equal to the HTML's, the
transcript's line numbers in the margin, the pages of the works cited, every word of the
stylesheet in the PDF's language (messages.json), the introduction for readers, bookmarks
nested as the book is, attachments, PDF/A identification, embedded fonts, reproducible
bytes. The article is typeset once (tests/conftest.py); its own facts (ten footnotes, three
maps) are in tests/test_article_outputs.py."""

from __future__ import annotations

import hashlib
import io
import json
import re
import shutil
import subprocess
from collections import defaultdict
from pathlib import Path

import pdfplumber
import pikepdf
import pytest
from lxml import html as lxml_html

from edition import pdf, pipeline, saxon
from edition.xmlio import NS

from conftest import EDITION_TEI, FIXTURES, ROOT, run_edition

MINIMAL = FIXTURES / "minimal" / "minimal.xml"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
TEXT_SIZE = 9.4  # body text is 10.5pt, block quotations 9.5pt; notes, heads, labels are smaller
TIER_SIZE = (7.3, 7.7)  # the apparatus tier is 7.5pt
LINE_NUMBER_SIZE = (6.3, 6.7)  # the transcript's line numbers in the margin are 6.5pt
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MESSAGES = json.loads((ROOT / "web" / "messages.json").read_text(encoding="utf-8"))


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
    assert notes  # (the article's ten: tests/test_article_outputs.py)
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
    for lemma in html.xpath("//span[contains(concat(' ', @class, ' '), ' lemma ')]"):
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


def test_works_cited_only_in_footnotes_have_their_pages(edition_doc, typeset, pdf_file):
    """A work cited in full in a footnote (bibl corresp), and nowhere by an author-date
    reference, gets the pages of those footnotes in the bibliography."""
    tree = edition_doc.tree
    flow = "(//tei:text/tei:front | //tei:text/tei:body)"
    by_reference = {t[1:] for r in tree.xpath(f"{flow}//tei:ref/@target", namespaces=NS) for t in r.split()}
    notes = tree.xpath("//tei:text//tei:note[@place='foot']", namespaces=NS)
    html = lxml_html.fromstring(typeset.html)
    calls = [f.getprevious().get("id") for f in html.xpath("//span[@class='footnote']")]
    where = anchor_pages(typeset)
    in_footnotes: dict[str, set[int]] = defaultdict(set)
    for bibl in tree.xpath(f"{flow}//tei:note[@place='foot']//tei:bibl[@corresp]", namespaces=NS):
        note = bibl.xpath("ancestor::tei:note[@place='foot'][1]", namespaces=NS)[0]
        in_footnotes[bibl.get("corresp")[1:]].add(where[calls[notes.index(note)]])
    only = {work: pages for work, pages in in_footnotes.items() if work not in by_reference}
    assert only, "the edition has works cited only in footnotes (Erdem 1999, Kurat 1971 …)"
    with pdfplumber.open(pdf_file) as doc:
        printed = squeeze(" ".join(page.extract_text() or "" for page in doc.pages))
    label = MESSAGES[tree.getroot().get(XML_LANG)]["pdf-cited-on"]
    for work, pages in only.items():
        entry = html.get_element_by_id(work)
        listed = [where[a.get("href")[1:]] for a in entry.xpath(".//a[@class='pageref']")]
        assert listed == sorted(pages), work
        assert squeeze(f"{label} {', '.join(map(str, listed))}.") in printed, work


def test_the_pages_are_a_sane_number(pages, edition_doc):
    # WeasyPrint 70 turned a 14-page document into 169 pages for @footnote { padding-top }
    assert 15 <= len(pages) <= 40
    for number, chars in enumerate(pages, start=1):
        assert chars, f"page {number} is empty"


# ----- the PDF as a file -----

def outline(pdf_file) -> list[tuple[str, list]]:
    """The PDF's bookmarks as a tree: (title, children) for each."""
    with pikepdf.open(pdf_file) as doc, doc.open_outline() as tree:
        def branch(items):
            return [(" ".join(item.title.split()), branch(item.children)) for item in items]
        return branch(tree.root)


def in_language(elements, lang: str):
    """Of an element's twins in several languages, the one in `lang` (else the first)."""
    return next((e for e in elements if e.get(XML_LANG) == lang), elements[0] if elements else None)


def division_titles(doc) -> list[str]:
    titles = []
    for div in doc.tree.xpath("//tei:text/tei:front/tei:div | //tei:text/tei:body/tei:div", namespaces=NS):
        head = div.find("tei:head", NS)
        titles.append((f"{head.get('n')}. " if head.get("n") else "") + " ".join("".join(head.itertext()).split()))
    return titles


def test_bookmarks_for_every_section_and_register(edition_doc, pdf_file):
    """Every division and register has a bookmark, the registers under their head in the
    PDF's language (the edition's: Turkish), not in the other."""
    lang = edition_doc.tree.getroot().get(XML_LANG)
    titles = []

    def walk(items):
        for title, children in items:
            titles.append(title)
            walk(children)

    walk(outline(pdf_file))
    for expected in division_titles(edition_doc):
        assert any(squeeze(t) == squeeze(expected) for t in titles), f"no bookmark for {expected!r}"
    for register in edition_doc.tree.xpath("//tei:standOff/*[tei:head]", namespaces=NS):
        heads = register.findall("tei:head", NS)
        shown = in_language(heads, lang)
        assert shown.text.strip() in titles
        for other in heads:
            if other.text.strip() != shown.text.strip():
                assert other.text.strip() not in titles, f"register head {other.text!r} in another language"
    assert MESSAGES[lang]["pdf-registers"] in titles and MESSAGES[lang]["pdf-introduction"] in titles


def test_bookmarks_are_nested_as_the_book_is(edition_doc, pdf_file):
    """At the top: the title page, the introduction (its sections under it), each division of
    the text, the registers (each register under them), the timeline, the bibliography."""
    lang = edition_doc.tree.getroot().get(XML_LANG)
    tree = outline(pdf_file)
    top = [title for title, _ in tree]
    bibliography = in_language(edition_doc.tree.xpath("//tei:listBibl/tei:head", namespaces=NS), lang).text.strip()
    divisions = division_titles(edition_doc)
    assert len(top) == 2 + len(divisions) + 3, top
    assert top[0] == MESSAGES[lang]["pdf-title-page"]
    assert top[1] == MESSAGES[lang]["pdf-introduction"]
    assert [squeeze(t) for t in top[2:2 + len(divisions)]] == [squeeze(d) for d in divisions]
    assert top[-3:] == [MESSAGES[lang]["pdf-registers"], MESSAGES[lang]["timeline"], bibliography]
    children = dict(tree)
    introduction = [title for title, _ in children[top[1]]]
    assert introduction == [MESSAGES[lang][key] for key in (
        "what-the-article-argues", "pdf-source-and-defects", "editorial-principles", "pdf-sigla", "pdf-reading-a-page")]
    registers = [in_language(r.findall("tei:head", NS), lang).text.strip()
                 for r in edition_doc.tree.xpath("//tei:standOff/*[tei:head][not(self::tei:listBibl)]", namespaces=NS)]
    assert [title for title, _ in children[top[-3]]] == registers
    for title in top[2:2 + len(divisions)] + [top[0], top[-2], top[-1]]:
        assert children[title] == [], f"{title!r} has bookmarks under it"


def test_the_tei_is_attached_byte_for_byte(pdf_file):
    with pikepdf.open(pdf_file) as doc:
        attached = {name: spec for name, spec in doc.attachments.items()}
        assert EDITION_TEI.name in attached
        spec = attached[EDITION_TEI.name]
        assert spec.get_file().read_bytes() == EDITION_TEI.read_bytes()
        assert spec.obj.get("/AFRelationship") == pikepdf.Name.Source
        assert any(ref.get("/F") == EDITION_TEI.name for ref in doc.Root.AF)
        schemas = pdf.schema_files()
        assert {schema.suffix for schema in schemas} == {".rng", ".sch"}
        for schema in schemas:
            assert attached[schema.name].get_file().read_bytes() == schema.read_bytes()
        # the witness the TEI's ../source link names, so that the attached TEI is whole
        witness = sorted((ROOT / "source").glob("*.txt"))[0]
        assert attached[witness.name].get_file().read_bytes() == witness.read_bytes()
        assert attached[witness.name].obj.get("/AFRelationship") == pikepdf.Name.Source


def test_xmp_gives_rights_identifier_and_languages_from_the_header(edition_doc, pdf_file):
    licences = edition_doc.tree.findall(".//tei:publicationStmt/tei:availability/tei:licence", NS)
    with pikepdf.open(pdf_file) as doc:
        meta = doc.open_metadata()
        assert meta["xmpRights:Marked"] == "True"
        assert meta["xmpRights:WebStatement"] == licences[0].get("target")
        assert " ".join(licences[0].text.split()) in meta["dc:rights"]
        assert set(meta["dc:language"]) == {"tr", "en"}
        # one rdf:RDF in the packet, as XMP requires
        assert doc.Root.Metadata.read_bytes().count(b"<rdf:RDF") == 1


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
    # never skipped: `make test` installs poppler-utils (scripts/system_packages.sh) or says how
    assert shutil.which("pdftoppm"), ("pdftoppm is not installed: run `make test`, which installs the system "
                                      "packages the tests need, or `sudo apt-get install poppler-utils`")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(pdf_file), str(tmp_path / "page")], check=True)
    assert list(tmp_path.glob("page-*.png"))


def test_a_build_that_starts_from_the_settled_pages_typesets_once(edition_doc, typeset):
    # from nothing: one pass to measure, one to set the pages, and one more where a page
    # break had to be forced to keep a footnote on the page of its call (a brk- anchor)
    forced = any(anchor.startswith("brk-") for anchor in typeset.pages)
    assert typeset.passes == (3 if forced else 2)
    again = pdf.typeset(edition_doc, typeset.page_map)
    assert again.passes == 1
    assert again.pdf == typeset.pdf


def test_the_page_breaks_of_a_map_made_from_other_inputs_are_found_again(edition_doc, typeset):
    """A page break that keeps a footnote with its call (brk-) is taken from a previous page
    map only if the map was made from the same inputs (its digest); otherwise the breaks are
    found again, and the PDF is the same as from nothing."""
    # a break the map asks for: a block that begins a page after one with a footnote call (as
    # the stylesheet forces one), whether or not this layout needed one of its own
    call_pages = {page for anchor, page in typeset.pages.items() if anchor.startswith("call-")}
    block = next(anchor for anchor, page in typeset.pages.items()
                 if anchor.startswith("blk-") and page - 1 in call_pages
                 and "brk-" + anchor.removeprefix("blk-") not in typeset.pages)
    forged = {**typeset.page_map, "brk-" + block.removeprefix("blk-"): typeset.pages[block]}
    # from the same inputs the map decides: the break is made
    assert pdf.typeset(edition_doc, forged).pdf != typeset.pdf
    # from other inputs it is not trusted: the breaks are found again, as from nothing
    again = pdf.typeset(edition_doc, {**forged, pdf.INPUTS: "0" * 64})
    assert again.passes >= 2
    assert again.pages == typeset.pages and again.pdf == typeset.pdf


def test_a_stale_page_map_is_corrected_not_trusted(edition_doc, typeset):
    stale = {anchor: page + 1 for anchor, page in typeset.pages.items()}  # as if a page had been added before
    again = pdf.typeset(edition_doc, stale)
    assert again.passes >= 2
    assert again.pages == typeset.pages and again.pdf == typeset.pdf


# ----- the transcript's line numbers -----

A4_WIDTH = 595.28
RIGHT_TEXT_EDGE = A4_WIDTH - 24 / 25.4 * 72  # A4, right margin 24 mm


def expected_line_numbers(doc) -> tuple[list[int], dict[str, list[int]]]:
    """The transcript's lines whose numbers the margin shows, computed from the TEI alone: in
    the text, the first line at or after each multiple of 5 (blank lines and dropped repeats
    have no lb); in each footnote, its first line and the same; but not a line one or two
    before a multiple of 5 of the same text or footnote (they would share a printed line)."""
    streams: dict[str | None, list[int]] = defaultdict(list)
    for lb in doc.tree.xpath("//tei:text/tei:front//tei:lb | //tei:text/tei:body//tei:lb", namespaces=NS):
        note = lb.xpath("ancestor::tei:note[@place='foot']/@n", namespaces=NS)
        streams[note[0] if note else None].append(int(lb.get("n")))
    shown: dict[str | None, list[int]] = {}
    for stream, lines in streams.items():
        shown[stream] = [n for previous, n in zip([0] + lines, lines) if n // 5 > previous // 5
                         and not (n % 5 and (n // 5 + 1) * 5 - n <= 2 and (n // 5 + 1) * 5 in lines)]
    return shown.pop(None), {note: lines for note, lines in shown.items() if lines}


def margin_numbers(page_chars) -> list[tuple[int, float]]:
    """The numbers printed small in the outer margin of a page, from the top: (number, top)."""
    digits = sorted(((round(top, 1), x, t) for t, size, font, top, x in page_chars
                     if LINE_NUMBER_SIZE[0] < size < LINE_NUMBER_SIZE[1] and x > RIGHT_TEXT_EDGE), key=lambda d: (d[0], d[1]))
    numbers: list[tuple[int, float]] = []
    for top, x, t in digits:
        if numbers and abs(numbers[-1][1] - top) < 1 and t.isdigit():
            numbers[-1] = (int(f"{numbers[-1][0]}{t}"), numbers[-1][1])
        else:
            numbers.append((int(t), top))
    return numbers


def test_transcript_line_numbers_stand_in_the_margin(edition_doc, typeset, pages):
    """The notes cite the transcript by line ("195. satır"): the margin prints the number of
    every fifth line, level with the printed line where that line's first word (or the name,
    date or quotation it begins with) stands; a footnote's numbers on the page of its call."""
    main, notes = expected_line_numbers(edition_doc)
    assert len(main) > 100 and notes
    # the pages of the text, not the landscape timeline (its labels run past a portrait page's margin)
    portrait = [chars if all(c[4] < A4_WIDTH for c in chars) else [] for chars in pages]
    printed = [(number, page, top) for page, chars in enumerate(portrait, start=1) for number, top in margin_numbers(chars)]
    assert sorted(n for n, *_ in printed) == sorted(main + [n for ns in notes.values() for n in ns])
    in_notes = {n for ns in notes.values() for n in ns}
    assert [n for n, *_ in printed if n not in in_notes] == main  # in the order of the text, page by page
    html = lxml_html.fromstring(typeset.html)
    where = anchor_pages(typeset)
    calls = {f.get("data-n"): f.getprevious().get("id") for f in html.xpath("//span[@class='footnote']")}
    page_of = {n: page for n, page, _ in printed}
    for note, numbers in notes.items():
        assert {page_of[n] for n in numbers} == {where[calls[note]]}, f"footnote {note}"
    # level with a line of the text, and on the line where the transcript's line begins
    lbs = {int(lb.get("n")): lb for lb in edition_doc.tree.xpath("//tei:text//tei:lb", namespaces=NS)}
    for number, page, top in printed:
        text = [c for c in pages[page - 1] if c[1] >= 8 and c[4] < RIGHT_TEXT_EDGE]
        line_top = min((c[3] for c in text), key=lambda t: abs(t - top))
        assert abs(line_top - top) < 5, f"line {number} on page {page} is not level with a line of text"
        line = squeeze("".join(c[0] for c in text if abs(c[3] - line_top) < 2))
        lb = lbs[number]
        following = lb.getnext() if lb.tail is None or not lb.tail.strip() else None
        words = ("".join(following.itertext()) if following is not None else lb.tail).split()
        first = words[0] if following is None or following.tag == f"{{{NS['tei']}}}cit" else "".join(words)
        end = re.sub(r"\W", "", squeeze(first))[-2:]  # a division leaves two letters at least
        assert end in line, f"line {number}: {first!r} is not on the printed line of its number (page {page})"


# ----- the PDF's language and its introduction -----

def stylesheet_keys() -> set[str]:
    """The labels of messages.json that the print stylesheet (all its modules) uses, and all
    those made for it (pdf-…)."""
    text = "".join(path.read_text(encoding="utf-8") for path in sorted((ROOT / "xslt" / "print").glob("*.xsl")))
    return set(re.findall(r"(?:ed:msg|pr:say|pr:msg)\('([a-z0-9-]+)'(?!\s*\|\|)", text)) | {
        key for key in MESSAGES["en"] if key.startswith("pdf-")}


# labels chosen by facts the article does not have (a letter, no abstracts, one register,
# another language, …): tested on other documents below, not looked for in the article
NOT_FOR_THE_ARTICLE = (
    "pdf-guide-refer-apparatus", "pdf-guide-refer-fontium",
    "pdf-guide-refer-commentary", "pdf-guide-pages-names-one", "pdf-guide-pages-names-several",
    "pdf-guide-pages-works", "pdf-registers-of-one", "pdf-order-en", "pdf-order-other")


def label_fragments(lang: str, key: str) -> list[str]:
    """The words of a label around its places ({1}), those with four letters or more."""
    return [f.strip() for f in re.split(r"\{\d\}", MESSAGES[lang][key]) if len(re.findall(r"\w", f)) >= 4]


def text_in(html, lang: str) -> str:
    """The words of the print HTML whose language is marked `lang`, with the labels it gives
    in attributes (bookmarks, the apparatus tier's label, labels for screen readers); soft
    hyphens removed."""
    marked = f"ancestor-or-self::*[@lang][1][@lang='{lang}']"
    return " ".join(html.xpath(f"//body//text()[parent::*[{marked}]] | "
                               f"//body//*[{marked}]/@*[name() = 'aria-label' or name() = 'data-label' or name() = 'data-bookmark']")
                    ).replace("\u00ad", "")


def test_every_label_of_the_stylesheet_is_in_both_languages():
    keys = stylesheet_keys()
    assert len(keys) > 40
    for key in keys:
        assert MESSAGES["tr"].get(key) and MESSAGES["en"].get(key), key


def test_the_turkish_pdf_has_no_english_labels(edition_doc, typeset, pdf_file):
    """Every heading, label and sentence the stylesheet writes is Turkish in the edition's
    (Turkish) PDF: no English label is printed, none stands in text marked Turkish."""
    assert edition_doc.tree.getroot().get(XML_LANG) == "tr"
    with pdfplumber.open(pdf_file) as doc:
        printed = squeeze(" ".join(page.extract_text() or "" for page in doc.pages))
    turkish = text_in(lxml_html.fromstring(typeset.html), "tr")
    for key in stylesheet_keys():
        if MESSAGES["en"][key] == MESSAGES["tr"][key]:
            continue
        assert all(squeeze(f) in squeeze(turkish) for f in label_fragments("tr", key) if key not in (
            "pdf-supplied-title", "pdf-no-date", "nav-bibliography", "pdf-sign-omitted", "pdf-sign-gap",
            *NOT_FOR_THE_ARTICLE)), key
        for fragment in label_fragments("en", key):
            if len(fragment.split()) > 1:
                assert squeeze(fragment) not in printed, (key, fragment)
            assert not re.search(rf"(?<!\w){re.escape(fragment)}(?!\w)", turkish), (key, fragment)


def test_english_is_marked_only_where_the_tei_is_english(edition_doc, typeset):
    """In the Turkish PDF, lang="en" stands only on what the TEI gives in English and the PDF
    shows beside the Turkish: the English title, the English names of register entries, the
    English abstract (and its line in the contents)."""
    html = lxml_html.fromstring(typeset.html)
    assert set(html.xpath("//@lang")) <= {"tr", "en"}
    english = set(edition_doc.tree.xpath("//tei:text//tei:div[@xml:lang='en']/@xml:id", namespaces=NS))
    assert english
    for element in html.xpath("//body//*[@lang='en']"):
        assert (element.get("class") in ("edition-title-other", "entry-other")
                or set(element.xpath("ancestor-or-self::section/@id")) & english
                or {h[1:] for h in element.xpath("a/@href")} & english), lxml_html.tostring(element)[:200]


def test_an_english_pdf_is_one_stylesheet_parameter(edition_doc, monkeypatch):
    """ui-lang=en gives the labels and the editors' matter in English (the transform only);
    pdf.typeset(ui_lang=) passes it, with messages.json, to the stylesheet."""
    html = lxml_html.fromstring(saxon.transform(pdf.STYLESHEET, edition_doc.text, str(edition_doc.path), pages="",
                                                messages=json.dumps(MESSAGES), **{"ui-lang": "en"}).main)
    introduction = html.get_element_by_id("introduction")
    assert introduction.get("lang") == "en"
    assert " ".join(introduction.xpath("string(h1)").split()) == MESSAGES["en"]["pdf-introduction"]
    text = " ".join(introduction.text_content().replace("\u00ad", "").split())
    for p in edition_doc.tree.iterfind(".//tei:editorialDecl/*/tei:p", NS):
        first = " ".join("".join(p.itertext()).split()[:6])
        assert (first in text) == (p.get(XML_LANG) == "en"), first
    english = text_in(html, "en")
    for key in stylesheet_keys():
        for fragment in label_fragments("tr", key):
            if MESSAGES["tr"][key] != MESSAGES["en"][key] and len(fragment.split()) > 1:
                assert fragment not in english, (key, fragment)

    seen = {}

    def transform(stylesheet, text, name, **params):
        seen.update(params)
        raise RuntimeError("enough")

    monkeypatch.setattr(pdf.saxon, "transform", transform)
    with pytest.raises(RuntimeError):
        pdf.typeset(edition_doc, ui_lang="en")
    assert seen["ui-lang"] == "en" and json.loads(seen["messages"]) == MESSAGES


def test_the_introduction_is_for_readers(edition_doc, typeset):
    """What the source is, the editorial principles (the header's, in the PDF's language, with
    no element names), the sigla and how to read a page (the two tiers, the margins, the form
    of an apparatus entry with an example, the commentary marks)."""
    lang = edition_doc.tree.getroot().get(XML_LANG)
    html = lxml_html.fromstring(typeset.html)
    introduction = html.get_element_by_id("introduction")
    assert [" ".join(h.text_content().split()) for h in introduction.xpath("h2")] == [MESSAGES[lang][key] for key in (
        "what-the-article-argues", "pdf-source-and-defects", "editorial-principles", "pdf-sigla", "pdf-reading-a-page")]
    assert not introduction.xpath(".//code")
    text = " ".join(introduction.text_content().replace("\u00ad", "").split())
    assert not re.search(r"<[a-zA-Z]+[ >]|@[a-z]+", text), "element or attribute names in the introduction"
    decl = edition_doc.tree.find(".//tei:encodingDesc/tei:editorialDecl", NS)
    assert not decl.xpath(".//tei:gi | .//tei:att | .//tei:tag", namespaces=NS), "the header's principles name elements"
    for p in decl.iterfind("*/tei:p", NS):
        first = " ".join("".join(p.itertext()).split()[:6])
        assert (first in text) == (p.get(XML_LANG) == lang), first
    witness = edition_doc.tree.find(".//tei:witness", NS)
    assert witness.get("n") in introduction.xpath(".//dl[@class='sigla-list']/dt/text()")
    for key in ("pdf-guide-tiers", "pdf-guide-lines", "pdf-guide-commentary"):
        assert MESSAGES[lang][key].split("{")[0][:40] in text, key
    assert "§ harf lemma] okuma kısaltma — not" in text if lang == "tr" else "§ letter lemma] reading sigla — note" in text
    first_app = edition_doc.tree.find(".//tei:text/tei:body//tei:app", NS)
    example = introduction.xpath(".//span[@class='example']")[0]
    assert example.xpath("string(.//span[@class='app-label'])") == tei_app_labels(edition_doc)[0]
    assert "".join(first_app.find("tei:rdg", NS).itertext()).strip() in example.text_content()


def pdf_text(pdf_file: Path) -> str:
    """The PDF's text as pdftotext lays it out."""
    return subprocess.run(["pdftotext", "-layout", str(pdf_file), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_the_register_of_places_has_its_maps(pdf_file, typeset, edition_doc):
    """Each map of the places (all, then where they crowd) with the note on its borders, and
    the names of places on the maps as text (xslt/common/map.xsl; tested in tests/test_map.py;
    the article's three maps and some of their names: tests/test_article_outputs.py)."""
    text = pdf_text(pdf_file)
    note = MESSAGES[edition_doc.tree.getroot().get(XML_LANG)]["map-borders-today"]
    maps = lxml_html.fromstring(typeset.html).xpath("//figure[@class='map']")
    assert maps
    # one note per map, as on the site
    assert " ".join(text.split()).count(" ".join(note.split())) == len(maps)
    labels = {" ".join(label.text_content().split()) for m in maps for label in m.xpath(".//*[@class='map-label']")}
    assert labels and [name for name in sorted(labels) if name not in text] == []


# ----- any document, not only the article: what the PDF says follows from the TEI -----

def print_html(text: str, lang: str | None = None):
    """The print HTML of a TEI text, as the final pass makes it (registers and bibliography
    included; the page numbers are not looked at)."""
    params = {"ui-lang": lang} if lang else {}
    result = saxon.transform(pdf.STYLESHEET, text, "test.xml", pages="blk-1=1", messages=json.dumps(MESSAGES), **params)
    return lxml_html.fromstring(result.main)


def changed(text: str, *replacements: tuple[str, str]) -> str:
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def words(element) -> str:
    return " ".join(element.text_content().replace("\u00ad", "").split())


def fill(lang: str, key: str, *values: str) -> str:
    return re.sub(r"\{(\d)\}", lambda m: values[int(m.group(1)) - 1], MESSAGES[lang][key])


WITNESS = re.compile(r"<witness xml:id=\"W\"><bibl>.*?</bibl>")


@pytest.mark.parametrize("bibl", ["<bibl/>", '<bibl><title xml:lang="en"> </title></bibl>'])
def test_a_witness_the_header_does_not_describe_gets_no_empty_line(bibl):
    """No "Witness W: ." (a label with nothing after it): a witness with neither a
    description nor a file gets no line of its own, and the sigla still say what W is."""
    text = WITNESS.sub(f'<witness xml:id="W">{bibl}', MINIMAL.read_text(encoding="utf-8"))
    assert bibl in text
    for lang in ("tr", "en"):
        introduction = print_html(text, lang).get_element_by_id("introduction")
        assert not introduction.xpath(".//p[@class='witness']")
        assert not re.search(r":\s*\.", words(introduction))
        headings = [words(h) for h in introduction.xpath("h2")]
        assert MESSAGES[lang]["source"] not in headings and MESSAGES[lang]["pdf-source-and-defects"] not in headings
        sigla = dict(zip(introduction.xpath(".//dl[@class='sigla-list']/dt/text()"),
                         (words(dd) for dd in introduction.xpath(".//dl[@class='sigla-list']/dd"))))
        assert sigla["W"] == MESSAGES[lang]["witness"]


def test_a_witness_with_only_its_file_is_named_with_its_checksum():
    introduction = print_html(MINIMAL.read_text(encoding="utf-8"), "en").get_element_by_id("introduction")
    line = words(introduction.xpath(".//p[@class='witness']")[0])
    assert re.fullmatch(r"Witness W\. SHA-256 [0-9a-f]{64}\.", line), line
    assert MESSAGES["en"]["source"] in [words(h) for h in introduction.xpath("h2")]  # no defects described


def test_an_omitted_reading_is_printed_and_explained():
    text = changed(MINIMAL.read_text(encoding="utf-8"), ('<rdg wit="#W">Ankara’da</rdg>', '<rdg wit="#W"/>'))
    html = print_html(text, "en")
    assert MESSAGES["en"]["pdf-omitted"] in html.xpath("//dl[@class='sigla-list']/dt/text()")
    assert html.xpath("//span[@class='app-reading'][not(@lang)]/text()") == [MESSAGES["en"]["pdf-omitted"]]


def registered(text: str, lang: str) -> str:
    """The minimal document in another language, with a register of one person named in
    the text."""
    return changed(text, ('<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="tr">', f'<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="{lang}">'),
                   ("İkinci paragraf", '<persName ref="#per-ali">Ali</persName> paragraf'),
                   ("</text>", '</text><standOff><listPerson><person xml:id="per-ali"><persName type="reg" xml:lang="'
                    + lang + '">Ali</persName></person></listPerson></standOff>'))


@pytest.mark.parametrize("lang, order", [("en", "pdf-order-en"), ("tr", "pdf-order-tr"), ("de", "pdf-order-other")])
def test_the_registers_say_the_order_and_the_places_of_their_document(lang, order):
    """The order named is that of the document's language; the names are counted in the
    text and its footnotes, not in abstracts it does not have; one register and the
    bibliography are named as what they are."""
    text = registered(MINIMAL.read_text(encoding="utf-8"), lang)
    for ui in ("en", "tr"):
        html = print_html(text, ui)
        places = fill(ui, "pdf-occur-text") + " " + MESSAGES[ui]["pdf-and"] + " " + fill(ui, "pdf-occur-footnotes")
        assert words(html.xpath("//p[@class='register-intro']")[0]) == fill(ui, "pdf-registers-intro-order", MESSAGES[ui][order], places)
        registers = fill(ui, "pdf-guide-pages-names-works", fill(ui, "pdf-registers-of-one", MESSAGES[ui]["pdf-register-persons"]))
        assert words(html.get_element_by_id("introduction").xpath("p")[-1]).lower() == registers.lower()
    english = print_html(text, "en").text_content()
    assert "abstract" not in english
    assert ("Turkish" in english) == (lang == "tr")


def test_how_to_read_a_page_names_only_what_the_document_has():
    """The minimal document has no abstracts and no commentary, nor registers: the guide
    does not mention them."""
    html = print_html(MINIMAL.read_text(encoding="utf-8"), "en")
    guide = [words(p) for p in html.get_element_by_id("introduction").xpath("p")]
    items = MESSAGES["en"]["pdf-item-apparatus"] + " " + MESSAGES["en"]["pdf-and"] + " " + MESSAGES["en"]["pdf-item-fontium"]
    assert (MESSAGES["en"]["pdf-guide-established"] + ". " + MESSAGES["en"]["pdf-guide-paragraph-numbers"] + "; "
            + fill("en", "pdf-guide-refer-several", items) + ".") in guide
    assert guide[-1] == MESSAGES["en"]["pdf-guide-pages-works"]
    text = html.get_element_by_id("introduction").text_content()
    assert "abstract" not in text and "register" not in text


def test_the_article_says_what_it_said_before(edition_doc, typeset):
    """The article's sentences made from labels keyed by its facts are those it printed when
    they were single labels (the PDF is byte-identical)."""
    for lang in ("tr", "en"):
        html = lxml_html.fromstring(typeset.html) if lang == "tr" else print_html(edition_doc.text, "en")
        introduction = [words(p) for p in html.get_element_by_id("introduction").xpath("p")]
        assert MESSAGES[lang]["pdf-guide-text"] in introduction
        assert introduction[-1] == MESSAGES[lang]["pdf-guide-registers"]
        assert words(html.xpath("//p[@class='register-intro']")[0]) == MESSAGES[lang]["pdf-registers-intro"]


def test_soft_hyphens_only_in_turkish_text():
    """Turkish (tr, or tr with a region) is divided at its syllables; a paragraph in English
    inside it, and a document in English, are not divided at all."""
    text = MINIMAL.read_text(encoding="utf-8")
    mixed = changed(text, ('<p xml:id="p-d1-2" n="2">', '<p xml:id="p-d1-2" n="2" xml:lang="en">'))
    html = print_html(mixed)
    assert "\u00ad" in html.get_element_by_id("p-d1-1").text_content()
    assert "\u00ad" not in html.get_element_by_id("p-d1-2").text_content()
    regional = print_html(changed(text, ('xml:lang="tr">', 'xml:lang="tr-TR">')))
    assert "\u00ad" in regional.get_element_by_id("p-d1-1").text_content()
    english = print_html(changed(text, ('xml:lang="tr">', 'xml:lang="en">')), "en")
    assert "\u00ad" not in english.xpath("string(//body)")


def test_a_letter_prints_its_formulae_as_lines_and_is_named_in_the_contents():
    text = changed(MINIMAL.read_text(encoding="utf-8"),
                   ('<div xml:id="d1" type="section">\n<head><lb n="1"/>Başlık</head>',
                    '<div xml:id="d1" type="letter">\n<opener><dateline>Ankara, 1 Mart 1921</dateline>'
                    '<salute>Sayın Bey,</salute></opener>'),
                   ("</p>\n</div>", '</p>\n<closer><salute>Saygılarımla,</salute><signed>Ali</signed></closer>'
                    '<postscript><p xml:id="p-d1-3" n="3">Not düştüm.</p></postscript>\n</div>'))
    for lang in ("tr", "en"):
        html = print_html(text, lang)
        section = html.get_element_by_id("d1")
        assert not "".join(section.xpath("text()")).strip(), "text outside any block"
        assert [words(p) for p in section.xpath("div[@class='opener']/p")] == ["Ankara, 1 Mart 1921", "Sayın Bey,"]
        assert [p.get("class") for p in section.xpath("div[@class='closer']/p")] == ["salute", "signed"]
        assert section.xpath("div[@class='postscript']/p[@class='paragraph']")
        contents = {a.get("href"): words(a) for a in html.xpath("//nav[@class='contents']//a")}
        # named as the site names it: by its dateline (xslt/common/labels.xsl, ed:division-label)
        assert contents["#d1"] == "Ankara, 1 Mart 1921"

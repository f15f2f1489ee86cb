"""The HTML edition, tested against the TEI: every note, apparatus entry, quotation and
entity once, lemmata equal to the text they stand for, links that work both ways, no
broken link in the site, and the text itself unchanged by the rendering. What holds for any
document is checked on each test document (the article, the minimal document, the English
letter); the article's own facts are in tests/test_article_outputs.py."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from lxml import html as lxml_html

from edition import pipeline
from edition.xmlio import NS

from conftest import EDITION_TEI, FIXTURES, LETTER, document_id, minimal_copy


def page(site: Path, name: str = "index.html"):
    return lxml_html.fromstring((site / name).read_bytes())


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def text_of(el) -> str:
    return " ".join("".join(el.itertext()).split())


def test_every_page_exists_in_both_interface_languages(site):
    names = {"index.html", "persons.html", "places.html", "organisations.html", "events.html",
             "bibliography.html", "about.html", "search.html"}
    assert names <= {p.name for p in site.glob("*.html")}
    assert names <= {p.name for p in (site / "en").glob("*.html")}
    assert page(site).get("lang") == "tr" and page(site, "en/index.html").get("lang") == "en"
    assert page(site, "en/index.html").xpath("//article[@class='text']/@lang") == ["tr"]


def test_every_footnote_once_with_links_both_ways(document_site):
    edition_doc, site = document_site
    index = page(site)
    notes = edition_doc.tree.xpath("//tei:text//tei:note[@type='authorial']", namespaces=NS)
    entries = index.xpath("//section[@id='footnotes']//li[@class='footnote']")
    # a note's id, else "fn-" and its number
    assert [li.get("id") for li in entries] == [n.get("{http://www.w3.org/XML/1998/namespace}id") or f"fn-{n.get('n')}"
                                                for n in notes]
    for li in entries:
        refs = index.xpath(f"//a[@href='#{li.get('id')}'][contains(@class, 'fn-ref')]")
        assert len(refs) == 1
        assert li.xpath(".//a[@role='doc-backlink']/@href") == ["#" + refs[0].get("id")]


def test_every_apparatus_entry_once_and_its_lemma_is_the_text_at_its_anchor(document_site):
    edition_doc, site = document_site
    index = page(site)
    apps = edition_doc.tree.xpath("//tei:text//tei:app", namespaces=NS)
    entries = index.xpath("//li[contains(@class, 'app-entry')]")
    anchors = index.xpath("//span[@class='app']")
    assert len(entries) == len(anchors) == len(apps)
    assert len({e.get("id") for e in entries}) == len(entries)
    for entry in entries:
        anchor = index.get_element_by_id(entry.get("data-app"))
        lem = anchor.xpath("./span[contains(concat(' ', @class, ' '), ' lem ')]")[0]
        assert " ".join(entry.xpath(".//span[@class='lemma']/@data-lem")[0].split()) == text_of(lem)
        marker = entry.xpath(".//a[@class='app-label']/@href")[0]
        assert index.get_element_by_id(marker[1:]).get("href") == "#" + entry.get("id")
    # the labels are those computed once in xslt/common (paragraph and letter)
    labels = [text_of(a) for a in index.xpath("//a[@class='app-label']")]
    assert all(re.fullmatch(r"§\d+ [a-z]+", label) for label in labels)
    assert len(set(labels)) == len(labels)


def test_the_witness_reading_of_each_entry_is_in_the_text_too(document_site):
    _, site = document_site
    index = page(site)
    for anchor in index.xpath("//span[@class='app']"):
        entry = index.get_element_by_id("entry-" + anchor.get("id"))
        rdg = text_of(anchor.xpath("./span[@class='rdg']")[0])
        shown = text_of(entry.xpath(".//span[@class='reading']")[0])
        assert rdg.strip() in shown


def test_every_quotation_once_and_linked_to_its_source(document_site):
    edition_doc, site = document_site
    index = page(site)
    quotes = edition_doc.tree.xpath("//tei:text//tei:quote", namespaces=NS)
    fontium = index.xpath("//ol[@class='fontium-list']/li")
    assert len(fontium) == len(quotes)
    targets = [li.xpath("./a[@class='quote-label']/@href")[0][1:] for li in fontium]
    assert len(set(targets)) == len(targets)
    for t in targets:
        index.get_element_by_id(t)
    sourced = [li for li in fontium if li.xpath(".//a[starts-with(@href, 'bibliography.html#')]")]
    with_source = edition_doc.tree.xpath("//tei:text//tei:quote[parent::tei:cit/tei:bibl or @source]", namespaces=NS)
    assert len(sourced) == len(with_source)


def test_every_register_entry_once_with_links_back_to_each_occurrence(document_site):
    edition_doc, site = document_site
    kinds = {"person": "persons.html", "place": "places.html", "org": "organisations.html", "event": "events.html"}
    index = page(site)
    for kind, name in kinds.items():
        entries = edition_doc.tree.xpath(f"//tei:standOff//tei:{kind}/@xml:id", namespaces=NS)
        if not entries:  # a register the document does not have has no page
            assert not (site / name).exists(), name
            continue
        register = page(site, name)
        assert sorted(register.xpath("//li[@class='entry']/@id")) == sorted(entries)
        for entry_id in entries:
            uses = edition_doc.tree.xpath(f"//tei:text//*[@ref='#{entry_id}']", namespaces=NS)
            links = register.xpath(f"//li[@id='{entry_id}']//ol[@class='occurrences']/li/a/@href")
            assert len(links) == len(uses), entry_id
            for href in links:
                target = index.get_element_by_id(href.split("#")[1])
                assert target.get("data-ref") == entry_id


TURKISH_ALPHABET = "aâbcçdefgğhıiîjklmnoöpqrsştuüûvwxyz"


def alphabetical_key(lang: str):
    """The order of a language's alphabet, word by word (a space sorts first): Turkish letters
    in the Turkish alphabet's order; English letters without their diacritics, case folded."""
    def turkish(s):
        s = s.replace("I", "ı").replace("İ", "i").lower()
        return [-1 if c == " " else TURKISH_ALPHABET.index(c) if c in TURKISH_ALPHABET else 100 + ord(c) for c in s]

    def english(s):
        return [-1 if c == " " else ord(c) for c in unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode().lower()]

    return {"tr": turkish, "en": english}[lang]


def register_names(site: Path) -> list[str]:
    return [text_of(h) for h in page(site, "places.html").xpath("//li[@class='entry']/h2")]


@pytest.mark.parametrize("document_site", [EDITION_TEI, LETTER], indirect=True, ids=document_id)
def test_registers_are_in_the_alphabetical_order_of_the_documents_language(document_site):
    doc, site = document_site
    names = register_names(site)
    assert names
    # (the article's names tell the Turkish order from the code-point order: tests/test_article_outputs.py)
    assert names == sorted(names, key=alphabetical_key(doc.tree.getroot().get(XML_LANG)))


def test_every_bibliography_entry_links_to_the_citations_that_use_it(document_site):
    edition_doc, site = document_site
    bib = page(site, "bibliography.html")
    index = page(site)
    for entry in edition_doc.tree.xpath("//tei:listBibl/tei:bibl", namespaces=NS):
        entry_id = entry.get("{http://www.w3.org/XML/1998/namespace}id")
        uses = edition_doc.tree.xpath(f"//tei:text//tei:bibl[tei:ref/@target='#{entry_id}' or @corresp='#{entry_id}']"
                                      f" | //tei:text//tei:quote[@source='#{entry_id}']", namespaces=NS)
        links = bib.xpath(f"//li[@id='{entry_id}']//p[@class='cited-at']/a/@href")
        assert len(links) == len(uses), entry_id
        for href in links:
            index.get_element_by_id(href.split("#")[1])


def test_no_broken_link_or_anchor_in_the_whole_site(document_site):
    _, site = document_site
    ids: dict[Path, set[str]] = {}
    broken = []
    for file in sorted(site.rglob("*.html")):
        doc = lxml_html.fromstring(file.read_bytes())
        for href in doc.xpath("//@href | //@src"):
            parts = urlsplit(href)
            if parts.scheme or parts.netloc:
                continue  # external authority links and licences
            target = (file.parent / unquote(parts.path)).resolve() if parts.path else file
            if not target.exists():
                broken.append((file.name, href))
                continue
            if parts.fragment and target.suffix == ".html":
                if target not in ids:
                    ids[target] = set(lxml_html.fromstring(target.read_bytes()).xpath("//@id"))
                if parts.fragment not in ids[target]:
                    broken.append((file.name, href))
    assert broken == []


def test_the_html_text_is_the_tei_reading_text(document_site):
    """No word lost or added in rendering: the text of the page in the reading view,
    less what the page adds (labels, citation helpers, markers), equals the reading text."""
    edition_doc, site = document_site
    index = page(site)
    article = index.xpath("//article[@class='text']")[0]
    for junk in article.xpath(".//*[@class='pnum' or @class='cite-p' or @class='rdg' or contains(@class, 'app-ref') "
                              "or @class='comm-ref' or @class='apparatus' or @class='fontium' or @class='date-value']"):
        junk.drop_tree()
    for ref in article.xpath(".//a[contains(@class, 'fn-ref')]"):
        ref.text, ref.tail = None, f"[{text_of(ref)}]" + (ref.tail or "")
        for child in list(ref):
            ref.remove(child)
    html_tokens = text_of(article).split()
    reading = pipeline.text(edition_doc).split("\n———\n")[0]
    reading_tokens = " ".join(reading.split("\n", 1)[1].split()).split()  # less the title line
    assert html_tokens == reading_tokens


def test_the_views_are_css_over_one_markup(document_site):
    edition_doc, site = document_site
    index = page(site)
    lbs = index.xpath("//article[@class='text']//span[starts-with(@class, 'lb')]")
    tei_lbs = edition_doc.tree.xpath("//tei:text/*[self::tei:front or self::tei:body]//tei:lb[not(ancestor::tei:note)]",
                                     namespaces=NS)
    assert [s.get("data-n") for s in lbs] == [lb.get("n") for lb in tei_lbs]
    # the views a text has: its lineation where it records one, the witness's readings where it has an apparatus
    text = edition_doc.tree.find("tei:text", NS)
    assert bool(index.xpath("//input[@id='view-diplomatic']")) == (text.find(".//tei:lb", NS) is not None)
    assert bool(index.xpath("//input[@id='show-witness']")) == (text.find(".//tei:app", NS) is not None)
    css = (site / "assets" / "css" / "edition.css").read_text()
    assert "#view-diplomatic:checked" in css and "#show-witness:checked" in css


def test_each_paragraph_has_a_permalink_and_a_citation(document_site):
    edition_doc, site = document_site
    index = page(site)
    for p in edition_doc.tree.xpath("//tei:text/tei:front//tei:p | //tei:text/tei:body//tei:p", namespaces=NS):
        div = index.get_element_by_id(p.get("{http://www.w3.org/XML/1998/namespace}id"))
        assert div.xpath("./a[@class='pnum']/@href") == ["#" + div.get("id")]
        assert div.get("data-label") in text_of(div.xpath(".//p[@class='citation']")[0])


@pytest.mark.parametrize("lang, about_page", [("tr", "about.html"), ("en", "en/about.html")])
def test_the_about_page_is_generated_from_the_header_in_its_own_language(site, edition_doc, lang, about_page):
    about = page(site, about_page)
    other = {"tr": "en", "en": "tr"}[lang]
    for part in ("correction", "normalization", "hyphenation", "quotation", "segmentation", "interpretation"):
        for version, shown in ((lang, True), (other, False)):
            first_words = " ".join(edition_doc.tree.xpath(
                f"string(//tei:editorialDecl/tei:{part}/tei:p[@xml:lang='{version}'][1])", namespaces=NS).split()[:6])
            assert (first_words in text_of(about)) is shown, (part, version)
    for version, shown in ((lang, True), (other, False)):
        for item in edition_doc.tree.xpath(f"//tei:note[@xml:lang='{version}']/tei:list[@type='repeats']/tei:item", namespaces=NS):
            assert (" ".join(item.text.split()) in text_of(about)) is shown
    downloads = about.xpath("//section[@id='downloads']//a/@href")
    assert any(h.endswith(f"downloads/{EDITION_TEI.name}") for h in downloads)


def test_page_weight_of_the_edition_page_is_under_300_kb(site):
    index = page(site)
    files = [site / "index.html"] + [site / unquote(h) for h in index.xpath("//script/@src | //link[@rel='stylesheet']/@href")]
    assert sum(f.stat().st_size for f in files) < 300 * 1024


def test_user_content_is_escaped(tmp_path):
    hostile = (FIXTURES / "minimal" / "minimal.xml").read_text(encoding="utf-8").replace(
        "Dipnot metni burada.", "Dipnot &lt;script&gt;alert(1)&lt;/script&gt; burada.").replace(
        "Küçük bir deneme edisyonu", "Küçük &lt;img src=x onerror=alert(1)&gt; edisyonu")
    copy = minimal_copy(tmp_path, text=hostile)
    out = tmp_path / "build"
    pipeline.build(pipeline.Document.load(copy), out, ["html"])
    for file in (out / "html").rglob("*.html"):
        doc = lxml_html.fromstring(file.read_bytes())
        # the only inline script is the JSON-LD data block, and it is data: it parses as JSON
        # and holds the title as text (a "</script>" inside it would have ended it early)
        assert not doc.xpath("//script[not(@src)][not(@type='application/ld+json')]"), file
        for block in doc.xpath("//script[@type='application/ld+json']"):
            assert "<img src=x onerror=alert(1)>" in json.loads(block.text)["name"]
        assert not doc.xpath("//img"), file
    index = (out / "html" / "minimal" / "index.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in index


def test_a_second_document_builds_into_a_complete_site(tmp_path):
    out = tmp_path / "build"
    pipeline.build(pipeline.Document.load(FIXTURES / "minimal" / "minimal.xml"), out, ["html"])
    index = page(out / "html" / "minimal")
    assert text_of(index.xpath("//h1")[0]).startswith("Küçük bir deneme edisyonu")
    assert index.xpath("//li[@class='footnote']/@id") == ["fn-1"]
    assert len(index.xpath("//li[contains(@class, 'app-entry')]")) == 1


def test_builds_are_deterministic(tmp_path):
    doc = pipeline.Document.load(EDITION_TEI)
    a, b = tmp_path / "a", tmp_path / "b"
    pipeline.build(doc, a, ["html"])
    pipeline.build(doc, b, ["html"])
    files_a = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files_a == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    for rel in files_a:
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel

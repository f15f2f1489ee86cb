"""A citable edition: every "cite this" and every metadata block names the canonical address
(the build's --base-url, else the TEI's publicationStmt/idno type="URI") and nothing else;
without one, no address at all. Reference managers read Highwire citation_* and Dublin Core
meta tags and a schema.org JSON-LD block on every page; the TEI and the witness transcript
can be downloaded from every page."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from lxml import html as lxml_html

from edition import pipeline

from conftest import EDITION_BIN, EDITION_TEI, ROOT

BASE = "https://editions.example.org/turk-rus/"
REGISTERS = ROOT / "tests" / "valid" / "registers.xml"


def build(tmp: Path, tei: Path = EDITION_TEI, base_url: str | None = None) -> Path:
    doc = pipeline.Document.load(tei)
    pipeline.build(doc, tmp, ["html"], settings=pipeline.Settings(base_url=base_url))
    return pipeline.site_folder(tmp, doc)


@pytest.fixture(scope="module")
def addressed(tmp_path_factory) -> Path:
    return build(tmp_path_factory.mktemp("addressed"), base_url=BASE)


def site_pages(site: Path) -> list[Path]:
    return sorted(site.glob("*.html")) + sorted((site / "en").glob("*.html"))


def meta(page, name: str) -> list[str]:
    return page.xpath(f"//head/meta[@name='{name}']/@content")


def json_ld(page) -> dict:
    (block,) = page.xpath("//head/script[@type='application/ld+json']/text()")
    return json.loads(block)


def citations(page) -> list[str]:
    return [" ".join(p.text_content().split()) for p in page.xpath("//p[contains(@class, 'citation')]")]


def test_every_page_carries_citation_metadata_that_parses(site, edition_doc):
    def header(path: str) -> str:  # what the metadata must say, read from the TEI itself
        return " ".join(edition_doc.tree.xpath(f"string({path})", namespaces={"tei": "http://www.tei-c.org/ns/1.0"}).split())
    lang = header("/tei:TEI/@xml:lang")
    title = header(f"//tei:titleStmt/tei:title[@type='main'][@xml:lang='{lang}']")
    team = header(f"//tei:titleStmt/tei:respStmt/tei:orgName[@xml:lang='{lang}']")
    date, version = header("//tei:publicationStmt/tei:date/@when"), header("//tei:editionStmt/tei:edition/@n")
    licence = header("//tei:availability/tei:licence[1]/@target")
    assert title and team and date and version and licence
    for path in site_pages(site):
        page = lxml_html.parse(str(path)).getroot()
        assert meta(page, "citation_title") == meta(page, "DC.title") == [title], path.name
        assert meta(page, "citation_publication_date") == [date.replace("-", "/")]
        assert meta(page, "DC.language") == meta(page, "citation_language") == [lang]
        assert meta(page, "citation_author") == meta(page, "DC.creator") == [team]
        assert meta(page, "DC.rights") == [licence]
        data = json_ld(page)
        assert data["@context"] == "https://schema.org" and data["name"] == title
        assert (data["version"], data["datePublished"], data["inLanguage"]) == (version, date, lang)
        assert data["editor"]["name"] == team


def test_without_a_canonical_address_no_citation_names_any_address(site):
    for path in site_pages(site):
        page = lxml_html.parse(str(path)).getroot()
        assert page.xpath("//link[@rel='canonical']") == []
        assert meta(page, "citation_public_url") == meta(page, "DC.identifier") == []
        assert "url" not in json_ld(page)
        for text in citations(page):
            assert not re.search(r"https?:|file:|localhost|#p-", text), (path.name, text)


def test_with_a_base_url_every_citation_and_metadata_block_names_the_page_there(addressed):
    for path in site_pages(addressed):
        own = path.relative_to(addressed).as_posix()
        page = lxml_html.parse(str(path)).getroot()
        url = BASE + own
        assert page.xpath("//link[@rel='canonical']/@href") == [url]
        assert meta(page, "citation_public_url") == meta(page, "DC.identifier") == [url]
        assert json_ld(page)["url"] == url
        assert citations(page)[-1].endswith(f", {url}."), citations(page)[-1]  # the footer's
    index = lxml_html.parse(str(addressed / "index.html")).getroot()
    for div in index.xpath("//div[@class='p']"):
        (text,) = [" ".join(p.text_content().split()) for p in div.xpath("./details/p[@class='citation']")]
        assert text.endswith(f"{BASE}index.html#{div.get('id')}."), text


def test_the_tei_can_declare_the_address_and_the_build_can_override_it(tmp_path):
    declared = "https://example.org/registers/"
    site = build(tmp_path / "declared", REGISTERS)
    page = lxml_html.parse(str(site / "persons.html")).getroot()
    assert page.xpath("//link[@rel='canonical']/@href") == [declared + "persons.html"]
    site = build(tmp_path / "overridden", REGISTERS, base_url=BASE)
    page = lxml_html.parse(str(site / "persons.html")).getroot()
    assert page.xpath("//link[@rel='canonical']/@href") == [BASE + "persons.html"]


@pytest.mark.parametrize("address", ["javascript:alert(1)", "file:///etc/passwd", "//host/x", "https://x.org/?q=1",
                                     "ftp://x.org/"])
def test_a_base_url_that_is_not_an_http_address_of_a_folder_is_refused(tmp_path, address):
    result = subprocess.run([str(EDITION_BIN), "build", "html", str(EDITION_TEI), "--out", str(tmp_path / "o"),
                             "--base-url", address], capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "--base-url" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "o").exists()


def test_every_page_offers_the_tei_and_the_witness_for_download(site):
    transcript = next((ROOT / "source").glob("*.txt"))
    for path in site_pages(site):
        page = lxml_html.parse(str(path)).getroot()
        links = {Path(a.get("href")).name: (path.parent / a.get("href")).resolve() for a in page.xpath("//footer//a[@download]")}
        assert links[EDITION_TEI.name].read_bytes() == EDITION_TEI.read_bytes(), path.name
        assert links[transcript.name].read_bytes() == transcript.read_bytes(), path.name


def test_the_pdf_cites_the_same_address_and_can_be_made_in_english(tmp_path):
    """One build of the English PDF (--pdf-lang en) with an address: its citation names it."""
    out = tmp_path / "o"
    result = subprocess.run([str(EDITION_BIN), "build", "pdf", str(EDITION_TEI), "--out", str(out),
                             "--base-url", BASE, "--pdf-lang", "en"], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    pdf = out / "pdf" / f"{EDITION_TEI.stem}.en.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert BASE in " ".join(text.split())
    assert "Editorial principles" in text or "editorial principles" in text.lower()

"""Any edition, not only this one: a short English letter (tests/fixtures/letter/), written for
the tests, with persons, places, dates, a quotation with its source, a footnote, an emendation,
an opener and a closer and a postscript, and no transcript, validates, checks and builds into
every output in its own language, with no Turkish words or Turkish order in what it says.
Nothing here knows the article."""

from __future__ import annotations

import re
import subprocess
import unicodedata

import pytest
from lxml import etree, html as lxml_html

from edition import fidelity, pipeline
from edition.languages import interface_languages, main_language

from conftest import FIXTURES, ROOT, run_edition

LETTER = FIXTURES / "letter" / "letter.xml"
# letters only Turkish writes (of the alphabets of the edition's two interface languages)
TURKISH_LETTERS = re.compile("[ğĞıİşŞ]")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def letter() -> pipeline.Document:
    return pipeline.Document.load(LETTER)


@pytest.fixture(scope="module")
def built(tmp_path_factory, letter):
    out = tmp_path_factory.mktemp("letter")
    pipeline.build(letter, out, ["text", "pdf", "data", "html"])
    return out


def turkish_messages() -> set[str]:
    """The Turkish interface labels that are not also English ones (long enough to be words)."""
    import json

    texts = json.loads((ROOT / "web" / "messages.json").read_text(encoding="utf-8"))
    english = set(texts["en"].values())
    return {v for v in texts["tr"].values() if len(v) >= 6 and v not in english}


def words_outside_turkish(page) -> str:
    """The text a reader of the page meets, without what is marked as Turkish (lang="tr": a
    register entry's Turkish name, the link to the Turkish interface; on the encoding page,
    the schema's own, the examples it takes from the Turkish article) and without scripts."""
    for el in page.xpath("//*[@lang='tr' or starts-with(@lang, 'tr-')] | //script | //style"):
        el.getparent().remove(el) if el.getparent() is not None else None
    return " ".join(page.xpath("//body//text()"))


def test_the_letter_is_valid_and_declares_no_transcript(letter):
    assert pipeline.validate(letter) == []
    assert not fidelity.declares_transcript(letter.tree)


def test_check_says_that_fidelity_was_not_checked_and_reports_the_rest():
    result = run_edition("check", str(LETTER))
    assert result.returncode == 0, result.stdout + result.stderr
    summary = result.stdout.splitlines()[0]
    assert summary.startswith(f"{LETTER}: ok (")
    assert "tei_all" in summary and "fidelity: no transcript declared, not checked" in summary


def test_a_letter_with_a_problem_is_still_checked_for_everything_else(tmp_path):
    broken = tmp_path / "letter.xml"
    broken.write_text(LETTER.read_text(encoding="utf-8").replace('ref="#per-edward"', 'ref="#per-nobody"', 1),
                      encoding="utf-8")
    result = run_edition("check", str(broken))
    assert result.returncode == 1
    assert "(pointer-resolves)" in result.stdout
    assert "fidelity: no transcript declared, not checked" in result.stdout


def test_its_languages_come_from_its_header(letter):
    assert main_language(letter.tree) == "en"
    assert interface_languages(letter.tree, ("tr", "en")) == ("en", "tr")


def test_the_plain_text_has_the_letter_in_order_with_its_quotation_marks(built):
    text = (built / "text" / "letter.txt").read_text(encoding="utf-8")
    order = ["Tiflis, 12 March 1921", "Dear Edward,", "was received only yesterday", '"All the world’s a stage"',
             "Ever your loving sister,", "Mary", "Burn this letter", "[1] I mean the Red Army"]
    positions = [text.find(part) for part in order]
    assert -1 not in positions, dict(zip(order, positions))
    assert positions == sorted(positions)
    assert "recieved" not in text  # the edited reading, not the witness's


def test_the_site_is_in_english_at_its_root_and_in_turkish_in_its_folder(built):
    site = built / "html" / "letter"
    assert lxml_html.parse(str(site / "index.html")).getroot().get("lang") == "en"
    assert lxml_html.parse(str(site / "tr" / "index.html")).getroot().get("lang") == "tr"
    assert not (site / "en").exists()
    # the list of the sites of the out folder speaks the language its sites speak at their root
    assert lxml_html.parse(str(built / "html" / "index.html")).getroot().get("lang") == "en"
    # the registers it has, and only those
    assert {p.name for p in site.glob("*.html")} >= {"index.html", "persons.html", "places.html", "bibliography.html"}
    assert not (site / "organisations.html").exists() and not (site / "events.html").exists()
    nav = lxml_html.parse(str(site / "index.html")).xpath("//nav[@class='site-nav']//a/@href")
    assert "events.html" not in nav and "persons.html" in nav


def test_no_english_page_says_anything_in_turkish(built):
    site = built / "html" / "letter"
    labels = turkish_messages()
    for page_file in sorted(site.glob("*.html")):
        words = words_outside_turkish(lxml_html.parse(str(page_file)))
        assert not TURKISH_LETTERS.search(words), (page_file.name, TURKISH_LETTERS.search(words))
        assert not [label for label in labels if label in words], page_file.name


def test_the_text_shows_the_opener_closer_and_postscript_as_blocks(built):
    page = lxml_html.parse(str(built / "html" / "letter" / "index.html"))
    # (the date's value in words follows it, shown by the dates highlight)
    assert page.xpath("string(//div[@class='opener']/p[@class='dateline'])").strip().startswith("Tiflis, 12 March 1921")
    assert page.xpath("string(//div[@class='closer']/p[@class='signed'])").strip() == "Mary"
    assert page.xpath("//div[@class='postscript']/div[@class='p']")
    # a witness known by its description, not a transcript: its readings are the witness's
    assert page.xpath("string(//label[input[@id='show-witness']])").strip() == "Witness readings"
    assert not page.xpath("//input[@id='view-diplomatic']")  # no lineation recorded: no such view
    # the contents name the letter by its dateline
    assert "Tiflis, 12 March 1921" in page.xpath("string(//nav[contains(@class, 'toc')] | //nav[.//a[@href='#letter-1']])")


def test_the_bibliography_in_the_back_of_the_text_is_listed(built):
    page = lxml_html.parse(str(built / "html" / "letter" / "bibliography.html"))
    entries = page.xpath("//ol[@class='bibliography']/li")
    assert [li.get("id") for li in entries] == ["bib-shakespeare-1623"]
    assert "As You Like It" in entries[0].text_content()


def test_the_registers_follow_the_english_alphabet(built, letter):
    page = lxml_html.parse(str(built / "html" / "letter" / "places.html"))
    names = [h.text_content().strip() for h in page.xpath("//ol[contains(@class, 'register')]/li/h2")]
    assert names == ["Batumi", "London", "Tbilisi"]
    assert all(h.get("lang") == "en" for h in page.xpath("//ol[contains(@class, 'register')]/li/h2"))


def test_the_downloads_are_what_was_built(built):
    page = lxml_html.parse(str(built / "html" / "letter" / "about.html"))
    files = set(page.xpath("//section[@id='downloads']//a[@download]/text()"))
    assert {"letter.xml", "letter.pdf", "letter.txt", "places.geojson"} <= files
    assert not [f for f in files if f.endswith(".txt") and f != "letter.txt"]  # no witness file: there is none


def test_the_pdf_is_english_and_has_the_letter(built):
    pdf = built / "pdf" / "letter.pdf"
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Dear Edward" in text and "Ever your loving sister" in text and "Burn this letter" in text
    assert "Works cited" in text or "Bibliography" in text
    # the Turkish title is the only Turkish: the header gives one in each language
    lines = [line for line in text.splitlines() if TURKISH_LETTERS.search(line)]
    assert all("Tiflis’ten bir mektup" in line for line in lines), lines


def sort_keys(names: list[str], lang: str) -> list[str]:
    """Names in the order xslt/common/collation.xsl gives them for `lang`."""
    from saxonche import PySaxonProcessor

    processor = PySaxonProcessor(license=False)
    stylesheet = f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        xmlns:ed="urn:edition:functions">
      <xsl:import href="{(ROOT / 'xslt' / 'common' / 'collation.xsl').as_uri()}"/>
      <xsl:output method="text"/>
      <xsl:template name="xsl:initial-template">
        <xsl:value-of select="sort(({', '.join(repr(n) for n in names)}), (), function($n) {{ ed:sort-key($n, '{lang}') }})"
                      separator="|"/>
      </xsl:template>
    </xsl:stylesheet>"""
    executable = processor.new_xslt30_processor().compile_stylesheet(stylesheet_text=stylesheet)
    return executable.call_template_returning_string(None).split("|")


def test_the_alphabetical_order_is_the_languages():
    names = ["Cz", "Çay", "Ivy", "ice", "Ida"]
    # Turkish: Ç after C, the dotless ı (of I) before i
    assert sort_keys(names, "tr") == ["Cz", "Çay", "Ida", "Ivy", "ice"]
    # English: letters without their diacritics, case folded
    assert sort_keys(names, "en") == ["Çay", "Cz", "ice", "Ida", "Ivy"]
    assert sort_keys(names, "en") == sorted(names, key=lambda n: unicodedata.normalize("NFD", n).encode("ascii", "ignore").lower())


def test_the_text_is_hyphenated_as_its_language_allows(letter, edition_doc, capsys):
    from edition import pdf, saxon

    assert pdf.hyphenation(edition_doc) == "syllables"  # Turkish: the stylesheet's soft hyphens
    assert pdf.hyphenation(letter) == "patterns"  # English: WeasyPrint's, with pyphen's patterns
    assert capsys.readouterr().err == ""
    printed = saxon.transform("print/print.xsl", letter.text, str(LETTER),
                              messages=(ROOT / "web" / "messages.json").read_text(encoding="utf-8"),
                              hyphenation="patterns").main
    assert re.search(r'<section class="division letter hyphenate"[^>]* lang="en"', printed)
    assert "\u00ad" not in printed  # no Turkish soft hyphens in English
    # a language without patterns: said, and not hyphenated
    unknown = pipeline.Document.load(LETTER)
    unknown.tree.getroot().find("{http://www.tei-c.org/ns/1.0}text").set(XML_LANG, "ja")
    assert pdf.hyphenation(unknown) == "none"
    assert capsys.readouterr().err == f"{LETTER}: no hyphenation patterns for the language 'ja': its text is not hyphenated\n"


def test_a_letter_without_a_dateline_is_named_for_what_it_is(tmp_path):
    """Both outputs name a division without a head as xslt/common/labels.xsl does: by its
    dateline (above), else by the label of its type."""
    text = re.sub(r"<dateline>.*?</dateline>\n|<place xml:id=\"pla-tiflis\".*?</place>\n", "",
                  LETTER.read_text(encoding="utf-8"), flags=re.S)
    path = tmp_path / "undated.xml"
    path.write_text(text, encoding="utf-8")
    result = run_edition("build", "html", str(path), "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stdout + result.stderr
    page = lxml_html.parse(str(tmp_path / "out" / "html" / "undated" / "index.html"))
    assert [a.text_content().strip() for a in page.xpath("//a[@href='#letter-1']")] == ["The letter"]


def test_the_editors_summary_is_headed_as_a_summary_not_as_an_article(built):
    """The heading of the abstract depends on the kind of source (sourceDesc/bibl/@type): the
    article's says what the article argues; the letter's is the editors' summary."""
    about = lxml_html.parse(str(built / "html" / "letter" / "about.html"))
    assert "The editors’ summary" in about.xpath("//section[@id='introduction']/h3/text()")
    assert "the Red Army entered Batum" in about.xpath("string(//section[@id='introduction'])")
    pdf = built / "pdf" / "letter.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "The editors’ summary" in text
    for page_file in sorted((built / "html" / "letter").glob("*.html")):
        page = lxml_html.parse(str(page_file))
        # the schema's documentation says that its examples come from the article (by name)
        for documentation in page.xpath("//*[contains(@class, 'odd-documentation')]"):
            documentation.getparent().remove(documentation)
        assert not re.search(r"\barticle", words_outside_turkish(page), re.I), page_file.name
    assert not re.search(r"\barticle", text, re.I)


def test_a_text_without_lineation_has_no_diplomatic_view_and_says_so(tmp_path):
    """The diplomatic view is the witness's lines; a text that records none gets a message,
    not an empty view (it printed only "#text") and no file."""
    target = tmp_path / "lines.txt"
    result = run_edition("text", "--view", "diplomatic", str(LETTER), "-o", str(target))
    assert result.returncode == 2 and result.stdout == ""
    assert re.match(rf"{re.escape(str(LETTER))}:\d+:1: \[text\] the text records no lineation", result.stderr)
    assert "Traceback" not in result.stderr and not target.exists()
    assert "\n\nTiflis, 12 March 1921\n\nDear Edward," in run_edition("text", str(LETTER)).stdout


def test_the_about_page_shows_no_heading_without_its_matter(tmp_path):
    """A part of the header a text lacks (here the letter without its projectDesc and
    editorialDecl) is left out of the about page and its contents, not shown as an empty
    heading."""
    text = LETTER.read_text(encoding="utf-8")
    for element in ("projectDesc", "editorialDecl"):
        text = re.sub(rf"<{element}>.*?</{element}>\n", "", text, flags=re.S)
    source = tmp_path / "letter.xml"
    source.write_text(text, encoding="utf-8")
    pipeline.build(pipeline.Document.load(source), tmp_path / "out", ["html"])
    page = lxml_html.parse(str(tmp_path / "out" / "html" / "letter" / "about.html"))
    for heading in page.xpath("//main//section/h2 | //main//section/h3"):
        following = heading.getnext()
        assert following is not None, heading.text_content()
        assert heading.tag == "h2" or following.tag not in ("h2", "h3"), heading.text_content()
    assert page.xpath("//main/nav//a/@href") == [f"#{s}" for s in page.xpath("//main/section/@id")]
    assert "How the edition is built" not in page.xpath("string(//main)")
    assert not page.xpath("//section[@id='editorial-principles']")

def test_the_timeline_says_where_each_date_stands(built):
    """A date outside a numbered paragraph (the dateline) is listed with the name of its
    division, as the other dates are with their paragraph, and links to it."""
    page = lxml_html.parse(str(built / "html" / "letter" / "timeline.html"))
    items = {li.text_content().strip(): li for li in page.xpath("//details//li")}
    assert set(items) == {"2 February 1921 · §1", "25 February 1921 · §1", "12 March 1921 · Tiflis, 12 March 1921"}
    assert items["12 March 1921 · Tiflis, 12 March 1921"].xpath("string(.//a/@href)") == "index.html#letter-1"


def test_the_search_page_says_what_is_searched_in_this_text(built, edition_doc):
    """The search page names the kinds of matter its index holds: the letter has no commentary,
    no apparatus notes and no transcript (its readings are the witness's)."""
    scope = lxml_html.parse(str(built / "html" / "letter" / "search.html")).xpath("string(//p[@class='search-scope'])")
    assert scope.startswith("Searched: the text, footnotes, witness readings, registers and bibliography. ")
    assert "„" in scope  # the German marks fold like the others (web/js/edition.js)


def test_the_pdf_names_the_letter_in_its_running_head_and_bookmarks(built):
    """A division without a head names itself (ed:division-label: the dateline) in the page's
    running head and at the top of the bookmarks, as a section does by its head; the letter's
    pages were headed with the introduction's last heading ("How to read a page")."""
    import pikepdf

    pdf = built / "pdf" / "letter.pdf"
    pages = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    (letter_page,) = [page for page in pages if "Dear Edward" in page]
    running_head = next(line for line in letter_page.splitlines() if line.strip())
    assert "Tiflis, 12 March 1921" in running_head and "How to read" not in running_head
    with pikepdf.open(pdf) as doc, doc.open_outline() as outline:
        assert "Tiflis, 12 March 1921" in [" ".join(item.title.split()) for item in outline.root]


@pytest.mark.parametrize("page_name", ["persons.html", "places.html", "tr/places.html"])
def test_every_term_of_a_register_entry_is_a_label_of_the_interface(built, page_name):
    """The terms of an entry's description list are the interface's words in its language (a
    place's coordinates were labelled with the TEI element's name, "geo")."""
    import json

    page = lxml_html.parse(str(built / "html" / "letter" / page_name))
    lang = page.getroot().get("lang")
    labels = set(json.loads((ROOT / "web" / "messages.json").read_text(encoding="utf-8"))[lang].values())
    terms = [dt.text_content().strip() for dt in page.xpath("//ol[contains(@class, 'register')]//dt")]
    assert terms and [t for t in terms if t not in labels] == []

"""Each interface in its own language: the editors' matter of the TEI in Turkish on the
Turkish pages and in English on the English ones, and every element's text in the
language its `lang` says (sampled by element, with the commonest words of each language)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import html as lxml_html

from edition import pipeline
from edition.xmlio import NS

from conftest import EDITION_TEI, LETTER, document_id
from test_browser import browser  # noqa: F401 (fixture: headless Debian chromium)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# function words that occur in almost every sentence of one language and never in the other
COMMON = {
    "en": set("the of and is was were which that with from this by are not be to".split()),
    "tr": set("ve bir ile olarak bu için olan değil gibi veya ancak kadar sonra göre daha".split()),
}
OTHER = {"tr": "en", "en": "tr"}


def pages(site: Path) -> dict[str, list[Path]]:
    return {"tr": sorted(site.glob("*.html")), "en": sorted((site / "en").glob("*.html"))}


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def written_in(text: str) -> str | None:
    """The language a passage is evidently in, or None where it does not tell."""
    found = {lang: sum(w in common for w in words(text)) for lang, common in COMMON.items()}
    for lang, other in OTHER.items():
        if found[lang] >= 3 and found[other] == 0:
            return lang
    return None


def declared_lang(el) -> str | None:
    return next((a.get("lang") for a in [el, *el.iterancestors()] if a.get("lang")), None)


@pytest.mark.parametrize("interface", ["tr", "en"])
def test_no_element_holds_text_of_the_other_language(site, interface):
    wrong = []
    for path in pages(site)[interface]:
        for el in lxml_html.parse(str(path)).iter():
            if not isinstance(el.tag, str) or el.tag in ("script", "style", "code"):
                continue
            own = (el.text or "") + " ".join(child.tail or "" for child in el)
            evident = written_in(own)
            if evident and evident != declared_lang(el):
                wrong.append(f"{path.name}: <{el.tag}> lang={declared_lang(el)} holds {evident}: {own.strip()[:80]}")
    assert wrong == []


def _entry_texts(site: Path, interface: str, page: str, entry_id: str) -> str:
    # the pages of the document's own language at the root, the other's in a folder of its name
    path = (site / interface if (site / interface).is_dir() else site) / page
    entry = lxml_html.parse(str(path)).getroot().get_element_by_id(entry_id)
    return " ".join(entry.text_content().split())


REGISTER_PAGES = {"person": "persons.html", "place": "places.html", "org": "organisations.html", "event": "events.html"}


@pytest.mark.parametrize("interface", ["tr", "en"])
@pytest.mark.parametrize("document_site", [EDITION_TEI, LETTER], indirect=True, ids=document_id)
def test_every_register_note_is_shown_in_the_interface_language_only(document_site, interface):
    edition_doc, site = document_site
    tree = edition_doc.tree
    checked = 0
    for kind, page in REGISTER_PAGES.items():
        for entry in tree.iterfind(f".//tei:standOff//tei:{kind}", NS):
            notes = {n.get(XML_LANG): " ".join(n.text.split()) for n in entry.iterfind("tei:note", NS)}
            if not notes:
                continue
            assert set(notes) == {"tr", "en"}, entry.get("{http://www.w3.org/XML/1998/namespace}id")
            shown = _entry_texts(site, interface, page, entry.get("{http://www.w3.org/XML/1998/namespace}id"))
            assert notes[interface] in shown
            assert notes[OTHER[interface]] not in shown
            occupations = {o.get(XML_LANG): o.text for o in entry.iterfind("tei:occupation", NS)}
            if occupations:
                assert occupations[interface] in shown
            checked += 1
    assert checked  # (the article's registers: more than a hundred notes, tests/test_article_outputs.py)


@pytest.mark.parametrize("interface", ["tr", "en"])
def test_every_commentary_note_is_shown_in_the_interface_language_only(site, edition_doc, interface):
    notes = edition_doc.tree.findall(".//tei:note[@type='commentary']", NS)
    assert notes
    for note in notes:
        versions = {p.get(XML_LANG): " ".join("".join(p.itertext()).split()) for p in note.iterfind("tei:p", NS)}
        assert set(versions) == {"tr", "en"}
        shown = _entry_texts(site, interface, "index.html", note.get("{http://www.w3.org/XML/1998/namespace}id"))
        assert versions[interface] in shown
        assert versions[OTHER[interface]] not in shown


# The same check in Chromium, after the scripts have run (popover data, search results, the
# labels they write), at desktop and phone width: what a reader's browser and screen reader get.
LIVE_TEXTS = """() => Array.from(document.querySelectorAll('body *'))
  .filter(el => !['SCRIPT', 'STYLE', 'CODE'].includes(el.tagName))
  .map(el => [Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join(' '),
              (el.closest('[lang]') || document.documentElement).getAttribute('lang')])
  .filter(([text]) => text.trim().split(/\\s+/).length >= 4)"""


@pytest.mark.parametrize("width", [1280, 390], ids=["desktop", "phone"])
@pytest.mark.parametrize("interface", ["tr", "en"])
def test_in_the_browser_no_element_holds_text_of_the_other_language(site, browser, interface, width):
    context = browser.new_context(viewport={"width": width, "height": 900})
    tab = context.new_page()
    wrong = []
    try:
        for path in pages(site)[interface]:
            query = "?q=Ankara" if path.name == "search.html" else ""
            tab.goto(path.as_uri() + query)
            if path.name == "search.html":
                tab.fill("input[type=search]", "Ankara")
                tab.keyboard.press("Enter")
            for text, lang in tab.evaluate(LIVE_TEXTS):
                evident = written_in(text)
                if evident and evident != lang:
                    wrong.append(f"{path.name}: lang={lang} holds {evident}: {text.strip()[:80]}")
    finally:
        context.close()
    assert wrong == []


def _refuse_duplicates(pairs: list[tuple[str, object]]) -> dict:
    keys = [key for key, _ in pairs]
    repeated = sorted({key for key in keys if keys.count(key) > 1})
    assert not repeated, f"web/messages.json gives these keys twice (the last one silently wins): {repeated}"
    return dict(pairs)


def test_every_label_is_given_once_and_in_every_language():
    """A key written twice in web/messages.json would be read as its last value: a label added
    under a name already taken would silently change the other's words (seen with "conjecture")."""
    path = EDITION_TEI.parent.parent / "web" / "messages.json"
    messages = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_refuse_duplicates)
    key_sets = {lang: set(labels) for lang, labels in messages.items()}
    every_key = set().union(*key_sets.values())
    assert {lang: sorted(every_key - keys) for lang, keys in key_sets.items()} == {lang: [] for lang in key_sets}


def test_every_download_has_its_label_in_every_language():
    """The site names each download by the label download-<output>; without one it would show
    the output's bare name, unnoticed."""
    from edition.pipeline import DOWNLOADS

    messages = json.loads((EDITION_TEI.parent.parent / "web" / "messages.json").read_text(encoding="utf-8"))
    missing = {lang: [f"download-{kind}" for kind in DOWNLOADS if f"download-{kind}" not in labels]
               for lang, labels in messages.items()}
    assert missing == {lang: [] for lang in messages}


def test_a_stylesheet_not_given_the_labels_stops_and_says_so():
    """An output's stylesheet that takes labels from web/messages.json without being given them
    would print "[key]" for every label, unnoticed (a new output's developer met this)."""
    from edition import pipeline, saxon
    from edition.saxon import TransformError

    doc = pipeline.Document.load(EDITION_TEI.parent.parent / "tests" / "fixtures" / "letter" / "letter.xml")
    with pytest.raises(TransformError, match="pass the parameter messages"):
        saxon.transform("data/data.xsl", doc.text, str(doc.path))


@pytest.mark.parametrize("text_lang, declared, expected", [
    ("tr", ["tr", "en"], ("tr", "en")),  # the article
    ("en", ["en", "tr"], ("en", "tr")),  # the letter
    ("de", ["de"], ("en",)),  # no labels in German, none declared that has any: English alone
    ("de", ["de", "tr"], ("tr",)),  # the declared language that has labels
    ("de", [], ("en",)),
    ("tr", [], ("tr",)),  # no langUsage: the text's own language
])
def test_the_interface_languages_put_the_texts_own_first_else_english(text_lang, declared, expected):
    """A text in a language without interface labels (a German letter was given a Turkish site
    and PDF, the first language of web/messages.json) is presented in English where it can be."""
    from lxml import etree

    from edition.languages import interface_languages

    usage = "".join(f'<language ident="{code}">{code}</language>' for code in declared)
    tree = etree.ElementTree(etree.fromstring(
        f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><profileDesc><langUsage>{usage}</langUsage>'
        f'</profileDesc></teiHeader><text xml:lang="{text_lang}"/></TEI>'))
    assert interface_languages(tree, ("tr", "en")) == expected

"""The languages of an edition, as its TEI declares them: the main language (that of the text)
and the interface languages the outputs are made in.

The interface languages are those of web/messages.json that the header's langUsage declares
(where it declares none of them: English alone, or the first of them), the main language first: the site gives it at its root
and each other language in a folder named by its code; the PDF is made in it unless asked for
another. A main language without interface labels (say, German) gives the first place to
English where it is among them (the common language of the edition's interface), else to
the first of them.
"""

from __future__ import annotations

import json
from pathlib import Path

from lxml import etree

from .xmlio import NS

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# the labels of the interfaces, language → key → label: read here for every output
MESSAGES = Path(__file__).resolve().parent.parent / "web" / "messages.json"


def messages() -> dict[str, dict[str, str]]:
    """The labels of web/messages.json, language → key → label, in the file's order."""
    return json.loads(MESSAGES.read_text(encoding="utf-8"))


def main_language(tree: etree._ElementTree) -> str:
    """The language of the edited text: text/@xml:lang, else TEI/@xml:lang ("und" if neither)."""
    root = tree.getroot()
    text = root.find("tei:text", NS)
    return (text.get(XML_LANG) if text is not None else None) or root.get(XML_LANG) or "und"


def declared_languages(tree: etree._ElementTree) -> list[str]:
    """The languages of the header's langUsage, in their order, each once."""
    found = [lang.get("ident") for lang in tree.iterfind("tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language", NS)]
    return list(dict.fromkeys(code for code in found if code))


def interface_languages(tree: etree._ElementTree, available: tuple[str, ...]) -> tuple[str, ...]:
    """The interface languages of the outputs of this document, among `available` (the
    languages of web/messages.json, in their order): the main language first."""
    main = main_language(tree)
    used = {*declared_languages(tree), main}  # the text's own language, declared or not
    chosen = [code for code in available if code in used]
    if not chosen:  # no declared language has labels: one interface, English where it can be
        return (FALLBACK if FALLBACK in available else available[0],)
    first = main if main in chosen else FALLBACK if FALLBACK in chosen else chosen[0]
    return tuple(sorted(chosen, key=lambda code: code != first))


# the interface language of a text whose own language has no labels, where it has labels
FALLBACK = "en"

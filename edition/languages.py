"""The languages of an edition, as its TEI declares them: the main language (that of the text)
and the interface languages the outputs are made in.

The interface languages are those of web/messages.json that the header's langUsage declares
(all of them where it declares none), the main language first: the site gives it at its root
and each other language in a folder named by its code; the PDF is made in it unless asked for
another. A main language without interface labels (say, German) gives the first place to
English where it is among them (the common language of the edition's interface), else to
the first of them.
"""

from __future__ import annotations

from lxml import etree

from .xmlio import NS

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


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
    declared = declared_languages(tree)
    chosen = [code for code in available if code in declared] or list(available)
    first = main_language(tree) if main_language(tree) in chosen else FALLBACK if FALLBACK in chosen else chosen[0]
    return tuple(sorted(chosen, key=lambda code: code != first))


# the interface language of a text whose own language has no labels, where it has labels
FALLBACK = "en"

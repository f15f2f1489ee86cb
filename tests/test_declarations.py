"""What the header declares for the text is used by the text: every rendition of the tagsDecl
by an element's rendition or a tagUsage, every witness by a reading of the apparatus. A
declaration nothing uses is a sign of markup lost or a header copied from another text. The
uses are the attributes that point (not the header's prose, which names the ids too)."""

from __future__ import annotations

import pytest
from lxml import etree

from edition.xmlio import NS

from conftest import EDITION_TEI, FIXTURES

DOCUMENTS = [EDITION_TEI, FIXTURES / "minimal" / "minimal.xml", FIXTURES / "letter" / "letter.xml"]


def unused_declarations(tree: etree._ElementTree) -> list[str]:
    """The renditions and witnesses declared in the header that nothing points at."""
    pointed = {token[1:] for value in tree.xpath("//tei:*/@rendition | //tei:rdg/@wit", namespaces=NS)
               for token in value.split() if token.startswith("#")}
    declared = tree.xpath("//tei:tagsDecl/tei:rendition/@xml:id | //tei:listWit/tei:witness/@xml:id", namespaces=NS)
    return [f"#{ident}" for ident in declared if ident not in pointed]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_declared_rendition_and_witness_is_used(path):
    assert unused_declarations(etree.parse(str(path))) == []


@pytest.mark.parametrize("removed", ["block", "ldq", "T"])
def test_a_declaration_whose_uses_are_removed_is_reported(removed):
    """The mutation check: take every pointer to one declaration out of the article, and the
    test above fails on it."""
    tree = etree.parse(str(EDITION_TEI))
    for attribute in tree.xpath("//tei:*/@rendition | //tei:rdg/@wit", namespaces=NS):
        tokens = [t for t in attribute.split() if t != f"#{removed}"]
        element = attribute.getparent()
        if tokens:
            element.set(attribute.attrname, " ".join(tokens))
        else:
            del element.attrib[attribute.attrname]
    assert f"#{removed}" in unused_declarations(tree)

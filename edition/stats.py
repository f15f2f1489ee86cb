"""The state of the encoding at a glance: how many of each thing the TEI holds."""

from __future__ import annotations

from lxml import etree

from .xmlio import NS

# label: (register entries, occurrences in the text), or a single XPath count
COUNTS = {
    "persons": ("//tei:standOff//tei:person", "//tei:text//tei:persName[@ref]"),
    "places": ("//tei:standOff//tei:place", "//tei:text//tei:placeName[@ref]"),
    "organisations": ("//tei:standOff//tei:org", "//tei:text//tei:orgName[@ref]"),
    "events": ("//tei:standOff//tei:event", "//tei:text//*[@type='event'][@ref]"),
    # the bibliography may stand in standOff or in the back of the text
    "works cited": ("//tei:listBibl/tei:bibl", "//tei:text//tei:bibl[not(parent::tei:listBibl)] | //tei:text//tei:quote[@source]"),
    "dates": "//tei:text//tei:date[not(ancestor::tei:bibl)]",
    "quotations": "//tei:text//tei:quote",
    "footnotes": "//tei:text//tei:note[@type='authorial']",
    "apparatus entries": "//tei:text//tei:app",
    "commentary notes": "//tei:text//tei:note[@type='commentary']",
}


def counts(tree: etree._ElementTree) -> dict[str, str]:
    out = {}
    for label, spec in COUNTS.items():
        if isinstance(spec, tuple):
            entries, uses = (len(tree.xpath(x, namespaces=NS)) for x in spec)
            out[label] = f"{entries} ({uses} in the text)"
        else:
            out[label] = str(len(tree.xpath(spec, namespaces=NS)))
    return out

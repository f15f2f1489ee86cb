"""A larger copy of a TEI edition, for measuring how the pipeline scales: the body's divisions
repeated N times, still valid against the edition's schema and Schematron.

Each copy after the first gets its own ids (a suffix "-copyK"; pointers inside the copy follow)
and the numbering rules are kept: sections, paragraphs and footnotes are numbered on
through the copies. The registers, bibliography and commentary are not repeated (the
commentary keeps pointing into the first copy). The lines of the witness repeat, so the
copy is not faithful to the transcript: it is for `validate` and `build`, not `check`.

Usage: python scripts/enlarge_body.py TEI TIMES [-o OUT]
"""

from __future__ import annotations

import argparse
import copy
import sys
from pathlib import Path

from lxml import etree

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"tei": TEI}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
# attributes whose tokens may be "#id" pointers
POINTERS = ("ref", "target", "corresp", "source", "resp", "who", "rendition", "calendar", "wit", "ana")


def enlarge(data: bytes, times: int) -> bytes:
    """The TEI (as bytes) with the body's divisions repeated `times` times."""
    if times < 1:
        raise ValueError("times must be at least 1")
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True))
    body = root.find(".//tei:text/tei:body", NS)
    originals = list(body)
    for k in range(2, times + 1):
        copies = [copy.deepcopy(child) for child in originals]
        renamed = {}
        for child in copies:
            for element in child.iter():
                if element.get(XML_ID):
                    renamed[element.get(XML_ID)] = f"{element.get(XML_ID)}-copy{k}"
                    element.set(XML_ID, renamed[element.get(XML_ID)])
        for child in copies:
            for element in child.iter():
                for name in POINTERS:
                    value = element.get(name)
                    if value and "#" in value:
                        element.set(name, " ".join(
                            f"#{renamed[t[1:]]}" if t.startswith("#") and t[1:] in renamed else t
                            for t in value.split()))
            body.append(child)
    _renumber(body)
    return etree.tostring(root.getroottree(), encoding="UTF-8", xml_declaration=True)


def _renumber(body: etree._Element) -> None:
    """Sections, paragraphs and footnotes numbered on through the copies, as the Schematron asks."""
    ids: dict[str, str] = {}
    for n, div in enumerate(body.xpath("tei:div[@type='section']", namespaces=NS), start=1):
        old = div.get(XML_ID)
        div.set("n", str(n))
        div.set(XML_ID, f"sec-{n}")
        ids[old] = f"sec-{n}"
        for head in div.findall("tei:head", NS):
            if head.get("n") is not None:
                head.set("n", str(n))
    for n, p in enumerate(body.xpath(".//tei:p", namespaces=NS), start=1):
        p.set("n", str(n))
    for div in body.xpath(".//tei:div", namespaces=NS):
        for k, p in enumerate(div.findall("tei:p", NS), start=1):
            old = p.get(XML_ID)
            new = f"p-{div.get('n') or div.get(XML_ID)}-{k}"
            if old:
                ids[old] = new
            p.set(XML_ID, new)
    notes = body.getroottree().getroot().xpath("//tei:note[@type='authorial']", namespaces=NS)
    for n, note in enumerate(notes, start=1):
        old = note.get(XML_ID)
        note.set("n", str(n))
        if old:
            note.set(XML_ID, f"fn-{n}")
            ids[old] = f"fn-{n}"
    moved = {old: new for old, new in ids.items() if old != new}
    if not moved:
        return
    for element in body.getroottree().getroot().iter():
        for name in POINTERS:
            value = element.get(name)
            if value and "#" in value:
                element.set(name, " ".join(
                    f"#{moved[t[1:]]}" if t.startswith("#") and t[1:] in moved else t for t in value.split()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tei", type=Path)
    parser.add_argument("times", type=int)
    parser.add_argument("-o", "--output", type=Path)
    args = parser.parse_args()
    result = enlarge(args.tei.read_bytes(), args.times)
    if args.output:
        args.output.write_bytes(result)
    else:
        sys.stdout.buffer.write(result)


if __name__ == "__main__":
    main()

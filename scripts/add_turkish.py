"""One-off: give the editors' English matter of the TEI its Turkish version (issue 13).

Reads scripts/translations/issue-13-turkish.json (each item: the path of an English
element as scripts/translations/extract_english.py listed it, its English and its Turkish
XML, translated by the editors after scripts/translations/BRIEF.md and read back by a
second reader) and rewrites the TEI so that
- a commentary note (which has an id and a number) and a change of revisionDesc hold
  one <p> per language, Turkish first: <note …><p xml:lang="tr">…</p><p xml:lang="en">…</p></note>;
- any other note, label or paragraph of the editors gets a Turkish twin before the
  English one, with the same attributes: <catDesc xml:lang="tr">…</catDesc><catDesc xml:lang="en">…</catDesc>;
- a person's @role becomes <occupation> in each language.

Usage: python scripts/add_turkish.py tei/FILE.xml scripts/translations/issue-13-turkish.json
(run once, on the TEI of commit 16b4cce). Revised by hand afterwards: the edition
statement keeps only the version, the source's date its value, and langUsage says
that the editors' matter is in both languages.
"""

from __future__ import annotations

import copy
import json
import sys
from pathlib import Path

from lxml import etree

TEI = "http://www.tei-c.org/ns/1.0"
T = f"{{{TEI}}}"
LANG = "{http://www.w3.org/XML/1998/namespace}lang"
ID = "{http://www.w3.org/XML/1998/namespace}id"
BLOCKS = {f"{T}p", f"{T}list"}
# notes that have an identity (id, number) hold a p per language; others are repeated
WITH_IDENTITY = {"commentary"}


def fragment(xml: str) -> etree._Element:
    """A Turkish fragment, parsed inside a TEI wrapper."""
    return etree.fromstring(f'<x xmlns="{TEI}">{xml}</x>', etree.XMLParser(resolve_entities=False, no_network=True))


def fill(target: etree._Element, wrapper: etree._Element) -> None:
    target.text = wrapper.text
    for child in wrapper:
        target.append(child)


def as_versions(note: etree._Element, turkish: etree._Element) -> None:
    """The note's content as one block per language, Turkish first."""
    note.attrib.pop(LANG, None)
    if any(child.tag in BLOCKS for child in note):
        english = list(note)
        for block in english:
            block.set(LANG, "en")
        blocks = [b for b in turkish if b.tag in BLOCKS]
        for block in blocks:
            block.set(LANG, "tr")
        for position, block in enumerate(blocks):
            block.tail = "\n"
            note.insert(position, block)
        note.text = "\n"
        return
    en = etree.Element(f"{T}p", {LANG: "en"})
    en.text = note.text
    for child in list(note):
        en.append(child)
    tr = etree.Element(f"{T}p", {LANG: "tr"})
    fill(tr, turkish)
    note.text = None
    note.append(tr)
    note.append(en)


def add_sibling(element: etree._Element, turkish: etree._Element) -> None:
    """A Turkish twin before the element, which is marked English."""
    element.set(LANG, "en")
    twin = etree.Element(element.tag, {k: v for k, v in element.attrib.items() if k not in (ID, LANG)})
    twin.set(LANG, "tr")
    twin.attrib[LANG] = "tr"
    fill(twin, turkish)
    twin.tail = element.tail if element.tail and "\n" in element.tail else ""
    element.addprevious(twin)


def occupations(person: etree._Element, english: str, turkish: etree._Element) -> None:
    person.attrib.pop("role")
    names = person.findall(f"{T}persName")
    anchor = names[-1]
    tail = anchor.tail
    for lang, content in (("en", None), ("tr", turkish)):
        occupation = etree.Element(f"{T}occupation", {LANG: lang})
        if content is None:
            occupation.text = english
        else:
            fill(occupation, content)
        occupation.tail = tail
        anchor.addnext(occupation)


def main(tei: Path, items_file: Path) -> None:
    tree = etree.parse(str(tei), etree.XMLParser(resolve_entities=False, no_network=True))
    items = json.loads(items_file.read_text(encoding="utf-8"))
    turkish = {item["key"]: item["tr"] for item in items}
    missing = [item["key"] for item in items if item["key"] not in turkish]
    if missing:
        sys.exit(f"no Turkish for {len(missing)} items, e.g. {missing[:3]}")
    # every path is resolved before the first change moves anything
    targets = [(item, tree.xpath(item["key"])[0] if item["kind"] != "role" else None) for item in items]
    for item, element in targets:
        fragment_tr = fragment(turkish[item["key"]])
        if item["kind"] == "note" and element.get("type") in WITH_IDENTITY | {None}:
            as_versions(element, fragment_tr)
        elif item["kind"] == "note":  # a note without an identity of its own: a Turkish twin
            add_sibling(element, fragment_tr)
        elif item["kind"] == "sibling":
            add_sibling(element, fragment_tr)
        elif item["kind"] == "role":
            role = item["en"]
            for person in tree.iterfind(f".//{T}person[@role]"):
                if person.get("role") == role:
                    occupations(person, role, copy.deepcopy(fragment_tr))
    # the commentary's division and the source's description are no longer of one language
    for element in tree.xpath("//t:back/t:div[@type='commentary'] | //t:sourceDesc/t:bibl",
                              namespaces={"t": TEI}):
        element.attrib.pop(LANG, None)
    original = tei.read_text(encoding="utf-8")
    prolog = original[:original.index("<TEI")]  # the declaration and the xml-model line, as they were
    tei.write_text(prolog + etree.tostring(tree.getroot(), encoding="unicode") + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]))

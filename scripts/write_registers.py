"""Write the registers (listPerson, listPlace, listOrg, listEvent) into the TEI's standOff.
Run once (2026-11-25); the TEI is now the source of truth.

The entries come from the editors' research notes in scripts/research/*.json (names,
types, dates, coordinates, authority identifiers with how each was verified). The
forms used in the text are not typed in: they are read from the tagged occurrences.
An entry that no occurrence points to is left out and reported.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import unquote
from xml.sax.saxutils import escape

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
TEI = ROOT / "tei" / "turk-rus-iliskileri.xml"
RESEARCH = ROOT / "scripts" / "research"
NS = {"t": "http://www.tei-c.org/ns/1.0"}
TR_ORDER = "AÂBCÇDEFGĞHIİÎJKLMNOÖPRSŞTUÜÛVYZ"


def tr_key(s: str):
    s = s.replace("i", "İ").replace("ı", "I").upper()
    return [TR_ORDER.index(c) if c in TR_ORDER else 100 + ord(c) for c in s]


def surface(el) -> str:
    """An occurrence as written, words joined across line ends (lb break="no")."""
    parts = []

    def walk(node):
        if node.tag == f"{{{NS['t']}}}lb":
            if node.get("break") != "no":
                parts.append(" ")
        else:
            parts.append(node.text or "")
            for child in node:
                walk(child)
        if node is not el:
            parts.append(node.tail or "")

    walk(el)
    return " ".join("".join(parts).split())


def idnos(entry) -> str:
    out = []
    for i in entry.get("idno") or []:
        value = i["value"]
        if i["type"] == "wikipedia":
            value = re.sub(r"//(\w+)\.m\.wikipedia", r"//\1.wikipedia", value)  # desktop address of the same page
            value = unquote(value)
        out.append(f'<idno type="{i["type"]}">{escape(value)}</idno>')
    return "".join(out)


def note(entry) -> str:
    return f'<note type="identification" xml:lang="en">{escape(entry["note_en"])}</note>' if entry.get("note_en") else ""


def names(tag, entry, forms) -> str:
    out = [f'<{tag} type="reg" xml:lang="tr">{escape(entry["name_tr"])}</{tag}>']
    if entry.get("name_en") and entry["name_en"] != entry["name_tr"]:
        out.append(f'<{tag} type="reg" xml:lang="en">{escape(entry["name_en"])}</{tag}>')
    for f in sorted(forms, key=tr_key):
        out.append(f'<{tag} type="variant">{escape(f)}</{tag}>')
    return "".join(out)


def dates(entry, keys=("when", "from", "to")) -> str:
    return "".join(f' {k}="{entry[k]}"' for k in keys if entry.get(k))


def main() -> None:
    text = TEI.read_text(encoding="utf-8")
    tree = etree.fromstring(text.encode())
    forms = defaultdict(set)
    for el in tree.xpath("//t:text//*[@ref]", namespaces=NS):
        forms[el.get("ref")[1:]].add(surface(el))
    research = {}
    for f in ("persons", "places", "orgs_events", "editor_additions"):
        for e in json.loads((RESEARCH / f"{f}.json").read_text(encoding="utf-8")):
            research[e["id"]] = e
    missing = sorted(set(forms) - set(research))
    if missing:
        sys.exit(f"no research entry for {missing}")
    unused = sorted(set(research) - set(forms))
    print("left out (not referenced in the text):", unused)

    def entries(prefix):
        return sorted((research[i] for i in forms if i.startswith(prefix)), key=lambda e: tr_key(e["name_tr"]))

    persons, places, orgs, events = [], [], [], []
    for e in entries("per-"):
        life = (f'<birth when="{e["birth"]}"/>' if e.get("birth") else "") + (f'<death when="{e["death"]}"/>' if e.get("death") else "")
        persons.append(f'<person xml:id="{e["id"]}" role="{escape(e["type"])}" cert="{e["cert"]}">'
                       f'{names("persName", e, forms[e["id"]])}{life}{idnos(e)}{note(e)}</person>')
    for e in entries("pla-"):
        geo = f'<location><geo>{e["geo"]}</geo></location>' if e.get("geo") else ""
        places.append(f'<place xml:id="{e["id"]}" type="{e["type"]}" cert="{e["cert"]}">'
                      f'{names("placeName", e, forms[e["id"]])}{geo}{idnos(e)}{note(e)}</place>')
    for e in entries("org-"):
        orgs.append(f'<org xml:id="{e["id"]}" type="{e["type"]}" cert="{e["cert"]}">'
                    f'{names("orgName", e, forms[e["id"]])}{idnos(e)}{note(e)}</org>')
    for e in entries("evt-"):
        labels = names("label", e, forms[e["id"]])
        events.append(f'<event xml:id="{e["id"]}" type="{e["type"]}"{dates(e)} cert="{e["cert"]}">'
                      f'{idnos(e)}{labels}{note(e)}</event>')

    def block(tag, head, rows):
        return f'<{tag}>\n<head xml:lang="en">{head}</head>\n' + "\n".join(rows) + f"\n</{tag}>"

    registers = "\n".join([
        block("listPerson", "Persons", persons), block("listPlace", "Places", places),
        block("listOrg", "Organisations", orgs), block("listEvent", "Events", events)])
    text = re.sub(r"\n<list(Person|Place|Org|Event)>.*?</list\1>", "", text, flags=re.S)
    text = text.replace("<standOff>\n", "<standOff>\n" + registers + "\n", 1)
    TEI.write_text(text, encoding="utf-8")
    print(len(persons), "persons,", len(places), "places,", len(orgs), "organisations,", len(events), "events")


if __name__ == "__main__":
    main()

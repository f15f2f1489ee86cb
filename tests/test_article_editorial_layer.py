"""The article's data, not the code: its editorial layer. References resolve to the right kind
of entry, every entry is used, no registered name is left untagged, dates have sound machine
values, the apparatus gives the witness's reading (the known errors of the witness among them),
and the registers' authority identifiers are well formed and backed by the research notes.
These check the article's encoding; the code's behaviour is tested on any document (the
article and the fixtures) in the other test files."""

import json
import re
from datetime import date

import pytest

from edition import pipeline
from edition.xmlio import NS, XML_ID

from conftest import ROOT

TEI_NS = NS["tei"]

# element (or typed element) in the text → the register element its @ref must point to
REF_KINDS = {
    "persName": "person", "placeName": "place", "orgName": "org", "name": "event", "rs": "event",
}


def by_id(tree):
    return {el.get(XML_ID): el for el in tree.iter() if el.get(XML_ID)}


def local(el):
    return etree_qname(el).localname


def etree_qname(el):
    from lxml import etree
    return etree.QName(el)


def test_every_reference_resolves_to_the_right_kind_of_entry(edition_doc):
    ids = by_id(edition_doc.tree)
    wrong = []
    for el in edition_doc.tree.xpath("//tei:text//*[@ref]", namespaces=NS):
        target = ids.get(el.get("ref").removeprefix("#"))
        want = REF_KINDS[local(el)]
        if target is None or local(target) != want or not target.xpath("ancestor::tei:standOff", namespaces=NS):
            wrong.append((el.sourceline, el.get("ref")))
    assert wrong == []


def test_citations_quotation_sources_and_footnote_references_point_into_the_bibliography(edition_doc):
    ids = by_id(edition_doc.tree)
    pointers = (edition_doc.tree.xpath("//tei:text//tei:bibl/tei:ref/@target", namespaces=NS)
                + edition_doc.tree.xpath("//tei:text//tei:bibl/@corresp", namespaces=NS)
                + edition_doc.tree.xpath("//tei:text//tei:quote/@source", namespaces=NS))
    assert pointers
    for p in pointers:
        target = ids.get(p.removeprefix("#"))
        # a quotation may point at the citation in the text that gives its source and range
        if target is not None and local(target) == "bibl" and target.find("tei:ref", NS) is not None:
            target = ids.get(target.find("tei:ref", NS).get("target").removeprefix("#"))
        assert target is not None and local(target) == "bibl" and local(target.getparent()) == "listBibl", p


def test_quotations_without_a_source_are_explained_in_the_commentary(edition_doc):
    ids = by_id(edition_doc.tree)
    commented = {t.removeprefix("#") for n in edition_doc.tree.xpath("//tei:note[@type='commentary']", namespaces=NS)
                 for t in n.get("target").split()}
    for q in edition_doc.tree.xpath("//tei:text//tei:quote[not(parent::tei:cit/tei:bibl)][not(@source)]", namespaces=NS):
        anchor = q.getparent() if local(q.getparent()) == "cit" else q
        known = {anchor.get(XML_ID), q.get(XML_ID)}
        if not known & commented:
            # a phrase taken up again from a quotation given just before (the same source)
            assert len("".join(q.itertext()).split()) <= 12, q.sourceline


def test_every_text_bibl_is_linked(edition_doc):
    loose = edition_doc.tree.xpath("//tei:text//tei:bibl[not(tei:ref[@target]) and not(@corresp)]", namespaces=NS)
    assert loose == []


def test_every_register_entry_is_used(edition_doc):
    used = {p.removeprefix("#") for attr in ("ref", "target", "corresp", "source")
            for v in edition_doc.tree.xpath(f"//tei:text//@{attr}", namespaces=NS) for p in v.split()}
    entries = edition_doc.tree.xpath("//tei:standOff//*[self::tei:person or self::tei:place or self::tei:org "
                                     "or self::tei:event or (self::tei:bibl and parent::tei:listBibl)]/@xml:id",
                                     namespaces=NS)
    assert entries and sorted(set(entries) - used) == []


def test_witnesses_resp_and_commentary_targets_resolve(edition_doc):
    ids = by_id(edition_doc.tree)
    for attr, kind in (("wit", "witness"), ("resp", "respStmt"), ("calendar", "calendar")):
        for v in edition_doc.tree.xpath(f"//tei:text//@{attr}", namespaces=NS):
            for p in v.split():
                assert local(ids[p.removeprefix("#")]) == kind, (attr, p)
    for note in edition_doc.tree.xpath("//tei:note[@type='commentary']", namespaces=NS):
        for p in note.get("target").split():
            assert p.removeprefix("#") in ids


def text_outside_entities(block):
    """The block's running text with entity elements, titles, references, witness readings
    and editors' notes blanked out, words joined across line ends."""
    skip = {"persName", "placeName", "orgName", "name", "rs", "title", "bibl", "rdg", "note", "date"}
    parts = []

    def walk(el, inside):
        if el is not block and local(el) in skip:
            parts.append(" □ ")
            parts.append(el.tail or "")
            return
        if local(el) == "lb" and el.get("break") != "no":
            parts.append(" ")
        parts.append(el.text or "")
        for child in el:
            walk(child, inside)
        if el is not block:
            parts.append(el.tail or "")

    walk(block, False)
    return "".join(parts)


def test_no_registered_form_is_left_untagged(edition_doc):
    tree = edition_doc.tree
    # descriptions (rs: "işgal", "katliamlar") are not names; every name form must be tagged
    descriptions = {" ".join("".join(r.itertext()).split()) for r in tree.xpath("//tei:text//tei:rs", namespaces=NS)}
    forms = {}
    for entry in tree.xpath("//tei:standOff//*[@xml:id][*[@type='variant']]", namespaces=NS):
        for v in entry.xpath("*[@type='variant']", namespaces=NS):
            if " ".join(v.text.split()) not in descriptions:
                forms.setdefault(" ".join(v.text.split()), entry.get(XML_ID))
    blocks = tree.xpath("//tei:text//*[self::tei:p or self::tei:head or self::tei:ab or "
                        "self::tei:note[@type='authorial']][not(ancestor::tei:back)]", namespaces=NS)
    untagged = []
    for block in blocks:
        text = " ".join(text_outside_entities(block).split())
        for form, ref in forms.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w])", text):
                untagged.append((block.sourceline, form, ref, text[max(0, m.start() - 30):m.end() + 10]))
    assert untagged == []


def test_every_date_has_a_sound_machine_value(edition_doc):
    def parse(v):
        parts = [int(x) for x in v.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)

    for d in edition_doc.tree.xpath("//tei:text//tei:date", namespaces=NS):
        values = {k: d.get(k) for k in ("when", "from", "to", "notBefore", "notAfter") if d.get(k)}
        assert values, d.sourceline
        for v in values.values():
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", v), (d.sourceline, v)
            assert date(1800, 1, 1) <= parse(v) <= date(2026, 12, 31), (d.sourceline, v)
        if "from" in values:
            assert "to" in values and parse(values["from"]) <= parse(values["to"])
        if "notBefore" in values and "notAfter" in values:
            assert parse(values["notBefore"]) <= parse(values["notAfter"])
        if d.get("evidence") == "conjecture":
            assert d.get("resp") and d.get("cert")


@pytest.mark.parametrize("witness_reading, edited", [
    ("programlarnı", "programlarını"), ("geçekleştirdiği", "gerçekleştirdiği"),
    ("Vandov 1979", "Vandov 2014"),
])
def test_known_errors_of_the_witness_are_in_the_apparatus(edition_doc, witness_reading, edited):
    apps = [a for a in edition_doc.tree.xpath("//tei:app", namespaces=NS)
            if "".join(a.find("tei:rdg", NS).itertext()) == witness_reading]
    assert len(apps) >= 1
    assert "".join(apps[0].find("tei:lem", NS).itertext()) == edited


@pytest.mark.parametrize("written_apart", ["bir takım", "top yekûn", "süre gelen"])
def test_the_witness_word_division_is_kept_as_its_spelling(edition_doc, written_apart):
    """Words the witness writes apart, which today's orthography joins, stand as written in the
    reading text (the header's normalisation rule); no apparatus entry joins them."""
    reading = " ".join(pipeline.text(edition_doc).split())
    assert written_apart in reading
    assert written_apart.replace(" ", "") not in reading
    for app in edition_doc.tree.xpath("//tei:text//tei:app", namespaces=NS):
        assert written_apart not in "".join(app.find("tei:rdg", NS).itertext())


def test_every_app_has_one_lemma_a_declared_type_and_the_witness_reading(edition_doc):
    declared = {c.get(XML_ID).removeprefix("intervention-")
                for c in edition_doc.tree.xpath("//tei:taxonomy[@xml:id='intervention']/tei:category", namespaces=NS)}
    for app in edition_doc.tree.xpath("//tei:app", namespaces=NS):
        assert len(app.findall("tei:lem", NS)) == 1
        assert app.get("type") in declared
        assert app.find("tei:rdg[@wit='#T']", NS) is not None


def test_the_truncated_footnote_is_recorded(edition_doc):
    note10 = edition_doc.tree.find(".//tei:note[@n='10']", NS)
    app = note10.find(".//tei:app[@type='truncation']", NS)
    assert app is not None and app.find("tei:lem/tei:gap", NS) is not None


def test_three_kinds_of_notes_are_kept_apart(edition_doc):
    kinds = {n.get("type") for n in edition_doc.tree.xpath("//tei:text//tei:note", namespaces=NS)}
    assert {"authorial", "apparatus", "commentary"} <= kinds
    for n in edition_doc.tree.xpath("//tei:text//tei:note[@type!='authorial']", namespaces=NS):
        assert n.get("resp") == "#edition-team"


def test_places_with_coordinates_have_valid_geo(edition_doc):
    geos = edition_doc.tree.xpath("//tei:place//tei:geo", namespaces=NS)
    assert geos
    for g in geos:
        lat, lon = (float(x) for x in g.text.split())
        assert -90 <= lat <= 90 and -180 <= lon <= 180


def test_authority_identifiers_are_well_formed(edition_doc):
    for idno in edition_doc.tree.xpath("//tei:standOff//*[self::tei:person or self::tei:place or self::tei:org "
                                       "or self::tei:event]/tei:idno", namespaces=NS):
        if idno.get("type") == "geonames":
            assert idno.text.isdigit()
        elif idno.get("type") == "wikipedia":
            # the article's address: no mobile site, no fixed revision
            assert re.fullmatch(r"https://[a-z]{2,6}\.wikipedia\.org/wiki/[^?#\s]+", idno.text), idno.text
        elif idno.get("type") == "tdvia":
            assert re.fullmatch(r"https://islamansiklopedisi\.org\.tr/[a-z0-9-]+", idno.text), idno.text
        elif idno.get("type") == "wikidata":
            assert re.fullmatch(r"Q[1-9][0-9]*", idno.text), idno.text
        else:
            pytest.fail(f"unexpected idno type {idno.get('type')}")


def _research_evidence() -> dict[tuple[str, str, str], str]:
    """(entry id, identifier type, value) → how it was verified, from the research notes."""
    found = {}
    for path in sorted((ROOT / "scripts" / "research").glob("*.json")):
        records = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(records, list):
            continue
        for record in records:
            for idno in [*record.get("idno", []), *record.get("idno_add", [])] if isinstance(record, dict) else []:
                if idno.get("evidence", "").strip():
                    found[(record["id"], idno["type"], idno["value"])] = idno["evidence"]
    return found


def test_every_authority_identifier_has_its_evidence_in_the_research_notes(edition_doc):
    """The header says identifiers are given only where verified, and that the research notes
    record how: each idno of a register entry must be found there, for that entry, with evidence."""
    evidence = _research_evidence()
    missing = [(entry.get(XML_ID), idno.get("type"), idno.text)
               for entry in edition_doc.tree.xpath("//tei:standOff//*[self::tei:person or self::tei:place or self::tei:org or self::tei:event][tei:idno]", namespaces=NS)
               for idno in entry.findall("tei:idno", NS)
               if (entry.get(XML_ID), idno.get("type"), idno.text) not in evidence]
    assert missing == []


def test_a_wikipedia_in_another_language_only_where_there_is_no_english_article(edition_doc):
    """The English article where one exists, the Turkish beside it; another language (Simple
    English, Scots, Galician…) only for an entry that has no English link."""
    for entry in edition_doc.tree.xpath("//tei:standOff//*[self::tei:person or self::tei:place or self::tei:org "
                                        "or self::tei:event][tei:idno[@type='wikipedia']]", namespaces=NS):
        languages = [re.match(r"https://([a-z-]+)\.", idno.text).group(1)
                     for idno in entry.findall("tei:idno[@type='wikipedia']", NS)]
        assert len(languages) == len(set(languages)), entry.get(XML_ID)
        if "en" in languages:
            assert set(languages) <= {"en", "tr"}, (entry.get(XML_ID), languages)

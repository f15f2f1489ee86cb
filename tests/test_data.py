"""The open data (edition build data): registers as CSV and JSON-LD, places as GeoJSON, a
Dublin Core record. Every expectation is read from the TEI here, never from a stored output,
and the files of each test document are checked: the article, the minimal document (no
registers) and the English letter (persons and places only)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import geojson
import pytest
from lxml import etree
from pyld import jsonld

from edition import pipeline, saxon

from conftest import DOCUMENTS, EDITION_TEI, FIXTURES, document_id, minimal_copy

TEI = "http://www.tei-c.org/ns/1.0"
NS = {"t": TEI}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
BASE = "https://example.org/editions/rus/"
KINDS = {"person": "persons", "place": "places", "org": "organisations", "event": "events"}
SCHEMA_TYPES = {"person": "Person", "place": "Place", "org": "Organization", "event": "Event"}


def languages(tree) -> list[str]:
    """The languages of the data: those the header's langUsage declares, in its order."""
    declared = tree.xpath("/t:TEI/t:teiHeader/t:profileDesc/t:langUsage/t:language/@ident", namespaces=NS)
    return list(dict.fromkeys(declared))


def columns(kind: str, langs: list[str]) -> list[str]:
    per_language = lambda stem: [f"{stem}_{lang}" for lang in langs]  # noqa: E731
    return {
        "person": ["id", *per_language("name"), *per_language("occupation"), "birth", "death", *per_language("dates"),
                   "certainty", "authority", "occurrence_count", "occurrences"],
        "place": ["id", *per_language("name"), "type", *per_language("type"), "latitude", "longitude",
                  "certainty", "authority", "occurrence_count", "occurrences"],
        "org": ["id", *per_language("name"), "type", *per_language("type"), "certainty", "authority",
                "occurrence_count", "occurrences"],
        "event": ["id", *per_language("name"), "type", *per_language("type"), "start", "end", *per_language("dates"),
                  "certainty", "authority", "occurrence_count", "occurrences"],
    }[kind]


def build_data(path, out, base_url=None) -> dict[str, bytes]:
    doc = pipeline.Document.load(path)
    pipeline.build(doc, out, ["data"], settings=pipeline.Settings(base_url=base_url))
    folder = out / "data" / doc.name
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module", params=DOCUMENTS, ids=document_id)
def document(request) -> Path:
    """The document under test; a test meant for the article only says so (parametrize, indirect)."""
    return request.param


@pytest.fixture(scope="module")
def data(document, tmp_path_factory) -> dict[str, bytes]:
    return build_data(document, tmp_path_factory.mktemp("data"))


@pytest.fixture(scope="module")
def data_with_base(document, tmp_path_factory) -> dict[str, bytes]:
    return build_data(document, tmp_path_factory.mktemp("data-base"), BASE)


@pytest.fixture(scope="module")
def tree(document):
    return etree.parse(str(document))


ARTICLE_ONLY = pytest.mark.parametrize("document", [EDITION_TEI], indirect=True, ids=document_id)


# ---------- what the TEI says, read here ----------

def entries(tree, kind):
    return tree.xpath(f"/t:TEI/t:standOff//t:{kind}[@xml:id]", namespaces=NS)


def name(entry, lang):
    """The regularised name in a language, else the Turkish one, else the first (ed:entity-name)."""
    names = [n for n in entry if n.get("type") == "reg"]
    chosen = ([n for n in names if n.get(XML_LANG) == lang] + [n for n in names if n.get(XML_LANG) == "tr"] + names)[0]
    return " ".join("".join(chosen.itertext()).split())


def authority(entry):
    links = []
    for idno in entry.findall(f"{{{TEI}}}idno"):
        value = idno.text.strip()
        links.append(f"https://www.geonames.org/{value}" if idno.get("type") == "geonames" else value)
    return links


def latlon(place):
    geo = place.find(f"{{{TEI}}}location/{{{TEI}}}geo")
    return None if geo is None else tuple(float(v) for v in geo.text.split())


def reading(el) -> str:
    """The edited reading of an element: its text without the witness's readings and notes."""
    parts = []

    def walk(node):
        parts.append(node.text or "")
        for child in node:
            if child.tag not in (f"{{{TEI}}}rdg", f"{{{TEI}}}note"):
                walk(child)
            parts.append(child.tail or "")

    walk(el)
    return " ".join("".join(parts).split())


def label(el) -> str:
    """Where the text names something, as the edition labels it: "§12", "§13 n. 4", or its
    division's name: the heading, else (a letter) the dateline, else the division's id."""
    p = el.xpath("ancestor-or-self::t:p[@n][1]", namespaces=NS)
    if p:
        n = p[0].get("n")
        where = f"§{n}" if n.isdigit() else n
        note = el.xpath("ancestor-or-self::t:note[@place='foot'][1]", namespaces=NS)
        return where + (f" n. {note[0].get('n')}" if note else "")
    div = el.xpath("ancestor::t:div[1]", namespaces=NS)[0]
    named = div.xpath("t:head | t:opener/t:dateline", namespaces=NS)
    return reading(named[0]) if named else div.get(XML_ID)


def occurrences(tree, entry):
    target = "#" + entry.get(XML_ID)
    return [label(el) for el in tree.xpath("/t:TEI/t:text//*[@ref]", namespaces=NS) if target in el.get("ref").split()]


def read_csv(raw: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


# ---------- CSV ----------

@pytest.mark.parametrize("kind", KINDS)
def test_csv_has_its_columns_and_every_entry_once(data, tree, kind):
    raw = data[f"{KINDS[kind]}.csv"]
    assert not raw.startswith(b"\xef\xbb\xbf")  # UTF-8 without a byte order mark
    assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF, RFC 4180
    header = next(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert header == columns(kind, languages(tree))
    rows = read_csv(raw)
    expected = entries(tree, kind)  # (the article has entries of every kind: tests/test_article_outputs.py)
    assert [r["id"] for r in rows] == [e.get(XML_ID) for e in expected]  # each once, in the TEI's order


@pytest.mark.parametrize("kind", KINDS)
def test_csv_says_what_the_register_says(data, tree, kind):
    rows = {r["id"]: r for r in read_csv(data[f"{KINDS[kind]}.csv"])}
    types = json.loads((EDITION_TEI.parent.parent / "web" / "messages.json").read_text(encoding="utf-8"))
    for entry in entries(tree, kind):
        row = rows[entry.get(XML_ID)]
        for lang in languages(tree):
            assert row[f"name_{lang}"] == name(entry, lang)
        assert row["certainty"] == entry.get("cert")
        assert row["authority"].split() == authority(entry)
        found = occurrences(tree, entry)
        assert row["occurrence_count"] == str(len(found)), entry.get(XML_ID)
        assert (row["occurrences"].split("; ") if row["occurrences"] else []) == found, entry.get(XML_ID)
        if kind == "person":
            for lang in languages(tree):
                jobs = [o for o in entry.findall(f"{{{TEI}}}occupation") if o.get(XML_LANG) == lang]
                assert row[f"occupation_{lang}"] == (jobs[0].text.strip() if jobs else "")
            for event in ("birth", "death"):
                found = entry.find(f"{{{TEI}}}{event}")
                assert row[event] == (found.get("when") if found is not None else "")
        else:
            assert row["type"] == entry.get("type")
            for lang in languages(tree):
                assert row[f"type_{lang}"] == types.get(lang, {}).get(f"type-{entry.get('type')}", entry.get("type"))
        if kind == "place":
            point = latlon(entry)
            assert (float(row["latitude"]), float(row["longitude"])) == point if point else row["latitude"] == row["longitude"] == ""
        if kind == "event":
            assert row["start"] == (entry.get("when") or entry.get("from"))
            assert row["end"] == (entry.get("when") or entry.get("to"))
            assert row["dates_en"] and row["dates_tr"]


@ARTICLE_ONLY  # the test documents name nothing in a footnote or a heading
def test_occurrences_in_footnotes_and_headings_are_labelled_as_the_edition_labels_them(data):
    rows = {r["id"]: r for kind in KINDS for r in read_csv(data[f"{KINDS[kind]}.csv"])}
    labels = [label for row in rows.values() for label in row["occurrences"].split("; ")]
    assert any(re.fullmatch(r"§\d+ n\. \d+", label) for label in labels)  # a name in a footnote
    assert any(not label.startswith("§") and len(label.split()) > 2 for label in labels)  # in a heading


def test_hostile_names_cannot_break_a_record_or_run_as_a_formula(mutant, tmp_path):
    hostile = '=HYPERLINK("https://example.org/?a=1","Ahmet, ""Muhtar""")\n+ ikinci satır'
    escaped = hostile.replace("&", "&amp;").replace("<", "&lt;")
    path = mutant(lambda text: text.replace('<persName type="reg" xml:lang="tr">Ahmet Muhtar (Mollaoğlu) Bey</persName>',
                                            f'<persName type="reg" xml:lang="tr">{escaped}</persName>', 1))
    raw = build_data(path, tmp_path / "out")["persons.csv"]
    rows = read_csv(raw)
    row = next(r for r in rows if r["id"] == "per-ahmet-muhtar")
    shown = " ".join(hostile.split())  # blank space normalised, as every output shows a name
    assert row["name_tr"] == "'" + shown  # neutralised: text, never a formula
    assert len(rows) == len(etree.parse(str(path)).xpath("//t:listPerson/t:person", namespaces=NS))
    line = next(l for l in raw.decode("utf-8").split("\r\n") if l.startswith("per-ahmet-muhtar,"))
    assert "\"'=HYPERLINK(\"\"https://example.org/?a=1\"\",\"\"Ahmet, \"\"\"\"Muhtar\"\"\"\"\"\")" in line
    # numbers and ISO dates stay numbers, though a negative one begins with "-"
    assert row["birth"] == "1870"


@pytest.fixture(scope="module")
def csv_field(tmp_path_factory):
    """ed:csv-field of xslt/data/, run through an engine of the project's own (made, like every
    processor of the edition, in a minimal environment)."""
    sheet = tmp_path_factory.mktemp("csv-field") / "probe.xsl"
    sheet.write_text(f"""<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
        xmlns:ed="urn:edition:functions" xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xsl:import href="{(saxon.XSLT_DIR / 'data' / 'data.xsl').as_uri()}"/>
      <xsl:param name="value" as="xs:string"/>
      <xsl:template match="/"><xsl:value-of select="ed:csv-field($value)"/></xsl:template>
    </xsl:stylesheet>""", encoding="utf-8")
    engine = saxon.Engine({"probe": sheet})
    return lambda value: engine.transform("probe", "<x/>", "probe", value=value).main


@pytest.mark.parametrize("value, written", [
    ("plain", "plain"),
    ("a, b", '"a, b"'),
    ('say "x"', '"say ""x"""'),
    ("two\nlines", '"two\nlines"'),
    ("cr\rlf", '"cr\rlf"'),
    ("=1+1", "\"'=1+1\""),
    ("@SUM(A1)", "\"'@SUM(A1)\""),
    ("+1", "\"'+1\""),
    ("-2+3", "\"'-2+3\""),
    ("\tx", "\"'\tx\""),
    ("-12.5", "-12.5"),
    ("1918-10-30", "1918-10-30"),
])
def test_the_csv_field_function(csv_field, value, written):
    """The quoting function itself, for what a normalised TEI value can never hold (a line end)."""
    assert csv_field(value) == written


# ---------- JSON-LD ----------

def _no_network(url, options=None):
    raise AssertionError(f"the JSON-LD asked for {url}")


def test_jsonld_expands_offline_and_has_every_entry_once(data, tree):
    document = json.loads(data["registers.jsonld"])
    assert isinstance(document["@context"], dict)  # inline: nothing to fetch
    jsonld.set_document_loader(_no_network)
    expanded = jsonld.expand(document)
    graph = document["@graph"]
    every = [e for kind in KINDS for e in entries(tree, kind)]
    nodes = [n for n in graph if n["@type"] != "ScholarlyArticle"]
    assert sorted(n["identifier"] for n in nodes) == sorted(e.get(XML_ID) for e in every)  # each exactly once
    assert len(expanded) == len(graph)
    types = {t for node in expanded for t in node["@type"]}
    present = [SCHEMA_TYPES[kind] for kind in KINDS if entries(tree, kind)]
    assert types == {f"https://schema.org/{t}" for t in [*present, "ScholarlyArticle"]}
    [article] = [n for n in graph if n["@type"] == "ScholarlyArticle"]
    assert [m["@id"] for m in article["mentions"]] == [f"#{e.get(XML_ID)}" for e in every]
    titles = tree.xpath("//t:titleStmt/t:title[@type='main']", namespaces=NS)
    assert {(t["@language"], t["@value"]) for t in article["name"]} == {(t.get(XML_LANG), " ".join(t.text.split())) for t in titles}


def test_jsonld_says_what_the_register_says(data, tree):
    nodes = {n.get("identifier"): n for n in json.loads(data["registers.jsonld"])["@graph"]}
    for kind, schema_type in SCHEMA_TYPES.items():
        for entry in entries(tree, kind):
            node = nodes[entry.get(XML_ID)]
            assert node["@id"] == "#" + entry.get(XML_ID)
            assert node["@type"] == schema_type
            assert node["name"] == [{"@value": name(entry, lang), "@language": lang} for lang in languages(tree)]
            assert node.get("sameAs", []) == authority(entry)
            point = latlon(entry) if kind == "place" else None
            if point:
                assert node["geo"] == {"@type": "GeoCoordinates", "latitude": point[0], "longitude": point[1]}
            else:
                assert "geo" not in node
            if kind == "event":
                assert node["startDate"] == (entry.get("when") or entry.get("from"))


def test_jsonld_names_the_canonical_address_where_there_is_one(data_with_base, tree):
    graph = json.loads(data_with_base["registers.jsonld"])["@graph"]
    [article] = [n for n in graph if n["@type"] == "ScholarlyArticle"]
    assert article["@id"] == BASE
    for kind, page in KINDS.items():
        for entry in entries(tree, kind):
            assert f"{BASE}{page}.html#{entry.get(XML_ID)}" in [m["@id"] for m in article["mentions"]]
    expanded = jsonld.expand(json.loads(data_with_base["registers.jsonld"]))
    same_as = sorted(v["@id"] for node in expanded for v in node.get("https://schema.org/sameAs", []))
    # sameAs are addresses (@id), not strings
    assert same_as == sorted(link for kind in KINDS for e in entries(tree, kind) for link in authority(e))


# ---------- GeoJSON ----------

def test_geojson_is_valid_and_has_every_place_with_coordinates_once_lon_lat(data, tree):
    collection = geojson.loads(data["places.geojson"].decode("utf-8"))
    assert collection.is_valid, collection.errors()
    assert collection["type"] == "FeatureCollection"
    expected = {p.get(XML_ID): latlon(p) for p in entries(tree, "place") if latlon(p)}
    features = collection["features"]
    assert [f["properties"]["id"] for f in features] == list(expected)  # each once, in the register's order
    for feature in features:
        lat, lon = expected[feature["properties"]["id"]]
        assert feature["geometry"]["type"] == "Point"
        assert feature["geometry"]["coordinates"] == [lon, lat]  # RFC 7946: longitude first
        place = tree.xpath(f"//t:place[@xml:id='{feature['properties']['id']}']", namespaces=NS)[0]
        assert feature["properties"]["type"] == place.get("type")
        assert feature["properties"]["certainty"] == place.get("cert")
        assert feature["properties"]["authority"] == authority(place)
        assert feature["properties"]["link"] is None  # no canonical address in this build
        for lang in languages(tree):
            assert feature["properties"][f"name_{lang}"] == name(place, lang)


def test_geojson_links_each_place_to_its_entry_at_the_canonical_address(data_with_base):
    for feature in json.loads(data_with_base["places.geojson"])["features"]:
        assert feature["properties"]["link"] == f"{BASE}places.html#{feature['properties']['id']}"


# ---------- Dublin Core ----------

def test_oai_dc_record_has_each_element_of_the_header(data_with_base, tree, document):
    name_ = document.stem
    record = etree.fromstring(data_with_base[f"{name_}.oai_dc.xml"])
    assert record.tag == f"{{{OAI_DC}}}dc"
    assert {etree.QName(el).namespace for el in record} == {DC}

    def dc(element):
        return [(el.get(XML_LANG), el.text) for el in record.findall(f"{{{DC}}}{element}")]

    def tei(xpath):
        return [(el.xpath("string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)"), reading(el))
                for el in tree.xpath(xpath, namespaces=NS)]

    header = "/t:TEI/t:teiHeader"
    assert dc("title") == tei(f"{header}/t:fileDesc/t:titleStmt/t:title[@type='main']")
    assert dc("contributor") == tei(f"{header}/t:fileDesc/t:titleStmt/t:respStmt/t:orgName")
    assert dc("subject") == tei(f"{header}/t:profileDesc/t:textClass/t:keywords/t:term")
    assert dc("description") == tei(f"{header}/t:profileDesc/t:abstract")
    assert dc("publisher") == tei(f"{header}/t:fileDesc/t:publicationStmt/t:publisher")
    assert dc("date") == [(None, when) for when in tree.xpath(f"{header}/t:fileDesc/t:publicationStmt/t:date/@when", namespaces=NS)]
    assert dc("type") == [(None, "Text")]
    assert dc("format") == [(None, "application/tei+xml")]
    assert dc("identifier") == [(None, BASE)]
    assert [v for _, v in dc("language")] == list(dict.fromkeys(tree.xpath(f"{header}//t:langUsage/t:language/@ident", namespaces=NS)))
    rights = [v for _, v in dc("rights")]
    for licence in tree.xpath(f"{header}//t:availability/t:licence", namespaces=NS):
        assert reading(licence) in rights and licence.get("target") in rights
    sources = [v for _, v in dc("source")]
    for note in tree.xpath(f"{header}/t:fileDesc/t:sourceDesc//t:note[@type='source']", namespaces=NS):
        assert reading(note) in sources
    # the authors the header names, and the source's where it is known (none is invented: the
    # article's author is not in its witness, tests/test_article_outputs.py)
    assert dc("creator") == tei(f"{header}/t:fileDesc/t:titleStmt/t:author | "
                                f"{header}/t:fileDesc/t:sourceDesc/t:bibl/t:author[not(.//t:gap)]")


# ---------- the second document, determinism, the site ----------

def test_the_minimal_fixture_builds_its_data_with_empty_registers(tmp_path):
    source = minimal_copy(tmp_path / "in")
    made = build_data(source, tmp_path / "out")
    langs = languages(pipeline.Document.load(source).tree)
    assert sorted(made) == ["events.csv", "minimal.oai_dc.xml", "organisations.csv", "persons.csv", "places.csv",
                            "places.geojson", "registers.jsonld"]
    for kind, page in KINDS.items():
        assert made[f"{page}.csv"] == (",".join(columns(kind, langs)) + "\r\n").encode("utf-8")  # the header only
    collection = geojson.loads(made["places.geojson"].decode("utf-8"))
    assert collection.is_valid and collection["features"] == []
    graph = json.loads(made["registers.jsonld"])["@graph"]
    assert len(graph) == 1 and graph[0]["@type"] == "ScholarlyArticle" and graph[0]["mentions"] == []
    record = etree.fromstring(made["minimal.oai_dc.xml"])
    tei = etree.parse(str(FIXTURES / "minimal" / "minimal.xml"))
    assert record.findtext(f"{{{DC}}}title") == tei.xpath("string(//t:titleStmt/t:title)", namespaces=NS)


def test_two_builds_give_the_same_bytes(data, document, tmp_path):
    assert build_data(document, tmp_path / "again") == data


def test_the_site_offers_the_data_for_download(tmp_path):
    path = minimal_copy(tmp_path / "in")
    doc = pipeline.Document.load(path)
    pipeline.build(doc, tmp_path / "out", ["data", "html"])
    data_files = sorted(p.name for p in (tmp_path / "out" / "data" / doc.name).iterdir())
    site = pipeline.site_folder(tmp_path / "out", doc)
    for file in data_files:
        assert (site / "downloads" / file).read_bytes() == (tmp_path / "out" / "data" / doc.name / file).read_bytes()
    about = (site / "about.html").read_text(encoding="utf-8")
    for file in data_files:
        assert f'href="downloads/{file}"' in about
    assert 'href="about.html#downloads"' in (site / "index.html").read_text(encoding="utf-8")


def test_a_language_without_labels_gets_no_column_of_the_interfaces_words(tmp_path):
    """The data's languages are the header's; what is said in the interface's words (a type,
    dates in words) is given only in a language that has them (else English): a French text's
    type_fr held "city" and its dates_fr English words."""
    text = (FIXTURES / "letter" / "letter.xml").read_text(encoding="utf-8")
    text = re.sub(r"<langUsage>.*?</langUsage>", '<langUsage><language ident="fr" xml:lang="fr">français</language></langUsage>',
                  text, flags=re.S).replace('<text xml:lang="en">', '<text xml:lang="fr">')
    source = tmp_path / "lettre.xml"
    source.write_text(text, encoding="utf-8")
    from edition import data as open_data

    made = open_data.files(pipeline.Document.load(source))  # not validated: langUsage no longer covers the notes
    places = next(csv.reader(io.StringIO(made["places.csv"], newline="")))
    persons = next(csv.reader(io.StringIO(made["persons.csv"], newline="")))
    assert places[:4] == ["id", "name_fr", "type", "type_en"]
    assert "dates_en" in persons and "occupation_fr" in persons and not [c for c in persons if c in ("dates_fr", "type_fr")]
    features = json.loads(made["places.geojson"])["features"]
    assert {k for k in features[0]["properties"] if k.startswith("type_")} == {"type_en"}
    # a description is given under the language it is written in
    for node in json.loads(made["registers.jsonld"])["@graph"]:
        for value in node.get("description", []):
            assert value["@language"] in ("en", "tr"), node["identifier"]

"""schema/edition.odd is an ODD that TEI's processors can use, and says what the edition's
schema says: its moduleRef include lists name exactly the elements schema/edition.rnc allows
(each once, each a TEI element), its value lists are the schema's, and its constraintSpecs hold
the Schematron of schema/edition.sch (every pattern, with its ids, and the declarations they
share). That the ODD is valid TEI (tei_all) is tested by tests/test_schema_docs.py; the HTML
documentation made from it is tested here against the ODD."""

from __future__ import annotations

import copy
from functools import lru_cache

import pytest
from lxml import etree

from edition import conformance, odd as odd_doc
from edition.xmlio import parse

from conftest import ROOT
from test_schema_docs import ODD, SCHEMA, TEI, odd_inventory, schema_inventory

SCH = "http://purl.oclc.org/dsdl/schematron"
XHTML = "http://www.w3.org/1999/xhtml"
SCHEMATRON = ROOT / "schema" / "edition.sch"
NS = {"tei": TEI, "sch": SCH, "h": XHTML}
# the infrastructure module: classes and macros, no elements
INFRASTRUCTURE = "tei"


@pytest.fixture(scope="module")
def odd() -> etree._Element:
    return parse(ODD).getroot()


@pytest.fixture(scope="module")
def schema_elements() -> set[str]:
    return set(schema_inventory(parse(SCHEMA).getroot()))


@pytest.fixture(scope="module")
def schematron() -> etree._Element:
    return parse(SCHEMATRON).getroot()


# ---------------------------------------------------------------- modules

def module_drift(odd: etree._Element, allowed: set[str]) -> list[str]:
    """How the moduleRefs' include lists differ from the elements the schema allows, in words."""
    found, included = [], {}
    for ref in odd.iterfind(".//tei:schemaSpec/tei:moduleRef", NS):
        key = ref.get("key")
        if key == INFRASTRUCTURE:
            continue
        if ref.get("include") is None:
            found.append(f"moduleRef {key}: no include list (it would bring in the whole module)")
        for name in (ref.get("include") or "").split():
            if name in included:
                found.append(f"element {name}: included from {included[name]} and {key}")
            included.setdefault(name, key)
    found += [f"element {name}: allowed by the schema, included by no moduleRef" for name in sorted(allowed - set(included))]
    found += [f"element {name}: included by moduleRef {included[name]}, not allowed by the schema"
              for name in sorted(set(included) - allowed)]
    return found


def test_the_module_references_include_exactly_the_elements_of_the_schema(odd, schema_elements):
    assert odd.find(f".//tei:schemaSpec/tei:moduleRef[@key='{INFRASTRUCTURE}']", NS) is not None
    assert module_drift(odd, schema_elements) == []


def test_an_element_missing_from_the_include_lists_or_included_twice_is_drift(odd, schema_elements):
    changed = copy.deepcopy(odd)
    core = changed.find(".//tei:moduleRef[@key='core']", NS)
    core.set("include", " ".join(n for n in core.get("include").split() if n != "pb") + " seg")
    assert module_drift(changed, schema_elements) == [
        "element seg: included from core and linking",
        "element pb: allowed by the schema, included by no moduleRef"]


def test_every_included_element_is_a_tei_element_with_its_specification(odd):
    tei_all = parse(conformance.tei_all_path()).getroot()
    tei_elements = {e.get("name") for e in tei_all.iter("{http://relaxng.org/ns/structure/1.0}element")}
    included = {n for ref in odd.iterfind(".//tei:moduleRef[@include]", NS) for n in ref.get("include").split()}
    assert included <= tei_elements
    # an elementSpec mode="change" of an element no moduleRef brings in is an error for ODD processors
    assert {spec.get("ident") for spec in odd.iterfind(".//tei:elementSpec", NS)} == included


# ---------------------------------------------------------------- value lists

def test_the_value_lists_are_the_schemas(odd):
    schema = schema_inventory(parse(SCHEMA).getroot())
    documented = odd_inventory(odd)
    closed_in_schema = {(e, a): v for e, atts in schema.items() for a, v in atts.items() if v is not None}
    closed_in_odd = {(e, a): v for e, atts in documented.items() for a, v in atts.items() if v is not None}
    assert closed_in_odd == closed_in_schema
    for val_list in odd.iterfind(".//tei:attDef/tei:valList", NS):
        assert val_list.get("mode") == "replace", val_list.getparent().get("ident")  # TEI's own lists are replaced


# ---------------------------------------------------------------- constraints

def _comparable(element: etree._Element) -> tuple:
    """An element of the Schematron as names, attributes and text, whatever its prefixes, without
    comments or the blank space between elements."""
    clean = copy.deepcopy(element)
    etree.strip_tags(clean, etree.Comment)

    def shape(node) -> tuple:
        return (node.tag, sorted(node.attrib.items()), (node.text or "").strip(),
                [shape(child) for child in node], (node.tail or "").strip())

    return shape(clean)


def _assertion_ids(root: etree._Element) -> list[str]:
    return [a.get("id") for a in root.iter(f"{{{SCH}}}assert", f"{{{SCH}}}report")]


def constraint_drift(odd: etree._Element, schematron: etree._Element) -> list[str]:
    found = []
    specs = odd.findall(".//tei:schemaSpec/tei:constraintSpec", NS)
    for spec in specs:
        if spec.get("scheme") != "schematron":
            found.append(f"constraintSpec {spec.get('ident')}: scheme is not schematron")
    patterns = {p.get("id"): p for p in schematron.iterfind("sch:pattern", NS)}
    in_odd = {}
    for spec in specs:
        for pattern in spec.iterfind("tei:constraint/sch:pattern", NS):
            in_odd[pattern.get("id")] = pattern
            if spec.get("ident") != pattern.get("id"):
                found.append(f"constraintSpec {spec.get('ident')} holds pattern {pattern.get('id')}")
    for name in sorted(set(patterns) | set(in_odd)):
        if name not in in_odd:
            found.append(f"pattern {name}: in edition.sch, in no constraintSpec")
        elif name not in patterns:
            found.append(f"pattern {name}: in a constraintSpec, not in edition.sch")
        elif _comparable(patterns[name]) != _comparable(in_odd[name]):
            found.append(f"pattern {name}: differs between edition.sch and the ODD")
    # what the patterns share: the namespaces, the global variables, the keys (in order)
    shared = [node for node in schematron if isinstance(node.tag, str)
              and node.tag not in (f"{{{SCH}}}pattern", f"{{{SCH}}}title")]
    declared = [node for spec in specs if not spec.findall("tei:constraint/sch:pattern", NS)
                for node in spec.iterfind("tei:constraint/*", NS)]
    if [_comparable(n) for n in shared] != [_comparable(n) for n in declared]:
        found.append("the shared declarations (ns, let, key) differ between edition.sch and the ODD")
    return found


def test_the_constraint_specs_hold_the_schematron(odd, schematron):
    assert constraint_drift(odd, schematron) == []


def test_the_assertion_ids_are_the_schematrons(odd, schematron):
    in_odd = _assertion_ids(odd)
    assert len(in_odd) == len(set(in_odd))
    assert set(in_odd) == set(_assertion_ids(schematron))
    assert len(in_odd) >= 50  # (53 when written)


def test_a_rule_changed_in_one_place_only_is_drift(odd, schematron):
    changed = copy.deepcopy(schematron)
    changed.find(".//sch:assert[@id='orcid']", NS).set("id", "orcid-check")
    assert constraint_drift(odd, changed) == ["pattern identity: differs between edition.sch and the ODD"]
    changed = copy.deepcopy(odd)
    spec = changed.find(".//tei:constraintSpec[@ident='coordinates']", NS)
    spec.getparent().remove(spec)
    assert constraint_drift(changed, schematron) == ["pattern coordinates: in edition.sch, in no constraintSpec"]
    changed = copy.deepcopy(schematron)
    changed.find("sch:let[@name='earliest-year']", NS).set("value", "1700")
    assert constraint_drift(odd, changed) == ["the shared declarations (ns, let, key) differ between edition.sch and the ODD"]


# ---------------------------------------------------------------- the HTML documentation

@lru_cache(maxsize=1)
def _documentation() -> etree._Element:
    return etree.fromstring(odd_doc.documentation_html().encode("utf-8"))


def _text(node: etree._Element) -> str:
    return " ".join("".join(node.itertext()).split())


@pytest.fixture(scope="module")
def documentation() -> etree._Element:
    return _documentation()


def test_the_documentation_is_one_main_element_of_xhtml(documentation):
    assert documentation.tag == f"{{{XHTML}}}main"
    assert all(etree.QName(e).namespace == XHTML for e in documentation.iter() if isinstance(e.tag, str))
    ids = [e.get("id") for e in documentation.iter() if isinstance(e.tag, str) and e.get("id")]
    assert len(ids) == len(set(ids))
    # every link of the contents (and every other link inside the page) leads to an id of the page
    targets = [a.get("href")[1:] for a in documentation.iterfind(".//h:a[@href]", NS) if a.get("href").startswith("#")]
    assert targets and set(targets) <= set(ids)
    contents = documentation.find(".//h:nav", NS)
    assert contents is not None


def test_every_element_is_documented_once_with_its_description_attributes_and_example(documentation, odd):
    for spec in odd.iterfind(".//tei:elementSpec", NS):
        name = spec.get("ident")
        sections = documentation.findall(f".//h:section[@id='element-{name}']", NS)
        assert len(sections) == 1, name
        (section,) = sections
        text = _text(section)
        assert _text(spec.find("tei:desc", NS)) in text, name
        for att in spec.iterfind("tei:attList/tei:attDef", NS):
            assert att.get("ident") in text and _text(att.find("tei:desc", NS)) in text, f"{name}/@{att.get('ident')}"
            for item in att.iterfind("tei:valList/tei:valItem", NS):
                assert section.find(f".//h:*[@data-value='{item.get('ident')}']", NS) is not None, item.get("ident")
        example = section.find(".//h:pre[@class='example']", NS)
        assert example is not None and _text(example).startswith(f"<{name}"), name
        assert documentation.find(f".//h:nav//h:a[@href='#element-{name}']", NS) is not None, name


def test_each_element_lists_the_constraints_on_it_and_every_constraint_is_shown(documentation, odd):
    for spec in odd.iterfind(".//tei:constraintSpec", NS):
        section = documentation.find(f".//h:section[@id='constraint-{spec.get('ident')}']", NS)
        assert section is not None, spec.get("ident")
        assert _text(spec.find("tei:desc", NS)) in _text(section)
        for assertion in spec.iter(f"{{{SCH}}}assert"):
            assert section.find(f".//h:*[@id='assertion-{assertion.get('id')}']", NS) is not None
    # the rules whose context is an element name are linked from that element's section
    orcid = documentation.find(".//h:section[@id='element-persName']", NS)
    assert orcid.find(".//h:a[@href='#constraint-identity']", NS) is not None
    geo = documentation.find(".//h:section[@id='element-geo']", NS)
    assert [a.get("href") for a in geo.iterfind(".//h:a[@href]", NS) if a.get("href").startswith("#constraint-")] == [
        "#constraint-coordinates"]


def test_a_division_about_one_text_is_shown_with_that_text_only(odd):
    """The ODD documents the schema, which every text shares, and how the article's editorial
    principles are encoded (div corresp="../tei/NAME.xml"): the article's documentation has that
    division, another text's (the letter's site and bag) has not; the schema's own has all."""
    (about,) = odd.xpath("//tei:body//tei:div[@corresp]", namespaces=NS)
    name = about.get("corresp").rsplit("/", 1)[-1].removesuffix(".xml")
    section_id = about.get("{http://www.w3.org/XML/1998/namespace}id")

    def sections(document: str) -> set[str]:
        page = etree.fromstring(odd_doc.documentation_html(document).encode("utf-8"))
        return {s.get("id") for s in page.iterfind(".//h:section", NS)} | {
            a.get("href")[1:] for a in page.iterfind(".//h:nav//h:a", NS)}

    assert section_id in sections("") and section_id in sections(name)
    assert section_id not in sections("letter")
    assert "element-div" in sections("letter")  # the rest is shared


def test_every_example_is_marked_with_its_language(documentation):
    """The examples are in the language of the text they come from (mostly the Turkish
    article), marked so that a page in another language says so to readers and tools."""
    examples = documentation.findall(".//h:pre[@class='example']", NS)
    assert examples and all(e.get("lang") in ("tr", None) for e in examples)
    assert {e.get("lang") for e in examples} == {"tr", None}  # None: English, the page's own
    def example(name):
        return documentation.find(f".//h:section[@id='element-{name}']//h:pre[@class='example']", NS)

    assert example("persName").get("lang") == "tr"  # a name in the article's text
    # the article's header describes its languages in English: that example is English
    assert example("language").get("lang") is None
    # an element in another language than the example around it is marked
    assert example("person").get("lang") == "tr" and example("person").find(".//h:span[@lang='en']", NS) is not None

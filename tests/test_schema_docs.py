"""The schema (schema/edition.rng), its documentation (schema/edition.odd) and the TEI
must agree: every element and attribute the schema allows is documented and used,
every documented one is allowed, the documented value lists are the schema's, and
every example is a real element of the edition (of the article, or of the test letter for
the parts of a letter, which the article has not)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from lxml import etree

from edition import conformance
from edition.xmlio import parse

from conftest import EDITION_TEI, FIXTURES, ROOT

RNG = "{http://relaxng.org/ns/structure/1.0}"
TEI = "http://www.tei-c.org/ns/1.0"
EXAMPLES = "http://www.tei-c.org/ns/Examples"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
XML_NS = "http://www.w3.org/XML/1998/namespace"
SCHEMA = ROOT / "schema" / "edition.rng"
ODD = ROOT / "schema" / "edition.odd"
LETTER = FIXTURES / "letter" / "letter.xml"
CORPUS = [EDITION_TEI, FIXTURES / "minimal" / "minimal.xml", LETTER, *sorted((ROOT / "tests" / "valid").glob("*.xml"))]

# {element: {attribute: closed set of values, or None for a datatype}}
Inventory = dict[str, dict[str, "set[str] | None"]]


def _rng_name(node: etree._Element) -> str:
    if node.get("name"):
        return node.get("name")
    name = node.find(f"{RNG}name")
    return ("xml:" if name.get("ns") == XML_NS else "") + name.text.strip()


def schema_inventory(grammar: etree._Element) -> Inventory:
    """Each element name of the grammar, with the attributes of all its patterns."""
    defines = {d.get("name"): d for d in grammar.iter(f"{RNG}define")}

    def attributes(node, seen=()):
        for child in node:
            if child.tag == f"{RNG}element":  # another element's attributes
                continue
            if child.tag == f"{RNG}attribute":
                yield child
            elif child.tag == f"{RNG}ref" and child.get("name") not in seen:
                yield from attributes(defines[child.get("name")], (*seen, child.get("name")))
            else:
                yield from attributes(child, seen)

    def values(node, seen=()):
        found, typed = set(), False
        for child in node.iter():
            if child.tag == f"{RNG}value":
                found.add(child.text or "")
            elif child.tag in (f"{RNG}data", f"{RNG}text"):
                typed = True
            elif child.tag == f"{RNG}ref" and child.get("name") not in seen:
                more, more_typed = values(defines[child.get("name")], (*seen, child.get("name")))
                found, typed = found | more, typed or more_typed
        return found, typed or not found

    inventory: Inventory = {}
    for element in grammar.iter(f"{RNG}element"):
        allowed = inventory.setdefault(_rng_name(element), {})
        for attribute in attributes(element):
            name = _rng_name(attribute)
            found, typed = values(attribute)
            before = allowed.get(name, set())
            allowed[name] = None if typed or before is None else before | found
    return inventory


def odd_inventory(odd: etree._Element) -> Inventory:
    ns = {"tei": TEI}
    inventory: Inventory = {}
    for spec in odd.iterfind(".//tei:elementSpec", ns):
        attributes = inventory.setdefault(spec.get("ident"), {})
        for att in spec.iterfind("tei:attList/tei:attDef", ns):
            closed = att.find("tei:valList[@type='closed']", ns)
            attributes[att.get("ident")] = (None if closed is None else
                                            {item.get("ident") for item in closed.iterfind("tei:valItem", ns)})
    return inventory


def corpus_inventory(trees: list[etree._ElementTree]) -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for tree in trees:
        for element in tree.iter(f"{{{TEI}}}*"):
            attributes = used.setdefault(etree.QName(element).localname, set())
            for name in element.attrib:
                qname = etree.QName(name)
                attributes.add(("xml:" if qname.namespace == XML_NS else "") + qname.localname)
    return used


def drift(schema: Inventory, odd: Inventory, used: dict[str, set[str]]) -> list[str]:
    """Every disagreement between the schema, the documentation and the TEI, in words."""
    found = []
    for name in sorted(set(schema) | set(odd) | set(used)):
        where = [label for label, inv in (("allowed by the schema", schema), ("documented", odd),
                                          ("used in the TEI", used)) if name in inv]
        if len(where) < 3:
            found.append(f"element {name}: only {' and '.join(where)}")
            continue
        for att in sorted(set(schema[name]) | set(odd[name]) | used[name]):
            where = [label for label, atts in (("allowed by the schema", schema[name]), ("documented", odd[name]),
                                               ("used in the TEI", used[name])) if att in atts]
            if len(where) < 3:
                found.append(f"{name}/@{att}: only {' and '.join(where)}")
            elif schema[name][att] != odd[name][att]:
                found.append(f"{name}/@{att}: the schema allows {_values(schema[name][att])}, "
                             f"the documentation lists {_values(odd[name][att])}")
    return found


def _values(values: set[str] | None) -> str:
    return "any value of its datatype" if values is None else "{" + ", ".join(sorted(values)) + "}"


@pytest.fixture(scope="module")
def grammar() -> etree._Element:
    return parse(SCHEMA).getroot()


@pytest.fixture(scope="module")
def odd() -> etree._Element:
    return parse(ODD).getroot()


@pytest.fixture(scope="module")
def corpus() -> list[etree._ElementTree]:
    return [parse(path) for path in CORPUS]


def test_schema_documentation_and_tei_agree(grammar, odd, corpus):
    assert drift(schema_inventory(grammar), odd_inventory(odd), corpus_inventory(corpus)) == []


def test_an_element_allowed_but_undocumented_is_drift(grammar, odd, corpus):
    changed = copy.deepcopy(odd)
    spec = changed.find(f".//{{{TEI}}}elementSpec[@ident='pb']")
    spec.getparent().remove(spec)
    assert drift(schema_inventory(grammar), odd_inventory(changed), corpus_inventory(corpus)) == [
        "element pb: only allowed by the schema and used in the TEI"]


def test_an_element_documented_but_no_longer_allowed_is_drift(grammar, odd, corpus):
    changed = copy.deepcopy(grammar)
    for element in changed.iter(f"{RNG}element"):
        if _rng_name(element) == "pb":
            element.getparent().replace(element, etree.Element(f"{RNG}empty"))
    assert drift(schema_inventory(changed), odd_inventory(odd), corpus_inventory(corpus)) == [
        "element pb: only documented and used in the TEI"]


def test_a_value_list_changed_in_the_schema_alone_is_drift(grammar, odd, corpus):
    changed = copy.deepcopy(grammar)
    value = next(v for v in changed.iter(f"{RNG}value") if v.text == "truncation")
    value.text = "omission"
    assert drift(schema_inventory(changed), odd_inventory(odd), corpus_inventory(corpus)) == [
        "app/@type: the schema allows {citation, omission, punctuation, spacing, typo}, "
        "the documentation lists {citation, punctuation, spacing, truncation, typo}"]


def test_an_attribute_the_tei_stops_using_is_drift(grammar, odd, corpus):
    changed = [copy.deepcopy(tree) for tree in corpus]
    for tree in changed:
        for element in tree.iter(f"{{{TEI}}}tagsDecl"):
            element.attrib.pop("partial", None)
    assert drift(schema_inventory(grammar), odd_inventory(odd), corpus_inventory(changed)) == [
        "tagsDecl/@partial: only allowed by the schema and documented"]


def _elements_by_name(path: Path) -> dict[str, list[etree._Element]]:
    by_name: dict[str, list[etree._Element]] = {}
    for element in parse(path).iter(f"{{{TEI}}}*"):
        by_name.setdefault(etree.QName(element).localname, []).append(element)
    return by_name


def test_every_element_is_described_with_a_real_example(odd):
    # an example is an element of the article, unless its egXML names in source (relative to the
    # ODD) another document of the corpus: the test letter, for the parts of a letter
    documents = {path.resolve(): path for path in CORPUS}
    elements: dict[Path, dict[str, list[etree._Element]]] = {}
    for spec in odd.iterfind(f".//{{{TEI}}}elementSpec"):
        name = spec.get("ident")
        assert len("".join(spec.find(f"{{{TEI}}}desc").itertext()).split()) >= 4, name
        for att in spec.iterfind(f".//{{{TEI}}}attDef"):
            assert "".join(att.find(f"{{{TEI}}}desc").itertext()).strip(), f"{name}/@{att.get('ident')}"
        examples = spec.findall(f".//{{{EXAMPLES}}}egXML")
        assert len(examples) == 1, name
        (example,) = [child for child in examples[0] if isinstance(child.tag, str)]
        assert etree.QName(example).localname == name
        source = examples[0].get("source")
        path = EDITION_TEI if source is None else documents.get((ODD.parent / source).resolve())
        assert path is not None, f"the example of {name} names {source}, not a document of the corpus"
        if path not in elements:
            elements[path] = _elements_by_name(path)
        reals = [real for real in elements[path].get(name, []) if _is_instance(example, real)]
        assert reals, f"the example of {name} is not in {path.name}"
        # its language (the pages mark the example with it) is the one in effect where it stands
        assert examples[0].get(XML_LANG) in {_language_in_effect(real) for real in reals}, name


def _language_in_effect(element: etree._Element) -> str:
    return element.xpath("string(ancestor-or-self::*[@xml:lang][1]/@xml:lang)")


def _is_instance(example: etree._Element, real: etree._Element) -> bool:
    """The example is the real element, verbatim, except that an elided child (<!-- … -->) keeps only
    its name and attributes."""
    if etree.QName(example).localname != etree.QName(real).localname or dict(example.attrib) != dict(real.attrib):
        return False
    example_children = [c for c in example if not isinstance(c, etree._Comment)]
    if any(isinstance(c, etree._Comment) for c in example):  # this element's own content is elided
        return True
    if (example.text or "") != (real.text or "") or len(example_children) != len(real):
        return False
    return all(_is_instance(e, r) and (e.tail or "") == (r.tail or "") for e, r in zip(example_children, real))


def test_the_documentation_is_itself_valid_tei():
    assert conformance.check_tei_all(ODD, parse(ODD)) == []

"""Say which attribute is wrong when the RELAX NG schema refuses an element's attributes, and
find the attribute errors libxml2 leaves unsaid after a first error.

libxml2 reports only "Element X failed to validate attributes" when an attribute's value
is not in its list, a required attribute is missing, or no pattern of X fits the set of
attributes. This module reads the schema's patterns for X (there may be several: `date`
in a header, in a bibliography, in the text), finds the one the element comes closest
to, and names what differs: the attribute not allowed, the value not among the allowed
ones, the attribute (or one of the attributes) that is required.
"""

from __future__ import annotations

from dataclasses import dataclass
from lxml import etree

RNG = "{http://relaxng.org/ns/structure/1.0}"
XML_NS = "http://www.w3.org/XML/1998/namespace"


@dataclass(frozen=True)
class Allowed:
    """One attribute a pattern allows: its values (None: any value of its datatype)."""
    name: str  # Clark notation, as lxml gives attribute names
    values: tuple[str, ...] | None


@dataclass(frozen=True)
class AttributeModel:
    allowed: dict[str, Allowed]
    # each tuple: one of these attributes must be present (a single name: that one)
    required: tuple[tuple[str, ...], ...]


class AttributeRules:
    """The attribute models of a grammar's element patterns, read once."""

    def __init__(self, grammar: etree._Element):
        defines = {d.get("name"): d for d in grammar.iter(f"{RNG}define")}
        patterns = list(grammar.iter(f"{RNG}element"))
        parents: dict[etree._Element, set[str]] = {p: set() for p in patterns}
        for pattern in patterns:
            for child in _child_patterns(pattern, defines, frozenset()):
                parents[child].add(_element_name(pattern))
        self._by_name: dict[str, list[tuple[set[str], AttributeModel]]] = {}
        for pattern in patterns:
            allowed: dict[str, Allowed] = {}
            required: list[tuple[str, ...]] = []
            _walk(pattern, defines, allowed, required, optional=False, seen=frozenset())
            self._by_name.setdefault(_element_name(pattern), []).append(
                (parents[pattern], AttributeModel(allowed, tuple(required))))

    def models(self, name: str, parent: str | None) -> list[AttributeModel]:
        """The models of the patterns of `name`: those allowed inside `parent`, if any is."""
        patterns = self._by_name.get(name, [])
        return [m for p, m in patterns if parent in p] or [m for _, m in patterns]

    def explain(self, element: etree._Element) -> str | None:
        """What is wrong with `element`'s attributes, in words; None if nothing is."""
        name = etree.QName(element).localname
        parent = element.getparent()
        models = self.models(name, etree.QName(parent).localname if parent is not None else None)
        if not models:
            return None
        findings = min((_differences(model, element) for model in models), key=len)
        if not findings:
            return None
        return f"element {name}: " + "; ".join(findings)


def _differences(model: AttributeModel, element: etree._Element) -> list[str]:
    found = []
    for attribute, value in element.attrib.items():
        allowed = model.allowed.get(attribute)
        if allowed is None:
            found.append(f"attribute {_shown(attribute)} is not allowed here")
        elif allowed.values is not None and value not in allowed.values:
            found.append(f"{_shown(attribute)}=\"{value}\" is not one of "
                         + ", ".join(f'"{v}"' for v in allowed.values))
    for names in model.required:
        if not any(n in element.attrib for n in names):
            if len(names) == 1:
                found.append(f"attribute {_shown(names[0])} is required")
            else:
                found.append("one of the attributes " + ", ".join(_shown(n) for n in names) + " is required")
    return found


def _shown(clark: str) -> str:
    return clark.replace("{" + XML_NS + "}", "xml:")


def _element_name(pattern: etree._Element) -> str | None:
    return pattern.get("name") or pattern.findtext(f"{RNG}name")


def _child_patterns(node, defines, seen):
    for child in node:
        if child.tag == f"{RNG}element":
            yield child
        elif child.tag == f"{RNG}ref":
            target = child.get("name")
            if target in defines and target not in seen:
                yield from _child_patterns(defines[target], defines, seen | {target})
        elif child.tag not in (f"{RNG}attribute", f"{RNG}name"):
            yield from _child_patterns(child, defines, seen)


def _walk(children, defines, allowed, required, optional, seen):
    """Collect the attributes of one element pattern (not those of its child elements)."""
    for child in children:
        tag = child.tag
        if tag in (f"{RNG}element", f"{RNG}name"):
            continue
        if tag == f"{RNG}attribute":
            name = _attribute_name(child)
            values = _values(child, defines)
            if name in allowed:  # the same attribute in several branches of a choice: any of their values
                before = allowed[name].values
                values = None if before is None or values is None else tuple(dict.fromkeys(before + values))
            allowed[name] = Allowed(name, values)
            if not optional:
                required.append((name,))
        elif tag == f"{RNG}ref":
            target = child.get("name")
            if target in defines and target not in seen:
                _walk(defines[target], defines, allowed, required, optional, seen | {target})
        elif tag in (f"{RNG}optional", f"{RNG}zeroOrMore"):
            _walk(child, defines, allowed, required, True, seen)
        elif tag == f"{RNG}choice":
            # each branch may be the one taken: its attributes are allowed, none alone required;
            # unless the choice is optional, one of the branches' first attributes must be there
            branches = []
            for branch in child:
                branch_required: list[tuple[str, ...]] = []
                _walk([branch], defines, allowed, branch_required, False, seen)
                branches.append(branch_required)
            if not optional and branches and all(branches):
                required.append(tuple(dict.fromkeys(names[0] for b in branches for names in b[:1])))
        elif tag in (f"{RNG}group", f"{RNG}interleave", f"{RNG}oneOrMore", f"{RNG}mixed"):
            _walk(child, defines, allowed, required, optional, seen)


def _attribute_name(attribute: etree._Element) -> str:
    name = attribute.get("name")
    ns = attribute.get("ns", "")
    if name is None:
        name_element = attribute.find(f"{RNG}name")
        name, ns = name_element.text.strip(), name_element.get("ns", "")
    return f"{{{ns}}}{name}" if ns else name


def _values(attribute: etree._Element, defines) -> tuple[str, ...] | None:
    """The attribute's allowed values if it is a list of values, else None."""
    values: list[str] = []

    def collect(node, seen) -> bool:
        for child in node:
            if child.tag == f"{RNG}name":
                continue
            if child.tag == f"{RNG}value":
                values.append(child.text or "")
            elif child.tag == f"{RNG}choice":
                if not collect(child, seen):
                    return False
            elif child.tag == f"{RNG}ref" and child.get("name") not in seen:
                if not collect(defines[child.get("name")], seen | {child.get("name")}):
                    return False
            else:
                return False
        return True

    return tuple(values) if collect(attribute, frozenset()) and values else None

"""What the schema expects, said where libxml2's messages do not say it.

- Attributes: libxml2 reports only "Element X failed to validate attributes" when a value is
  not in its list, a required attribute is missing, or no pattern of X fits the set of
  attributes; and once a pattern has failed it does not read the rest of the element's
  content, so later attribute errors go unsaid. The schema's patterns for X (there may be
  several: `date` in a header, a bibliography, the text) are read once; the one the element
  comes closest to names what differs: the attribute not allowed, the value not among the
  allowed ones, the attribute (or one of the attributes) required.
- Content: "Did not expect element Y there" and "Expecting element A, got B" do not say what
  the parent may hold; the patterns of the parent say it (the element names it may hold, in
  the schema's order, or that it holds no text).
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


@dataclass(frozen=True)
class ContentModel:
    children: tuple[str, ...]  # the names of the elements it may hold, in the schema's order
    text: bool  # whether it may hold text


class SchemaRules:
    """The attribute and content models of a grammar's element patterns, read once."""

    def __init__(self, grammar: etree._Element):
        defines = {d.get("name"): d for d in grammar.iter(f"{RNG}define")}
        patterns = list(grammar.iter(f"{RNG}element"))
        parents: dict[etree._Element, set[str]] = {p: set() for p in patterns}
        for pattern in patterns:
            for child in _child_patterns(pattern, defines, frozenset()):
                parents[child].add(_element_name(pattern))
        self._by_name: dict[str, list[tuple[set[str], AttributeModel]]] = {}
        self._content: dict[str, list[tuple[set[str], ContentModel]]] = {}
        for pattern in patterns:
            allowed: dict[str, Allowed] = {}
            required: list[tuple[str, ...]] = []
            _walk(pattern, defines, allowed, required, optional=False, seen=frozenset())
            name = _element_name(pattern)
            self._by_name.setdefault(name, []).append((parents[pattern], AttributeModel(allowed, tuple(required))))
            children = tuple(dict.fromkeys(_element_name(c) for c in _child_patterns(pattern, defines, frozenset())))
            self._content.setdefault(name, []).append((parents[pattern], ContentModel(children, _has_text(pattern, defines))))

    def content(self, element: etree._Element) -> ContentModel | None:
        """What `element` may hold, by the patterns of its name inside its parent (all of them
        together), or None if the schema has no pattern of that name."""
        name = etree.QName(element).localname
        parent = element.getparent()
        parent_name = etree.QName(parent).localname if parent is not None else None
        patterns = self._content.get(name, [])
        models = [m for p, m in patterns if parent_name in p] or [m for _, m in patterns]
        if not models:
            return None
        return ContentModel(tuple(dict.fromkeys(c for m in models for c in m.children)), any(m.text for m in models))

    def what_it_may_hold(self, element: etree._Element) -> str | None:
        """"<P> may hold <a>, <b> and text" (or "<P> holds text only", "<P> holds nothing: …"),
        for a message about its content."""
        model = self.content(element)
        if model is None:
            return None
        name = etree.QName(element).localname
        if not model.children:
            return f"<{name}> holds " + ("text only" if model.text else "nothing: what it says is in its attributes")
        return f"<{name}> may hold " + ", ".join(f"<{c}>" for c in model.children) + (" and text" if model.text else "")

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


def _has_text(pattern, defines) -> bool:
    """Whether an element pattern allows text (or data) among its content."""
    def walk(node, seen) -> bool:
        for child in node:
            if child.tag in (f"{RNG}text", f"{RNG}data", f"{RNG}value", f"{RNG}mixed"):
                return True
            if child.tag == f"{RNG}ref":
                target = child.get("name")
                if target in defines and target not in seen and walk(defines[target], seen | {target}):
                    return True
            elif child.tag not in (f"{RNG}element", f"{RNG}attribute", f"{RNG}name") and walk(child, seen):
                return True
        return False
    return walk(pattern, frozenset())


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

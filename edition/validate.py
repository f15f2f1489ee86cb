"""Validation against the edition's own schema: RELAX NG, then Schematron.

Well-formedness comes first (xmlio.parse, when the document is loaded); then
schema/edition.rng (a strict subset of TEI P5) and schema/edition.sch (the rules
RELAX NG cannot express). Both always run, so that one pass reports everything.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from lxml import etree

from . import cache, schema_messages, schematron
from .errors import InputError, Problem
from .xmlio import parse

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
RELAXNG = SCHEMA_DIR / "edition.rng"
# change when the way a verdict is computed changes (messages, their order)
VERDICT_FORMAT = "edition-verdict/6"
TEI_NS = "{http://www.tei-c.org/ns/1.0}"


@lru_cache(maxsize=1)
def relaxng() -> etree.RelaxNG:
    if not RELAXNG.is_file():
        raise InputError(Problem(str(RELAXNG), 0, 0, "the schema is missing: run `make schema`", "schema"))
    return etree.RelaxNG(parse(RELAXNG))


RNG = "{http://relaxng.org/ns/structure/1.0}"
# libxml2 reports an error inside a choice of patterns, then again for each ancestor
# that therefore "failed to validate" or "has extra content": those echoes are dropped
# when a more precise message says what is wrong.
_ECHO = re.compile(r"^(Element \S+ failed to validate (content|attributes)|Element \S+ has extra content: .*"
                   r"|Expecting an element \S+, got nothing)$")
_ISO_DATE = re.compile(r"^Type (gYear|gYearMonth|date) doesn't allow value '(.*)'$")
_ATTRIBUTES = re.compile(r"^Element (\S+) failed to validate attributes$")
# content messages that do not say what the parent may hold: (element named, whose parent is meant)
_CONTENT = (re.compile(r"^Did not expect element (\S+) there$"), re.compile(r"^Expecting element \S+, got (\S+)$"))
_TEXT = re.compile(r"^Did not expect text in element (\S+) content$")


def check_schema(path: Path, tree: etree._ElementTree) -> list[Problem]:
    schema = relaxng()
    if schema.validate(tree):
        return []
    found: list[tuple[int, str]] = []
    for error in schema.error_log:
        message = _readable(error.message)
        line = error.line
        unplaced = _ATTRIBUTES.match(message)
        if line <= 0 and unplaced:  # libxml2 lost the node: find the element that fits no pattern
            found += [(element.sourceline, message) for element in _misfits(tree, unplaced.group(1))]
        else:
            found.append((line, message))
    precise = {line for line, message in found if not _ECHO.match(message)}
    at_line = _elements_by_line(tree)
    problems, seen = [], set()
    for line, message in found:
        if (line, message) in seen or (_ECHO.match(message) and (line in precise or len(precise) > 0)):
            continue
        seen.add((line, message))
        problems.append(Problem(str(path), line, 1, _explained(message, at_line, line), "schema"))
    return sorted(problems + _hidden_attribute_problems(path, tree, problems), key=lambda p: p.line)


def _hidden_attribute_problems(path: Path, tree: etree._ElementTree, reported: list[Problem]) -> list[Problem]:
    """The attribute errors libxml2 did not report: once a pattern has failed, it does not
    look at the rest of the element's content (a wrong attribute after an unexpected element
    went unsaid). Every element's attributes are held to its patterns (edition/schema_messages.py);
    a line that has a report already gets no second one."""
    lines = {problem.line for problem in reported}
    rules = _schema_rules()
    found = []
    for element in tree.iter(f"{TEI_NS}*"):
        if element.sourceline not in lines:
            explained = rules.explain(element)
            if explained:
                found.append(Problem(str(path), element.sourceline, 1, explained, "schema"))
    return found


@lru_cache(maxsize=1)
def _schema_rules() -> schema_messages.SchemaRules:
    return schema_messages.SchemaRules(relaxng_grammar())


def _readable(message: str) -> str:
    """libxml2's words, with TEI's namespace taken out of element names."""
    return re.sub(r"\{http://www\.tei-c\.org/ns/1\.0\}", "", message.replace(TEI_NS, ""))


def _elements_by_line(tree: etree._ElementTree) -> Callable[[int], list[etree._Element]]:
    """The TEI elements that start at a line, from one pass over the tree, made on first use
    (a document with many errors is not read again for each)."""
    index: dict[int, list[etree._Element]] = {}

    def at(line: int) -> list[etree._Element]:
        if not index:
            for element in tree.iter(f"{TEI_NS}*"):
                index.setdefault(element.sourceline, []).append(element)
        return index.get(line, [])
    return at


def _explained(message: str, at_line: Callable[[int], list[etree._Element]], line: int) -> str:
    iso = _ISO_DATE.match(message)
    if iso:
        return f"'{iso.group(2)}' is not an ISO 8601 date of the forms YYYY, YYYY-MM or YYYY-MM-DD"
    attributes = _ATTRIBUTES.match(message)
    if attributes:
        for element in at_line(line):
            if element.tag == f"{TEI_NS}{attributes.group(1)}":
                explained = _schema_rules().explain(element)
                if explained:
                    return explained
        return (f"element {attributes.group(1)}: its attributes are not those the schema allows here "
                "(a required attribute is missing, or one is not allowed, or its value is not in the list)")
    for pattern in _CONTENT:
        content = pattern.match(message)
        if content:
            # the element named is at the line, or (libxml2 names the parent's line) a child of the element there
            named = f"{TEI_NS}{content.group(1)}"
            parents = [e.getparent() for e in at_line(line) if e.tag == named and e.getparent() is not None] or \
                      [e for e in at_line(line) if e.find(named) is not None]
            for parent in parents[:1]:
                holds = _schema_rules().what_it_may_hold(parent)
                if holds and f"<{content.group(1)}>" in holds:  # allowed there, but not at that place
                    holds = f"{holds}, in that order: <{content.group(1)}> is out of order or once too often"
                return f"{message}: {holds}" if holds else message
    text = _TEXT.match(message)
    if text:
        for element in at_line(line):
            if element.tag == f"{TEI_NS}{text.group(1)}":
                holds = _schema_rules().what_it_may_hold(element)
                return f"{message}: {holds}" if holds else message
    return message


@lru_cache(maxsize=None)
def _patterns(name: str) -> tuple[etree.RelaxNG, ...]:
    """One schema per pattern of the element `name`: the grammar, started at that element."""
    grammar = relaxng_grammar()
    schemas = []
    for element in grammar.iter(f"{RNG}element"):
        named = element.get("name") or element.findtext(f"{RNG}name")
        if named != name:
            continue
        variant = copy.deepcopy(grammar)
        start = variant.find(f"{RNG}start")
        for child in list(start):
            start.remove(child)
        start.append(copy.deepcopy(element))
        schemas.append(etree.RelaxNG(variant))
    return tuple(schemas)


def _misfits(tree: etree._ElementTree, name: str) -> list[etree._Element]:
    patterns = _patterns(name)
    return [element for element in tree.iter(f"{TEI_NS}{name}")
            if patterns and not any(pattern.validate(element) for pattern in patterns)]


@lru_cache(maxsize=1)
def relaxng_grammar() -> etree._Element:
    return parse(RELAXNG).getroot()


def validate(path: Path, tree: etree._ElementTree, source_text: str) -> list[Problem]:
    """Every problem found by the RELAX NG schema and the Schematron rules, in that order.
    The verdict on a text is remembered (edition/cache.py) under the checksums of the text,
    of the schema's files and of the validators' versions: `make` checks a document and
    then builds it, and the build's validation is then the same verdict, read."""
    return cache.remember_problems("edition-verdicts", _verdict_key(source_text), path,
                                   lambda: check_schema(path, tree) + schematron.check(path, tree, source_text))


@lru_cache(maxsize=1)
def _schema_key() -> str:
    from importlib.metadata import version

    files = [RELAXNG, SCHEMA_DIR / "edition.sch", *sorted(schematron.SKELETON.glob("*.xsl"))]
    return cache.key(VERDICT_FORMAT, version("saxonche"), etree.__version__, repr(etree.LIBXML_VERSION),
                     *(f.read_bytes() for f in files if f.is_file()))


def _verdict_key(source_text: str) -> str:
    return cache.key(_schema_key(), source_text)

"""TEI's own rules: the Schematron constraints of the TEI Guidelines that tei_all.rng embeds.

tei_all.rng (TEI P5 4.3.0, installed by scripts/fetch_tei_all.py) carries 83 ISO Schematron
patterns (sch:pattern, with sch:ns declarations) among its RELAX NG definitions: @when not
with @notBefore, a relatedItem with @target and no content, a span's @to not before its
@from, and so on. A RELAX NG validator ignores them; here they are taken out into a
standalone ISO Schematron schema (schema(): its namespaces, then its patterns, each
assertion given an id named after its TEI constraint, e.g. "relatedItem-targetorcontent1"),
which edition/saxon.py compiles through the same ISO skeleton and the same locked engine
as the edition's own schema/edition.sch (saxon.TEI_RULES).

The TEI writes its rules for the XSLT 2 query binding (XPath 2: `eq`, `castable as`,
`tokenize()`, sequences): the schema says queryBinding="xslt2", and saxon.py runs the
skeleton's XSLT as version 2.0, not in the backwards-compatible mode of XSLT 1.

Problems are reported as `file:line:col: [tei_all-schematron] message (id)`, at the line of
the node the rule is about. Both steps are remembered (edition/cache.py): the extracted
schema under the checksum of tei_all.rng (and of this module, which decides the
extraction), and the verdict on a text under those, the skeleton's and Saxon's, and the text.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from importlib.metadata import version
from pathlib import Path

from lxml import etree

from . import cache, conformance, saxon, schematron
from .errors import Problem
from .xmlio import parse

KIND = "tei_all-schematron"
SCH = saxon.ISO_SCHEMATRON_NS
S = f"{{{SCH}}}"
SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}
# change when the way a verdict is computed changes (messages, their order); this module's
# own text is in the keys too, so an edit to the extraction is a miss without a bump
FORMAT = "tei_all-schematron/1"

# Patterns of tei_all.rng deliberately not run, by their id, each with its reason. Every
# other pattern is run; extract() fails loudly if one of these ids is no longer in the file
# (a new tei_all.rng must be looked at again), and tests/test_tei_rules.py checks that
# every pattern of the file is either run or named here.
SKIPPED = {
    # Its rule measures @validUntil against current-date() (a warning two months before a
    # deprecated construct expires): a verdict that changes with the day it is computed
    # on cannot be remembered as the verdict on a text, and it concerns ODD specifications
    # (elementSpec, attDef, … with @validUntil), which an edition never contains.
    "tei_all-att.deprecated-validUntil-deprecation-two-month-warning-constraint-rule-20":
        "depends on today's date (current-date()); applies only to ODD specifications",
}

_CONSTRAINT = re.compile(r"^tei_all-(?P<name>.+)-constraint-(?:rule|assert|report)-\d+$")


def rng_path() -> Path:
    return conformance.tei_all_path()


def _assertion_id(pattern_id: str, content_of: str | None) -> str:
    """The name of a TEI constraint, from its pattern's id: "tei_all-relatedItem-targetorcontent1-
    constraint-report-10" is relatedItem-targetorcontent1. The two patterns of the ODD content
    models (ids made by the ODD processor, d9e…) are named after their element."""
    named = _CONSTRAINT.match(pattern_id)
    if named:
        return named.group("name")
    return f"{content_of}-namespaces" if content_of else pattern_id


def extract(rng: etree._ElementTree) -> tuple[etree._Element, list[str]]:
    """The standalone ISO Schematron schema of tei_all.rng's embedded patterns, and the ids of
    the patterns skipped (SKIPPED)."""
    root = rng.getroot()
    schema = etree.Element(f"{S}schema", nsmap={None: SCH}, queryBinding="xslt2")
    title = etree.SubElement(schema, f"{S}title")
    title.text = "The TEI Guidelines' own constraints, from tei_all.rng"
    prefixes: dict[str, str] = {}
    for ns in root.iter(f"{S}ns"):
        prefix, uri = ns.get("prefix"), ns.get("uri")
        if prefixes.setdefault(prefix, uri) != uri:
            raise ValueError(f"tei_all.rng binds the prefix {prefix!r} to both {prefixes[prefix]} and {uri}")
    # "tei" is what every rule's context uses, and xs the casts: bound whether or not declared
    for prefix, uri in {"tei": "http://www.tei-c.org/ns/1.0", "xs": "http://www.w3.org/2001/XMLSchema"}.items():
        if prefixes.setdefault(prefix, uri) != uri:
            raise ValueError(f"tei_all.rng binds the prefix {prefix!r} to {prefixes[prefix]}")
    for prefix in sorted(prefixes):
        etree.SubElement(schema, f"{S}ns", prefix=prefix, uri=prefixes[prefix])

    found = set()
    skipped = []
    used_ids: dict[str, int] = {}
    for pattern in root.iter(f"{S}pattern"):
        pattern_id = pattern.get("id") or ""
        found.add(pattern_id)
        if pattern_id in SKIPPED:
            skipped.append(pattern_id)
            continue
        if pattern.get("abstract") == "true" or pattern.get("is-a"):
            raise ValueError(f"pattern {pattern_id} of tei_all.rng is abstract or instantiates one: not handled")
        copied = copy.deepcopy(pattern)
        # the two content-model patterns sit in a define whose element is named in the RNG
        content_of = None
        if not _CONSTRAINT.match(pattern_id):
            context = pattern.find(f"{S}rule")
            content_of = (context.get("context") or "").removeprefix("tei:") if context is not None else None
        base = _assertion_id(pattern_id, content_of)
        for test in copied.iter(f"{S}assert", f"{S}report"):
            if test.get("id"):
                continue
            n = used_ids.get(base, 0) + 1
            used_ids[base] = n
            test.set("id", base if n == 1 else f"{base}-{n}")
        schema.append(copied)
    missing = set(SKIPPED) - found
    if missing:
        raise ValueError(f"patterns skipped by edition/tei_rules.py are not in tei_all.rng: {sorted(missing)}")
    etree.cleanup_namespaces(schema, top_nsmap={None: SCH})
    return schema, skipped


def _module_text() -> bytes:
    return Path(__file__).read_bytes()


@lru_cache(maxsize=1)
def schema() -> bytes:
    """The extracted schema as bytes, remembered under the checksum of tei_all.rng."""
    def compute() -> bytes:
        extracted, _skipped = extract(parse(rng_path()))
        return etree.tostring(extracted, xml_declaration=True, encoding="UTF-8", pretty_print=True)

    name = cache.key(FORMAT, conformance._schema_digest(), _module_text())
    return cache.remember("tei_all-schematron", f"{name}.sch", compute)


@lru_cache(maxsize=1)
def _verdict_base() -> str:
    skeletons = [p.read_bytes() for p in sorted(saxon.ISO_SCHEMATRON_DIR.glob("*.xsl"))]
    return cache.key(FORMAT, conformance._schema_digest(), _module_text(), version("saxonche"),
                     etree.__version__, repr(etree.LIBXML_VERSION), *skeletons)


_DYNAMIC_ERROR = re.compile(r"^\s*([A-Z]{4}\d{4})\s+(.*)$", re.M)


def _judge(path: Path, tree: etree._ElementTree, source_text: str) -> list[Problem]:
    saxon.engine(saxon.TEI_RULES).lock()  # a schema that does not compile is a bug of ours, not a verdict
    try:
        report = saxon.transform(saxon.TEI_RULES, source_text, str(path)).main
    except saxon.TransformError as exc:
        # A rule that meets a value it cannot evaluate (`@minOccurs cast as xs:integer` on
        # minOccurs="x", xs:float() of a path's @points) stops the whole run with a dynamic
        # error, as it would in any XSLT 2 Schematron processor: the document is not passed,
        # and the error is reported as what it is (tei_all's grammar says which value is wrong).
        said = _DYNAMIC_ERROR.search(str(exc))
        reason = f"{said.group(2).strip()} ({said.group(1)})" if said else str(exc).splitlines()[0]
        return [Problem(str(path), 0, 0, f"TEI's rules could not be evaluated on this document: {reason}", KIND)]
    svrl = etree.fromstring(report.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    problems = []
    for failure in svrl.xpath("//svrl:failed-assert | //svrl:successful-report", namespaces=SVRL):
        message = " ".join("".join(failure.find("svrl:text", SVRL).itertext()).split())
        if failure.get("role") == "nonfatal":
            message = f"{message} [nonfatal in TEI]"
        message = f"{message} ({failure.get('id')})"
        problems.append(Problem(str(path), schematron._line(tree, failure.get("location")), 1, message, KIND))
    return problems


def check(path: Path, tree: etree._ElementTree, source_text: str | None = None) -> list[Problem]:
    """The problems TEI's own rules find in the document (`source_text` is what `tree` was
    parsed from; given, the verdict is remembered under its checksum)."""
    text = source_text if source_text is not None else etree.tostring(tree, encoding="unicode")
    if source_text is None:
        return _judge(path, tree, text)
    name = cache.key(_verdict_base(), text)
    return cache.remember_problems("tei_all-schematron-verdicts", name, path, lambda: _judge(path, tree, text))

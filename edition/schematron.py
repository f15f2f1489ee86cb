"""The edition's Schematron rules (schema/edition.sch), run on Saxon.

The ISO Schematron skeleton shipped in lxml turns the rules into XSLT, which
edition/saxon.py compiles before it locks the processor. Running it gives an
SVRL report; each failed assertion becomes a Problem at the line of the node it
is about (SVRL gives the node as an XPath, which lxml finds in the parsed tree).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from . import saxon
from .errors import Problem

SCHEMATRON = "edition.sch"  # in saxon.SCHEMATRONS
SKELETON = saxon.ISO_SCHEMATRON_DIR
SVRL = {"svrl": "http://purl.oclc.org/dsdl/svrl"}


def check(path: Path, tree: etree._ElementTree, source_text: str) -> list[Problem]:
    report = saxon.transform(SCHEMATRON, source_text, str(path)).main
    svrl = etree.fromstring(report.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    problems = []
    for failure in svrl.xpath("//svrl:failed-assert | //svrl:successful-report", namespaces=SVRL):
        message = " ".join("".join(failure.find("svrl:text", SVRL).itertext()).split())
        rule = failure.get("id")
        if rule:
            message = f"{message} ({rule})"
        problems.append(Problem(str(path), _line(tree, failure.get("location")), 1, message, "schematron"))
    return problems


def _line(tree: etree._ElementTree, location: str | None) -> int:
    """The line of the node that an SVRL location (an XPath from the document's root) names."""
    if not location:
        return 0
    try:
        found = tree.xpath(location)
    except etree.XPathError:
        return 0
    node = found[0] if isinstance(found, list) and found else None
    if node is not None and not isinstance(node, etree._Element):  # an attribute or text: its element
        node = node.getparent()
    return node.sourceline if node is not None and node.sourceline else 0

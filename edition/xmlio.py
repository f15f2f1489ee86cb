"""Parsing XML safely: no DTDs, no entity expansion, no network, ever."""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from .errors import InputError, Problem

TEI_NS = "http://www.tei-c.org/ns/1.0"
NS = {"tei": TEI_NS}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

NO_DOCTYPE = "DOCTYPE declarations are not allowed (no DTDs or entities)"
# A DOCTYPE after the XML declaration, comments, processing instructions and blank space.
_DOCTYPE_IN_PROLOG = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s|<!--.*?-->|<\?.*?\?>)*<!DOCTYPE", re.DOTALL)


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        load_dtd=False,
        no_network=True,
        dtd_validation=False,
        huge_tree=False,
        # a duplicate xml:id is an invalid document (the Schematron says where), not unreadable XML
        collect_ids=False,
        remove_blank_text=False,
    )


def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(Problem(str(path), 0, 0, f"cannot read file: {exc.strerror}", "io")) from None


def parse(path: Path, data: bytes | None = None) -> etree._ElementTree:
    """Parse a file; a DOCTYPE (and with it any entity declaration) is refused outright."""
    data = read_bytes(path) if data is None else data
    doctype = _DOCTYPE_IN_PROLOG.match(data)
    if doctype:  # refused before libxml2 reads a single declaration of it
        line = data.count(b"\n", 0, doctype.end()) + 1
        col = doctype.end() - len("<!DOCTYPE") - data.rfind(b"\n", 0, doctype.end())
        raise InputError(Problem(str(path), line, col, NO_DOCTYPE, "wellformed"))
    try:
        root = etree.fromstring(data, _parser(), base_url=str(path))
    except etree.XMLSyntaxError as exc:
        line, col = exc.position if exc.position else (0, 0)
        msg = exc.msg.rsplit(f" (line {line}", 1)[0] if exc.msg else "malformed XML"
        raise InputError(Problem(str(path), line, col, msg, "wellformed")) from None
    tree = root.getroottree()
    if tree.docinfo.doctype or tree.docinfo.internalDTD is not None:
        raise InputError(Problem(str(path), 1, 1, NO_DOCTYPE, "wellformed"))
    return tree

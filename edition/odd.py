"""The documentation of the encoding: schema/edition.odd through xslt/odd/documentation.xsl,
one XHTML <main> element (every element with its description, attributes, value lists, example
and constraints; every constraint; a contents list), for the site and the deposit to place."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from . import cache, saxon, xmlio

ROOT = Path(__file__).resolve().parent.parent
ODD = ROOT / "schema" / "edition.odd"
STYLESHEET = "odd/documentation.xsl"


def documentation_html(odd: Path = ODD) -> str:
    """The documentation made from the ODD, as the text of one <main> element in the XHTML
    namespace (serialised as XHTML: usable in an HTML page and parseable as XML). Remembered
    (edition/cache.py) under the checksum of the ODD and of the stylesheets that make it."""
    data, text, _ = xmlio.load(odd)  # read as any input is: a regular file, UTF-8 or UTF-16, no DOCTYPE
    sheets = [saxon.XSLT_DIR / STYLESHEET, *sorted((saxon.XSLT_DIR / "common").glob("*.xsl"))]
    name = cache.key("odd-documentation/1", version("saxonche"), data, *(p.read_bytes() for p in sheets))
    return cache.remember("odd-documentation", name,
                          lambda: saxon.transform(STYLESHEET, text, str(odd)).main.encode("utf-8")).decode("utf-8")

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


def documentation_html(document: str = "", odd: Path = ODD) -> str:
    """The documentation made from the ODD, as the text of one <main> element in the XHTML
    namespace (serialised as XHTML: usable in an HTML page and parseable as XML). For the
    document named `document` (its file name without .xml; "" for the schema on its own), a
    division of the ODD about another document (div corresp="…/NAME.xml": how that text's
    editorial principles are encoded) is left out. Remembered (edition/cache.py) under the
    checksum of the ODD, of the stylesheets that make it and the document's name."""
    data, text, _ = xmlio.load(odd)  # read as any input is: a regular file, UTF-8 or UTF-16, no DOCTYPE
    sheets = [saxon.XSLT_DIR / STYLESHEET, *sorted((saxon.XSLT_DIR / "common").glob("*.xsl"))]
    name = cache.key("odd-documentation/2", version("saxonche"), data, document, *(p.read_bytes() for p in sheets))
    return cache.remember("odd-documentation", name,
                          lambda: saxon.transform(STYLESHEET, text, str(odd), document=document).main.encode("utf-8")
                          ).decode("utf-8")

"""The open data of a document: its registers as CSV and JSON-LD (schema.org), its places
as GeoJSON and a Dublin Core record of the edition (oai_dc), all made by one transform
(xslt/data/data.xsl) and written into data/<name>/ of the out folder, a folder swapped in
whole like the site's. What the files say is decided by the XSLT; this module only runs it
and writes the files it returns."""

from __future__ import annotations

import json
from pathlib import Path

from . import languages, saxon

ROOT = Path(__file__).resolve().parent.parent
STYLESHEET = "data/data.xsl"
# the result documents of the stylesheet that are named after the document (oai_dc.xml → NAME.oai_dc.xml)
NAMED_AFTER_DOCUMENT = ("oai_dc.xml",)


def files(doc, base_url: str | None = None) -> dict[str, str]:
    """The data files of a document: file name → text."""
    labels = languages.messages()
    # the interface languages (edition/languages.py decides them for every output): the data's
    # words of the interface are given in those of them the header declares, else in the first
    interface = languages.interface_languages(doc.tree, tuple(labels))
    result = saxon.transform(STYLESHEET, doc.text, str(doc.path), messages=json.dumps(labels),
                             **{"base-url": base_url or "", "interface-languages": json.dumps(interface)})
    made: dict[str, str] = {}
    for uri, text in sorted(result.documents.items()):
        name = uri.rsplit("/", 1)[-1]
        made[f"{doc.name}.{name}" if name in NAMED_AFTER_DOCUMENT else name] = text
    return made


def build(doc, out, base_url: str | None = None) -> list[Path]:
    """data/<name>/ of the stage, swapped in whole."""
    made = files(doc, base_url)

    def fill(folder: Path) -> None:
        for name, text in made.items():
            # bytes: the CSV's CRLF line ends are written as they are
            (folder / name).write_bytes(text.encode("utf-8"))

    return out.replace_tree(f"data/{doc.name}", fill)

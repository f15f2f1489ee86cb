"""The web fonts of a site: Charis SIL, subset to the characters the site uses.

A reader's browser loads about 25 KB a face instead of 300 KB. A subset is a Modified
Version under the SIL Open Font License, and Charis SIL has the Reserved Font Names
"Charis" and "SIL": the subsets are therefore renamed "Edition Serif" (the name the
stylesheets already use), keep the copyright, trademark and licence records, and travel
with OFL.txt and a note of what was done. Each subset is remembered (edition/cache.py)
under the checksum of the face, the characters and the fontTools version, so that an
unchanged site costs nothing the next time; the result is the same either way.
"""

from __future__ import annotations

import hashlib
import io
import logging
from importlib.metadata import version
from pathlib import Path

from . import cache

FAMILY = "Edition Serif"
SOURCE = Path(__file__).resolve().parent.parent / "web" / "fonts" / "charis-sil"
# the faces, from the TrueType files that the PDF uses too: (source file, style)
FACES = {"CharisSIL-Regular.ttf": "Regular", "CharisSIL-Italic.ttf": "Italic",
         "CharisSIL-Bold.ttf": "Bold", "CharisSIL-BoldItalic.ttf": "BoldItalic"}
# always in: what a reader may type into the search field
ALWAYS = {chr(c) for c in range(0x20, 0x7F)}
SUBSET_FORMAT = "edition-web-font/1"

NOTE = """# Edition Serif

The web fonts of this site are subsets of Charis SIL 6.101 (SIL International), reduced by
the edition's build (fontTools) to the characters the site uses, and compressed as WOFF2.
A subset is a Modified Version under the SIL Open Font License 1.1 (OFL.txt), and "Charis"
and "SIL" are Reserved Font Names: the subsets are therefore named "Edition Serif". Their
copyright, trademark and licence records are those of Charis SIL. The complete fonts:
https://software.sil.org/charis/
"""


def characters(folder: Path) -> set[str]:
    """Every character in the pages, scripts and styles of a site (and what can be typed)."""
    found = set(ALWAYS)
    for path in sorted(folder.rglob("*")):
        if path.suffix in (".html", ".js", ".css") and path.is_file():
            found |= set(path.read_text(encoding="utf-8"))
    return {c for c in found if c >= " "}


def write_web_fonts(target: Path, wanted: set[str]) -> list[str]:
    """The subset faces, OFL.txt and a note into `target`; returns the file names."""
    target.mkdir(parents=True, exist_ok=True)
    names = []
    for source, style in FACES.items():
        name = f"EditionSerif-{style}.woff2"
        (target / name).write_bytes(subset_face(SOURCE / source, style, wanted))
        names.append(name)
    (target / "OFL.txt").write_bytes((SOURCE / "OFL.txt").read_bytes())
    (target / "README.md").write_text(NOTE, encoding="utf-8")
    return names + ["OFL.txt", "README.md"]


def subset_face(source: Path, style: str, wanted: set[str]) -> bytes:
    data = source.read_bytes()
    codepoints = sorted(ord(c) for c in wanted)
    name = cache.key(SUBSET_FORMAT, version("fonttools"), hashlib.sha256(data).hexdigest(), style,
                     ",".join(map(str, codepoints)))
    return cache.remember("web-fonts", name, lambda: _cut(data, style, codepoints))


def _cut(data: bytes, style: str, codepoints: list[int]) -> bytes:
    from fontTools import subset  # imported only when a face is cut: it takes a tenth of a second
    from fontTools.ttLib import TTFont

    options = subset.Options()
    options.flavor = "woff2"
    options.layout_features = ["*"]  # small capitals, ligatures, kerning: all the face can do
    options.name_IDs = ["*"]
    options.notdef_outline = True
    font = TTFont(io.BytesIO(data), recalcTimestamp=False)  # no clock: the same bytes every time
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=codepoints)
    logging.getLogger("fontTools.subset").setLevel(logging.ERROR)  # "Silt NOT subset": a Graphite table, dropped
    subsetter.subset(font)
    _rename(font, style)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out)
    return out.getvalue()


def _rename(font, style: str) -> None:  # a fontTools TTFont
    """Take the Reserved Font Names out of the font's own names (the OFL asks it of a
    Modified Version); copyright, trademark and licence records stay as they are."""
    spaced = {"Regular": "Regular", "Italic": "Italic", "Bold": "Bold", "BoldItalic": "Bold Italic"}[style]
    names = font["name"]
    new = {1: FAMILY, 3: f"{FAMILY} {spaced}: subset made by the edition build", 4: f"{FAMILY} {spaced}",
           6: f"EditionSerif-{style}", 16: FAMILY}
    for record in names.names:
        if record.nameID in new:
            record.string = new[record.nameID]
        elif record.nameID == 17:
            record.string = spaced

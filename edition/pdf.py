"""The PDF edition: the TEI through xslt/print/print.xsl into HTML, typeset by WeasyPrint
with web/print/edition.css into build/pdf/<name>.pdf (PDF/A-3u, tagged, with the TEI
embedded). What the pages say is decided by the stylesheet; this module only runs the
transform and the typesetter, and writes the file.

Two passes: the first typesetting tells on which page each anchor of the print HTML
falls; those pages go back to the stylesheet (parameter `pages`), which sets the
apparatus of each page in its bottom margin and prints the register page numbers. The
apparatus is a running element, which takes no room in the text, so the second pass has
the pages of the first; that is checked, and a further pass is made if it did not hold.
The settled page map is kept beside the PDF: the next build starts from it, so that an
unchanged text (or one changed without moving a page) needs one typesetting, not two.
The same map keeps each footnote on the page of its call: where WeasyPrint set one on the
page after (to make room for the first line of a paragraph), the stylesheet makes that
paragraph begin the next page, and its anchor (brk-) keeps the break in the map. Such a
break depends on the typesetting that asked for it, so the anchors that decide breaks
(note-, brk-) are taken from a previous map only if it was made from the same inputs (the
map records their digest); from any other map, the breaks are found again as from nothing.

Language: every word of the stylesheet comes from web/messages.json (parameter
`messages`) in the interface language, by default the TEI's own (xml:lang); an English
PDF of a Turkish edition is `typeset(doc, ui_lang="en")` (the stylesheet parameter
`ui-lang`).

Reproducible: every date comes from the TEI (the HTML's dcterms meta, from the header),
the file identifier is a hash of the content, and the attachments carry the same date.
"""

from __future__ import annotations

import copy
import io
import json
import logging
import re
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree

from . import basemap, cache, fidelity, languages, saxon
from .errors import InputError
from .xmlio import read_bytes

ROOT = Path(__file__).resolve().parent.parent
STYLESHEET = "print/print.xsl"
CSS_FILE = ROOT / "web" / "print" / "edition.css"
MESSAGES = languages.MESSAGES
# the only files the typesetter may read: the print CSS and the fonts
ASSETS = ROOT / "web"

PDF_VARIANT = "pdf/a-3u"
# ids of the print HTML whose pages the stylesheet asks for: apparatus lemmas, footnote
# calls and footnotes, names, citations, blocks of the text and the page breaks it forced
MEASURED = ("app-", "call-", "note-", "occ-", "cit-", "blk-", "brk-")
MAX_PASSES = 6
# an anchor of the print HTML as the stylesheet makes it (kind and tree position: app-1.2.3)
ANCHOR = re.compile(r"(?:%s)[0-9.]+(?:-[a-z]+-[0-9.]+)*" % "|".join(MEASURED))
MAX_PAGE_MAP_BYTES = 10_000_000
# the anchors from which the stylesheet decides page breaks (see print.xsl): trusted in a
# previous page map only if it records the digest of the same inputs, under this key
DECIDING = ("note-", "brk-")
INPUTS = "inputs"
XSLT_DIR = ROOT / "xslt"
FONT_DIR = ROOT / "web" / "fonts"
# for a TEI without any date: a fixed one, never the clock
NO_DATE = datetime(1970, 1, 1)
SCHEMA_DIR = ROOT / "schema"


class TypesettingError(saxon.TransformError):
    """The typesetter could not make the PDF (reported like a failed transform: exit 2)."""


def build(doc, out, base_url: str | None = None, ui_lang: str | None = None) -> list[Path]:
    """The PDF of a document into pdf/<name>.pdf (of an output.Stage; pdf/<name>.<lang>.pdf
    in a language other than the TEI's), with the page map it settled on beside it
    (….page-map.json): the next build starts from that map, and needs a second layout only
    if the pages have moved. base_url: the edition's canonical address, for its citation."""
    main = languages.interface_languages(doc.tree, tuple(languages.messages()))[0]
    ui_lang = ui_lang or main
    name = doc.name if ui_lang == main else f"{doc.name}.{ui_lang}"
    map_path = f"pdf/{name}.page-map.json"
    previous = _load_page_map(out.path(map_path)) if cache.enabled() else {}
    result = typeset(doc, previous, ui_lang=ui_lang, base_url=base_url)
    return [out.write(f"pdf/{name}.pdf", result.pdf),
            out.write(map_path, json.dumps(result.page_map, sort_keys=True, indent=0) + "\n")]


def hyphenation(doc) -> str:
    """How the text of the document is divided at line ends: "syllables" (Turkish, by the
    stylesheet: xslt/common/hyphenation.xsl; pyphen has no Turkish patterns), "patterns" (a
    language pyphen has patterns for: WeasyPrint divides it), or "none", said on standard error."""
    import pyphen

    main = languages.main_language(doc.tree)
    if re.match(r"tr(-|$)", main, re.I):
        return "syllables"
    if pyphen.language_fallback(main.replace("-", "_")):
        return "patterns"
    sys.stderr.write(f"{doc.path}: no hyphenation patterns for the language {main!r}: its text is not hyphenated\n")
    return "none"


def _load_page_map(path: Path) -> dict[str, int | str]:
    """The page map of the previous build, or {} for one that is missing, not a regular file,
    too large or not what this module writes: only the anchors the stylesheet makes
    (MEASURED prefixes, no blank or "=") with page numbers from 1, and the digest of the
    inputs it was made from. It is a starting point; the typesetting checks it like any other."""
    if path.is_symlink() or not path.exists():
        return {}
    try:
        value = json.loads(read_bytes(path, limit=MAX_PAGE_MAP_BYTES))
    except (InputError, ValueError):
        return {}
    ok = isinstance(value, dict) and all(
        (isinstance(k, str) and ANCHOR.fullmatch(k) and type(v) is int and v >= 1)
        or (k == INPUTS and isinstance(v, str) and re.fullmatch(r"[0-9a-f]{64}", v)) for k, v in value.items())
    return value if ok else {}


def inputs_digest(doc, ui_lang: str | None, base_url: str | None = None) -> str:
    """The digest of everything the typesetting depends on: the TEI as read, the stylesheets,
    the print CSS, the labels, the fonts, the language and the typesetter's version."""
    weasy = _weasyprint()
    files = sorted([*XSLT_DIR.glob("common/*.xsl"), *XSLT_DIR.glob("print/*.xsl"), CSS_FILE, MESSAGES,
                    *FONT_DIR.glob("*/*")])
    return cache.key(doc.data, ui_lang or "", base_url or "", weasy.__version__,
                     *[part for f in files for part in (f.relative_to(ROOT).as_posix(), f.read_bytes())])


@dataclass
class Typeset:
    html: str  # the print HTML of the last pass
    document: object  # WeasyPrint's laid-out document (pages, anchors)
    pdf: bytes
    pages: dict[str, int]  # the page of each measured anchor, as settled
    passes: int  # how many times the text was typeset
    inputs: str = ""  # the digest of the inputs (inputs_digest)

    @property
    def page_map(self) -> dict[str, int | str]:
        """The settled pages with the digest of their inputs: what is kept beside the PDF."""
        return {**self.pages, INPUTS: self.inputs}


def render(doc, ui_lang: str | None = None) -> bytes:
    """The PDF of a pipeline.Document, as bytes (in the language `ui_lang` of messages.json,
    by default the edition's own)."""
    return typeset(doc, ui_lang=ui_lang).pdf


def typeset(doc, start: dict[str, int | str] | None = None, ui_lang: str | None = None,
            base_url: str | None = None) -> Typeset:
    """The PDF of a pipeline.Document, with the HTML and layout it was made from; `start`
    is a page map to begin with (that of the previous build, Typeset.page_map), checked like
    any other; `ui_lang` the language of its labels and editorial matter (default: the TEI's)."""
    try:
        return _typeset(doc, start or {}, ui_lang, base_url)
    except OSError as exc:  # WeasyPrint writes the fonts to temporary files: a full disk stops it there
        where = f" ({exc.filename})" if exc.filename else ""
        raise TypesettingError(f"{doc.path}: the typesetter cannot write its temporary files{where}: "
                               f"{exc.strerror or exc}") from None


def _typeset(doc, start: dict[str, int | str], ui_lang: str | None, base_url: str | None) -> Typeset:
    weasy = _weasyprint()
    inputs = inputs_digest(doc, ui_lang, base_url)
    same_inputs = start.get(INPUTS) == inputs
    start = {anchor: page for anchor, page in start.items()
             if anchor != INPUTS and (same_inputs or not anchor.startswith(DECIDING))}
    params = {"messages": MESSAGES.read_text(encoding="utf-8"), "hyphenation": hyphenation(doc)}
    if ui_lang:
        params["ui-lang"] = ui_lang
    if base_url:
        params["base-url"] = base_url
    fonts = weasy.FontConfiguration()
    fetcher = _asset_fetcher(weasy.URLFetcher)
    with _typesetter_log() as problems:
        css = weasy.CSS(filename=str(CSS_FILE), font_config=fonts, url_fetcher=fetcher)
        if problems:
            raise TypesettingError(f"{CSS_FILE}: " + "; ".join(problems))
        pages: dict[str, int] = dict(start)
        document = None
        for passes in range(1, MAX_PASSES + 1):
            problems.clear()  # only the last pass counts: the first one lacks the registers
            result = saxon.transform(STYLESHEET, doc.text, str(doc.path), pages=_encode(pages), **params)
            html = basemap.draw(result.main, str(doc.path))
            document = weasy.HTML(string=html, base_url=str(CSS_FILE), url_fetcher=fetcher).render(
                stylesheets=[css], font_config=fonts, pdf_tags=True, pdf_variant=PDF_VARIANT)
            measured = anchor_pages(document)
            if pages and measured == pages:
                break
            pages = measured
        else:
            raise TypesettingError(f"{doc.path}: the pages did not settle after {MAX_PASSES} passes")
        if problems:
            raise TypesettingError(f"{doc.path}: the typesetter reported: " + "; ".join(problems))
        _add_to_xmp(document.metadata, next((text for uri, text in result.documents.items() if uri.endswith("/xmp.rdf")), ""))
        data = document.write_pdf(
            pdf_variant=PDF_VARIANT, pdf_tags=True,
            attachments=attachments(doc, document.metadata.modified, weasy.Attachment))
        if problems:
            raise TypesettingError(f"{doc.path}: the typesetter reported: " + "; ".join(problems))
    return Typeset(html, document, data, pages, passes, inputs)


def _add_to_xmp(metadata, rdf: str) -> None:
    """The stylesheet's rdf:Descriptions (rights, identifier, languages) inside the one
    rdf:RDF of the XMP that WeasyPrint writes (an XMP packet has a single rdf:RDF; its
    extra packets would stand beside it)."""
    if not rdf.strip():
        return
    extra = etree.fromstring(rdf.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
    write_own = metadata.generate_rdf_metadata

    def generate_rdf_metadata(*args, **kwargs) -> bytes:
        own = etree.fromstring(write_own(*args, **kwargs))
        own.extend(copy.deepcopy(list(extra)))
        return etree.tostring(own, encoding="utf-8")

    metadata.generate_rdf_metadata = generate_rdf_metadata


def anchor_pages(document) -> dict[str, int]:
    """Page number (from 1) of each measured anchor of a typeset document."""
    pages: dict[str, int] = {}
    for number, page in enumerate(document.pages, start=1):
        for anchor in page.anchors:
            if anchor.startswith(MEASURED) and anchor not in pages:
                pages[anchor] = number
    return pages


def _encode(pages: dict[str, int]) -> str:
    return " ".join(f"{anchor}={page}" for anchor, page in sorted(pages.items()))


def attachments(doc, date: str | None, attachment_class) -> list:
    """The TEI file, byte for byte as read (under its document's name with .xml), and the
    edition's own schema, which it was validated against. Nothing the TEI names is
    attached: a processing instruction cannot pull another file into the PDF."""
    when = datetime.fromisoformat(date) if date else NO_DATE
    files = [(f"{doc.name}.xml", doc.data, "TEI P5 source of this edition", "Source")]
    # the witness the TEI points to (its ../source link), once its checksum holds
    witness = fidelity.offered_witness(doc.path, doc.tree)
    if witness:
        files.append((witness[0].name, witness[1], "The witness: the transcript the text was edited from", "Source"))
    for schema in schema_files():
        files.append((schema.name, schema.read_bytes(), SCHEMA_DESCRIPTIONS[schema.suffix], "Supplement"))
    return [attachment_class(file_obj=io.BytesIO(data), name=name, description=description,
                             created=when, modified=when, relationship=relationship)
            for name, data, description, relationship in files]


SCHEMA_DESCRIPTIONS = {".rng": "Schema of the TEI source (RELAX NG)",
                       ".sch": "Rules of the TEI source (ISO Schematron)"}


def schema_files() -> list[Path]:
    """The edition's schema as attached to the PDF: the RELAX NG grammar and the Schematron
    rules the TEI is validated against."""
    return [path for path in [SCHEMA_DIR / "edition.rng", SCHEMA_DIR / "edition.sch"] if path.is_file()]



def _weasyprint():
    """WeasyPrint, imported only when a PDF is made (it loads Pango)."""
    try:
        import weasyprint
        from weasyprint.text.fonts import FontConfiguration
    except (ImportError, OSError) as exc:
        raise TypesettingError(f"WeasyPrint cannot be loaded ({exc}); is Pango installed (libpango-1.0-0)?") from None
    weasyprint.FontConfiguration = FontConfiguration
    return weasyprint


def _asset_fetcher(base):
    """A fetcher that serves files under web/ and nothing else: no network, no other file."""

    class AssetFetcher(base):
        def fetch(self, url, headers=None):
            parts = urlsplit(url)
            path = Path(unquote(parts.path)).resolve() if parts.scheme == "file" else None
            if path is None or not path.is_relative_to(ASSETS):
                raise ValueError(f"refused to load {url}: only files under {ASSETS} are used")
            return super().fetch(url, headers)

    return AssetFetcher(allowed_protocols=("file",))


class _typesetter_log:
    """Collects WeasyPrint's warnings and errors (a font or file it could not load, CSS it
    ignored), so that the build fails on them instead of printing to the terminal."""

    def __enter__(self) -> list[str]:
        self.problems: list[str] = []
        self.logger = logging.getLogger("weasyprint")
        self.handler = _ListHandler(self.problems)
        self.logger.addHandler(self.handler)
        self.propagate, self.logger.propagate = self.logger.propagate, False
        return self.problems

    def __exit__(self, *exc) -> None:
        self.logger.removeHandler(self.handler)
        self.logger.propagate = self.propagate


class _ListHandler(logging.Handler):
    def __init__(self, sink: list[str]):
        super().__init__(logging.WARNING)
        self.sink = sink

    def emit(self, record: logging.LogRecord) -> None:
        self.sink.append(record.getMessage())

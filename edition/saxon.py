"""The one place where Saxon processors are made, and locked.

Saxon is wide open by default: a stylesheet or source may read any file, fetch
URLs, expand external entities, read environment variables and write files with
xsl:result-document. Every processor made here is locked down:
- it is created with a minimal environment (Saxon takes its one snapshot of the
  environment variables when the first processor of the process is made);
- its XML parser refuses a DOCTYPE, and with it every entity declaration;
- the stylesheets are compiled from the project's own folders (xslt/, and the
  Schematron of schema/ turned into XSLT by the ISO skeleton shipped in lxml),
  and only then is every URI scheme switched off (allowedProtocols = "", which is
  one-way): no file or network access after that, so sources are handed over as
  text;
- xsl:result-document output is captured in memory, never written by Saxon
  (callers write it with output.write_atomic if they want it);
- xsl:message output is captured, and so is what Saxon prints on the process's
  standard error, so that a failure reports Saxon's own words.
"""

from __future__ import annotations

import os
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from importlib.metadata import version

import lxml.isoschematron
from lxml import etree
from saxonche import PySaxonApiError, PySaxonProcessor

from . import cache
from .errors import InputError, Problem

ROOT = Path(__file__).resolve().parent.parent
XSLT_DIR = ROOT / "xslt"
SCHEMA_DIR = ROOT / "schema"

# Stylesheets of xslt/ (relative paths) compiled before the lock: add new outputs here.
STYLESHEETS = ("text/diplomatic-lines.xsl", "text/reading.xsl", "html/site.xsl", "print/print.xsl",
               "deposit/citation-cff.xsl", "deposit/codemeta.xsl", "deposit/package.xsl",
               "odd/documentation.xsl", "data/data.xsl")
# ISO Schematron schemas of schema/ (relative paths) compiled before the lock.
SCHEMATRONS = ("edition.sch",)
# TEI's own rules, the Schematron embedded in tei_all.rng, made into a schema of their own by
# edition/tei_rules.py and compiled, like SCHEMATRONS, before the lock of an engine of their own.
TEI_RULES = "tei_all-schematron.sch"

# The ISO Schematron reference implementation (Rick Jelliffe's skeleton), as shipped in lxml.
ISO_SCHEMATRON_DIR = Path(lxml.isoschematron.__file__).resolve().parent / "resources" / "xsl" / "iso-schematron-xslt1"
ISO_SCHEMATRON_STEPS = ("iso_dsdl_include.xsl", "iso_abstract_expand.xsl", "iso_svrl_for_xslt1.xsl")
ISO_SCHEMATRON_NS = "http://purl.oclc.org/dsdl/schematron"
# the report needs failed assertions and their locations, not every rule that fired
ISO_SCHEMATRON_PARAMETERS = {"iso_svrl_for_xslt1.xsl": {"generate-fired-rule": "false"}}

DISALLOW_DOCTYPE = ("http://saxon.sf.net/feature/parserFeature"
                    "?uri=http%3A//apache.org/xml/features/disallow-doctype-decl")
ALLOWED_PROTOCOLS = "http://saxon.sf.net/feature/allowedProtocols"
# The environment variables Saxon may see (the rest are hidden from environment-variable()).
MINIMAL_ENVIRONMENT = ("LANG", "LC_ALL", "TZ")


def _document_text(value) -> str:
    """A captured result document as text. Saxon hands over the tree, not the serialised
    output, so a stylesheet that needs exact serialisation (HTML) serialises it itself
    with serialize() into a method="text" result document, whose string value is used."""
    node = value.head if value is not None and value.size else None
    if node is not None and node.children and all(c.node_kind_str == "text" for c in node.children):
        return node.string_value
    return str(value)


class TransformError(Exception):
    pass


@dataclass
class Result:
    main: str
    documents: dict[str, str] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


@contextmanager
def _minimal_environment() -> Iterator[None]:
    saved = dict(os.environ)
    try:
        for name in list(os.environ):
            if name not in MINIMAL_ENVIRONMENT:
                del os.environ[name]
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


class _StderrCapture:
    """Saxon prints its error details on file descriptor 2: catch them around one call."""

    def __init__(self) -> None:
        self.text = ""

    @contextmanager
    def around(self) -> Iterator[None]:
        sys.stderr.flush()
        with tempfile.TemporaryFile() as sink:
            saved = os.dup(2)
            os.dup2(sink.fileno(), 2)
            try:
                yield
            finally:
                os.dup2(saved, 2)
                os.close(saved)
                sink.seek(0)
                self.text = sink.read().decode("utf-8", "replace").strip()


def _messages(executable) -> list[str]:
    saved = executable.get_xsl_messages()
    return [str(message) for message in saved] if saved is not None else []


class Engine:
    """A Saxon processor, the stylesheets compiled for it, and then its lock.

    Stylesheets are registered by name (a file of xslt/, or a Schematron of
    schema/) and compiled by lock(); after lock() nothing more can be compiled
    and no URI can be resolved.
    """

    def __init__(self, stylesheets: dict[str, Path], schematrons: dict[str, Path | bytes] | None = None):
        self._sources = dict(stylesheets)
        self._schematron_sources = dict(schematrons or {})
        self._compiled: dict[str, object] = {}
        self._locked = False
        with _minimal_environment():
            self._proc = PySaxonProcessor(license=False)
        self._proc.set_configuration_property(DISALLOW_DOCTYPE, "true")

    @property
    def locked(self) -> bool:
        return self._locked

    def _compile_file(self, path: Path):
        stderr = _StderrCapture()
        try:
            with stderr.around():
                return self._proc.new_xslt30_processor().compile_stylesheet(stylesheet_file=str(path))
        except PySaxonApiError as exc:
            raise TransformError(_explain(f"cannot compile {path}", exc, stderr.text)) from None

    def _compile_schematron(self, path: Path | bytes):
        """ISO Schematron (a file, or a schema made at run time, as bytes) to XSLT with the
        skeleton's three steps (remembered, keyed by the schema and the skeleton, when the
        schema includes no other file), then compile it."""
        name = _schematron_key(path)
        schema_text = (cache.remember("schematron-xslt", name, lambda: self._skeleton(path).encode("utf-8")).decode("utf-8")
                       if name else self._skeleton(path))
        stderr = _StderrCapture()
        try:
            with stderr.around():
                return self._proc.new_xslt30_processor().compile_stylesheet(stylesheet_text=schema_text)
        except PySaxonApiError as exc:
            raise TransformError(_explain(f"the XSLT made from the Schematron {_label(path)} does not compile",
                                          exc, stderr.text)) from None

    def _skeleton(self, path: Path | bytes) -> str:
        """The XSLT that the ISO skeleton makes of a Schematron schema. The skeleton knows the
        XSLT 1 query binding only: a schema given as bytes may say queryBinding="xslt2" (TEI's
        rules do), and its XSLT then runs as XSLT 2.0 rather than in backwards-compatible mode."""
        schema_text, xslt2 = None, False
        if isinstance(path, bytes):
            schema = etree.fromstring(path, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
            if schema.get("queryBinding") == "xslt2":
                schema.set("queryBinding", "xslt")
                xslt2 = True
            schema_text = etree.tostring(schema, encoding="unicode")
        for step in ISO_SCHEMATRON_STEPS:
            skeleton = self._compile_file(ISO_SCHEMATRON_DIR / step)
            skeleton.set_save_xsl_message(True)
            for name, value in ISO_SCHEMATRON_PARAMETERS.get(step, {}).items():
                skeleton.set_parameter(name, self._proc.make_string_value(value))
            stderr = _StderrCapture()
            try:
                with stderr.around():
                    if schema_text is None:  # the first step reads the file, to resolve its inclusions
                        schema_text = skeleton.transform_to_string(source_file=str(path))
                    else:
                        schema_text = skeleton.transform_to_string(xdm_node=self._proc.parse_xml(xml_text=schema_text))
            except PySaxonApiError as exc:
                raise TransformError(_explain(f"cannot compile the Schematron {_label(path)} ({step})", exc,
                                              stderr.text)) from None
            # the skeleton reports errors in the schema (an unknown queryBinding, …) as messages
            problems = [m for m in _messages(skeleton) if "error" in m.lower()]
            if problems:
                raise TransformError(f"Schematron {_label(path)}: " + "; ".join(problems))
        if xslt2:
            xslt = etree.fromstring(schema_text.encode("utf-8"), etree.XMLParser(resolve_entities=False, no_network=True))
            xslt.set("version", "2.0")
            schema_text = etree.tostring(xslt, encoding="unicode")
        return schema_text

    def lock(self) -> None:
        """Compile every registered stylesheet and Schematron, then shut every URI scheme for good."""
        if self._locked:
            return
        for name, path in self._sources.items():
            self._compiled[name] = self._compile_file(path)
        for name, path in self._schematron_sources.items():
            self._compiled[name] = self._compile_schematron(path)
        self._proc.set_configuration_property(ALLOWED_PROTOCOLS, "")
        self._locked = True

    def transform(self, stylesheet: str, source_text: str, source_name: str, **params: str) -> Result:
        self.lock()
        executable = self._compiled.get(stylesheet)
        if executable is None:
            # every stylesheet is compiled before the lock (see lock()), so this is a programming error
            raise TransformError(f"stylesheet {stylesheet} was not compiled before the processor was locked: "
                                 "add it to STYLESHEETS in edition/saxon.py")
        stderr = _StderrCapture()
        try:
            with stderr.around():
                doc = self._proc.parse_xml(xml_text=source_text)
        except PySaxonApiError as exc:
            raise InputError(Problem(source_name, 0, 0, _explain("Saxon cannot parse the source", exc, stderr.text),
                                     "wellformed")) from None
        executable.clear_parameters()
        for name, value in params.items():
            executable.set_parameter(name, self._proc.make_string_value(value))
        executable.set_capture_result_documents(True)
        executable.set_save_xsl_message(True)
        stderr = _StderrCapture()
        try:
            with stderr.around():
                main = executable.transform_to_string(xdm_node=doc) or ""
        except PySaxonApiError as exc:
            said = _messages(executable)
            details = stderr.text + ("\nxsl:message: " + " | ".join(said) if said else "")
            raise TransformError(_explain(f"{stylesheet} failed on {source_name}", exc, details)) from None
        documents = {uri: _document_text(value) for uri, value in (executable.get_result_documents() or {}).items()}
        return Result(main, documents, _messages(executable))


def _label(source: Path | bytes) -> str:
    return "made at run time" if isinstance(source, bytes) else str(source)


def _schematron_key(path: Path | bytes) -> str | None:
    """The cache key of the XSLT made of a Schematron schema: its bytes, the skeleton's and
    the parameters; None for a schema that includes or extends other files (not in the key)."""
    data = path if isinstance(path, bytes) else path.read_bytes()
    root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False))
    if root.find(f".//{{{ISO_SCHEMATRON_NS}}}include") is not None or root.find(f".//{{{ISO_SCHEMATRON_NS}}}extends") is not None:
        return None
    skeletons = [(ISO_SCHEMATRON_DIR / name).read_bytes() for name in sorted(p.name for p in ISO_SCHEMATRON_DIR.glob("*.xsl"))]
    return cache.key("schematron-xslt/1", version("saxonche"), data, *skeletons, repr(sorted(ISO_SCHEMATRON_PARAMETERS.items())))


def _explain(what: str, exc: PySaxonApiError, details: str) -> str:
    said = str(exc).strip()
    if details and said not in details:
        return f"{what}: {said}\n{details}"
    return f"{what}: {details or said}"


# One engine per stylesheet (and one for the validation rules), each made and locked on
# first use: a process compiles only what it runs (a PDF build never compiles the site's
# stylesheet), and a stylesheet that does not compile stops only what needs it.
_engines: dict[str, Engine] = {}


def engine(purpose: str = "outputs") -> Engine:
    """The project's engine for one stylesheet of STYLESHEETS, for "validation" (SCHEMATRONS),
    for TEI_RULES (TEI's own Schematron), or for "outputs" (all of STYLESHEETS in one processor)."""
    if purpose not in _engines:
        if purpose == "outputs":
            _engines[purpose] = Engine({name: XSLT_DIR / name for name in STYLESHEETS})
        elif purpose == "validation":
            _engines[purpose] = Engine({}, {name: SCHEMA_DIR / name for name in SCHEMATRONS})
        elif purpose == TEI_RULES:  # an engine of its own: `validate` never compiles TEI's rules
            from . import tei_rules
            _engines[purpose] = Engine({}, {TEI_RULES: tei_rules.schema()})
        elif purpose in STYLESHEETS:
            _engines[purpose] = Engine({purpose: XSLT_DIR / purpose})
        else:
            raise TransformError(f"no stylesheet {purpose!r}: add it to STYLESHEETS in edition/saxon.py")
    return _engines[purpose]


def lock() -> None:
    """Compile the project's stylesheets and Schematron schemas, then shut every URI scheme for good."""
    engine("outputs").lock()
    engine("validation").lock()
    for name in STYLESHEETS:
        engine(name).lock()


def transform(stylesheet: str, source_text: str, source_name: str, **params: str) -> Result:
    """Run one of STYLESHEETS (or SCHEMATRONS, giving an SVRL report) on a source given as text."""
    purpose = "validation" if stylesheet in SCHEMATRONS else stylesheet  # TEI_RULES: its own engine
    return engine(purpose).transform(stylesheet, source_text, source_name, **params)

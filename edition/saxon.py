"""The one place where Saxon processors are made, and locked.

Saxon is wide open by default: a stylesheet or source may read any file, fetch
URLs, expand external entities and write files with xsl:result-document. Here:
- stylesheets are compiled from the project's own xslt/ folder, and only then is
  every URI scheme switched off (allowedProtocols = "", one-way);
- sources are handed over as text already parsed safely by lxml (no DOCTYPE);
- xsl:result-document output is captured in memory, never written by Saxon;
- xsl:message output is kept so that users see the stylesheet's own words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from saxonche import PySaxonApiError, PySaxonProcessor

from .errors import InputError, Problem

XSLT_DIR = Path(__file__).resolve().parent.parent / "xslt"

_processor: PySaxonProcessor | None = None
_locked = False


def _proc() -> PySaxonProcessor:
    global _processor
    if _processor is None:
        _processor = PySaxonProcessor(license=False)
        _processor.set_configuration_property(
            "http://saxon.sf.net/feature/parserFeature?uri=http%3A//apache.org/xml/features/disallow-doctype-decl",
            "true",
        )
    return _processor


class TransformError(Exception):
    pass


@dataclass
class Result:
    main: str
    documents: dict[str, str] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)


@lru_cache(maxsize=None)
def _compiled(relative: str):
    if _locked:
        # compile everything first (see lock()), so this is a programming error
        raise TransformError(f"stylesheet {relative} compiled after the processor was locked")
    path = XSLT_DIR / relative
    xslt = _proc().new_xslt30_processor()
    try:
        return xslt.compile_stylesheet(stylesheet_file=str(path))
    except PySaxonApiError as exc:
        raise TransformError(f"{path}: {exc}") from None


STYLESHEETS = ("text/diplomatic-lines.xsl", "text/reading.xsl")


def lock() -> None:
    """Compile the project's stylesheets, then shut every URI scheme for good."""
    global _locked
    if _locked:
        return
    for name in STYLESHEETS:
        _compiled(name)
    _proc().set_configuration_property("http://saxon.sf.net/feature/allowedProtocols", "")
    _locked = True


def transform(stylesheet: str, source_text: str, source_name: str, **params: str) -> Result:
    lock()
    executable = _compiled(stylesheet)
    proc = _proc()
    try:
        doc = proc.parse_xml(xml_text=source_text)
    except PySaxonApiError as exc:
        raise InputError(Problem(source_name, 0, 0, f"Saxon cannot parse the source: {exc}", "wellformed")) from None
    executable.clear_parameters()
    for name, value in params.items():
        executable.set_parameter(name, proc.make_string_value(value))
    executable.set_capture_result_documents(True)
    executable.set_save_xsl_message(True)
    try:
        main = executable.transform_to_string(xdm_node=doc) or ""
    except PySaxonApiError as exc:
        raise TransformError(f"{stylesheet}: {exc}") from None
    documents = {}
    captured = executable.get_result_documents() or {}
    for uri, value in captured.items():
        documents[uri] = str(value)
    messages = [str(m) for m in (executable.get_xsl_messages() or [])]
    return Result(main, documents, messages)

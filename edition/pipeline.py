"""The steps of the edition, in order: read, check, transform. Orchestration only:
what the TEI means is decided by the XSLT in xslt/."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from lxml import etree

from . import conformance, fidelity, saxon, schematron, stats, validate as schema_validation
from .errors import OutputError, Problem, printable
from .output import TEMP_PREFIX, OutputFolder
from .xmlio import load

VIEWS = {"reading": "text/reading.xsl", "diplomatic": "text/diplomatic-lines.xsl"}


@dataclass
class Document:
    path: Path
    data: bytes  # the file as read
    text: str  # its text, as UTF-8 (what the transforms are given)
    tree: etree._ElementTree

    @classmethod
    def load(cls, path: Path) -> "Document":
        """Raises InputError for an unreadable or malformed file."""
        data, text, tree = load(path)
        return cls(path, data, text, tree)

    @property
    def name(self) -> str:
        """The name of the document's outputs: its file name without the suffix."""
        return self.path.stem


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    counts: dict[str, str] = field(default_factory=dict)


class Invalid(Exception):
    """Documents that fail validation: nothing was built."""

    def __init__(self, problems: list[Problem]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


def validate(doc: Document) -> list[Problem]:
    """The edition's own schema: RELAX NG (schema/edition.rng), then Schematron (schema/edition.sch)."""
    return schema_validation.validate(doc.path, doc.tree, doc.text)


def check(doc: Document) -> Report:
    report = Report()
    report.checks.append("well-formed")
    report.problems += schema_validation.check_schema(doc.path, doc.tree)
    report.checks.append("schema")
    report.problems += schematron.check(doc.path, doc.tree, doc.text)
    report.checks.append("schematron")
    report.problems += conformance.check_tei_all(doc.path, doc.tree)
    report.checks.append("tei_all")
    report.problems += fidelity.check(doc.path, doc.tree, doc.text)
    report.checks.append("fidelity")
    report.counts = stats.counts(doc.tree)
    return report


def text(doc: Document, view: str = "reading") -> str:
    return saxon.transform(VIEWS[view], doc.text, str(doc.path)).main


def build_text(doc: Document, out: OutputFolder) -> list[Path]:
    return [out.write(f"text/{doc.name}.txt", text(doc))]


# Each output: a function (document, output folder) -> files written. A new output
# registers itself here (see README, "Adding an output"). Each writes through the
# OutputFolder, which owns the out folder.
def build_html(doc: Document, out: OutputFolder) -> list[Path]:
    from . import html  # imported here: the other outputs do not need Jinja2
    return html.build(doc, out)


def build_pdf(doc: Document, out: OutputFolder) -> list[Path]:
    from . import pdf  # imported here: WeasyPrint loads Pango
    return pdf.build(doc, out)


# in this order: the site links the plain text and the PDF when they exist
OUTPUTS = {"text": build_text, "pdf": build_pdf, "html": build_html}


def finish_html(out: OutputFolder) -> list[Path]:
    from . import html
    return html.build_document_list(out)


# What runs once after every document is built, for an output that has it.
FINISH: dict[str, Callable[[OutputFolder], list[Path]]] = {"html": finish_html}


def site_folder(out_dir: Path, doc: Document) -> Path:
    """Where the HTML site of a document is built."""
    return Path(out_dir) / "html" / doc.name


def _check_names(docs: list[Document]) -> None:
    seen: dict[str, Path] = {}
    for doc in docs:
        if not doc.name or doc.name.startswith(".") or doc.name.startswith(TEMP_PREFIX):
            raise OutputError(f"{printable(doc.path)}: outputs cannot be named {printable(doc.name)!r} "
                              "(a file name that begins with a dot): rename the file")
        if doc.name in seen:
            raise OutputError(f"{printable(doc.path)} and {printable(seen[doc.name])} would both build into "
                              f"outputs named {printable(doc.name)!r}: rename one of them")
        seen[doc.name] = doc.path


def build(docs: Document | list[Document], out_dir: Path, targets: list[str] | None = None, *,
          force: bool = False, on_wait: Callable[[str], None] | None = None) -> list[Path]:
    """Validate the documents, then build the named outputs (all by default) of each into
    out_dir. Nothing is written unless every document is valid (Invalid is raised)."""
    docs = [docs] if isinstance(docs, Document) else list(docs)
    names = targets or list(OUTPUTS)
    _check_names(docs)
    problems = [problem for doc in docs for problem in validate(doc)]
    if problems:
        raise Invalid(problems)
    written: list[Path] = []
    with OutputFolder(Path(out_dir), force=force, on_wait=on_wait) as out:
        for doc in docs:
            for name in [n for n in OUTPUTS if n in names]:
                written += OUTPUTS[name](doc, out)
        for name in names:
            if name in FINISH:
                written += FINISH[name](out)
    return written

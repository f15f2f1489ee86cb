"""The steps of the edition, in order: read, check, transform. Orchestration only:
what the TEI means is decided by the XSLT in xslt/."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import conformance, fidelity, saxon, schematron, stats, validate as schema_validation
from .errors import Problem
from .output import write_atomic
from .xmlio import parse, read_bytes

VIEWS = {"reading": "text/reading.xsl", "diplomatic": "text/diplomatic-lines.xsl"}


@dataclass
class Document:
    path: Path
    text: str
    tree: etree._ElementTree

    @classmethod
    def load(cls, path: Path) -> "Document":
        """Raises InputError for an unreadable or malformed file."""
        data = read_bytes(path)
        tree = parse(path, data)
        return cls(path, data.decode("utf-8"), tree)

    @property
    def name(self) -> str:
        return self.path.stem


@dataclass
class Report:
    problems: list[Problem] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)
    counts: dict[str, str] = field(default_factory=dict)


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


def build_text(doc: Document, out_dir: Path) -> list[Path]:
    target = out_dir / "text" / f"{doc.name}.txt"
    write_atomic(target, text(doc))
    return [target]


# Each output: a function (document, output folder) -> files written. A new output
# registers itself here (see README, "Adding an output").
def build_html(doc: Document, out_dir: Path) -> list[Path]:
    from . import html  # imported here: the other outputs do not need Jinja2
    return html.build(doc, out_dir)


def build_pdf(doc: Document, out_dir: Path) -> list[Path]:
    from . import pdf  # imported here: WeasyPrint loads Pango
    return pdf.build(doc, out_dir)


# in this order: the site links the plain text and the PDF when they exist
OUTPUTS = {"text": build_text, "pdf": build_pdf, "html": build_html}


def build(doc: Document, out_dir: Path, targets: list[str] | None = None) -> list[Path]:
    """Build the named outputs (all of them by default) into out_dir."""
    written: list[Path] = []
    for name in targets or list(OUTPUTS):
        written += OUTPUTS[name](doc, out_dir)
    return written

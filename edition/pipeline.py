"""The steps of the edition, in order: read, check, transform. Orchestration only:
what the TEI means is decided by the XSLT in xslt/."""

from __future__ import annotations

import os
import re
import shutil
import signal
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from lxml import etree

from . import conformance, fidelity, saxon, stats, validate as schema_validation
from .errors import InputError, OutputError, Problem, printable
from .output import TEMP_PREFIX, OutputFolder, Stage
from .xmlio import NS, load

VIEWS = {"reading": "text/reading.xsl", "diplomatic": "text/diplomatic-lines.xsl"}


@dataclass
class Document:
    path: Path
    data: bytes  # the file as read
    text: str  # its text, as UTF-8 (what the transforms are given)
    tree: etree._ElementTree

    @classmethod
    def load(cls, path: Path, data: bytes | None = None) -> "Document":
        """The document in a file (or in the bytes given, as read from it before);
        raises InputError for an unreadable or malformed file."""
        data, text, tree = load(path, data)
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
    report.problems += validate(doc)
    report.checks += ["schema", "schematron"]
    report.problems += conformance.check(doc.path, doc.tree, doc.text)  # tei_all: its grammar and its rules
    report.checks.append("tei_all")
    if fidelity.declares_transcript(doc.tree):
        report.problems += fidelity.remembered_check(doc.path, doc.tree, doc.text)
        report.checks.append("fidelity")
    else:
        report.checks.append("fidelity: " + fidelity.NOT_DECLARED)
    report.counts = stats.counts(doc.tree)
    return report


def text(doc: Document, view: str = "reading") -> str:
    if view == "diplomatic" and not _has_lineation(doc):
        text_element = doc.tree.find("tei:text", NS)
        raise InputError(Problem(str(doc.path), text_element.sourceline if text_element is not None else 0, 1,
                                 "the text records no lineation of its witness (no <lb n>), so it has no "
                                 "diplomatic view; --view reading gives its text", "text"))
    return saxon.transform(VIEWS[view], doc.text, str(doc.path)).main


def _has_lineation(doc: Document) -> bool:
    return bool(doc.tree.xpath("/tei:TEI/tei:text//tei:lb", namespaces=NS))


@dataclass(frozen=True)
class Settings:
    """What a build is told besides the documents: the canonical address of the sites
    (html/NAME/), which every citation and metadata block names (None: no address); the
    language of the PDF's labels and editorial matter (None: the TEI's own)."""
    base_url: str | None = None
    pdf_lang: str | None = None

    def __post_init__(self) -> None:
        if self.base_url is not None:  # checked here too, for callers of the API (the CLI checks first)
            object.__setattr__(self, "base_url", base_url(self.base_url))


BASE_URL = re.compile(r"^https?://[A-Za-z0-9.\-]+(:[0-9]+)?(/[^\s<>\"\\^`{|}#?]*)?$", re.I)


def base_url(value: str) -> str:
    """A base URL as the build takes it: http(s), a host, a path, no query or fragment;
    ending in "/" (the folder of a site). ValueError for anything else."""
    if not BASE_URL.match(value):
        raise ValueError(f"{printable(value)!r} is not an http or https address of a folder "
                         "(scheme, host and path, without query or fragment)")
    return value if value.endswith("/") else value + "/"


def build_text(doc: Document, out: Stage, settings: Settings = Settings()) -> list[Path]:
    return [out.write(f"text/{doc.name}.txt", text(doc))]


# Each output: a function (document, stage) -> files written. A new output registers
# itself here (see README, "Adding an output"). Each writes through the Stage it is given,
# from which the out folder takes the files once the document is done.
def build_html(doc: Document, out: Stage, settings: Settings = Settings()) -> list[Path]:
    from . import html  # imported here: the other outputs do not need Jinja2
    return html.build(doc, out, base_url=settings.base_url,
                      offered={kind: paths(doc.name) for kind, paths in DOWNLOADS.items()})


def build_pdf(doc: Document, out: Stage, settings: Settings = Settings()) -> list[Path]:
    from . import pdf  # imported here: WeasyPrint loads Pango
    return pdf.build(doc, out, base_url=settings.base_url, ui_lang=settings.pdf_lang)


def build_deposit(doc: Document, out: Stage, settings: Settings = Settings()) -> list[Path]:
    from . import deposit  # imported here: only the deposit needs bagit
    return deposit.build(doc, out)


def build_data(doc: Document, out: Stage, settings: Settings = Settings()) -> list[Path]:
    from . import data
    return data.build(doc, out, base_url=settings.base_url)


# in this order: the site offers what was made before it (DOWNLOADS); the deposit holds
# everything made before it
OUTPUTS = {"text": build_text, "pdf": build_pdf, "data": build_data, "html": build_html, "deposit": build_deposit}
# What each output offers the site's readers for download: its paths in the out folder (a
# folder stands for its files), in the order the site lists them, under the label
# "download-<output>" of web/messages.json. The site lists those that exist when it is built.
DOWNLOADS: dict[str, Callable[[str], list[str]]] = {
    "pdf": lambda name: [f"pdf/{name}.pdf"],
    "text": lambda name: [f"text/{name}.txt"],
    "data": lambda name: [f"data/{name}"],
}
# what an output needs made before it, in the same build
NEEDS = {"deposit": [name for name in OUTPUTS if name != "deposit"]}


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


def _validate_read(path: Path, data: bytes) -> list[Problem]:
    return validate(Document.load(path, data))


def _produce(path: Path, data: bytes, targets: list[str], stage: Stage, settings: Settings) -> Stage:
    """Make the outputs of one document into its stage (in this process or a worker's)."""
    doc = Document.load(path, data)  # the bytes that were validated, not the file read again
    for name in targets:
        stage.reported += OUTPUTS[name](doc, stage, settings)
    return stage


def jobs_for(count: int, jobs: int | None) -> int:
    """How many processes build `count` documents: one per core by default, never more than documents."""
    return max(1, min(count, jobs if jobs else (os.cpu_count() or 1)))


def build(docs: Document | list[Document], out_dir: Path, targets: list[str] | None = None, *,
          force: bool = False, on_wait: Callable[[str], None] | None = None, jobs: int | None = None,
          settings: Settings = Settings()) -> list[Path]:
    """Validate the documents, then build the named outputs (all by default) of each into
    out_dir. Nothing is written unless every document is valid (Invalid is raised).
    Several documents are validated and built in parallel, one process per core (`jobs`),
    each into a stage of its own, which is then committed to the out folder."""
    docs = [docs] if isinstance(docs, Document) else list(docs)
    wanted = set(targets or OUTPUTS)
    wanted |= {need for name in list(wanted) for need in NEEDS.get(name, [])}
    names = [n for n in OUTPUTS if n in wanted]
    _check_names(docs)
    workers = jobs_for(len(docs), jobs)
    with _Workers(workers) as pool:
        problems = [p for found in pool.map(_validate_read, [(d.path, d.data) for d in docs]) for p in found]
        if problems:
            raise Invalid(problems)
        written: list[Path] = []
        with OutputFolder(Path(out_dir), force=force, on_wait=on_wait) as out:
            stages = [out.stage(doc.name) for doc in docs]
            try:
                made = pool.map(_produce, [(d.path, d.data, names, st, settings) for d, st in zip(docs, stages)])
                for stage in made:
                    out.commit(stage)
                    written += stage.reported
            finally:
                for stage in stages:
                    shutil.rmtree(stage.root, ignore_errors=True)
            for name in names:
                if name in FINISH:
                    written += FINISH[name](out)
    return written


def _ignore_interrupts() -> None:
    # the parent process answers Ctrl-C and SIGTERM (it stops the workers and cleans up)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


class _Workers:
    """map() over argument tuples: in this process for one worker, else in a pool of
    fresh processes (spawned: Saxon and Pango are not safe to fork), stopped at once if
    the build is interrupted or fails. A worker that dies (killed, or crashed in a native
    library) ends the build with an error instead of leaving it waiting for ever."""

    def __init__(self, count: int):
        self.count = count
        self.pool = None  # a concurrent.futures ProcessPoolExecutor, for more than one worker

    def __enter__(self) -> "_Workers":
        if self.count > 1:
            # imported here: a build of one document (the usual case) needs no pool
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor
            self.pool = ProcessPoolExecutor(self.count, mp_context=multiprocessing.get_context("spawn"),
                                            initializer=_ignore_interrupts)
        return self

    def map(self, function, arguments: list[tuple]) -> list:
        if self.pool is None:
            return [function(*args) for args in arguments]
        from concurrent.futures.process import BrokenProcessPool
        futures = [self.pool.submit(function, *args) for args in arguments]
        try:
            return [future.result() for future in futures]
        except BrokenProcessPool:
            raise WorkerDied("a process building the documents died (killed, or crashed in a native library); "
                             "nothing of this build was put in place") from None

    def __exit__(self, kind, *exc) -> None:
        if self.pool is None:
            return
        if kind is not None:  # interrupted or failed: stop the work under way, do not wait for it
            for process in list(getattr(self.pool, "_processes", {}).values()):
                process.terminate()
        self.pool.shutdown(wait=True, cancel_futures=True)


class WorkerDied(RuntimeError):
    """A worker process ended without a result."""

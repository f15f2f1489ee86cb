"""The `edition` command line."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

# lxml imports rnc2rng at start-up whenever it is installed (a test and schema-build
# dependency here), for RelaxNG.from_rnc_string, which the edition never calls: a
# tenth of the start-up of every command. Blocked in the command's own process only.
sys.modules.setdefault("rnc2rng", None)

import click  # noqa: E402

from . import pipeline  # noqa: E402
from .errors import BUG, INTERRUPTED, INVALID, OK, UNREADABLE, InputError, OutputError, printable  # noqa: E402
from .output import write_file  # noqa: E402
from .saxon import TransformError  # noqa: E402

existing_file = click.Path(path_type=Path, dir_okay=False)


def _interface_languages() -> list[str]:
    """The languages of web/messages.json, in which the outputs can speak."""
    from .languages import messages
    return list(messages())


def _say(message: str, err: bool = False) -> None:
    click.echo(printable(message, keep_newlines=True), err=err)


def _fail(message: str, code: int) -> None:
    _say(message, err=True)
    sys.exit(code)


def _load(path: Path) -> pipeline.Document:
    try:
        return pipeline.Document.load(path)
    except InputError as exc:
        _fail(str(exc.problem), UNREADABLE)


def _each(files, run):
    """Load each file and run a check on it: yields (path, result), or (path, None) for a
    file that cannot be read or parsed, after printing why."""
    for path in files:
        try:
            yield path, run(pipeline.Document.load(path))
        except InputError as exc:
            _say(str(exc.problem))
            yield path, None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="edition")
def main() -> None:
    """Build and check the critical edition from its TEI source."""


@main.command()
@click.argument("files", nargs=-1, required=True, type=existing_file)
def check(files: tuple[Path, ...]) -> None:
    """Check TEI FILES: everything validate checks, valid against tei_all, faithful to the transcript.

    Each problem is printed as file:line:col: [check] message. Exit status: 0 when
    every file passes, 1 when one is invalid, 2 when one cannot be read or parsed.
    """
    worst = OK
    for path, report in _each(files, pipeline.check):
        if report is None:
            worst = max(worst, UNREADABLE)
            continue
        for problem in report.problems:
            _say(str(problem))
        status = "ok" if not report.problems else f"{len(report.problems)} problem(s)"
        _say(f"{path}: {status} ({', '.join(report.checks)})")
        _say("  " + "; ".join(f"{label}: {n}" for label, n in report.counts.items()))
        if report.problems:
            worst = max(worst, INVALID)
    sys.exit(worst)


@main.command()
@click.argument("files", nargs=-1, required=True, type=existing_file)
def validate(files: tuple[Path, ...]) -> None:
    """Validate TEI FILES against the edition's schema: well-formedness, RELAX NG, Schematron.

    The schema is schema/edition.rng (a strict subset of TEI P5) with the rules of
    schema/edition.sch; schema/edition.odd documents the encoding. Each problem is
    printed as file:line:col: [schema|schematron] message, then a one-line summary.
    Exit status: 0 when every file is valid, 1 when one is invalid, 2 when one
    cannot be read or is not well-formed XML.
    """
    worst, valid, counts = OK, 0, {"schema": 0, "schematron": 0, "unreadable": 0}
    for _path, problems in _each(files, pipeline.validate):
        if problems is None:
            counts["unreadable"] += 1
            worst = max(worst, UNREADABLE)
            continue
        for problem in problems:
            _say(str(problem))
            counts[problem.kind] += 1
        if problems:
            worst = max(worst, INVALID)
        else:
            valid += 1
    found = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
    _say(f"{valid} of {len(files)} file(s) valid" + (f"; problems: {found}" if found else ""))
    sys.exit(worst)


@main.command()
@click.argument("file", type=existing_file)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False, allow_dash=True),
              help="Write to this file (a regular file, replaced whole) instead of standard output; - is standard output.")
@click.option("--view", type=click.Choice(sorted(pipeline.VIEWS)), default="reading", show_default=True,
              help="reading: the edited text; diplomatic: the witness's lines, numbered as in the transcript.")
def text(file: Path, output: Path | None, view: str) -> None:
    """Print the text of the TEI FILE as plain UTF-8."""
    doc = _load(file)
    result = pipeline.text(doc, view)
    if output and str(output) != "-":
        write_file(output, result)
    else:
        sys.stdout.buffer.write(result.encode("utf-8"))


@main.command()
@click.argument("target", type=click.Choice(["all", *pipeline.OUTPUTS]))
@click.argument("files", nargs=-1, required=True, type=existing_file)
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("build"),
              show_default=True, help="Folder for the outputs.")
@click.option("--force", is_flag=True,
              help="Build into an out folder that holds files no build made, replacing those that stand in the way.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Processes that validate and build documents side by side (default: one per core).")
@click.option("--base-url", callback=lambda ctx, param, value: _base_url(value), default=None, metavar="URL",
              help="The address at which html/NAME/ is published (http or https): every citation and the "
                   "pages' metadata name it; it overrides the TEI's publicationStmt/idno type=\"URI\". "
                   "Without either, citations carry no address.")
@click.option("--pdf-lang", type=click.Choice(sorted(_interface_languages())), default=None,
              help="The language of the PDF's labels and editorial matter (default: the TEI's own); "
                   "a PDF in another language is written as pdf/NAME.LANG.pdf.")
def build(target: str, files: tuple[Path, ...], out_dir: Path, force: bool, jobs: int | None,
          base_url: str | None, pdf_lang: str | None) -> None:
    """Build TARGET (all, or one output) of the edition from TEI FILES into --out.

    Every file is validated first (well-formed, RELAX NG, Schematron): if one is invalid,
    its problems are printed and nothing is written (exit 1). Each document builds into
    outputs of its own name (the choices of TARGET), such as text/NAME.txt, pdf/NAME.pdf, data/NAME/ (the open data: CSV,
    JSON-LD, GeoJSON, Dublin Core), html/NAME/ (and html/index.html lists the sites). The build owns only what it made: it refuses (exit 2) an out folder
    that holds other files, unless --force. Several documents are built side by side,
    one process per core (--jobs).
    """
    docs = [_load(path) for path in files]
    try:
        written = pipeline.build(docs, out_dir, None if target == "all" else [target], force=force, jobs=jobs,
                                 on_wait=lambda message: _say(message, err=True),
                                 settings=pipeline.Settings(base_url=base_url, pdf_lang=pdf_lang))
    except pipeline.Invalid as exc:
        for problem in exc.problems:
            _say(str(problem))
        _fail(f"{len(exc.problems)} problem(s): nothing was built", INVALID)
    for path in written:
        _say(f"wrote {path}")


def _base_url(value: str | None) -> str | None:
    if value is None:
        return None
    try:
        return pipeline.base_url(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--base-url") from None


def _terminate(signum, frame) -> None:
    raise KeyboardInterrupt  # so that temporary outputs are removed on the way out


def run() -> None:
    """Entry point: no traceback ever reaches the user."""
    signal.signal(signal.SIGTERM, _terminate)
    try:
        main(standalone_mode=False)
    except click.exceptions.Abort:  # click's word for Ctrl-C (and a closed input)
        _fail("interrupted", INTERRUPTED)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except InputError as exc:
        _fail(str(exc.problem), UNREADABLE)
    except OutputError as exc:
        _fail(f"error: {exc}", UNREADABLE)
    except TransformError as exc:
        _fail(f"error: {exc}", UNREADABLE)
    except KeyboardInterrupt:
        _fail("interrupted", INTERRUPTED)
    except OSError as exc:  # a disk that is full, a folder that may not be written, …
        where = printable(exc.filename) + ": " if exc.filename else ""
        _fail(f"error: {where}{exc.strerror or exc}", UNREADABLE)
    except SystemExit:
        raise
    except Exception as exc:  # a bug of ours: say so plainly
        _fail(f"internal error: {type(exc).__name__}: {exc}", BUG)

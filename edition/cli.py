"""The `edition` command line."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from . import pipeline
from .errors import INVALID, OK, UNREADABLE, InputError
from .output import write_atomic
from .saxon import TransformError

existing_file = click.Path(path_type=Path, dir_okay=False)


def _fail(message: str, code: int) -> None:
    click.echo(message, err=True)
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
            click.echo(str(exc.problem))
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
            click.echo(str(problem))
        status = "ok" if not report.problems else f"{len(report.problems)} problem(s)"
        click.echo(f"{path}: {status} ({', '.join(report.checks)})")
        click.echo("  " + "; ".join(f"{label}: {n}" for label, n in report.counts.items()))
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
            click.echo(str(problem))
            counts[problem.kind] += 1
        if problems:
            worst = max(worst, INVALID)
        else:
            valid += 1
    found = ", ".join(f"{n} {kind}" for kind, n in counts.items() if n)
    click.echo(f"{valid} of {len(files)} file(s) valid" + (f"; problems: {found}" if found else ""))
    sys.exit(worst)


@main.command()
@click.argument("file", type=existing_file)
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False),
              help="Write to this file instead of standard output.")
@click.option("--view", type=click.Choice(sorted(pipeline.VIEWS)), default="reading", show_default=True,
              help="reading: the edited text; diplomatic: the witness's lines, numbered as in the transcript.")
def text(file: Path, output: Path | None, view: str) -> None:
    """Print the text of the TEI FILE as plain UTF-8."""
    doc = _load(file)
    result = pipeline.text(doc, view)
    if output:
        write_atomic(output, result)
    else:
        sys.stdout.buffer.write(result.encode("utf-8"))


@main.command()
@click.argument("target", type=click.Choice(["all", *pipeline.OUTPUTS]))
@click.argument("files", nargs=-1, required=True, type=existing_file)
@click.option("--out", "out_dir", type=click.Path(path_type=Path, file_okay=False), default=Path("build"),
              show_default=True, help="Folder for the outputs.")
def build(target: str, files: tuple[Path, ...], out_dir: Path) -> None:
    """Build TARGET (all, or one output) of the edition from TEI FILES into --out."""
    for path in files:
        doc = _load(path)
        for written in pipeline.build(doc, out_dir, None if target == "all" else [target]):
            click.echo(f"wrote {written}")


def run() -> None:
    """Entry point: no traceback ever reaches the user."""
    try:
        main(standalone_mode=True)
    except InputError as exc:
        _fail(str(exc.problem), UNREADABLE)
    except TransformError as exc:
        _fail(f"error: {exc}", UNREADABLE)
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except SystemExit:
        raise
    except Exception as exc:  # a bug of ours: say so plainly
        _fail(f"internal error: {type(exc).__name__}: {exc}", 70)

"""`make` is incremental: each output is a target with its true prerequisites. Tested on a
copy of the project with outputs whose times are set by the test, so that make's own
judgement (`make -q`, `make -n`) is asked without building anything."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import ROOT

NAME = sorted((ROOT / "tei").glob("*.xml"))[0].stem
SOURCES = ["Makefile", "pyproject.toml", "requirements.lock", "LICENSE", "LICENSE-CONTENT.md", "tei", "source", "schema", "xslt", "web", "edition",
           "scripts/fetch_tei_all.py"]
OUTPUTS = [f".make/{NAME}.checked", f"build/text/{NAME}.txt", f"build/pdf/{NAME}.pdf", f"build/data/{NAME}/registers.jsonld", f"build/html/{NAME}/index.html",
           ".venv/.installed", "web/geodata/node_modules/.installed"]


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the sources, older than every output (as after a complete `make`)."""
    copy = tmp_path / "project"
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__", "node_modules"))
        else:
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, copy / name)
    for path in copy.rglob("*"):
        os.utime(path, (1_000_000, 1_000_000))
    os.utime(copy / "schema" / "edition.rng", (1_000_100, 1_000_100))  # generated from edition.rnc
    for rel in OUTPUTS:
        (copy / rel).parent.mkdir(parents=True, exist_ok=True)
        (copy / rel).write_text("")
        os.utime(copy / rel, (2_000_000, 2_000_000))
    for installed in (".venv/.installed", "web/geodata/node_modules/.installed"):  # made once, before the outputs
        os.utime(copy / installed, (1_500_000, 1_500_000))
    return copy


def make(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["make", "--no-print-directory", *args], cwd=project, capture_output=True, text=True, timeout=60)


def planned(project: Path) -> list[str]:
    """The edition commands `make` would run now, in order, as 'check', 'text', 'pdf', 'data', 'html'."""
    lines = make(project, "-n").stdout.splitlines()
    steps = []
    for line in lines:
        if "/edition check " in line:
            steps.append("check")
        elif "/edition build " in line:
            steps.append(line.split("/edition build ", 1)[1].split()[0])
    return steps


def touch(project: Path, rel: str) -> None:
    os.utime(project / rel, (3_000_000, 3_000_000))


def test_nothing_to_do_when_nothing_changed(project):
    assert make(project, "-q").returncode == 0
    assert planned(project) == []


@pytest.mark.parametrize("changed, expected", [
    (f"tei/{NAME}.xml", ["check", "text", "pdf", "data", "html"]),
    ("web/print/edition.css", ["pdf", "html"]),  # the site offers the PDF for download
    ("xslt/print/print.xsl", ["pdf", "html"]),
    ("xslt/html/site.xsl", ["html"]),
    ("web/css/edition.css", ["html"]),
    ("web/messages.json", ["pdf", "data", "html"]),
    ("xslt/data/csv.xsl", ["data", "html"]),  # the site offers the open data for download
    ("xslt/text/reading.xsl", ["text", "html"]),
    ("schema/edition.sch", ["check", "text", "pdf", "data", "html"]),
    ("xslt/common/labels.xsl", ["check", "text", "pdf", "data", "html"]),
    ("edition/pdf.py", ["check", "text", "pdf", "data", "html"]),
])
def test_a_change_rebuilds_only_what_depends_on_it(project, changed, expected):
    touch(project, changed)
    assert make(project, "-q").returncode == 1
    assert planned(project) == expected


def test_a_new_witness_checks_again_before_anything_is_rebuilt(project):
    touch(project, next(p for p in (project / "source").iterdir()).relative_to(project).as_posix())
    assert planned(project) == ["check", "text", "pdf", "data", "html"]


def test_make_dist_builds_the_deposit_package_after_the_check(project):
    lines = make(project, "-n", "dist").stdout.splitlines()
    assert any("/edition build deposit " in line for line in lines)

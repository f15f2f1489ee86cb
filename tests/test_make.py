"""`make` is incremental: each output is a target with its true prerequisites. Tested on a
copy of the project with outputs whose times are set by the test, so that make's own
judgement (`make -q`, `make -n`) is asked without building anything."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import EDITION_TEI, ROOT

NAME = EDITION_TEI.stem
# the article alone of tei/: the plans below are those of one document, whatever else tei/ holds
SOURCES = ["Makefile", "pyproject.toml", "requirements.lock", "LICENSE", "LICENSE-CONTENT.md", f"tei/{NAME}.xml", "source", "schema",
           "xslt", "web", "edition", "scripts/fetch_tei_all.py"]
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


def planned(project: Path, *targets: str) -> list[str]:
    """The edition commands `make` would run now, in order, as 'check', 'text', 'pdf', 'data', 'html'."""
    lines = make(project, "-n", *targets).stdout.splitlines()
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


@pytest.mark.parametrize("changed", ["xslt/text/reading.xsl", "xslt/print/print.xsl", "xslt/data/csv.xsl",
                                     "xslt/html/site.xsl", "xslt/deposit/package.xsl", "LICENSE"])
def test_the_deposit_package_is_made_again_when_anything_it_holds_changes(project, changed):
    """The bag holds every output the site offers and the site: a change to any of them makes it
    again (a change to the plain text's stylesheet left a stale bag)."""
    (project / f"build/deposit/{NAME}").mkdir(parents=True)
    (project / f"build/deposit/{NAME}/bagit.txt").write_text("")
    os.utime(project / f"build/deposit/{NAME}/bagit.txt", (2_500_000, 2_500_000))
    assert make(project, "-q", "dist").returncode == 0
    touch(project, changed)
    assert planned(project, "dist")[-1] == "deposit"


# ----- the system packages `make test` needs (scripts/system_packages.sh) -----

CHECK = ROOT / "scripts" / "system_packages.sh"
EVERY_PACKAGE = ["libpango-1.0-0", "libpangoft2-1.0-0", "libharfbuzz0b", "libharfbuzz-subset0", "libfontconfig1", "fontconfig",
                 "poppler-utils", "chromium"]


@pytest.fixture
def machine(tmp_path):
    """A PATH holding only stubs: `id` (the user id in $STUB_UID), `dpkg-query` (every package
    installed but those in $STUB_MISSING), `apt-get` (writes its arguments to apt.log) and bash;
    `java` is added by the test that wants one. Nothing of the real machine is asked or changed."""
    stubs = tmp_path / "bin"
    stubs.mkdir()
    log = tmp_path / "apt.log"
    scripts = {
        "id": 'echo "$STUB_UID"',
        "dpkg-query": 'shift 2\nfor p in "$@"; do\n  case " $STUB_MISSING " in *" $p "*) echo "$p not-installed";; *) echo "$p installed";; esac\ndone',
        "apt-get": f'echo "$*" >> {log}',
    }
    for name, body in scripts.items():
        (stubs / name).write_text(f"#!/bin/sh\n{body}\n")
        (stubs / name).chmod(0o755)
    (stubs / "bash").symlink_to(shutil.which("bash"))

    def run(*, uid=1000, missing=(), java=True, command=("bash", str(CHECK)), cwd=ROOT):
        if java:
            (stubs / "java").write_text("#!/bin/sh\n")
            (stubs / "java").chmod(0o755)
        env = {"PATH": str(stubs), "STUB_UID": str(uid), "STUB_MISSING": " ".join(missing)}
        result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=60)
        result.apt = log.read_text().splitlines() if log.exists() else []
        return result
    return run


def test_with_every_system_package_present_the_check_says_nothing(machine):
    for uid in (1000, 0):
        result = machine(uid=uid)
        assert (result.returncode, result.stdout, result.stderr, result.apt) == (0, "", "", [])


def test_a_missing_system_package_stops_with_the_apt_get_line_to_run(machine):
    result = machine(missing=["poppler-utils", "chromium", "default-jre-headless"], java=False)
    assert result.returncode == 1
    assert "  sudo apt-get install --no-install-recommends poppler-utils chromium default-jre-headless\n" in result.stderr
    assert result.apt == []  # not root: nothing installed


def test_a_java_runtime_is_asked_for_only_when_there_is_no_java(machine):
    assert machine(missing=["default-jre-headless"], java=True).returncode == 0


@pytest.mark.parametrize("package", EVERY_PACKAGE)
def test_each_listed_package_is_checked(machine, package):
    result = machine(missing=[package])
    assert result.returncode == 1
    assert f"  sudo apt-get install --no-install-recommends {package}\n" in result.stderr


def test_as_root_the_missing_packages_are_installed_quietly(machine):
    result = machine(uid=0, missing=["libharfbuzz-subset0"])
    assert result.returncode == 0, result.stderr
    assert result.apt == ["update -qq", "install -y -qq --no-install-recommends libharfbuzz-subset0"]


def test_make_test_checks_the_system_packages_before_anything_else(machine, project):
    shutil.copyfile(CHECK, project / "scripts" / CHECK.name)
    result = machine(missing=["chromium"], command=(shutil.which("make"), "--no-print-directory", "test"), cwd=project)
    assert result.returncode != 0
    assert result.stderr.startswith("The tests need system packages that are not installed: chromium.\n"), result.stderr
    assert "pytest" not in result.stdout + result.stderr


def test_the_build_asks_only_for_what_the_build_needs(machine):
    result = machine(missing=["chromium", "libpango-1.0-0"], java=False, command=("bash", str(CHECK), "build"))
    assert result.returncode == 1
    assert result.stderr.startswith("The build needs system packages that are not installed: libpango-1.0-0.\n"), result.stderr
    assert "(or run `make` as root, which does)" in result.stderr
    assert "  sudo apt-get install --no-install-recommends libpango-1.0-0\n" in result.stderr


def test_the_first_make_checks_the_build_packages_before_making_the_environment(machine, project):
    shutil.copyfile(CHECK, project / "scripts" / CHECK.name)
    (project / ".venv" / ".installed").unlink()  # a fresh machine: no environment yet
    result = machine(missing=["libharfbuzz-subset0"], command=(shutil.which("make"), "--no-print-directory"), cwd=project)
    assert result.returncode != 0
    assert result.stderr.startswith("The build needs system packages that are not installed: libharfbuzz-subset0.\n"), result.stderr
    assert not (project / ".venv" / "bin").exists()

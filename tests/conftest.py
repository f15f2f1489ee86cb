from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from edition import pipeline

ROOT = Path(__file__).resolve().parent.parent
# the article, by name: the tests of its data must not turn to another text put into tei/
# (one whose name sorts first) when an editor follows the README's "Editing another text"
EDITION_TEI = ROOT / "tei" / "turk-rus-iliskileri.xml"
SOURCE_DIR = ROOT / "source"
WITNESS = next(SOURCE_DIR.glob("*.txt"))  # the article's transcript
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EDITION_BIN = Path(sys.executable).parent / "edition"
MINIMAL = FIXTURES / "minimal" / "minimal.xml"
LETTER = FIXTURES / "letter" / "letter.xml"
# the documents a test of the code runs on where its behaviour is meant to hold for any text:
# the article, the minimal Turkish document (with a transcript) and the English letter (without)
DOCUMENTS = [EDITION_TEI, MINIMAL, LETTER]


def document_id(path: Path) -> str:
    return "article" if path == EDITION_TEI else path.stem


@pytest.fixture(scope="session")
def edition_doc() -> pipeline.Document:
    return pipeline.Document.load(EDITION_TEI)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The edition's site, built once for every test that reads it (and never changed by them)."""
    out = tmp_path_factory.mktemp("site")
    doc = pipeline.Document.load(EDITION_TEI)
    pipeline.build(doc, out, ["text", "data", "html"])
    return pipeline.site_folder(out, doc)


@pytest.fixture(scope="session")
def typeset(edition_doc):
    """The article typeset once (edition.pdf.Typeset), for every test that reads its PDF."""
    from edition import pdf

    return pdf.typeset(edition_doc)


@pytest.fixture(scope="session")
def pdf_file(typeset, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "edition.pdf"
    path.write_bytes(typeset.pdf)
    return path


@pytest.fixture(scope="session")
def fixture_sites(tmp_path_factory):
    """The site of a test document other than the article, built once, when a test first asks."""
    made: dict[Path, tuple[pipeline.Document, Path]] = {}

    def site_of(path: Path) -> tuple[pipeline.Document, Path]:
        if path not in made:
            doc = pipeline.Document.load(path)
            out = tmp_path_factory.mktemp(f"site-{path.stem}")
            pipeline.build(doc, out, ["html"])
            made[path] = doc, pipeline.site_folder(out, doc)
        return made[path]

    return site_of


@pytest.fixture(params=DOCUMENTS, ids=document_id)
def any_document(request) -> pipeline.Document:
    """Each of DOCUMENTS in turn, loaded (the article is `edition_doc`). A test meant for some of
    them only names them: @pytest.mark.parametrize("any_document", [...], indirect=True)."""
    return request.getfixturevalue("edition_doc") if request.param == EDITION_TEI else pipeline.Document.load(request.param)


@pytest.fixture(params=DOCUMENTS, ids=document_id)
def document_site(request, fixture_sites) -> tuple[pipeline.Document, Path]:
    """Each of DOCUMENTS in turn with its site: (document, site folder); likewise narrowed."""
    if request.param == EDITION_TEI:
        return request.getfixturevalue("edition_doc"), request.getfixturevalue("site")
    return fixture_sites(request.param)


@pytest.fixture
def mutant(tmp_path):
    """A copy of the edition's TEI, changed by a function of its text, beside a copy of source/."""

    def make(change) -> Path:
        shutil.copytree(SOURCE_DIR, tmp_path / "source")
        original = EDITION_TEI.read_text(encoding="utf-8")
        changed = change(original)
        assert changed != original, "the mutation did not change anything"
        target = tmp_path / "tei" / EDITION_TEI.name
        target.parent.mkdir()
        target.write_text(changed, encoding="utf-8")
        return target

    return make


def minimal_copy(folder: Path, name: str = "minimal.xml", text: str | None = None) -> Path:
    """The minimal fixture (or a changed text of it) under another name, with its witness beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(FIXTURES / "minimal" / "witness.txt", folder / "witness.txt")
    path = folder / name
    path.write_text(text if text is not None else (FIXTURES / "minimal" / "minimal.xml").read_text(encoding="utf-8"),
                    encoding="utf-8")
    return path


def run_edition(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(EDITION_BIN), *args], cwd=cwd, capture_output=True, text=True, timeout=120)

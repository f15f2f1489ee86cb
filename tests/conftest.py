from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from edition import pipeline

ROOT = Path(__file__).resolve().parent.parent
EDITION_TEI = sorted((ROOT / "tei").glob("*.xml"))[0]
SOURCE_DIR = ROOT / "source"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EDITION_BIN = Path(sys.executable).parent / "edition"


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

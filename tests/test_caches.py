"""Speed is never bought with a different result: builds with the caches (tei_all verdicts,
web-font subsets, the PDF's page map from the previous build) and with several processes
give the same bytes as builds without any cache, one document after another."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from conftest import EDITION_BIN, EDITION_TEI, FIXTURES

MINIMAL = FIXTURES / "minimal" / "minimal.xml"


def build(out: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run([str(EDITION_BIN), "build", "all", str(EDITION_TEI), str(MINIMAL), "--out", str(out), *extra],
                            capture_output=True, text=True, timeout=600, env={**os.environ, **(env or {})})
    assert result.returncode == 0, result.stderr
    return result


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_builds_with_and_without_caches_and_processes_are_byte_identical(tmp_path):
    cold = tmp_path / "cold"
    build(cold, "--jobs", "1", env={"EDITION_CACHE": "0", "EDITION_CACHE_DIR": str(tmp_path / "unused")})
    assert not (tmp_path / "unused").exists()  # no cache was read or written
    warm = tmp_path / "warm"
    cache_dir = {"EDITION_CACHE_DIR": str(tmp_path / "cache")}
    build(warm, "--jobs", "2", env=cache_dir)  # fills the caches, in two processes
    assert any((tmp_path / "cache" / "web-fonts").iterdir())
    build(warm, "--jobs", "2", env=cache_dir)  # from the caches and the page maps of the first
    assert files(cold) == files(warm)
    assert f"pdf/{EDITION_TEI.stem}.pdf" in files(warm) and f"html/{EDITION_TEI.stem}/index.html" in files(warm)


def test_the_xslt_made_of_the_schematron_is_remembered_only_for_its_exact_schema(tmp_path):
    from edition import saxon

    schema = tmp_path / "rules.sch"
    original = (saxon.SCHEMA_DIR / "edition.sch").read_bytes()
    schema.write_bytes(original)
    first = saxon._schematron_key(schema)
    assert first and first == saxon._schematron_key(schema)
    schema.write_bytes(original.replace(b"must be", b"has to be", 1))
    assert saxon._schematron_key(schema) not in (None, first)
    # a schema that includes another file: what that file says is not in the key, so nothing is remembered
    schema.write_bytes(original.replace(b"<title>", b'<include href="more.sch"/><title>', 1))
    assert saxon._schematron_key(schema) is None


def test_a_remembered_validation_verdict_is_the_verdict(tmp_path, monkeypatch):
    """The edition schema's verdict is remembered for the exact text: the same problems,
    remembered or fresh, and an edit is judged anew."""
    from edition import cache, pipeline

    monkeypatch.setenv(cache.DIR_ENV, str(tmp_path / "cache"))
    invalid = Path(__file__).resolve().parent / "invalid" / "reversed-date-range.xml"
    doc = pipeline.Document.load(invalid)
    fresh = pipeline.validate(doc)
    assert fresh and list((tmp_path / "cache" / "edition-verdicts").glob("*.json"))
    assert pipeline.validate(doc) == fresh
    monkeypatch.setenv(cache.ENV, "0")
    assert pipeline.validate(doc) == fresh
    monkeypatch.delenv(cache.ENV)
    for entry in (tmp_path / "cache" / "edition-verdicts").glob("*.json"):
        entry.write_text('[["not", "a verdict"]]')  # damaged on disk: judged again, not trusted
    assert pipeline.validate(doc) == fresh
    edited = tmp_path / "edited.xml"
    edited.write_text(doc.text.replace('from="1920-04-26" to="1920-04-25"', 'from="1920-04-23" to="1920-04-25"'),
                      encoding="utf-8")
    assert edited.read_text(encoding="utf-8") != doc.text
    assert [p for p in pipeline.validate(pipeline.Document.load(edited)) if "date-range-order" in p.message] == []


def test_a_worker_that_dies_ends_the_build_with_an_error_not_a_wait():
    """A process of the pool killed or crashed (here: it exits at once) must not leave the
    build waiting for a result that never comes."""
    import sys

    code = ("import os\nfrom edition.pipeline import _Workers\n"
            "if __name__ == '__main__':\n"
            "    with _Workers(2) as pool:\n"
            "        pool.map(os._exit, [(3,), (3,)])\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode != 0
    assert "a process building the documents died" in result.stderr


def test_an_interrupted_parallel_build_stops_its_workers_and_leaves_nothing(tmp_path):
    import signal
    import time

    out = tmp_path / "out"
    process = subprocess.Popen([str(EDITION_BIN), "build", "pdf", str(EDITION_TEI), str(MINIMAL), "--out", str(out),
                                "--jobs", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 60
    while not list(out.glob(".edition-tmp-stage.*")) and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.01)
    time.sleep(1.0)  # the workers are typesetting
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert not list(out.glob(".edition-tmp-*")) and not (out / "pdf").exists()

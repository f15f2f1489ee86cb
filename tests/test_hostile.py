"""The build trusts nothing it reads and never destroys what it did not make: one test for
each way a hostile tester broke it (issue 11). The hostile documents are in tests/hostile/
(its README says what each one tries); special files (FIFOs, links, devices, huge files)
are made by the tests themselves."""

from __future__ import annotations

import fcntl
import json
import os
import re
import resource
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import unquote

import pikepdf
import pytest
from lxml import etree, html as lxml_html

from edition import pipeline, saxon
from edition.output import LOCK, MANIFEST, TEMP_PREFIX
from edition.xmlio import MAX_INPUT_BYTES

from conftest import EDITION_BIN, EDITION_TEI, FIXTURES, ROOT, minimal_copy, run_edition

HOSTILE = Path(__file__).resolve().parent / "hostile"
MINIMAL = FIXTURES / "minimal" / "minimal.xml"
INVALID = Path(__file__).resolve().parent / "invalid"
MESSAGES = (ROOT / "web" / "messages.json").read_text(encoding="utf-8")  # the labels every output is given


def said(result: subprocess.CompletedProcess) -> str:
    return result.stdout + result.stderr


def assert_clean_failure(result: subprocess.CompletedProcess, code: int) -> None:
    assert result.returncode == code, said(result)
    assert "Traceback" not in said(result) and "internal error" not in said(result)


def hidden_leftovers(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.startswith(TEMP_PREFIX) or p.name.startswith(".html-")]


# ---------------------------------------------------------------- 1. the witness is data of the edition

@pytest.mark.parametrize("name", ["witness-absolute", "witness-escape"])
def test_a_witness_outside_the_edition_is_never_read(name):
    result = run_edition("check", str(HOSTILE / f"{name}.xml"))
    assert_clean_failure(result, 1)
    assert "root:" not in said(result)  # the first line of /etc/passwd
    assert "[fidelity] witness <ptr target=" in result.stdout
    assert ("absolute path" in result.stdout) or ("leads out of the edition's tree" in result.stdout)


def test_a_witness_linked_out_of_the_edition_is_never_read(tmp_path):
    secret = tmp_path / "outside" / "secret.txt"
    secret.parent.mkdir()
    secret.write_text("secret-canary-linked\n")
    tei = minimal_copy(tmp_path / "edition" / "tei")
    (tei.parent / "witness.txt").unlink()
    (tei.parent / "witness.txt").symlink_to(secret)
    result = run_edition("check", str(tei))
    assert_clean_failure(result, 1)
    assert "secret-canary-linked" not in said(result)
    assert "leads out of the edition's tree" in result.stdout


def test_a_witness_with_the_wrong_checksum_is_refused_without_printing_a_byte():
    result = run_edition("check", str(HOSTILE / "witness-checksum.xml"))
    assert_clean_failure(result, 1)
    assert "secret-canary-witness" not in said(result)
    assert "the header declares 0000" in result.stdout and "it is not read" in result.stdout


def test_a_witness_that_is_a_fifo_is_refused_at_once(tmp_path):
    tei = minimal_copy(tmp_path / "tei")
    (tei.parent / "witness.txt").unlink()
    os.mkfifo(tei.parent / "witness.txt")
    result = run_edition("check", str(tei))  # run_edition's timeout fails the test if it hangs
    assert_clean_failure(result, 1)
    assert "FIFO" in result.stdout


# ---------------------------------------------------------------- 2. one URL policy

@pytest.mark.parametrize("name", ["licence-javascript", "licence-tab-javascript", "licence-data"])
def test_a_hostile_address_is_refused_by_the_schema_at_its_line(name):
    path = HOSTILE / f"{name}.xml"
    result = run_edition("validate", str(path))
    assert_clean_failure(result, 1)
    line = next(i for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "<licence" in text)
    assert f"{path}:{line}:1: [schematron] licence @target=" in result.stdout
    assert "(link-scheme)" in result.stdout


def _site_pages(doc: pipeline.Document) -> dict[str, str]:
    result = saxon.transform("html/site.xsl", doc.text, str(doc.path),
                             messages=(ROOT / "web" / "messages.json").read_text(encoding="utf-8"))
    return {uri.rsplit("/", 1)[-1]: page for uri, page in result.documents.items()}


def _licence_copy(tmp_path: Path, target: str) -> pipeline.Document:
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "<publicationStmt><p>Test fixture: a second document that follows the edition's conventions.</p></publicationStmt>",
        '<publicationStmt><publisher xml:lang="en">P</publisher><date when="2026-01-15">2026-01-15</date>'
        f'<availability status="restricted"><licence target="{target}" xml:lang="en">CC BY 4.0</licence>'
        "</availability></publicationStmt>")
    return pipeline.Document.load(minimal_copy(tmp_path, text=text))


ADDRESSES = {
    # address (as written in the attribute): may it become a link?
    "https://creativecommons.org/licenses/by/4.0/": True,
    "http://example.org/a?b=c#d": True,
    "HTTPS://EXAMPLE.ORG/": True,
    "mailto:editors@example.org": True,
    "#fn-1": True,
    "licence.html": True,
    "../docs/licence%20text.html": True,
    "javascript:alert(1)": False,
    "JavaScript:alert(1)": False,
    "&#9;javascript:alert(1)": False,
    " https://example.org/": False,
    "data:text/html,x": False,
    "vbscript:msgbox(1)": False,
    "file:///etc/passwd": False,
    "/etc/passwd": False,
    "//evil.example/x": False,
    "https://": False,
    "https://exa mple.org/": False,
    "java&#x0A;script:alert(1)": False,
}


@pytest.mark.parametrize("address, allowed", ADDRESSES.items())
def test_the_schema_and_every_output_apply_one_policy(tmp_path, address, allowed):
    doc = _licence_copy(tmp_path, address)
    refused = [p for p in pipeline.validate(doc) if "link-scheme" in p.message]
    assert (not refused) == allowed, refused
    # the second fence: the outputs, given the document without validation, link only what the policy allows
    pages = _site_pages(doc)
    footer_links = lxml_html.fromstring(pages["index.html"]).xpath("//footer//a/@href")
    about_links = lxml_html.fromstring(pages["about.html"]).xpath("//section[@id='licence']//a/@href")
    printed = lxml_html.fromstring(saxon.transform("print/print.xsl", doc.text, str(doc.path), messages=MESSAGES).main.encode("utf-8"))
    print_links = printed.xpath("//a[@class='url']/@href")
    for links in (footer_links, about_links, print_links):
        assert (len(links) == 1) == allowed, links


def test_a_hostile_canonical_address_is_refused_and_never_written(tmp_path):
    """idno type="URI" (and the build's base-url) become the address of every citation, the
    canonical link and the metadata: javascript: there is refused by the schema at its line,
    and the stylesheets, given the document without validation, write it nowhere."""
    path = HOSTILE / "canonical-javascript.xml"
    result = run_edition("validate", str(path))
    assert_clean_failure(result, 1)
    line = next(i for i, text in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if '<idno type="URI">' in text)
    assert f"{path}:{line}:1: [schematron] idno type=\"URI\"" in result.stdout and "(link-scheme-idno)" in result.stdout
    doc = pipeline.Document.load(path)
    messages = (ROOT / "web" / "messages.json").read_text(encoding="utf-8")
    for base in ("", "javascript:alert(1)//", "data:text/html,x/", "//evil.example/"):  # the TEI's, then the build's
        pages = saxon.transform("html/site.xsl", doc.text, str(doc.path), messages=messages, **{"base-url": base}).documents
        printed = saxon.transform("print/print.xsl", doc.text, str(doc.path), messages=messages, **{"base-url": base}).main
        for text in [*pages.values(), printed]:
            assert "alert(1)" not in text and "text/html,x" not in text and "evil.example" not in text, base
        index = lxml_html.fromstring(pages[next(u for u in pages if u.endswith("index.html"))])
        assert index.xpath("//link[@rel='canonical']") == [] and index.xpath("//meta[@name='citation_public_url']") == []
    with pytest.raises(ValueError):
        pipeline.Settings(base_url="javascript:alert(1)")


def test_authority_identifiers_that_are_not_what_their_type_says_are_refused_and_never_linked():
    """A Wikidata id that is an address, a TDV article that is a relative path, a Wikipedia
    article without a scheme: refused by the schema at their lines; the stylesheets, given the
    document without validation, link none of them (the register pages, the popover data, the
    open data), though the link policy alone would let the relative path through."""
    path = HOSTILE / "authority-identifiers.xml"
    result = run_edition("validate", str(path))
    assert_clean_failure(result, 1)
    lines = path.read_text(encoding="utf-8").splitlines()
    for kind in ("wikidata", "tdvia", "wikipedia"):
        line = next(i for i, text in enumerate(lines, 1) if f'<idno type="{kind}">' in text)
        assert f"{path}:{line}:1: [schema]" in result.stdout, kind
    doc = pipeline.Document.load(path)
    messages = (ROOT / "web" / "messages.json").read_text(encoding="utf-8")
    site = saxon.transform("html/site.xsl", doc.text, str(doc.path), messages=messages).documents
    data = saxon.transform("data/data.xsl", doc.text, str(doc.path), messages=messages).documents
    places = lxml_html.fromstring(site[next(u for u in site if u.endswith("/places.html"))])
    assert places.xpath("//a[contains(@href, 'geonames.org/323786')]")  # the real identifier is linked
    hostile = ("alert(1)", "secret-authority", "evil.example")
    # on the pages a refused identifier may stand as text, never as an address
    hrefs = [h for uri, page in site.items() if uri.endswith(".html") for h in lxml_html.fromstring(page).xpath("//@href")]
    assert not [h for h in hrefs if any(bad in h for bad in hostile)]
    # the popover data and the open data hold addresses only
    for uri, text in [*site.items(), *data.items()]:
        if not uri.endswith(".html"):
            assert not any(bad in text for bad in hostile), uri


@pytest.mark.parametrize("name", ["licence-javascript", "licence-tab-javascript", "licence-data"])
def test_the_deposit_writes_no_address_outside_the_policy(name):
    """The bag's README.md and LICENSE-CONTENT.md (Markdown: <address> is a link there) and its
    bag-info.txt, written from the header with validation bypassed, give a licence's address
    only where the link policy allows it."""
    doc = pipeline.Document.load(HOSTILE / f"{name}.xml")
    written = saxon.transform("deposit/package.xsl", doc.text, str(doc.path), files="[]", outputs="[]").documents
    assert written
    for uri, text in written.items():
        assert "script:" not in text.lower() and "data:text" not in text, uri
        assert "CC BY 4.0" in text, uri  # the licence's words are kept, its address dropped


def test_the_schematron_and_the_stylesheets_hold_the_same_policy():
    sch = etree.parse(str(ROOT / "schema" / "edition.sch"))
    in_schema = sch.xpath("//sch:let[@name='link-policy']/@value", namespaces={"sch": "http://purl.oclc.org/dsdl/schematron"})
    xsl = etree.parse(str(ROOT / "xslt" / "common" / "links.xsl"))
    in_xslt = xsl.xpath("//xsl:variable[@name='ed:link-policy']/@select",
                        namespaces={"xsl": "http://www.w3.org/1999/XSL/Transform"})
    assert in_schema and in_schema == in_xslt


def test_no_output_of_the_edition_links_outside_the_policy(tmp_path):
    """Every href of the built site and print HTML is one the policy allows."""
    doc = pipeline.Document.load(EDITION_TEI)
    pages = _site_pages(doc)
    hrefs = [h for name, page in pages.items() if name.endswith(".html")
             for h in lxml_html.fromstring(page).xpath("//@href")]
    printed = lxml_html.fromstring(saxon.transform("print/print.xsl", doc.text, str(doc.path), messages=MESSAGES).main.encode("utf-8"))
    hrefs += printed.xpath("//@href")
    assert len(hrefs) > 1000
    schemes = {m.group(1).lower() for h in hrefs for m in [re.match(r"([A-Za-z][A-Za-z0-9+.-]*):", h)] if m}
    assert schemes <= {"http", "https", "mailto"}, schemes


# ---------------------------------------------------------------- 3. build validates first

@pytest.mark.parametrize("name", ["duplicate-id", "reversed-date-range", "unknown-element", "dangling-reference"])
def test_build_refuses_an_invalid_document_and_writes_nothing(tmp_path, name):
    path = INVALID / f"{name}.xml"
    out = tmp_path / "out"
    result = run_edition("build", "all", str(path), "--out", str(out))
    assert_clean_failure(result, 1)
    validated = run_edition("validate", str(path))
    problems = [line for line in validated.stdout.splitlines() if line.startswith(str(path))]
    assert problems and all(line in result.stdout for line in problems)
    assert "nothing was built" in result.stderr
    assert not out.exists()


def test_build_refuses_an_empty_title(tmp_path):
    text = MINIMAL.read_text(encoding="utf-8").replace(">Küçük bir deneme edisyonu</title>", "></title>")
    result = run_edition("build", "text", str(minimal_copy(tmp_path, text=text)), "--out", str(tmp_path / "out"))
    assert_clean_failure(result, 1)
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- 4. the build owns only what it made

def test_an_out_folder_with_files_no_build_made_is_refused(tmp_path):
    out = tmp_path / "xslt"
    (out / "html").mkdir(parents=True)
    (out / "keep.xsl").write_text("mine")
    (out / "html" / "site.xsl").write_text("mine too")
    result = run_edition("build", "html", str(MINIMAL), "--out", str(out))
    assert_clean_failure(result, 2)
    assert f"{out}: refusing to build into a folder that holds files no build made" in result.stderr
    assert sorted(p.name for p in out.rglob("*")) == ["html", "keep.xsl", "site.xsl"]


def test_force_builds_beside_files_no_build_made_and_leaves_them(tmp_path):
    out = tmp_path / "out"
    (out / "html").mkdir(parents=True)
    (out / "html" / "site.xsl").write_text("mine")
    result = run_edition("build", "html", str(MINIMAL), "--out", str(out), "--force")
    assert result.returncode == 0, said(result)
    assert (out / "html" / "site.xsl").read_text() == "mine"
    assert (out / "html" / "minimal" / "index.html").is_file()


def test_a_rebuild_refuses_a_file_put_into_its_site(tmp_path):
    out = tmp_path / "out"
    assert run_edition("build", "html", str(MINIMAL), "--out", str(out)).returncode == 0
    (out / "html" / "minimal" / "notes.txt").write_text("a reader's notes")
    result = run_edition("build", "html", str(MINIMAL), "--out", str(out))
    assert_clean_failure(result, 2)
    assert "notes.txt" in result.stderr
    assert (out / "html" / "minimal" / "notes.txt").read_text() == "a reader's notes"


def test_a_symlinked_site_folder_is_refused_and_not_followed(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("keep")
    out.mkdir()
    (out / "html").symlink_to(elsewhere)
    result = run_edition("build", "html", str(MINIMAL), "--out", str(out))
    assert_clean_failure(result, 2)
    assert "html" in result.stderr
    assert sorted(p.name for p in elsewhere.iterdir()) == ["precious.txt"]


@pytest.mark.parametrize("kind", ["symlink", "fifo"])
def test_text_output_replaces_only_a_regular_file(tmp_path, kind):
    target = tmp_path / "out.txt"
    if kind == "symlink":
        (tmp_path / "real.txt").write_text("untouched")
        target.symlink_to(tmp_path / "real.txt")
    else:
        os.mkfifo(target)
    result = run_edition("text", str(MINIMAL), "-o", str(target))
    assert_clean_failure(result, 2)
    assert "not a regular file" in result.stderr
    assert target.is_symlink() if kind == "symlink" else target.is_fifo()
    if kind == "symlink":
        assert (tmp_path / "real.txt").read_text() == "untouched"


def test_text_output_dash_is_standard_output():
    result = run_edition("text", str(MINIMAL), "-o", "-")
    assert result.returncode == 0 and result.stdout.startswith("Küçük bir deneme edisyonu")


# ---------------------------------------------------------------- 5. replacing the site

def test_leftovers_of_a_killed_build_are_removed_by_the_next(tmp_path):
    out = tmp_path / "out"
    assert run_edition("build", "html", str(MINIMAL), "--out", str(out)).returncode == 0
    stale = [out / "html" / f"{TEMP_PREFIX}minimal.abc123", out / "html" / f"{TEMP_PREFIX}old.xyz" / "minimal",
             out / "text" / f"{TEMP_PREFIX}minimal.txt.q1w2"]
    for folder in stale[:2]:
        folder.mkdir(parents=True)
        (folder / "index.html").write_text("half a site")
    stale[2].parent.mkdir()
    stale[2].write_text("half a file")
    result = run_edition("build", "html", str(MINIMAL), "--out", str(out))
    assert result.returncode == 0, said(result)
    assert hidden_leftovers(out) == []


def _default_signals() -> None:
    # a test run started in the background (`make test &`) ignores SIGINT, and so would the
    # build it starts: give it the default disposition a terminal gives
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_build(out: Path, target: str = "all", doc: Path = EDITION_TEI) -> subprocess.Popen:
    return subprocess.Popen([str(EDITION_BIN), "build", target, str(doc), "--out", str(out)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, preexec_fn=_default_signals)


def _site_files(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _interrupt_while_the_site_is_made(out: Path, signum: int) -> tuple[int, str]:
    """Start a build and signal it once its new site is being made in its stage, beside the
    old one (the temporary folder was named .html-* before issue 11)."""
    process = _start_build(out, "html", MINIMAL)
    deadline = time.monotonic() + 60
    while (not list(out.glob(f"{TEMP_PREFIX}stage.minimal.*/html/minimal")) + list(out.glob(".html-*"))
           and time.monotonic() < deadline and process.poll() is None):
        time.sleep(0.005)
    process.send_signal(signum)
    _, err = process.communicate(timeout=60)
    return process.returncode, err


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_an_interrupted_build_exits_130_and_leaves_the_old_site_whole(tmp_path, signum):
    out = tmp_path / "out"
    assert run_edition("build", "html", str(MINIMAL), "--out", str(out)).returncode == 0
    before = _site_files(out / "html" / "minimal")
    for _ in range(5):  # on a loaded machine the build may finish before the signal: try again
        code, err = _interrupt_while_the_site_is_made(out, signum)
        if code != 0:
            break
    assert code == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert hidden_leftovers(out) == []
    assert _site_files(out / "html" / "minimal") == before


def test_a_second_build_into_a_folder_waits_for_the_first(tmp_path):
    out = tmp_path / "out"
    assert run_edition("build", "text", str(MINIMAL), "--out", str(out)).returncode == 0
    with open(out / LOCK) as held:
        fcntl.flock(held, fcntl.LOCK_EX)  # as a running build holds it
        process = _start_build(out, "text", MINIMAL)
        ready, _, _ = select.select([process.stderr], [], [], 60)
        assert ready and "waiting for another build" in process.stderr.readline()
        time.sleep(0.5)
        assert process.poll() is None  # still waiting, nothing written meanwhile
    out_text, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert "wrote" in out_text


def test_two_builds_into_one_folder_at_once_both_succeed(tmp_path):
    out = tmp_path / "out"
    first, second = _start_build(out, "html", MINIMAL), _start_build(out, "html", MINIMAL)
    results = [p.communicate(timeout=300) + (p.returncode,) for p in (first, second)]
    assert [code for _, _, code in results] == [0, 0], results
    reference = tmp_path / "reference"
    assert run_edition("build", "html", str(MINIMAL), "--out", str(reference)).returncode == 0
    assert _site_files(out / "html") == _site_files(reference / "html")
    assert hidden_leftovers(out) == []


# ---------------------------------------------------------------- 6. encodings and special files

def test_a_utf16_document_is_read_like_utf8(tmp_path):
    assert run_edition("validate", str(HOSTILE / "utf16.xml")).returncode == 0
    assert run_edition("text", str(HOSTILE / "utf16.xml")).stdout == run_edition("text", str(MINIMAL)).stdout


def test_a_utf16_doctype_is_refused_before_its_entity_is_opened(tmp_path):
    doc = tmp_path / "hostile.xml"
    shutil.copyfile(HOSTILE / "utf16-external-entity.xml", doc)
    os.mkfifo(tmp_path / "hostile.fifo")  # libxml2 opening it would wait for ever
    result = run_edition("validate", str(doc))
    assert_clean_failure(result, 2)
    assert f"{doc}:3:1: [wellformed] DOCTYPE declarations are not allowed" in result.stdout


@pytest.mark.parametrize("name, where, words", [
    ("latin1", "1:31", "names the encoding 'ISO-8859-1': the edition reads UTF-8 or UTF-16 only"),
    ("not-utf8", "10:77", "not valid UTF-8: byte 0xff"),
])
def test_other_encodings_are_refused_at_their_place(name, where, words):
    path = HOSTILE / f"{name}.xml"
    for command in ("validate", "check", "text"):
        result = run_edition(command, str(path))
        assert_clean_failure(result, 2)
        assert f"{path}:{where}: [wellformed]" in said(result) and words in said(result)


@pytest.mark.parametrize("kind", ["fifo", "device", "folder"])
def test_only_regular_files_are_read(tmp_path, kind):
    path = {"fifo": tmp_path / "input.xml", "device": Path("/dev/zero"), "folder": tmp_path / "folder.xml"}[kind]
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "folder":
        path.mkdir()
    result = run_edition("validate", str(path))
    assert_clean_failure(result, 2)
    assert {"fifo": "a FIFO", "device": "a character device", "folder": "is a directory"}[kind] in said(result)


# ---------------------------------------------------------------- 7. size

def test_a_file_over_the_size_limit_is_refused_at_once(tmp_path):
    huge = tmp_path / "huge.xml"
    with huge.open("wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 1)  # sparse: no disk used
    started = time.monotonic()
    result = run_edition("validate", str(huge))
    assert_clean_failure(result, 2)
    assert time.monotonic() - started < 30
    assert f"larger than the limit of {MAX_INPUT_BYTES / 1e6:g} MB" in result.stdout


def test_a_20_mb_document_validates_well_under_a_minute(tmp_path):
    """A guard against quadratic rules (a 20 MB file took 112 s when each footnote and
    paragraph counted all that came before it); speed itself is measured by `make bench`."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from enlarge_body import enlarge
    big = tmp_path / "big.xml"
    big.write_bytes(enlarge(EDITION_TEI.read_bytes(), 240))  # the body 240 times
    assert big.stat().st_size >= 20_000_000
    started = time.monotonic()
    result = run_edition("validate", str(big))
    assert result.returncode == 0, said(result)[-2000:]
    assert time.monotonic() - started < 60


# ---------------------------------------------------------------- 8. several documents

def test_several_documents_build_each_into_its_own_site(tmp_path):
    first = MINIMAL
    second = minimal_copy(tmp_path / "other", "zweite.xml", MINIMAL.read_text(encoding="utf-8").replace(
        "Küçük bir deneme edisyonu", "İkinci deneme edisyonu"))
    out = tmp_path / "out"
    result = run_edition("build", "html", str(first), str(second), "--out", str(out))
    assert result.returncode == 0, said(result)
    for name, title in (("minimal", "Küçük bir deneme edisyonu"), ("zweite", "İkinci deneme edisyonu")):
        index = lxml_html.fromstring((out / "html" / name / "index.html").read_bytes())
        assert index.xpath("string(//h1)").startswith(title)
    listing = lxml_html.fromstring((out / "html" / "index.html").read_bytes())
    assert listing.xpath("//main//li/a[1]/text()") == ["Küçük bir deneme edisyonu", "İkinci deneme edisyonu"]
    for href in listing.xpath("//main//a/@href"):
        assert (out / "html" / unquote(href)).is_file(), href


def test_two_documents_of_one_name_are_refused(tmp_path):
    twin = minimal_copy(tmp_path / "twin")
    result = run_edition("build", "text", str(MINIMAL), str(twin), "--out", str(tmp_path / "out"))
    assert_clean_failure(result, 2)
    assert "would both build into outputs named 'minimal'" in result.stderr
    assert not (tmp_path / "out").exists()


# ---------------------------------------------------------------- 9. exit codes, messages, names

def _with_file_size_limit(limit: int):
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # writes past it fail: a full disk


def test_a_full_disk_is_an_unusable_output_named_not_a_bug(tmp_path):
    out = tmp_path / "out"
    result = subprocess.run([str(EDITION_BIN), "build", "text", str(EDITION_TEI), "--out", str(out)],
                            capture_output=True, text=True, timeout=120, preexec_fn=_with_file_size_limit(16_000))
    assert_clean_failure(result, 2)
    assert f"{out / 'text' / EDITION_TEI.with_suffix('.txt').name}: cannot write: File too large" in result.stderr
    assert not (out / "text" / EDITION_TEI.with_suffix(".txt").name).exists() and hidden_leftovers(out) == []


def test_a_full_disk_under_the_typesetter_is_reported_not_a_bug(tmp_path):
    result = subprocess.run([str(EDITION_BIN), "build", "pdf", str(MINIMAL), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True, timeout=120, preexec_fn=_with_file_size_limit(64_000))
    assert_clean_failure(result, 2)
    assert f"{MINIMAL}: the typesetter cannot write its temporary files" in result.stderr


def test_an_out_folder_that_cannot_be_made_is_named(tmp_path):
    (tmp_path / "file").write_text("")
    result = run_edition("build", "text", str(MINIMAL), "--out", str(tmp_path / "file" / "out"))
    assert_clean_failure(result, 2)
    assert str(tmp_path / "file") in result.stderr


def test_control_characters_are_escaped_in_every_message(tmp_path):
    result = run_edition("validate", str(HOSTILE / "control-characters.xml"))
    assert_clean_failure(result, 1)
    assert "\x9b" not in said(result) and "\u202e" not in said(result)
    assert '#x\\x9b2J\\u202egnp.exe' in result.stdout
    named = tmp_path / "bad\x1b[2Jname.xml"
    named.write_text("<TEI")
    result = run_edition("validate", str(named))
    assert_clean_failure(result, 2)
    assert "\x1b" not in said(result) and "bad\\x1b[2Jname.xml:1:" in result.stdout


def test_an_xml_model_instruction_pulls_no_file_into_the_pdf(tmp_path):
    result = run_edition("build", "pdf", str(HOSTILE / "model" / "xml-model.xml"), "--out", str(tmp_path))
    assert result.returncode == 0, said(result)
    with pikepdf.open(tmp_path / "pdf" / "xml-model.pdf") as pdf:
        attached = {name: spec.get_file().read_bytes() for name, spec in pdf.attachments.items()}
    assert "secret-schema.sch" not in attached
    assert not any(b"secret-canary-schema" in data for data in attached.values())
    assert attached["xml-model.xml"] == (HOSTILE / "model" / "xml-model.xml").read_bytes()


def test_a_tei_named_like_the_schema_is_still_downloadable(tmp_path):
    result = run_edition("build", "html", str(HOSTILE / "edition.rng"), "--out", str(tmp_path))
    assert result.returncode == 0, said(result)
    downloads = tmp_path / "html" / "edition" / "downloads"
    assert (downloads / "edition.xml").read_bytes() == (HOSTILE / "edition.rng").read_bytes()
    assert (downloads / "edition.rng").read_bytes() == (ROOT / "schema" / "edition.rng").read_bytes()


def test_download_links_survive_hash_and_question_marks_in_a_file_name(tmp_path):
    doc = minimal_copy(tmp_path / "tei", "a#b?c d.xml")
    out = tmp_path / "out"
    result = run_edition("build", "all", str(doc), "--out", str(out))
    assert result.returncode == 0, said(result)
    about = out / "html" / "a#b?c d" / "about.html"
    hrefs = lxml_html.fromstring(about.read_bytes()).xpath("//section[@id='downloads']//a/@href")
    assert len(hrefs) >= 3
    for href in hrefs:
        assert "#" not in href and "?" not in href
        assert (about.parent / unquote(href)).is_file(), href


def test_the_manifest_lists_every_file_the_build_made(tmp_path):
    pipeline.build(pipeline.Document.load(MINIMAL), tmp_path, ["text", "html"])
    owned = set(json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))["files"])
    made = {str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*") if p.is_file()} - {MANIFEST, ".edition-lock"}
    assert owned == made


def test_a_corrupt_page_map_beside_the_pdf_changes_nothing(tmp_path):
    """The page map kept beside the PDF is read back by the next build: whatever stands in
    it (a key that would break the stylesheet's parameter, a page that is not a number) is
    ignored, and the PDF is the same as from nothing."""
    out = tmp_path / "out"
    assert run_edition("build", "pdf", str(MINIMAL), "--out", str(out)).returncode == 0
    first = (out / "pdf" / "minimal.pdf").read_bytes()
    from edition import pdf
    assert pdf._load_page_map(out / "pdf" / "minimal.page-map.json")  # what the build writes, it reads back
    shutil.copyfile(HOSTILE / "page-map-corrupt.json", out / "pdf" / "minimal.page-map.json")
    result = run_edition("build", "pdf", str(MINIMAL), "--out", str(out))
    assert result.returncode == 0, said(result)
    assert (out / "pdf" / "minimal.pdf").read_bytes() == first


@pytest.mark.parametrize("name", ["witness-checksum", "witness-escape"])
def test_a_deposit_never_packs_a_witness_it_cannot_trust(name, tmp_path):
    """The bag holds the witness only once it is inside the edition and its checksum holds;
    otherwise the deposit stops at its line, and nothing of the build is put in place."""
    out = tmp_path / "build"
    result = run_edition("build", "deposit", str(HOSTILE / f"{name}.xml"), "--out", str(out))
    assert_clean_failure(result, 2)
    assert "[fidelity] witness <ptr target=" in said(result)
    assert "secret-canary-witness" not in said(result) and "root:" not in said(result)
    made = [p for p in out.rglob("*") if p.is_file() and p.name != ".edition-manifest.json"] if out.exists() else []
    assert not [p for p in made if "deposit" in p.parts or p.suffix in (".pdf", ".html", ".txt")], made


def test_a_document_named_like_its_witness_keeps_both_downloads(tmp_path):
    """witness.xml's plain text would be witness.txt, the name of its witness: the site offers
    each file under a name of its own and links each kind to its own file."""
    result = run_edition("build", "all", str(HOSTILE / "witness.xml"), "--out", str(tmp_path))
    assert result.returncode == 0, said(result)
    site = tmp_path / "html" / "witness"
    downloads = site / "downloads"
    assert (downloads / "witness.txt").read_bytes() == (ROOT / "tests" / "fixtures" / "minimal" / "witness.txt").read_bytes()
    assert (downloads / "text-witness.txt").read_bytes() == (tmp_path / "text" / "witness.txt").read_bytes()
    footer = lxml_html.fromstring((site / "index.html").read_bytes())
    hrefs = {a.text_content(): a.get("href") for a in footer.xpath("//p[@class='downloads']/a")}
    labels = json.loads((ROOT / "web" / "messages.json").read_text(encoding="utf-8"))["tr"]
    assert hrefs[labels["download-witness"]] == "downloads/witness.txt"
    assert hrefs[labels["download-text"]] == "downloads/text-witness.txt"

"""The deposit package and the citation files: CITATION.cff and codemeta.json say what the
TEI header says (at the root of the repository and in the bag), CITATION.cff is valid
Citation File Format, and `edition build deposit` makes a BagIt bag that bagit validates,
holds every part an archivist deposits, is filled from the header, and is the same bag
every time."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import bagit
import pytest
from pyld import jsonld

from edition import deposit, pipeline, saxon
from edition.xmlio import NS

from conftest import EDITION_TEI, ROOT, minimal_copy, run_edition

BAGIT_CLI = Path(sys.executable).parent / "bagit.py"
CFFCONVERT = Path(sys.executable).parent / "cffconvert"


def cff_fields(text: str) -> dict:
    """The top-level scalar fields and lists of a CITATION.cff as this edition writes it
    (each value a JSON string)."""
    fields: dict = {}
    key = None
    for line in text.splitlines():
        if not line.startswith(" "):
            key, _, value = line.partition(":")
            fields[key] = json.loads(value) if value.strip().startswith('"') else value.strip() or []
        elif line.startswith("  - ") and isinstance(fields.get(key), list):
            item = line[4:]
            fields[key].append(json.loads(item) if item.startswith('"') else item)
    return fields


def test_the_citation_files_at_the_root_are_what_the_header_says(edition_doc):
    made = deposit.citation_files(edition_doc)
    for name, text in made.items():
        assert (ROOT / name).read_text(encoding="utf-8") == text, \
            f"{name} is not what the TEI header says: run scripts/write_citation_files.py"


def test_citation_cff_is_valid_citation_file_format(tmp_path):
    result = subprocess.run([str(CFFCONVERT), "--validate", "-i", str(ROOT / "CITATION.cff")],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr


def test_citation_cff_and_codemeta_agree_with_each_other_and_the_header(edition_doc):
    cff = cff_fields((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    meta = json.loads((ROOT / "codemeta.json").read_text(encoding="utf-8"))
    header = edition_doc.tree.find("tei:teiHeader", NS)
    title = " ".join(header.xpath("tei:fileDesc/tei:titleStmt/tei:title[@type='main'][@xml:lang='tr']", namespaces=NS)[0].text.split())
    assert cff["title"] == meta["name"] == title
    assert cff["version"] == meta["version"] == header.find(".//tei:editionStmt/tei:edition", NS).get("n")
    assert cff["date-released"] == meta["datePublished"] == header.find(".//tei:publicationStmt/tei:date", NS).get("when")
    # the SPDX identifier of each licence the header names, read off its address here
    spdx = {"https://creativecommons.org/licenses/by/4.0/": "CC-BY-4.0", "https://spdx.org/licenses/MIT.html": "MIT"}
    targets = list(dict.fromkeys(l.get("target") for l in header.iterfind(".//tei:availability/tei:licence", NS)))
    assert set(targets) <= set(spdx), targets
    assert cff["license"] == [spdx[t] for t in targets]
    assert meta["license"] == ["https://spdx.org/licenses/" + spdx for spdx in cff["license"]]
    assert [a["name"] for a in meta["author"]] == \
        [json.loads(line.split(":", 1)[1]) for line in (ROOT / "CITATION.cff").read_text().splitlines() if line.startswith("  - name:")]


def test_codemeta_is_json_ld(edition_doc):
    meta = json.loads((ROOT / "codemeta.json").read_text(encoding="utf-8"))
    assert meta["@context"] == "https://w3id.org/codemeta/3.0"

    # never fetched: the context is given here (its terms are schema.org's)
    def offline(url, options=None):
        assert url == "https://w3id.org/codemeta/3.0"
        return {"contentType": "application/ld+json", "contextUrl": None, "documentUrl": url,
                "document": {"@context": {"@vocab": "https://schema.org/"}}}

    expanded = jsonld.expand(meta, {"documentLoader": offline})
    assert expanded[0]["@type"] == ["https://schema.org/SoftwareSourceCode"]
    assert expanded[0]["https://schema.org/name"][0]["@value"] == meta["name"]


def test_identity_in_the_header_reaches_the_citation_files(tmp_path):
    """A DOI and an ORCID, where the header has them, are in both files (none is invented
    for the article, which has neither)."""
    text = (ROOT / "tests" / "fixtures" / "minimal" / "minimal.xml").read_text(encoding="utf-8")
    assert "orcid" not in EDITION_TEI.read_text(encoding="utf-8").lower()
    text = text.replace("</publicationStmt>", '<idno type="DOI">10.5281/zenodo.1234567</idno></publicationStmt>', 1)
    doc = pipeline.Document.load(minimal_copy(tmp_path, text=text))
    made = deposit.citation_files(doc)
    assert '  - type: doi\n    value: "10.5281/zenodo.1234567"' in made["CITATION.cff"]
    assert json.loads(made["codemeta.json"])["identifier"] == "https://doi.org/10.5281/zenodo.1234567"


@pytest.fixture(scope="module")
def bags(tmp_path_factory):
    """The minimal document's bag, built twice into two folders."""
    made = []
    for run in ("one", "two"):
        folder = tmp_path_factory.mktemp(f"deposit-{run}")
        source = minimal_copy(folder / "tei")
        result = run_edition("build", "deposit", str(source), "--out", str(folder / "build"))
        assert result.returncode == 0, result.stderr
        made.append(folder / "build" / "deposit" / "minimal")
    return made


def test_the_bag_is_valid_for_bagit_and_its_command(bags):
    bag = bagit.Bag(str(bags[0]))
    bag.validate()
    result = subprocess.run([str(BAGIT_CLI), "--validate", str(bags[0])], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert set(bag.algorithms) == {"sha256", "sha512"}


def test_the_bag_holds_what_an_archivist_deposits(bags):
    files = {p.relative_to(bags[0] / "data").as_posix() for p in (bags[0] / "data").rglob("*") if p.is_file()}
    for expected in ("tei/minimal.xml", "source/witness.txt", "schema/edition.rnc", "schema/edition.rng",
                     "schema/edition.sch", "schema/edition.odd", "schema/edition-odd.html", "pdf/minimal.pdf", "text/minimal.txt",
                     "html/minimal/index.html", "html/minimal/encoding.html", "data/minimal/places.geojson",
                     "data/minimal/persons.csv", "data/minimal/registers.jsonld", "CITATION.cff", "codemeta.json", "README.md", "LICENSE",
                     "LICENSE-CONTENT.md"):
        assert expected in files, expected
    assert (bags[0] / "data" / "tei" / "minimal.xml").read_bytes() == (FIXTURE := ROOT / "tests" / "fixtures" / "minimal" / "minimal.xml").read_bytes()
    readme = (bags[0] / "data" / "README.md").read_text(encoding="utf-8")
    assert all(f"`data/{name}`" in readme for name in files)


def test_bag_info_comes_from_the_header(bags):
    doc = pipeline.Document.load(ROOT / "tests" / "fixtures" / "minimal" / "minimal.xml")
    info = bagit.Bag(str(bags[0])).info
    header = doc.tree.find("tei:teiHeader", NS)
    title = " ".join(header.find("tei:fileDesc/tei:titleStmt/tei:title", NS).text.split())
    assert info["External-Description"].startswith(title)
    dates = [c.get("when") for c in header.iterfind(".//tei:revisionDesc/tei:change", NS)] or \
        [d.get("when") for d in header.iterfind(".//tei:publicationStmt/tei:date", NS)]
    if dates:  # the edition's date, not the day the bag was made
        assert info["Bagging-Date"] == max(dates)
    assert "Rights" in info and "Source-Organization" in info


def test_the_same_edition_makes_the_same_bag(bags):
    for name in ("manifest-sha256.txt", "manifest-sha512.txt", "bag-info.txt", "tagmanifest-sha256.txt"):
        assert (bags[0] / name).read_bytes() == (bags[1] / name).read_bytes(), name
    archives = [bag.with_name(bag.name + ".tar.gz").read_bytes() for bag in bags]
    assert archives[0] == archives[1]


def test_the_archive_unpacks_into_a_valid_bag_with_valid_citation_files(bags, tmp_path):
    import tarfile

    with tarfile.open(bags[0].with_name("minimal.tar.gz")) as tar:
        tar.extractall(tmp_path, filter="data")
    unpacked = tmp_path / "minimal"
    bagit.Bag(str(unpacked)).validate()
    assert (unpacked / "data" / "tei" / "minimal.xml").read_bytes() == (bags[0] / "data" / "tei" / "minimal.xml").read_bytes()
    result = subprocess.run([str(CFFCONVERT), "--validate", "-i", str(unpacked / "data" / "CITATION.cff")],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    json.loads((unpacked / "data" / "codemeta.json").read_text(encoding="utf-8"))


def test_the_article_bag_is_dated_by_its_last_revision(edition_doc):
    from edition import saxon

    result = saxon.transform(deposit.PACKAGE_STYLESHEET, edition_doc.text, str(edition_doc.path), files="[]")
    info = json.loads(next(text for uri, text in result.documents.items() if uri.endswith("bag-info.json")))
    changes = [c.get("when") for c in edition_doc.tree.iterfind(".//tei:revisionDesc/tei:change", NS)]
    assert info["Bagging-Date"] == max(changes)
    assert info["Version"] == edition_doc.tree.find(".//tei:editionStmt/tei:edition", NS).get("n")
    assert "CC BY 4.0" in info["Rights"] and "MIT" in info["Rights"]


def test_a_person_with_an_orcid_is_credited_as_a_person_in_both_files(tmp_path):
    doc = pipeline.Document.load(ROOT / "tests" / "valid" / "identity.xml")
    person = doc.tree.xpath("//tei:titleStmt/tei:respStmt/tei:persName[@ref]", namespaces=NS)[0]
    made = deposit.citation_files(doc)
    cff = made["CITATION.cff"]
    assert f'orcid: "{person.get("ref")}"' in cff and "\\/" not in cff
    (tmp_path / "CITATION.cff").write_text(cff, encoding="utf-8")
    result = subprocess.run([str(CFFCONVERT), "--validate", "-i", str(tmp_path / "CITATION.cff")],
                            capture_output=True, text=True, cwd=tmp_path, timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
    authors = json.loads(made["codemeta.json"])["author"]
    credited = [a for a in authors if a.get("@id") == person.get("ref")]
    assert len(credited) == 1 and credited[0]["@type"] == "Person"
    assert credited[0]["name"] == " ".join(person.text.split())


def test_the_bag_holds_every_download_of_every_output_and_the_site(monkeypatch):
    """The bag's outputs follow pipeline.DOWNLOADS: a new output listed there is deposited too,
    with no second list to keep in step."""
    assert {"pdf/letter.pdf", "text/letter.txt", "data/letter", "html/letter"} <= set(deposit.output_parts("letter"))
    monkeypatch.setitem(pipeline.DOWNLOADS, "epub", lambda name: [f"epub/{name}.epub"])
    offered = {path for paths in pipeline.DOWNLOADS.values() for path in paths("letter")}
    assert set(deposit.output_parts("letter")) == offered | {"html/letter"} and "epub/letter.epub" in offered


def test_a_bag_describes_what_it_holds_and_its_rights_from_its_own_header(tmp_path):
    """The bag's README lists what this bag holds (no witness folder for a text without a
    transcript; each output under its label), and LICENSE-CONTENT.md states the rights of
    this text's header: the letter is under CC BY, the article's own text is not licensed."""
    letter = pipeline.Document.load(ROOT / "tests" / "fixtures" / "letter" / "letter.xml")
    pipeline.build(letter, tmp_path / "out", ["deposit"])
    bag = tmp_path / "out" / "deposit" / "letter" / "data"
    readme = (bag / "README.md").read_text(encoding="utf-8")
    holds = readme.split("## What it holds", 1)[1].split("##", 1)[0]
    assert "`source/`" not in holds and not (bag / "source").exists()
    assert "- `pdf/letter.pdf`: PDF edition;" in holds and "- `html/letter`: the web edition" in holds
    rights = (bag / "LICENSE-CONTENT.md").read_text(encoding="utf-8")
    assert "The letter and its encoding are licensed under Creative Commons Attribution 4.0" in rights
    assert "article" not in rights
    article = pipeline.Document.load(EDITION_TEI)
    written = saxon.transform(deposit.PACKAGE_STYLESHEET, article.text, str(article.path), files="[]", outputs="[]").documents
    article_rights = next(text for uri, text in written.items() if uri.endswith("LICENSE-CONTENT.md"))
    assert "The text of the article itself is not covered by that licence" in article_rights

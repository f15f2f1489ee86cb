"""The deposit package of a document: one BagIt bag (build/deposit/<name>/, and the same as
build/deposit/<name>.tar.gz) holding what an
archivist deposits, the TEI with its witness, the schema and its documentation, every
output (PDF/A, plain text, the site, the open data) and the files that say how to cite and
reuse it (CITATION.cff, codemeta.json, the licences, a README), with bag-info.txt filled
from the TEI header (xslt/deposit/). The bag is made with the `bagit` library and checked
by it before it is put in place; the same edition always makes the same bag (its date is
the edition's, not the day's).

The same CITATION.cff and codemeta.json stand at the root of the repository
(scripts/write_citation_files.py writes them; a test checks that they are still what the
header says).
"""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

from . import fidelity, saxon
from .errors import InputError, Problem

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema"
SCHEMA_SUFFIXES = (".rnc", ".rng", ".sch", ".odd")
# the software's licence, the same for every text; the rights in the text and its editorial
# matter (LICENSE-CONTENT.md) are written from the TEI header (xslt/deposit/package.xsl)
LICENCES = ("LICENSE",)
CHECKSUMS = ["sha256", "sha512"]
CITATION_STYLESHEETS = {"CITATION.cff": "deposit/citation-cff.xsl", "codemeta.json": "deposit/codemeta.xsl"}
PACKAGE_STYLESHEET = "deposit/package.xsl"


def output_parts(name: str) -> list[str]:
    """The outputs a bag holds, as files or folders of the out folder: everything the site
    offers for download (pipeline.DOWNLOADS, so a new output listed there is deposited too)
    and the site itself."""
    from .pipeline import DOWNLOADS  # the pipeline imports this module when it deposits

    return [path for paths in DOWNLOADS.values() for path in paths(name)] + [f"html/{name}"]


def citation_files(doc) -> dict[str, str]:
    """CITATION.cff and codemeta.json of a document, from its header."""
    return {name: saxon.transform(sheet, doc.text, str(doc.path)).main for name, sheet in CITATION_STYLESHEETS.items()}


def build(doc, out) -> list[Path]:
    """The bag of one document into deposit/<name>/ of the stage, from the outputs made before
    it, and the same bag as one file to hand over, deposit/<name>.tar.gz."""
    written = out.replace_tree(f"deposit/{doc.name}", lambda folder: _fill(doc, out, folder))
    return written + [out.write(f"deposit/{doc.name}.tar.gz", archive(out.path(f"deposit/{doc.name}")))]


def archive(bag: Path) -> bytes:
    """A bag as a gzipped tar that unpacks into a folder of the bag's name: files in sorted
    order, owned by nobody in particular, dated by nothing, so that the same bag gives the
    same bytes."""
    import gzip
    import io
    import tarfile

    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0) as zipped, \
            tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for path in sorted(bag.rglob("*")):
            info = tarfile.TarInfo(f"{bag.name}/{path.relative_to(bag).as_posix()}")
            info.mtime, info.uid, info.gid, info.uname, info.gname = 0, 0, 0, "", ""
            if path.is_dir():
                info.type, info.mode = tarfile.DIRTYPE, 0o755
                tar.addfile(info)
            else:
                data = path.read_bytes()
                info.size, info.mode = len(data), 0o644
                tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def _fill(doc, out, folder: Path) -> None:
    payload: dict[str, bytes | Path] = {f"tei/{doc.name}.xml": doc.data}
    witness = fidelity.verified_witness(doc.path, doc.tree)
    if isinstance(witness, Problem):
        raise InputError(witness)
    if witness is not None:  # a text without a transcript deposits none
        payload[f"source/{witness[0].name}"] = witness[1]
    for path in sorted(SCHEMA.iterdir()):
        if path.suffix in SCHEMA_SUFFIXES and path.is_file():
            payload[f"schema/{path.name}"] = path
    payload["schema/edition-odd.html"] = _schema_documentation(doc.name).encode("utf-8")
    for relative in output_parts(doc.name):
        made = out.path(relative)
        if made.is_file() and not made.is_symlink():
            payload[relative] = made
        elif made.is_dir() and not made.is_symlink():
            for file in sorted(made.rglob("*")):
                if file.is_file() and not file.is_symlink():
                    payload[f"{relative}/{file.relative_to(made).as_posix()}"] = file
    for name, text in citation_files(doc).items():
        payload[name] = text.encode("utf-8")
    for name in LICENCES:
        payload[name] = ROOT / name

    result = saxon.transform(PACKAGE_STYLESHEET, doc.text, str(doc.path),
                             files=json.dumps(["data/" + p for p in sorted([*payload, *WRITTEN])]),
                             outputs=json.dumps(_outputs_described(doc.name)))
    documents = {uri.rsplit("/", 1)[-1]: text for uri, text in result.documents.items()}
    for name in WRITTEN:
        payload[name] = documents[name].encode("utf-8")
    bag_info = json.loads(documents["bag-info.json"])

    for relative, content in sorted(payload.items()):
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, Path):
            shutil.copyfile(content, target)
        else:
            target.write_bytes(content)
    _bag(folder, bag_info)


# the files of the bag the package stylesheet writes from the header
WRITTEN = ("README.md", "LICENSE-CONTENT.md")


def _outputs_described(name: str) -> list[list[str]]:
    """[folder or file of the bag, what it is], for the bag's README: each output the site
    offers, under its English label (download-<output> of web/messages.json), then the site."""
    from .languages import messages
    from .pipeline import DOWNLOADS

    labels = messages().get("en", {})
    offered = [[path, labels.get(f"download-{kind}", kind)] for kind, paths in DOWNLOADS.items() for path in paths(name)]
    return offered + [[f"html/{name}", "the web edition, a static site"]]


def _bag(folder: Path, bag_info: dict[str, str]) -> None:
    import bagit  # imported here: only the deposit needs it

    # bagit logs each file it hashes; the build reports what it wrote itself
    logging.getLogger("bagit").setLevel(logging.WARNING)
    bag = bagit.make_bag(str(folder), bag_info, processes=1, checksums=CHECKSUMS)
    # bagit lists the payload in sorted order (processes=1), so the same payload gives the same manifests
    bag.validate()  # raises if a checksum or the payload does not hold


def _schema_documentation(document: str) -> str:
    """The HTML documentation of the encoding for a document, made from the ODD
    (edition/odd.py), as a page of its own (the site shows the same <main> in its chrome)."""
    from . import odd

    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<title>Documentation of the encoding</title>\n</head>\n<body>\n'
            + odd.documentation_html(document) + '\n</body>\n</html>\n')

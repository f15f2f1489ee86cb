"""Write CITATION.cff and codemeta.json at the root of the repository from the TEI header
of the edition's document (tei/*.xml), with the same stylesheets the deposit package uses
(xslt/deposit/). Run after changing the header; tests/test_deposit.py fails while the files
at the root say something else than the header.

Usage: python scripts/write_citation_files.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition import deposit, pipeline  # noqa: E402


def main() -> None:
    documents = sorted((ROOT / "tei").glob("*.xml"))
    if len(documents) != 1:
        sys.exit(f"expected one TEI document in tei/, found {len(documents)}")
    doc = pipeline.Document.load(documents[0])
    for name, text in deposit.citation_files(doc).items():
        (ROOT / name).write_text(text, encoding="utf-8")
        print(f"wrote {name}")


if __name__ == "__main__":
    main()

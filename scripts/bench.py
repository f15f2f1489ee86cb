"""Time each stage of the edition: medians of several runs, in-process and as whole commands.

Usage: make bench   (or .venv/bin/python scripts/bench.py [--runs N])
Speed is reported here, never asserted in tests.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition import conformance, fidelity, html, pdf, pipeline, saxon, schematron, validate  # noqa: E402

TEI = sorted((ROOT / "tei").glob("*.xml"))[0]
EDITION = Path(sys.executable).parent / "edition"


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs

    rows: list[tuple[str, float]] = []
    rows.append(("tei_all compile (once per process)", median_ms(lambda: (conformance.tei_all.cache_clear(), conformance.tei_all()), 1)))
    rows.append(("stylesheets compile + lock (once)", median_ms(saxon.engine("outputs").lock, 1)))
    rows.append(("Schematron to XSLT + compile + lock (once)", median_ms(saxon.engine("validation").lock, 1)))
    doc = pipeline.Document.load(TEI)
    rows.append(("parse (lxml, safe)", median_ms(lambda: pipeline.Document.load(TEI), runs)))
    rows.append(("tei_all validation", median_ms(lambda: conformance.check_tei_all(doc.path, doc.tree), runs)))
    rows.append(("edition schema compile (RELAX NG, once)", median_ms(validate.relaxng, 1)))
    rows.append(("edition schema validation (RELAX NG)", median_ms(lambda: validate.check_schema(doc.path, doc.tree), runs)))
    rows.append(("Schematron validation (Saxon)", median_ms(lambda: schematron.check(doc.path, doc.tree, doc.text), runs)))
    rows.append(("fidelity check", median_ms(lambda: fidelity.check(doc.path, doc.tree, doc.text), runs)))
    rows.append(("reading text (XSLT)", median_ms(lambda: pipeline.text(doc), runs)))
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(("HTML site: XSLT (2 languages) + chrome + assets",
                     median_ms(lambda: pipeline.build(doc, Path(tmp), ["html"]), runs)))
        weight = html_page_weight(pipeline.site_folder(Path(tmp), doc))
    rows.append(("PDF: XSLT + two WeasyPrint passes + PDF/A", median_ms(lambda: pdf.render(doc), max(1, runs // 2))))
    pdf_pages = pdf_snapshots(doc)

    with tempfile.TemporaryDirectory() as tmp:
        commands = {
            "process: edition validate": [str(EDITION), "validate", str(TEI)],
            "process: edition check": [str(EDITION), "check", str(TEI)],
            "process: edition text": [str(EDITION), "text", str(TEI), "-o", f"{tmp}/t.txt"],
            "process: edition build": [str(EDITION), "build", "all", str(TEI), "--out", tmp],
            "process: edition build html": [str(EDITION), "build", "html", str(TEI), "--out", tmp],
            "process: edition build pdf": [str(EDITION), "build", "pdf", str(TEI), "--out", tmp],
        }
        for label, cmd in commands.items():
            rows.append((label, median_ms(lambda: subprocess.run(cmd, check=True, capture_output=True), max(1, runs // 2))))

    width = max(len(label) for label, _ in rows)
    print(f"{'stage'.ljust(width)}  median ms   ({TEI.name}, {runs} runs)")
    for label, ms in rows:
        print(f"{label.ljust(width)}  {ms:9.1f}")
    print(weight)
    print(pdf_pages)


def html_page_weight(site: Path) -> str:
    """Bytes of the edition page with the scripts and styles it loads (fonts and downloads aside)."""
    from lxml import html as lxml_html

    page = site / "index.html"
    tree = lxml_html.fromstring(page.read_bytes())
    files = [page] + [site / h for h in tree.xpath("//script/@src | //link[@rel='stylesheet']/@href")]
    total = sum(f.stat().st_size for f in files)
    return f"HTML: edition page weight {total / 1024:.0f} KB (HTML+CSS+JS, limit 300 KB)"


def pdf_snapshots(doc) -> str:
    """The PDF's title page, first page with both tiers of notes and first register page as
    PNG (pdftoppm) in build/pdf/pages/, to look at."""
    import re
    import shutil

    result = pdf.typeset(doc)
    pages = {}
    for number, page in enumerate(result.document.pages, start=1):
        for anchor in page.anchors:
            pages.setdefault(anchor, number)
    footnote_pages = {pages[a] for a in pages if a.startswith("call-")}
    tier_pages = {int(n) for n in re.findall(r"Critical apparatus, page (\d+)", result.html)}
    wanted = {"title": 1, "both-tiers": min(footnote_pages & tier_pages, default=None),
              "register": pages.get("registers")}
    out = ROOT / "build" / "pdf" / "pages"
    out.mkdir(parents=True, exist_ok=True)
    source = out / "edition.pdf"
    source.write_bytes(result.pdf)
    if shutil.which("pdftoppm"):
        for name, number in wanted.items():
            if number:
                subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(number), "-l", str(number),
                                str(source), str(out / name)], check=True)
    source.unlink()
    return (f"PDF: {len(result.document.pages)} pages; PNG of pages "
            + ", ".join(f"{name} p. {n}" for name, n in wanted.items() if n) + f" in {out}")


if __name__ == "__main__":
    main()

"""The edition's speed, figure by figure: whole processes, medians of several runs, each
ratio timed in the same run. Speed is reported here, never asserted in tests.

Usage: make bench   (or .venv/bin/python scripts/bench.py [--runs N] [--baseline REV] [--quick]);
TEI_STYLESHEETS=path adds the comparison with the TEI Consortium's Stylesheets in that folder.

Figures (the goals of issue 12):
- the HTML build against the floor (a process that parses the TEI and runs an identity
  transform in saxonche) and, if TEI_STYLESHEETS names a checkout of the TEI Consortium's
  Stylesheets, against their html/html.xsl on the same TEI;
- the HTML build per MB with the body repeated 1, 5 and 20 times (scripts/enlarge_body.py);
- validation of 2 MB and 20 MB; `edition check` against `edition validate`;
- a `make` with nothing to do against `edition build all`;
- the PDF, typeset from nothing and from the previous build's page map (same bytes?);
- ten documents built by one process and by one process per core;
- the weight of the edition page (HTML, CSS, scripts, fonts).
With --baseline REV (default: the commit at which issue 12 was filed, when the clone has
it), the same commands of that version run beside, from `git archive`, each on the TEI of
its own day (the encoding has grown since, and the baseline could not read today's).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from enlarge_body import enlarge  # noqa: E402

# the document measured: the largest of tei/ (the measures are of size), or --tei
TEI = max(sorted((ROOT / "tei").glob("*.xml")), key=lambda path: path.stat().st_size)
PYTHON = sys.executable
EDITION = [str(Path(sys.executable).parent / "edition")]
BASELINE = "b916892128b79c70dbcf41eff357d3f02288decd"  # main when issue 12 was filed
NO_CACHE = {"EDITION_CACHE": "0"}

FLOOR = """
import sys
from saxonche import PySaxonProcessor
proc = PySaxonProcessor(license=False)
xslt = proc.new_xslt30_processor().compile_stylesheet(stylesheet_text='''<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"><xsl:mode on-no-match="shallow-copy"/></xsl:stylesheet>''')
with open(sys.argv[1], encoding="utf-8") as fh:
    text = fh.read()
xslt.transform_to_string(xdm_node=proc.parse_xml(xml_text=text))
"""

TEI_STYLESHEETS = """
import sys
from saxonche import PySaxonProcessor
proc = PySaxonProcessor(license=False)
xslt = proc.new_xslt30_processor().compile_stylesheet(stylesheet_file=sys.argv[1])
with open(sys.argv[2], encoding="utf-8") as fh:
    text = fh.read()
xslt.transform_to_string(xdm_node=proc.parse_xml(xml_text=text))
"""


def seconds(command: list[str], runs: int, env: dict | None = None, before=None, cwd: Path | None = None) -> float:
    """Median wall time of a whole process; `before` runs (untimed) ahead of each run."""
    times = []
    for _ in range(runs):
        if before:
            before()
        start = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, **(env or {})}, cwd=cwd)
        times.append(time.perf_counter() - start)
        if result.returncode != 0:
            raise SystemExit(f"failed: {' '.join(command)}\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return statistics.median(times)


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str]] = []

    def add(self, figure: str, now: str, goal: str = "", holds: bool | None = None) -> None:
        self.rows.append((figure, now, goal, "" if holds is None else ("yes" if holds else "NO")))

    def print(self) -> None:
        header = ("figure", "measured", "goal", "holds")
        widths = [max(len(r[i]) for r in [header, *self.rows]) for i in range(4)]
        for row in [header, tuple("-" * w for w in widths), *self.rows]:
            print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip())


def baseline_command(folder: Path) -> list[str]:
    """The `edition` command of the baseline version, run from its own files."""
    return [PYTHON, "-c", f"import sys; sys.path.insert(0, {str(folder)!r}); sys.argv[0] = 'edition'; "
                          "from edition.cli import run; run()"]


def unpack(revision: str, target: Path) -> bool:
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], capture_output=True)
    if archive.returncode != 0:
        return False
    target.mkdir(parents=True)
    subprocess.run(["tar", "-x", "-C", str(target)], input=archive.stdout, check=True)
    return True


def page_weight(site: Path) -> tuple[int, int]:
    """Bytes and requests of the edition page: the HTML, the stylesheets and scripts it
    loads, and the font files its stylesheets name."""
    from lxml import html as lxml_html

    page = site / "index.html"
    tree = lxml_html.fromstring(page.read_bytes())
    files = [page] + [site / h for h in tree.xpath("//script/@src | //link[@rel='stylesheet']/@href")]
    fonts = set()
    for css in [f for f in files if f.suffix == ".css"]:
        for url in re.findall(r'url\("([^"]+\.woff2)"\)', css.read_text(encoding="utf-8")):
            fonts.add((css.parent / url).resolve())
    files += sorted(fonts)
    return sum(f.stat().st_size for f in files), len(files)


def main() -> None:
    global TEI
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", default=BASELINE, help="a git revision to compare with ('' for none)")
    parser.add_argument("--quick", action="store_true", help="one run each, and no 20 MB validation")
    parser.add_argument("--tei", type=Path, default=None, help="the document to measure (default: the largest of tei/)")
    args = parser.parse_args()
    if args.tei:
        TEI = args.tei.resolve()
    runs = 1 if args.quick else args.runs
    table = Table()
    work = Path(tempfile.mkdtemp(prefix="edition-bench-"))
    try:
        run(table, work, runs, args)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"{TEI.name}; medians of {runs} run(s); {os.cpu_count()} cores; {time.strftime('%Y-%m-%d')}")
    table.print()


def run(table: Table, work: Path, runs: int, args) -> None:
    old = work / "baseline" if args.baseline and unpack(args.baseline, work / "baseline") else None
    if args.baseline and old is None:
        print(f"(baseline {args.baseline} is not in this clone: no comparison with it)")
    out = work / "out"
    fresh = lambda: shutil.rmtree(out, ignore_errors=True)  # noqa: E731

    # --- the HTML build against the floor, the TEI Stylesheets and the baseline
    seconds(EDITION + ["build", "html", str(TEI), "--out", str(out)], 1)  # as after `make`'s check: caches warm
    html = seconds(EDITION + ["build", "html", str(TEI), "--out", str(out)], runs)
    html_cold = seconds(EDITION + ["build", "html", str(TEI), "--out", str(out)], runs, env=NO_CACHE)
    floor = seconds([PYTHON, "-c", FLOOR, str(TEI)], runs)
    table.add("HTML build (whole process; validates first)", f"{html:.2f} s; every cache off: {html_cold:.2f} s")
    table.add("floor: parse + identity transform in saxonche", f"{floor:.2f} s")
    stylesheets = os.environ.get("TEI_STYLESHEETS")
    tei_html = None
    if stylesheets and (Path(stylesheets) / "html" / "html.xsl").is_file():
        tei_html = seconds([PYTHON, "-c", TEI_STYLESHEETS, str(Path(stylesheets) / "html" / "html.xsl"), str(TEI)], runs)
        table.add("TEI Stylesheets html/html.xsl", f"{tei_html:.2f} s", "", None)
        table.add("HTML build / TEI Stylesheets", f"{html / tei_html:.2f}x", "<= 1.0x", html / tei_html <= 1.0)
    table.add("HTML build / floor", f"{html / floor:.1f}x", "<= 5.5x (the Stylesheets' ratio)", html / floor <= 5.5)
    if tei_html:
        table.add("TEI Stylesheets / floor", f"{tei_html / floor:.1f}x")
    if old:
        # the baseline reads the TEI of its own day (the encoding has grown since: it could not read today's)
        before = seconds(baseline_command(old) + ["build", "html", str(old / "tei" / TEI.name), "--out", str(work / "old")], runs)
        table.add("HTML build at the baseline / now", f"{before:.2f} s / {html:.2f} s = {html / before:.2f}x")

    # --- linear in the size of the text (every cache off: the whole work each time)
    per_mb = {}
    for times in (1, 5, 10, 20):
        big = work / f"body-x{times}.xml"
        big.write_bytes(enlarge(TEI.read_bytes(), times))
        mb = big.stat().st_size / 1e6
        took = seconds(EDITION + ["build", "html", str(big), "--out", str(work / f"out-x{times}")],
                       1 if times >= 10 else runs, env=NO_CACHE)
        per_mb[times] = took / mb
        table.add(f"HTML build, body x{times} ({mb:.1f} MB)", f"{took:.2f} s = {took / mb:.2f} s/MB")
        if times == 10 and tei_html:
            theirs = seconds([PYTHON, "-c", TEI_STYLESHEETS, str(Path(stylesheets) / "html" / "html.xsl"), str(big)], 1)
            table.add("HTML build x10 / TEI Stylesheets x10", f"{took:.2f} s / {theirs:.2f} s = {took / theirs:.2f}x",
                      "<= 1.0x", took / theirs <= 1.0)
    table.add("HTML s/MB at x20 / at x1", f"{per_mb[20] / per_mb[1]:.2f}x", "<= 1.3x", per_mb[20] / per_mb[1] <= 1.3)

    if not args.quick:
        sizes = {}
        for label, times in (("2 MB", 24), ("20 MB", 240)):
            big = work / f"validate-{label.replace(' ', '')}.xml"
            big.write_bytes(enlarge(TEI.read_bytes(), times))
            sizes[label] = seconds(EDITION + ["validate", str(big)], 1 if times > 100 else runs, env=NO_CACHE)
            table.add(f"validate {label} ({big.stat().st_size / 1e6:.1f} MB)", f"{sizes[label]:.2f} s")
        ratio = sizes["20 MB"] / sizes["2 MB"]
        table.add("validate 20 MB / 2 MB", f"{ratio:.1f}x", "<= 15x", ratio <= 15)

    # --- check against validate
    seconds(EDITION + ["check", str(TEI)], 1)  # the verdicts are remembered from here on
    check = seconds(EDITION + ["check", str(TEI)], runs)
    validate = seconds(EDITION + ["validate", str(TEI)], runs)
    table.add("check / validate", f"{check:.2f} s / {validate:.2f} s = {check / validate:.1f}x", "<= 2.5x",
              check / validate <= 2.5)
    check_cold = seconds(EDITION + ["check", str(TEI)], 1, env=NO_CACHE)
    validate_cold = seconds(EDITION + ["validate", str(TEI)], runs, env=NO_CACHE)
    table.add("check / validate, every cache off", f"{check_cold:.2f} s / {validate_cold:.2f} s "
              f"= {check_cold / validate_cold:.1f}x (tei_all compiled)")

    # --- make with nothing to do against build all
    subprocess.run(["make", "-C", str(ROOT), "--no-print-directory", "build"], capture_output=True, check=True)
    noop = seconds(["make", "-C", str(ROOT), "--no-print-directory", "build"], runs)
    build_all = seconds(EDITION + ["build", "all", str(TEI), "--out", str(out)], runs)
    table.add("no-op make / build all", f"{noop:.3f} s / {build_all:.2f} s = {noop / build_all:.3f}x", "<= 0.05x",
              noop / build_all <= 0.05)

    # --- the PDF: from nothing, and from the previous build's page map
    pdf_out = work / "pdf-out"
    cold = seconds(EDITION + ["build", "pdf", str(TEI), "--out", str(pdf_out)], runs, env={"EDITION_CACHE": "0"},
                   before=lambda: shutil.rmtree(pdf_out, ignore_errors=True))
    cold_bytes = (pdf_out / "pdf" / f"{TEI.stem}.pdf").read_bytes()
    warm = seconds(EDITION + ["build", "pdf", str(TEI), "--out", str(pdf_out)], runs)
    same = hashlib.sha256(cold_bytes).digest() == hashlib.sha256((pdf_out / "pdf" / f"{TEI.stem}.pdf").read_bytes()).digest()
    table.add("PDF from nothing (two or three typesettings)", f"{cold:.2f} s")
    table.add("PDF from the previous page map (one)", f"{warm:.2f} s = {warm / cold:.2f}x; same bytes: {same}")
    if old:
        before = seconds(baseline_command(old) + ["build", "pdf", str(old / "tei" / TEI.name), "--out", str(work / "old-pdf")], runs)
        table.add("PDF now / at the baseline", f"{warm:.2f} s / {before:.2f} s = {warm / before:.2f}x", "<= 0.7x",
                  warm / before <= 0.7 and same)

    # --- ten documents
    ten = work / "ten"
    ten.mkdir()
    for k in range(10):
        shutil.copyfile(TEI, ten / f"document-{k}.xml")
    docs = [str(p) for p in sorted(ten.glob("*.xml"))]
    one = seconds(EDITION + ["build", "html", *docs, "--out", str(work / "ten-1"), "--jobs", "1"], runs)
    cores = seconds(EDITION + ["build", "html", *docs, "--out", str(work / "ten-n")], runs)
    table.add("ten documents, one process / one per core", f"{one:.2f} s / {cores:.2f} s = {cores / one:.2f}x")
    if old:
        ten_old = work / "ten-old-documents"
        ten_old.mkdir()
        for k in range(10):
            shutil.copyfile(old / "tei" / TEI.name, ten_old / f"document-{k}.xml")
        old_docs = [str(p) for p in sorted(ten_old.glob("*.xml"))]
        before = seconds(baseline_command(old) + ["build", "html", *old_docs, "--out", str(work / "ten-old")], runs)
        table.add("ten documents, now / at the baseline", f"{cores:.2f} s / {before:.2f} s = {cores / before:.2f}x",
                  "<= 0.6x", cores / before <= 0.6)

    # --- page weight
    fresh()
    subprocess.run(EDITION + ["build", "html", str(TEI), "--out", str(out)], capture_output=True, check=True)
    weight, requests = page_weight(out / "html" / TEI.stem)
    table.add("edition page: HTML, CSS, scripts, fonts", f"{weight / 1024:.0f} KB in {requests} requests", "<= 350 KB",
              weight <= 350 * 1024)
    print(pdf_snapshots(pdf_out / "pdf" / f"{TEI.stem}.pdf", pdf_out / "pdf" / f"{TEI.stem}.page-map.json"))


def pdf_snapshots(pdf_file: Path, page_map: Path) -> str:
    """The PDF's title page, the first page with both tiers of notes and the last page (the
    registers and the bibliography) as PNG (pdftoppm), in .artifacts/pdf-pages/, to look at."""
    import json

    pages = json.loads(page_map.read_text(encoding="utf-8"))
    notes = {p for a, p in pages.items() if a.startswith("call-")} & {p for a, p in pages.items() if a.startswith("app-")}
    info = subprocess.run(["pdfinfo", str(pdf_file)], capture_output=True, text=True).stdout
    last = int(re.search(r"Pages:\s+(\d+)", info).group(1)) if "Pages:" in info else None
    wanted = {"title": 1, "both-tiers": min(notes, default=None), "last": last}
    folder = ROOT / ".artifacts" / "pdf-pages"
    folder.mkdir(parents=True, exist_ok=True)
    if not shutil.which("pdftoppm"):
        return "(pdftoppm is not installed: no PNG of the PDF's pages)"
    for name, number in wanted.items():
        if number:
            subprocess.run(["pdftoppm", "-r", "80", "-png", "-singlefile", "-f", str(number), "-l", str(number),
                            str(pdf_file), str(folder / name)], check=True)
    return "PNG of the PDF's pages " + ", ".join(f"{n} (p. {k})" for n, k in wanted.items() if k) + f" in {folder}"


if __name__ == "__main__":
    main()

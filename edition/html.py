"""The HTML edition: run xslt/html/site.xsl once per interface language, wrap the
site chrome (web/templates) around each page, copy the assets and the downloads.

The site is built in a temporary folder beside build/html and moved into place
only when complete, so a failed build never leaves half a site.
"""

from __future__ import annotations

import json
from html import unescape as html_unescape
import re
import shutil
import tempfile
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from . import saxon
from .output import write_atomic

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
SCHEMA = ROOT / "schema"
STYLESHEET = "html/site.xsl"
ASSET_DIRS = ("css", "js", "fonts")
# each page from the stylesheet: <div class="page" data-page=… data-title=…><main>…</main><footer>…</footer></div>
PAGE_RE = re.compile(r'<div[^>]* class="page" data-page="(?P<page>[^"]+)" data-title="(?P<title>[^"]*)"[^>]*>'
                     r'(?P<body>.*)</div>\s*$', re.S)


def messages() -> dict:
    return json.loads((WEB / "messages.json").read_text(encoding="utf-8"))


def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(WEB / "templates"), autoescape=select_autoescape(["html", "j2"]),
                       undefined=StrictUndefined, keep_trailing_newline=True)


def _downloads(doc, out_dir: Path, site: Path) -> dict[str, list[str]]:
    """Copy the files a reader may download; return kind → file names (only those that exist)."""
    target = site / "downloads"
    target.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[Path]] = {
        "tei": [doc.path],
        "schema": sorted(p for p in SCHEMA.glob("*") if p.suffix in {".rng", ".rnc", ".sch", ".odd"}) if SCHEMA.is_dir() else [],
        "pdf": [p for p in [out_dir / "pdf" / f"{doc.name}.pdf"] if p.is_file()],
        "text": [p for p in [out_dir / "text" / f"{doc.name}.txt"] if p.is_file()],
    }
    names: dict[str, list[str]] = {}
    for kind, paths in found.items():
        for path in paths:
            shutil.copyfile(path, target / path.name)
            names.setdefault(kind, []).append(path.name)
    return names


def build(doc, out_dir: Path) -> list[Path]:
    final = out_dir / "html"
    out_dir.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".html-", dir=out_dir))
    work.chmod(0o755)
    try:
        _build_into(doc, out_dir, work)
        if final.exists():
            shutil.rmtree(final)
        work.rename(final)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return sorted(p for p in final.rglob("*.html"))


def _build_into(doc, out_dir: Path, site: Path) -> None:
    texts = messages()
    # the interface languages are those of web/messages.json: the first at the root, the others in subfolders
    languages = tuple(texts)
    downloads = _downloads(doc, out_dir, site)
    template = _environment().get_template("page.html.j2")
    for lang in languages:
        folder = site if lang == languages[0] else site / lang
        root = "" if lang == languages[0] else "../"
        result = saxon.transform(STYLESHEET, doc.text, str(doc.path), **{
            "ui-lang": lang, "messages": json.dumps(texts), "downloads": json.dumps(downloads), "root": root})
        for uri, content in sorted(result.documents.items()):
            name = uri.rsplit("/", 1)[-1]
            if not name.endswith(".html"):
                write_atomic(folder / name, content)
                continue
            page = PAGE_RE.match(content.strip())
            if page is None:
                raise saxon.TransformError(f"{STYLESHEET}: page {name} has no <div class=\"page\"> wrapper")
            other = [
                {"lang": other, "name": texts[other]["lang-name"],
                 "href": ("" if other == languages[0] else f"{other}/") if lang == languages[0]
                 else ("../" if other == languages[0] else f"../{other}/")}
                for other in languages if other != lang]
            html = template.render(
                lang=lang, text_lang=doc.tree.getroot().get("{http://www.w3.org/XML/1998/namespace}lang") or lang,
                title=html_unescape(page["title"]), page=page["page"], body=page["body"], root=root, msg=texts[lang],
                other_languages=other, file=name)
            write_atomic(folder / name, html)
    for sub in ASSET_DIRS:
        if (WEB / sub).is_dir():
            # the site needs the web fonts (woff2) only; the TrueType files are for the PDF
            shutil.copytree(WEB / sub, site / "assets" / sub, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("*.ttf"))

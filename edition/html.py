"""The HTML edition: run xslt/html/site.xsl once per interface language, wrap the
site chrome (web/templates) around each page, copy the assets and the downloads.

Each document's site is built in a temporary folder beside build/html/<name> and swapped
into place only when complete (edition/output.py), so a failed build never leaves half a
site; build/html/index.html lists the sites of the folder.
"""

from __future__ import annotations

import json
from html import unescape as html_unescape
import re
import shutil
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from . import basemap, fidelity, fonts, languages as edition_languages, odd, saxon
from .errors import OutputError, printable
from .output import OutputFolder, Stage

ROOT = Path(__file__).resolve().parent.parent
WEB = ROOT / "web"
SCHEMA = ROOT / "schema"
STYLESHEET = "html/site.xsl"
ASSET_DIRS = ("css", "js")  # and the fonts, subset by edition/fonts.py
SCHEMA_SUFFIXES = (".rng", ".rnc", ".sch", ".odd")
# each page from the stylesheet: <div class="page" data-page=… data-title=…><div class="page-head">(its
# metadata, for the <head>)</div><main>…</main><footer>…</footer></div>
PAGE_RE = re.compile(r'<div[^>]* class="page" data-page="(?P<page>[^"]+)" data-title="(?P<title>[^"]*)"[^>]*>'
                     r'<div class="page-head">(?P<head>.*?)</div>(?P<body>.*)</div>\s*$', re.S)


messages = edition_languages.messages  # the labels of the interfaces


def _environment() -> Environment:
    return Environment(loader=FileSystemLoader(WEB / "templates"), autoescape=select_autoescape(["html", "j2"]),
                       undefined=StrictUndefined, keep_trailing_newline=True)


def _downloads(doc, out: Stage, site: Path, offered: dict[str, list[str]]) -> list[tuple[str, list[str]]]:
    """Write the files a reader may download; return (kind, file names) in the order the site
    lists them, only kinds with files. The TEI is given under its document's name with .xml,
    byte for byte as read; the witness (the transcript) as the header names it, once its
    checksum holds; the schema; then what the outputs made before the site offer
    (`offered`: output → its paths in the out folder, pipeline.DOWNLOADS)."""
    target = site / "downloads"
    target.mkdir(parents=True, exist_ok=True)
    found: dict[str, list[tuple[str, bytes]]] = {
        "tei": [(f"{doc.name}.xml", doc.data)],
        "witness": _witness(doc),
        "schema": [(p.name, p.read_bytes()) for p in sorted(SCHEMA.glob("*")) if p.suffix in SCHEMA_SUFFIXES],
    }
    for kind, paths in offered.items():
        found[kind] = [(p.name, p.read_bytes()) for relative in paths for p in _made_files(out.path(relative))]
    listed, taken = [], set()
    for kind, files in found.items():
        names = []
        for name, data in files:
            name = _free_name(name, kind, taken)
            (target / name).write_bytes(data)
            names.append(name)
        if names:
            listed.append((kind, names))
    return listed


def _free_name(name: str, kind: str, taken: set[str]) -> str:
    """The name a download is offered under: its own, or, where an earlier download has it (a
    document named like its witness: both would be NAME.txt), the kind before it
    (text-NAME.txt); one file never takes the place of another."""
    for candidate in (name, f"{kind}-{name}"):
        if candidate not in taken:
            taken.add(candidate)
            return candidate
    raise OutputError(f"two downloads of the site would both be named {printable(name)!r}: rename the document")


def _witness(doc) -> list[tuple[str, bytes]]:
    found = fidelity.offered_witness(doc.path, doc.tree)
    return [(found[0].name, found[1])] if found else []


def _own_file(path: Path) -> bool:
    return path.is_file() and not path.is_symlink()


def _made_files(path: Path) -> list[Path]:
    """What an output made before the site offers at `path`: the file, or the regular files of
    the folder by name; nothing where it is missing or a link."""
    if _own_file(path):
        return [path]
    if not path.is_dir() or path.is_symlink():
        return []
    return sorted((p for p in path.iterdir() if _own_file(p)), key=lambda p: p.name)


def build(doc, out: Stage, base_url: str | None = None, offered: dict[str, list[str]] | None = None) -> list[Path]:
    """The site of one document, swapped into html/<name>/ of the out folder when complete;
    base_url: the canonical address of that folder, for citations and metadata; offered: what
    the outputs made before it offer for download (output → paths in the out folder)."""
    titles: dict[str, str] = {}
    written = out.replace_tree(f"html/{doc.name}", lambda site: titles.update(_build_into(doc, out, site, base_url, offered or {})))
    out.record("html", doc.name, {"titles": titles, "lang": _text_lang(doc),
                                  "languages": list(edition_languages.interface_languages(doc.tree, tuple(messages())))})
    return [p for p in written if p.suffix == ".html"]


def build_document_list(out: OutputFolder) -> list[Path]:
    """html/index.html: the sites in this out folder, each under its title, in each interface language."""
    sites = out.forget_missing("html", lambda name: f"html/{name}/index.html")
    texts = messages()
    languages = tuple(texts)
    # the list speaks the language most of its sites speak at their root (on a tie, English
    # where it is one of them, else the first)
    roots = [info.get("languages", languages)[0] for info in sites.values()]
    list_lang = max(languages, key=lambda code: (roots.count(code), code == edition_languages.FALLBACK, -languages.index(code)))
    entries = [{"href": quote(name) + "/index.html", "lang": info.get("lang", languages[0]),
                "titles": info.get("titles", {}), "name": name,
                "others": [{"lang": other, "name": texts[other]["lang-name"],
                            "href": f"{quote(name)}/{other}/index.html"}
                           for other in info.get("languages", languages)[1:] if other in texts]}
               for name, info in sites.items()]
    html = _environment().get_template("documents.html.j2").render(
        lang=list_lang, msg=texts[list_lang], entries=entries)
    return [out.write("html/index.html", html)]


def _other_languages(lang: str, languages: tuple[str, ...], texts: dict) -> list[dict[str, str]]:
    """The links from a page in `lang` to the same page in each other interface language
    (the first language at the site's root, the others in subfolders)."""
    return [{"lang": other, "name": texts[other]["lang-name"],
             "href": ("" if other == languages[0] else f"{other}/") if lang == languages[0]
             else ("../" if other == languages[0] else f"../{other}/")}
            for other in languages if other != lang]


def _text_lang(doc) -> str:
    return edition_languages.main_language(doc.tree)


def _build_into(doc, out: Stage, site: Path, base_url: str | None, offered: dict[str, list[str]]) -> dict[str, str]:
    """Every page of the site into `site`; returns the title of the edition page in each language."""
    texts = messages()
    # the interface languages (edition/languages.py): the main one at the root, the others in subfolders
    languages = edition_languages.interface_languages(doc.tree, tuple(texts))
    downloads = _downloads(doc, out, site, offered)
    template = _environment().get_template("page.html.j2")
    documentation = odd.documentation_html(doc.name)  # the encoding's documentation, from the ODD (xslt/odd/)
    titles = {}
    for lang in languages:
        folder = site if lang == languages[0] else site / lang
        folder.mkdir(parents=True, exist_ok=True)
        root = "" if lang == languages[0] else "../"
        result = saxon.transform(STYLESHEET, doc.text, str(doc.path), **{
            "ui-lang": lang, "messages": json.dumps(texts), "downloads": json.dumps(downloads), "root": root,
            "encoding": documentation,
            "base-url": base_url or ""})
        # the pages this document has (a register page only for a kind of entry it has): the navigation links them
        pages = {uri.rsplit("/", 1)[-1].removesuffix(".html") for uri in result.documents if uri.endswith(".html")}
        for uri, content in sorted(result.documents.items()):
            name = uri.rsplit("/", 1)[-1]
            if not name.endswith(".html"):
                (folder / name).write_text(content, encoding="utf-8")
                continue
            page = PAGE_RE.match(basemap.draw(content, str(doc.path)).strip())
            if page is None:
                raise saxon.TransformError(f"{STYLESHEET}: page {name} has no <div class=\"page\"> wrapper")
            if page["page"] == "index":
                titles[lang] = html_unescape(page["title"])
            html = template.render(
                lang=lang, text_lang=_text_lang(doc) if _text_lang(doc) != "und" else lang,
                title=html_unescape(page["title"]), page=page["page"], head=page["head"], body=page["body"], root=root,
                msg=texts[lang], pages=pages,
                other_languages=_other_languages(lang, languages, texts), file=name)
            (folder / name).write_text(html, encoding="utf-8")
    for sub in ASSET_DIRS:
        if (WEB / sub).is_dir():
            shutil.copytree(WEB / sub, site / "assets" / sub, dirs_exist_ok=True)
    # last: the fonts are cut down to the characters of everything written before them
    fonts.write_web_fonts(site / "assets" / "fonts" / "edition-serif", fonts.characters(site))
    return titles

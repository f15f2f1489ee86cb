"""No word lost, none added: the TEI compared with its witness, line by line.

The TEI's lines are rebuilt by xslt/text/diplomatic-lines.xsl (the witness's
readings, hyphens, quotation marks and note numbers put back) and compared, as
word tokens, with the transcript's lines that are not dropped repeats. Every kept
transcript line must be exactly one <lb/>, the lines of the main text must come in
the transcript's order, and each line must have the transcript's words.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import saxon
from .errors import InputError, Problem
from .paths import OutsideEdition, inside_edition
from .transcript import Transcript
from .xmlio import NS, read_bytes

DIPLOMATIC = "text/diplomatic-lines.xsl"


@dataclass(frozen=True)
class EncodedLine:
    n: int
    text: str
    flow: int  # 0 = main text, 1… = the notes in document order


NOT_DECLARED = "no transcript declared, not checked"


def witness_source(tree: etree._ElementTree) -> tuple[str, str | None, etree._Element] | None:
    """The transcript's file reference (the <ptr target> of the first witness of listWit that
    has one), its declared sha256 and the ptr; None when no witness names a transcript (a
    text edited from a source that has none: then there is nothing to compare)."""
    for witness in tree.iterfind(".//tei:listWit/tei:witness", NS):
        ptr = witness.find(".//tei:ptr[@target]", NS)
        if ptr is not None:
            digest = witness.find(".//tei:idno[@type='sha256']", NS)
            return ptr.get("target"), (digest.text.strip() if digest is not None and digest.text else None), ptr
    return None


def declares_transcript(tree: etree._ElementTree) -> bool:
    return witness_source(tree) is not None


def offered_witness(path: Path, tree: etree._ElementTree) -> tuple[Path, bytes] | None:
    """The witness as the outputs offer it (a download, a PDF attachment): its file and bytes
    where the TEI declares one and its checksum holds, else nothing."""
    found = verified_witness(path, tree)
    return None if found is None or isinstance(found, Problem) else found


def read_witness(path: Path, tree: etree._ElementTree) -> Transcript | Problem | None:
    """The transcript the TEI's witness names, or the Problem that keeps it from being used
    (None: no transcript declared)."""
    found = verified_witness(path, tree)
    if found is None or isinstance(found, Problem):
        return found
    source, data = found
    try:
        return Transcript.from_bytes(source, data)
    except UnicodeDecodeError:
        target, _, ptr = witness_source(tree)
        return Problem(str(path), ptr.sourceline, 1, f"witness <ptr target=\"{target}\">: the file is not UTF-8 text", "fidelity")


def verified_witness(path: Path, tree: etree._ElementTree) -> tuple[Path, bytes] | Problem | None:
    """The witness's file and its bytes, or the Problem that keeps it from being used, or None
    when the TEI declares no transcript.

    The witness is data of the edition: its reference must name a regular file inside the
    edition's tree (edition/paths.py), and the file's sha256 must be the one the header
    declares. Both are checked before any of its content is used, and a refusal never
    quotes the file."""
    source = witness_source(tree)
    if source is None:
        return None
    target, declared, ptr = source

    def refused(message: str) -> Problem:
        return Problem(str(path), ptr.sourceline, 1, f"witness <ptr target=\"{target}\">: {message}", "fidelity")

    if not declared:
        return refused("its sha256 is not declared (idno type=\"sha256\"): a witness is read only against its checksum")
    try:
        source = inside_edition(path, target)
        data = read_bytes(source)
    except OutsideEdition as exc:
        return refused(str(exc))
    except InputError as exc:
        return refused(exc.problem.message)
    digest = hashlib.sha256(data).hexdigest()
    if digest != declared:
        return refused(f"the file has sha256 {digest}, the header declares {declared}; it is not read")
    return source, data


def encoded_lines(source_text: str, name: str) -> list[EncodedLine]:
    out = saxon.transform(DIPLOMATIC, source_text, name).main
    lines, flow = [], -1
    for raw in out.split("\n"):
        if raw.startswith("#"):
            flow += 1  # "#text", "#note N": a new flow begins
            continue
        if "\t" not in raw:
            continue
        n, text = raw.split("\t", 1)
        lines.append(EncodedLine(int(n), text, flow))
    return lines


def tokens(text: str) -> list[str]:
    return text.split()


# what a fidelity verdict depends on besides the text and the witness: this code and the
# stylesheets that number the encoded lines
VERDICT_INPUTS = (Path(__file__), Path(__file__).with_name("transcript.py"),
                  saxon.XSLT_DIR / "text" / "diplomatic-lines.xsl", *sorted((saxon.XSLT_DIR / "common").glob("*.xsl")))


def remembered_check(path: Path, tree: etree._ElementTree, source_text: str) -> list[Problem]:
    """check(), remembered (edition/cache.py) under the checksum of the text, the witness's
    bytes and everything the verdict depends on: the same verdict, without the transform."""
    found = verified_witness(path, tree)
    if found is None:
        return []
    if isinstance(found, Problem):
        return [found]
    from importlib.metadata import version

    from . import cache

    name = cache.key("fidelity/1", version("saxonche"), source_text.encode("utf-8"), found[1],
                     *(p.read_bytes() for p in VERDICT_INPUTS))
    return cache.remember_problems("fidelity", name, path, lambda: check(path, tree, source_text))


def check(path: Path, tree: etree._ElementTree, source_text: str) -> list[Problem]:
    transcript = read_witness(path, tree)
    if transcript is None:
        return []
    if isinstance(transcript, Problem):
        return [transcript]
    problems: list[Problem] = []

    lb_lines: dict[int, list[int]] = {}
    for lb in tree.iterfind(".//tei:text//tei:lb", NS):
        if (lb.get("n") or "").isdigit():
            lb_lines.setdefault(int(lb.get("n")), []).append(lb.sourceline)

    def where(n: int, k: int = 0) -> int:
        return lb_lines.get(n, [0])[min(k, len(lb_lines.get(n, [0])) - 1)]

    kept = {ln.number: ln for ln in transcript.kept_lines()}
    repeats = transcript.repeated_line_numbers()
    seen: dict[int, int] = {}
    last_in_flow: dict[int, int] = {}
    for line in encoded_lines(source_text, str(path)):
        k = seen.get(line.n, 0)
        seen[line.n] = k + 1
        at = where(line.n, k)
        if k:
            problems.append(Problem(str(path), at, 1, f"transcript line {line.n} is encoded {k + 1} times "
                                    f"(a duplicated passage?)", "fidelity"))
            continue
        if line.n not in kept:
            why = ("a dropped repeat" if line.n in repeats else
                   "blank" if line.n <= len(transcript.lines) else "beyond the end of the transcript")
            problems.append(Problem(str(path), at, 1, f"<lb n=\"{line.n}\"/>: transcript line {line.n} is {why}", "fidelity"))
            continue
        if line.n < last_in_flow.get(line.flow, 0):
            problems.append(Problem(str(path), at, 1, f"transcript line {line.n} comes after line "
                                    f"{last_in_flow[line.flow]}: the text is out of order", "fidelity"))
        last_in_flow[line.flow] = line.n
        expected = tokens(kept[line.n].text)
        got = tokens(line.text)
        if expected != got:
            problems.append(Problem(str(path), at, 1, f"line {line.n} differs from the transcript: "
                                    f"{describe(expected, got)}", "fidelity"))
    for n in sorted(set(kept) - set(seen)):
        before = max((m for m in seen if m < n), default=None)
        hint = f" (it belongs after line {before})" if before else ""
        problems.append(Problem(str(path), where(before) if before else 1, 1,
                                f"transcript line {n} is missing from the TEI{hint}: {kept[n].text.strip()!r}",
                                "fidelity"))
    return problems


def describe(expected: list[str], got: list[str]) -> str:
    """The first divergence, with a few words of context on each side."""
    matcher = difflib.SequenceMatcher(a=expected, b=got, autojunk=False)
    for op, a1, a2, b1, b2 in matcher.get_opcodes():
        if op == "equal":
            continue
        context = " ".join(expected[max(0, a1 - 3):a1])
        lost = " ".join(expected[a1:a2])
        added = " ".join(got[b1:b2])
        parts = []
        if lost:
            parts.append(f"transcript has {lost!r}")
        if added:
            parts.append(f"TEI has {added!r}")
        return f"after {context!r}: " + " but ".join(parts) if context else " but ".join(parts)
    return "the lines differ"


"""Helpers for the one-off markup scripts: regex tagging on a TEI file's text.

The TEI is treated as a string. Line breaks (<lb/>) inside running text are swapped
for single private-use characters so that a pattern can match a name that runs over
a line end ("Budu Mdi-<lb break="no"/>vani"); every other tag ends a run of text, so
a new element never crosses an existing one. Used by scripts/tag_*.py, which were
run once; the TEI, not these scripts, is the source of truth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

LB_RE = re.compile(r'(\s*)<lb n="(\d+)"( break="no")?/>')
TAG_RE = re.compile(r"<[^>]+>")
BR, NB = 0xF0000, 0x100000  # lb, lb break="no": one character each, carrying the line number

SP = r"(?:\s|[\U000F0000-\U000FFFFD])+"  # a space or a line break between words
HY = r"[\U00100000-\U0010FFFD]?"  # a line break inside a word


def word_pattern(form: str) -> str:
    """A regex for a written form that tolerates line breaks inside and between words."""
    out = []
    for ch in form:
        if ch == " ":
            out.append(SP)
        else:
            out.append(re.escape(ch) + HY)
    return "".join(out).removesuffix(HY)


def encode_lbs(xml: str) -> str:
    def repl(m):
        ws, n, nobreak = m.group(1), int(m.group(2)), m.group(3)
        return ws + chr((NB if nobreak else BR) + n)

    return LB_RE.sub(repl, xml)


def decode_lbs(xml: str) -> str:
    def repl(m):
        c = ord(m.group(0))
        if c >= NB:
            return f'<lb n="{c - NB}" break="no"/>'
        return f'<lb n="{c - BR}"/>'

    return re.sub("[\U000F0000-\U0010FFFD]", repl, xml)


@dataclass
class Rule:
    element: object  # the start tag to insert, e.g. '<persName ref="#per-lenin">', or a function of the match
    pattern: str  # regex on the encoded text; group "m" (if present) is what gets tagged
    skip_inside: set[str] = field(default_factory=set)  # element names whose text is left alone
    only_inside: set[str] | None = None
    name: str = ""  # the element's name when element is a function


def apply_rules(xml: str, rules: list[Rule], start_at: str = "<text>", stop_at: str = "</text>") -> tuple[str, dict]:
    """Apply each rule in turn to the text runs between start_at and stop_at."""
    counts: dict[str, int] = {}
    head, rest = xml.split(start_at, 1)
    body, tail = rest.split(stop_at, 1)
    body = encode_lbs(body)
    for rule in rules:
        body, n = _apply(body, rule)
        key = rule.element if isinstance(rule.element, str) else rule.pattern
        counts[key] = counts.get(key, 0) + n
    return head + start_at + decode_lbs(body) + stop_at + tail, counts


def _apply(body: str, rule: Rule) -> tuple[str, int]:
    probe = rule.element if isinstance(rule.element, str) else rule.name
    name = re.match(r"<?([\w:]+)", probe).group(1)
    regex = re.compile(rule.pattern)
    out, stack, count = [], [], 0
    pos = 0
    for m in TAG_RE.finditer(body):
        out.append(_sub_run(body[pos:m.start()], stack, rule, regex, name, lambda: None))
        tag = m.group(0)
        out.append(tag)
        tname = re.match(r"</?([\w:]+)", tag).group(1) if not tag.startswith(("<!", "<?")) else None
        if tname and not tag.endswith("/>"):
            if tag.startswith("</"):
                while stack and stack.pop() != tname:
                    pass
            else:
                stack.append(tname)
        pos = m.end()
    out.append(body[pos:])
    new = "".join(out)
    return new, new.count(f"</{name}>") - body.count(f"</{name}>")


def _sub_run(run, stack, rule, regex, name, _):
    if not run or set(stack) & (rule.skip_inside | {name}):
        return run
    if rule.only_inside is not None and not set(stack) & rule.only_inside:
        return run

    def repl(m):
        start = rule.element(m) if callable(rule.element) else rule.element
        if "m" in regex.groupindex:
            a, b = m.span("m")
            a -= m.start()
            b -= m.start()
            whole = m.group(0)
            return whole[:a] + start + whole[a:b] + f"</{name}>" + whole[b:]
        return start + m.group(0) + f"</{name}>"

    return regex.sub(repl, run)


def hide_editors_notes(xml: str) -> str:
    """Rename the editors' notes (apparatus, commentary) so that rules can skip them
    (skip_inside={"note_editorial"}); reveal_editors_notes() undoes it."""
    xml = re.sub(r'<note (type="(?:apparatus|commentary)")', r"<note_editorial \1", xml)
    return re.sub(r"(<note_editorial [^>]*>.*?)</note>", r"\1</note_editorial>", xml, flags=re.S)


def reveal_editors_notes(xml: str) -> str:
    return xml.replace("<note_editorial ", "<note ").replace("</note_editorial>", "</note>")


def tag_file(path, rules: list[Rule]) -> dict:
    """Apply rules to the running text of a TEI file in place, leaving the editors' notes alone."""
    xml = hide_editors_notes(path.read_text(encoding="utf-8"))
    out, counts = apply_rules(xml, rules)
    path.write_text(reveal_editors_notes(out), encoding="utf-8")
    return counts

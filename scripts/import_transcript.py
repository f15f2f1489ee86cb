"""Draft the TEI document from the transcript. Run ONCE; kept for provenance.

This script produced the first draft of ``tei/turk-rus-iliskileri.xml`` on
2026-11-25. Since then the TEI, not this script, is the source of truth: it has
been edited by hand (header, editorial layer) and must not be regenerated over.
Running the script again writes to ``build/draft.xml`` for comparison only.

What it did, mechanically:
- dropped the transcript lines that repeat earlier lines (computed by
  ``edition.transcript.find_repeats``, the same code the fidelity check uses);
- turned every kept line into ``<lb n="…"/>`` with the transcript line number,
  joining words hyphenated at a line end (``<lb break="no"/>``);
- split the text into divisions and paragraphs by the line table below, which
  an editor drew up by reading the transcript;
- moved each footnote text from its page end to the word its number was glued to;
- encoded “…” passages as quote/title/soCalled and author-date references as bibl.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from edition.transcript import Transcript  # noqa: E402

SOURCE = ROOT / "source" / "000_3e24223b1193f1a2.txt"

# One private-use character per line break, carrying the line number, so that
# regular expressions can work on running text without losing the lineation.
BR_BASE, NB_BASE = 0xF0000, 0x100000
BR = "[\U000F0000-\U000FFFFD]"
NB = "[\U00100000-\U0010FFFD]"
PB = "\uE002"
NOTE_BASE = 0xE100
SP = f"(?:[ ]|{BR})"

# --- the editor's line table -------------------------------------------------
# (kind, first line, last line); a paragraph takes every kept line in its range
# that is not a footnote line. Block quotations stay inside the paragraph that
# introduces them ("…şunları söylemiştir:").
FRONT = [
    ("abstract-tr", {"type": "abstract", "xml:lang": "tr"},
     [("head", 1, 1), ("p", 2, 15), ("keywords", 17, 18)]),
    ("abstract-en", {"type": "abstract", "xml:lang": "en"},
     [("head", 20, 20), ("p", 21, 36), ("keywords", 38, 39)]),
]
BODY = [
    ("intro", {"type": "introduction"},
     [("head", 41, 41), ("p", 42, 53), ("p", 55, 66), ("p", 68, 118), ("p", 120, 127)]),
    ("sec-1", {"type": "section", "n": "1"},
     [("head", 129, 129), ("p", 130, 144), ("p", 146, 167), ("p", 169, 187), ("p", 189, 242)]),
    ("sec-2", {"type": "section", "n": "2"},
     [("head", 244, 245), ("p", 247, 271), ("p", 273, 300), ("p", 302, 364), ("p", 366, 376),
      ("p", 378, 407), ("p", 409, 419), ("p", 421, 432)]),
    ("sec-3", {"type": "section", "n": "3"},
     [("head", 434, 434), ("p", 435, 444), ("p", 481, 496), ("p", 498, 520), ("p", 525, 540)]),
    ("sec-4", {"type": "section", "n": "4"},
     [("head", 542, 543), ("p", 545, 607), ("p", 609, 622), ("p", 624, 630), ("p", 632, 646),
      ("p", 652, 693), ("p", 737, 753), ("p", 755, 764), ("p", 766, 775)]),
    ("conclusion", {"type": "conclusion"},
     [("head", 781, 781), ("p", 782, 796), ("p", 798, 823), ("p", 858, 871)]),
]
FOOTNOTES = {1: (317, 318), 2: (319, 320), 3: (321, 323), 4: (394, 404), 5: (446, 447),
             6: (522, 524), 7: (562, 568), 8: (648, 651), 9: (777, 778), 10: (779, 780)}
# A footnote block closes a printed page: the next kept text line starts a new page.
PAGE_BREAK_BEFORE = {359, 405, 481, 525, 606, 652, 781}
BLOCK_QUOTE_LINES = {139, 182, 236, 260, 295, 359, 511, 536, 683}
TRUNCATED_NOTES = {10}

# “…” passages that are not quotations, by their first words.
TITLES = ("Dünya İşçilerine", "Türkiye İşçi ve", "Rusya’nın ve Doğu’nun", "Türk Komünistleri",
          "Sovyetler Tarafından")
SO_CALLED = ("Hasta", "Karadeniz Vakası", "Lenin’e hediye")

TR_FOLD = str.maketrans("çğıİöşüâîûÇĞÖŞÜÂÎÛ", "cgiiosuaiucgosuaiu")


def slug(text: str) -> str:
    text = text.translate(TR_FOLD)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def plain(s: str) -> str:
    """Text without line-break placeholders (break=no joins, break=yes is a space)."""
    s = re.sub(NB, "", s)
    return re.sub(BR, " ", s).replace(PB, "")


class Draft:
    def __init__(self, transcript: Transcript):
        self.t = transcript
        self.kept = {ln.number: ln for ln in transcript.kept_lines()}
        self.note_lines = {n for a, b in FOOTNOTES.values() for n in range(a, b + 1)}
        self.bibl: dict[str, dict] = {}
        self.next_note = 1

    # -- lines to a placeholder string
    def run(self, first: int, last: int, strip_number: str | None = None) -> str:
        out = ""
        for n in range(first, last + 1):
            if n not in self.kept or (n in self.note_lines and strip_number is None):
                continue
            text = " ".join(self.kept[n].text.split())
            if strip_number and not out:
                assert text.startswith(strip_number + " "), (n, text)
                text = text[len(strip_number) + 1:]
            if strip_number is None and not out and re.match(r"\d\. ", text):
                text = text[3:]  # section number goes to head/@n
            if n in PAGE_BREAK_BEFORE:
                out += PB
            if out.endswith("-"):
                out = out[:-1] + chr(NB_BASE + n)
            else:
                out += chr(BR_BASE + n)
            out += text
        return out

    # -- markup on the placeholder string
    def citations(self, s: str) -> str:
        def tbmm(m):
            key = f"bib-tbmm-zc-1-{m['vol']}"
            self.add_bibl(key, "parliamentary", f"TBMM ZC. I/{m['vol']}")
            return (f"<bibl>({m['pre']}<ref target=\"#{key}\">{m['ref']}</ref>{m['sep']}"
                    f"<citedRange unit=\"session\" from=\"{m['sn']}\" to=\"{m['sn']}\">{m['session']}</citedRange>"
                    f"{m['colon']}<citedRange unit=\"page\" from=\"{m['page']}\" to=\"{m['page']}\">{m['page']}</citedRange>)</bibl>")

        s = re.sub(rf"\((?P<pre>{SP}*)(?P<ref>TBMM ZC\. I/(?P<vol>\d+))(?P<sep>,{SP}*)"
                   rf"(?P<session>İ:{SP}*(?P<sn>\d+))(?P<colon>:{SP}*)(?P<page>\d+)\)", tbmm, s)

        def bca(m):
            code = plain(m["code"]).strip()
            key = "bib-bca-" + slug(code)
            self.add_bibl(key, "archival", "BCA, " + code)
            return f"<bibl>(<ref target=\"#{key}\">{m['ref']}</ref>)</bibl>"

        s = re.sub(rf"\((?P<ref>BCA,{SP}*(?P<code>[\d. ]+(?:{BR}[\d. ]+)?))\)", bca, s)

        def author_date(m):
            author = plain(m["author"]).strip()
            key = f"bib-{slug(author)}-{m['year']}"
            self.add_bibl(key, "unknown", f"{author} {m['year']}", author=author, year=m["year"])
            rng = plain(m["range"]).strip()
            a, _, b = rng.partition("-")
            return (f"<bibl>({m['pre']}<ref target=\"#{key}\">{m['author']}{m['sep']}{m['year']}</ref>"
                    f"{m['colon']}<citedRange unit=\"page\" from=\"{a}\" to=\"{b or a}\">{m['range']}</citedRange>)</bibl>")

        return re.sub(rf"\((?P<pre>{SP}*)(?P<author>[A-ZÇĞİÖŞÜ][^()\d<>]*?)(?P<sep>,?{SP}+)(?P<year>\d{{4}})"
                      rf"(?P<colon>:{SP}*)(?P<range>[\d\-]+(?:{BR}[\d\-]+)?)\)", author_date, s)

    def add_bibl(self, key, kind, label, author=None, year=None):
        self.bibl.setdefault(key, {"type": kind, "label": label, "author": author, "year": year})

    def quotations(self, s: str) -> str:
        def repl(m):
            inner, bibl = m["q"], m["bibl"]
            text = plain(inner).strip()
            lead = ""
            line_start = m["lead"] or ""
            if text.startswith(TITLES):
                el = '<title rendition="#ldq #rdq">'
                return f"{line_start}{el}{inner}</title>{m['ws']}{bibl or ''}"
            if text.startswith(SO_CALLED):
                el = '<soCalled rendition="#ldq #rdq">'
                return f"{line_start}{el}{inner}</soCalled>{m['ws']}{bibl or ''}"
            block = bool(line_start) and (ord(line_start) - BR_BASE) in BLOCK_QUOTE_LINES
            if block:
                return (f"{line_start}<cit rendition=\"#block\"><quote>{inner}</quote>"
                        f"{m['ws']}{bibl or ''}</cit>")
            if bibl:
                return f"{line_start}{lead}<cit><quote>{inner}</quote>{m['ws']}{bibl}</cit>"
            return f"{line_start}<quote>{inner}</quote>{m['ws']}"

        return re.sub(rf"(?P<lead>{BR})?“(?P<q>[^”]*)”(?P<ws>{SP}*)(?P<bibl><bibl>.*?</bibl>)?", repl, s)

    def note_markers(self, s: str) -> str:
        def repl(m):
            n = int(m["n"])
            if n != self.next_note:
                return m.group(0)
            self.next_note += 1
            return m["w"] + chr(NOTE_BASE + n)

        return re.sub(r"(?P<w>[^\W\d_])(?P<n>\d{1,2})(?=[\s.,;:]|$|[\U000F0000-\U0010FFFD])", repl, s)

    def inline(self, s: str) -> str:
        s = self.note_markers(s)
        s = self.citations(s)
        return self.quotations(s)

    def note(self, n: int) -> str:
        first, last = FOOTNOTES[n]
        s = self.quotations(self.run(first, last, strip_number=str(n)))
        s = re.sub(r"<title rendition", '<title level="a" rendition', s)
        gap = '<gap reason="lost"/>' if n in TRUNCATED_NOTES else ""
        return (f'<note type="authorial" place="foot" n="{n}" xml:id="fn-{n}">'
                f"{self.to_xml(s)}{gap}</note>")

    # -- placeholders to XML
    def to_xml(self, s: str) -> str:
        # a break before opening tags: whitespace before the tags, the lb inside them
        s = re.sub(rf"({BR})((?:<(?:cit|quote|bibl|title|soCalled)\b[^>]*>)+)",
                   lambda m: m[1] + m[2] + "\uE00F", s)

        out = []
        pending_lb = None
        for ch in s:
            c = ord(ch)
            if BR_BASE <= c < NB_BASE:
                pending_lb = c - BR_BASE
                out.append("\n")
                out.append(f'<lb n="{pending_lb}"/>')
            elif c >= NB_BASE:
                out.append(f'<lb n="{c - NB_BASE}" break="no"/>')
            elif ch == PB:
                out.append("\n<pb/>")
            elif NOTE_BASE < c < NOTE_BASE + 100:
                out.append(self.note(c - NOTE_BASE))
            else:
                out.append(ch)
        xml = "".join(out)
        # move an lb that stands right before hoisted opening tags inside them
        xml = re.sub(r'(<lb n="\d+"/>)((?:<[^/!][^>]*>)+)\uE00F', lambda m: m[2] + m[1], xml)
        return xml

    # -- structure
    def block(self, kind: str, first: int, last: int, p_id: str, p_n: str) -> str:
        if kind == "head":
            s = self.run(first, last)
            num = re.match(r"(\d)\. ", " ".join(self.kept[first].text.split()))
            attr = f' n="{num.group(1)}"' if num else ""
            return f"<head{attr}>{self.to_xml(s).lstrip()}</head>"
        if kind == "keywords":
            s = self.run(first, last)
            m = re.match(rf"(?P<lb>{BR})(?P<label>[^:]+:) (?P<terms>.*)\.$", s, re.S)
            terms = re.split(rf"(,{SP})", m["terms"])
            body = "".join(t if i % 2 else f"<term>{t}</term>" for i, t in enumerate(terms))
            return (f'<ab type="keywords">{self.to_xml(m["lb"]).lstrip()}<label>{m["label"]}</label> '
                    f"{self.to_xml(body)}.</ab>")
        s = self.inline(self.run(first, last))
        return f'<p xml:id="{p_id}" n="{p_n}">{self.to_xml(s)}</p>'

    def division(self, div_id: str, attrs: dict, blocks, counter: list[int], numbered: bool) -> str:
        attr = "".join(f' {k}="{v}"' for k, v in attrs.items())
        parts = [f'<div xml:id="{div_id}"{attr}>']
        k = 0
        key = div_id.removeprefix("sec-")
        for kind, a, b in blocks:
            p_id = p_n = ""
            if kind == "p":
                k += 1
                p_id = f"p-{key}-{k}"
                if numbered:
                    counter[0] += 1
                    p_n = str(counter[0])
                else:
                    p_n = "Öz" if attrs.get("xml:lang") == "tr" else "Abstract"
            parts.append(self.block(kind, a, b, p_id, p_n))
        parts.append("</div>")
        return "\n".join(parts)

    def text(self) -> str:
        counter = [0]
        front = "\n".join(self.division(i, a, b, counter, False) for i, a, b in FRONT)
        body = "\n".join(self.division(i, a, b, counter, True) for i, a, b in BODY)
        assert self.next_note == 11, self.next_note
        return front, body

    def list_bibl(self) -> str:
        rows = []
        for key in sorted(self.bibl):
            b = self.bibl[key]
            if b["type"] == "unknown":
                rows.append(f'<bibl xml:id="{key}" type="unknown" subtype="author-date-only">'
                            f'<author>{b["author"]}</author> <date when="{b["year"]}">{b["year"]}</date></bibl>')
            else:
                rows.append(f'<bibl xml:id="{key}" type="{b["type"]}" subtype="author-date-only">'
                            f'<title>{b["label"]}</title></bibl>')
        return "\n".join(rows)


def main() -> None:
    draft = Draft(Transcript.read(SOURCE))
    front, body = draft.text()
    out = ROOT / "build" / "draft.xml"
    out.parent.mkdir(exist_ok=True)
    out.write_text(
        "<!-- draft text by scripts/import_transcript.py; header and back written by hand -->\n"
        f"<front>\n{front}\n</front>\n<body>\n{body}\n</body>\n"
        f"<back>\n<listBibl>\n{draft.list_bibl()}\n</listBibl>\n</back>\n",
        encoding="utf-8",
    )
    print(out)


if __name__ == "__main__":
    main()

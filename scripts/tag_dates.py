"""Tag every date expression of the text with a machine value. Run once (2026-11-25).

Full or partial ISO 8601 in @when, ranges in @from/@to, bounds in @notBefore/
@notAfter. A year the text leaves out and the editors infer from the context is
marked cert="high" evidence="conjecture" resp="#edition-team": all such dates of
this article fall in 1920 (the narrative of sections 2 and 4).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from markup_engine import HY, SP, Rule, tag_file, word_pattern  # noqa: E402

TEI = Path(__file__).resolve().parent.parent / "tei" / "turk-rus-iliskileri.xml"
MONTHS = {"Ocak": 1, "Şubat": 2, "Mart": 3, "Nisan": 4, "Mayıs": 5, "Haziran": 6, "Temmuz": 7,
          "Ağustos": 8, "Eylül": 9, "Ekim": 10, "Kasım": 11, "Aralık": 12}
MONTH = "(?:" + "|".join(word_pattern(m) for m in MONTHS) + ")"
SKIP = {"bibl", "title", "date", "rdg", "note_editorial", "teiHeader"}
CONJ = 'cert="high" evidence="conjecture" resp="#edition-team"'
INFERRED_YEAR = 1920


def plain(s: str) -> str:
    return re.sub("[\U000F0000-\U0010FFFD]", "", s)


def month(s: str) -> int:
    return MONTHS[plain(s)]


def iso(y, m=None, d=None) -> str:
    out = f"{int(y):04d}"
    if m:
        out += f"-{int(m):02d}"
    if d:
        out += f"-{int(d):02d}"
    return out


def rule(pattern, make):
    return Rule(element=make, pattern=pattern, skip_inside=SKIP, name="date")


D = r"(?P<d>\d{1,2})"
Y = r"(?P<y>1[89]\d\d)"
END = r"(?![\w\d])"

RULES = [
    rule(rf"(?P<m>1921 yılı{HY}nın Kânûn-i Sânî)(?=’)",
         lambda m: '<date when="1921-01" calendar="#rumi">'),
    rule(rf"(?P<m>1923)(?=’e kadar)", lambda m: '<date notAfter="1923">'),
    rule(rf"(?P<m>XX\. Yüzyıl’ın ilk çeyreği)(?=nde)", lambda m: '<date notBefore="1901" notAfter="1925">'),
    rule(rf"(?P<m>XX\. Yüzyıl)(?=’)", lambda m: '<date notBefore="1901" notAfter="2000">'),
    rule(rf"(?P<m>the 20th{SP}century)", lambda m: '<date notBefore="1901" notAfter="2000">'),
    rule(rf"(?P<m>25/26{SP}{word_pattern('Mayıs')}{SP}gecesi)",
         lambda m: f'<date from="{INFERRED_YEAR}-05-25" to="{INFERRED_YEAR}-05-26" {CONJ}>'),
    rule(rf"(?P<m>yirmi iki {word_pattern('Mayıs')})(?=ta)",
         lambda m: f'<date when="{INFERRED_YEAR}-05-22" {CONJ}>'),
    rule(rf"(?P<m>{word_pattern('Aralık ayı başları')})(?=nda)",
         lambda m: f'<date notBefore="{INFERRED_YEAR}-12-01" notAfter="{INFERRED_YEAR}-12-10" {CONJ}>'),
    # 30 Mart- 3 Nisan 1918
    rule(rf"(?P<d1>\d{{1,2}}){SP}(?P<m1>{MONTH})-{SP}?(?P<d2>\d{{1,2}}){SP}(?P<m2>{MONTH}){SP}{Y}{END}",
         lambda m: f'<date from="{iso(m["y"], month(m["m1"]), m["d1"])}" to="{iso(m["y"], month(m["m2"]), m["d2"])}">'),
    # 28-29 Ocak 1921
    rule(rf"(?P<d1>\d{{1,2}})-(?P<d2>\d{{1,2}}){SP}(?P<mo>{MONTH}){SP}{Y}{END}",
         lambda m: f'<date from="{iso(m["y"], month(m["mo"]), m["d1"])}" to="{iso(m["y"], month(m["mo"]), m["d2"])}">'),
    rule(rf"(?<![\d/]){D}{SP}(?P<mo>{MONTH}){SP}{Y}{END}",
         lambda m: f'<date when="{iso(m["y"], month(m["mo"]), m["d"])}">'),
    rule(rf"(?P<mo>{MONTH}){SP}{Y}{END}",
         lambda m: f'<date when="{iso(m["y"], month(m["mo"]))}">'),
    # a day and month whose year the context gives
    rule(rf"(?<![\d/]){D}{SP}(?P<mo>{MONTH})(?=’|{SP}tarihli)",
         lambda m: f'<date when="{iso(INFERRED_YEAR, month(m["mo"]), m["d"])}" {CONJ}>'),
    rule(rf"(?<![\d\w.]){Y}(?=’)", lambda m: f'<date when="{m["y"]}">'),
]


def main() -> None:
    counts = tag_file(TEI, RULES)
    print(sum(counts.values()), "dates")


if __name__ == "__main__":
    main()

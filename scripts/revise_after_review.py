"""Corrections after a scholarly review of the tagging. Run once (2026-11-25).

Each change answers a finding of the review: untagged names (Misak-ı Millî, the
Straits, the Western Front, two armies), places inside event names (Sevr, Mondros),
suffixes moved out of plural names (Bolşevikler-in) as the header now declares, a
government told apart from its party, two Old Style dates, two untagged dates, a
spacing error, and commentary corrected or added. The TEI is the source of truth.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from markup_engine import Rule, apply_rules, hide_editors_notes, reveal_editors_notes, word_pattern  # noqa: E402

TEI = Path(__file__).resolve().parent.parent / "tei" / "turk-rus-iliskileri.xml"
SKIP = {"bibl", "title", "date", "rdg", "note_editorial", "teiHeader", "label"}
B = r"(?<![\w’'\-])"
ED = 'resp="#edition-team"'


def replace_once(s: str, old: str, new: str) -> str:
    assert s.count(old) == 1, (s.count(old), old)
    return s.replace(old, new)


def main() -> None:
    s = TEI.read_text(encoding="utf-8")

    # suffixes written on a plural name stay outside the tag, as for common-noun names
    for ref, stem in (("org-bolsevikler", "Bolşevikler"), ("org-mensevikler", "Menşevikler"),
                      ("org-sovyet-hukumeti", "Sovyetler")):
        s = re.sub(rf'(<orgName ref="#{ref}">)((?:[^<]|<lb [^>]*/>)*?{stem[-4:]})((?:iyle|in|le|e|den))</orgName>',
                   lambda m: m[1] + m[2] + "</orgName>" + m[3], s)
    s = replace_once(s, '<orgName ref="#org-ikdam">İkdam gazetesi</orgName>', '<orgName ref="#org-ikdam">İkdam</orgName> gazetesi')
    s = replace_once(s, '<persName ref="#per-mustafa-kemal">Mustafa Kemal</persName> Pasha</term>',
                     '<persName ref="#per-mustafa-kemal">Mustafa Kemal Pasha</persName></term>')
    s = re.sub(r'<orgName ref="#org-sovyet-hukumeti">Rusya Cumhuriyeti ve\s*(<lb n="142"/>)Hükümeti Halk Komiserleri Konseyi</orgName>',
               r'<placeName ref="#pla-sovyet-rusya">Rusya Cumhuriyeti</placeName> ve\n\1<orgName ref="#org-sovyet-hukumeti">Hükümeti Halk Komiserleri Konseyi</orgName>', s)
    assert '<placeName ref="#pla-sovyet-rusya">Rusya Cumhuriyeti</placeName>' in s
    s = replace_once(s, '<orgName ref="#org-musavat">Müsavat hükü<lb n="685" break="no"/>meti</orgName>',
                     '<orgName ref="#org-adc-hukumeti">Müsavat hükü<lb n="685" break="no"/>meti</orgName>')
    s = replace_once(s, 'ordunun Bolşevik ordusunun', 'ordunun <orgName ref="#org-kizil-ordu-11">Bolşevik ordusu</orgName>nun')
    s = replace_once(s, '<name type="event" ref="#evt-mondros">Mondros Mütarekesi</name>',
                     '<name type="event" ref="#evt-mondros"><placeName ref="#pla-mondros">Mondros</placeName> Mütarekesi</name>')
    s = s.replace('<name type="event" ref="#evt-sevr">Sevr Antlaşması</name>',
                  '<name type="event" ref="#evt-sevr"><placeName ref="#pla-sevr">Sevr</placeName> Antlaşması</name>')
    s = replace_once(s, 'tine girmiştir. Bu işgal,', 'tine girmiştir. Bu <rs type="event" ref="#evt-azerbaycan-isgali">işgal</rs>,')
    s = replace_once(s, 'Batı cephesine kaydırılmıştır', '<placeName ref="#pla-bati-cephesi">Batı cephesi</placeName>ne kaydırılmıştır')
    s = replace_once(s, 'Batı cep<lb n="430" break="no"/>hesine', '<placeName ref="#pla-bati-cephesi">Batı cep<lb n="430" break="no"/>hesi</placeName>ne')
    s = re.sub(r've (<orgName ref="#org-dogu-ordusu">)?Türk\s*\n<lb n="431"/>ordusunun taarruz',
               've <orgName ref="#org-turk-ordusu">Türk\n<lb n="431"/>ordusu</orgName>nun taarruz', s)
    assert 'ref="#org-turk-ordusu"' in s

    # dates: Old Style (Julian) dates of Soviet documents, and two the first pass missed
    s = replace_once(s, '<date when="1917-11-20">20 Kasım 1917</date>',
                     '<date when="1917-12-03" calendar="#julian" xml:id="a-julian-1">20 Kasım 1917</date>')
    s = replace_once(s, '<date when="1917-11-09">9 Kasım 1917</date>',
                     f'<date when="1917-11-22" calendar="#julian" cert="medium" {ED} xml:id="a-julian-2">9 Kasım 1917</date>')
    s = replace_once(s, 'arkadaşlarının ikinci ölüm yıl dönümünde',
                     f'arkadaşlarının <date from="1923-01-28" to="1923-01-29" cert="medium" evidence="conjecture" {ED}>ikinci ölüm yıl dönümü</date>nde')
    s = re.sub(r'(<quote[^>]*>)bizim yüzyılda', r'\1bizim <date notBefore="1901" notAfter="2000">yüzyıl</date>da', s)
    assert '<date notBefore="1901" notAfter="2000">yüzyıl</date>da' in s
    s = replace_once(s, 'Mart- 3 Nisan 1918</date>',
                     f'Mart<app type="spacing"><lem {ED}>-</lem><rdg wit="#T">- </rdg></app>3 Nisan 1918</date>')

    # names the first pass did not know: the National Pact, the Straits
    xml = hide_editors_notes(s)  # the editors' notes are not tagged
    rules = [
        Rule('<name type="event" ref="#evt-misak-i-milli">', B + word_pattern("Misak-ı Millî") + r"(?!\w)", SKIP | {"name", "rs"}),
        Rule('<placeName ref="#pla-bogazlar">', B + r"(?:B|b)" + word_pattern("oğazlar")[0:] , SKIP | {"placeName", "orgName"}),
    ]
    xml, counts = apply_rules(xml, rules)
    s = reveal_editors_notes(xml)
    print(counts)

    # header: the conventions as they now stand
    s = replace_once(s, 'a suffix written without apostrophe stays inside (<mentioned>Bolşeviklerin</mentioned>)',
                     'where a name ends in a common noun or a plural, the suffix written on it stays outside too '
                     '(<mentioned>Balkan savaşları</mentioned>-nın, <mentioned>Bolşevikler</mentioned>-in)')
    s = replace_once(s, 'authors cited as authorities are authors of the bibliography, not persons of the register.',
                     'authors who appear only in references are authors of the bibliography, not persons of the register; '
                     'a scholar whose argument the text reports (Akdes Nimet Kurat, footnote 4) is a person.')
    s = replace_once(s, 'Where the text gives day and month only,',
                     'Dates of Soviet documents given in the Old Style (Julian) calendar carry <att>calendar</att>="#julian" '
                     'and their Gregorian value. Where the text gives day and month only,')
    s = replace_once(s, '</calendarDesc>', '<calendar xml:id="julian"><p xml:lang="en">The Julian calendar (Old Style), in use in Russia until February 1918, thirteen days behind the Gregorian calendar in 1917. Such a date is encoded with <att>calendar</att>="#julian" and its Gregorian value in <att>when</att>.</p></calendar>\n</calendarDesc>')
    s = s.replace("during the National Struggle (1919–1923)", "during the National Struggle (1918–1923)")
    s = s.replace("Millî Mücadele döneminde (1919–1923)", "Millî Mücadele döneminde (1918–1923)")

    # commentary: corrections and additions
    s = replace_once(s, "the date is January 1921 (Rumi year 1336)", "the date is January 1921 (Rumi year 1337)")
    s = replace_once(s, "the reference given just before it (Perinçek 2014: 35) may be its source.",
                     "Ertürk’s memoirs were published by Samih Nafiz Tansu, and the article cites Tansu 2011 a few lines later "
                     "(line 195) for what Budiyeni asked; that book is the likely source.")
    s = replace_once(s, "The speech dates the rising in Ganja to 22 May;",
                     "The speech dates the corps commander’s move against the rebels to 22 May (“yirmi iki Mayısta”);")
    extra = [
        ("a-julian-1 a-julian-2",
         "Russian dates of 1917 are often given in the Old Style (Julian) calendar, thirteen days behind. The appeal of Lenin "
         "and Stalin “To all the toiling Muslims of Russia and the East” is dated 20 November (3 December) 1917; the "
         "publication of the secret treaties, which the article dates 9 November, began on 9 (22) November 1917. The "
         "edition gives the Gregorian values; the second is less certain."),
        ("a-amalini",
         "“amalini”: Ottoman Turkish âmâl, “aims, hopes” (with the possessive suffix), as the letter of 26 April 1920 "
         "was rendered in the source the article quotes; kept as written."),
    ]
    s = replace_once(s, 'Bolşevik esasları ve amalini kabul ettirmeyi</quote>',
                     'Bolşevik esasları ve <seg xml:id="a-amalini">amalini</seg> kabul ettirmeyi</quote>')
    last = max(int(n) for n in re.findall(r'xml:id="c-(\d+)"', s))
    notes = "".join(
        f'<note type="commentary" xml:id="c-{last + k}" target="{" ".join("#" + t for t in targets.split())}" {ED}>{text}</note>\n'
        for k, (targets, text) in enumerate(extra, start=1))
    s = replace_once(s, "</div>\n</back>", notes + "</div>\n</back>")
    TEI.write_text(s, encoding="utf-8")


if __name__ == "__main__":
    main()

"""Apply the scholarly review of issue 16 to the TEI. Run once (2026-11-30); the TEI is the
source of truth afterwards, and this script records what was changed and on what evidence.

- Authority identifiers: every register entry gets the list verified in
  scripts/research/authority_{persons,places,orgs_events}.json (each identifier there with the
  stored page or package record that verified it). A few identifiers the research offered on
  evidence too weak to stand are left out (WEAK below).
- Identification notes: the research's proposed notes where an entry's judgement changed,
  reworded where they named web sites rather than sources (NOTES below).
- Azerbaycan: the state of 1918-1920 and the country in general become two entries; each
  occurrence is pointed at the one it means (AZERBAIJAN below, by transcript line).
- Commentary: a note on the date of the Gümrü talks (a new anchor on the text's date) and the
  note on the secret treaties rewritten; the notes renumbered c-1…c-N in text order.
- Bibliography: notes on Kardaş 2015 and 2017 (scripts/research/facts_review16.json).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
TEI = ROOT / "tei" / "turk-rus-iliskileri.xml"
RESEARCH = ROOT / "scripts" / "research"
T = "http://www.tei-c.org/ns/1.0"
NS = {"t": T}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# identifiers the research offered whose only evidence is too weak to give them
WEAK = {
    # the only copy found is a Japanese machine translation of the article
    ("per-ahmet-muhtar", "https://en.wikipedia.org/wiki/Ahmet_Muhtar_Mollaoğlu"),
}

# Turkish Wikipedia and TDV articles of places found in a second search
# (authority_places_tr.json), less those whose subject is not quite the entry's
SECOND_SEARCH = "authority_places_tr.json"
NOT_THE_ENTRY = {
    ("pla-kars", "https://tr.wikipedia.org/wiki/Kars_(merkez)"),  # the district, not the city
    ("pla-nahcivan", "https://islamansiklopedisi.org.tr/nahcivan"),  # the city, not the region
}
# the order of an entry's identifiers: Wikipedia in English, in Turkish, in another language;
# then Wikidata, TDV İslâm Ansiklopedisi, GeoNames
ORDER = ("en.wikipedia", "tr.wikipedia", "wikipedia", "wikidata", "tdvia", "geonames")

NOTES: dict[str, dict[str, str]] = {
    "evt-birinci-dunya-savasi": {
        "tr": "Osmanlı Devleti savaşa 1914’te girmiş ve makalede de belirtildiği gibi 30 Ekim 1918 tarihli Mondros Mütarekesi ile savaştan çıkmıştır; savaşın kendisi 28 Temmuz 1914’ten Almanya ile yapılan 11 Kasım 1918 mütarekesine kadar sürmüştür.",
        "en": "The Ottoman Empire entered the war in 1914 and left it with the Armistice of Mudros of 30 October 1918, as the article says; the war itself lasted from 28 July 1914 to the armistice with Germany of 11 November 1918.",
    },
    "evt-lozan": {
        "tr": "Metin “Lozan görüşmeleri” der. Konferans 20 Kasım 1922’de açılmış, ilk çalışma oturumunu 21 Kasım’da yapmış; 4 Şubat 1923’te kesilmiş, 23 Nisan’da yeniden toplanmış ve 24 Temmuz 1923’te Lozan Antlaşması’nın imzalanmasıyla sona ermiştir.",
        "en": "The text says ‘Lozan görüşmeleri’ (the Lausanne negotiations). The conference was opened on 20 November 1922 and held its first working session on 21 November; it was interrupted on 4 February 1923, met again on 23 April and ended with the signing of the Treaty of Lausanne on 24 July 1923.",
    },
    "evt-dogu-harekati": {
        "tr": "Tarihler kaynağa göre değişir: çatışmalar 24 Eylül’den 18 Kasım 1920’ye ya da 2 Aralık 1920’ye kadar (Historical Dictionary of the Russian Civil Wars); İngilizce Vikipedi’nin Gümrü Antlaşması maddesi istilayı 12 Eylül 1920’den başlatır. 18 Kasım 1920’de mütareke yapılmış, ardından Gümrü’de (Aleksandropol) barış görüşmelerine geçilmiş (başlangıç tarihleri için bkz. editör açıklaması) ve Gümrü Antlaşması 2/3 Aralık 1920 gecesi imzalanmıştır.",
        "en": "Dates vary by source: hostilities from 24 September to 18 November 1920, or to 2 December 1920 (Historical Dictionary of the Russian Civil Wars); the English Wikipedia article on the Treaty of Alexandropol dates the invasion from 12 September 1920. An armistice was concluded on 18 November 1920; the peace talks at Gümrü (Alexandropol) followed (on their starting date see the editors’ commentary) and the Treaty of Gümrü was signed in the night of 2/3 December 1920.",
    },
    "pla-surra": None,  # the note stands; only the certainty falls (two villages of the name)
}
CERT = {"pla-surra": "low", "pla-nardaran": "low", "pla-azerbaycan": "high"}
BIRTH = {"per-nuri-pasa": "1890"}
DATES = {"evt-lozan": ("from", "1922-11-20")}  # the opening; the first working session was on the 21st

# the header: what kinds of identifier were verified, and the record of this change
HEADER = [
    ("Vikipedi maddeleri ise metinlerinin saklanmış kopyaları aracılığıyla tespit edilmiştir. Hiçbir Wikidata tanımlayıcısı doğrulanamadığından hiçbiri verilmemiştir.",
     "Vikipedi (İngilizce ve Türkçe) ve TDV İslâm Ansiklopedisi maddeleri ise metinlerinin saklanmış kopyaları aracılığıyla tespit edilmiştir; İngilizce bir madde bulunmadığında başka bir dildeki madde verilmiştir. Wikidata tanımlayıcıları burada doğrulanamamıştır (saklanmış hiçbir kopya bir kaydın tanımlayıcısını göstermiyordu); bu yüzden hiçbiri verilmemiştir."),
    ("Wikipedia articles were identified through stored copies of their text. No Wikidata identifier could be verified, so none is given.",
     "Wikipedia articles (English and Turkish) and articles of TDV İslâm Ansiklopedisi were identified through stored copies of their text; where no English article exists, one in another language is given. Wikidata identifiers could not be verified here (no stored copy showed an item’s id), so none is given."),
]
REVISION = {
    "tr": "Bağımsız bir okurun değerlendirmesi üzerine (iş 16): düzeltme kuralı müdahale türleriyle açıkça yazıldı ve Schematron ile denetlenir; tanığın bitişik/ayrı yazımı korunarak “bir takım”, “top yekûn”, “süre gelen” sözcüklerini birleştiren dört aparat kaydı kaldırıldı; “Vandov 2014” düzeltmesi orta kesinlikte bir tahmin olarak işaretlendi; “1921 … Kânûn-i Sânî” Rumi bir tarih olarak değil, Rumi ay adıyla verilmiş Gregoryen bir yıl olarak kodlandı; otorite bağlantıları yeniden denetlendi ve tamamlandı (scripts/research/authority_*.json; Scots, Galiçyaca ve Simple English bağlantıları ile sabit sürüm adresi kaldırıldı); Azerbaycan için 1918–1920 devleti ile genel olarak ülke iki ayrı kayda ayrıldı; Nardaran ve Surra tespitlerinin kesinliği düşürüldü; Nuri Paşa’nın doğum yılı ve Enver Paşa ile akrabalığı konusundaki kaynak farkı belirtildi; Gümrü görüşmelerinin başlangıç tarihi üzerine bir editör açıklaması eklendi, gizli antlaşmalar açıklaması düzeltildi ve açıklamalar yeniden numaralandı (c-11…c-19 birer kaydı); Kardaş 2015 ve 2017 girdilerine not eklendi (scripts/apply_review16.py).",
    "en": "After an independent reader's review (issue 16): the correction rule is stated kind by kind and checked by the Schematron; the witness's word division is kept, and the four apparatus entries that joined “bir takım”, “top yekûn”, “süre gelen” were removed; the correction “Vandov 2014” is marked as a conjecture of medium certainty; “1921 … Kânûn-i Sânî” is encoded as a Gregorian year with a Rumi month name, not as a Rumi date; the authority links were checked again and completed (scripts/research/authority_*.json; the Scots, Galician and Simple English links and a fixed-revision address removed); for Azerbaijan, the state of 1918–1920 and the country in general became two entries; the certainty of Nardaran and Surra was lowered; the sources' disagreement on Nuri Paşa's birth year and kinship with Enver Paşa is stated; a commentary note on the starting date of the Gümrü talks was added, the note on the secret treaties corrected, and the notes renumbered (c-11…c-19 each moved by one); notes added to Kardaş 2015 and 2017 (scripts/apply_review16.py).",
}  # the official registration (5 May 1890); the note gives the 1889 of other sources

# Azerbaycan: which occurrences mean the state of 1918-1920 (the existing entry, renamed) and
# which the Soviet republic; all others mean the country in general (the new entry)
AZERBAIJAN_STATE_LINES = {14, 35, 124, 282, 283, 286, 610, 637, 675, 677, 684, 766, 779}
AZERBAIJAN_SSR_LINES = {528}
AZERBAIJAN_GENERAL = """<place xml:id="pla-azerbaycan-ulke" type="region" cert="high"><placeName type="reg" xml:lang="tr">Azerbaycan (ülke)</placeName><placeName type="reg" xml:lang="en">Azerbaijan (the country)</placeName><placeName type="variant">Azerbaycan</placeName><placeName type="variant" xml:lang="en">Azerbaijan</placeName><idno type="wikipedia">https://en.wikipedia.org/wiki/Azerbaijan</idno><note type="identification" xml:lang="tr">Metin “Azerbaycan” adını çoğu yerde belirli bir devleti değil, ülkeyi, toprağını ve halkını (“Azerbaycan Türkleri”) anlatmak için kullanır: bağımsızlıktan önce (1918 Mart–Nisan katliamları), Çarlık ve Sovyet dönemleri boyunca ve sonuç bölümünde. Bu kayıt o kullanımları toplar; bağlantı verilen madde ülkenin bütün dönemlerini ele alır. 1918–1920 devleti için bkz. Azerbaycan Halk Cumhuriyeti, Nisan 1920 sonrasının Sovyet cumhuriyeti için Azerbaycan Sovyet Sosyalist Cumhuriyeti. Her geçişin hangi kayda bağlandığı editörlerin okumasıdır.</note><note type="identification" xml:lang="en">In most places the text uses ‘Azerbaycan’ not for a particular state but for the country, its land and its people (‘Azerbaycan Türkleri’): before independence (the massacres of March–April 1918), across the Tsarist and Soviet periods, and in the conclusion. This entry gathers those uses; the linked article covers the country in all its periods. For the state of 1918–1920 see the Azerbaijan Democratic Republic, for the Soviet republic after April 1920 the Azerbaijan Soviet Socialist Republic. Which entry each occurrence points to is the editors’ reading.</note></place>"""
AZERBAIJAN_STATE_NAMES = ("Azerbaycan Halk Cumhuriyeti", "Azerbaijan Democratic Republic")
AZERBAIJAN_STATE_NOTES = {
    "tr": "Metnin 28 Mayıs 1918 – 28 Nisan 1920 arasındaki Azerbaycan devletini kastettiği yerler (Türkçede Azerbaycan Halk Cumhuriyeti ya da Azerbaycan Demokratik Cumhuriyeti); metin onu da yalnızca “Azerbaycan” diye anar. Aynı ad ülke için genel olarak da kullanılır (bkz. Azerbaycan (ülke)); Nisan 1920 sonrasının Sovyet cumhuriyeti için bkz. Azerbaycan Sovyet Sosyalist Cumhuriyeti. Her geçişin hangi kayda bağlandığı editörlerin okumasıdır.",
    "en": "Where the text means the Azerbaijani state of 28 May 1918 – 28 April 1920 (in Turkish the Azerbaycan Halk Cumhuriyeti or Azerbaycan Demokratik Cumhuriyeti), which it too calls simply ‘Azerbaycan’. The same name is also used for the country in general (see Azerbaijan (the country)); for the Soviet republic after April 1920 see the Azerbaijan Soviet Socialist Republic. Which entry each occurrence points to is the editors’ reading.",
}

GUMRU_ANCHOR = "a-gumru-gorusmeleri"
GUMRU_COMMENTARY = {
    "tr": "Makale Gümrü (Aleksandropol) barış görüşmelerinin başlangıcını 22 Kasım 1920 olarak verir; görüşmelerin açılışı ise başka kaynaklarda daha geç tarihlendirilir: Ermeni tarafı 25 Kasım’ı, görüşmeler üzerine yapılmış bir Türk çalışması 26 Kasım – 2 Aralık 1920’yi verir. Mütareke 18 Kasım’da yapılmış, Ermeni heyeti Aleksandropol’e 23 Kasım’da yola çıkmıştır; 22 Kasım, Türkçe başvuru metinlerinde geçmekle birlikte, o gün ne olduğunu belirten bir kaynağa rastlanmamıştır. Antlaşma 2/3 Aralık 1920 gecesi imzalanmıştır. Edisyon makalenin tarihini korur ve ona değerini verir; görüşmelerin 25 ya da 26 Kasım’da açıldığı konusunda bir tercih yapmaz.",
    "en": "The article dates the start of the Gümrü (Alexandropol) peace talks to 22 November 1920; other sources date their opening later: the Armenian side gives 25 November, a Turkish study of the negotiations 26 November – 2 December 1920. The armistice had been concluded on 18 November, and the Armenian delegation set out for Alexandropol on 23 November; 22 November occurs in Turkish reference works, but no source was found that says what happened on that day. The treaty was signed in the night of 2/3 December 1920. The edition keeps the article’s date and gives it its value; it does not decide whether the talks opened on 25 or 26 November.",
}
SECRET_TREATIES = {
    "tr": "1917 yılına ait Rus tarihleri çoğu zaman, Gregoryen takvimden on üç gün geride olan eski usul (Jülyen takvimi) ile verilir. Lenin ve Stalin’in “Rusya’nın ve Doğu’nun Bütün Müslüman Emekçilerine” başlıklı çağrısı 20 Kasım (3 Aralık) 1917 tarihlidir. Makalenin gizli antlaşmaların açıklanması için verdiği 9 Kasım, Troçki’nin bu belgelerin yayımlanmasına dair açıklamasının eski usule göre tarihidir: 9 (22) Kasım 1917. Sykes-Picot Antlaşması da içinde olmak üzere ilk belgeler ertesi gün, 10 (23) Kasım 1917’de İzvestiya ve Pravda’da basılmış, bunu başka belge dizileri izlemiştir. Edisyon makalenin tarihini açıklamanın tarihi olarak okur ve Gregoryen değerini (22 Kasım 1917) verir; bu okuma bir çıkarımdır.",
    "en": "Russian dates of 1917 are often given in the Old Style (Julian) calendar, thirteen days behind the Gregorian. The appeal of Lenin and Stalin “To all the toiling Muslims of Russia and the East” is dated 20 November (3 December) 1917. The 9 November that the article gives for the disclosure of the secret treaties is the Old Style date of Trotsky’s statement on their publication: 9 (22) November 1917. The first documents, the Sykes–Picot Agreement among them, were printed in Izvestiya and Pravda the next day, 10 (23) November 1917, and further instalments followed. The edition reads the article’s date as that of the statement and gives its Gregorian value (22 November 1917); this reading is an inference.",
}
KARDAS = {
    "bib-kardas-2015": {
        "tr": "Makalede yalnızca “Kardaş 2015: 179-180” biçiminde, Ermeni silahlı gruplarının 1918’de Azerbaycan’a yönelmesi bağlamında anılır. Makalenin kaynakçası kayıp olduğundan yazarın adı, eserin başlığı ve yayın bilgileri belirlenememiştir; sayfa numaraları uzunca bir esere (kitap ya da tez) işaret eder. “Kardaş 2017” ile aynı eserin iki ayrı yılla anılması mı, aynı yazarın iki ayrı eseri mi (ör. bir tez ve ondan çıkan bir yayın), yoksa aynı soyadını taşıyan iki yazarın eserleri mi olduğu bilinmemektedir; edisyon, makalenin iki ayrı yılını iki ayrı girdi olarak korur.",
        "en": "Cited in the article only as “Kardaş 2015: 179-180”, on Armenian armed groups turning to Azerbaijan in 1918. The article’s bibliography is lost, so the author’s forename, the title and the publication details could not be established; the page numbers point to a longer work (a book or a thesis). Whether “Kardaş 2017” is the same work cited with another year, another work of the same author (e.g. a thesis and a publication drawn from it) or a work of another author of the same surname is not known; the edition keeps the article’s two years as two entries.",
    },
    "bib-kardas-2017": {
        "tr": "Makalede yalnızca “Kardaş 2017: 13-14” biçiminde, Çiçerin’in Sovyet Rusya’nın Azerbaycan petrolüne muhtaç olduğuna dair sözü bağlamında anılır. Makalenin kaynakçası kayıp olduğundan yazarın adı, eserin başlığı ve yayın bilgileri belirlenememiştir. “Kardaş 2015” ile ilişkisi bilinmemektedir (bkz. o girdinin notu).",
        "en": "Cited in the article only as “Kardaş 2017: 13-14”, on Chicherin’s remark that Soviet Russia needed Azerbaijan’s oil. The article’s bibliography is lost, so the author’s forename, the title and the publication details could not be established. How it relates to “Kardaş 2015” is not known (see the note on that entry).",
    },
}


def el(tag: str, attrs: dict[str, str] | None = None, text: str | None = None) -> etree._Element:
    e = etree.Element(f"{{{T}}}{tag}", attrs or {})
    e.text = text
    return e


def note(kind: str, lang: str, text: str) -> etree._Element:
    return el("note", {"type": kind, XML_LANG: lang}, text)


def replace_notes(entry: etree._Element, kind: str, texts: dict[str, str]) -> None:
    """The entry's notes of this kind, in both languages, replaced (notes end an entry)."""
    for n in entry.findall(f"t:note[@type='{kind}']", NS):
        entry.remove(n)
    for lang in ("tr", "en"):
        entry.append(note(kind, lang, texts[lang]))


def set_identifiers(entry: etree._Element, idnos: list[dict]) -> None:
    entry_id = entry.get(XML_ID)
    old = entry.findall("t:idno", NS)
    if old:
        position = list(entry).index(old[0])
    elif entry.tag == f"{{{T}}}event":
        position = list(entry).index(entry.find("t:label", NS))
    else:
        first_note = entry.find("t:note", NS)
        position = list(entry).index(first_note) if first_note is not None else len(entry)
    for i in old:
        entry.remove(i)
    given = [i for i in idnos if (entry_id, i["value"]) not in WEAK | NOT_THE_ENTRY]

    def rank(idno: dict) -> int:
        host = idno["value"].split("/")[2] if idno["type"] == "wikipedia" else ""
        return next(n for n, kind in enumerate(ORDER) if host.startswith(kind + ".") or kind == idno["type"])

    given.sort(key=rank)
    for offset, idno in enumerate(given):
        entry.insert(position + offset, el("idno", {"type": idno["type"]}, idno["value"]))


def line_of(node: etree._Element) -> int:
    return int(node.xpath("preceding::t:lb[1]/@n", namespaces=NS)[0])


def main() -> None:
    raw = TEI.read_bytes()
    tree = etree.parse(str(TEI))
    by_id = {e.get(XML_ID): e for e in tree.iter() if isinstance(e.tag, str) and e.get(XML_ID)}

    more = {record["id"]: record["idno_add"]
            for record in json.loads((RESEARCH / SECOND_SEARCH).read_text(encoding="utf-8"))}
    for part in ("persons", "places", "orgs_events"):
        for record in json.loads((RESEARCH / f"authority_{part}.json").read_text(encoding="utf-8")):
            entry = by_id[record["id"]]
            set_identifiers(entry, record["idno"] + more.get(record["id"], []))
            texts = NOTES.get(record["id"], {"tr": record.get("note_tr"), "en": record.get("note_en")})
            if texts and texts["tr"] and texts["en"] and record["id"] not in ("pla-azerbaycan", "per-ahmet-muhtar"):
                replace_notes(entry, "identification", {
                    lang: text.replace("(bkz. şerh)", "(bkz. editör açıklaması)").replace("see the commentary", "see the editors’ commentary")
                    for lang, text in texts.items()})
    for entry_id, cert in CERT.items():
        by_id[entry_id].set("cert", cert)
    for entry_id, year in BIRTH.items():
        by_id[entry_id].find("t:birth", NS).set("when", year)
    for entry_id, (attribute, value) in DATES.items():
        by_id[entry_id].set(attribute, value)
    for p in tree.iterfind(".//t:encodingDesc//t:interpretation/t:p", NS):
        for old, new in HEADER:
            if p.text and old in p.text:
                p.text = p.text.replace(old, new)
    change = el("change", {"when": "2026-11-30", "who": "#edition-team"})
    for lang in ("tr", "en"):
        change.append(el("p", {XML_LANG: lang}, REVISION[lang]))
    last_change = tree.xpath("//t:revisionDesc/t:change", namespaces=NS)[-1]
    change.tail = last_change.tail
    last_change.addnext(change)

    # Azerbaycan: the state, the Soviet republic, the country
    state = by_id["pla-azerbaycan"]
    for name, lang in zip(AZERBAIJAN_STATE_NAMES, ("tr", "en")):
        state.xpath(f"t:placeName[@type='reg'][@xml:lang='{lang}']", namespaces=NS)[0].text = name
    replace_notes(state, "identification", AZERBAIJAN_STATE_NOTES)
    general = etree.fromstring(AZERBAIJAN_GENERAL.replace("<place ", f'<place xmlns="{T}" ', 1))
    state.addnext(general)
    state.tail = general.tail = "\n"  # an entry per line, as before
    for occurrence in tree.xpath("//t:text//t:placeName[@ref='#pla-azerbaycan']", namespaces=NS):
        line = line_of(occurrence)
        if line in AZERBAIJAN_SSR_LINES:
            occurrence.set("ref", "#pla-azerbaycan-ssc")
        elif line not in AZERBAIJAN_STATE_LINES:
            occurrence.set("ref", "#pla-azerbaycan-ulke")
    ssc = by_id["pla-azerbaycan-ssc"]
    if not ssc.xpath("t:placeName[@type='variant'][. = 'Azerbaycan']", namespaces=NS):
        ssc.xpath("t:placeName[@type='variant']", namespaces=NS)[-1].addnext(el("placeName", {"type": "variant"}, "Azerbaycan"))

    # the Gümrü talks: an anchor on the text's date and a commentary note
    (talks,) = tree.xpath("//t:body//t:date[@when='1920-11-22']", namespaces=NS)
    talks.set(XML_ID, GUMRU_ANCHOR)
    by_id[GUMRU_ANCHOR] = talks
    commentary = tree.find(".//t:back/t:div[@type='commentary']", NS)
    new = el("note", {"type": "commentary", XML_ID: "c-new", "target": "#" + GUMRU_ANCHOR, "resp": "#edition-team"})
    for lang in ("tr", "en"):
        new.append(el("p", {XML_LANG: lang}, GUMRU_COMMENTARY[lang]))
    commentary.append(new)
    secret = by_id["c-2"]
    for p in secret.findall("t:p", NS):
        p.text = SECRET_TREATIES[p.get(XML_LANG)]
    # numbered in the order of the passages they explain
    def position(target: str) -> int:
        return int(by_id[target[1:]].xpath("count(preceding::*) + count(ancestor::*)"))

    notes = commentary.findall("t:note[@type='commentary']", NS)
    keyed = [(min(position(t) for t in n.get("target").split()), n) for n in notes]
    for n in notes:
        commentary.remove(n)
    for number, (_, n) in enumerate(sorted(keyed, key=lambda pair: pair[0]), start=1):
        n.set(XML_ID, f"c-{number}")
        commentary.append(n)

    for bibl_id, texts in KARDAS.items():
        bibl = by_id[bibl_id]
        bibl.find("t:date", NS).tail = ". "
        for lang in ("tr", "en"):
            bibl.append(note("bibliographic", lang, texts[lang]))

    out = etree.tostring(tree.getroot(), encoding="unicode")
    prolog = raw.decode("utf-8")[: raw.decode("utf-8").index("<TEI")]
    text = prolog + out + "\n"
    # a commentary note per line, as before
    text = re.sub(r'(</note>)(<note type="commentary")', r"\1\n\2", text)
    TEI.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()

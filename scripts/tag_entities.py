"""Tag persons, places, organisations and events in the text. Run once (2026-11-25).

Each form is tagged where it stands in running text (front, body, notes), not inside
bibliographic references, titles, dates, the witness readings of the apparatus or the
editors' notes. Conventions (declared in the TEI header, editorialDecl/interpretation):
- the tag covers the name, not the Turkish case suffix after the apostrophe
  (<persName>Lenin</persName>’e); a suffix written without apostrophe stays inside
  (<orgName>Bolşeviklerin</orgName>);
- titles that follow a name in Turkish (Paşa, Bey, Efendi) are part of the name; ranks
  before it (Albay, General) are not;
- states are places (type country), their governments, parliaments, parties, armies and
  newspapers are organisations; ethnonyms (Türkler, Ruslar, Ermeniler) are not tagged;
- a place named inside an event's name is tagged inside it; inside an organisation's
  name it is not.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from markup_engine import Rule, tag_file, word_pattern  # noqa: E402

TEI = Path(__file__).resolve().parent.parent / "tei" / "turk-rus-iliskileri.xml"
B = r"(?<![\w’'\-])"  # no letter, apostrophe or hyphen before
E = r"(?![\w])"  # no letter after (an apostrophe and suffix may follow)
BASE_SKIP = {"bibl", "title", "date", "rdg", "note_editorial", "teiHeader", "label"}

EVENTS = [
    ("evt-trablusgarp-savasi", ["Trablusgarp"]),
    ("evt-balkan-savaslari", ["Balkan savaşları"]),
    ("evt-birinci-dunya-savasi", ["I. Dünya Savaşı"]),
    ("evt-mondros", ["Mondros Mütarekesi"]),
    ("evt-bolsevik-ihtilali", ["Bolşevik İhtilâli", r"RE:Devrim(?=in)", r"RE:devrim(?=den)", r"RE:ihtilâl(?=den)"]),
    ("evt-milli-mucadele", ["Türk bağımsızlık savaşı", "Türk bağımsızlık hareketi", "Türk bağımsızlık mücadelesi",
                            "bağımsızlık hareketi", "bağımsızlık mücadelesi", "Millî Mücadele", "millî mücadele",
                            "National Struggle"]),
    ("evt-sivas-kongresi", ["Sivas Kongresi"]),
    ("evt-dogu-harekati", ["doğu harekâtı"]),
    ("evt-gumru", ["Gümrü Antlaşması"]),
    ("evt-sevr", ["Sevr Antlaşması"]),
    ("evt-moskova-antlasmasi", ["Moskova Dostluk ve Kardeşlik Antlaşması", "Moskova Antlaşması", "Moskova İtilafnâmesi"]),
    ("evt-karadeniz-vakasi", ["Karadeniz Vakası"]),
    ("evt-terter-ayaklanmasi", ["Terter Ayaklanması"]),
    ("evt-gence-isyani", ["Gence İsyanı"]),
    ("evt-lozan", ["Lozan görüşmeleri"]),
]
# descriptions, not names, of two events the article turns on
EVENT_REFERENCES = [
    ("evt-mart-olaylari", [r"RE:(?<=gerçekleştirdiği\s\U000F0000)?katliamlar(?=\s+oldukça geniş)"]),
    ("evt-azerbaycan-isgali", [r"RE:işgal(?=le\s)"]),
]
ORGS = [
    ("org-ankara-hukumeti", ["Türkiye Büyük Millet Meclisi Hükümeti", "Ankara Hükümeti", "BMM hükümeti",
                             "Türk Hükümeti", "Türk hükümeti"]),
    ("org-sovyet-hukumeti", ["Rusya Şuraları Federatif Sosyalist Cumhuriyeti Hükümeti",
                             "Sosyalist Federatif- Şûralar Cumhuriyeti Hükümeti",
                             "Rusya Cumhuriyeti ve Hükümeti Halk Komiserleri Konseyi",
                             "Sovyet Hükümeti", "Bolşevik Hükümeti", r"RE:Sovyetlerin(?= Anadolu)"]),
    ("org-gecici-hukumet", ["Kerenski Hükümeti"]),
    ("org-disisleri-komiserligi", ["Sovyet Dışişleri Komiserliği"]),
    ("org-itilaf", ["İtilaf Devletleri", "İtilaf kuvvetleri"]),
    ("org-ittifak", ["İttifak Devletleri"]),
    ("org-bmm", ["Türkiye Büyük Millet Meclisi", "Büyük Millet Meclisi", "Birinci Meclis", "BMM",
                 r"RE:Meclis(?=\s+(?:Başkanı|kürsüsünden))"]),
    ("org-bolsevikler", [r"RE:Bolşevikler(?:iyle|in|le|e|den)?" + E]),
    ("org-mensevikler", [r"RE:Menşeviklerin" + E]),
    ("org-pravda", ["Pravda"]),
    ("org-izvestia", ["İzvestia"]),
    ("org-ikdam", ["İkdam gazetesi"]),
    ("org-echo-de-paris", ["Echo de Paris"]),
    ("org-hakimiyet-i-milliye", ["Hâkimiyet-i Milliye Gazetesi"]),
    ("org-tkp", ["Türkiye Komünist Partisi", "Türk Komünist Fırkası"]),
    ("org-kizil-ordu-11", ["XI. Kızıl Ordu", "Kızıl Ordu", "on birinci kolordu"]),
    ("org-azerbaycan-milli-ordu", ["Azerbaycan Millî Ordu"]),
    ("org-musavat", ["Müsavat Partisi", "Müsavat hükümeti"]),
    ("org-alman-hukumeti", ["Alman hükümeti"]),
    ("org-yunan-ordusu", ["Yunan ordusu"]),
    ("org-dogu-ordusu", [r"RE:Türk ordusu(?=,\s+doğu)"]),
]
PERSONS = [
    ("per-mustafa-kemal", ["Mustafa Kemal Atatürk", "Mustafa Kemal Paşa", "Mustafa Kemal"]),
    ("per-lenin", ["Lenin"]),
    ("per-stalin", ["Stalin"]),
    ("per-kerenski", ["Kerenski"]),
    ("per-nicholas-ii", [r"RE:Çar(?=’)"]),
    ("per-pertinax", ["Pertinaks"]),
    ("per-husamettin-erturk", ["Hüsamettin Ertürk"]),
    ("per-budiyeni", ["Budiyeni"]),
    ("per-budu-mdivani", ["Budu Mdivani"]),
    ("per-kazim-karabekir", ["Kâzım Karabekir Paşa", "Kâzım Karabekir"]),
    ("per-ibrahim-efendi", ["İbrahim Efendi"]),
    ("per-bekir-sami", ["Bekir Sami Bey"]),
    ("per-yusuf-kemal", ["Yusuf Kemal (Tengirşenk) Bey", "Yusuf Kemal Bey"]),
    ("per-cicerin", ["Çiçerin"]),
    ("per-upmal", ["Upmal"]),
    ("per-ali-oruc-bagirov", ["Ali Oruc Bağırov"]),
    ("per-celaleddin-arif", ["Celaleddin Arif Bey"]),
    ("per-ali-fuat", ["Ali Fuat (Cebesoy) Paşa", "Ali Fuat Paşa"]),
    ("per-mustafa-suphi", ["Mustafa Suphi"]),
    ("per-riza-nur", ["Rıza Nur Bey"]),
    ("per-korkmazov", ["Korkmazov"]),
    ("per-ahmet-muhtar", ["Ahmet Muhtar Bey"]),
    ("per-andranik", ["Andranik"]),
    ("per-ibrahim-ebilov", ["İbrahim Ebilov", "Ebilov"]),
    ("per-resulzade", ["Mehmet Emin Resulzade"]),
    ("per-nerimanov", ["Neriman Nerimanov"]),
    ("per-mirza-kacar", ["Mirza Kaçar"]),
    ("per-cevat-sihlinski", ["Cevat Şıhlinski"]),
    ("per-cihangir-kazimbeyov", ["Cihangir Kâzımbeyov"]),
    ("per-hacinski", ["Mehmet Hasan Hacınski"]),
    ("per-nuri-pasa", ["Nuri Paşa"]),
    ("per-kurat", ["Akdes Nimet Kurat", "Kurat"]),
]
PLACES = [
    ("pla-sovyet-rusya", ["Sovyet Rusya", "Bolşevik Rusya", "Soviet Russia"]),
    ("pla-carlik-rusya", ["Çarlık Rusya", "Tsarist Russia"]),
    ("pla-sovyetler-birligi", ["Sovyetler Birliği"]),
    ("pla-azerbaycan-ssc", ["Azerbaycan Sovyet Cumhuriyeti", "Sovyet Azerbaycan"]),
    ("pla-guney-azerbaycan", ["Güney Azerbaycan"]),
    ("pla-azerbaycan", ["Azerbaycan", "Azerbaijan"]),
    ("pla-rusya", ["Rusya", "Russia"]),
    ("pla-turkiye", ["Türkiye"]),
    ("pla-osmanli", ["Osmanlı Devleti"]),
    ("pla-ingiltere", ["İngiltere", "England"]),
    ("pla-fransa", ["Fransa", "France"]),
    ("pla-ermenistan", ["Ermenistan"]),
    ("pla-gurcistan", ["Gürcistan"]),
    ("pla-dogu-anadolu", ["Doğu Anadolu"]),
    ("pla-anadolu", ["Anadolu", "Anatolia"]),
    ("pla-istanbul", ["İstanbul"]),
    ("pla-ankara", ["Ankara"]),
    ("pla-samsun", ["Samsun"]),
    ("pla-havza", ["Havza"]),
    ("pla-sivas", ["Sivas"]),
    ("pla-moskova", ["Moskova"]),
    ("pla-baku", ["Bakü"]),
    ("pla-tiflis", ["Tiflis"]),
    ("pla-kars", ["Kars"]),
    ("pla-gumru", ["Gümrü"]),
    ("pla-batum", ["Batum"]),
    ("pla-nahcivan", ["Nahçıvan", "Nahçivan"]),
    ("pla-gence", ["Gence"]),
    ("pla-terter", ["Terter"]),
    ("pla-berde", ["Berde"]),
    ("pla-petersburg", [r"RE:Petersburg(?=lu)"]),
    ("pla-lozan", ["Lozan"]),
    ("pla-karadeniz", ["Karadeniz"]),
    ("pla-nargin", ["Nargin Adası"]),
    ("pla-kafkasya", ["Kafkasya", r"RE:Kafkas(?=\s+ülkeleri)"]),
    ("pla-karabag", ["Karabağ"]),
    ("pla-lazistan", ["Lazistan"]),
    ("pla-kurdistan", ["Kürdistan"]),
    ("pla-dogu-trakya", ["Doğu Trakya"]),
    ("pla-trablusgarp", ["Trablusgarp"]),
    ("pla-balkanlar", ["Balkan"]),
    ("pla-deveci", ["Deveçi"]), ("pla-sadan", ["Sadan"]), ("pla-carhane", ["Çarhane"]),
    ("pla-zaglican", ["Zaglıcan"]), ("pla-alihanli", ["Alihanlı"]), ("pla-eynibulag", ["Eynibulag"]),
    ("pla-nardaran", ["Nardaran"]), ("pla-siyazan", ["Siyazan"]), ("pla-rahimli", ["Rahimli"]),
    ("pla-surra", ["Surra"]), ("pla-gulimler", ["Gülimler"]), ("pla-but-but", ["But-But"]),
    ("pla-andrey-abad", ["Andrey-Abad"]), ("pla-haliler", ["Haliler"]), ("pla-karakasli", ["Karakaşlı"]),
    ("pla-asagi-kusi", ["Aşağı Kuşi"]), ("pla-sarvan", ["Sarvan"]), ("pla-amirhaim", ["Amirhaim"]),
    ("pla-tura", ["Tura"]), ("pla-aygun", ["Aygün"]),
]


def pattern(form: str) -> str:
    if form.startswith("RE:"):
        return B + form[3:]
    # a proper name ends at the apostrophe of its suffix; a common noun takes its suffix
    # directly (Balkan savaşları-nın), and the tag stops before it
    last = form.split()[-1]
    return B + word_pattern(form) + (E if last[0].isupper() or not last[0].isalpha() else "")


def rules(entries, start_tag, skip):
    out = []
    for ref, forms in entries:
        for form in forms:
            out.append(Rule(element=start_tag.format(ref=ref), pattern=pattern(form), skip_inside=skip))
    # longer forms first, whatever the entity, so that "Sovyet Rusya" wins over "Rusya"
    return sorted(out, key=lambda r: -len(r.pattern))


ALL_RULES = (
    rules(EVENTS, '<name type="event" ref="#{ref}">', BASE_SKIP | {"name", "rs"})
    + rules(EVENT_REFERENCES, '<rs type="event" ref="#{ref}">', BASE_SKIP | {"name", "rs"})
    + rules(ORGS, '<orgName ref="#{ref}">', BASE_SKIP | {"orgName"})
    + rules(PERSONS, '<persName ref="#{ref}">', BASE_SKIP | {"persName"})
    + rules(PLACES, '<placeName ref="#{ref}">', BASE_SKIP | {"placeName", "orgName"})
)


def main() -> None:
    counts = tag_file(TEI, ALL_RULES)
    for key, n in counts.items():
        if n == 0:
            print("no match:", key)
    print(sum(counts.values()), "names")


if __name__ == "__main__":
    main()

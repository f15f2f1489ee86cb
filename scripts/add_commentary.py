"""Add the editors' commentary (back/div[@type='commentary']). Run once (2026-11-25).

Each note explains what a reader needs and the author does not say; it points with
@target at an element of the text, which gets an xml:id here (c-… anchors).
"""

from __future__ import annotations

from pathlib import Path

from lxml import etree

TEI = Path(__file__).resolve().parent.parent / "tei" / "turk-rus-iliskileri.xml"
T = "http://www.tei-c.org/ns/1.0"
NS = {"t": T}
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

# (anchor id, XPath of the element commented on (first match), note text)
NOTES = [
    ("a-hasta-adam", "//t:body//t:soCalled[starts-with(normalize-space(.), 'Hasta')]",
     "“Hasta Adam” (the Sick Man): the phrase “the sick man of Europe”, current since the mid-nineteenth century for the declining Ottoman Empire."),
    ("a-pertinaks", "//t:body//t:persName[@ref='#per-pertinax']",
     "Pertinaks is the Turkish spelling of Pertinax, the pen name of André Géraud (1882–1974), foreign-affairs columnist of L’Écho de Paris. The article gives only the pen name."),
    ("a-budiyeni", "(//t:body//t:persName[@ref='#per-budiyeni'])[1]",
     "“Albay Budiyeni” is known only from the memoirs of Hüsamettin Ertürk, and the article itself reports that the meeting at Havza is doubted and that the person may rather have been Budu Mdivani. The name recalls Semyon Budyonny, who however commanded Red cavalry in southern Russia in 1919. The register leaves him unidentified."),
    ("a-erturk-quote", "//t:body//t:cit[t:quote[starts-with(normalize-space(.), 'Mustafa Kemal Paşa ve arkadaşları')]]",
     "The article gives no reference for this quotation from Hüsamettin Ertürk’s memoirs; the reference given just before it (Perinçek 2014: 35) may be its source."),
    ("a-sovyetler-birligi", "//t:body//t:placeName[@ref='#pla-sovyetler-birligi']",
     "“Sovyetler Birliği” (Soviet Union) in a letter of April 1920 is an anachronism of the Turkish version quoted: the Union was founded only in December 1922. The letter addresses Soviet Russia."),
    ("a-sivas-misak", "//t:body//t:name[@ref='#evt-sivas-kongresi']",
     "The National Pact (Misak-ı Millî) rests on the decisions of the Erzurum and Sivas congresses (1919), but it was adopted as such by the last Ottoman Chamber of Deputies in Istanbul on 28 January 1920."),
    ("a-26-nisan", "//t:note[@n='4']",
     "Footnote 4 reports Akdes Nimet Kurat’s argument that Chicherin’s letter of 3 June 1920 was presented as an answer to a letter of Mustafa Kemal of 26 April that said something it did not say: the letter was not, in Kurat’s view, what the Soviet side made of it. The article’s own account of the letter (it was a reworked answer to Kâzım Karabekir, lines 273–280) agrees that its history is not simple."),
    ("a-tbmm-zc", "(//t:body//t:bibl[t:ref[@target='#bib-tbmm-zc-1-7']])[1]",
     "TBMM ZC: Türkiye Büyük Millet Meclisi Zabıt Ceridesi, the minutes of the Grand National Assembly. “I/7” is the first parliamentary period (devre), volume 7; “İ” is the session (içtima), followed by the page."),
    ("a-rumi", "//t:body//t:date[@calendar='#rumi']",
     "Kânûn-i Sânî is the Ottoman (Rumi) name of January, used in Turkish until 1945; the year 1921 given with it is the Gregorian year, so the date is January 1921 (Rumi year 1336). Mustafa Suphi and his companions died on 28/29 January 1921."),
    ("a-karadeniz-vakasi", "(//t:body//t:name[@ref='#evt-karadeniz-vakasi'])[1]",
     "The “Black Sea Incident”: Mustafa Suphi, leader of the Communist Party of Turkey, and fourteen companions, sent back from Trabzon by boat, were killed at sea on the night of 28/29 January 1921. Who ordered it has not been established."),
    ("a-federatif", "//t:body//t:orgName[starts-with(normalize-space(.), 'Sosyalist Federatif')]",
     "“Sosyalist Federatif- Şûralar Cumhuriyeti”: the hyphen followed by a space may be a line-end hyphen of the printed minutes that the article kept; the name is the Russian Socialist Federative Soviet Republic. The reading of the witness is kept."),
    ("a-pud", "(//t:body//t:measure[@unit='pud'])[1]",
     "Pud (Russian пуд): a Russian unit of weight, 16.38 kg. 450 million pud are about 7.4 million tonnes; 750 thousand pud about 12,300 tonnes."),
    ("a-lenine-hediye", "//t:body//t:soCalled[.//t:persName[@ref='#per-lenin']]",
     "“Lenin’e hediye” (a present for Lenin): the name under which, according to the sources cited, the oil and cotton were taken from Azerbaijan to Moscow."),
    ("a-resulzade", "//t:body//t:quote[starts-with(normalize-space(.), 'Bolşevikler, Azerbaycan')]",
     "The article gives no reference for this quotation of Mehmet Emin Resulzade."),
    ("a-mart-1918", "//t:body//t:date[@from='1918-03-30']",
     "The massacres of 30 March–2 April 1918 in Baku (the “March Days”); the article extends them to 3 April and to villages outside Baku, after the archival documents it cites (BCA)."),
    ("a-gence-22-mayis", "//t:body//t:date[@when='1920-05-22']",
     "The speech dates the rising in Ganja to 22 May; the article (lines 659–665) and other accounts place it between the night of 25/26 May and 31 May 1920."),
]


def main() -> None:
    text = TEI.read_text(encoding="utf-8")
    for amount, qty in (("450 milyon pud", "450000000"), ("750 bin pud", "750000")):
        assert text.count(amount) == 1, amount
        text = text.replace(amount, f'<measure type="weight" unit="pud" quantity="{qty}">{amount}</measure>')
    root = etree.fromstring(text.encode("utf-8"))
    back = root.find(".//t:text/t:back", NS)
    if back is None:
        back = etree.SubElement(root.find(".//t:text", NS), f"{{{T}}}back")
        back.text, back.tail = "\n", "\n"
    div = etree.SubElement(back, f"{{{T}}}div", {"type": "commentary", f"{{http://www.w3.org/XML/1998/namespace}}lang": "en"})
    div.text, div.tail = "\n", "\n"
    head = etree.SubElement(div, f"{{{T}}}head")
    head.text, head.tail = "Editorial commentary", "\n"
    for k, (anchor, xpath, prose) in enumerate(NOTES, start=1):
        found = root.xpath(xpath, namespaces=NS)
        assert found, xpath
        target = found[0]
        target.set(XML_ID, target.get(XML_ID) or anchor)
        note = etree.SubElement(div, f"{{{T}}}note", {"type": "commentary", XML_ID: f"c-{k}",
                                                      "target": "#" + target.get(XML_ID), "resp": "#edition-team"})
        note.text, note.tail = prose, "\n"
    out = etree.tostring(root, encoding="unicode")
    head_end = text.index("<TEI")
    TEI.write_text(text[:head_end] + out + "\n", encoding="utf-8")
    print(len(NOTES), "commentary notes")


if __name__ == "__main__":
    main()

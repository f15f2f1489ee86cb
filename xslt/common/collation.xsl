<?xml version="1.0" encoding="UTF-8"?>
<!-- Alphabetical order in the edition's language. Turkish has an alphabet of its own, which
     Saxon-HE's UCA collation ignores (it sorts Ç with C, ı with i), so Turkish entries are
     sorted on a key built from the Turkish alphabet: a â b c ç d e f g ğ h ı i î j k l m n o
     ö p r s ş t u ü û v y z. Any other language is sorted on its letters without diacritics,
     lower-cased (the root order of Latin script, right for English); equal keys keep the
     order of the TEI, so the order is always the same. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:turkish-alphabet" select="'aâbcçdefgğhıiîjklmnoöpqrsştuüûvwxyz'"/>

  <!-- lower-case the Turkish way first: I → ı, İ → i -->
  <xsl:function name="ed:turkish-lower" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="lower-case(translate($s, 'Iİ', 'ıi'))"/>
  </xsl:function>

  <!-- the key that sorts $s among words of the language $lang -->
  <xsl:function name="ed:sort-key" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="if (ed:is-turkish($lang)) then ed:turkish-sort-key($s)
                          else lower-case(replace(normalize-unicode(normalize-space($s), 'NFD'), '\p{Mn}', ''))"/>
  </xsl:function>

  <xsl:function name="ed:is-turkish" as="xs:boolean">
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="matches($lang, '^tr(-|$)', 'i')"/>
  </xsl:function>

  <xsl:function name="ed:turkish-sort-key" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="string-join(
        for $c in string-to-codepoints(ed:turkish-lower(normalize-space($s)))
        return (let $ch := codepoints-to-string($c)
                return if (contains($ed:turkish-alphabet, $ch))
                       then format-number(string-length(substring-before($ed:turkish-alphabet, $ch)) + 10, '00')
                       else if ($ch = ' ') then '00'
                       else format-number(50 + $c mod 49, '00')))"/>
  </xsl:function>

</xsl:stylesheet>

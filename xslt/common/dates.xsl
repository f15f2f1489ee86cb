<?xml version="1.0" encoding="UTF-8"?>
<!-- Machine dates (@when, @from/@to, @notBefore/@notAfter) as words, in Turkish or English.
     Saxon-HE has no Turkish month names, so they are listed here. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:months" as="map(xs:string, xs:string+)" select="map {
      'tr': ('Ocak','Şubat','Mart','Nisan','Mayıs','Haziran','Temmuz','Ağustos','Eylül','Ekim','Kasım','Aralık'),
      'en': ('January','February','March','April','May','June','July','August','September','October','November','December')}"/>

  <!-- one ISO value (YYYY, YYYY-MM or YYYY-MM-DD) in words -->
  <xsl:function name="ed:iso-in-words" as="xs:string">
    <xsl:param name="iso" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="p" select="tokenize($iso, '-')"/>
    <xsl:variable name="names" select="$ed:months(if ($lang = 'tr') then 'tr' else 'en')"/>
    <xsl:sequence select="string-join((
        if (count($p) ge 3) then string(xs:integer($p[3])) else (),
        if (count($p) ge 2) then $names[xs:integer($p[2])] else (),
        $p[1]), ' ')"/>
  </xsl:function>

  <!-- a date element's machine value in words: "30 Ekim 1918", "28 Ocak 1921 – 29 Ocak 1921",
       "1923’e kadar"/"until 1923"; a conjectured value is bracketed -->
  <xsl:function name="ed:date-value" as="xs:string">
    <xsl:param name="date" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="words" select="function($a) { ed:iso-in-words(string($a), $lang) }"/>
    <xsl:variable name="value" select="
        if ($date/@when) then $words($date/@when)
        else if ($date/@from and $date/@to) then $words($date/@from) || ' – ' || $words($date/@to)
        else if ($date/@notBefore and $date/@notAfter) then $words($date/@notBefore) || ' – ' || $words($date/@notAfter)
        else if ($date/@notAfter) then (if ($lang = 'tr') then $words($date/@notAfter) || '’e kadar' else 'until ' || $words($date/@notAfter))
        else if ($date/@notBefore) then (if ($lang = 'tr') then $words($date/@notBefore) || ' sonrası' else 'after ' || $words($date/@notBefore))
        else ''"/>
    <xsl:sequence select="if ($date/@evidence = 'conjecture') then '[' || $value || ']' else $value"/>
  </xsl:function>

  <!-- the ISO form, for <time datetime> and for machines -->
  <xsl:function name="ed:date-iso" as="xs:string?">
    <xsl:param name="date" as="element()"/>
    <xsl:sequence select="($date/@when, $date/@from, $date/@notBefore, $date/@notAfter)[1] ! string()"/>
  </xsl:function>

</xsl:stylesheet>

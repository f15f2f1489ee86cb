<?xml version="1.0" encoding="UTF-8"?>
<!-- Labels that every output prints the same way, computed from the TEI alone. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <!-- the edition's title: the main title in the document's own language, else the first -->
  <xsl:function name="ed:edition-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="titles" select="root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:variable name="lang" select="string(root($doc)/tei:TEI/@xml:lang)"/>
    <xsl:variable name="main" select="($titles[@type = 'main'][@xml:lang = $lang], $titles[@type = 'main'], $titles)[1]"/>
    <xsl:variable name="sub" select="$titles[@type = 'sub'][@xml:lang = $main/@xml:lang][1]"/>
    <xsl:sequence select="normalize-space($main) || (if ($sub) then ': ' || normalize-space($sub) else '')"/>
  </xsl:function>

  <!-- a heading as printed: its number (head/@n) and its text -->
  <xsl:function name="ed:head-number" as="xs:string">
    <xsl:param name="head" as="element(tei:head)"/>
    <xsl:sequence select="if ($head/@n) then $head/@n || '. ' else ''"/>
  </xsl:function>

  <!-- the display label of a paragraph: § and its number -->
  <xsl:function name="ed:paragraph-label" as="xs:string">
    <xsl:param name="p" as="element(tei:p)"/>
    <xsl:sequence select="if ($p/@n castable as xs:integer) then '§' || $p/@n else string($p/@n)"/>
  </xsl:function>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- Critical apparatus: which reading of an app/choice a view shows.
     The reading view shows the edited text (lem, corr, reg, expan); the witness view
     shows what a witness reads (its rdg, or lem where it has none; sic, orig, abbr). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <!-- the witness the diplomatic view follows: the first one declared -->
  <xsl:function name="ed:default-witness" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="string((root($doc)//tei:listWit//tei:witness/@xml:id)[1])"/>
  </xsl:function>

  <!-- the child of an app that a witness attests -->
  <xsl:function name="ed:witness-reading" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="witness" as="xs:string"/>
    <xsl:variable name="own" select="$app/tei:rdg[tokenize(@wit) = '#' || $witness]"/>
    <xsl:sequence select="($own, $app/tei:lem[tokenize(@wit) = '#' || $witness], $app/tei:lem)[1]"/>
  </xsl:function>

</xsl:stylesheet>

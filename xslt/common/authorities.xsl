<?xml version="1.0" encoding="UTF-8"?>
<!-- The authority records of a register entry (idno): the address each kind names and how it
     is called, for every output that links or lists them. An address is returned only where
     the link policy (links.xsl) lets it become a link. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <!-- a Wikipedia or TDV İslâm Ansiklopedisi article as the TEI gives it; a Wikidata item or a
       GeoNames id as the address of its record -->
  <xsl:function name="ed:authority-url" as="xs:string?">
    <xsl:param name="idno" as="element(tei:idno)"/>
    <xsl:variable name="value" select="normalize-space($idno)"/>
    <xsl:sequence select="ed:link(
        if ($idno/@type = 'geonames') then ('https://www.geonames.org/' || $value)[matches($value, '^[0-9]+$')]
        else if ($idno/@type = 'wikidata') then ('https://www.wikidata.org/wiki/' || $value)[matches($value, '^Q[0-9]+$')]
        else $value[matches(., '^https?://', 'i')])"/>
  </xsl:function>

  <!-- "Wikipedia (en)", "Wikidata Q1394", "TDV İslâm Ansiklopedisi", "GeoNames 587084" -->
  <xsl:function name="ed:authority-label" as="xs:string">
    <xsl:param name="idno" as="element(tei:idno)"/>
    <xsl:variable name="value" select="normalize-space($idno)"/>
    <xsl:sequence select="if ($idno/@type = 'geonames') then 'GeoNames ' || $value
                          else if ($idno/@type = 'wikidata') then 'Wikidata ' || $value
                          else if ($idno/@type = 'tdvia') then 'TDV İslâm Ansiklopedisi'
                          else if ($idno/@type = 'wikipedia') then 'Wikipedia (' || substring-before(substring-after($value, '//'), '.') || ')'
                          else $idno/@type || ' ' || $value"/>
  </xsl:function>

  <!-- the addresses of all of an entry's authority records -->
  <xsl:function name="ed:authority" as="xs:string*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="$entry/tei:idno ! ed:authority-url(.)"/>
  </xsl:function>

</xsl:stylesheet>

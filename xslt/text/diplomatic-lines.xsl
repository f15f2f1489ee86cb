<?xml version="1.0" encoding="UTF-8"?>
<!-- The witness's lines as the TEI records them: one output line per lb,
     "n<TAB>text", with what the encoding moved into markup put back in its place:
     division hyphens, quotation marks, footnote and section numbers, and the
     witness's own readings instead of the editors' corrections.
     The main text comes first, then each note, each after a line "#text" or
     "#note N"; the fidelity check compares these lines with the transcript. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:param name="witness" as="xs:string" select="ed:default-witness(/)"/>

  <!-- stands for a line-end division hyphen until we know whether the line already ends in one -->
  <xsl:variable name="division" select="'&#xE000;'"/>

  <xsl:template match="/">
    <!-- each flow opens with a line "#…" that names it -->
    <xsl:value-of select="'#text' || ed:lines(/tei:TEI/tei:text)"/>
    <xsl:for-each select="/tei:TEI/tei:text//tei:note[.//tei:lb]">
      <xsl:value-of select="'&#10;#note ' || @n || ed:lines(.)"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:function name="ed:lines" as="xs:string">
    <xsl:param name="flow" as="element()"/>
    <xsl:variable name="raw" as="xs:string*">
      <xsl:apply-templates select="$flow/node()" mode="line"/>
    </xsl:variable>
    <xsl:sequence select="replace(string-join($raw), '-?' || $division, '-')"/>
  </xsl:function>

  <xsl:template match="text()" mode="line">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>

  <xsl:template match="tei:lb" mode="line">
    <xsl:if test="@break = 'no'">
      <xsl:value-of select="$division"/>
    </xsl:if>
    <xsl:value-of select="'&#10;' || @n || '&#9;'"/>
    <!-- numbers that the encoding moved into attributes open the first line of their element -->
    <xsl:variable name="opens" select="ancestor::*[(self::tei:head | self::tei:note)[@n]][1]"/>
    <xsl:if test="$opens and . is ($opens//tei:lb)[1]">
      <xsl:value-of select="if ($opens/self::tei:head) then $opens/@n || '. ' else $opens/@n || ' '"/>
    </xsl:if>
  </xsl:template>

  <!-- a note leaves only its number in the line; its own lines are a flow of their own -->
  <xsl:template match="tei:note" mode="line">
    <xsl:value-of select="@n"/>
  </xsl:template>

  <xsl:template match="tei:app" mode="line">
    <xsl:apply-templates select="ed:witness-reading(., $witness)/node()" mode="line"/>
  </xsl:template>
  <xsl:template match="tei:choice" mode="line">
    <xsl:apply-templates select="(tei:sic, tei:orig, tei:abbr, *)[1]/node()" mode="line"/>
  </xsl:template>
  <!-- editorial additions, the editors' own lists and divisions without lineation
       (commentary) are not in the witness -->
  <xsl:template match="tei:div[not(.//tei:lb)]" mode="line"/>
  <xsl:template match="tei:supplied | tei:gap | tei:pb | tei:teiHeader | tei:listBibl | tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent | tei:standOff" mode="line"/>

  <xsl:template match="*" mode="line">
    <xsl:value-of select="ed:generated(., 'before')"/>
    <xsl:apply-templates mode="line"/>
    <xsl:value-of select="ed:generated(., 'after')"/>
  </xsl:template>

</xsl:stylesheet>

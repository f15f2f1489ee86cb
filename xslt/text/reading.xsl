<?xml version="1.0" encoding="UTF-8"?>
<!-- The reading text as plain UTF-8: the edited readings (lem), words joined across
     line ends, quotation marks as declared, headings with their numbers, paragraphs
     apart, footnote numbers in brackets and the notes after the text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:template match="/">
    <xsl:variable name="blocks" as="xs:string*">
      <xsl:sequence select="ed:edition-title(., ())"/>
      <xsl:apply-templates select="/tei:TEI/tei:text/(tei:front | tei:body)" mode="block"/>
      <xsl:variable name="notes" select="/tei:TEI/tei:text//tei:note[@place = 'foot']"/>
      <xsl:if test="$notes">
        <xsl:sequence select="'———'"/>
        <xsl:for-each select="$notes">
          <xsl:sequence select="'[' || @n || '] ' || ed:inline(.)"/>
        </xsl:for-each>
      </xsl:if>
    </xsl:variable>
    <xsl:value-of select="string-join($blocks[normalize-space()], '&#10;&#10;') || '&#10;'"/>
  </xsl:template>

  <!-- blocks: each becomes one paragraph of the plain text -->
  <xsl:template match="tei:head" mode="block">
    <xsl:sequence select="ed:head-number(.) || ed:inline(.)"/>
  </xsl:template>
  <xsl:template match="tei:p | tei:ab" mode="block">
    <!-- a block quotation inside a paragraph stands apart, indented -->
    <xsl:for-each-group select="node()" group-adjacent="boolean(self::tei:cit[ed:set-apart(.)]) or ed:closes-block-quotation(.)">
      <xsl:variable name="text" select="ed:inline-nodes(current-group())"/>
      <xsl:sequence select="if (current-grouping-key()) then '    ' || $text else $text"/>
    </xsl:for-each-group>
  </xsl:template>
  <!-- a letter's dateline, salutation and signature: each a paragraph -->
  <xsl:template match="tei:dateline | tei:salute | tei:signed" mode="block">
    <xsl:sequence select="ed:inline(.)"/>
  </xsl:template>
  <xsl:template match="*" mode="block">
    <xsl:apply-templates select="*" mode="block"/>
  </xsl:template>

  <xsl:function name="ed:inline" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="ed:reading($el/node())"/>
  </xsl:function>
  <xsl:function name="ed:inline-nodes" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="ed:reading($nodes)"/>
  </xsl:function>

</xsl:stylesheet>

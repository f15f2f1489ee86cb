<?xml version="1.0" encoding="UTF-8"?>
<!-- The reading text of any nodes as a plain string: the edited readings (lem, corr,
     reg, expan), words joined across line ends, quotation marks as declared, notes
     reduced to their number. Every output uses it for lemmata, labels, titles and
     search text, so they all read the same. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:function name="ed:reading" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:sequence select="normalize-space(ed:reading-raw($nodes))"/>
  </xsl:function>

  <!-- the same, with the blank space at the edges kept (for building context) -->
  <xsl:function name="ed:reading-raw" as="xs:string">
    <xsl:param name="nodes" as="node()*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:apply-templates select="$nodes" mode="ed:reading"/>
    </xsl:variable>
    <xsl:sequence select="replace(string-join($parts), '\s+', ' ')"/>
  </xsl:function>

  <!-- the full stop after a block quotation's reference belongs to the quotation's block -->
  <xsl:function name="ed:closes-block-quotation" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/self::text()[matches(., '^[.,;:]+\s*$')]
                                 [preceding-sibling::node()[1][self::tei:cit[ed:set-apart(.)]]])"/>
  </xsl:function>

  <xsl:template match="text()" mode="ed:reading">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="tei:lb" mode="ed:reading">
    <xsl:if test="not(@break = 'no')">
      <xsl:value-of select="' '"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:note" mode="ed:reading">
    <xsl:if test="@type = 'authorial'">
      <xsl:value-of select="'[' || @n || ']'"/>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:app" mode="ed:reading">
    <xsl:apply-templates select="tei:lem/node()" mode="ed:reading"/>
  </xsl:template>
  <xsl:template match="tei:choice" mode="ed:reading">
    <xsl:apply-templates select="(tei:corr, tei:reg, tei:expan, *)[1]/node()" mode="ed:reading"/>
  </xsl:template>
  <xsl:template match="tei:gap" mode="ed:reading">
    <xsl:value-of select="'[…]'"/>
  </xsl:template>
  <xsl:template match="tei:pb" mode="ed:reading"/>
  <xsl:template match="*" mode="ed:reading">
    <xsl:value-of select="ed:generated(., 'before')"/>
    <xsl:apply-templates mode="ed:reading"/>
    <xsl:value-of select="ed:generated(., 'after')"/>
  </xsl:template>

</xsl:stylesheet>

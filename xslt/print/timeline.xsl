<?xml version="1.0" encoding="UTF-8"?>
<!-- The timeline (xslt/common/timeline.xsl), on a landscape page of its own: the wide
     drawing, its list of what lies outside the axis, no chronological list (the registers
     give the pages); its links point into this PDF. The figure is written in the XHTML
     namespace, which the PDF's HTML does not use: its HTML elements are renamed.
     Relies on print.xsl, which imports xslt/common/common.xsl and defines the globals. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:pr="urn:edition:print"
    exclude-result-prefixes="#all">

  <xsl:template name="pr:timeline">
    <section class="timeline-page" id="timeline" lang="{$pr:lang}">
      <h1><xsl:value-of select="ed:msg('timeline')"/></h1>
      <xsl:variable name="figure" as="element()">
        <xsl:call-template name="ed:timeline">
          <xsl:with-param name="doc" select="$root"/>
          <xsl:with-param name="list" select="false()"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:apply-templates select="$figure" mode="pr:html"/>
    </section>
  </xsl:template>
  <xsl:template match="*[namespace-uri() = 'http://www.w3.org/1999/xhtml']" mode="pr:html">
    <xsl:element name="{local-name()}"><xsl:apply-templates select="@*, node()" mode="pr:html"/></xsl:element>
  </xsl:template>
  <xsl:template match="div[@class = 'timeline-narrow'] | *[namespace-uri() = 'http://www.w3.org/1999/xhtml'][@class = 'timeline-narrow']" mode="pr:html" priority="2"/>
  <xsl:template match="@* | node()" mode="pr:html">
    <xsl:copy-of select="."/>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- Everything the outputs share, in one import: each output stylesheet imports this. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <!-- the document is numbered in one pass (accumulators of labels.xsl), never by
       counting what precedes each node: every output is linear in the size of the text -->
  <xsl:mode use-accumulators="#all"/>
  <xsl:import href="rendition.xsl"/>
  <xsl:import href="reading.xsl"/>
  <xsl:import href="textcrit.xsl"/>
  <xsl:import href="labels.xsl"/>
  <xsl:import href="dates.xsl"/>
  <xsl:import href="collation.xsl"/>
  <xsl:import href="hyphenation.xsl"/>
  <xsl:import href="links.xsl"/>
  <xsl:import href="authorities.xsl"/>
  <xsl:import href="languages.xsl"/>
  <xsl:import href="messages.xsl"/>
  <xsl:import href="citation.xsl"/>
  <xsl:import href="timeline.xsl"/>
  <xsl:import href="map.xsl"/>
</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The open data of an edition, from its TEI: the registers as CSV (one file per kind) and
     as JSON-LD (schema.org), the places as GeoJSON, and a Dublin Core record (oai_dc) of the
     edition. One transform writes every file as a result document (method text: the
     stylesheet serialises each itself, so the bytes are the same wherever it runs);
     edition/data.py puts them in data/NAME/. Each format is a module of this folder.

     What is said of an entry is what the site and the PDF say: names (ed:entity-name),
     what it was (its occupation, or its type as web/messages.json names it in each
     language), dates in words (ed:entity-dates), links through the one link policy
     (ed:link), places as ed:latlon reads them, and where it is named as the site labels
     those places ("§12", "§13 n. 4", or a heading). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>
  <xsl:include href="registers.xsl"/>
  <xsl:include href="csv.xsl"/>
  <xsl:include href="jsonld.xsl"/>
  <xsl:include href="geojson.xsl"/>
  <xsl:include href="oai-dc.xsl"/>

  <xsl:output method="text" encoding="UTF-8"/>

  <!-- the few words of the data that are not the TEI's (the footnote abbreviation of an
       occurrence, "§13 n. 4") are English, like the names of the columns and properties -->
  <xsl:param name="ui-lang" as="xs:string" select="'en'"/>

  <xsl:template match="/">
    <xsl:for-each select="$ed:register-kinds">
      <xsl:result-document href="{$ed:register-files(.)}.csv" method="text" encoding="UTF-8">
        <xsl:value-of select="ed:csv($ed:doc, .)"/>
      </xsl:result-document>
    </xsl:for-each>
    <xsl:result-document href="registers.jsonld" method="text" encoding="UTF-8">
      <xsl:value-of select="ed:json(ed:jsonld($ed:doc))"/>
    </xsl:result-document>
    <xsl:result-document href="places.geojson" method="text" encoding="UTF-8">
      <xsl:value-of select="ed:json(ed:geojson($ed:doc))"/>
    </xsl:result-document>
    <xsl:result-document href="oai_dc.xml" method="text" encoding="UTF-8">
      <xsl:value-of select="serialize(ed:oai-dc($ed:doc), map { 'method': 'xml', 'indent': true(), 'encoding': 'UTF-8',
                                                               'omit-xml-declaration': false() }) || '&#10;'"/>
    </xsl:result-document>
  </xsl:template>

  <!-- JSON as every data file writes it: indented, "/" unescaped, a final newline -->
  <xsl:function name="ed:json" as="xs:string">
    <xsl:param name="value" as="item()"/>
    <xsl:sequence select="serialize($value, map { 'method': 'json', 'indent': true(), 'escape-solidus': false() }) || '&#10;'"/>
  </xsl:function>

</xsl:stylesheet>

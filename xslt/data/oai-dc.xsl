<?xml version="1.0" encoding="UTF-8"?>
<!-- A Dublin Core record of the edition (NAME.oai_dc.xml), in the oai_dc format of OAI-PMH
     2.0 (http://www.openarchives.org/OAI/2.0/oai_dc/, simple Dublin Core), from the TEI
     header; an element in several languages is given once per language (xml:lang), and
     an element the header does not give is left out (nothing is invented):
       title        the main titles (titleStmt/title type="main")
       creator      the authors (titleStmt/author; the source's author where it is known)
       contributor  the editors (titleStmt/editor, respStmt's names)
       subject      the keywords (textClass/keywords/term)
       description  the abstracts (profileDesc/abstract)
       publisher    publicationStmt/publisher
       date         the date of publication (publicationStmt/date/@when)
       type         Text (DCMI Type Vocabulary)
       format       application/tei+xml (the record describes the TEI)
       identifier   the canonical address, the DOI (as https://doi.org/…)
       language     the languages of langUsage (else the text's xml:lang)
       rights       the licences (their words and address), availability's statements
       source       the printed source (sourceDesc's note type="source") and the witness (its title) -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/"
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    exclude-result-prefixes="xs tei ed">

  <xsl:function name="ed:oai-dc" as="element()">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="header" select="root($doc)/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="file" select="$header/tei:fileDesc"/>
    <oai_dc:dc xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">
      <xsl:sequence select="ed:dc('title', $file/tei:titleStmt/tei:title[@type = 'main'])"/>
      <xsl:sequence select="ed:dc('creator', ($file/tei:titleStmt/tei:author, $file/tei:sourceDesc/tei:bibl/tei:author)[not(.//tei:gap)])"/>
      <xsl:sequence select="ed:dc('contributor', $file/tei:titleStmt/(tei:editor | tei:respStmt/(tei:name | tei:orgName | tei:persName)))"/>
      <xsl:sequence select="ed:dc('subject', $header/tei:profileDesc/tei:textClass/tei:keywords/tei:term)"/>
      <xsl:sequence select="ed:dc('description', $header/tei:profileDesc/tei:abstract)"/>
      <xsl:sequence select="ed:dc('publisher', $file/tei:publicationStmt/tei:publisher)"/>
      <xsl:for-each select="ed:publication-date($doc)"><dc:date><xsl:value-of select="."/></dc:date></xsl:for-each>
      <dc:type>Text</dc:type>
      <dc:format>application/tei+xml</dc:format>
      <xsl:for-each select="ed:canonical-base($doc), ed:doi($doc) ! ('https://doi.org/' || .)">
        <dc:identifier><xsl:value-of select="."/></dc:identifier>
      </xsl:for-each>
      <xsl:variable name="declared" select="distinct-values($header/tei:profileDesc/tei:langUsage/tei:language/@ident ! string())"/>
      <xsl:for-each select="if (exists($declared)) then $declared else string(root($doc)/tei:TEI/@xml:lang)[.]">
        <dc:language><xsl:value-of select="."/></dc:language>
      </xsl:for-each>
      <xsl:sequence select="ed:dc('rights', $file/tei:publicationStmt/tei:availability/(tei:licence | tei:p))"/>
      <xsl:for-each select="distinct-values($file/tei:publicationStmt/tei:availability/tei:licence/@target ! ed:link(normalize-space()))">
        <dc:rights><xsl:value-of select="."/></dc:rights>
      </xsl:for-each>
      <xsl:sequence select="ed:dc('source', ($file/tei:sourceDesc//tei:note[@type = 'source'], $file/tei:sourceDesc/tei:listWit/tei:witness/tei:bibl/tei:title))"/>
    </oai_dc:dc>
  </xsl:function>

  <!-- one dc element per TEI element: its words (blank space normalised, the edition's
       readings), in its language -->
  <xsl:function name="ed:dc" as="element()*">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="els" as="element()*"/>
    <xsl:for-each select="$els">
      <xsl:variable name="words" select="normalize-space(ed:reading(node()))"/>
      <xsl:if test="$words">
        <xsl:element name="dc:{$name}" namespace="http://purl.org/dc/elements/1.1/">
          <xsl:if test="ed:lang(.)"><xsl:attribute name="xml:lang" select="ed:lang(.)"/></xsl:if>
          <xsl:value-of select="$words"/>
        </xsl:element>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

</xsl:stylesheet>

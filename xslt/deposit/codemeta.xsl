<?xml version="1.0" encoding="UTF-8"?>
<!-- codemeta.json (CodeMeta 3.0, JSON-LD) of an edition, from its TEI header: the same
     title, people, version, date, licences and identifiers as CITATION.cff, so that the two
     never disagree (a test compares them). The edition is described as what it is in a
     repository: the encoded text with the software that builds its outputs. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <xsl:variable name="lang" select="'en'"/>

  <xsl:template match="/">
    <xsl:variable name="header" select="tei:TEI/tei:teiHeader"/>
    <xsl:variable name="people" as="map(*)*">
      <xsl:for-each select="ed:credited(., $lang)">
        <xsl:sequence select="map:merge((
            if (?kind eq 'organisation') then map { '@type': 'Organization', 'name': ?name }
            else map:merge((map { '@type': 'Person', 'name': ?name },
                            if (map:contains(., 'family')) then map { 'familyName': ?family, 'givenName': ?given } else ())),
            ?orcid ! map { '@id': . }))"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="abstract" select="ed:in-language($header/tei:profileDesc/tei:abstract, $lang)[1]"/>
    <xsl:variable name="keywords" select="ed:in-language($header/tei:profileDesc/tei:textClass/tei:keywords, $lang)[1]/tei:term"/>
    <xsl:variable name="record" select="map:merge((
        map { '@context': 'https://w3id.org/codemeta/3.0', '@type': 'SoftwareSourceCode',
              'name': ed:edition-title(., string(tei:TEI/@xml:lang)),
              'author': array { $people },
              'license': array { ed:licences-spdx(.) ! ('https://spdx.org/licenses/' || .) } },
        $header/tei:profileDesc/tei:langUsage/tei:language[1] ! map { 'inLanguage': array { distinct-values(../tei:language/@ident ! string()) } },
        ed:edition-version(.) ! map { 'version': . },
        ed:publication-date(.) ! map { 'datePublished': . },
        ed:canonical-base(.) ! map { 'url': . },
        ed:doi(.) ! map { 'identifier': 'https://doi.org/' || . },
        $abstract ! map { 'description': normalize-space(.) },
        $keywords[1] ! map { 'keywords': array { $keywords ! normalize-space(.) } }))"/>
    <xsl:value-of select="serialize($record, map { 'method': 'json', 'indent': true(), 'escape-solidus': false() }) || '&#10;'"/>
  </xsl:template>

</xsl:stylesheet>

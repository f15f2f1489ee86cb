<?xml version="1.0" encoding="UTF-8"?>
<!-- CITATION.cff (Citation File Format 1.2.0) of an edition, from its TEI header: title,
     who is credited (with ORCID where the header gives one), version, date, licences (SPDX),
     identifiers (DOI, the canonical address), abstract and keywords in English where the
     header has them. Each value is written as a JSON string, which is valid YAML, so that no
     character of a title can break the file. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <!-- the language of the metadata: English, the language of aggregators -->
  <xsl:variable name="lang" select="'en'"/>

  <xsl:function name="ed:yaml" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:sequence select="serialize($value, map { 'method': 'json', 'escape-solidus': false() })"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="header" select="tei:TEI/tei:teiHeader"/>
    <xsl:variable name="licences" select="ed:licences-spdx(.)"/>
    <xsl:variable name="lines" as="xs:string*">
      <xsl:sequence select="'cff-version: 1.2.0',
                            'message: ' || ed:yaml('If you use this edition, please cite it as below.'),
                            'type: dataset',
                            'title: ' || ed:yaml(ed:edition-title(., string(tei:TEI/@xml:lang)))"/>
      <xsl:sequence select="'authors:'"/>
      <xsl:for-each select="ed:credited(., $lang)">
        <xsl:sequence select="if (?kind eq 'organisation') then '  - name: ' || ed:yaml(?name)
                              else if (map:contains(., 'family'))
                              then ('  - family-names: ' || ed:yaml(?family), '    given-names: ' || ed:yaml(?given))
                              else '  - family-names: ' || ed:yaml(?name),
                              ?orcid ! ('    orcid: ' || ed:yaml(.))"
                      xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
      </xsl:for-each>
      <xsl:sequence select="ed:edition-version(.) ! ('version: ' || ed:yaml(.)),
                            ed:publication-date(.) ! ('date-released: ' || ed:yaml(.)),
                            if (count($licences) eq 1) then 'license: ' || ed:yaml($licences)
                            else if (exists($licences)) then ('license:', $licences ! ('  - ' || ed:yaml(.))) else (),
                            ed:canonical-base(.) ! ('url: ' || ed:yaml(.))"/>
      <xsl:if test="ed:doi(.) or ed:canonical-base(.)">
        <xsl:sequence select="'identifiers:',
                              ed:doi(.) ! ('  - type: doi', '    value: ' || ed:yaml(.)),
                              ed:canonical-base(.) ! ('  - type: url', '    value: ' || ed:yaml(.))"/>
      </xsl:if>
      <xsl:variable name="abstract" select="ed:in-language($header/tei:profileDesc/tei:abstract, $lang)[1]"/>
      <xsl:sequence select="$abstract ! ('abstract: ' || ed:yaml(normalize-space(.)))"/>
      <xsl:variable name="keywords" select="ed:in-language($header/tei:profileDesc/tei:textClass/tei:keywords, $lang)[1]/tei:term"/>
      <xsl:if test="$keywords">
        <xsl:sequence select="'keywords:', $keywords ! ('  - ' || ed:yaml(normalize-space(.)))"/>
      </xsl:if>
    </xsl:variable>
    <xsl:value-of select="string-join($lines, '&#10;') || '&#10;'"/>
  </xsl:template>

</xsl:stylesheet>

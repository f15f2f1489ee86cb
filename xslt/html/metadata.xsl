<?xml version="1.0" encoding="UTF-8"?>
<!-- The metadata of every page, for reference managers and search engines: Highwire Press
     citation_* and Dublin Core meta tags (what Zotero reads) and a schema.org JSON-LD
     block, all from the header; the canonical address only where there is one
     (xslt/common/citation.xsl). edition/html.py moves them into the page's <head>. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- the media type of a download: the TEI's own, else by the file's extension -->
  <xsl:function name="ed:media-type" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="file" as="xs:string"/>
    <xsl:sequence select="if ($kind eq 'tei') then 'application/tei+xml'
        else (map { 'txt': 'text/plain', 'pdf': 'application/pdf', 'xml': 'application/xml', 'csv': 'text/csv',
                    'json': 'application/json', 'jsonld': 'application/ld+json', 'geojson': 'application/geo+json',
                    'epub': 'application/epub+zip', 'html': 'text/html' }(lower-case(replace($file, '^.*\.', ''))),
              'application/octet-stream')[1]"/>
  </xsl:function>

  <xsl:template name="metadata">
    <xsl:param name="page" as="xs:string"/>
    <xsl:variable name="lang" select="$text-lang"/>
    <xsl:variable name="title" select="ed:edition-title($tei, $lang)"/>
    <xsl:variable name="url" select="ed:canonical-url($tei, ed:own-path($page || '.html'))"/>
    <xsl:variable name="base" select="ed:canonical-base($tei)"/>
    <xsl:variable name="date" select="ed:publication-date($tei)"/>
    <xsl:variable name="team" select="ed:responsible($tei, $lang)[1]"/>
    <xsl:variable name="publisher" select="ed:in-language($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:publisher, $lang)[1] ! normalize-space()"/>
    <xsl:variable name="pdf" select="$ed:downloads?pdf ! array:flatten(.)[1]"/>
    <xsl:variable name="tei-file" select="$ed:downloads?tei ! array:flatten(.)[1]"/>
    <xsl:variable name="abstract" select="ed:in-language($tei/tei:teiHeader/tei:profileDesc/tei:abstract, $ed:ui-lang)[1] ! normalize-space()"/>

    <xsl:for-each select="$url"><link rel="canonical" href="{.}"/></xsl:for-each>
    <!-- Highwire Press -->
    <meta name="citation_title" content="{$title}"/>
    <xsl:for-each select="$team"><meta name="citation_author" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$date"><meta name="citation_publication_date" content="{translate(., '-', '/')}"/></xsl:for-each>
    <meta name="citation_language" content="{$lang}"/>
    <xsl:for-each select="$publisher"><meta name="citation_publisher" content="{.}"/></xsl:for-each>
    <xsl:for-each select="ed:edition-version($tei)"><meta name="citation_edition" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$url"><meta name="citation_public_url" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$base[exists($pdf)]"><meta name="citation_pdf_url" content="{. || 'downloads/' || ed:file-link($pdf)}"/></xsl:for-each>
    <!-- Dublin Core -->
    <meta name="DC.title" content="{$title}"/>
    <xsl:for-each select="$team"><meta name="DC.creator" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$publisher"><meta name="DC.publisher" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$date"><meta name="DC.date" content="{.}"/></xsl:for-each>
    <meta name="DC.language" content="{$lang}"/>
    <meta name="DC.type" content="Text"/>
    <meta name="DC.format" content="text/html"/>
    <xsl:for-each select="ed:licence-url($tei)"><meta name="DC.rights" content="{.}"/></xsl:for-each>
    <xsl:for-each select="$url"><meta name="DC.identifier" content="{.}"/></xsl:for-each>
    <!-- schema.org -->
    <script type="application/ld+json">
      <xsl:value-of select="serialize(map:merge((
          map { '@context': 'https://schema.org', '@type': 'CreativeWork',
                'name': $title, 'inLanguage': $lang,
                'alternateName': array { $tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main'][@xml:lang != $lang] ! normalize-space() },
                'genre': 'critical digital edition' },
          $team ! map { 'editor': map { '@type': 'Organization', 'name': . } },
          $publisher ! map { 'publisher': map { '@type': 'Organization', 'name': . } },
          $date ! map { 'datePublished': . },
          ed:edition-version($tei) ! map { 'version': . },
          ed:licence-url($tei) ! map { 'license': . },
          $url ! map { 'url': ., '@id': . },
          $abstract ! map { 'abstract': . },
          map { 'isBasedOn': map { '@type': 'ScholarlyArticle', 'inLanguage': $lang } },
          $base[exists($tei-file)] ! map { 'encoding': map { '@type': 'MediaObject', 'encodingFormat': 'application/tei+xml',
                                                                'contentUrl': . || 'downloads/' || ed:file-link($tei-file) } }
        )), map { 'method': 'json' })"/>
    </script>
  </xsl:template>

</xsl:stylesheet>

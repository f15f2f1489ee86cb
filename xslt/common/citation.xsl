<?xml version="1.0" encoding="UTF-8"?>
<!-- How the edition is cited, and where it lives. The canonical address of the site is
     the build's base-url parameter (the base-url option of edition build), else the TEI's
     publicationStmt/idno type="URI"; it names the folder that holds the site's pages.
     Without one, citations carry no address at all: never the one a page happens to be
     opened from, and never an invented one. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:param name="base-url" as="xs:string" select="''"/>

  <!-- the canonical address of the site's folder, ending in "/", or nothing: only an http(s)
       address with a host that the link policy (links.xsl) allows -->
  <xsl:function name="ed:canonical-base" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="declared" select="root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'URI']"/>
    <xsl:sequence select="(($base-url[normalize-space()], $declared ! normalize-space())[1])
                          [matches(., '^https?://', 'i')] ! ed:link(.) ! (if (ends-with(., '/')) then . else . || '/')"/>
  </xsl:function>

  <!-- the canonical address of a page of the site (its path from the site's folder), or nothing -->
  <xsl:function name="ed:canonical-url" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="path" as="xs:string"/>
    <xsl:sequence select="ed:canonical-base($doc) ! (. || $path)"/>
  </xsl:function>

  <!-- who is responsible for the edition: its author, editors or the team of its respStmt,
       in $lang where the names exist in several languages -->
  <xsl:function name="ed:responsible" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="stmt" select="root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:sequence select="ed:in-language($stmt/(tei:author | tei:editor | tei:respStmt/(tei:name | tei:orgName | tei:persName)), $lang) ! normalize-space()"/>
  </xsl:function>

  <!-- the version (editionStmt/edition/@n) and the date of publication -->
  <xsl:function name="ed:edition-version" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:editionStmt/tei:edition/@n)[1] ! string()"/>
  </xsl:function>
  <xsl:function name="ed:publication-date" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:date/@when)[1] ! string()"/>
  </xsl:function>

  <!-- the licence's address, if the link policy allows it -->
  <xsl:function name="ed:licence-url" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence/@target ! ed:link(.))[1]"/>
  </xsl:function>

  <!-- ===== identity, for the metadata files of a deposit (CITATION.cff, codemeta.json) ===== -->

  <!-- the licences of the header as SPDX identifiers, where their address names one
       (Creative Commons licences and CC0 by their address; spdx.org/licenses/ID) -->
  <xsl:function name="ed:licences-spdx" as="xs:string*">
    <xsl:param name="doc" as="node()"/>
    <xsl:for-each select="distinct-values(root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence/@target ! normalize-space())">
      <xsl:choose>
        <xsl:when test="matches(., '^https?://creativecommons\.org/licenses/([a-z-]+)/([0-9.]+)/?')">
          <xsl:sequence select="replace(., '^https?://creativecommons\.org/licenses/([a-z-]+)/([0-9.]+)/?.*$', 'CC-$1-$2') ! upper-case(.)"/>
        </xsl:when>
        <xsl:when test="matches(., '^https?://creativecommons\.org/publicdomain/zero/1\.0/?')">CC0-1.0</xsl:when>
        <xsl:when test="matches(., '^https?://spdx\.org/licenses/[A-Za-z0-9.+-]+(\.html)?$')">
          <xsl:sequence select="replace(., '^https?://spdx\.org/licenses/([A-Za-z0-9.+-]+?)(\.html)?$', '$1')"/>
        </xsl:when>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <!-- who is credited, as maps: 'kind' (person or organisation), 'name' (the name as written),
       'family' and 'given' (a persName's surname and forenames; a persName written whole is
       divided at its last space), and 'orcid' where a persName points to one; the names of
       titleStmt's author, editor and respStmt, in $lang -->
  <xsl:function name="ed:credited" as="map(xs:string, xs:string)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="stmt" select="root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt"/>
    <xsl:for-each select="ed:in-language($stmt/(tei:author | tei:editor | tei:respStmt/(tei:name | tei:orgName | tei:persName)), $lang)">
      <xsl:variable name="orcid" select="tokenize(@ref)[matches(., '^https://orcid\.org/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$')][1]"/>
      <xsl:variable name="whole" select="normalize-space()"/>
      <xsl:sequence select="map:merge((
          map { 'kind': if (self::tei:orgName or self::tei:name[not(@type = 'person')]) then 'organisation' else 'person',
                'name': $whole },
          if (tei:surname) then map { 'family': normalize-space(tei:surname[1]), 'given': string-join(tei:forename ! normalize-space(), ' ') }
          else if (self::tei:persName and contains($whole, ' ')) then map { 'family': replace($whole, '^.* ', ''), 'given': replace($whole, ' [^ ]*$', '') }
          else (),
          $orcid ! map { 'orcid': . }))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    </xsl:for-each>
  </xsl:function>

  <!-- the edition's identifiers: a DOI (publicationStmt/idno type="DOI") and its address -->
  <xsl:function name="ed:doi" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:idno[@type = 'DOI'] ! normalize-space())[matches(., '^10\.[0-9]{4,}/\S+$')][1]"/>
  </xsl:function>

</xsl:stylesheet>

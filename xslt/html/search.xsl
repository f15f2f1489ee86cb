<?xml version="1.0" encoding="UTF-8"?>
<!-- Search without a server: the site carries its own index (search-index.js, plain
     script so that it loads from the file system too) and web/js/search.js reads it. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="search-page">
    <h1><xsl:value-of select="ed:msg('nav-search')"/></h1>
    <form class="search-form" role="search" action="search.html" method="get">
      <label for="search-q"><xsl:value-of select="ed:msg('search-label')"/></label>
      <input type="search" id="search-q" name="q" autocomplete="off"/>
      <button type="submit"><xsl:value-of select="ed:msg('search')"/></button>
    </form>
    <noscript><p><xsl:value-of select="ed:msg('search-needs-js')"/></p></noscript>
    <section aria-live="polite" aria-labelledby="search-results-title">
      <h2 id="search-results-title"><xsl:value-of select="ed:msg('search-results')"/></h2>
      <ol id="search-results" data-none="{ed:msg('search-none')}"></ol>
    </section>
    <script src="search-index.js"></script>
  </xsl:template>

  <xsl:template name="search-index">
    <xsl:variable name="items" as="map(*)*">
      <xsl:for-each select="$tei/tei:text/(tei:front | tei:body)//(tei:p | tei:ab)">
        <xsl:sequence select="map { 'u': 'index.html#' || (@xml:id, ancestor::tei:div[1]/@xml:id)[1],
                                    'l': if (self::tei:p) then ed:paragraph-label(.) else ed:reading(../tei:head),
                                    't': ed:reading(node()) }"/>
      </xsl:for-each>
      <xsl:for-each select="$tei/tei:text//tei:note[@type = 'authorial']">
        <xsl:sequence select="map { 'u': 'index.html#' || ed:note-id(.), 'l': ed:msg('footnote') || ' ' || @n, 't': ed:reading(node()) }"/>
      </xsl:for-each>
      <xsl:for-each select="$tei/tei:standOff//*[self::tei:person or self::tei:place or self::tei:org or self::tei:event][@xml:id]">
        <xsl:sequence select="map { 'u': ed:page(ed:register-page(.)) || '#' || @xml:id,
                                    'l': ed:msg(local-name()) || ': ' || ed:entity-name(., $text-lang),
                                    't': string-join((*[@type = ('reg', 'variant')] ! normalize-space(), ed:in-language(tei:note, $ui-lang) ! normalize-space()), ' · ') }"/>
      </xsl:for-each>
      <xsl:for-each select="$tei/tei:standOff//tei:listBibl/tei:bibl">
        <xsl:sequence select="map { 'u': ed:page('bibliography') || '#' || @xml:id, 'l': ed:bibl-short(.), 't': normalize-space() }"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:text>window.EDITION_SEARCH = </xsl:text>
    <xsl:value-of select="serialize(array { $items }, map { 'method': 'json' })"/>
    <xsl:text>;&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- Search without a server: the site carries its own index (search-index.js, plain
     script so that it loads from the file system too) and web/js/search.js reads it.
     Each item of the index is a place a reader can land on:
       u  its address (a page and an id),
       l  where it is, as the edition cites it ("§11", "C7", "§11 a"),
       k  what it is, in the interface language ("Footnote", "Editorial commentary"…),
       p  its searchable texts, each [text, language]: the words of the text in the
          language of the text, the editors' words in the interface language. -->
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
    <p class="search-scope"><xsl:value-of select="ed:msg('search-scope') ! replace(., '\{1\}', ed:search-scope())"/></p>
    <noscript><p><xsl:value-of select="ed:msg('search-needs-js')"/></p></noscript>
    <section aria-live="polite" aria-labelledby="search-results-title">
      <h2 id="search-results-title"><xsl:value-of select="ed:msg('search-results')"/></h2>
      <p id="search-count" class="search-count"
         data-count="{ed:msg('search-count')}" data-count-one="{ed:msg('search-count-one')}"
         data-count-one-place="{ed:msg('search-count-one-place')}" data-more="{ed:msg('search-more')}"></p>
      <ol id="search-results" data-none="{ed:msg('search-none')}"></ol>
    </section>
    <script src="search-index.js"></script>
  </xsl:template>

  <!-- what the index holds, in words ("the text, footnotes … and bibliography"): only the
       kinds of matter this document has -->
  <xsl:function name="ed:search-scope" as="xs:string">
    <xsl:variable name="parts" select="(
        'search-in-text',
        'search-in-footnotes'[$tei/tei:text//tei:note[@type = 'authorial']],
        'search-in-commentary'[$tei/tei:text//tei:note[@type = 'commentary']],
        'search-in-app-notes'[some $app in $tei/tei:text//tei:app satisfies exists(ed:app-note($app, $ui-lang))],
        (if (ed:has-transcript($tei)) then 'search-in-transcript-readings' else 'search-in-witness-readings')[$tei/tei:text//tei:app],
        'search-in-registers'[$tei/tei:standOff//(tei:person | tei:place | tei:org | tei:event)],
        'search-in-bibliography'[exists(ed:bibliography($tei))]) ! ed:msg(.)"/>
    <xsl:sequence select="if (count($parts) le 1) then string($parts)
                          else string-join($parts[position() lt last()], ', ') || ed:msg('list-and') || $parts[last()]"/>
  </xsl:function>

  <!-- a searchable text and its language -->
  <xsl:function name="ed:search-part" as="array(xs:string)?">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="if (normalize-space($text)) then [normalize-space($text), $lang] else ()"/>
  </xsl:function>

  <xsl:template name="search-index">
    <xsl:variable name="items" as="map(*)*">
      <!-- the text: paragraphs (and the keywords of the abstracts) -->
      <xsl:for-each select="$tei/tei:text/(tei:front | tei:body)//(tei:p | tei:ab)">
        <xsl:sequence select="map { 'u': 'index.html#' || (@xml:id, ancestor::tei:div[1]/@xml:id)[1],
                                    'l': if (self::tei:p) then ed:paragraph-label(.) else ed:reading(../tei:head),
                                    'k': '',
                                    'p': array { ed:search-part(ed:reading(node()), ed:lang(.)) } }"/>
      </xsl:for-each>
      <!-- the author's footnotes -->
      <xsl:for-each select="$tei/tei:text//tei:note[@type = 'authorial']">
        <xsl:sequence select="map { 'u': 'index.html#' || ed:note-id(.),
                                    'l': string-join((ed:msg('footnote') || ' ' || @n, ed:paragraph(.) ! ('(' || ed:paragraph-label(.) || ')')), ' '),
                                    'k': '',
                                    'p': array { ed:search-part(ed:reading(node()), ed:lang(.)) } }"/>
      </xsl:for-each>
      <!-- the editors' commentary, in the interface language -->
      <xsl:for-each select="$tei/tei:text//tei:note[@type = 'commentary']">
        <xsl:variable name="target" select="ed:target(@target)[1]"/>
        <xsl:sequence select="map { 'u': 'index.html#' || @xml:id,
                                    'l': string-join((ed:note-label(.), $target ! ed:place-label(.)[.] ! ('(' || . || ')')), ' '),
                                    'k': ed:msg('commentary-note'),
                                    'p': array { ed:words(., $ui-lang) ! ed:search-part(ed:reading(node()), ed:lang(.)) } }"/>
      </xsl:for-each>
      <!-- the apparatus: the editors' note on an entry (interface language) and the
           transcript's readings (the language of the text), found in the entry -->
      <xsl:for-each select="$tei/tei:text//tei:app">
        <xsl:variable name="u" select="'index.html#entry-' || ed:app-id(.)"/>
        <xsl:variable name="notes" select="ed:app-note(., $ui-lang)"/>
        <xsl:if test="$notes">
          <xsl:sequence select="map { 'u': $u, 'l': ed:app-label(.), 'k': ed:msg('search-app-note'),
                                      'p': array { $notes ! ed:search-part(ed:reading(node()), ed:lang(.)) } }"/>
        </xsl:if>
        <xsl:variable name="app" select="."/>
        <xsl:for-each select="ed:app-readings(.)">
          <xsl:sequence select="map { 'u': $u, 'l': ed:app-label($app), 'k': ed:msg('search-app-reading') || ' ' || ?sigla,
                                      'p': array { ed:search-part(?text, ed:lang($app)) } }"/>
        </xsl:for-each>
      </xsl:for-each>
      <!-- the registers: the forms of a name and the editors' notes -->
      <xsl:for-each select="$tei/tei:standOff//*[self::tei:person or self::tei:place or self::tei:org or self::tei:event][@xml:id]">
        <xsl:sequence select="map { 'u': ed:page(ed:register-page(.)) || '#' || @xml:id,
                                    'l': ed:msg(local-name()) || ': ' || ed:entity-name(., $text-lang),
                                    'k': '',
                                    'p': array { (*[@type = ('reg', 'variant')], ed:in-language(tei:note, $ui-lang)) ! ed:search-part(string(.), ed:lang(.)) } }"/>
      </xsl:for-each>
      <xsl:for-each select="ed:bibliography($tei)">
        <xsl:sequence select="map { 'u': ed:page('bibliography') || '#' || @xml:id, 'l': ed:bibl-short(.), 'k': '',
                                    'p': array { ed:search-part(string(.), ed:lang(.)) } }"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:text>window.EDITION_SEARCH = </xsl:text>
    <xsl:value-of select="serialize(array { $items }, map { 'method': 'json' })"/>
    <xsl:text>;&#10;</xsl:text>
  </xsl:template>

</xsl:stylesheet>

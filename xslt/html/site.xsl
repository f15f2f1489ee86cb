<?xml version="1.0" encoding="UTF-8"?>
<!-- The HTML edition: every page of the site as a result document (the <main> and
     <footer> of the page; edition/html.py wraps the site chrome around them).
     Parameters: ui-lang and messages (xslt/common/messages.xsl), downloads (JSON: [[kind, [file
     name…]]…] in the order the site lists them, only kinds with files; edition/html.py). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>
  <xsl:import href="text.xsl"/>
  <xsl:import href="apparatus.xsl"/>
  <xsl:import href="registers.xsl"/>
  <xsl:import href="maps.xsl"/>
  <xsl:import href="about.xsl"/>
  <xsl:import href="search.xsl"/>
  <xsl:import href="metadata.xsl"/>

  <xsl:output method="html" html-version="5" indent="no" encoding="UTF-8"/>

  <xsl:param name="downloads" as="xs:string" select="'[]'"/>
  <!-- the way from a page to the site's root folder: '' for the Turkish pages, '../' for en/ -->
  <xsl:param name="root" as="xs:string" select="''"/>
  <!-- the documentation of the encoding (edition/odd.py: one XHTML <main>, in English), for a
       page of its own; empty: no such page -->
  <xsl:param name="encoding" as="xs:string" select="''"/>

  <xsl:variable name="ed:download-kinds" as="xs:string*" select="array:flatten(array:for-each(parse-json($downloads), function($k) { $k(1) }))"/>
  <!-- kind → array of file names -->
  <xsl:variable name="ed:downloads" as="map(*)" select="map:merge(array:flatten(array:for-each(parse-json($downloads), function($k) { map { $k(1): $k(2) } })))"/>
  <!-- a kind's label: "download-<kind>" of web/messages.json, else the kind itself -->
  <xsl:function name="ed:download-label" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="($ed:messages('download-' || $kind), $kind)[1]"/>
  </xsl:function>
  <xsl:variable name="tei" select="/tei:TEI"/>
  <xsl:variable name="ed:root" select="$root"/>
  <!-- the language of the edited text (the interface may be in another) -->
  <xsl:variable name="text-lang" select="ed:main-lang(/)"/>

  <xsl:function name="ed:page" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="$name || '.html'"/>
  </xsl:function>

  <xsl:function name="ed:register-page" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="map { 'person': 'persons', 'place': 'places', 'org': 'organisations',
                                'event': 'events', 'bibl': 'bibliography' }(local-name($entry))"/>
  </xsl:function>

  <!-- stable ids for generated anchors: from the TEI's own ids and positions -->
  <xsl:function name="ed:app-id" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="'app-' || (ed:paragraph($app)/@xml:id, $app/ancestor::*[@xml:id][1]/@xml:id)[1] || '-' || ed:app-letter($app)"/>
  </xsl:function>
  <xsl:function name="ed:quote-id" as="xs:string">
    <xsl:param name="quote" as="element(tei:quote)"/>
    <xsl:variable name="p" select="(ed:paragraph($quote), $quote/ancestor::tei:div[1])[1]"/>
    <xsl:sequence select="'quote-' || $p/@xml:id || '-' || count($p//tei:quote[. &lt;&lt; $quote]) + 1"/>
  </xsl:function>
  <xsl:function name="ed:note-id" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="($note/@xml:id, 'fn-' || $note/@n)[1]"/>
  </xsl:function>
  <!-- an occurrence of a name or work: its entry and its number among the occurrences of
       that entry outside the header, counted in one pass over the document -->
  <xsl:accumulator name="ed:occurrences" initial-value="map {}" as="map(xs:string, xs:integer)">
    <xsl:accumulator-rule match="*[@ref or tei:ref/@target or @corresp][not(ancestor::tei:teiHeader)]"
        select="let $p := string((@ref, tei:ref/@target, @corresp)[1]) return map:put($value, $p, ($value($p), 0)[1] + 1)"/>
  </xsl:accumulator>
  <xsl:function name="ed:occurrence-id" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="pointer" select="string(($el/@ref, $el/tei:ref/@target, $el/@corresp)[1])"/>
    <xsl:sequence select="'occ-' || substring-after($pointer, '#') || '-' || $el/accumulator-before('ed:occurrences')($pointer)"/>
  </xsl:function>

  <!-- elements that become links (HTML links cannot nest) -->
  <xsl:function name="ed:inside-link" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="exists($el/ancestor::*[
        (self::tei:persName | self::tei:placeName | self::tei:orgName | self::tei:name | self::tei:rs)[@ref]
        or self::tei:ref[parent::tei:bibl]
        or (self::tei:author | self::tei:title)[parent::tei:bibl[@corresp]][. is (../tei:author, ../tei:title)[1]]])"/>
  </xsl:function>

  <!-- the path of a page of this interface from the site's folder: index.html, en/index.html -->
  <xsl:function name="ed:own-path" as="xs:string">
    <xsl:param name="page" as="xs:string"/>
    <xsl:sequence select="(if ($root = '') then '' else $ed:ui-lang || '/') || $page"/>
  </xsl:function>

  <!-- how to cite the edition from a page, or a paragraph: the citation of xslt/common with
       the canonical address where there is one (xslt/common/citation.xsl), never another -->
  <xsl:function name="ed:page-citation" as="xs:string">
    <xsl:param name="page" as="xs:string"/>
    <xsl:sequence select="string-join((ed:edition-citation($tei, $ed:ui-lang), ed:canonical-url($tei, ed:own-path($page))), ', ') || '.'"/>
  </xsl:function>
  <xsl:function name="ed:citation" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="string-join((ed:edition-citation(root($p)/tei:TEI, $ed:ui-lang), ed:paragraph-label($p),
                                       ed:canonical-url($tei, ed:own-path('index.html') || '#' || $p/@xml:id)), ', ') || '.'"/>
  </xsl:function>

  <!-- what a highlight of the edition page marks: the names of a kind of entry, or the dates -->
  <xsl:function name="ed:highlighted" as="element()*">
    <xsl:param name="text" as="element(tei:text)"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="map { 'person': $text//tei:persName[@ref], 'place': $text//tei:placeName[@ref],
                                'org': $text//tei:orgName[@ref], 'event': $text//*[@type = 'event'][@ref],
                                'date': $text//tei:date }($kind)"/>
  </xsl:function>

  <!-- ===== the pages ===== -->

  <xsl:template match="/">
    <xsl:call-template name="page">
      <xsl:with-param name="name" select="'index'"/>
      <xsl:with-param name="title" select="ed:edition-title(., $text-lang)"/>
      <xsl:with-param name="content"><xsl:call-template name="edition-page"/></xsl:with-param>
    </xsl:call-template>
    <!-- a register page for each kind of entry the document has -->
    <xsl:for-each select="('persons', 'places', 'organisations', 'events')[let $entry := $ed:register-kinds(.) return exists($tei/tei:standOff//*[local-name() = $entry])]">
      <xsl:variable name="kind" select="."/>
      <xsl:call-template name="page">
        <xsl:with-param name="name" select="$kind"/>
        <xsl:with-param name="title" select="ed:msg($kind)"/>
        <xsl:with-param name="content">
          <xsl:call-template name="register-page"><xsl:with-param name="kind" select="$kind"/></xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:for-each>
    <xsl:if test="exists(ed:bibliography($tei))">
      <xsl:call-template name="page">
        <xsl:with-param name="name" select="'bibliography'"/>
        <xsl:with-param name="title" select="ed:msg('nav-bibliography')"/>
        <xsl:with-param name="content"><xsl:call-template name="bibliography-page"/></xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="page">
      <xsl:with-param name="name" select="'about'"/>
      <xsl:with-param name="title" select="ed:msg('nav-about')"/>
      <xsl:with-param name="content"><xsl:call-template name="about-page"/></xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="page">
      <xsl:with-param name="name" select="'search'"/>
      <xsl:with-param name="title" select="ed:msg('nav-search')"/>
      <xsl:with-param name="content"><xsl:call-template name="search-page"/></xsl:with-param>
    </xsl:call-template>
    <xsl:if test="ed:has-timeline($tei)">
      <xsl:call-template name="page">
        <xsl:with-param name="name" select="'timeline'"/>
        <xsl:with-param name="title" select="ed:msg('timeline')"/>
        <xsl:with-param name="content">
          <h1 lang="{$ui-lang}"><xsl:value-of select="ed:msg('timeline')"/></h1>
          <xsl:call-template name="ed:timeline">
            <xsl:with-param name="doc" select="$tei"/>
            <xsl:with-param name="text-href" select="ed:page('index')"/>
            <xsl:with-param name="events-href" select="ed:page('events')"/>
          </xsl:call-template>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:if test="$encoding">
      <xsl:variable name="documentation" select="parse-xml($encoding)/*"/>
      <xsl:call-template name="page">
        <xsl:with-param name="name" select="'encoding'"/>
        <xsl:with-param name="title" select="ed:msg('encoding-doc')"/>
        <xsl:with-param name="content">
          <div class="{$documentation/@class}" lang="{$documentation/@lang}"><xsl:sequence select="$documentation/node()"/></div>
        </xsl:with-param>
      </xsl:call-template>
    </xsl:if>
    <xsl:result-document href="entities.js" method="text">
      <xsl:call-template name="entity-data"/>
    </xsl:result-document>
    <xsl:result-document href="search-index.js" method="text">
      <xsl:call-template name="search-index"/>
    </xsl:result-document>
  </xsl:template>

  <xsl:template name="page">
    <xsl:param name="name" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="content" as="node()*"/>
    <xsl:variable name="page" as="element()">
      <div class="page" data-page="{$name}" data-title="{$title}">
        <div class="page-head"><xsl:call-template name="metadata"><xsl:with-param name="page" select="$name"/></xsl:call-template></div>
        <main id="main" tabindex="-1">
          <xsl:sequence select="$content"/>
        </main>
        <footer class="colophon">
          <p class="citation" lang="{$ui-lang}"><xsl:value-of select="ed:page-citation($name || '.html')"/></p>
          <!-- a kind of download of one file links it; a kind of several (the open data) links
               the about page, which lists them; the schema is the edition's, listed there only -->
          <p class="downloads"><xsl:value-of select="ed:msg('downloads')"/>:
            <xsl:variable name="kinds" select="$ed:download-kinds[. ne 'schema']"/>
            <xsl:for-each select="$kinds[array:size($ed:downloads(.)) eq 1], $kinds[array:size($ed:downloads(.)) gt 1]">
              <xsl:variable name="kind" select="."/>
              <xsl:variable name="files" select="array:flatten($ed:downloads($kind))"/>
              <xsl:choose>
                <xsl:when test="count($files) eq 1">
                  <a href="{$ed:root}downloads/{ed:file-link($files)}" download="" type="{ed:media-type($kind, $files)}"><xsl:value-of select="ed:download-label($kind)"/></a>
                </xsl:when>
                <xsl:otherwise><a href="{ed:page('about')}#downloads"><xsl:value-of select="ed:download-label($kind)"/></a></xsl:otherwise>
              </xsl:choose>
              <xsl:if test="position() != last()"><xsl:text> · </xsl:text></xsl:if>
            </xsl:for-each>
          </p>
          <p>
            <xsl:for-each select="ed:in-language($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence, $ui-lang)">
              <xsl:choose>
                <xsl:when test="ed:link(@target)">
                  <a rel="license" href="{ed:link(@target)}" lang="{ed:lang(.)}"><xsl:value-of select="normalize-space()"/></a>
                </xsl:when>
                <xsl:otherwise><span lang="{ed:lang(.)}"><xsl:value-of select="normalize-space()"/></span></xsl:otherwise>
              </xsl:choose>
              <xsl:text> </xsl:text>
            </xsl:for-each>
            <xsl:for-each select="ed:in-language($tei/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:availability/tei:p, $ui-lang)">
              <span lang="{ed:lang(.)}"><xsl:value-of select="normalize-space()"/></span>
            </xsl:for-each>
          </p>
        </footer>
      </div>
    </xsl:variable>
    <!-- serialised here, so that the captured result is the HTML text itself -->
    <xsl:result-document href="{$name}.html" method="text">
      <xsl:value-of select="serialize($page, map { 'method': 'html', 'html-version': 5.0, 'indent': false() })"/>
    </xsl:result-document>
  </xsl:template>

  <!-- ===== the edition page ===== -->

  <xsl:template name="edition-page">
    <xsl:variable name="text" select="$tei/tei:text"/>
    <header class="edition-head" lang="{$text-lang}">
      <h1>
        <xsl:value-of select="ed:edition-title($tei, $text-lang)"/>
        <xsl:if test="$tei/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@subtype = 'supplied']">
          <span class="supplied-mark" title="{ed:msg('supplied-title')}" lang="{$ui-lang}"> [<xsl:value-of select="ed:msg('supplied-title')"/>]</span>
        </xsl:if>
      </h1>
      <xsl:for-each select="ed:edition-subtitle($tei, $text-lang)"><p class="subtitle"><xsl:value-of select="."/></p></xsl:for-each>
      <details class="cite-edition" lang="{$ui-lang}">
        <summary><xsl:value-of select="ed:msg('how-to-cite')"/></summary>
        <p class="citation" lang="{$ui-lang}"><xsl:value-of select="ed:page-citation('index.html')"/></p>
      </details>
    </header>

    <nav class="toc" aria-labelledby="toc-title" lang="{$ui-lang}">
      <h2 id="toc-title"><xsl:value-of select="ed:msg('contents')"/></h2>
      <ol>
        <xsl:for-each select="$text/(tei:front | tei:body)/tei:div">
          <!-- a division without a head (a letter) is named by its dateline -->
          <li><a href="#{@xml:id}" lang="{(ancestor-or-self::*/@xml:lang)[last()]}">
            <xsl:value-of select="if (tei:head) then tei:head ! (ed:head-number(.) || ed:reading(node())) else ed:division-label(.)"/></a></li>
        </xsl:for-each>
        <xsl:if test="$text//tei:note[@type = 'authorial']">
          <li><a href="#footnotes"><xsl:value-of select="ed:msg('footnotes')"/></a></li>
        </xsl:if>
        <xsl:if test="$text//tei:note[@type = 'commentary']">
          <li><a href="#commentary"><xsl:value-of select="ed:msg('commentary')"/></a></li>
        </xsl:if>
      </ol>
    </nav>

    <form class="controls" lang="{$ui-lang}" aria-label="{ed:msg('view')}">
      <!-- the views a text has: its original lineation where it records one, the witness's
           readings where it has an apparatus -->
      <xsl:if test="$text//(tei:lb | tei:app)">
        <fieldset>
          <legend><xsl:value-of select="ed:msg('view')"/></legend>
          <xsl:if test="$text//tei:lb">
            <label><input type="radio" name="view" id="view-reading" value="reading" checked="checked"/> <xsl:value-of select="ed:msg('view-reading')"/></label>
            <label><input type="radio" name="view" id="view-diplomatic" value="diplomatic"/> <xsl:value-of select="ed:msg('view-diplomatic')"/></label>
          </xsl:if>
          <xsl:if test="$text//tei:app">
            <!-- the readings of a transcript, or of a witness known by its description -->
            <label><input type="checkbox" id="show-witness"/> <xsl:value-of select="ed:msg(if (ed:has-transcript($tei)) then 'view-witness' else 'view-witness-readings')"/></label>
          </xsl:if>
        </fieldset>
      </xsl:if>
      <fieldset>
        <legend><xsl:value-of select="ed:msg('highlight')"/></legend>
        <xsl:for-each select="('person', 'place', 'org', 'event', 'date')[exists(ed:highlighted($text, .))]">
          <label class="hl-{.}"><input type="checkbox" id="hl-{.}"/> <xsl:value-of select="ed:msg(if (. = 'date') then 'dates' else .)"/></label>
        </xsl:for-each>
      </fieldset>
    </form>

    <article class="text" lang="{$text-lang}">
      <xsl:if test="$text/tei:front/tei:div">
        <section class="front" aria-label="{ed:msg('abstracts')}">
          <xsl:apply-templates select="$text/tei:front/tei:div" mode="text"/>
        </section>
      </xsl:if>
      <xsl:apply-templates select="$text/tei:body/(tei:div | tei:pb)" mode="text"/>
    </article>

    <xsl:call-template name="footnotes"/>
    <xsl:call-template name="commentary"/>
    <script src="entities.js"></script>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The registers (persons, places, organisations, events) and the bibliography: each
     entry with its forms, identification and authority links, and links back to every
     place in the text that names it. Entries in the alphabetical order of the edition's
     language (xslt/common/collation.xsl). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:register-kinds" as="map(xs:string, xs:string)"
                select="map { 'persons': 'person', 'places': 'place', 'organisations': 'org', 'events': 'event' }"/>

  <xsl:key name="ed:occurrences" match="tei:text//*[@ref]" use="tokenize(@ref) ! substring-after(., '#')"/>
  <xsl:key name="ed:citations" match="tei:text//tei:bibl[tei:ref]" use="tei:ref/@target ! substring-after(., '#')"/>
  <xsl:key name="ed:citations" match="tei:text//tei:bibl[@corresp]" use="substring-after(@corresp, '#')"/>
  <xsl:key name="ed:quotes-by-source" match="tei:text//tei:quote[@source]" use="@source"/>

  <xsl:template name="register-page">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="entries" select="$tei/tei:standOff//*[local-name() = $ed:register-kinds($kind)][@xml:id]"/>
    <h1><xsl:value-of select="ed:msg($kind)"/></h1>
    <p class="count"><xsl:value-of select="count($entries) || ' ' || ed:msg('entries')"/></p>
    <xsl:if test="$kind = 'places'">
      <xsl:call-template name="places-maps"><xsl:with-param name="places" select="$entries"/></xsl:call-template>
    </xsl:if>
    <ol class="register register-{$kind}">
      <xsl:for-each select="$entries">
        <xsl:sort select="ed:sort-key(ed:entity-name(., $text-lang), $text-lang)"/>
        <xsl:apply-templates select="." mode="register-entry"/>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <xsl:template match="*" mode="register-entry">
    <li class="entry" id="{@xml:id}">
      <xsl:if test="self::tei:place and exists(ed:latlon(.))">
        <xsl:call-template name="place-locator">
          <xsl:with-param name="place" select="."/>
        </xsl:call-template>
      </xsl:if>
      <h2 lang="{$text-lang}"><xsl:value-of select="ed:entity-name(., $text-lang)"/></h2>
      <!-- the regularised names in the other languages, where they differ -->
      <xsl:for-each select="*[@type = 'reg'][@xml:lang][@xml:lang ne $text-lang][normalize-space() ne ed:entity-name(.., $text-lang)]">
        <p class="name-other" lang="{@xml:lang}"><xsl:value-of select="normalize-space()"/></p>
      </xsl:for-each>
      <dl>
        <xsl:call-template name="entry-facts"/>
        <dt><xsl:value-of select="ed:msg('forms')"/></dt>
        <dd lang="{$text-lang}">
          <xsl:for-each select="*[@type = 'variant']">
            <xsl:if test="position() gt 1"><xsl:text> · </xsl:text></xsl:if>
            <!-- a form of the English abstract is English -->
            <span><xsl:if test="ed:lang(.) ne $text-lang"><xsl:attribute name="lang" select="ed:lang(.)"/></xsl:if><xsl:value-of select="normalize-space()"/></span>
          </xsl:for-each>
        </dd>
        <dt><xsl:value-of select="ed:msg('occurrences')"/></dt>
        <dd>
          <!-- each occurrence with the words around it, so that "§7, §7" says which is which -->
          <ol class="occurrences">
            <xsl:for-each select="key('ed:occurrences', @xml:id)">
              <li><a href="{ed:page('index')}#{(@xml:id, ed:occurrence-id(.))[1]}"><xsl:value-of select="ed:place-label(.)"/></a>
                <xsl:text> </xsl:text><xsl:sequence select="ed:keyword-in-context(.)"/></li>
            </xsl:for-each>
          </ol>
        </dd>
      </dl>
    </li>
  </xsl:template>

  <!-- type, dates, certainty, identification note, authority links: shared with the popover cards -->
  <xsl:template name="entry-facts">
    <dt><xsl:value-of select="ed:msg(local-name())"/></dt>
    <xsl:for-each select="ed:what-it-was(., $ui-lang)">
      <dd lang="{ed:lang(.)}"><xsl:value-of select="."/></dd>
    </xsl:for-each>
    <xsl:for-each select="ed:entity-dates(., $ui-lang)">
      <dt><xsl:value-of select="ed:msg('dates')"/></dt><dd><xsl:value-of select="."/></dd>
    </xsl:for-each>
    <xsl:for-each select="tei:location/tei:geo">
      <dt><xsl:value-of select="ed:msg('coordinates')"/></dt><dd><xsl:value-of select="."/></dd>
    </xsl:for-each>
    <dt><xsl:value-of select="ed:msg('certainty')"/></dt>
    <dd><xsl:value-of select="ed:msg('cert-' || (@cert, 'high')[1])"/></dd>
    <xsl:for-each select="ed:in-language(tei:note[@type = 'identification'], $ui-lang)">
      <dt><xsl:value-of select="ed:msg('identification')"/></dt>
      <dd lang="{ed:lang(.)}"><xsl:value-of select="normalize-space()"/></dd>
    </xsl:for-each>
    <xsl:if test="tei:idno">
      <dt><xsl:value-of select="ed:msg('authority')"/></dt>
      <dd>
        <xsl:for-each select="tei:idno">
          <xsl:choose>
            <xsl:when test="ed:authority-url(.)">
              <a href="{ed:authority-url(.)}" rel="external"><xsl:value-of select="ed:authority-label(.)"/></a>
            </xsl:when>
            <xsl:otherwise><xsl:value-of select="ed:authority-label(.)"/></xsl:otherwise>
          </xsl:choose>
          <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
        </xsl:for-each>
      </dd>
    </xsl:if>
  </xsl:template>

  <!-- a name in the words around it: "… Ankara’da <mark>Mustafa Kemal</mark> Paşa ile …".
       Read from the nodes beside the name (or beside the phrase of the block that holds it),
       a few on each side: the cost does not grow with the length of the paragraph. -->
  <xsl:function name="ed:keyword-in-context" as="element()">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="block" select="$el/ancestor::*[self::tei:p or self::tei:note or self::tei:head or self::tei:ab][1]"/>
    <xsl:variable name="phrase" select="($el/ancestor-or-self::*[parent::* is $block], $el)[1]"/>
    <xsl:variable name="inside" select="$phrase//text() except $el//text()"/>
    <xsl:variable name="before" select="ed:reading-raw(($phrase/preceding-sibling::node()[position() le 4], $inside[. &lt;&lt; $el]))"/>
    <xsl:variable name="after" select="ed:reading-raw(($inside[. &gt;&gt; $el], $phrase/following-sibling::node()[position() le 4]))"/>
    <xsl:variable name="words-before" select="tokenize(normalize-space($before), ' ')[position() gt last() - 4]"/>
    <xsl:variable name="words-after" select="tokenize(normalize-space($after), ' ')[position() le 4]"/>
    <span class="kwic" lang="{ed:lang($el)}">
      <xsl:value-of select="'… ' || string-join($words-before, ' ') || (if (matches($before, '\s$')) then ' ' else '')"/>
      <mark><xsl:value-of select="ed:reading($el/node())"/></mark>
      <xsl:value-of select="(if (matches($after, '^\s')) then ' ' else '') || string-join($words-after, ' ') || ' …'"/>
    </span>
  </xsl:function>

  <!-- what the popovers of the edition page show, as data for web/js/edition.js:
       id → [name, kind, type, dates, certainty, register link, [[label, url]…]] -->
  <xsl:template name="entity-data">
    <xsl:variable name="entries" as="map(*)*">
      <xsl:for-each select="$tei/tei:standOff//*[self::tei:person or self::tei:place or self::tei:org or self::tei:event][@xml:id]">
        <xsl:sequence select="map { string(@xml:id): [
            ed:entity-name(., $text-lang), ed:msg(local-name()), string(ed:what-it-was(., $ui-lang)),
            string((ed:entity-dates(., $ui-lang), '')[1]), ed:msg('cert-' || (@cert, 'high')[1]),
            ed:page(ed:register-page(.)) || '#' || @xml:id,
            array { tei:idno[ed:authority-url(.)] ! [ed:authority-label(.), ed:authority-url(.)] } ] }"/>
      </xsl:for-each>
    </xsl:variable>
    <xsl:text>window.EDITION_ENTITIES = </xsl:text>
    <xsl:value-of select="serialize(map:merge($entries), map { 'method': 'json' })"/>
    <xsl:text>;&#10;window.EDITION_LABELS = </xsl:text>
    <xsl:value-of select="serialize(map { 'register': ed:msg('register-entry'), 'close': ed:msg('back-to-text'),
                                          'footnote': ed:msg('footnote'), 'copied': ed:msg('copied'), 'copy': ed:msg('copy'),
                                          'textLang': $text-lang },
                                    map { 'method': 'json' })"/>
    <xsl:text>;&#10;</xsl:text>
  </xsl:template>

  <!-- ===== the bibliography ===== -->

  <xsl:template name="bibliography-page">
    <xsl:variable name="entries" select="ed:bibliography($tei)"/>
    <h1><xsl:value-of select="ed:msg('nav-bibliography')"/></h1>
    <ol class="bibliography">
      <xsl:for-each select="$entries">
        <xsl:sort select="ed:bibl-sort-key(.)"/>
        <li id="{@xml:id}" class="bib-entry bib-{@type}">
          <span class="bib-text" lang="{$text-lang}"><xsl:apply-templates mode="bib"/></span>
          <xsl:if test="@subtype = 'author-date-only'">
            <xsl:text> </xsl:text><span class="incomplete">(<xsl:value-of select="ed:msg('incomplete-entry')"/>)</span>
          </xsl:if>
          <xsl:variable name="uses" select="key('ed:citations', @xml:id) | key('ed:quotes-by-source', '#' || @xml:id)"/>
          <xsl:if test="$uses">
            <p class="cited-at"><xsl:value-of select="ed:msg('cited-at')"/>:
              <xsl:for-each select="$uses">
                <xsl:variable name="quote" select="(parent::tei:cit/tei:quote, self::tei:quote)[1]"/>
                <a href="{ed:page('index')}#{if ($quote) then ed:quote-id($quote) else (@xml:id, ed:occurrence-id(.))[1]}">
                  <xsl:value-of select="if ($quote) then ed:quote-label($quote) else ed:place-label(.)"/></a>
                <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
              </xsl:for-each>
            </p>
          </xsl:if>
        </li>
      </xsl:for-each>
    </ol>
  </xsl:template>

  <xsl:template match="tei:title[@level = ('m', 'j')]" mode="bib"><cite><xsl:apply-templates mode="bib"/></cite></xsl:template>
  <xsl:template match="tei:title[@level = 'a']" mode="bib">“<xsl:apply-templates mode="bib"/>”</xsl:template>
  <xsl:template match="tei:note" mode="bib"><xsl:if test="ed:shown-in(., $ui-lang)"><span class="bib-note" lang="{ed:lang(.)}"><xsl:text> </xsl:text><xsl:apply-templates mode="bib"/></span></xsl:if></xsl:template>
  <xsl:template match="tei:gap" mode="bib">[…]</xsl:template>
  <xsl:template match="*" mode="bib"><xsl:apply-templates mode="bib"/></xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The PDF's registers (persons, places with their maps, organisations, events) and its
     bibliography, each entry with the pages where it is named or cited.
     Relies on print.xsl, which imports xslt/common/common.xsl and defines the globals. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:pr="urn:edition:print"
    exclude-result-prefixes="#all">

  <xsl:key name="pr:occurrences" match="tei:text//*[@ref]" use="tokenize(@ref) ! substring-after(., '#')"/>
  <!-- where a work is cited in the text (front and body) and its footnotes: an author-date
       reference (ref), a full reference in a footnote (bibl corresp), a quotation whose
       source is the work (quote source); not the editors' notes, which are not in the flow -->
  <xsl:key name="pr:citations" match="(tei:ref[@target] | tei:bibl[@corresp] | tei:quote[@source])
                                        [ancestor::tei:front or ancestor::tei:body]
                                        [not(ancestor::tei:note[@type = ('apparatus', 'commentary')] or ancestor::tei:rdg)]"
           use="tokenize(@target | @corresp | @source) ! substring-after(., '#')"/>

  <!-- ===== registers ===== -->

  <xsl:function name="pr:registers" as="element()*">
    <xsl:sequence select="$root//tei:standOff/(tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent)[*[@xml:id]]"/>
  </xsl:function>

  <!-- persons, places, organisations or events: the label of a register's kind -->
  <xsl:function name="pr:register-kind" as="xs:string">
    <xsl:param name="list" as="element()"/>
    <xsl:sequence select="map { 'listPerson': 'persons', 'listPlace': 'places', 'listOrg': 'organisations',
                                'listEvent': 'events' }(local-name($list))"/>
  </xsl:function>

  <!-- the order of the registers: the alphabetical order of the edition's language
       (common/collation.xsl); every sort of an entry goes through here -->
  <xsl:function name="pr:sort-key" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="ed:sort-key($s, $doc-lang)"/>
  </xsl:function>

  <!-- the name of that order, for the sentence that introduces the registers: Turkish, or the
       root order of Latin script, which is English alphabetical order -->
  <xsl:function name="pr:order-name" as="xs:string">
    <xsl:sequence select="ed:msg(if (ed:is-turkish($doc-lang)) then 'pdf-order-tr'
                                 else if (matches($doc-lang, '^en(-|$)', 'i')) then 'pdf-order-en' else 'pdf-order-other')"/>
  </xsl:function>

  <!-- where the names of the registers are counted: the text, its abstracts (front) where
       it has them, its footnotes where it has them -->
  <xsl:function name="pr:registers-intro" as="xs:string">
    <xsl:variable name="where" select="('text', 'abstracts'[$root/tei:TEI/tei:text/tei:front], 'footnotes'[$footnotes])"/>
    <xsl:sequence select="pr:say('pdf-registers-intro-order', (pr:order-name(), pr:and-list($where ! ed:msg('pdf-occur-' || .))))"/>
  </xsl:function>

  <xsl:template name="registers">
    <xsl:if test="pr:registers()">
      <section class="registers" id="registers" lang="{$pr:lang}">
        <h1><xsl:value-of select="ed:msg('pdf-registers')"/></h1>
        <p class="register-intro"><xsl:value-of select="pr:registers-intro()"/></p>
        <xsl:for-each select="pr:registers()">
          <xsl:variable name="head" select="ed:in-language(tei:head, $pr:lang)[1]"/>
          <section class="register" id="{pr:id('reg', .)}">
            <h2 lang="{($head ! ed:lang(.)[.], $pr:lang)[1]}"><xsl:value-of select="($head ! ed:reading(node()), ed:msg(pr:register-kind(.)))[1]"/></h2>
            <xsl:if test="self::tei:listPlace">
              <xsl:call-template name="place-maps"><xsl:with-param name="list" select="."/></xsl:call-template>
            </xsl:if>
            <xsl:for-each select="*[@xml:id]">
              <xsl:sort select="pr:sort-key(ed:entity-name(., $doc-lang))"/>
              <xsl:apply-templates select="." mode="register"/>
            </xsl:for-each>
          </section>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <!-- the maps of the register of places (xslt/common/map.xsl): all places with coordinates,
       then where they crowd together; the places no map shows are listed under them -->
  <xsl:template name="place-maps">
    <xsl:param name="list" as="element()"/>
    <xsl:variable name="places" select="$list/*[@xml:id]"/>
    <xsl:variable name="series" select="ed:map-series(ed:mapped($places), 3)"/>
    <xsl:for-each select="$series">
      <xsl:variable name="level" select="position()"/>
      <xsl:variable name="next" select="$series[$level + 1]"/>
      <xsl:variable name="id" select="pr:id('map', $list) || '-' || $level"/>
      <xsl:variable name="caption" select="ed:map-caption($level, exists($next))"/>
      <figure class="map" id="{$id}">
        <xsl:call-template name="ed:map-svg">
          <xsl:with-param name="places" select="?*"/>
          <xsl:with-param name="frame" select="ed:map-frame(?*)"/>
          <xsl:with-param name="width" select="640"/>
          <xsl:with-param name="font-size" select="10"/>
          <xsl:with-param name="lang" select="$doc-lang"/>
          <xsl:with-param name="id" select="$id"/>
          <xsl:with-param name="title" select="$caption"/>
          <xsl:with-param name="note" select="ed:msg('map-borders-today')"/>
          <xsl:with-param name="detail" select="if (exists($next)) then ed:map-frame($next?*) else ()"/>
          <xsl:with-param name="detail-link" select="'#' || pr:id('map', $list) || '-' || $level + 1"/>
          <xsl:with-param name="detail-label" select="ed:msg('map-detail-caption')"/>
        </xsl:call-template>
        <figcaption><xsl:value-of select="$caption"/><xsl:text> </xsl:text><xsl:value-of select="ed:msg('map-credit')"/></figcaption>
      </figure>
    </xsl:for-each>
    <xsl:for-each select="ed:unmapped-lists($places, $doc-lang)">
      <p class="map-unmapped"><xsl:value-of select="ed:msg(?1)"/>: <xsl:for-each select="?2">
          <a href="#{@xml:id}" lang="{$doc-lang}"><xsl:value-of select="ed:entity-name(., $doc-lang)"/></a>
          <xsl:if test="position() ne last()">, </xsl:if>
        </xsl:for-each>.</p>
    </xsl:for-each>
  </xsl:template>

  <!-- an entry: its name in the edition's language (in brackets its name in another: the
       PDF's, else the first the entry has, where it differs), dates, occupation or kind, all
       in the PDF's language, and the pages -->
  <xsl:template match="*" mode="register">
    <xsl:variable name="name" select="ed:entity-name(., $doc-lang)"/>
    <xsl:variable name="other-lang" select="(($pr:lang, *[@type = 'reg']/@xml:lang)[. ne $doc-lang])[1] ! string()"/>
    <xsl:variable name="other" select="$other-lang ! ed:entity-name(current(), .)"/>
    <xsl:variable name="dates" select="ed:entity-dates(., $pr:lang)"/>
    <xsl:variable name="kind" select="ed:what-it-was(., $pr:lang)"/>
    <p class="register-entry" id="{@xml:id}">
      <span class="entry-name" lang="{$doc-lang}"><xsl:value-of select="$name"/></span>
      <xsl:if test="exists($other) and $other ne $name">
        <xsl:text> </xsl:text><span class="entry-other" lang="{$other-lang}">(<xsl:value-of select="$other"/>)</span>
      </xsl:if>
      <xsl:if test="$dates or $kind">
        <xsl:text>, </xsl:text>
        <span class="entry-about">
          <xsl:value-of select="$dates"/>
          <xsl:if test="$dates and $kind">; </xsl:if>
          <xsl:for-each select="$kind"><span lang="{ed:lang(.)}"><xsl:value-of select="normalize-space()"/></span></xsl:for-each>
        </span>
      </xsl:if>
      <xsl:if test="@cert = 'low'"><xsl:text> </xsl:text><span class="entry-cert"><xsl:value-of select="ed:msg('pdf-identification-uncertain')"/></span></xsl:if>
      <xsl:text> </xsl:text>
      <xsl:sequence select="pr:page-list(key('pr:occurrences', @xml:id))"/>
    </p>
  </xsl:template>

  <!-- page numbers of occurrences: in the first pass computed by CSS (target-counter), in
       the second written out from the pages the first measured (the typesetter checks that
       they held), where an occurrence on the same page as the one before it is left out.
       Written numbers spare WeasyPrint laying out the register pages again and again. -->
  <xsl:function name="pr:page-list" as="node()*">
    <xsl:param name="occurrences" as="element()*"/>
    <xsl:variable name="ids" select="$occurrences ! pr:id(if (self::tei:ref or self::tei:bibl or self::tei:quote) then 'cit' else 'occ', .)"/>
    <xsl:variable name="kept" select="if ($final)
        then $ids[let $i := index-of($ids, .)[1] return $i eq 1 or empty(pr:page(.)) or not(pr:page(.) = $ids[position() lt $i] ! pr:page(.))]
        else $ids"/>
    <span class="pages">
      <xsl:for-each select="$kept">
        <xsl:if test="position() gt 1">, </xsl:if>
        <a class="pageref" href="#{.}"><xsl:value-of select="pr:page(.)"/></a>
      </xsl:for-each>
    </span>
  </xsl:function>

  <!-- ===== bibliography ===== -->

  <xsl:function name="pr:bibliography-head" as="element(tei:head)?">
    <xsl:sequence select="ed:in-language(($root//tei:listBibl)[1]/tei:head, $pr:lang)[1]"/>
  </xsl:function>
  <xsl:function name="pr:bibliography-title" as="xs:string">
    <xsl:sequence select="(pr:bibliography-head() ! ed:reading(node()), ed:msg('nav-bibliography'))[1]"/>
  </xsl:function>

  <xsl:template name="bibliography">
    <xsl:if test="exists(ed:bibliography($root/tei:TEI))">
      <section class="bibliography" id="bibliography" lang="{$doc-lang}">
        <h1 lang="{(pr:bibliography-head() ! ed:lang(.)[.], $pr:lang)[1]}"><xsl:value-of select="pr:bibliography-title()"/></h1>
        <xsl:for-each select="ed:bibliography($root/tei:TEI)">
          <!-- as on the web: by the surname of the first author (else the title), then the year -->
          <xsl:sort select="ed:bibl-sort-key(.)"/>
          <p class="bibl-entry" id="{(@xml:id, pr:id('bib', .))[1]}">
            <xsl:apply-templates mode="bibliography"/>
            <!-- in the order of the text: author-date references, full references in footnotes,
                 quotations from the work -->
            <xsl:variable name="cited" select="key('pr:citations', @xml:id)"/>
            <xsl:if test="$cited">
              <span class="cited-on" lang="{$pr:lang}"><xsl:value-of select="' ' || ed:msg('pdf-cited-on') || ' '"/><xsl:sequence select="pr:page-list($cited)"/>.</span>
            </xsl:if>
          </p>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="bibliography">
    <span class="bibl-note" lang="{(ed:lang(.)[.], $doc-lang)[1]}"><xsl:apply-templates mode="bibliography"/></span>
  </xsl:template>
  <xsl:template match="tei:title[@level = ('m', 'j', 's')]" mode="bibliography">
    <i><xsl:apply-templates mode="bibliography"/></i>
  </xsl:template>
  <xsl:template match="tei:title[@level = 'a']" mode="bibliography">
    <xsl:text>“</xsl:text><xsl:apply-templates mode="bibliography"/><xsl:text>”</xsl:text>
  </xsl:template>
  <xsl:template match="tei:gap" mode="bibliography">[…]</xsl:template>
  <xsl:template match="*" mode="bibliography">
    <xsl:apply-templates mode="bibliography"/>
  </xsl:template>

</xsl:stylesheet>

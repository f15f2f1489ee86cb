<?xml version="1.0" encoding="UTF-8"?>
<!-- The text of the edition in HTML: one template per TEI element, read top to bottom as
     a table of behaviours (TEI element → HTML element, classes, links). Views (reading,
     diplomatic, witness readings) and highlights are CSS over this one markup, so they
     work without JavaScript. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- ===== divisions and blocks ===== -->

  <xsl:template match="tei:div" mode="text">
    <section class="div div-{@type}" id="{@xml:id}">
      <xsl:if test="@xml:lang"><xsl:attribute name="lang" select="@xml:lang"/></xsl:if>
      <xsl:apply-templates mode="text"/>
      <xsl:call-template name="section-apparatus"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:head" mode="text">
    <xsl:element name="h{count(ancestor::tei:div) + 1}">
      <xsl:attribute name="class" select="'head'"/>
      <xsl:if test="@n"><span class="head-n"><xsl:value-of select="ed:head-number(.)"/></span></xsl:if>
      <xsl:apply-templates mode="text"/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p" mode="text">
    <xsl:variable name="label" select="ed:paragraph-label(.)"/>
    <div class="p" id="{@xml:id}" data-label="{$label}">
      <a class="pnum" href="#{@xml:id}" title="{ed:msg('permalink')}" lang="{$ui-lang}"><xsl:value-of select="$label"/></a>
      <xsl:apply-templates mode="text"/>
      <details class="cite-p" lang="{$ui-lang}">
        <summary><xsl:value-of select="ed:msg('cite-paragraph')"/></summary>
        <p class="citation"><xsl:value-of select="ed:citation(.)"/></p>
      </details>
    </div>
  </xsl:template>

  <!-- a letter's opening and closing formulae: blocks of their own, each part on its line -->
  <xsl:template match="tei:opener | tei:closer" mode="text">
    <div class="{local-name()}"><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <xsl:template match="tei:dateline | tei:salute | tei:signed" mode="text">
    <p class="{local-name()}"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template match="tei:postscript" mode="text">
    <div class="postscript"><xsl:apply-templates mode="text"/></div>
  </xsl:template>

  <xsl:template match="tei:ab[@type = 'keywords']" mode="text">
    <p class="keywords"><xsl:apply-templates mode="text"/></p>
  </xsl:template>

  <xsl:template match="tei:label" mode="text">
    <strong class="label"><xsl:apply-templates mode="text"/></strong>
  </xsl:template>

  <xsl:template match="tei:term" mode="text">
    <span class="term"><xsl:apply-templates mode="text"/></span>
  </xsl:template>

  <!-- ===== lineation: hidden in the reading view, shown in the diplomatic view ===== -->

  <xsl:template match="tei:lb" mode="text">
    <!-- the CSS of the diplomatic view breaks the line here and prints @n (and the hyphen) -->
    <span class="lb{if (@break = 'no') then ' lb-w' else ''}" data-n="{@n}"></span>
  </xsl:template>

  <xsl:template match="tei:pb" mode="text">
    <span class="pb" role="separator" title="{ed:msg('page-break')}" lang="{$ui-lang}"/>
  </xsl:template>

  <!-- ===== notes: the author's footnotes are numbered links to the notes section ===== -->

  <xsl:template match="tei:note[@type = 'authorial']" mode="text">
    <a class="fn-ref" id="fnref-{ed:note-id(.)}" href="#{ed:note-id(.)}" role="doc-noteref"
       aria-label="{ed:msg('footnote')} {@n}" lang="{$ui-lang}"><sup><xsl:value-of select="@n"/></sup></a>
    <xsl:call-template name="commentary-marker"/>
  </xsl:template>

  <!-- ===== critical apparatus: the lemma in place, the witness reading beside it ===== -->

  <xsl:template match="tei:app" mode="text">
    <xsl:variable name="id" select="ed:app-id(.)"/>
    <span class="app" id="{$id}">
      <span class="{if (tei:lem/@cert) then 'lem conjecture' else 'lem'}"><xsl:apply-templates select="tei:lem/node()" mode="text"/></span>
      <span class="rdg"><xsl:apply-templates select="ed:witness-reading(., ed:default-witness(.))/node()" mode="text"/></span>
      <xsl:if test="not(ed:inside-link(.))">
        <xsl:call-template name="app-marker"/>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:template name="app-marker">
    <a class="app-ref" id="ref-{ed:app-id(.)}" href="#entry-{ed:app-id(.)}" aria-label="{string-join((ed:msg('apparatus-entry') || ' ' || ed:app-label(.), ed:app-conjecture(., $ui-lang)), ', ')}" lang="{$ui-lang}">
      <sup><xsl:value-of select="ed:app-letter(.)"/></sup>
    </a>
  </xsl:template>

  <!-- links cannot hold links: the markers of apparatus entries inside a link follow it -->
  <xsl:template name="deferred-app-markers">
    <xsl:for-each select=".//tei:app">
      <xsl:call-template name="app-marker"/>
    </xsl:for-each>
  </xsl:template>

  <xsl:template match="tei:gap" mode="text">
    <span class="gap" title="{@reason}">[…]</span>
  </xsl:template>

  <!-- ===== quotations and references ===== -->

  <xsl:template match="tei:cit" mode="text">
    <xsl:choose>
      <xsl:when test="ed:set-apart(.)">
        <blockquote class="cit" id="{ed:quote-id(tei:quote[1])}">
          <xsl:apply-templates mode="text"/>
          <xsl:call-template name="commentary-marker"/>
          <xsl:value-of select="following-sibling::node()[1][ed:closes-block-quotation(.)]"/>
        </blockquote>
      </xsl:when>
      <xsl:otherwise>
        <span class="cit"><xsl:apply-templates mode="text"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="tei:quote" mode="text">
    <q class="quote" data-label="{ed:quote-label(.)}">
      <xsl:if test="not(parent::tei:cit[ed:set-apart(.)])">
        <xsl:attribute name="id" select="ed:quote-id(.)"/>
      </xsl:if>
      <xsl:value-of select="ed:generated(., 'before')"/>
      <xsl:apply-templates mode="text"/>
      <xsl:value-of select="ed:generated(., 'after')"/>
    </q>
    <xsl:call-template name="commentary-marker"/>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="text">
    <cite class="bibl" id="{(@xml:id, ed:occurrence-id(.))[1]}">
      <xsl:apply-templates mode="text"/>
    </cite>
    <xsl:call-template name="commentary-marker"/>
  </xsl:template>

  <xsl:template match="tei:bibl/tei:ref" mode="text">
    <a class="bibl-ref" href="{ed:page('bibliography')}#{substring-after(@target, '#')}">
      <xsl:apply-templates mode="text"/>
    </a>
    <xsl:call-template name="deferred-app-markers"/>
  </xsl:template>

  <!-- a full reference in a footnote: its first author (or title) links to the entry -->
  <xsl:template match="tei:bibl[@corresp]/*[self::tei:author or self::tei:title][. is (../tei:author, ../tei:title)[1]]"
                mode="text" priority="2">
    <a class="bibl-ref" href="{ed:page('bibliography')}#{substring-after(../@corresp, '#')}"><xsl:next-match/></a>
  </xsl:template>

  <xsl:template match="tei:title" mode="text">
    <cite class="title{@level ! (' title-' || .)}">
      <xsl:value-of select="ed:generated(., 'before')"/>
      <xsl:apply-templates mode="text"/>
      <xsl:value-of select="ed:generated(., 'after')"/>
    </cite>
  </xsl:template>

  <xsl:template match="tei:soCalled" mode="text">
    <span class="socalled">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:value-of select="ed:generated(., 'before')"/>
      <xsl:apply-templates mode="text"/>
      <xsl:value-of select="ed:generated(., 'after')"/>
    </span>
    <xsl:call-template name="commentary-marker"/>
  </xsl:template>

  <!-- ===== names and dates: links to the registers, highlighted by kind ===== -->

  <xsl:template match="tei:persName[@ref] | tei:placeName[@ref] | tei:orgName[@ref] | tei:name[@ref] | tei:rs[@ref]" mode="text">
    <xsl:variable name="entry" select="ed:target(@ref)[1]"/>
    <xsl:variable name="attributes" as="attribute()*">
      <xsl:attribute name="class" select="'ent ent-' || ed:entity-kind($entry)"/>
      <xsl:attribute name="id" select="(@xml:id, ed:occurrence-id(.))[1]"/>
      <xsl:attribute name="data-ref" select="$entry/@xml:id"/>
    </xsl:variable>
    <xsl:choose>
      <!-- a name inside a link (a place in an event's name) cannot be a link itself -->
      <xsl:when test="ed:inside-link(.)">
        <span><xsl:sequence select="$attributes"/><xsl:apply-templates mode="text"/></span>
      </xsl:when>
      <xsl:otherwise>
        <a href="{ed:page(ed:register-page($entry))}#{$entry/@xml:id}"><xsl:sequence select="$attributes"/><xsl:apply-templates mode="text"/></a>
        <xsl:call-template name="deferred-app-markers"/>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:call-template name="commentary-marker"/>
  </xsl:template>

  <!-- a date and, beside it, its value in words: in the text (shown when dates are
       highlighted, so that touch and keyboard reach it too) and as the tooltip -->
  <xsl:template match="tei:date" mode="text">
    <xsl:variable name="notes" select="(ed:msg('conjecture')[current()/@evidence = 'conjecture'], @calendar ! ed:calendar-label(.))"/>
    <xsl:variable name="value" select="string-join((ed:date-value(., $ui-lang), $notes ! ('(' || . || ')')), ' ')"/>
    <!-- in the text, one bracket: the value (a conjectured one without its own brackets) and its notes -->
    <xsl:variable name="words" select="replace(ed:date-value(., $ui-lang), '^\[(.*)\]$', '$1')"/>
    <time class="date{if (@evidence = 'conjecture') then ' conjecture' else ''}" title="{$value}">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:if test="ed:date-iso(.) ! matches(., '^\d{4}(-\d{2}(-\d{2})?)?$')">
        <xsl:attribute name="datetime" select="ed:date-iso(.)"/>
      </xsl:if>
      <xsl:apply-templates mode="text"/>
    </time>
    <span class="date-value" lang="{$ui-lang}"> [<xsl:value-of select="string-join(($words, $notes), '; ')"/>]</span>
    <xsl:call-template name="commentary-marker"/>
  </xsl:template>

  <xsl:template match="tei:measure" mode="text">
    <span class="measure">
      <xsl:if test="@xml:id"><xsl:attribute name="id" select="@xml:id"/></xsl:if>
      <xsl:apply-templates mode="text"/>
    </span>
    <xsl:call-template name="commentary-marker"/>
  </xsl:template>

  <!-- printed inside the block quotation it closes (see tei:cit) -->
  <xsl:template match="text()[ed:closes-block-quotation(.)]" mode="text"/>

  <!-- everything else: its content; an element the commentary points at keeps its id -->
  <xsl:template match="tei:*" mode="text">
    <xsl:apply-templates mode="text"/>
  </xsl:template>
  <xsl:template match="tei:*[@xml:id]" mode="text" priority="-0.1">
    <span id="{@xml:id}"><xsl:apply-templates mode="text"/></span>
    <xsl:call-template name="commentary-marker"/>
  </xsl:template>

  <!-- ===== editorial commentary: a distinct marker after the passage it explains ===== -->

  <xsl:template name="commentary-marker">
    <xsl:variable name="id" select="@xml:id"/>
    <xsl:for-each select="ed:commentary-on(.)">
      <a class="comm-ref" id="cref-{@xml:id}-{$id}" href="#{@xml:id}" role="doc-noteref"
         aria-label="{ed:msg('commentary-note')} {ed:note-label(.)}" lang="{$ui-lang}"><xsl:value-of select="ed:note-label(.)"/></a>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>

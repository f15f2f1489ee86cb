<?xml version="1.0" encoding="UTF-8"?>
<!-- The notes of the edition page: critical apparatus and apparatus fontium after each
     section, the author's footnotes and the editors' commentary after the text. Entry
     labels and readings come from xslt/common, as in the PDF. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- ===== after each section: its apparatus entries and the sources of its quotations ===== -->

  <xsl:template name="section-apparatus">
    <xsl:variable name="div" select="."/>
    <xsl:variable name="apps" select=".//tei:app[ancestor::tei:div[1] is $div]"/>
    <xsl:variable name="quotes" select=".//tei:quote[ancestor::tei:div[1] is $div]"/>
    <xsl:if test="$apps">
      <div class="apparatus" lang="{$ui-lang}">
        <h3 id="apparatus-{@xml:id}"><xsl:value-of select="ed:msg('apparatus')"/></h3>
        <ol class="app-list">
          <xsl:apply-templates select="$apps" mode="apparatus-entry"/>
        </ol>
      </div>
    </xsl:if>
    <xsl:if test="$quotes">
      <div class="fontium" lang="{$ui-lang}">
        <h3 id="fontium-{@xml:id}"><xsl:value-of select="ed:msg('fontium')"/></h3>
        <ol class="fontium-list">
          <xsl:apply-templates select="$quotes" mode="fontium-entry"/>
        </ol>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- "§11 a  İstanbul 2010.] İstanbul2010. T — note" -->
  <xsl:template match="tei:app" mode="apparatus-entry">
    <xsl:variable name="id" select="ed:app-id(.)"/>
    <xsl:variable name="lang" select="ed:lang(.)"/>
    <li class="app-entry app-{@type}" id="entry-{$id}" data-app="{$id}">
      <a class="app-label" href="#ref-{$id}"><xsl:value-of select="ed:app-label(.)"/></a>
      <xsl:text> </xsl:text>
      <span class="lemma" lang="{$lang}" data-lem="{ed:reading(tei:lem/node())}"><xsl:value-of select="ed:app-lemma(.)"/></span>
      <span class="bracket">]</span>
      <xsl:for-each select="ed:app-readings(.)">
        <xsl:text> </xsl:text>
        <span class="reading" lang="{$lang}"><xsl:value-of select="?text"/></span>
        <xsl:text> </xsl:text>
        <span class="sigla"><xsl:value-of select="?sigla"/></span>
      </xsl:for-each>
      <xsl:text> </xsl:text>
      <span class="app-type">(<xsl:value-of select="string-join((ed:category-term(., $ui-lang), ed:app-conjecture(., $ui-lang)), '; ')"/>)</span>
      <xsl:for-each select="ed:app-note(., $ui-lang)">
        <xsl:text> — </xsl:text>
        <span class="app-note" lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(node())"/></span>
      </xsl:for-each>
    </li>
  </xsl:template>

  <!-- "§5 Q1 → Perinçek 2014: 18-19" -->
  <xsl:template match="tei:quote" mode="fontium-entry">
    <xsl:variable name="bibl" select="(parent::tei:cit/tei:bibl, ed:target(@source))[1]"/>
    <li>
      <a class="quote-label" href="#{ed:quote-id(.)}"><xsl:value-of select="ed:quote-label(.)"/></a>
      <xsl:text> → </xsl:text>
      <xsl:choose>
        <xsl:when test="$bibl/tei:ref">
          <a href="{ed:page('bibliography')}#{substring-after($bibl/tei:ref/@target, '#')}" lang="{$text-lang}">
            <xsl:value-of select="ed:reading($bibl/tei:ref/node())"/></a>
          <xsl:value-of select="$bibl/tei:citedRange ! (': ' || ed:reading(node()))" separator=""/>
        </xsl:when>
        <xsl:when test="$bibl">
          <a href="{ed:page('bibliography')}#{($bibl/@xml:id, substring-after($bibl/@corresp, '#'))[1]}" lang="{$text-lang}">
            <xsl:value-of select="ed:bibl-short($bibl)"/></a>
        </xsl:when>
        <xsl:otherwise>
          <span class="no-source"><xsl:value-of select="ed:msg('no-source')"/></span>
          <xsl:for-each select="ed:commentary-on((parent::tei:cit, .))">
            <xsl:text> </xsl:text>
            <a class="comm-ref" href="#{@xml:id}"><xsl:value-of select="ed:note-label(.)"/></a>
          </xsl:for-each>
        </xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <!-- ===== after the text: footnotes and commentary ===== -->

  <xsl:template name="footnotes">
    <xsl:variable name="notes" select="$tei/tei:text//tei:note[@type = 'authorial']"/>
    <xsl:if test="$notes">
      <section id="footnotes" class="footnotes" aria-labelledby="footnotes-title" role="doc-endnotes">
        <h2 id="footnotes-title" lang="{$ui-lang}"><xsl:value-of select="ed:msg('footnotes')"/></h2>
        <ol lang="{$tei/@xml:lang}">
          <xsl:for-each select="$notes">
            <li id="{ed:note-id(.)}" value="{@n}" class="footnote">
              <span class="fn-n"><xsl:value-of select="@n"/></span>
              <xsl:text> </xsl:text>
              <xsl:apply-templates mode="text"/>
              <xsl:text> </xsl:text>
              <a class="backlink" href="#fnref-{ed:note-id(.)}" role="doc-backlink"
                 aria-label="{ed:msg('back-to-text')}" lang="{$ui-lang}">↩</a>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="commentary">
    <xsl:variable name="notes" select="$tei/tei:text//tei:note[@type = 'commentary']"/>
    <xsl:if test="$notes">
      <section id="commentary" class="commentary" aria-labelledby="commentary-title">
        <h2 id="commentary-title" lang="{$ui-lang}"><xsl:value-of select="ed:msg('commentary')"/></h2>
        <ol>
          <xsl:for-each select="$notes">
            <xsl:variable name="targets" select="ed:target(@target)"/>
            <xsl:variable name="note-id" select="@xml:id"/>
            <li id="{@xml:id}" class="commentary-note">
              <span class="comm-label"><xsl:value-of select="ed:note-label(.)"/></span>
              <xsl:text> </xsl:text>
              <xsl:for-each select="$targets[1]">
                <a class="comm-target" href="#cref-{$note-id}-{@xml:id}" lang="{$ui-lang}">
                  <xsl:value-of select="ed:place-label(.)"/></a>
              </xsl:for-each>
              <xsl:text> </xsl:text>
              <xsl:for-each select="ed:words(., $ui-lang)">
                <span lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(node())"/></span>
              </xsl:for-each>
            </li>
          </xsl:for-each>
        </ol>
      </section>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- About the edition: generated from the TEI header (never written twice): the
     introduction, the source and its defects, the editorial principles, sigla and
     kinds of notes, licence, how to cite, downloads and revisions. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    xmlns:array="http://www.w3.org/2005/xpath-functions/array"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:template name="about-page">
    <xsl:variable name="header" select="$tei/tei:teiHeader"/>
    <!-- the sections the header has matter for: a part it lacks is left out, not shown empty -->
    <xsl:variable name="sections" select="(
        'introduction'[$header/(tei:profileDesc/tei:abstract, tei:encodingDesc/tei:projectDesc/*)],
        'source',
        'editorial-principles'[$header/tei:encodingDesc/tei:editorialDecl/*],
        'sigla'[$header/(.//tei:listWit/tei:witness, tei:encodingDesc/tei:classDecl/tei:taxonomy)],
        'licence'[$header/tei:fileDesc/tei:publicationStmt/tei:availability or $tei/tei:standOff//tei:place//tei:geo],
        'how-to-cite', 'downloads',
        'revision'[$header/tei:revisionDesc/tei:change])"/>
    <h1><xsl:value-of select="ed:msg('nav-about')"/></h1>
    <p class="generated"><xsl:value-of select="ed:msg('generated-from-header')"/></p>
    <nav aria-labelledby="about-toc"><h2 id="about-toc"><xsl:value-of select="ed:msg('on-this-page')"/></h2>
      <ul>
        <xsl:for-each select="$sections">
          <li><a href="#{.}"><xsl:value-of select="ed:msg(.)"/></a></li>
        </xsl:for-each>
      </ul>
    </nav>

    <xsl:if test="'introduction' = $sections">
      <section id="introduction">
        <h2><xsl:value-of select="ed:msg('introduction')"/></h2>
        <xsl:for-each select="($header/tei:profileDesc/tei:abstract[@xml:lang = $ui-lang], $header/tei:profileDesc/tei:abstract)[1]">
          <h3><xsl:value-of select="ed:abstract-heading(.)"/></h3>
          <div lang="{@xml:lang}"><xsl:apply-templates mode="prose"/></div>
        </xsl:for-each>
        <xsl:if test="$header/tei:encodingDesc/tei:projectDesc/*">
          <h3><xsl:value-of select="ed:msg('how-it-is-built')"/></h3>
          <div><xsl:apply-templates select="$header/tei:encodingDesc/tei:projectDesc/*" mode="prose"/></div>
        </xsl:if>
      </section>
    </xsl:if>

    <section id="source">
      <h2><xsl:value-of select="ed:msg('source')"/></h2>
      <xsl:variable name="how" select="($header/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:note, $header/tei:fileDesc/tei:notesStmt/tei:note)"/>
      <xsl:if test="$how">
        <h3><xsl:value-of select="ed:msg('how-the-text-reached-us')"/></h3>
        <xsl:apply-templates select="$how" mode="prose"/>
      </xsl:if>
      <xsl:for-each select="$header/tei:fileDesc/tei:sourceDesc//tei:witness">
        <h3><xsl:value-of select="ed:msg('witness')"/>: <xsl:value-of select="(@n, @xml:id)[1]"/></h3>
        <xsl:apply-templates select="tei:bibl" mode="prose-witness"/>
        <xsl:apply-templates select="tei:note" mode="prose"/>
      </xsl:for-each>
    </section>

    <xsl:if test="'editorial-principles' = $sections">
      <section id="editorial-principles">
        <h2><xsl:value-of select="ed:msg('editorial-principles')"/></h2>
        <xsl:for-each select="$header/tei:encodingDesc/tei:editorialDecl/*">
          <h3><xsl:value-of select="ed:msg('decl-' || local-name())"/></h3>
          <xsl:apply-templates select="*" mode="prose"/>
        </xsl:for-each>
      </section>
    </xsl:if>

    <xsl:if test="'sigla' = $sections">
      <section id="sigla">
        <h2><xsl:value-of select="ed:msg('sigla')"/></h2>
        <xsl:if test="$header//tei:listWit/tei:witness">
          <dl>
            <xsl:for-each select="$header//tei:listWit/tei:witness">
              <dt><xsl:value-of select="(@n, @xml:id)[1]"/></dt>
              <xsl:for-each select="ed:in-language(tei:bibl/tei:title, $ui-lang)">
                <dd lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(.)"/></dd>
              </xsl:for-each>
            </xsl:for-each>
          </dl>
        </xsl:if>
        <xsl:for-each select="$header/tei:encodingDesc/tei:classDecl/tei:taxonomy">
          <xsl:for-each select="ed:in-language(tei:desc, $ui-lang)">
            <h3 lang="{ed:lang(.)}"><xsl:apply-templates mode="prose"/></h3>
          </xsl:for-each>
          <ul>
            <xsl:for-each select="ed:in-language(tei:category/tei:catDesc, $ui-lang)">
              <li lang="{ed:lang(.)}"><xsl:apply-templates mode="prose"/></li>
            </xsl:for-each>
          </ul>
        </xsl:for-each>
      </section>
    </xsl:if>

    <xsl:if test="'licence' = $sections">
      <section id="licence">
        <h2><xsl:value-of select="ed:msg('licence')"/></h2>
        <xsl:for-each select="ed:in-language($header/tei:fileDesc/tei:publicationStmt/tei:availability/*, $ui-lang)">
          <p lang="{ed:lang(.)}">
            <xsl:choose>
              <xsl:when test="self::tei:licence and ed:link(@target)"><a rel="license" href="{ed:link(@target)}"><xsl:value-of select="normalize-space()"/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="normalize-space()"/></xsl:otherwise>
            </xsl:choose>
          </p>
        </xsl:for-each>
        <!-- what the maps are drawn on (edition/basemap.py), under its own terms -->
        <xsl:if test="$tei/tei:standOff//tei:place//tei:geo">
          <p lang="{$ui-lang}"><xsl:value-of select="ed:msg('map-data-licence')"/></p>
        </xsl:if>
      </section>
    </xsl:if>

    <section id="how-to-cite">
      <h2><xsl:value-of select="ed:msg('how-to-cite')"/></h2>
      <p class="citation" lang="{$ui-lang}"><xsl:value-of select="ed:page-citation('index.html')"/></p>
    </section>

    <section id="downloads">
      <h2><xsl:value-of select="ed:msg('downloads')"/></h2>
      <ul>
        <!-- every kind of download, in the order edition/html.py gives them -->
        <xsl:for-each select="$ed:download-kinds">
          <xsl:variable name="kind" select="."/>
          <li><xsl:value-of select="ed:download-label($kind)"/>:
            <xsl:for-each select="array:flatten($ed:downloads($kind))">
              <a href="{$ed:root}downloads/{ed:file-link(.)}" download=""><xsl:value-of select="."/></a>
              <xsl:if test="position() != last()"><xsl:text>, </xsl:text></xsl:if>
            </xsl:for-each>
          </li>
        </xsl:for-each>
        <li><a href="encoding.html"><xsl:value-of select="ed:msg('encoding-doc')"/></a></li>
      </ul>
    </section>

    <xsl:if test="'revision' = $sections">
    <section id="revision">
      <h2><xsl:value-of select="ed:msg('revision')"/></h2>
      <ul>
        <xsl:for-each select="$header/tei:revisionDesc/tei:change">
          <li><time datetime="{@when}"><xsl:value-of select="@when"/></time>:
            <xsl:for-each select="ed:words(., $ui-lang)"><span lang="{ed:lang(.)}"><xsl:value-of select="normalize-space()"/></span></xsl:for-each></li>
        </xsl:for-each>
      </ul>
    </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:bibl" mode="prose-witness">
    <p>
      <xsl:for-each select="ed:in-language(tei:title, $ui-lang)"><span lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(.)"/></span></xsl:for-each>
      <xsl:for-each select="tei:idno[@type = 'sha256']">; sha256 <code class="checksum"><xsl:value-of select="."/></code></xsl:for-each>
      <xsl:for-each select="ed:in-language(tei:extent, $ui-lang)">; <span lang="{ed:lang(.)}"><xsl:value-of select="normalize-space()"/></span></xsl:for-each>
    </p>
  </xsl:template>

  <!-- header prose: TEI's documentation elements as HTML; of the editors' twins in
       several languages, only the reader's (languages.xsl) -->
  <xsl:template match="*[@xml:lang][not(ed:shown-in(., $ui-lang))]" mode="prose" priority="10"/>
  <xsl:template match="tei:p" mode="prose"><p lang="{ed:lang(.)}"><xsl:apply-templates mode="prose"/></p></xsl:template>
  <xsl:template match="tei:note" mode="prose"><div class="header-note" lang="{ed:lang(.)}">
    <xsl:choose>
      <xsl:when test="tei:p | tei:list"><xsl:apply-templates mode="prose"/></xsl:when>
      <xsl:otherwise><p><xsl:apply-templates mode="prose"/></p></xsl:otherwise>
    </xsl:choose></div></xsl:template>
  <xsl:template match="tei:list" mode="prose">
    <xsl:apply-templates select="tei:head" mode="prose"/>
    <ul><xsl:apply-templates select="tei:item" mode="prose"/></ul>
  </xsl:template>
  <xsl:template match="tei:list/tei:head" mode="prose"><p class="list-head"><strong><xsl:apply-templates mode="prose"/></strong></p></xsl:template>
  <xsl:template match="tei:item" mode="prose"><li><xsl:apply-templates mode="prose"/></li></xsl:template>
  <xsl:template match="tei:gi" mode="prose"><code>&lt;<xsl:value-of select="."/>&gt;</code></xsl:template>
  <xsl:template match="tei:att" mode="prose"><code>@<xsl:value-of select="."/></code></xsl:template>
  <xsl:template match="tei:tag" mode="prose"><code>&lt;<xsl:value-of select="."/>&gt;</code></xsl:template>
  <xsl:template match="tei:mentioned" mode="prose"><em lang="{$text-lang}"><xsl:apply-templates mode="prose"/></em></xsl:template>
  <xsl:template match="tei:emph" mode="prose"><em><xsl:apply-templates mode="prose"/></em></xsl:template>
  <xsl:template match="tei:title" mode="prose"><cite><xsl:apply-templates mode="prose"/></cite></xsl:template>
  <xsl:template match="tei:gap" mode="prose">[…]</xsl:template>
  <xsl:template match="tei:ptr" mode="prose"><code><xsl:value-of select="@target"/></code></xsl:template>
  <xsl:template match="*" mode="prose"><xsl:apply-templates mode="prose"/></xsl:template>

</xsl:stylesheet>

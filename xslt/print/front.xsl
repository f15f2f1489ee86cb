<?xml version="1.0" encoding="UTF-8"?>
<!-- The PDF's front matter: the title page, the contents and the editors' introduction
     for readers, whose prose comes from the TEI header (mode "header").
     Relies on print.xsl, which imports xslt/common/common.xsl and defines the globals. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:pr="urn:edition:print"
    exclude-result-prefixes="#all">

  <!-- ===== title page ===== -->

  <xsl:template name="title-page">
    <xsl:variable name="mains" select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main' or not(@type)]"/>
    <xsl:variable name="main" select="($mains[@xml:lang = $pr:lang], $mains[@xml:lang = $doc-lang], $mains)[1]"/>
    <xsl:variable name="date" select="pr:edition-date()"/>
    <section class="title-page" lang="{$pr:lang}">
      <h1 class="edition-title" lang="{ed:lang($main)}" data-bookmark="{ed:msg('pdf-title-page')}">
        <xsl:value-of select="if ($main/@subtype = 'supplied') then '[' || normalize-space($main) || ']' else normalize-space($main)"/>
      </h1>
      <xsl:variable name="subtitle" select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub']"/>
      <xsl:for-each select="($subtitle[@xml:lang = ed:lang($main)], $subtitle)[1]">
        <p class="edition-subtitle" lang="{ed:lang(.)}"><xsl:value-of select="normalize-space(.)"/></p>
      </xsl:for-each>
      <xsl:for-each select="$mains except $main">
        <xsl:variable name="lang" select="ed:lang(.)"/>
        <p class="edition-title-other" lang="{$lang}">
          <xsl:value-of select="(if (@subtype = 'supplied') then '[' || normalize-space(.) || ']' else normalize-space(.))
              || ($subtitle[@xml:lang = $lang][1] ! (': ' || normalize-space(.)))"/>
        </p>
      </xsl:for-each>
      <div class="title-facts">
        <xsl:if test="$mains[@subtype = 'supplied']">
          <xsl:variable name="note" select="ed:in-language($header/tei:fileDesc/tei:notesStmt/tei:note[@type = 'title'], $pr:lang)[1]"/>
          <p class="supplied-note" lang="{($note ! ed:lang(.), $pr:lang)[1]}">
            <xsl:value-of select="($note ! ed:reading(node()), ed:msg('pdf-supplied-title'))[1]"/>
          </p>
        </xsl:if>
        <xsl:variable name="source" select="ed:in-language(($header/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:note,
            $header/tei:fileDesc/tei:sourceDesc//tei:witness//tei:title), $pr:lang)[1]"/>
        <xsl:if test="$source">
          <p><span class="fact"><xsl:value-of select="ed:msg('source')"/></span>
            <span lang="{ed:lang($source)}"><xsl:value-of select="ed:reading($source/node())"/></span></p>
        </xsl:if>
        <xsl:for-each select="$header/tei:fileDesc/tei:editionStmt/tei:edition">
          <p><span class="fact"><xsl:value-of select="ed:msg('pdf-edition')"/></span>
            <xsl:value-of select="string-join((ed:reading(node())[normalize-space()], @n ! (ed:msg('pdf-version') || ' ' || .)), ', ')"/></p>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt">
          <p><span class="fact"><xsl:value-of select="ed:msg('pdf-responsibility')"/></span>
            <xsl:value-of select="string-join(ed:in-language(tei:name | tei:orgName | tei:persName, $pr:lang) ! ed:reading(node()), ', ')
                || (ed:in-language(tei:resp, $pr:lang) ! (': ' || ed:reading(node())))"/></p>
        </xsl:for-each>
        <xsl:for-each select="ed:in-language($header/tei:fileDesc/tei:publicationStmt/tei:publisher, $pr:lang)">
          <p><span class="fact"><xsl:value-of select="ed:msg('pdf-publisher')"/></span>
            <span lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(node())"/></span></p>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/tei:availability">
          <p><span class="fact"><xsl:value-of select="ed:msg('licence')"/></span>
            <xsl:for-each select="ed:in-language(tei:licence | tei:p, $pr:lang)">
              <xsl:if test="position() gt 1"><xsl:text> </xsl:text></xsl:if>
              <span lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(node())"/></span>
            </xsl:for-each>
            <xsl:for-each select="(ed:in-language(tei:licence, $pr:lang)/@target)[1]">
              <xsl:text> </xsl:text>
              <xsl:choose>
                <xsl:when test="ed:link(.)"><a class="url" href="{ed:link(.)}"><xsl:value-of select="."/></a></xsl:when>
                <xsl:otherwise><span class="url"><xsl:value-of select="."/></span></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </p>
        </xsl:for-each>
        <p><span class="fact"><xsl:value-of select="ed:msg('how-to-cite')"/></span><xsl:value-of select="pr:citation()"/></p>
        <p><span class="fact"><xsl:value-of select="ed:msg('pdf-date')"/></span>
          <xsl:value-of select="if ($date) then ed:iso-in-words($date, $pr:lang) || ' (' || ed:msg('pdf-date-of-version') || ')'
                                else ed:msg('pdf-no-date')"/></p>
        <p class="pdf-note"><xsl:value-of select="ed:msg('pdf-made-from-tei')"/></p>
      </div>
    </section>
  </xsl:template>

  <!-- the edition's citation (common/labels.xsl) in the PDF's language, with the edition's
       canonical address where there is one (common/citation.xsl), and the medium -->
  <xsl:function name="pr:citation" as="xs:string">
    <xsl:sequence select="string-join((ed:edition-citation($root, $pr:lang), ed:canonical-base($root)), ', ')
        || ', ' || ed:msg('pdf-medium')"/>
  </xsl:function>

  <!-- ===== contents ===== -->

  <xsl:template name="contents">
    <nav class="contents" lang="{$pr:lang}">
      <h1 class="no-bookmark"><xsl:value-of select="ed:msg('contents')"/></h1>
      <ol>
        <li><a href="#introduction"><xsl:value-of select="ed:msg('pdf-introduction')"/></a></li>
        <xsl:for-each select="/tei:TEI/tei:text/(tei:front | tei:body)/tei:div">
          <li lang="{ed:lang(.)}"><a href="#{pr:div-id(.)}"><xsl:value-of select="pr:head-text(tei:head[1])"/></a></li>
        </xsl:for-each>
        <xsl:if test="pr:registers()">
          <li><a href="#registers"><xsl:value-of select="ed:msg('pdf-registers')"/></a></li>
        </xsl:if>
        <li><a href="#timeline"><xsl:value-of select="ed:msg('timeline')"/></a></li>
        <xsl:if test="//tei:listBibl">
          <li lang="{pr:bibliography-head() ! ed:lang(.)}"><a href="#bibliography"><xsl:value-of select="pr:bibliography-title()"/></a></li>
        </xsl:if>
      </ol>
    </nav>
  </xsl:template>

  <xsl:function name="pr:head-text" as="xs:string">
    <xsl:param name="head" as="element(tei:head)?"/>
    <xsl:sequence select="if ($head) then ed:head-number($head) || ed:reading($head/node())
                          else ''"/>
  </xsl:function>

  <!-- ===== the editors' introduction, for readers ===== -->

  <!-- what the source is, how it was edited, the sigla, how to read a page: from the header
       (the editors' words in the PDF's language) and from messages.json (how this print
       presents them). The encoding itself is documented in schema/edition.odd. -->
  <xsl:template name="introduction">
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="decl" select="$header/tei:encodingDesc"/>
    <section class="introduction" id="introduction" lang="{$pr:lang}">
      <h1><xsl:value-of select="ed:msg('pdf-introduction')"/></h1>
      <xsl:apply-templates select="ed:in-language($decl/tei:projectDesc/tei:p, $pr:lang)" mode="header"/>

      <xsl:variable name="abstracts" select="$header/tei:profileDesc/tei:abstract"/>
      <xsl:for-each select="ed:in-language($abstracts, $pr:lang)[1]">
        <h2><xsl:value-of select="ed:msg('what-the-article-argues')"/></h2>
        <xsl:apply-templates select="*" mode="header"/>
      </xsl:for-each>

      <xsl:if test="$source/tei:bibl | $source//tei:witness">
        <h2><xsl:value-of select="ed:msg('pdf-source-and-defects')"/></h2>
        <xsl:for-each select="$source/tei:bibl">
          <xsl:apply-templates select="ed:in-language(tei:note, $pr:lang)" mode="header"/>
        </xsl:for-each>
        <xsl:for-each select="$source//tei:witness">
          <p class="witness">
            <xsl:value-of select="ed:msg('witness') || ' ' || (@n, @xml:id)[1]
                || (string-join(ed:in-language(tei:bibl/(tei:title, tei:extent), $pr:lang) ! ed:reading(node()), '; ')[.] ! (': ' || .)) || '.'"/>
            <xsl:for-each select="tei:bibl/tei:idno[@type = 'sha256']"> SHA-256 <span class="hash"><xsl:value-of select="."/></span>.</xsl:for-each>
          </p>
          <xsl:apply-templates select="ed:in-language(tei:note, $pr:lang)/*" mode="header"/>
        </xsl:for-each>
      </xsl:if>

      <xsl:if test="$decl/tei:editorialDecl | $decl/tei:classDecl/tei:taxonomy[tei:category[starts-with(@xml:id, 'intervention-')]]">
        <h2><xsl:value-of select="ed:msg('editorial-principles')"/></h2>
        <xsl:for-each select="$decl/tei:editorialDecl/*">
          <xsl:for-each select="ed:in-language(tei:p, $pr:lang)">
            <p lang="{ed:lang(.)}">
              <xsl:if test="position() = 1">
                <span class="run-in" lang="{$pr:lang}"><xsl:value-of select="($ed:messages('decl-' || local-name(..)), pr:capitalise(local-name(..)))[1]"/>. </span>
              </xsl:if>
              <xsl:apply-templates mode="header"/>
            </p>
          </xsl:for-each>
        </xsl:for-each>
        <xsl:for-each select="$decl/tei:classDecl/tei:taxonomy[tei:category[starts-with(@xml:id, 'intervention-')]]">
          <p class="list-head"><xsl:value-of select="ed:msg('pdf-interventions')"/></p>
          <ul class="kinds">
            <xsl:for-each select="tei:category">
              <xsl:for-each select="ed:in-language(tei:catDesc, $pr:lang)">
                <li lang="{ed:lang(.)}"><xsl:apply-templates mode="header"/></li>
              </xsl:for-each>
            </xsl:for-each>
          </ul>
        </xsl:for-each>
      </xsl:if>

      <h2><xsl:value-of select="ed:msg('pdf-sigla')"/></h2>
      <dl class="sigla-list">
        <xsl:for-each select="$source//tei:witness">
          <dt><xsl:value-of select="(@n, @xml:id)[1]"/></dt>
          <dd><xsl:for-each select="ed:in-language(tei:bibl/tei:title, $pr:lang)">
              <span lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(node())"/></span>
            </xsl:for-each>
            <xsl:for-each select="tei:bibl/tei:ptr/@target"> (<span class="path"><xsl:value-of select="."/></span>)</xsl:for-each></dd>
        </xsl:for-each>
        <dt>§</dt><dd><xsl:value-of select="pr:say('pdf-sign-paragraph')"/></dd>
        <xsl:if test="$apps">
          <dt>a, b, c …</dt><dd><xsl:value-of select="pr:say('pdf-sign-letter')"/></dd>
        </xsl:if>
        <xsl:if test="$quotes">
          <dt>Q1, Q2 …</dt><dd><xsl:value-of select="pr:say('pdf-sign-quotation')"/></dd>
        </xsl:if>
        <xsl:if test="$commentary">
          <dt>C1, C2 …</dt><dd><xsl:value-of select="pr:say('pdf-sign-commentary')"/></dd>
        </xsl:if>
        <xsl:if test="$numbered-lines">
          <dt>5, 10, 15 …</dt><dd><xsl:value-of select="pr:say('pdf-sign-line')"/></dd>
        </xsl:if>
        <xsl:if test="some $a in $apps satisfies ed:app-readings($a)[not(normalize-space(?text))]">
          <dt><xsl:value-of select="ed:msg('pdf-omitted')"/></dt><dd><xsl:value-of select="pr:say('pdf-sign-omitted')"/></dd>
        </xsl:if>
        <xsl:if test="$flow//tei:gap">
          <dt>[…]</dt><dd><xsl:value-of select="pr:say('pdf-sign-gap')"/></dd>
        </xsl:if>
      </dl>

      <h2><xsl:value-of select="ed:msg('pdf-reading-a-page')"/></h2>
      <p><xsl:value-of select="pr:say('pdf-guide-text')"/></p>
      <xsl:if test="$numbered-lines">
        <p><xsl:value-of select="pr:say('pdf-guide-lines')"/></p>
      </xsl:if>
      <xsl:if test="$footnotes or $apps">
        <p>
          <xsl:value-of select="pr:say('pdf-guide-tiers')"/>
          <xsl:if test="$footnotes">
            <xsl:text> </xsl:text>
            <xsl:value-of select="pr:say('pdf-guide-footnotes', string-join(distinct-values(($footnotes[1], $footnotes[last()]) ! ed:note-label(.)), '–'))"/>
          </xsl:if>
          <xsl:if test="$apps">
            <xsl:text> </xsl:text>
            <xsl:value-of select="pr:say('pdf-guide-apparatus')"/>
          </xsl:if>
        </p>
      </xsl:if>
      <xsl:if test="$apps">
        <p>
          <xsl:value-of select="pr:say('pdf-guide-apparatus-form')"/>
          <xsl:text> </xsl:text>
          <span class="example"><xsl:apply-templates select="$apps[1]" mode="entry"><xsl:with-param name="example" select="true()"/></xsl:apply-templates></span>
        </p>
      </xsl:if>
      <xsl:if test="$quotes or $commentary">
        <p>
          <xsl:value-of select="pr:say('pdf-guide-after-sections')"/>
          <xsl:if test="$quotes">
            <xsl:text> </xsl:text>
            <xsl:value-of select="pr:say('pdf-guide-fontium', ed:quote-label($quotes[1]))"/>
          </xsl:if>
          <xsl:if test="$commentary">
            <xsl:text> </xsl:text>
            <xsl:value-of select="pr:say('pdf-guide-commentary')"/>
          </xsl:if>
        </p>
      </xsl:if>
      <p><xsl:value-of select="pr:say('pdf-guide-registers')"/></p>
    </section>
  </xsl:template>

  <!-- header prose: TEI's documentation elements as the reader expects them -->
  <xsl:template match="tei:p" mode="header">
    <p><xsl:call-template name="pr:lang-if-other"/><xsl:apply-templates mode="header"/></p>
  </xsl:template>
  <xsl:template match="tei:note" mode="header">
    <p><xsl:call-template name="pr:lang-if-other"/><xsl:apply-templates mode="header"/></p>
  </xsl:template>
  <xsl:template match="tei:list" mode="header">
    <xsl:apply-templates select="tei:head" mode="header"/>
    <ul><xsl:call-template name="pr:lang-if-other"/><xsl:apply-templates select="tei:item" mode="header"/></ul>
  </xsl:template>
  <xsl:template match="tei:list/tei:head" mode="header">
    <p class="list-head"><xsl:call-template name="pr:lang-if-other"/><xsl:apply-templates mode="header"/></p>
  </xsl:template>
  <xsl:template match="tei:item" mode="header">
    <li><xsl:apply-templates mode="header"/></li>
  </xsl:template>
  <xsl:template match="tei:gi" mode="header">
    <code>&lt;<xsl:value-of select="."/>&gt;</code>
  </xsl:template>
  <xsl:template match="tei:att" mode="header">
    <code>@<xsl:value-of select="."/></code>
  </xsl:template>
  <xsl:template match="tei:tag" mode="header">
    <code>&lt;<xsl:value-of select="."/>&gt;</code>
  </xsl:template>
  <xsl:template match="tei:mentioned | tei:emph | tei:term | tei:title" mode="header">
    <em><xsl:apply-templates mode="header"/></em>
  </xsl:template>
  <xsl:template match="*" mode="header">
    <xsl:apply-templates mode="header"/>
  </xsl:template>

  <!-- the lang of a block of the editors' prose where it is not the PDF's (a text written in
       one language only) -->
  <xsl:template name="pr:lang-if-other">
    <xsl:if test="ed:lang(.) ne $pr:lang and ed:lang(.) ne ''">
      <xsl:attribute name="lang" select="ed:lang(.)"/>
    </xsl:if>
  </xsl:template>

</xsl:stylesheet>

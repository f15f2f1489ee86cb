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
          <li lang="{if (tei:head) then ed:lang(.) else $pr:lang}"><a href="#{pr:div-id(.)}"><xsl:value-of select="pr:division-title(.)"/></a></li>
        </xsl:for-each>
        <xsl:if test="pr:registers()">
          <li><a href="#registers"><xsl:value-of select="ed:msg('pdf-registers')"/></a></li>
        </xsl:if>
        <xsl:if test="ed:has-timeline($root)">
          <li><a href="#timeline"><xsl:value-of select="ed:msg('timeline')"/></a></li>
        </xsl:if>
        <xsl:if test="//tei:listBibl">
          <li lang="{pr:bibliography-head() ! ed:lang(.)}"><a href="#bibliography"><xsl:value-of select="pr:bibliography-title()"/></a></li>
        </xsl:if>
      </ol>
    </nav>
  </xsl:template>

  <!-- a division in the contents: its head with its number, else its name as every output
       gives it (a letter: its dateline; common/labels.xsl) -->
  <xsl:function name="pr:division-title" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:variable name="head" select="$div/tei:head[1]"/>
    <xsl:sequence select="if ($head) then ed:head-number($head) || ed:reading($head/node()) else ed:division-label($div)"/>
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

      <!-- the editors' summary: what an article argues, or a summary of another kind of text -->
      <xsl:variable name="abstracts" select="$header/tei:profileDesc/tei:abstract"/>
      <xsl:for-each select="ed:in-language($abstracts, $pr:lang)[1]">
        <h2><xsl:value-of select="ed:abstract-heading(.)"/></h2>
        <xsl:apply-templates select="*" mode="header"/>
      </xsl:for-each>

      <!-- the source and each witness, as far as the header describes them: a witness the
           header says nothing about gets no line (the sigla name it) -->
      <xsl:variable name="source-notes" select="$source/tei:bibl/ed:in-language(tei:note, $pr:lang)"/>
      <xsl:variable name="described" select="$source//tei:witness[exists(pr:witness-description(.))
          or tei:bibl/tei:idno[@type = 'sha256'] or tei:note]"/>
      <xsl:if test="$source-notes or $described">
        <h2><xsl:value-of select="ed:msg(if ($source//tei:witness/tei:note[@type = 'defects']) then 'pdf-source-and-defects' else 'source')"/></h2>
        <xsl:apply-templates select="$source-notes" mode="header"/>
        <xsl:for-each select="$described">
          <p class="witness">
            <xsl:value-of select="ed:msg('witness') || ' ' || pr:siglum(.)
                || (string-join(pr:witness-description(.), '; ')[.] ! (': ' || .)) || '.'"/>
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
                <span class="run-in" lang="{$pr:lang}"><xsl:value-of select="ed:msg('decl-' || local-name(..))"/>. </span>
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
        <!-- a witness without a title or a file is still named for what it is -->
        <xsl:for-each select="$source//tei:witness">
          <xsl:variable name="titles" select="ed:in-language(tei:bibl/tei:title, $pr:lang)[normalize-space()]"/>
          <dt><xsl:value-of select="pr:siglum(.)"/></dt>
          <dd><xsl:for-each select="$titles">
              <span lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(node())"/></span>
            </xsl:for-each>
            <xsl:if test="empty($titles | tei:bibl/tei:ptr)"><xsl:value-of select="ed:msg('witness')"/></xsl:if>
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
        <xsl:if test="some $a in $apps satisfies exists(ed:app-readings($a)[not(normalize-space(?text))])">
          <dt><xsl:value-of select="ed:msg('pdf-omitted')"/></dt><dd><xsl:value-of select="pr:say('pdf-sign-omitted')"/></dd>
        </xsl:if>
        <xsl:if test="$flow//tei:gap">
          <dt>[…]</dt><dd><xsl:value-of select="pr:say('pdf-sign-gap')"/></dd>
        </xsl:if>
      </dl>

      <h2><xsl:value-of select="ed:msg('pdf-reading-a-page')"/></h2>
      <p><xsl:value-of select="pr:guide-text()"/></p>
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
      <xsl:if test="pr:registers() or $root//tei:listBibl">
        <p><xsl:value-of select="pr:guide-registers()"/></p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- what a witness is, as the header says in the PDF's language: its titles and extents -->
  <xsl:function name="pr:witness-description" as="xs:string*">
    <xsl:param name="witness" as="element(tei:witness)"/>
    <xsl:sequence select="(ed:in-language($witness/tei:bibl/(tei:title, tei:extent), $pr:lang) ! ed:reading(node()))[normalize-space()]"/>
  </xsl:function>

  <xsl:function name="pr:siglum" as="xs:string">
    <xsl:param name="witness" as="element(tei:witness)"/>
    <xsl:sequence select="string(($witness/@n, $witness/@xml:id)[1])"/>
  </xsl:function>

  <!-- how the text is printed: the abstracts first where the text has them (front), and what
       refers to the paragraph numbers, of the apparatus, the quotations and the commentary
       (each of its own, because an English verb agrees with one of them) -->
  <xsl:function name="pr:guide-text" as="xs:string">
    <xsl:variable name="referring" select="('apparatus'[$apps], 'fontium'[$quotes], 'commentary'[$commentary])"/>
    <xsl:variable name="refer" select="if (count($referring) gt 1)
        then pr:msg('pdf-guide-refer-several', pr:and-list($referring ! ed:msg('pdf-item-' || .)))
        else $referring ! ed:msg('pdf-guide-refer-' || .)"/>
    <xsl:sequence select="pr:prose(
        string-join((ed:msg('pdf-guide-established'), ed:msg('pdf-guide-abstracts-first')[$root/tei:TEI/tei:text/tei:front]), '; ') || '. '
        || string-join((ed:msg('pdf-guide-paragraph-numbers'), $refer), '; ') || '.', $pr:lang)"/>
  </xsl:function>

  <!-- which registers and whether a bibliography give pages (one register or several: the
       English verb agrees) -->
  <xsl:function name="pr:guide-registers" as="xs:string">
    <xsl:variable name="kinds" select="pr:registers() ! ed:msg('pdf-register-' || pr:register-kind(.))"/>
    <xsl:variable name="registers" select="if (count($kinds) gt 1) then pr:msg('pdf-registers-of-several', pr:and-list($kinds))
                                           else $kinds ! pr:msg('pdf-registers-of-one', .)"/>
    <xsl:variable name="sentence" select="
        if (empty($registers)) then ed:msg('pdf-guide-pages-works')
        else pr:msg(if ($root//tei:listBibl) then 'pdf-guide-pages-names-works'
                    else if (count($kinds) gt 1) then 'pdf-guide-pages-names-several'
                    else 'pdf-guide-pages-names-one', $registers)"/>
    <xsl:sequence select="pr:prose(pr:sentence($sentence), $pr:lang)"/>
  </xsl:function>

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

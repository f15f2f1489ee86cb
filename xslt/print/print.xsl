<?xml version="1.0" encoding="UTF-8"?>
<!-- The PDF edition: TEI → HTML for CSS Paged Media (web/print/edition.css), typeset by
     WeasyPrint. Everything the pages say comes from the TEI; the labels of paragraphs,
     apparatus entries, notes and quotations are those of xslt/common/, so that a citation
     such as "§12 b" finds the same entry on screen and on paper.

     Two passes (edition/pdf.py). The first is typeset only to learn on which page each
     anchor falls; its page numbers come back in $pages ("id=page id=page …"). The second
     uses them for what CSS cannot do:
     - the critical apparatus of a page is one running element (position: running) set
       in the bottom margin of that page, under the author's footnotes: running elements
       take no room in the text, so the pages of the second pass are those of the first
       (edition/pdf.py checks it);
     - the page numbers in the registers are printed once per page (CSS target-counter
       still computes every number that is printed); the first pass, which measures only
       what comes before them, leaves the registers and the bibliography out. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:pr="urn:edition:print"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>

  <xsl:output method="html" html-version="5.0" encoding="UTF-8" indent="no"/>

  <!-- page numbers of the first pass: "id=page id=page …"; empty in the first pass -->
  <xsl:param name="pages" as="xs:string" select="''"/>

  <xsl:variable name="page-of" as="map(xs:string, xs:integer)" select="map:merge(
      for $t in tokenize($pages) return map { substring-before($t, '='): xs:integer(substring-after($t, '=')) })"/>
  <xsl:variable name="final" select="$pages ne ''"/>

  <xsl:variable name="root" select="/"/>
  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <xsl:variable name="doc-lang" select="(/tei:TEI/@xml:lang, 'en')[1]"/>
  <!-- the language of the editors' matter in the PDF: the edition's own -->
  <xsl:variable name="pr:lang" select="string($doc-lang)"/>
  <xsl:variable name="flow" select="/tei:TEI/tei:text/(tei:front | tei:body)"/>
  <xsl:variable name="apps" select="$flow//tei:app"/>
  <xsl:variable name="footnotes" select="$flow//tei:note[@place = 'foot']"/>
  <xsl:variable name="commentary" select="/tei:TEI/tei:text//tei:note[@type = 'commentary']"/>
  <xsl:variable name="quotes" select="$flow//tei:quote"/>

  <xsl:key name="pr:occurrences" match="tei:text//*[@ref]" use="tokenize(@ref) ! substring-after(., '#')"/>
  <xsl:key name="pr:citations" match="tei:text//tei:ref[@target] | tei:text//tei:bibl[@corresp] | tei:text//tei:quote[@source]"
           use="tokenize(@target | @corresp | @source) ! substring-after(., '#')"/>
  <xsl:key name="pr:commented" match="tei:note[@type = 'commentary']" use="tokenize(@target) ! substring-after(., '#')"/>
  <!-- the commentary and the quotations after each division (keyed by the division, not
       looked for among all of them for every division) -->
  <xsl:key name="pr:commentary-by-division" match="tei:TEI/tei:text//tei:note[@type = 'commentary']"
           use="ed:target(@target) ! ancestor-or-self::tei:div[1] ! generate-id()"/>
  <xsl:key name="pr:quotes-by-division" match="tei:TEI/tei:text/tei:front//tei:quote | tei:TEI/tei:text/tei:body//tei:quote"
           use="ancestor::tei:div[1] ! generate-id()"/>

  <!-- ===== ids of what is linked or measured ===== -->

  <!-- an id from the element's position in the tree (1.2.5…): the same in every pass and
       every build, unlike generate-id(), which numbers the documents of a process. The
       positions are counted in one pass over the document: a stack holding, for each open
       element, how many children it has had so far. -->
  <xsl:accumulator name="pr:tree-position" initial-value="0" as="xs:integer+">
    <xsl:accumulator-rule match="*" phase="start"
        select="(subsequence($value, 1, count($value) - 1), $value[last()] + 1, 0)"/>
    <xsl:accumulator-rule match="*" phase="end" select="subsequence($value, 1, count($value) - 1)"/>
  </xsl:accumulator>
  <xsl:function name="pr:id" as="xs:string">
    <xsl:param name="kind" as="xs:string"/>
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="stack" select="$el/accumulator-before('pr:tree-position')"/>
    <xsl:sequence select="$kind || '-' || string-join(subsequence($stack, 1, count($stack) - 1) ! string(.), '.')"/>
  </xsl:function>

  <!-- where an apparatus entry is in the flow of the text: at its lemma, or at the call
       of the footnote it is in -->
  <xsl:function name="pr:flow-anchor" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="note" select="$app/ancestor::tei:note[@place = 'foot'][last()]"/>
    <xsl:sequence select="if ($note) then pr:id('call', $note) else pr:id('app', $app)"/>
  </xsl:function>

  <xsl:function name="pr:page" as="xs:integer?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$page-of($id)"/>
  </xsl:function>

  <!-- the apparatus entries by page: page → entries, in the order of the text -->
  <xsl:variable name="apps-by-page" as="map(xs:integer, element(tei:app)+)" select="map:merge(
      for $a in $apps, $p in pr:page(pr:flow-anchor($a)) return map { $p: $a },
      map { 'duplicates': 'combine' })"/>

  <!-- the apparatus tier of a page is set where its first entry is in the flow, as a
       running element named after its page, which only that page's bottom margin shows
       (@page :nth(N) rules in the head). WeasyPrint 70 registers a running element on
       a page where its line was only tried before being moved to the next page, so one
       name for every page would show a tier on the page before its own too.
       Every entry brings one running element in both passes (the tier, or an empty one
       that no page shows), so that the layout of the text cannot differ between them. -->
  <xsl:function name="pr:tier-here" as="node()*">
    <xsl:param name="apps-here" as="element(tei:app)*"/>
    <xsl:for-each select="$apps-here">
      <xsl:variable name="page" select="pr:page(pr:flow-anchor(.))"/>
      <xsl:choose>
        <xsl:when test="$final and exists($page) and $apps-by-page($page)[1] is .">
          <span class="apparatus-tier" style="position: running(apparatus-{$page})" role="note"
                aria-label="Critical apparatus, page {$page}">
            <xsl:for-each select="$apps-by-page($page)">
              <xsl:apply-templates select="." mode="entry"/>
            </xsl:for-each>
          </span>
        </xsl:when>
        <xsl:otherwise>
          <span class="apparatus-tier" style="position: running(apparatus-none)">&#x200B;</span>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:function>

  <xsl:function name="pr:tier-css" as="xs:string">
    <xsl:sequence select="string-join(
        for $p in sort(map:keys($apps-by-page)) return
          '@page :nth(' || $p || ') { @bottom-left { content: element(apparatus-' || $p || ', first); } }', '&#10;')"/>
  </xsl:function>

  <!-- ===== the document ===== -->

  <xsl:template match="/">
    <xsl:variable name="title" select="ed:edition-title(.)"/>
    <xsl:variable name="date" select="pr:edition-date()"/>
    <html lang="{$doc-lang}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <meta name="description" content="{string-join((ed:edition-subtitle(., 'en'), ed:edition-title(., 'en')[. ne $title], pr:source-summary()), '. ')}"/>
        <xsl:variable name="keywords" select="$header/tei:profileDesc/tei:textClass/tei:keywords/tei:term"/>
        <xsl:if test="$keywords">
          <meta name="keywords" content="{string-join(distinct-values($keywords ! normalize-space()), ', ')}"/>
        </xsl:if>
        <xsl:for-each select="pr:responsible()">
          <meta name="author" content="{.}"/>
        </xsl:for-each>
        <xsl:if test="$date">
          <meta name="dcterms.created" content="{$date}"/>
          <meta name="dcterms.modified" content="{$date}"/>
        </xsl:if>
        <xsl:if test="$final">
          <style><xsl:value-of select="pr:tier-css()"/></style>
        </xsl:if>
      </head>
      <body>
        <xsl:call-template name="title-page"/>
        <xsl:call-template name="contents"/>
        <xsl:call-template name="introduction"/>
        <main class="edition-text">
          <xsl:apply-templates select="/tei:TEI/tei:text/tei:front/tei:div | /tei:TEI/tei:text/tei:body/tei:div" mode="division"/>
        </main>
        <!-- after the text: nothing in them moves a page of the text, so the first pass,
             which only measures the text, leaves them out -->
        <xsl:if test="$final">
          <xsl:call-template name="registers"/>
          <xsl:call-template name="bibliography"/>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!-- the date of this version: the publication date, else the latest change -->
  <xsl:function name="pr:edition-date" as="xs:string?">
    <xsl:variable name="dates" select="($header/tei:fileDesc/tei:publicationStmt/tei:date/@when,
        $header/tei:revisionDesc//tei:change/@when)[. castable as xs:date]"/>
    <xsl:sequence select="if ($header/tei:fileDesc/tei:publicationStmt/tei:date/@when castable as xs:date)
        then string($header/tei:fileDesc/tei:publicationStmt/tei:date/@when)
        else (max($dates ! xs:date(.)) ! string(.))"/>
  </xsl:function>

  <xsl:function name="pr:responsible" as="xs:string*">
    <xsl:sequence select="distinct-values(($header/tei:fileDesc/tei:titleStmt/(tei:author | tei:editor | tei:respStmt/(tei:name | tei:orgName | tei:persName)),
        $header/tei:fileDesc/tei:publicationStmt/tei:publisher)[1] ! normalize-space())"/>
  </xsl:function>

  <xsl:function name="pr:source-summary" as="xs:string?">
    <xsl:sequence select="ed:in-language(($header/tei:fileDesc/tei:sourceDesc/tei:bibl/tei:note,
        $header/tei:fileDesc/tei:sourceDesc//tei:witness//tei:title), $pr:lang)[1] ! ed:reading(node())"/>
  </xsl:function>

  <!-- ===== title page ===== -->

  <xsl:template name="title-page">
    <xsl:variable name="main" select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main' or not(@type)]"/>
    <xsl:variable name="supplied" select="$main[@subtype = 'supplied']"/>
    <xsl:variable name="date" select="pr:edition-date()"/>
    <section class="title-page">
      <h1 class="edition-title" lang="{($main[1]/@xml:lang, $doc-lang)[1]}">
        <xsl:value-of select="if ($supplied[1] is $main[1]) then '[' || ed:edition-title($root) || ']' else ed:edition-title($root)"/>
      </h1>
      <xsl:for-each select="ed:edition-subtitle($root, $doc-lang)">
        <p class="edition-subtitle"><xsl:value-of select="."/></p>
      </xsl:for-each>
      <xsl:for-each select="$main[@xml:lang ne $doc-lang]">
        <xsl:variable name="lang" select="@xml:lang"/>
        <p class="edition-title-other" lang="{$lang}">
          <xsl:value-of select="(if (@subtype = 'supplied') then '[' || normalize-space(.) || ']' else normalize-space(.))
              || (ed:edition-subtitle($root, $lang)[$lang = $header//tei:titleStmt/tei:title[@type = 'sub']/@xml:lang] ! (': ' || .))"/>
        </p>
      </xsl:for-each>
      <div class="title-facts" lang="en">
        <xsl:if test="$supplied">
          <p class="supplied-note">
            <xsl:value-of select="(ed:in-language($header/tei:fileDesc/tei:notesStmt/tei:note[@type = 'title'], $pr:lang) ! ed:reading(node()),
                'The title in square brackets is supplied by the editors.')[1]"/>
          </p>
        </xsl:if>
        <xsl:variable name="source" select="pr:source-summary()"/>
        <xsl:if test="$source">
          <p><span class="fact">Source</span> <xsl:value-of select="$source"/></p>
        </xsl:if>
        <xsl:for-each select="$header/tei:fileDesc/tei:editionStmt/tei:edition">
          <p><span class="fact">Edition</span> <xsl:value-of select="string-join((ed:reading(node())[.], @n ! ('version ' || .)), ', ')"/></p>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:fileDesc/tei:titleStmt/tei:respStmt">
          <p><span class="fact">Responsibility</span>
            <xsl:value-of select="string-join(ed:in-language(tei:name | tei:orgName | tei:persName, $pr:lang) ! ed:reading(node()), ', ')
                || (ed:in-language(tei:resp, $pr:lang) ! (': ' || ed:reading(node())))"/></p>
        </xsl:for-each>
        <xsl:for-each select="ed:in-language($header/tei:fileDesc/tei:publicationStmt/tei:publisher, $pr:lang)">
          <p><span class="fact">Publisher</span> <xsl:value-of select="ed:reading(node())"/></p>
        </xsl:for-each>
        <xsl:for-each select="$header/tei:fileDesc/tei:publicationStmt/tei:availability">
          <p><span class="fact">Licence</span>
            <xsl:value-of select="string-join(ed:in-language(tei:licence | tei:p, $pr:lang) ! ed:reading(node()), ' ')"/>
            <xsl:for-each select="ed:in-language(tei:licence, $pr:lang)/@target">
              <xsl:text> </xsl:text>
              <xsl:choose>
                <xsl:when test="ed:link(.)"><a class="url" href="{ed:link(.)}"><xsl:value-of select="."/></a></xsl:when>
                <xsl:otherwise><span class="url"><xsl:value-of select="."/></span></xsl:otherwise>
              </xsl:choose>
            </xsl:for-each>
          </p>
        </xsl:for-each>
        <p><span class="fact">How to cite</span> <xsl:value-of select="pr:citation()"/></p>
        <p><span class="fact">Date</span>
          <xsl:value-of select="if ($date) then ed:iso-in-words($date, 'en') || ' (date of this version, from the TEI header)'
                                else 'not stated in the TEI header'"/></p>
        <p class="pdf-note">This PDF was typeset from the TEI file that is embedded in it as an attachment; paragraph
          numbers (§) and the labels of the apparatus entries, notes and quotations are those of the web edition.</p>
      </div>
    </section>
  </xsl:template>

  <xsl:function name="pr:citation" as="xs:string">
    <xsl:sequence select="ed:edition-citation($root) || ', PDF edition, cited by paragraph (§) and page.'"/>
  </xsl:function>

  <!-- ===== contents ===== -->

  <xsl:template name="contents">
    <nav class="contents" lang="en">
      <h1 class="no-bookmark">Contents</h1>
      <ol>
        <xsl:if test="pr:has-introduction()">
          <li><a href="#introduction">Editorial introduction</a></li>
        </xsl:if>
        <xsl:for-each select="/tei:TEI/tei:text/(tei:front | tei:body)/tei:div">
          <li lang="{ancestor-or-self::*[@xml:lang][1]/@xml:lang}"><a href="#{pr:div-id(.)}"><xsl:value-of select="pr:head-text(tei:head[1])"/></a></li>
        </xsl:for-each>
        <xsl:if test="pr:registers()">
          <li><a href="#registers">Registers</a></li>
        </xsl:if>
        <xsl:if test="//tei:listBibl">
          <li><a href="#bibliography"><xsl:value-of select="pr:bibliography-head()"/></a></li>
        </xsl:if>
      </ol>
    </nav>
  </xsl:template>

  <xsl:function name="pr:div-id" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="($div/@xml:id, pr:id('div', $div))[1]"/>
  </xsl:function>

  <xsl:function name="pr:head-text" as="xs:string">
    <xsl:param name="head" as="element(tei:head)?"/>
    <xsl:sequence select="if ($head) then ed:head-number($head) || ed:reading($head/node())
                          else ''"/>
  </xsl:function>

  <!-- ===== editorial introduction, from the header ===== -->

  <xsl:function name="pr:has-introduction" as="xs:boolean">
    <xsl:sequence select="exists($header/tei:encodingDesc/(tei:projectDesc | tei:editorialDecl | tei:classDecl)
        | $header/tei:fileDesc/tei:sourceDesc | $footnotes | $apps)"/>
  </xsl:function>

  <xsl:template name="introduction">
    <xsl:variable name="source" select="$header/tei:fileDesc/tei:sourceDesc"/>
    <xsl:variable name="decl" select="$header/tei:encodingDesc"/>
    <section class="introduction" id="introduction" lang="en">
      <h1>Editorial introduction</h1>
      <xsl:variable name="abstracts" select="$header/tei:profileDesc/tei:abstract"/>
      <xsl:for-each select="($abstracts[@xml:lang = 'en'], $abstracts)[1]">
        <h2>The article</h2>
        <xsl:apply-templates select="*" mode="header"/>
      </xsl:for-each>
      <xsl:if test="$decl/tei:projectDesc">
        <h2>The edition</h2>
        <xsl:apply-templates select="ed:in-language($decl/tei:projectDesc/tei:p, $pr:lang)" mode="header"/>
      </xsl:if>

      <xsl:if test="$source/tei:bibl | $source//tei:witness">
        <h2>The source and its defects</h2>
        <xsl:for-each select="$source/tei:bibl">
          <xsl:apply-templates select="ed:in-language(tei:note, $pr:lang)" mode="header"/>
        </xsl:for-each>
        <xsl:for-each select="$source//tei:witness">
          <p>
            <xsl:value-of select="'Witness ' || (@n, @xml:id)[1] || ': ' || string-join(ed:in-language(tei:bibl/(tei:title, tei:extent), $pr:lang) ! ed:reading(node()), '; ') || '.'"/>
            <xsl:for-each select="tei:bibl/tei:idno[@type = 'sha256']"> SHA-256 <span class="hash"><xsl:value-of select="."/></span>.</xsl:for-each>
          </p>
          <xsl:apply-templates select="ed:in-language(tei:note, $pr:lang)/*" mode="header"/>
        </xsl:for-each>
      </xsl:if>

      <xsl:if test="$decl/tei:editorialDecl">
        <h2>Editorial principles</h2>
        <xsl:for-each select="$decl/tei:editorialDecl/*">
          <xsl:for-each select="ed:in-language(tei:p, $pr:lang)">
            <p>
              <xsl:if test="position() = 1">
                <span class="run-in"><xsl:value-of select="pr:capitalise(local-name(..))"/>. </span>
              </xsl:if>
              <xsl:apply-templates mode="header"/>
            </p>
          </xsl:for-each>
        </xsl:for-each>
      </xsl:if>

      <xsl:if test="$decl/tei:tagsDecl/tei:rendition[@scope]">
        <p><span class="run-in">Renditions. </span>Strings the encoding keeps out of the text and this edition prints:
          <xsl:value-of select="string-join($decl/tei:tagsDecl/tei:rendition[@scope] ! ('#' || @xml:id || ' ' || @scope || ' ' || ed:rendition-content(.)), '; ')"/>.</p>
      </xsl:if>

      <xsl:if test="$source//tei:witness">
        <h2>Sigla</h2>
        <dl class="sigla">
          <xsl:for-each select="$source//tei:witness">
            <dt><xsl:value-of select="(@n, @xml:id)[1]"/></dt>
            <dd><xsl:value-of select="string-join(ed:in-language(tei:bibl/tei:title, $pr:lang) ! ed:reading(node()), '; ')"/>
              <xsl:for-each select="tei:bibl/tei:ptr/@target"> (<span class="path"><xsl:value-of select="."/></span>)</xsl:for-each></dd>
          </xsl:for-each>
        </dl>
      </xsl:if>

      <h2>How this print presents the notes</h2>
      <xsl:for-each select="$decl/tei:classDecl/tei:taxonomy[tei:category[starts-with(@xml:id, 'note-')]]">
        <ul class="kinds">
          <xsl:for-each select="tei:category">
            <li><xsl:apply-templates select="ed:in-language(tei:catDesc, $pr:lang)/node()" mode="header"/></li>
          </xsl:for-each>
        </ul>
      </xsl:for-each>
      <p>Each page has up to two tiers of notes under its text, kept apart by position, rule and type size.
        <xsl:if test="$footnotes">The author’s footnotes come first, above a full-width rule, numbered as in the source
          (<xsl:value-of select="string-join(distinct-values(($footnotes[1], $footnotes[last()]) ! ed:note-label(.)), '–')"/>).</xsl:if>
        <xsl:if test="$apps">The critical apparatus follows in the lowest tier of the page, below a short rule, in a smaller
          type and run in: each entry of that page in the form
          <span class="example">§ letter  lemma] reading sigla — note</span>, its letter also set after the lemma
          in the text. WeasyPrint has a single footnote area, in which two kinds of notes would be mixed in the order of
          their calls; the apparatus therefore stands in the bottom margin, gathered page by page, so that the two tiers
          can never be interleaved.</xsl:if>
        Paragraph numbers (§) stand in the margin. After each section, the apparatus fontium gives the source of each
        quotation (§ and Q with its number in the paragraph)<xsl:if test="$commentary">, and the editors’ commentary,
        marked in the text by C and its number, follows keyed to paragraphs</xsl:if>.
        The registers give the pages where each name occurs.</p>

      <xsl:for-each select="$decl/tei:classDecl/tei:taxonomy[tei:category[starts-with(@xml:id, 'intervention-')]]">
        <h2><xsl:value-of select="ed:in-language(tei:desc, $pr:lang) ! ed:reading(node())"/></h2>
        <ul class="kinds">
          <xsl:for-each select="tei:category">
            <li><xsl:apply-templates select="ed:in-language(tei:catDesc, $pr:lang)/node()" mode="header"/></li>
          </xsl:for-each>
        </ul>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:function name="pr:capitalise" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="upper-case(substring($s, 1, 1)) || substring($s, 2)"/>
  </xsl:function>

  <!-- of the editors' twins in several languages, only the PDF's (languages.xsl) -->
  <xsl:template match="*[@xml:lang][not(ed:shown-in(., $pr:lang))]" mode="header inline-note bibliography" priority="10"/>

  <!-- header prose: TEI's documentation elements as the reader expects them -->
  <xsl:template match="tei:p" mode="header">
    <p><xsl:apply-templates mode="header"/></p>
  </xsl:template>
  <xsl:template match="tei:note" mode="header">
    <p><xsl:apply-templates mode="header"/></p>
  </xsl:template>
  <xsl:template match="tei:list" mode="header">
    <xsl:apply-templates select="tei:head" mode="header"/>
    <ul><xsl:apply-templates select="tei:item" mode="header"/></ul>
  </xsl:template>
  <xsl:template match="tei:list/tei:head" mode="header">
    <p class="list-head"><xsl:apply-templates mode="header"/></p>
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

  <!-- ===== the text ===== -->

  <xsl:template match="tei:div" mode="division">
    <xsl:variable name="lang" select="ancestor-or-self::*[@xml:lang][1]/@xml:lang"/>
    <section class="division {@type}" id="{pr:div-id(.)}" lang="{$lang}">
      <xsl:apply-templates select="tei:head"/>
      <xsl:apply-templates select="* except (tei:head, tei:div)"/>
      <xsl:call-template name="notes-after-division"/>
      <xsl:apply-templates select="tei:div" mode="division"/>
    </section>
  </xsl:template>

  <xsl:template match="tei:div/tei:head">
    <h2 class="{if (ancestor::tei:front) then 'front' else 'body'}">
      <xsl:if test="@n"><span class="head-number"><xsl:value-of select="ed:head-number(.)"/></span></xsl:if>
      <xsl:apply-templates/>
    </h2>
  </xsl:template>

  <xsl:template match="tei:p">
    <p class="paragraph" id="{(@xml:id, pr:id('p', .))[1]}">
      <xsl:if test="@n">
        <span class="paragraph-number" aria-hidden="true"><xsl:value-of select="ed:paragraph-label(.)"/></span>
      </xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="tei:ab">
    <p class="ab {@type}"><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:ab/tei:label">
    <span class="label"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- line ends of the witness: a space, unless a word was divided or the source has one
       there already (WeasyPrint does not collapse blank space inside footnotes) -->
  <xsl:template match="tei:lb">
    <xsl:if test="not(@break = 'no') and not(pr:at-block-start(.))
                  and not(preceding-sibling::node()[1][self::text()][matches(., '\s$')])">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>
  <xsl:template match="tei:pb"/>

  <!-- Turkish text gets the soft hyphens of its syllables (see common/hyphenation.xsl);
       other languages are hyphenated by the typesetter's own patterns; headings are not
       (they become bookmarks and running heads) -->
  <!-- nothing before the first word of a paragraph, heading or block (where a space would
       push the text away from its § number) -->
  <xsl:function name="pr:at-block-start" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/parent::tei:p | $node/parent::tei:head | $node/parent::tei:ab)
        and not($node/preceding-sibling::node()[self::* or normalize-space()])"/>
  </xsl:function>
  <xsl:template match="text()[not(normalize-space())][pr:at-block-start(.)]"/>

  <!-- blank space of the source is one space (WeasyPrint kept the source's line ends
       inside footnotes) -->
  <xsl:template match="text()">
    <xsl:variable name="text" select="replace(., '\s+', ' ')"/>
    <xsl:value-of select="if (ancestor::*[@xml:lang][1]/@xml:lang = 'tr' and not(ancestor::tei:head)) then ed:hyphenate($text) else $text"/>
  </xsl:template>

  <!-- quotations and other elements whose marks the header declares (tagsDecl) -->
  <xsl:template match="tei:quote | tei:soCalled | tei:title[@rendition]">
    <span class="{local-name()}">
      <xsl:value-of select="ed:generated(., 'before')"/>
      <xsl:apply-templates/>
      <xsl:value-of select="ed:generated(., 'after')"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:cit">
    <xsl:variable name="style" select="string-join(ed:renditions(.)[not(@scope)][@scheme = 'css'] ! normalize-space(), ' ')"/>
    <span class="cit{if (matches($style, 'display:\s*block')) then ' block' else ''}">
      <xsl:apply-templates/>
      <!-- the punctuation that follows a block quotation ends the block, not a line of its own -->
      <xsl:if test="pr:is-block(.)">
        <xsl:variable name="next" select="string(following-sibling::node()[1][self::text()])"/>
        <xsl:value-of select="replace($next, '^([.,;:]+).*$', '$1', 's')[matches($next, '^[.,;:]')]"/>
      </xsl:if>
    </span>
  </xsl:template>

  <xsl:function name="pr:is-block" as="xs:boolean">
    <xsl:param name="el" as="element()?"/>
    <xsl:sequence select="exists($el/self::tei:cit) and (some $r in ed:renditions($el)[not(@scope)][@scheme = 'css'] satisfies matches($r, 'display:\s*block'))"/>
  </xsl:function>

  <xsl:template match="text()[pr:is-block(preceding-sibling::node()[1][self::*])][matches(., '^[.,;:]')]" priority="2">
    <xsl:variable name="rest" select="replace(., '^[.,;:]+', '')"/>
    <xsl:value-of select="if (ancestor::*[@xml:lang][1]/@xml:lang = 'tr') then ed:hyphenate(replace($rest, '\s+', ' ')) else replace($rest, '\s+', ' ')"/>
  </xsl:template>

  <xsl:template match="tei:title[@level = ('m', 'j', 's')][not(@rendition)]">
    <i><xsl:apply-templates/></i>
  </xsl:template>

  <xsl:template match="tei:ref[@target]">
    <xsl:variable name="target" select="ed:target(@target)[1]"/>
    <xsl:choose>
      <xsl:when test="$target">
        <a class="ref" href="#{$target/@xml:id}" id="{pr:id('cit', .)}"><xsl:apply-templates/></a>
      </xsl:when>
      <xsl:otherwise><xsl:apply-templates/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- names: anchors for the page numbers of the registers -->
  <xsl:template match="tei:text//*[@ref][not(self::tei:ref)]">
    <span class="name {local-name()}" id="{pr:id('occ', .)}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:gap">
    <span class="gap">[…]</span>
  </xsl:template>

  <!-- the critical apparatus: the edited reading in the text, marked by the entry's letter -->
  <xsl:template match="tei:app">
    <span class="lemma" id="{pr:id('app', .)}"><xsl:apply-templates select="tei:lem/node()"/></span>
    <a class="app-call" href="#{pr:id('apx', .)}" aria-label="apparatus {ed:app-label(.)}">
      <xsl:value-of select="ed:app-letter(.)"/>
    </a>
    <xsl:if test="not(ancestor::tei:note[@place = 'foot'])">
      <xsl:sequence select="pr:tier-here(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- one entry: "§12 b  lemma] reading T — note" -->
  <xsl:template match="tei:app" mode="entry">
    <span class="app-entry" id="{pr:id('apx', .)}">
      <a class="app-label" href="#{pr:id('app', .)}"><xsl:value-of select="ed:app-label(.)"/></a>
      <xsl:text>&#xA0;</xsl:text>
      <span class="app-lemma"><xsl:value-of select="ed:app-lemma(.)"/></span>
      <xsl:text>] </xsl:text>
      <xsl:for-each select="ed:app-readings(.)">
        <span class="app-reading">
          <xsl:value-of select="if (normalize-space(?text)) then ?text else 'om.'"/>
        </span>
        <xsl:text> </xsl:text>
        <span class="sigla"><xsl:value-of select="?sigla"/></span>
        <xsl:if test="position() ne last()">; </xsl:if>
      </xsl:for-each>
      <xsl:for-each select="ed:app-note(., $pr:lang)">
        <xsl:text> — </xsl:text>
        <span class="app-note" lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(node())"/></span>
      </xsl:for-each>
    </span>
    <xsl:text> </xsl:text>
  </xsl:template>

  <!-- the author's footnotes: at the foot of the page, numbered as in the source -->
  <xsl:template match="tei:note[@place = 'foot']">
    <span class="call-anchor" id="{pr:id('call', .)}"></span>
    <span class="footnote" id="{(@xml:id, pr:id('fn', .))[1]}" data-n="{ed:note-label(.)}">
      <xsl:apply-templates/>
    </span>
    <xsl:sequence select="pr:tier-here(.//tei:app)"/>
  </xsl:template>

  <xsl:template match="tei:note[@type = 'commentary'] | tei:note[@type = 'apparatus'] | tei:rdg"/>

  <!-- a passage the editors comment on: marked with the commentary's label -->
  <xsl:template match="tei:text//*[@xml:id][key('pr:commented', @xml:id)]" priority="10">
    <xsl:variable name="target" select="."/>
    <xsl:next-match/>
    <xsl:for-each select="key('pr:commented', @xml:id)">
      <a class="commentary-call" href="#{pr:id('com', .)}" id="{pr:id('comcall', .) || '-' || pr:id('at', $target)}"><xsl:value-of select="ed:note-label(.)"/></a>
    </xsl:for-each>
  </xsl:template>

  <!-- ===== after each division: apparatus fontium and commentary ===== -->

  <xsl:template name="notes-after-division">
    <xsl:variable name="div" select="."/>
    <xsl:variable name="own-quotes" select="key('pr:quotes-by-division', generate-id($div))"/>
    <xsl:variable name="own-commentary" select="key('pr:commentary-by-division', generate-id($div))"/>
    <xsl:if test="$own-quotes or $own-commentary">
      <aside class="division-notes" lang="en">
        <xsl:if test="$own-quotes">
          <p class="notes-head">Sources of the quotations</p>
          <xsl:for-each select="$own-quotes">
            <p class="fontium">
              <span class="entry-label"><xsl:value-of select="ed:quote-label(.)"/></span>
              <xsl:text> </xsl:text>
              <span class="incipit" lang="{ancestor-or-self::*[@xml:lang][1]/@xml:lang}"><xsl:value-of select="pr:incipit(.)"/></span>
              <xsl:text> — </xsl:text>
              <xsl:sequence select="pr:quote-source(.)"/>
            </p>
          </xsl:for-each>
        </xsl:if>
        <xsl:if test="$own-commentary">
          <p class="notes-head">Commentary</p>
          <xsl:for-each select="$own-commentary">
            <xsl:variable name="targets" select="ed:target(@target)"/>
            <p class="commentary" id="{pr:id('com', .)}">
              <span class="entry-label"><xsl:value-of select="ed:note-label(.)"/></span>
              <xsl:text> </xsl:text>
              <span class="keyed"><xsl:value-of select="string-join(distinct-values($targets ! ed:where(.)), ', ')"/></span>
              <xsl:text> </xsl:text>
              <span class="incipit" lang="{($targets[1]/ancestor-or-self::*[@xml:lang][1]/@xml:lang, $doc-lang)[1]}">
                <xsl:value-of select="pr:shorten(ed:reading($targets[1]/node()), 8) || ']'"/>
              </span>
              <xsl:text> </xsl:text>
              <xsl:apply-templates mode="inline-note"/>
            </p>
          </xsl:for-each>
        </xsl:if>
      </aside>
    </xsl:if>
  </xsl:template>

  <!-- where a passage is: its paragraph, and its footnote if it is one or is in one -->
  <xsl:function name="pr:shorten" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="words" as="xs:integer"/>
    <xsl:variable name="w" select="tokenize($s)"/>
    <xsl:sequence select="if (count($w) le $words) then $s
        else string-join($w[position() le $words idiv 2], ' ') || ' … ' || string-join($w[position() gt last() - $words idiv 2], ' ')"/>
  </xsl:function>

  <xsl:function name="pr:incipit" as="xs:string">
    <xsl:param name="quote" as="element(tei:quote)"/>
    <xsl:sequence select="ed:generated($quote, 'before') || pr:shorten(ed:reading($quote/node()), 8) || ed:generated($quote, 'after')"/>
  </xsl:function>

  <!-- the source of a quotation: the reference of its cit, or the work its @source names -->
  <xsl:function name="pr:quote-source" as="node()*">
    <xsl:param name="quote" as="element(tei:quote)"/>
    <xsl:variable name="bibl" select="($quote/parent::tei:cit/tei:bibl, ed:target($quote/@source)[self::tei:bibl][ancestor::tei:text[not(ancestor::tei:back)] and not(ancestor::tei:listBibl)])[1]"/>
    <xsl:variable name="work" select="($bibl//tei:ref/@target ! ed:target(.), ed:target($bibl/@corresp), ed:target($quote/@source)[ancestor::tei:listBibl])[1]"/>
    <xsl:choose>
      <xsl:when test="$bibl or $work">
        <xsl:if test="$bibl">
          <span class="cited"><xsl:value-of select="replace(ed:reading($bibl/node()), '^\((.*)\)$', '$1')"/></span>
        </xsl:if>
        <xsl:if test="$work">
          <xsl:if test="$bibl"><xsl:text>; </xsl:text></xsl:if>
          <xsl:text>see </xsl:text>
          <a class="ref" href="#{$work/@xml:id}"><xsl:value-of select="ed:bibl-short($work)"/></a>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <span class="no-source">no source given in the text</span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template match="tei:note" mode="inline-note">
    <xsl:apply-templates mode="inline-note"/>
  </xsl:template>
  <xsl:template match="text()" mode="inline-note">
    <xsl:value-of select="."/>
  </xsl:template>
  <xsl:template match="*" mode="inline-note">
    <xsl:value-of select="ed:generated(., 'before')"/>
    <xsl:apply-templates mode="inline-note"/>
    <xsl:value-of select="ed:generated(., 'after')"/>
  </xsl:template>
  <xsl:template match="tei:title[@level = ('m', 'j', 's')]" mode="inline-note">
    <i><xsl:apply-templates mode="inline-note"/></i>
  </xsl:template>

  <!-- ===== registers ===== -->

  <xsl:function name="pr:registers" as="element()*">
    <xsl:sequence select="$root//tei:standOff/(tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent)[*[@xml:id]]"/>
  </xsl:function>

  <xsl:template name="registers">
    <xsl:if test="pr:registers()">
      <section class="registers" id="registers" lang="en">
        <h1>Registers</h1>
        <p class="register-intro">Names as regularised by the editors, in Turkish alphabetical order, with the pages where
          they occur in the text, its abstracts and its footnotes.</p>
        <xsl:for-each select="pr:registers()">
          <section class="register" id="{pr:id('reg', .)}">
            <h2><xsl:value-of select="(ed:in-language(tei:head, $pr:lang) ! ed:reading(node()), pr:capitalise(substring-after(local-name(), 'list')))[1]"/></h2>
            <xsl:for-each select="*[@xml:id]">
              <xsl:sort select="ed:sort-key(ed:entity-name(., $doc-lang))"/>
              <xsl:apply-templates select="." mode="register"/>
            </xsl:for-each>
          </section>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="*" mode="register">
    <xsl:variable name="name" select="ed:entity-name(., $doc-lang)"/>
    <xsl:variable name="english" select="ed:entity-name(., 'en')"/>
    <xsl:variable name="dates" select="ed:entity-dates(., 'en')"/>
    <p class="register-entry" id="{@xml:id}">
      <span class="entry-name" lang="{$doc-lang}"><xsl:value-of select="$name"/></span>
      <xsl:if test="$english ne $name">
        <xsl:text> </xsl:text><span class="entry-english" lang="en">(<xsl:value-of select="$english"/>)</span>
      </xsl:if>
      <xsl:variable name="about" select="string-join(($dates, (ed:in-language(tei:occupation, $pr:lang)[1], @type)[1] ! string()), '; ')"/>
      <xsl:if test="$about">
        <xsl:text>, </xsl:text><span class="entry-about"><xsl:value-of select="$about"/></span>
      </xsl:if>
      <xsl:if test="@cert = 'low'"><xsl:text> </xsl:text><span class="entry-cert">(identification uncertain)</span></xsl:if>
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
    <xsl:variable name="ids" select="$occurrences ! pr:id(if (self::tei:ref) then 'cit' else 'occ', .)"/>
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

  <xsl:function name="pr:bibliography-head" as="xs:string">
    <xsl:sequence select="(ed:in-language($root//tei:listBibl/tei:head, $pr:lang) ! ed:reading(node()), 'Works cited')[1]"/>
  </xsl:function>

  <xsl:template name="bibliography">
    <xsl:if test="//tei:listBibl">
      <section class="bibliography" id="bibliography" lang="{$doc-lang}">
        <h1 lang="en"><xsl:value-of select="pr:bibliography-head()"/></h1>
        <xsl:for-each select="//tei:listBibl/tei:bibl">
          <xsl:sort select="ed:sort-key(ed:reading((tei:author, tei:editor, tei:title)[1]/node()))"/>
          <xsl:sort select="string((tei:date/@when)[1])"/>
          <p class="bibl-entry" id="{(@xml:id, pr:id('bib', .))[1]}">
            <xsl:apply-templates mode="bibliography"/>
            <xsl:variable name="cited" select="key('pr:citations', @xml:id)[self::tei:ref]"/>
            <xsl:if test="$cited">
              <span class="cited-on" lang="en"> Cited p. <xsl:sequence select="pr:page-list($cited)"/>.</span>
            </xsl:if>
          </p>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tei:note" mode="bibliography">
    <span class="bibl-note" lang="{(ancestor-or-self::*[@xml:lang][1]/@xml:lang, 'en')[1]}"><xsl:apply-templates mode="bibliography"/></span>
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

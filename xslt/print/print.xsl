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
       what comes before them, leaves the registers and the bibliography out;
     - a footnote must stand on the page of its call. WeasyPrint 70 moves the last footnote
       of a page to the next one to make room for the first line of a paragraph that
       would otherwise begin on the next page (it takes a first line for one it cannot
       break before). Every block of the text carries an anchor (blk-…); where a footnote
       (note-…) was set after the page of its call (call-…), the last block that begins
       on that page is made to begin the next one, and an anchor brk-… in it keeps that
       page break in the page map, so that the next pass, and the next build, keep it
       (for as long as a footnote is called on the page before it).

     The language: every word the stylesheet writes is a label of web/messages.json
     (parameter "messages", ed:msg) in the language of the interface (parameter
     "ui-lang", by default the TEI's xml:lang: an English PDF is the parameter ui-lang=en),
     and of the editors' twins in several languages the PDF shows that language's. -->
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
  <!-- the language of the PDF's labels and of the editors' matter: that of the interface
       (messages.xsl: the parameter ui-lang, by default the edition's own language) -->
  <xsl:variable name="pr:lang" as="xs:string" select="$ed:ui-lang"/>
  <xsl:variable name="flow" select="/tei:TEI/tei:text/(tei:front | tei:body)"/>
  <xsl:variable name="apps" select="$flow//tei:app"/>
  <xsl:variable name="footnotes" select="$flow//tei:note[@place = 'foot']"/>
  <xsl:variable name="commentary" select="/tei:TEI/tei:text//tei:note[@type = 'commentary']"/>
  <xsl:variable name="quotes" select="$flow//tei:quote"/>

  <xsl:key name="pr:occurrences" match="tei:text//*[@ref]" use="tokenize(@ref) ! substring-after(., '#')"/>
  <!-- where a work is cited in the text, its abstracts and its footnotes: an author-date
       reference (ref), a full reference in a footnote (bibl corresp), a quotation whose
       source is the work (quote source); not the editors' notes, which are not in the flow -->
  <xsl:key name="pr:citations" match="(tei:ref[@target] | tei:bibl[@corresp] | tei:quote[@source])
                                        [ancestor::tei:front or ancestor::tei:body]
                                        [not(ancestor::tei:note[@type = ('apparatus', 'commentary')] or ancestor::tei:rdg)]"
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
          <span class="apparatus-tier" style="position: running(apparatus-{$page})" role="note" lang="{$pr:lang}"
                aria-label="{ed:msg('apparatus')}, {ed:msg('pdf-page')} {$page}" data-label="{ed:msg('pdf-apparatus-tier')}">
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

  <!-- ===== words of the interface ===== -->

  <!-- a label of web/messages.json with its places {1}, {2} … filled in -->
  <xsl:function name="pr:msg" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:variable name="parts" as="xs:string*">
      <xsl:analyze-string select="ed:msg($key)" regex="\{{([0-9])\}}">
        <xsl:matching-substring><xsl:sequence select="string($values[xs:integer(regex-group(1))])"/></xsl:matching-substring>
        <xsl:non-matching-substring><xsl:sequence select="."/></xsl:non-matching-substring>
      </xsl:analyze-string>
    </xsl:variable>
    <xsl:sequence select="string-join($parts)"/>
  </xsl:function>

  <!-- the same as prose of the PDF's language (Turkish divided at its syllables) -->
  <xsl:function name="pr:say" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="pr:prose(ed:msg($key), $pr:lang)"/>
  </xsl:function>
  <xsl:function name="pr:say" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="pr:prose(pr:msg($key, $values), $pr:lang)"/>
  </xsl:function>

  <!-- what the PDF's XMP says beyond what WeasyPrint writes (title, authors, description,
       keywords, dates): the rights (each licence in each language, and the first licence's
       address), the edition's identifier (DOI, else its canonical address) and its
       languages; edition/pdf.py adds these rdf:Descriptions to the XMP's one rdf:RDF -->
  <xsl:template name="pr:xmp">
    <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="licences" select="$header/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence"/>
    <xsl:variable name="identifier" select="(ed:doi(.) ! ('https://doi.org/' || .), ed:canonical-base(.))[1]"/>
    <xsl:result-document href="xmp.rdf" method="xml" omit-xml-declaration="yes" indent="no">
      <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
        <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
                         xmlns:xmpRights="http://ns.adobe.com/xap/1.0/rights/">
          <xsl:if test="$licences">
            <dc:rights>
              <rdf:Alt>
                <rdf:li xml:lang="x-default"><xsl:value-of select="string-join(ed:in-language($licences, $pr:lang) ! normalize-space(), ' ')"/></rdf:li>
                <xsl:for-each-group select="$licences[@xml:lang]" group-by="string(@xml:lang)">
                  <rdf:li xml:lang="{current-grouping-key()}"><xsl:value-of select="string-join(current-group() ! normalize-space(), ' ')"/></rdf:li>
                </xsl:for-each-group>
              </rdf:Alt>
            </dc:rights>
            <xmpRights:Marked>True</xmpRights:Marked>
            <xsl:for-each select="ed:licence-url(.)">
              <xmpRights:WebStatement><xsl:value-of select="."/></xmpRights:WebStatement>
            </xsl:for-each>
          </xsl:if>
          <xsl:for-each select="$identifier">
            <dc:identifier><xsl:value-of select="."/></dc:identifier>
          </xsl:for-each>
          <dc:language>
            <rdf:Bag>
              <xsl:for-each select="distinct-values(($doc-lang, $header/tei:profileDesc/tei:langUsage/tei:language/@ident ! string()))">
                <rdf:li><xsl:value-of select="."/></rdf:li>
              </xsl:for-each>
            </rdf:Bag>
          </dc:language>
        </rdf:Description>
      </rdf:RDF>
    </xsl:result-document>
  </xsl:template>

  <!-- ===== the document ===== -->

  <xsl:template match="/">
    <xsl:variable name="title" select="ed:edition-title(., $pr:lang)"/>
    <xsl:variable name="date" select="pr:edition-date()"/>
    <xsl:call-template name="pr:xmp"/>
    <xsl:variable name="text" as="element()*">
      <xsl:call-template name="title-page"/>
      <xsl:call-template name="contents"/>
      <xsl:call-template name="introduction"/>
      <main class="edition-text">
        <xsl:apply-templates select="/tei:TEI/tei:text/tei:front/tei:div | /tei:TEI/tei:text/tei:body/tei:div" mode="division"/>
      </main>
    </xsl:variable>
    <xsl:variable name="breaks" select="pr:forced-breaks($text)"/>
    <html lang="{$doc-lang}">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="$title"/></title>
        <meta name="description" content="{string-join((ed:edition-subtitle(., $pr:lang), ed:edition-title(., $doc-lang)[. ne $title], pr:source-summary()), '. ')}"/>
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
        <xsl:apply-templates select="$text" mode="pr:page-breaks">
          <xsl:with-param name="breaks" select="$breaks" tunnel="yes"/>
        </xsl:apply-templates>
        <!-- after the text: nothing in them moves a page of the text, so the first pass,
             which only measures the text, leaves them out, and so does a pass that makes a
             new page break (the next pass, which that break makes necessary, has them) -->
        <xsl:if test="$final and (every $b in $breaks satisfies exists(pr:page(pr:break-id($b))))">
          <xsl:call-template name="registers"/>
          <xsl:call-template name="pr:timeline"/>
          <xsl:call-template name="bibliography"/>
        </xsl:if>
      </body>
    </html>
  </xsl:template>

  <!-- ===== a footnote on the page of its call (see the head of this file) ===== -->

  <!-- the blocks (their blk- anchors) that must begin a page: those that began one in the
       previous pass (brk- anchor) while a footnote is called on the page before, and, where a
       footnote was set after the page of its call, the last block that begins on that page -->
  <xsl:function name="pr:forced-breaks" as="xs:string*">
    <xsl:param name="body" as="element()*"/>
    <xsl:variable name="call-pages" select="$footnotes ! pr:page(pr:id('call', .))"/>
    <xsl:variable name="late" select="distinct-values($footnotes ! (
        let $call := pr:page(pr:id('call', .)), $note := pr:page(pr:id('note', .))
        return $call[exists($note) and $note gt $call]))"/>
    <xsl:variable name="blocks" select="$body//*[@class = 'blk']"/>
    <xsl:sequence select="distinct-values((
        $blocks[(pr:page(pr:break-id(@id)) - 1) = $call-pages]/@id,
        for $p in $late return $blocks[pr:page(@id) = $p][last()]/@id))"/>
  </xsl:function>

  <xsl:function name="pr:break-id" as="xs:string">
    <xsl:param name="block-id" as="xs:string"/>
    <xsl:sequence select="'brk-' || substring-after($block-id, 'blk-')"/>
  </xsl:function>

  <!-- the anchor of a block of the text, measured in every pass -->
  <xsl:function name="pr:block-anchor" as="element()">
    <xsl:param name="el" as="element()"/>
    <span class="blk" id="{pr:id('blk', $el)}"></span>
  </xsl:function>

  <xsl:template match="node() | @*" mode="pr:page-breaks">
    <xsl:copy><xsl:apply-templates select="node() | @*" mode="pr:page-breaks"/></xsl:copy>
  </xsl:template>
  <xsl:template match="*[*[1][@class = 'blk']]" mode="pr:page-breaks">
    <xsl:param name="breaks" as="xs:string*" tunnel="yes"/>
    <xsl:variable name="anchor" select="*[1]/@id"/>
    <xsl:copy>
      <xsl:apply-templates select="@*" mode="pr:page-breaks"/>
      <xsl:if test="$anchor = $breaks">
        <xsl:attribute name="class" select="string-join((@class, 'forced-break'), ' ')"/>
        <span class="brk" id="{pr:break-id($anchor)}"></span>
      </xsl:if>
      <xsl:apply-templates select="node()" mode="pr:page-breaks"/>
    </xsl:copy>
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

  <xsl:function name="pr:div-id" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="($div/@xml:id, pr:id('div', $div))[1]"/>
  </xsl:function>

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

  <xsl:function name="pr:capitalise" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="upper-case(substring($s, 1, 1)) || substring($s, 2)"/>
  </xsl:function>

  <!-- of the editors' twins in several languages, only the PDF's (languages.xsl) -->
  <xsl:template match="*[@xml:lang][not(ed:shown-in(., $pr:lang))]" mode="header inline-note bibliography" priority="10"/>

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

  <!-- the heads of the text's own divisions are at the top level of the bookmarks, those of
       divisions inside them one level below -->
  <xsl:template match="tei:div/tei:head">
    <xsl:element name="{if (count(ancestor::tei:div) gt 1) then 'h3' else 'h2'}">
      <xsl:attribute name="class" select="if (ancestor::tei:front) then 'front' else 'body'"/>
      <xsl:if test="@n"><span class="head-number"><xsl:value-of select="ed:head-number(.)"/></span></xsl:if>
      <xsl:apply-templates/>
    </xsl:element>
  </xsl:template>

  <xsl:template match="tei:p">
    <p class="paragraph" id="{(@xml:id, pr:id('p', .))[1]}">
      <xsl:sequence select="pr:block-anchor(.)"/>
      <xsl:if test="@n">
        <span class="paragraph-number" aria-hidden="true"><xsl:value-of select="ed:paragraph-label(.)"/></span>
      </xsl:if>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="tei:ab">
    <p class="ab {@type}"><xsl:sequence select="pr:block-anchor(.)"/><xsl:apply-templates/></p>
  </xsl:template>
  <xsl:template match="tei:ab/tei:label">
    <span class="label"><xsl:apply-templates/></span>
  </xsl:template>

  <!-- line ends of the witness: a space, unless a word was divided or the source has one
       there already (WeasyPrint does not collapse blank space inside footnotes); the number
       of every fifth line of the transcript is printed in the outer margin, level with the
       line where it begins (the notes cite these numbers) -->
  <xsl:template match="tei:lb">
    <xsl:if test="not(@break = 'no') and not(pr:at-block-start(.))
                  and not(preceding-sibling::node()[1][self::text()][matches(., '\s$')])">
      <xsl:text> </xsl:text>
    </xsl:if>
  </xsl:template>
  <!-- Where the number goes: after the first word of its line (the text() template below),
       or after the element the line begins with (a name, a date), or at the start of the
       block quotation it begins with; that keeps the number on the printed line where the
       transcript's line begins. Not right after the space of the line end: a positioned box
       after a space that ends a printed line keeps WeasyPrint 70 from breaking the line
       there, and at the start of an inline box it stays on the line before. Where the line
       begins otherwise (with blank space), the number stands before that space. -->
  <xsl:template match="tei:lb[pr:numbered(.)][not(following-sibling::node()[1][self::* or self::text()[matches(., '^\S')]])]" priority="2">
    <xsl:sequence select="pr:line-number(.)"/>
    <xsl:next-match/>
  </xsl:template>
  <xsl:template match="tei:text//*[preceding-sibling::node()[1][self::tei:lb][pr:numbered(.)]]" priority="20">
    <xsl:next-match/>
    <xsl:if test="not(pr:is-block(.))">
      <xsl:sequence select="pr:line-number(preceding-sibling::node()[1])"/>
    </xsl:if>
  </xsl:template>

  <!-- the transcript's lines that get their number in the margin: every fifth line (the
       first one after a multiple of 5, where that line is blank or a dropped repeat), and
       the first line of each footnote; not a line just before a multiple of 5 of the same
       text or footnote (its number would share a printed line with that one's). The
       previous line of the text and of the footnote come from an accumulator (one pass
       over the document), the line of a number from a key. -->
  <xsl:key name="pr:line" match="tei:lb[@n]" use="string(@n)"/>
  <xsl:accumulator name="pr:previous-line" as="xs:integer+" initial-value="(0, 0)">
    <xsl:accumulator-rule match="tei:note[@place = 'foot']" phase="start" select="($value[1], 0)"/>
    <xsl:accumulator-rule match="tei:lb[@n castable as xs:integer][not(ancestor::tei:rdg)]" phase="end"
        select="if (ancestor::tei:note[@place = 'foot']) then ($value[1], xs:integer(@n)) else (xs:integer(@n), $value[2])"/>
  </xsl:accumulator>
  <xsl:function name="pr:numbered" as="xs:boolean">
    <xsl:param name="lb" as="element(tei:lb)"/>
    <xsl:variable name="stream" select="if ($lb/ancestor::tei:note[@place = 'foot']) then 2 else 1"/>
    <xsl:variable name="n" select="if ($lb/@n castable as xs:integer) then xs:integer($lb/@n) else 0"/>
    <xsl:variable name="next" select="($n idiv 5 + 1) * 5"/>
    <xsl:sequence select="$n gt 0 and not($lb/ancestor::tei:rdg)
        and $n idiv 5 gt $lb/accumulator-before('pr:previous-line')[$stream] idiv 5
        and not($n mod 5 ne 0 and $next - $n le 2
                and (key('pr:line', string($next), root($lb)) ! pr:same-lines(., $lb)) = true())"/>
  </xsl:function>
  <!-- two lines of the text, or of one footnote -->
  <xsl:function name="pr:same-lines" as="xs:boolean">
    <xsl:param name="a" as="element(tei:lb)"/>
    <xsl:param name="b" as="element(tei:lb)"/>
    <xsl:variable name="note-a" select="$a/ancestor::tei:note[@place = 'foot'][1]"/>
    <xsl:variable name="note-b" select="$b/ancestor::tei:note[@place = 'foot'][1]"/>
    <xsl:sequence select="(empty($note-a) and empty($note-b)) or $note-a is $note-b"/>
  </xsl:function>
  <xsl:variable name="numbered-lines" as="xs:boolean" select="exists($flow//tei:lb[pr:numbered(.)])"/>

  <!-- generated content (CSS), so that the number is neither in the headings' bookmarks and
       running heads nor in the words of the text -->
  <xsl:function name="pr:line-number" as="element()">
    <xsl:param name="lb" as="element(tei:lb)"/>
    <span class="line-number" data-n="{$lb/@n}" aria-hidden="true"></span>
  </xsl:function>
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
    <xsl:value-of select="pr:words(., .)"/>
  </xsl:template>
  <!-- the first word of a numbered line, then the line's number in the margin -->
  <xsl:template match="text()[matches(., '^\S')][preceding-sibling::node()[1][self::tei:lb][pr:numbered(.)]]" priority="3">
    <xsl:variable name="first" select="replace(., '^(\S+).*$', '$1', 's')"/>
    <xsl:value-of select="pr:words($first, .)"/>
    <xsl:sequence select="pr:line-number(preceding-sibling::node()[1])"/>
    <xsl:value-of select="pr:words(substring(., string-length($first) + 1), .)"/>
  </xsl:template>

  <!-- words as printed: blank space as one space, Turkish divided at its syllables, except
       in headings -->
  <xsl:function name="pr:words" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="words" select="replace($text, '\s+', ' ')"/>
    <xsl:sequence select="if (ed:lang($context) = 'tr' and not($context/ancestor::tei:head)) then ed:hyphenate($words) else $words"/>
  </xsl:function>
  <!-- the PDF's own words (messages.json) and the editors' prose, divided as the text is -->
  <xsl:function name="pr:prose" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="if ($lang = 'tr') then ed:hyphenate(replace($text, '\s+', ' ')) else replace($text, '\s+', ' ')"/>
  </xsl:function>
  <xsl:template match="text()" mode="header inline-note">
    <xsl:value-of select="pr:prose(., ed:lang(.))"/>
  </xsl:template>

  <!-- quotations and other elements whose marks the header declares (tagsDecl) -->
  <xsl:template match="tei:quote | tei:soCalled | tei:title[@rendition]">
    <span class="{local-name()}">
      <xsl:if test="self::tei:quote[@source]"><xsl:attribute name="id" select="pr:id('cit', .)"/></xsl:if>
      <xsl:value-of select="ed:generated(., 'before')"/>
      <xsl:apply-templates/>
      <xsl:value-of select="ed:generated(., 'after')"/>
    </span>
  </xsl:template>

  <xsl:template match="tei:cit">
    <xsl:variable name="style" select="string-join(ed:renditions(.)[not(@scope)][@scheme = 'css'] ! normalize-space(), ' ')"/>
    <span class="cit{if (matches($style, 'display:\s*block')) then ' block' else ''}">
      <xsl:if test="matches($style, 'display:\s*block')">
        <xsl:sequence select="pr:block-anchor(.)"/>
        <xsl:sequence select="preceding-sibling::node()[1][self::tei:lb][pr:numbered(.)] ! pr:line-number(.)"/>
      </xsl:if>
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
    <xsl:value-of select="pr:words($rest, .)"/>
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

  <!-- a work cited in full in a footnote: an anchor for the page numbers of the bibliography -->
  <xsl:template match="tei:bibl[@corresp][ancestor::tei:front or ancestor::tei:body]">
    <span class="bibl" id="{pr:id('cit', .)}"><xsl:apply-templates/></span>
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
    <span class="{if (tei:lem/@cert) then 'lemma conjecture' else 'lemma'}" id="{pr:id('app', .)}"><xsl:apply-templates select="tei:lem/node()"/></span>
    <a class="app-call" href="#{pr:id('apx', .)}" aria-label="{ed:msg('apparatus-entry')} {ed:app-label(.)}">
      <xsl:value-of select="ed:app-letter(.)"/>
    </a>
    <xsl:if test="not(ancestor::tei:note[@place = 'foot'])">
      <xsl:sequence select="pr:tier-here(.)"/>
    </xsl:if>
  </xsl:template>

  <!-- one entry: "§12 b  lemma] reading T — note" -->
  <!-- (as an example in the introduction: without its anchor and link) -->
  <xsl:template match="tei:app" mode="entry">
    <xsl:param name="example" as="xs:boolean" select="false()"/>
    <span class="app-entry">
      <xsl:if test="not($example)"><xsl:attribute name="id" select="pr:id('apx', .)"/></xsl:if>
      <xsl:choose>
        <xsl:when test="$example"><span class="app-label"><xsl:value-of select="ed:app-label(.)"/></span></xsl:when>
        <xsl:otherwise><a class="app-label" href="#{pr:id('app', .)}"><xsl:value-of select="ed:app-label(.)"/></a></xsl:otherwise>
      </xsl:choose>
      <xsl:text>&#xA0;</xsl:text>
      <span class="app-lemma" lang="{ed:lang(.)}"><xsl:value-of select="ed:app-lemma(.)"/></span>
      <xsl:text>] </xsl:text>
      <xsl:variable name="lang" select="ed:lang(.)"/>
      <xsl:for-each select="ed:app-readings(.)">
        <span class="app-reading">
          <xsl:if test="normalize-space(?text)"><xsl:attribute name="lang" select="$lang"/></xsl:if>
          <xsl:value-of select="if (normalize-space(?text)) then ?text else ed:msg('pdf-omitted')"/>
        </span>
        <xsl:text> </xsl:text>
        <span class="sigla"><xsl:value-of select="?sigla"/></span>
        <xsl:if test="position() ne last()">; </xsl:if>
      </xsl:for-each>
      <xsl:for-each select="ed:app-conjecture(., $pr:lang)">
        <xsl:text> </xsl:text>
        <span class="app-conjecture">(<xsl:value-of select="."/>)</span>
      </xsl:for-each>
      <xsl:for-each select="ed:app-note(., $pr:lang)">
        <xsl:text> — </xsl:text>
        <span class="app-note" lang="{ed:lang(.)}"><xsl:value-of select="ed:reading(node())"/></span>
      </xsl:for-each>
    </span>
    <xsl:if test="not($example)"><xsl:text> </xsl:text></xsl:if>
  </xsl:template>

  <!-- the author's footnotes: at the foot of the page, numbered as in the source -->
  <xsl:template match="tei:note[@place = 'foot']">
    <span class="call-anchor" id="{pr:id('call', .)}"></span>
    <span class="footnote" id="{(@xml:id, pr:id('fn', .))[1]}" data-n="{ed:note-label(.)}">
      <span class="note-anchor" id="{pr:id('note', .)}"></span>
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
      <aside class="division-notes" lang="{$pr:lang}">
        <xsl:if test="$own-quotes">
          <p class="notes-head"><xsl:value-of select="ed:msg('fontium')"/></p>
          <xsl:for-each select="$own-quotes">
            <p class="fontium">
              <xsl:sequence select="pr:block-anchor(.)"/>
              <span class="entry-label"><xsl:value-of select="ed:quote-label(.)"/></span>
              <xsl:text> </xsl:text>
              <span class="incipit" lang="{ed:lang(.)}"><xsl:value-of select="pr:incipit(.)"/></span>
              <xsl:text> — </xsl:text>
              <xsl:sequence select="pr:quote-source(.)"/>
            </p>
          </xsl:for-each>
        </xsl:if>
        <xsl:if test="$own-commentary">
          <p class="notes-head"><xsl:value-of select="ed:msg('commentary')"/></p>
          <xsl:for-each select="$own-commentary">
            <xsl:variable name="targets" select="ed:target(@target)"/>
            <p class="commentary" id="{pr:id('com', .)}">
              <xsl:sequence select="pr:block-anchor(.)"/>
              <span class="entry-label"><xsl:value-of select="ed:note-label(.)"/></span>
              <xsl:text> </xsl:text>
              <span class="keyed"><xsl:value-of select="string-join(distinct-values($targets ! ed:where(.)), ', ')"/></span>
              <xsl:text> </xsl:text>
              <span class="incipit" lang="{($targets[1] ! ed:lang(.)[.], $doc-lang)[1]}">
                <xsl:value-of select="pr:shorten(ed:reading($targets[1]/node()), 8) || ']'"/>
              </span>
              <xsl:for-each select="ed:words(., $pr:lang)">
                <xsl:text> </xsl:text>
                <span class="commentary-text" lang="{ed:lang(.)}"><xsl:apply-templates mode="inline-note"/></span>
              </xsl:for-each>
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
          <span class="cited" lang="{ed:lang($bibl)}"><xsl:value-of select="replace(ed:reading($bibl/node()), '^\((.*)\)$', '$1')"/></span>
        </xsl:if>
        <xsl:if test="$work">
          <xsl:if test="$bibl"><xsl:text>; </xsl:text></xsl:if>
          <xsl:value-of select="ed:msg('pdf-see') || ' '"/>
          <a class="ref" href="#{$work/@xml:id}"><xsl:value-of select="ed:bibl-short($work)"/></a>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <span class="no-source"><xsl:value-of select="ed:msg('no-source')"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <xsl:template match="tei:note" mode="inline-note">
    <xsl:apply-templates mode="inline-note"/>
  </xsl:template>
  <xsl:template match="*" mode="inline-note">
    <xsl:value-of select="ed:generated(., 'before')"/>
    <xsl:apply-templates mode="inline-note"/>
    <xsl:value-of select="ed:generated(., 'after')"/>
  </xsl:template>
  <xsl:template match="tei:title[@level = ('m', 'j', 's')]" mode="inline-note">
    <i><xsl:apply-templates mode="inline-note"/></i>
  </xsl:template>

  <!-- ===== the timeline (xslt/common/timeline.xsl), on a landscape page of its own: the wide
       drawing, its list of what lies outside the axis, no chronological list (the registers
       give the pages); its links point into this PDF. The figure is written in the XHTML
       namespace, which the PDF's HTML does not use: its HTML elements are renamed. ===== -->
  <xsl:template name="pr:timeline">
    <section class="timeline-page" id="timeline" lang="{$pr:lang}">
      <h1><xsl:value-of select="ed:msg('timeline')"/></h1>
      <xsl:variable name="figure" as="element()">
        <xsl:call-template name="ed:timeline">
          <xsl:with-param name="doc" select="$root"/>
          <xsl:with-param name="list" select="false()"/>
        </xsl:call-template>
      </xsl:variable>
      <xsl:apply-templates select="$figure" mode="pr:html"/>
    </section>
  </xsl:template>
  <xsl:template match="*[namespace-uri() = 'http://www.w3.org/1999/xhtml']" mode="pr:html">
    <xsl:element name="{local-name()}"><xsl:apply-templates select="@*, node()" mode="pr:html"/></xsl:element>
  </xsl:template>
  <xsl:template match="div[@class = 'timeline-narrow'] | *[namespace-uri() = 'http://www.w3.org/1999/xhtml'][@class = 'timeline-narrow']" mode="pr:html" priority="2"/>
  <xsl:template match="@* | node()" mode="pr:html">
    <xsl:copy-of select="."/>
  </xsl:template>

  <!-- ===== registers ===== -->

  <xsl:function name="pr:registers" as="element()*">
    <xsl:sequence select="$root//tei:standOff/(tei:listPerson | tei:listPlace | tei:listOrg | tei:listEvent)[*[@xml:id]]"/>
  </xsl:function>

  <xsl:template name="registers">
    <xsl:if test="pr:registers()">
      <section class="registers" id="registers" lang="{$pr:lang}">
        <h1><xsl:value-of select="ed:msg('pdf-registers')"/></h1>
        <p class="register-intro"><xsl:value-of select="pr:say('pdf-registers-intro')"/></p>
        <xsl:for-each select="pr:registers()">
          <xsl:variable name="head" select="ed:in-language(tei:head, $pr:lang)[1]"/>
          <section class="register" id="{pr:id('reg', .)}">
            <h2 lang="{($head ! ed:lang(.)[.], $pr:lang)[1]}"><xsl:value-of select="($head ! ed:reading(node()),
                $ed:messages(lower-case(substring-after(local-name(), 'list')) ! (if (. = 'org') then 'organisations' else . || 's')),
                pr:capitalise(substring-after(local-name(), 'list')))[1]"/></h2>
            <xsl:if test="self::tei:listPlace">
              <xsl:call-template name="place-maps"><xsl:with-param name="list" select="."/></xsl:call-template>
            </xsl:if>
            <xsl:for-each select="*[@xml:id]">
              <xsl:sort select="ed:sort-key(ed:entity-name(., $doc-lang))"/>
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

  <!-- an entry: its name in the edition's language (the other in brackets where it differs),
       dates, occupation or kind, all in the PDF's language, and the pages -->
  <xsl:template match="*" mode="register">
    <xsl:variable name="name" select="ed:entity-name(., $doc-lang)"/>
    <xsl:variable name="other-lang" select="if ($doc-lang = 'en') then 'tr' else 'en'"/>
    <xsl:variable name="other" select="ed:entity-name(., $other-lang)"/>
    <xsl:variable name="dates" select="ed:entity-dates(., $pr:lang)"/>
    <xsl:variable name="kind" select="ed:what-it-was(., $pr:lang)"/>
    <p class="register-entry" id="{@xml:id}">
      <span class="entry-name" lang="{$doc-lang}"><xsl:value-of select="$name"/></span>
      <xsl:if test="$other ne $name">
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
    <xsl:if test="//tei:listBibl">
      <section class="bibliography" id="bibliography" lang="{$doc-lang}">
        <h1 lang="{(pr:bibliography-head() ! ed:lang(.)[.], $pr:lang)[1]}"><xsl:value-of select="pr:bibliography-title()"/></h1>
        <xsl:for-each select="//tei:listBibl/tei:bibl">
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

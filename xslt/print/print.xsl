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
     and of the editors' twins in several languages the PDF shows that language's.

     This module holds the document (the "/" template), the ids, the page-break machinery
     and the PDF's language; the rest is in modules by concern: text.xsl (the text),
     apparatus.xsl (apparatus, footnotes, the notes after each division), front.xsl (title
     page, contents, introduction), registers.xsl (registers, maps, bibliography),
     timeline.xsl. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:pr="urn:edition:print"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>
  <!-- in rising precedence (which beats priority): text.xsl after apparatus.xsl, because its
       templates that wrap any element of the text (a line number after it, a commentary
       call) must outrank apparatus.xsl's lemma and footnote; the other modules share no
       mode, but for the two templates of the PDF's language below, which outrank all -->
  <xsl:import href="apparatus.xsl"/>
  <xsl:import href="text.xsl"/>
  <xsl:import href="front.xsl"/>
  <xsl:import href="registers.xsl"/>
  <xsl:import href="timeline.xsl"/>

  <xsl:output method="html" html-version="5.0" encoding="UTF-8" indent="no"/>

  <!-- page numbers of the first pass: "id=page id=page …"; empty in the first pass -->
  <xsl:param name="pages" as="xs:string" select="''"/>

  <xsl:variable name="page-of" as="map(xs:string, xs:integer)" select="map:merge(
      for $t in tokenize($pages) return map { substring-before($t, '='): xs:integer(substring-after($t, '=')) })"/>
  <xsl:variable name="final" select="$pages ne ''"/>

  <xsl:variable name="root" select="/"/>
  <xsl:variable name="header" select="/tei:TEI/tei:teiHeader"/>
  <!-- the edition's main language (that of its text): its registers' names and order -->
  <xsl:variable name="doc-lang" as="xs:string" select="(ed:main-lang(/)[. ne 'und'], 'en')[1]"/>
  <!-- how the text is divided at line ends (edition/pdf.py decides): "syllables" (Turkish,
       soft hyphens from common/hyphenation.xsl), "patterns" (WeasyPrint's, for a language
       pyphen knows: the text's divisions are marked for it), "none" -->
  <xsl:param name="hyphenation" as="xs:string" select="if (ed:is-turkish($doc-lang)) then 'syllables' else 'none'"/>
  <!-- the language of the PDF's labels and of the editors' matter: that of the interface
       (messages.xsl: the parameter ui-lang, by default the edition's own language) -->
  <xsl:variable name="pr:lang" as="xs:string" select="$ed:ui-lang"/>
  <xsl:variable name="flow" select="/tei:TEI/tei:text/(tei:front | tei:body)"/>
  <xsl:variable name="apps" select="$flow//tei:app"/>
  <xsl:variable name="footnotes" select="$flow//tei:note[@place = 'foot']"/>
  <xsl:variable name="commentary" select="/tei:TEI/tei:text//tei:note[@type = 'commentary']"/>
  <xsl:variable name="quotes" select="$flow//tei:quote"/>

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

  <xsl:function name="pr:page" as="xs:integer?">
    <xsl:param name="id" as="xs:string"/>
    <xsl:sequence select="$page-of($id)"/>
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

  <!-- labels listed in a sentence: "a, b and c" -->
  <xsl:function name="pr:and-list" as="xs:string">
    <xsl:param name="items" as="xs:string*"/>
    <xsl:sequence select="if (count($items) le 1) then string($items)
        else string-join($items[position() lt last()], ', ') || ' ' || ed:msg('pdf-and') || ' ' || $items[last()]"/>
  </xsl:function>

  <!-- a sentence made of labels, with its first letter upper-cased (Turkish i as İ) -->
  <xsl:function name="pr:sentence" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:variable name="first" select="substring($s, 1, 1)"/>
    <xsl:sequence select="(if ($first = 'i' and ed:is-turkish($pr:lang)) then 'İ' else upper-case($first)) || substring($s, 2)"/>
  </xsl:function>

  <!-- ===== the PDF's language ===== -->

  <!-- of the editors' twins in several languages, only the PDF's (languages.xsl) -->
  <xsl:template match="*[@xml:lang][not(ed:shown-in(., $pr:lang))]" mode="header inline-note bibliography" priority="10"/>

  <!-- the PDF's own words (messages.json) and the editors' prose, divided as the text is:
       Turkish (tr, tr-…) at its syllables (common/hyphenation.xsl), any other language not
       at all (hyphens: manual in web/print/edition.css) -->
  <xsl:function name="pr:prose" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="if (ed:is-turkish($lang)) then ed:hyphenate(replace($text, '\s+', ' ')) else replace($text, '\s+', ' ')"/>
  </xsl:function>
  <!-- (these two templates serve the modes of front.xsl, apparatus.xsl and registers.xsl,
       and outrank their templates, as they did when all were one module) -->
  <xsl:template match="text()" mode="header inline-note">
    <xsl:value-of select="pr:prose(., ed:lang(.))"/>
  </xsl:template>

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
          <xsl:if test="ed:has-timeline($root)"><xsl:call-template name="pr:timeline"/></xsl:if>
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

</xsl:stylesheet>

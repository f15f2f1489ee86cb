<?xml version="1.0" encoding="UTF-8"?>
<!-- The notes of the PDF: an apparatus entry's lemma and call in the text, the entries in
     the apparatus tier of their page (a running element, see print.xsl), the author's
     footnotes, and after each division the sources of its quotations (apparatus fontium)
     and the editors' commentary.
     Relies on print.xsl, which imports xslt/common/common.xsl and defines the globals. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:pr="urn:edition:print"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <!-- ===== the apparatus tier of each page ===== -->

  <!-- where an apparatus entry is in the flow of the text: at its lemma, or at the call
       of the footnote it is in -->
  <xsl:function name="pr:flow-anchor" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="note" select="$app/ancestor::tei:note[@place = 'foot'][last()]"/>
    <xsl:sequence select="if ($note) then pr:id('call', $note) else pr:id('app', $app)"/>
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

  <!-- ===== in the flow of the text: lemmas, footnotes ===== -->

  <!-- (text.xsl outranks these templates: its line numbers and commentary calls wrap them
       with xsl:next-match) -->

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

  <!-- the editors' notes and the witnesses' readings are printed in the apparatus and after
       the division, not where they stand -->
  <xsl:template match="tei:note[@type = 'commentary'] | tei:note[@type = 'apparatus'] | tei:rdg"/>

  <!-- ===== after each division: apparatus fontium and commentary ===== -->

  <!-- the commentary and the quotations after each division (keyed by the division, not
       looked for among all of them for every division) -->
  <xsl:key name="pr:commentary-by-division" match="tei:TEI/tei:text//tei:note[@type = 'commentary']"
           use="ed:target(@target) ! ancestor-or-self::tei:div[1] ! generate-id()"/>
  <xsl:key name="pr:quotes-by-division" match="tei:TEI/tei:text/tei:front//tei:quote | tei:TEI/tei:text/tei:body//tei:quote"
           use="ancestor::tei:div[1] ! generate-id()"/>

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

  <!-- the first and last words of a long passage -->
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

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The text of the PDF: divisions, headings, paragraphs, the witness's line ends and the
     line numbers in the margin, quotations, references and names (anchors for the page
     numbers of the registers and the bibliography), and the calls of the editors'
     commentary. The apparatus entries and the footnotes in the flow are apparatus.xsl's.
     Relies on print.xsl, which imports xslt/common/common.xsl and defines the globals. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:pr="urn:edition:print"
    exclude-result-prefixes="#all">

  <!-- ===== divisions and blocks ===== -->

  <xsl:template match="tei:div" mode="division">
    <xsl:variable name="lang" select="ancestor-or-self::*[@xml:lang][1]/@xml:lang"/>
    <section class="division {@type}{if ($hyphenation = 'patterns' and $lang = $doc-lang) then ' hyphenate' else ''}" id="{pr:div-id(.)}" lang="{$lang}">
      <xsl:apply-templates select="tei:head"/>
      <!-- a division without a head (a letter) still names itself in the running head and
           the bookmarks, by the name every output gives it -->
      <xsl:if test="not(tei:head)">
        <span class="division-label" data-label="{ed:division-label(.)}"></span>
      </xsl:if>
      <xsl:apply-templates select="* except (tei:head, tei:div)"/>
      <xsl:call-template name="notes-after-division"/>
      <xsl:apply-templates select="tei:div" mode="division"/>
    </section>
  </xsl:template>

  <xsl:function name="pr:div-id" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="($div/@xml:id, pr:id('div', $div))[1]"/>
  </xsl:function>

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

  <!-- a letter's opening and closing formulae, each part a line of its own, and its
       postscript, set off from the letter -->
  <xsl:template match="tei:opener | tei:closer | tei:postscript">
    <div class="{local-name()}"><xsl:apply-templates select="*"/></div>
  </xsl:template>
  <xsl:template match="tei:dateline | tei:salute | tei:signed">
    <p class="{local-name()}"><xsl:sequence select="pr:block-anchor(.)"/><xsl:apply-templates/></p>
  </xsl:template>

  <!-- ===== line ends and line numbers ===== -->

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

  <!-- ===== words ===== -->

  <!-- nothing before the first word of a paragraph, heading or block (where a space would
       push the text away from its § number) -->
  <xsl:function name="pr:at-block-start" as="xs:boolean">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="exists($node/parent::tei:p | $node/parent::tei:head | $node/parent::tei:ab
                                 | $node/parent::tei:dateline | $node/parent::tei:salute | $node/parent::tei:signed)
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

  <!-- words as printed: blank space as one space, Turkish divided at its syllables (as
       pr:prose divides), except in headings (they become bookmarks and running heads) -->
  <xsl:function name="pr:words" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="context" as="node()"/>
    <xsl:variable name="words" select="replace($text, '\s+', ' ')"/>
    <xsl:sequence select="if (ed:is-turkish(ed:lang($context)) and not($context/ancestor::tei:head)) then ed:hyphenate($words) else $words"/>
  </xsl:function>

  <!-- ===== quotations, references, names ===== -->

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

  <!-- ===== the calls of the editors' commentary ===== -->

  <xsl:key name="pr:commented" match="tei:note[@type = 'commentary']" use="tokenize(@target) ! substring-after(., '#')"/>

  <!-- a passage the editors comment on: marked with the commentary's label. In this module,
       not apparatus.xsl: it wraps any element of the text, a lemma or footnote too, so it
       must come first by its priority here and by this module's precedence there. -->
  <xsl:template match="tei:text//*[@xml:id][key('pr:commented', @xml:id)]" priority="10">
    <xsl:variable name="target" select="."/>
    <xsl:next-match/>
    <xsl:for-each select="key('pr:commented', @xml:id)">
      <a class="commentary-call" href="#{pr:id('com', .)}" id="{pr:id('comcall', .) || '-' || pr:id('at', $target)}"><xsl:value-of select="ed:note-label(.)"/></a>
    </xsl:for-each>
  </xsl:template>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- Labels that every output prints the same way, computed from the TEI alone, so that
     a citation such as "§12 b" finds the same entry on screen and on paper. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <!-- the edition's title: the main title in the document's own language, else the first -->
  <xsl:function name="ed:edition-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="titles" select="root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title"/>
    <xsl:variable name="main" select="($titles[@type = 'main'][@xml:lang = $lang],
                                       $titles[@type = 'main'][@xml:lang = root($doc)/tei:TEI/@xml:lang],
                                       $titles[@type = 'main'], $titles)[1]"/>
    <xsl:sequence select="normalize-space($main)"/>
  </xsl:function>
  <xsl:function name="ed:edition-title" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:edition-title($doc, ())"/>
  </xsl:function>

  <!-- the heading of the editors' abstract: what an article argues, else a summary -->
  <xsl:function name="ed:abstract-heading" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:msg(if (root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:bibl/@type = 'journal-article')
                                 then 'what-the-article-argues' else 'editors-summary')"/>
  </xsl:function>

  <xsl:function name="ed:edition-subtitle" as="xs:string?">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="lang" as="xs:string?"/>
    <xsl:variable name="titles" select="root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[@type = 'sub']"/>
    <xsl:sequence select="($titles[@xml:lang = $lang], $titles)[1] ! normalize-space()"/>
  </xsl:function>

  <!-- a heading's number as printed (head/@n) -->
  <xsl:function name="ed:head-number" as="xs:string">
    <xsl:param name="head" as="element(tei:head)"/>
    <xsl:sequence select="if ($head/@n) then $head/@n || '. ' else ''"/>
  </xsl:function>

  <!-- the display label of a paragraph: § and its number, or its name (Öz) -->
  <xsl:function name="ed:paragraph-label" as="xs:string">
    <xsl:param name="p" as="element()"/>
    <xsl:sequence select="if ($p/@n castable as xs:integer) then '§' || $p/@n else string($p/@n)"/>
  </xsl:function>

  <!-- the paragraph an element belongs to (a note belongs to the paragraph of its anchor) -->
  <xsl:function name="ed:paragraph" as="element()?">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="$el/ancestor-or-self::tei:p[@n][1]"/>
  </xsl:function>

  <!-- the id a link to something in the text leads to: its numbered paragraph, else (a
       letter's dateline, a heading) its division -->
  <xsl:function name="ed:text-anchor" as="xs:string?">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="(ed:paragraph($el)/@xml:id, $el/ancestor::tei:div[@xml:id][1]/@xml:id)[1] ! string()"/>
  </xsl:function>

  <!-- a, b, … z, aa, ab, … -->
  <xsl:function name="ed:letters" as="xs:string">
    <xsl:param name="k" as="xs:integer"/>
    <xsl:sequence select="if ($k le 26) then codepoints-to-string(96 + $k)
                          else ed:letters(($k - 1) idiv 26) || codepoints-to-string(97 + ($k - 1) mod 26)"/>
  </xsl:function>

  <!-- an apparatus entry: its paragraph and a letter, counted within the paragraph -->
  <xsl:function name="ed:app-letter" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:variable name="scope" select="(ed:paragraph($app), $app/ancestor::tei:div[1])[1]"/>
    <xsl:sequence select="ed:letters(count($scope//tei:app[. &lt;&lt; $app]) + 1)"/>
  </xsl:function>
  <xsl:function name="ed:app-label" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="string-join((ed:paragraph($app) ! ed:paragraph-label(.), ed:app-letter($app)), ' ')"/>
  </xsl:function>

  <!-- a quotation: its paragraph and Q with its number in the paragraph -->
  <xsl:function name="ed:quote-label" as="xs:string">
    <xsl:param name="quote" as="element(tei:quote)"/>
    <xsl:variable name="p" select="ed:paragraph($quote)"/>
    <xsl:sequence select="string-join(($p ! ed:paragraph-label(.),
        'Q' || count(($p, $quote/ancestor::tei:div[1])[1]//tei:quote[. &lt;&lt; $quote]) + 1), ' ')"/>
  </xsl:function>

  <!-- a note: the author's number, or C and the commentary's number -->
  <xsl:accumulator name="ed:commentary-number" initial-value="0" as="xs:integer">
    <xsl:accumulator-rule match="tei:note[@type = 'commentary']" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:function name="ed:note-label" as="xs:string">
    <xsl:param name="note" as="element(tei:note)"/>
    <xsl:sequence select="if ($note/@type = 'commentary')
        then 'C' || $note/accumulator-before('ed:commentary-number')
        else string($note/@n)"/>
  </xsl:function>

  <!-- the commentary notes on an element (those whose target points at its id) -->
  <xsl:key name="ed:commentary-on" match="tei:note[@type = 'commentary']" use="tokenize(@target)"/>
  <xsl:function name="ed:commentary-on" as="element(tei:note)*">
    <xsl:param name="els" as="element()*"/>
    <xsl:sequence select="$els[@xml:id]/key('ed:commentary-on', '#' || @xml:id, root(.))"/>
  </xsl:function>

  <!-- registers: the entry a name points to, its kind and its name in a language -->
  <xsl:key name="ed:id" match="*[@xml:id]" use="@xml:id"/>

  <xsl:function name="ed:target" as="element()*">
    <xsl:param name="pointer" as="attribute()?"/>
    <xsl:sequence select="for $p in tokenize($pointer) return key('ed:id', substring-after($p, '#'), root($pointer))"/>
  </xsl:function>

  <xsl:function name="ed:entity-kind" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="local-name($entry)"/>
  </xsl:function>

  <xsl:function name="ed:entity-name" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="names" select="$entry/*[@type = 'reg']"/>
    <xsl:sequence select="normalize-space(($names[@xml:lang = $lang], $names[@xml:lang = ed:main-lang($entry)], $names)[1])"/>
  </xsl:function>

  <!-- what an entry was, in $lang: a person's occupation, else the name of its type (a
       label of web/messages.json, in the output's language, else the type itself), as an
       element that carries its language; the same in the registers of the site and the PDF -->
  <xsl:function name="ed:what-it-was" as="element()?">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="occupation" select="ed:in-language($entry/tei:occupation, $lang)[1]"/>
    <xsl:choose>
      <xsl:when test="$occupation"><xsl:sequence select="$occupation"/></xsl:when>
      <xsl:when test="$entry/@type">
        <xsl:variable name="label" select="ed:msg-in('type-' || $entry/@type, $lang)"/>
        <tei:term xml:lang="{if (exists($label)) then $lang else 'en'}"><xsl:value-of select="($label, $entry/@type)[1]"/></tei:term>
      </xsl:when>
    </xsl:choose>
  </xsl:function>

  <!-- the life or span of an entry, in words -->
  <xsl:function name="ed:entity-dates" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="
        if ($entry/tei:birth or $entry/tei:death)
        then string-join(($entry/tei:birth/@when ! ed:iso-in-words(., $lang), $entry/tei:death/@when ! ed:iso-in-words(., $lang)), ' – ')
        else if ($entry/(@when | @from | @to | @notBefore | @notAfter)) then ed:date-value($entry, $lang)
        else ()"/>
  </xsl:function>

  <!-- how to cite the edition: responsibility, title (bracketed when the editors supplied
       it), subtitle, version and date, all from the header; each output adds its medium.
       For a reader of $lang: the editors' words (responsibility, subtitle) in $lang, the
       title in the language of the text, as a work is cited by its own title. -->
  <xsl:function name="ed:edition-citation" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="ed:edition-citation($doc, string(root($doc)/tei:TEI/@xml:lang))"/>
  </xsl:function>
  <xsl:function name="ed:edition-citation" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="header" select="root($doc)/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="title" select="ed:edition-title($doc, string(root($doc)/tei:TEI/@xml:lang))"/>
    <xsl:variable name="supplied" select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main'][@subtype = 'supplied']"/>
    <xsl:sequence select="string-join((
        ed:responsible($doc, $lang)[1],
        if ($supplied) then '[' || $title || ']' else $title,
        ed:edition-subtitle($doc, $lang),
        $header/tei:fileDesc/tei:editionStmt/tei:edition[1]/@n ! ('v. ' || .),
        $header/tei:fileDesc/tei:publicationStmt/tei:date[1]/@when ! string()), ', ')"/>
  </xsl:function>

  <!-- a work of the bibliography in short: its author (or editor, or else its title) and year -->
  <xsl:function name="ed:bibl-short" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:sequence select="string-join((
        (($bibl/tei:author, $bibl/tei:editor)[1] ! ed:reading(node())),
        ($bibl/tei:title)[1][not(../tei:author | ../tei:editor)] ! ed:reading(node()),
        ($bibl/tei:date)[1] ! ed:reading(node())), ' ')"/>
  </xsl:function>

  <!-- the entries of the bibliography, wherever the TEI keeps it: in standOff, or in the
       back of the text (the schema allows both) -->
  <xsl:function name="ed:bibliography" as="element(tei:bibl)*">
    <xsl:param name="tei" as="element(tei:TEI)"/>
    <xsl:sequence select="$tei/(tei:standOff | tei:text/tei:back)//tei:listBibl/tei:bibl"/>
  </xsl:function>

  <!-- the place of a work in the bibliography: its first author's (else editor's) surname,
       then the year, then the whole name and the title; a work without either files under its
       title or its issuing body. One string, in the alphabetical order of the edition's
       language (collation.xsl). -->
  <xsl:function name="ed:bibl-sort-key" as="xs:string">
    <xsl:param name="bibl" as="element()"/>
    <xsl:variable name="name" select="string(($bibl/tei:author, $bibl/tei:editor)[1] ! normalize-space(ed:reading(node())))"/>
    <xsl:variable name="heading" select="(tokenize($name, '\s+')[last()][.], ($bibl/tei:title, $bibl/tei:orgName)[1] ! ed:reading(node()), '')[1]"/>
    <xsl:variable name="year" select="(($bibl/tei:date/@when)[1] ! substring(., 1, 4), '0000')[1]"/>
    <!-- "00" sorts before every letter of a key: Aras before Arasıl, then the years in order -->
    <xsl:variable name="lang" select="ed:main-lang($bibl)"/>
    <xsl:sequence select="ed:sort-key($heading, $lang) || '00' || $year || '00'
                          || ed:sort-key(string-join(($name, $bibl/tei:title[1] ! ed:reading(node())), ' '), $lang)"/>
  </xsl:function>

  <!-- where an element stands, as both outputs cite it: "§12", or "§13 n. 4" in a footnote -->
  <xsl:function name="ed:where" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="note" select="$el/ancestor-or-self::tei:note[@place = 'foot'][1]"/>
    <xsl:sequence select="string-join((ed:paragraph($el) ! ed:paragraph-label(.), $note ! (ed:msg('footnote-abbr') || ' ' || ed:note-label(.))), ' ')"/>
  </xsl:function>

  <!-- where something stands, as the site and the open data label it: "§12", "§13 n. 4"
       (as in the PDF), or the heading of its division -->
  <xsl:function name="ed:place-label" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="(ed:where($el)[.], $el/ancestor::tei:div[1] ! ed:division-label(.), '')[1]"/>
  </xsl:function>

  <!-- a division's name, the same in every output: its head, else (a letter) its dateline,
       else what it is (the label division-TYPE of web/messages.json), else its id -->
  <xsl:function name="ed:division-label" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="($div/tei:head[1] ! normalize-space(ed:reading(node())), $div/tei:opener/tei:dateline[1] ! normalize-space(ed:reading(node())),
                           $ed:messages('division-' || $div/@type), string($div/@xml:id))[.][1]"/>
  </xsl:function>

</xsl:stylesheet>

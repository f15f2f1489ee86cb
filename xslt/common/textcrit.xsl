<?xml version="1.0" encoding="UTF-8"?>
<!-- Critical apparatus: which reading a view shows, and each entry in the classic form
     "lemma] reading sigla", with enough context that an added or dropped space or
     punctuation mark can be seen. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <!-- the witness the diplomatic view follows: the first one declared -->
  <xsl:key name="ed:witnesses" match="tei:listWit//tei:witness" use="'all'"/>
  <xsl:function name="ed:default-witness" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="string(key('ed:witnesses', 'all', root($doc))[1]/@xml:id)"/>
  </xsl:function>

  <!-- whether a witness of the document has a transcript (witness/bibl/ptr): its readings are
       then a transcript's, else those of a witness known by its description -->
  <xsl:function name="ed:has-transcript" as="xs:boolean">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="exists(root($doc)/tei:TEI/tei:teiHeader/tei:fileDesc/tei:sourceDesc/tei:listWit/tei:witness/tei:bibl/tei:ptr)"/>
  </xsl:function>

  <!-- the child of an app that a witness attests -->
  <xsl:function name="ed:witness-reading" as="element()?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="witness" as="xs:string"/>
    <xsl:variable name="own" select="$app/tei:rdg[tokenize(@wit) = '#' || $witness]"/>
    <xsl:sequence select="($own, $app/tei:lem[tokenize(@wit) = '#' || $witness], $app/tei:lem)[1]"/>
  </xsl:function>

  <!-- the sigla of a reading's witnesses: "#T" → "T" (witness/@n, else its id) -->
  <xsl:function name="ed:sigla" as="xs:string">
    <xsl:param name="reading" as="element()"/>
    <xsl:sequence select="string-join(
        for $w in tokenize($reading/@wit) return
          (key('ed:id', substring-after($w, '#'), root($reading))[self::tei:witness]/@n, substring-after($w, '#'))[1], ' ')"/>
  </xsl:function>

  <!-- a reading with the last word before the app and the first after it, so that
       "İstanbul2010" is shown whole; no context where the reading is a word of its own -->
  <xsl:function name="ed:in-context" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="reading" as="element()?"/>
    <xsl:variable name="own" select="if ($reading) then ed:reading-raw($reading/node()) else ''"/>
    <xsl:variable name="needs-context" select="not(matches($own, '\w')) or matches($own, '^\s|\s$')"/>
    <xsl:variable name="block" select="$app/ancestor::*[self::tei:p or self::tei:note or self::tei:head or self::tei:ab][1]"/>
    <xsl:variable name="before" select="if ($needs-context) then ed:reading-raw(ed:text-around($app, $block, 'before')) else ''"/>
    <xsl:variable name="after" select="if ($needs-context) then ed:reading-raw(ed:text-around($app, $block, 'after')) else ''"/>
    <xsl:sequence select="normalize-space(
        (if ($needs-context) then replace($before, '^.*\s(\S*)$', '$1') else '')
        || $own
        || (if ($needs-context) then replace($after, '^(\S*)\s.*$', '$1') else ''))"/>
  </xsl:function>

  <!-- the text nodes of the block before or after an element (an app, a name), outside
       other notes and readings (searched in the block only, not along the whole document) -->
  <xsl:function name="ed:text-around" as="text()*">
    <xsl:param name="app" as="element()"/>
    <xsl:param name="block" as="element()"/>
    <xsl:param name="side" as="xs:string"/>
    <xsl:variable name="candidates" select="if ($side = 'before') then $block//text()[. &lt;&lt; $app]
                                            else $block//text()[. &gt;&gt; $app][not(ancestor::*[. is $app])]"/>
    <xsl:sequence select="$candidates[not(ancestor::tei:rdg or ancestor::tei:note[. except $block/ancestor-or-self::tei:note])]"/>
  </xsl:function>

  <!-- the parts of an entry: lemma, the readings of the other witnesses, the editors' note -->
  <xsl:function name="ed:app-lemma" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="ed:in-context($app, $app/tei:lem)"/>
  </xsl:function>

  <xsl:function name="ed:app-readings" as="map(xs:string, xs:string)*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:sequence select="for $r in $app/tei:rdg return
        map { 'text': ed:in-context($app, $r), 'sigla': ed:sigla($r), 'empty': string(not(normalize-space($r))) }"/>
  </xsl:function>

  <!-- the editors' note on the entry, in $lang (see languages.xsl) -->
  <xsl:function name="ed:app-note" as="element(tei:note)*">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="ed:in-language($app/tei:note, $lang)"/>
  </xsl:function>

  <!-- an editors' conjecture (a lem that says how certain it is), in $lang:
       "editors' conjecture, certainty: medium"; nothing for a correction of an evident error -->
  <xsl:function name="ed:app-conjecture" as="xs:string?">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="$app/tei:lem/@cert ! (ed:msg-in('reading-conjecture', $lang) || ', '
                          || ed:msg-in('conjecture-certainty', $lang) || ': ' || ed:msg-in('cert-' || ., $lang))"/>
  </xsl:function>

  <!-- the name of an entry's kind in $lang: the term that begins its category's catDesc
       (typo: …) in the taxonomy of interventions, else the type itself -->
  <xsl:function name="ed:category-term" as="xs:string">
    <xsl:param name="app" as="element(tei:app)"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="category" select="key('ed:id', 'intervention-' || $app/@type, root($app))[self::tei:category]"/>
    <xsl:sequence select="(ed:in-language($category/tei:catDesc, $lang) ! substring-before(., ':')[.], string($app/@type))[1]"/>
  </xsl:function>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The editors' words in each language. A note, label or paragraph of theirs is given
     once per language as twins (the same element and type, another xml:lang); a
     commentary note or a change holds one p per language. An output shows the version
     in its own language, or, where the editors wrote none, the first one there is. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <!-- the edition's main language: that of its text (text/@xml:lang, else the document's);
       the names of its registers, their order and the hyphenation of its text follow it -->
  <xsl:function name="ed:main-lang" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="tei" select="root($node)/tei:TEI"/>
    <xsl:sequence select="string(($tei/tei:text/@xml:lang, $tei/@xml:lang, 'und')[1])"/>
  </xsl:function>

  <!-- the languages the header's langUsage declares, in its order (else the main language):
       those the editors write in, and so those of the open data's columns -->
  <xsl:function name="ed:declared-langs" as="xs:string+">
    <xsl:param name="node" as="node()"/>
    <xsl:variable name="declared" select="root($node)/tei:TEI/tei:teiHeader/tei:profileDesc/tei:langUsage/tei:language/@ident ! string()"/>
    <xsl:sequence select="if (exists($declared)) then distinct-values($declared) else ed:main-lang($node)"/>
  </xsl:function>

  <!-- the language a node is written in (its own xml:lang, or the nearest above it) -->
  <xsl:function name="ed:lang" as="xs:string">
    <xsl:param name="node" as="node()"/>
    <xsl:sequence select="string(($node/ancestor-or-self::*/@xml:lang)[last()])"/>
  </xsl:function>

  <!-- whether an element is shown to a reader of $lang: it has no language of its own,
       or it is in $lang, or it is the first of its twins and none of them is in $lang -->
  <xsl:function name="ed:shown-in" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:variable name="twins" select="$el/../*[node-name() eq node-name($el)][string(@type) eq string($el/@type)][@xml:lang]"/>
    <xsl:sequence select="not($el/@xml:lang) or $el/@xml:lang = $lang
                          or (empty($twins[@xml:lang = $lang]) and $el is $twins[1])"/>
  </xsl:function>

  <!-- of some elements, those a reader of $lang is shown -->
  <xsl:function name="ed:in-language" as="element()*">
    <xsl:param name="els" as="element()*"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="$els[ed:shown-in(., $lang)]"/>
  </xsl:function>

  <!-- the words of a commentary note or a change in $lang: its p in that language, or
       the element itself where it is written in one language only -->
  <xsl:function name="ed:words" as="element()*">
    <xsl:param name="el" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="if ($el/tei:p[@xml:lang]) then ed:in-language($el/tei:p, $lang) else $el"/>
  </xsl:function>

</xsl:stylesheet>

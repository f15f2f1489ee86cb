<?xml version="1.0" encoding="UTF-8"?>
<!-- Renditions declared in the header (tagsDecl): the strings an element is printed
     between, e.g. the quotation marks that the encoding keeps out of the text. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:key name="rendition" match="tei:rendition" use="@xml:id"/>
  <xsl:key name="ed:tag-usage" match="tei:tagsDecl/tei:namespace/tei:tagUsage" use="../@name || ' ' || @gi"/>

  <!-- the renditions of an element: its own @rendition, else its element's default (tagUsage) -->
  <xsl:function name="ed:renditions" as="element(tei:rendition)*">
    <xsl:param name="el" as="element()"/>
    <xsl:variable name="pointers" select="
        if ($el/@rendition) then tokenize($el/@rendition)
        else tokenize(key('ed:tag-usage', namespace-uri($el) || ' ' || local-name($el), root($el))/@rendition)"/>
    <xsl:sequence select="for $p in $pointers return key('rendition', substring-after($p, '#'), root($el))"/>
  </xsl:function>

  <!-- whether an element is set apart as a block (a rendition of it says display: block):
       a block quotation, whatever the id of the rendition that says so -->
  <xsl:function name="ed:set-apart" as="xs:boolean">
    <xsl:param name="el" as="element()"/>
    <xsl:sequence select="some $r in ed:renditions($el) satisfies matches($r, '(^|[;\s])display:\s*block')"/>
  </xsl:function>

  <!-- the generated content (CSS content: "…") of the renditions with this scope -->
  <xsl:function name="ed:generated" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:param name="scope" as="xs:string"/>
    <xsl:sequence select="string-join(ed:renditions($el)[@scope = $scope] ! ed:rendition-content(.))"/>
  </xsl:function>

  <!-- the string a rendition generates: the CSS string of its content property, in double
       or single quotes, with CSS escapes undone (\" or \22 for a straight quotation mark) -->
  <xsl:function name="ed:rendition-content" as="xs:string">
    <xsl:param name="rendition" as="element(tei:rendition)"/>
    <xsl:variable name="css-string" select="analyze-string($rendition,
        'content:\s*(&quot;((\\.|[^&quot;\\])*)&quot;|''((\\.|[^''\\])*)'')', 's')/*:match[1]"/>
    <xsl:sequence select="ed:css-unescape(string(($css-string//*:group[@nr = (2, 4)])[1]))"/>
  </xsl:function>

  <!-- CSS escapes: a backslash and one to six hex digits (and one optional space after them)
       is that code point; a backslash and any other character is the character -->
  <xsl:function name="ed:css-unescape" as="xs:string">
    <xsl:param name="s" as="xs:string"/>
    <xsl:sequence select="string-join(
        for $part in analyze-string($s, '\\([0-9A-Fa-f]{1,6}) ?|\\(.)', 's')/*
        return if ($part/self::*:non-match) then string($part)
               else if ($part/*:group[@nr = 1]) then codepoints-to-string(ed:hex($part/*:group[@nr = 1]))
               else string($part/*:group[@nr = 2]))"/>
  </xsl:function>

  <xsl:function name="ed:hex" as="xs:integer">
    <xsl:param name="digits" as="xs:string"/>
    <xsl:sequence select="fold-left(string-to-codepoints(upper-case($digits)), 0,
        function($n, $c) { $n * 16 + string-length(substring-before('0123456789ABCDEF', codepoints-to-string($c))) })"/>
  </xsl:function>

</xsl:stylesheet>

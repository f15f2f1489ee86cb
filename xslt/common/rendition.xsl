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

  <!-- the generated content (CSS content: "…") of the renditions with this scope -->
  <xsl:function name="ed:generated" as="xs:string">
    <xsl:param name="el" as="element()"/>
    <xsl:param name="scope" as="xs:string"/>
    <xsl:sequence select="string-join(ed:renditions($el)[@scope = $scope] ! ed:rendition-content(.))"/>
  </xsl:function>

  <!-- the string a rendition generates (its CSS content: "…") -->
  <xsl:function name="ed:rendition-content" as="xs:string">
    <xsl:param name="rendition" as="element(tei:rendition)"/>
    <xsl:sequence select="replace($rendition, '^.*content:\s*&quot;([^&quot;]*)&quot;.*$', '$1', 's')"/>
  </xsl:function>

</xsl:stylesheet>

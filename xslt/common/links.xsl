<?xml version="1.0" encoding="UTF-8"?>
<!-- The one policy for what may become a link, in every output: http and https addresses
     with a host, mailto addresses, and references inside the edition (#id, or a relative
     path that cannot name a scheme or leave by "/"). Anything else (javascript:, data:,
     file:, a value with blanks) is shown as text, never linked. schema/edition.sch refuses
     the same values with the same expression (its let "link-policy"; a test keeps the two
     identical). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:link-policy" as="xs:string"
      select="'^(https?://[A-Za-z0-9.\-]+(:[0-9]+)?([/?#][^\s&lt;&gt;&quot;\\^`{|}]*)?|mailto:[^\s&lt;&gt;&quot;\\/:@]+@[A-Za-z0-9.\-]+|#[^\s&lt;&gt;&quot;\\#]+|(\.\.?/)*[\p{L}\p{N}._~%+=&amp;@\-]+(/[\p{L}\p{N}._~%+=&amp;@\-]*)*(\?[^\s&lt;&gt;&quot;\\#]*)?(#[^\s&lt;&gt;&quot;\\]*)?)$'"/>

  <!-- the address, if the policy lets it become a link; otherwise nothing -->
  <xsl:function name="ed:link" as="xs:string?">
    <xsl:param name="address" as="xs:string?"/>
    <xsl:sequence select="$address[matches(., $ed:link-policy, 'i')]"/>
  </xsl:function>

  <!-- a file name as one segment of a relative address (# ? % and blanks escaped) -->
  <xsl:function name="ed:file-link" as="xs:string">
    <xsl:param name="name" as="xs:string"/>
    <xsl:sequence select="encode-for-uri($name)"/>
  </xsl:function>
</xsl:stylesheet>

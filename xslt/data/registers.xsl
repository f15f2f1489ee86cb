<?xml version="1.0" encoding="UTF-8"?>
<!-- The registers as the data files see them: which entries there are, what each says in
     each language, its links, its address, and where the text names it. Shared by the CSV,
     JSON-LD and GeoJSON modules (included by data.xsl, which imports ../common/common.xsl). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:doc" select="/"/>

  <!-- the languages of the data: those the header declares (langUsage), in its order -->
  <xsl:variable name="ed:languages" as="xs:string+" select="ed:declared-langs(/)"/>
  <!-- the interface languages of the document, as edition/languages.py chose them (JSON array);
       not given: every language of web/messages.json -->
  <xsl:param name="interface-languages" as="xs:string" select="'[]'"/>
  <!-- the languages of what the data say in the interface's words (a type, dates in words):
       those of ed:languages that are interface languages, else the first interface language;
       never words of one language under another's name -->
  <xsl:variable name="ed:interface-languages" as="xs:string+" select="
      let $given := parse-json($interface-languages)?* ! string()
      return if (exists($given)) then $given else map:keys($ed:all-messages) ! string()"/>
  <xsl:variable name="ed:label-languages" as="xs:string+" select="
      let $declared := $ed:languages[. = $ed:interface-languages]
      return if (exists($declared)) then $declared else $ed:interface-languages[1]"/>

  <!-- the kinds of register, in the order of the site's pages, and their files' names
       (those of the site's register pages, xslt/html/site.xsl ed:register-page) -->
  <xsl:variable name="ed:register-kinds" as="xs:string+" select="('person', 'place', 'org', 'event')"/>
  <xsl:variable name="ed:register-files" as="map(xs:string, xs:string)"
      select="map { 'person': 'persons', 'place': 'places', 'org': 'organisations', 'event': 'events' }"/>

  <!-- the entries of one kind, in the order of the TEI -->
  <xsl:function name="ed:entries" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:sequence select="root($doc)/tei:TEI/tei:standOff//*[local-name() eq $kind][namespace-uri() eq 'http://www.tei-c.org/ns/1.0'][@xml:id]"/>
  </xsl:function>
  <xsl:function name="ed:all-entries" as="element()*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="$ed:register-kinds ! ed:entries($doc, .)"/>
  </xsl:function>

  <!-- where the text names an entry: every element of the text that points to it, in order -->
  <xsl:key name="ed:named-at" match="tei:text//*[@ref]" use="tokenize(@ref) ! substring-after(., '#')"/>
  <xsl:function name="ed:occurrences" as="element()*">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="key('ed:named-at', string($entry/@xml:id), root($entry))"/>
  </xsl:function>

  <!-- the name of an entry's type in $lang (web/messages.json), else the type itself -->
  <xsl:function name="ed:type-label" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="$entry/@type ! (ed:msg-in('type-' || ., $lang), string(.))[1]"/>
  </xsl:function>

  <!-- an entry's address: its anchor on the site's register page at the canonical address,
       where there is one; else "#id" -->
  <xsl:function name="ed:entry-url" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="(ed:canonical-url($entry, $ed:register-files(local-name($entry)) || '.html'), '')[1] || '#' || $entry/@xml:id"/>
  </xsl:function>
  <!-- the entry's canonical address, or nothing -->
  <xsl:function name="ed:entry-link" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="ed:canonical-url($entry, $ed:register-files(local-name($entry)) || '.html') ! (. || '#' || $entry/@xml:id)"/>
  </xsl:function>

  <!-- the edition's address: the canonical address of its site, or "#" and the TEI's id -->
  <xsl:function name="ed:edition-url" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="(ed:canonical-base($doc), '#' || (root($doc)/tei:TEI/@xml:id, 'edition')[1])[1]"/>
  </xsl:function>

  <!-- the ISO dates of an entry: a person's birth and death, an event's start and end (a
       day, month or year; the same for both where it has one date) -->
  <xsl:function name="ed:start" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="($entry/@when, $entry/@from, $entry/@notBefore)[1] ! string()"/>
  </xsl:function>
  <xsl:function name="ed:end" as="xs:string?">
    <xsl:param name="entry" as="element()"/>
    <xsl:sequence select="($entry/@when, $entry/@to, $entry/@notAfter)[1] ! string()"/>
  </xsl:function>

</xsl:stylesheet>

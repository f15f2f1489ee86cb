<?xml version="1.0" encoding="UTF-8"?>
<!-- The labels of the interfaces (web/messages.json, given as the parameter "messages")
     in the language of the output ("ui-lang"): every output takes its words from there,
     so the site and the PDF say the same things in the same language. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <!-- the JSON of web/messages.json: language → key → label. Not given: a stylesheet that asks
       for a label stops with an error that says so (it would show "[key]" unnoticed) -->
  <xsl:param name="messages" as="xs:string" select="''"/>
  <!-- the language of the output's interface; empty: the language of the edited text -->
  <xsl:param name="ui-lang" as="xs:string" select="''"/>

  <xsl:variable name="ed:ui-lang" as="xs:string" select="($ui-lang[.], ed:main-lang(/)[. ne 'und'], 'en')[1]"/>
  <!-- language → key → label, for outputs that speak several languages at once (the open data) -->
  <xsl:variable name="ed:all-messages" as="map(*)" select="if ($messages = '')
      then error(QName('urn:edition:functions', 'no-messages'), 'this stylesheet uses the labels of web/messages.json '
                 || 'but was not given them: pass the parameter messages (its JSON text) to the transform, as edition/data.py does')
      else parse-json($messages)"/>
  <xsl:variable name="ed:messages" as="map(*)" select="($ed:all-messages($ed:ui-lang), map {})[1]"/>

  <!-- a label in $lang, where web/messages.json has one -->
  <xsl:function name="ed:msg-in" as="xs:string?">
    <xsl:param name="key" as="xs:string"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:sequence select="$ed:all-messages($lang) ! .($key)"/>
  </xsl:function>

  <!-- a label of the interface, in the interface language ("[key]" where there is none) -->
  <xsl:function name="ed:msg" as="xs:string">
    <xsl:param name="key" as="xs:string"/>
    <xsl:sequence select="($ed:messages($key), '[' || $key || ']')[1]"/>
  </xsl:function>

  <!-- the name of a date's calendar (calendar="#julian"): a label calendar-julian, else its id -->
  <xsl:function name="ed:calendar-label" as="xs:string">
    <xsl:param name="calendar" as="attribute(calendar)"/>
    <xsl:variable name="id" select="substring-after($calendar, '#')"/>
    <xsl:sequence select="($ed:messages('calendar-' || $id), $id)[1]"/>
  </xsl:function>

</xsl:stylesheet>

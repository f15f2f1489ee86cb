<?xml version="1.0" encoding="UTF-8"?>
<!-- The registers as CSV (RFC 4180): one file per kind, UTF-8 without a byte order mark,
     CRLF line ends (also after the last record), a header row, every entry of the kind in
     the order of the TEI, one record each. A field is quoted ("…", a quote doubled) when it
     holds a comma, a quote, CR or LF, or is neutralised (below); every value is written with
     its blank space normalised (one space), as the other outputs show it.

     Formula injection: a spreadsheet runs a cell that begins with = + - @ TAB or CR as a
     formula. Such a field, unless it is a plain number or an ISO date (a negative longitude,
     a year), is written with an apostrophe before it (and quoted): '=… is text in every
     spreadsheet, and a program reading the file sees the apostrophe and can drop it.

     Columns ({lang}: each language the header's langUsage declares, in its order; type_ and
     dates_ only in those of them that web/messages.json has labels for, else in English):
       persons.csv        id, name_{lang}, occupation_{lang}, birth, death, dates_{lang},
                          certainty, authority, occurrence_count, occurrences
       places.csv         id, name_{lang}, type, type_{lang}, latitude, longitude,
                          certainty, authority, occurrence_count, occurrences
       organisations.csv  id, name_{lang}, type, type_{lang}, certainty, authority,
                          occurrence_count, occurrences
       events.csv         id, name_{lang}, type, type_{lang}, start, end, dates_{lang},
                          certainty, authority, occurrence_count, occurrences
     authority: addresses separated by a space; occurrences: the place of each naming in the
     text, in order, as the edition labels it ("§3", "§13 n. 4", a heading), separated by
     "; " (a name named twice in one paragraph is there twice). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:csv-eol" as="xs:string" select="'&#13;&#10;'"/>

  <!-- the columns of each kind; a name ending in "_" is given once per language: the
       editors' words (name_, occupation_) in each language of the data, the interface's
       words (type_, dates_) in each language that has them (ed:label-languages) -->
  <xsl:variable name="ed:csv-columns" as="map(xs:string, xs:string+)" select="map {
      'person': ('id', 'name_', 'occupation_', 'birth', 'death', 'dates_', 'certainty', 'authority', 'occurrence_count', 'occurrences'),
      'place': ('id', 'name_', 'type', 'type_', 'latitude', 'longitude', 'certainty', 'authority', 'occurrence_count', 'occurrences'),
      'org': ('id', 'name_', 'type', 'type_', 'certainty', 'authority', 'occurrence_count', 'occurrences'),
      'event': ('id', 'name_', 'type', 'type_', 'start', 'end', 'dates_', 'certainty', 'authority', 'occurrence_count', 'occurrences') }"/>

  <!-- one register as CSV text -->
  <xsl:function name="ed:csv" as="xs:string">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="kind" as="xs:string"/>
    <xsl:variable name="columns" select="$ed:csv-columns($kind) ! (
        if (. = ('type_', 'dates_')) then (for $l in $ed:label-languages return . || $l)
        else if (ends-with(., '_')) then (for $l in $ed:languages return . || $l) else .)"/>
    <xsl:sequence select="string-join((
        ed:csv-record($columns),
        ed:entries($doc, $kind) ! ed:csv-record(for $c in $columns return ed:csv-value(., $c))
      ) ! (. || $ed:csv-eol))"/>
  </xsl:function>

  <xsl:function name="ed:csv-record" as="xs:string">
    <xsl:param name="values" as="xs:string*"/>
    <xsl:sequence select="string-join($values ! ed:csv-field(.), ',')"/>
  </xsl:function>

  <!-- one field, quoted where it must be, neutralised where a spreadsheet would run it -->
  <xsl:function name="ed:csv-field" as="xs:string">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="formula" select="matches($value, '^[=+\-@&#9;&#13;]')
                                         and not(matches($value, '^-?[0-9]+(\.[0-9]+)?$|^-?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$'))"/>
    <xsl:variable name="safe" select="if ($formula) then '''' || $value else $value"/>
    <xsl:sequence select="if ($formula or matches($safe, '[,&quot;&#13;&#10;]'))
                          then '&quot;' || replace($safe, '&quot;', '&quot;&quot;') || '&quot;'
                          else $safe"/>
  </xsl:function>

  <!-- the value of one column for one entry -->
  <xsl:function name="ed:csv-value" as="xs:string">
    <xsl:param name="entry" as="element()"/>
    <xsl:param name="column" as="xs:string"/>
    <xsl:variable name="lang" select="substring-after($column, '_')"/>
    <xsl:variable name="value" as="xs:string*">
      <xsl:choose>
        <xsl:when test="$column = 'id'"><xsl:sequence select="string($entry/@xml:id)"/></xsl:when>
        <xsl:when test="starts-with($column, 'name_')"><xsl:sequence select="ed:entity-name($entry, $lang)"/></xsl:when>
        <xsl:when test="starts-with($column, 'occupation_')"><xsl:sequence select="ed:what-it-was($entry, $lang)[ed:lang(.) = $lang] ! normalize-space()"/></xsl:when>
        <xsl:when test="$column = 'type'"><xsl:sequence select="$entry/@type ! string()"/></xsl:when>
        <xsl:when test="starts-with($column, 'type_')"><xsl:sequence select="ed:type-label($entry, $lang)"/></xsl:when>
        <xsl:when test="starts-with($column, 'dates_')"><xsl:sequence select="ed:entity-dates($entry, $lang)"/></xsl:when>
        <xsl:when test="$column = 'birth'"><xsl:sequence select="$entry/tei:birth/@when ! string()"/></xsl:when>
        <xsl:when test="$column = 'death'"><xsl:sequence select="$entry/tei:death/@when ! string()"/></xsl:when>
        <xsl:when test="$column = 'start'"><xsl:sequence select="ed:start($entry)"/></xsl:when>
        <xsl:when test="$column = 'end'"><xsl:sequence select="ed:end($entry)"/></xsl:when>
        <xsl:when test="$column = 'latitude'"><xsl:sequence select="ed:latlon($entry)[1] ! string()"/></xsl:when>
        <xsl:when test="$column = 'longitude'"><xsl:sequence select="ed:latlon($entry)[2] ! string()"/></xsl:when>
        <xsl:when test="$column = 'certainty'"><xsl:sequence select="$entry/@cert ! string()"/></xsl:when>
        <xsl:when test="$column = 'authority'"><xsl:sequence select="string-join(ed:authority($entry), ' ')"/></xsl:when>
        <xsl:when test="$column = 'occurrence_count'"><xsl:sequence select="string(count(ed:occurrences($entry)))"/></xsl:when>
        <xsl:when test="$column = 'occurrences'"><xsl:sequence select="string-join(ed:occurrences($entry) ! ed:place-label(.), '; ')"/></xsl:when>
        <xsl:otherwise><xsl:message terminate="yes">no CSV column <xsl:value-of select="$column"/></xsl:message></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:sequence select="normalize-space(string-join($value))"/>
  </xsl:function>

</xsl:stylesheet>

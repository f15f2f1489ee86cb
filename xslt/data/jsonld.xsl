<?xml version="1.0" encoding="UTF-8"?>
<!-- The registers as JSON-LD (registers.jsonld), in schema.org terms: a ScholarlyArticle (the
     edition) that mentions every entry, and each entry as a Person, Place (with geo:
     GeoCoordinates), Organization or Event. The context is written inline (schema.org as
     the vocabulary, sameAs and url as addresses), so that the file expands without fetching
     anything. @id: the entry's anchor on the site's register page at the canonical address,
     else "#id"; the edition's: the canonical address, else "#" and the TEI's id. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:jsonld-context" as="map(*)" select="map {
      '@vocab': 'https://schema.org/',
      'sameAs': map { '@type': '@id' },
      'url': map { '@type': '@id' },
      'license': map { '@type': '@id' } }"/>

  <xsl:variable name="ed:schema-types" as="map(xs:string, xs:string)"
      select="map { 'person': 'Person', 'place': 'Place', 'org': 'Organization', 'event': 'Event' }"/>

  <xsl:function name="ed:jsonld" as="map(*)">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="map {
        '@context': $ed:jsonld-context,
        '@graph': array { ed:jsonld-edition($doc), ed:all-entries($doc) ! ed:jsonld-entry(.) } }"/>
  </xsl:function>

  <!-- a text in each language: [{"@value": …, "@language": …}], each distinct value once per language -->
  <xsl:function name="ed:lang-values" as="array(*)">
    <xsl:param name="values" as="map(xs:string, xs:string)*"/>
    <xsl:sequence select="array { $values[normalize-space(?value)] ! map { '@value': ?value, '@language': ?lang } }"/>
  </xsl:function>

  <xsl:function name="ed:jsonld-edition" as="map(*)">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="header" select="root($doc)/tei:TEI/tei:teiHeader"/>
    <xsl:variable name="titles" select="$header/tei:fileDesc/tei:titleStmt/tei:title[@type = 'main']"/>
    <xsl:sequence select="map:merge((
        map { '@id': ed:edition-url($doc), '@type': 'ScholarlyArticle',
              'name': ed:lang-values(if ($titles) then $titles ! map { 'value': normalize-space(), 'lang': ed:lang(.) }
                                     else map { 'value': ed:edition-title($doc), 'lang': ed:lang(root($doc)/tei:TEI) }),
              'inLanguage': string(root($doc)/tei:TEI/@xml:lang) },
        ed:canonical-base($doc) ! map { 'url': . },
        ed:publication-date($doc) ! map { 'datePublished': . },
        ed:edition-version($doc) ! map { 'version': . },
        ed:licence-url($doc) ! map { 'license': . },
        map { 'mentions': array { ed:all-entries($doc) ! map { '@id': ed:entry-url(.) } } }))"/>
  </xsl:function>

  <xsl:function name="ed:jsonld-entry" as="map(*)">
    <xsl:param name="entry" as="element()"/>
    <xsl:variable name="names" select="$ed:languages ! map { 'value': ed:entity-name($entry, .), 'lang': . }"/>
    <xsl:variable name="variants" select="distinct-values($entry/*[@type = 'variant'] ! normalize-space())"/>
    <!-- what it was, in each language of the data that has it (an occupation, a type's label),
         each under its own language; else the one there is -->
    <xsl:variable name="in-each" select="for $l in $ed:languages return ed:what-it-was($entry, $l)[ed:lang(.) = $l]"/>
    <xsl:variable name="described" select="if (exists($in-each)) then $in-each else ($ed:languages ! ed:what-it-was($entry, .))[1]"/>
    <xsl:variable name="latlon" select="ed:latlon($entry)"/>
    <xsl:sequence select="map:merge((
        map { '@id': ed:entry-url($entry), '@type': $ed:schema-types(local-name($entry)),
              'identifier': string($entry/@xml:id),
              'name': ed:lang-values($names) },
        $variants[1] ! map { 'alternateName': array { $variants } },
        $described[1] ! map { 'description': ed:lang-values($described ! map { 'value': normalize-space(.), 'lang': ed:lang(.) }) },
        $entry/tei:birth/@when ! map { 'birthDate': string(.) },
        $entry/tei:death/@when ! map { 'deathDate': string(.) },
        $entry[self::tei:event] ! ed:start(.) ! map { 'startDate': . },
        $entry[self::tei:event] ! ed:end(.) ! map { 'endDate': . },
        $latlon[2] ! map { 'geo': map { '@type': 'GeoCoordinates', 'latitude': $latlon[1], 'longitude': $latlon[2] } },
        ed:authority($entry)[1] ! map { 'sameAs': array { ed:authority($entry) } },
        ed:entry-link($entry) ! map { 'url': . },
        $entry/@cert ! map { 'additionalProperty': map { '@type': 'PropertyValue', 'name': 'certainty', 'value': string(.) } }))"/>
  </xsl:function>

</xsl:stylesheet>

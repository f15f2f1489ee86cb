<?xml version="1.0" encoding="UTF-8"?>
<!-- The places with coordinates as GeoJSON (places.geojson, RFC 7946): a FeatureCollection
     with a Point Feature per place, in the order of the register, its coordinates
     [longitude, latitude] (WGS 84, as the TEI's geo gives "latitude longitude"); properties:
     id, name_{lang}, type, type_{lang}, certainty, link (the entry's canonical address, or
     null), authority (its authority records' addresses). A register without coordinates
     gives an empty collection. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:map="http://www.w3.org/2005/xpath-functions/map"
    exclude-result-prefixes="#all">

  <xsl:function name="ed:geojson" as="map(*)">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="map {
        'type': 'FeatureCollection',
        'features': array { ed:mapped(ed:entries($doc, 'place')) ! ed:geojson-feature(.) } }"/>
  </xsl:function>

  <xsl:function name="ed:geojson-feature" as="map(*)">
    <xsl:param name="place" as="element()"/>
    <xsl:variable name="latlon" select="ed:latlon($place)"/>
    <xsl:sequence select="map {
        'type': 'Feature',
        'id': string($place/@xml:id),
        'geometry': map { 'type': 'Point', 'coordinates': array { $latlon[2], $latlon[1] } },
        'properties': map:merge((
            map { 'id': string($place/@xml:id) },
            $ed:languages ! map { 'name_' || .: ed:entity-name($place, .) },
            map { 'type': string($place/@type) },
            $ed:label-languages ! map { 'type_' || .: string(ed:type-label($place, .)) },
            map { 'certainty': string($place/@cert),
                  'link': (ed:entry-link($place), ())[1],
                  'authority': array { ed:authority($place) } })) }"/>
  </xsl:function>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The maps of the places page (drawn by xslt/common/map.xsl): a map of every place with
     coordinates, a detail map where places crowd together, each laid out twice, for wide
     screens and for phones (CSS shows one), the places no map can show listed under them,
     and a small locator in each entry. All of it works without JavaScript. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- the widths the maps are laid out for, in SVG units shown at about as many CSS pixels -->
  <xsl:variable name="ed:map-widths" as="map(xs:string, xs:double)" select="map { 'wide': 960e0, 'narrow': 360e0 }"/>

  <xsl:template name="places-maps">
    <xsl:param name="places" as="element()*"/>
    <xsl:variable name="mapped" select="ed:mapped($places)"/>
    <xsl:variable name="series" select="ed:map-series($mapped, 3)"/>
    <section class="maps" aria-labelledby="maps-title">
      <h2 id="maps-title"><xsl:value-of select="ed:msg('map-title')"/></h2>
      <xsl:if test="empty($mapped)">
        <p class="map-empty"><xsl:value-of select="ed:msg('map-none')"/></p>
      </xsl:if>
      <xsl:for-each select="$series">
        <xsl:variable name="level" select="position()"/>
        <xsl:variable name="next" select="$series[$level + 1]"/>
        <xsl:call-template name="map-figure">
          <xsl:with-param name="id" select="ed:map-id($level)"/>
          <xsl:with-param name="places" select="?*"/>
          <xsl:with-param name="detail" select="if (exists($next)) then ed:map-frame($next?*) else ()"/>
          <xsl:with-param name="detail-link" select="'#' || ed:map-id($level + 1)"/>
          <xsl:with-param name="caption" select="ed:map-caption($level, exists($next))"/>
        </xsl:call-template>
      </xsl:for-each>
      <xsl:for-each select="ed:unmapped-lists($places, $text-lang)">
        <p class="map-unmapped"><xsl:value-of select="ed:msg(?1)"/>: <xsl:for-each select="?2">
            <a href="#{@xml:id}" lang="{$text-lang}"><xsl:value-of select="ed:entity-name(., $text-lang)"/></a>
            <xsl:if test="position() ne last()">, </xsl:if>
          </xsl:for-each>.</p>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:function name="ed:map-id" as="xs:string">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:sequence select="if ($level eq 1) then 'map-all' else 'map-detail-' || $level - 1"/>
  </xsl:function>

  <xsl:template name="map-figure">
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="places" as="element()+"/>
    <xsl:param name="detail" as="map(*)?" select="()"/>
    <xsl:param name="detail-link" as="xs:string"/>
    <xsl:param name="caption" as="xs:string"/>
    <figure class="map" id="{$id}" aria-labelledby="{$id}-caption">
      <xsl:for-each select="('wide', 'narrow')">
        <xsl:call-template name="ed:map-svg">
          <xsl:with-param name="places" select="$places"/>
          <xsl:with-param name="frame" select="ed:map-frame($places)"/>
          <xsl:with-param name="width" select="$ed:map-widths(current())"/>
          <xsl:with-param name="lang" select="$text-lang"/>
          <xsl:with-param name="id" select="$id || '-' || ."/>
          <xsl:with-param name="class" select="'map-svg map-' || ."/>
          <xsl:with-param name="title" select="$caption"/>
          <xsl:with-param name="note" select="ed:msg('map-borders-today')"/>
          <xsl:with-param name="detail" select="$detail"/>
          <xsl:with-param name="detail-link" select="$detail-link"/>
          <xsl:with-param name="detail-label" select="ed:msg('map-detail-caption')"/>
        </xsl:call-template>
      </xsl:for-each>
      <figcaption id="{$id}-caption"><xsl:value-of select="$caption"/>
        <xsl:text> </xsl:text><span class="map-credit"><xsl:value-of select="ed:msg('map-credit')"/></span></figcaption>
    </figure>
  </xsl:template>

  <!-- an entry's locator: a window on the map of all places (its geography reused, not
       drawn again), centred on the place -->
  <!-- the frame of the map of all places, which the locators look through -->
  <xsl:variable name="ed:places-frame" as="map(*)?"
      select="ed:mapped($tei/tei:standOff//tei:place[@xml:id])[1] ! ed:map-frame(ed:mapped($tei/tei:standOff//tei:place[@xml:id]))"/>

  <xsl:template name="place-locator">
    <xsl:param name="place" as="element()"/>
    <xsl:variable name="frame" select="$ed:places-frame"/>
    <xsl:variable name="width" select="$ed:map-widths?wide"/>
    <xsl:variable name="k" select="ed:shrink($frame)"/>
    <xsl:variable name="x-scale" select="$width div (($frame?east - $frame?west) * $k) * $k"/>
    <xsl:variable name="y-scale" select="$x-scale div $k"/>
    <xsl:variable name="at" select="ed:latlon($place)"/>
    <xsl:variable name="x" select="round(($at[2] - $frame?west) * $x-scale * 10) div 10"/>
    <xsl:variable name="y" select="round(($frame?north - $at[1]) * $y-scale * 10) div 10"/>
    <svg:svg class="locator" viewBox="{$x - 90} {$y - 55} 180 110" role="img"
             aria-label="{ed:msg('map-locator')}: {ed:entity-name($place, $text-lang)}">
      <svg:rect x="{$x - 90}" y="{$y - 55}" width="180" height="110" class="map-sea"/>
      <svg:use href="#map-all-wide-basemap"/>
      <svg:circle cx="{$x}" cy="{$y}" r="3.5" class="map-point"/>
    </svg:svg>
  </xsl:template>

</xsl:stylesheet>

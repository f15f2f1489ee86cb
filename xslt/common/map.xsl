<?xml version="1.0" encoding="UTF-8"?>
<!-- The maps of places, shared by the site and the PDF: which places a map shows, its frame,
     and the SVG with every place with coordinates as a point that links to its register
     entry and a label set where it overlaps no other label or point. The geography under
     the points (land, coast, today's borders) is not drawn here: the map leaves an empty
     <g class="basemap"> with its projection, which edition/basemap.py fills from Natural
     Earth's data. Projection: equirectangular, longitude shrunk by the cosine of the middle
     latitude, good enough for a region of a few hundred kilometres to a few thousand. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:svg="http://www.w3.org/2000/svg"
    exclude-result-prefixes="#all">

  <!-- a place's latitude and longitude (its first geo: "lat long"), or nothing -->
  <xsl:function name="ed:latlon" as="xs:double*">
    <xsl:param name="place" as="element()"/>
    <xsl:variable name="values" select="tokenize(($place//tei:geo)[1])"/>
    <xsl:sequence select="if (count($values) eq 2 and (every $v in $values satisfies $v castable as xs:double))
                          then $values ! xs:double(.) else ()"/>
  </xsl:function>

  <!-- the places of a register that a map can show, and those it cannot: areas (countries,
       regions) without a point, and the others, which the editors could not locate -->
  <xsl:function name="ed:mapped" as="element()*">
    <xsl:param name="places" as="element()*"/>
    <xsl:sequence select="$places[exists(ed:latlon(.))]"/>
  </xsl:function>
  <xsl:function name="ed:unmapped-areas" as="element()*">
    <xsl:param name="places" as="element()*"/>
    <xsl:sequence select="$places[empty(ed:latlon(.))][@type = ('country', 'region', 'state', 'province', 'continent')]"/>
  </xsl:function>
  <xsl:function name="ed:unlocated" as="element()*">
    <xsl:param name="places" as="element()*"/>
    <xsl:sequence select="$places[empty(ed:latlon(.))] except ed:unmapped-areas($places)"/>
  </xsl:function>

  <!-- the places no map shows, for the lists under the maps: [label key of web/messages.json,
       the places in the order of names in $lang], for areas and for places not located -->
  <xsl:function name="ed:unmapped-lists" as="array(*)*">
    <xsl:param name="places" as="element()*"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:for-each select="[ 'map-areas', ed:unmapped-areas($places) ], [ 'map-unlocated', ed:unlocated($places) ]">
      <xsl:variable name="listed" select="tail(?*)"/>
      <xsl:if test="exists($listed)">
        <xsl:sequence select="[ ?1, sort($listed, (), function($p) { ed:sort-key(ed:entity-name($p, $lang), $lang) }) ]"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:function>

  <!-- the caption of the map at $level of a series (1: all places), saying where a box marks
       the next one -->
  <xsl:function name="ed:map-caption" as="xs:string">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:param name="has-detail" as="xs:boolean"/>
    <xsl:sequence select="ed:msg(if ($level eq 1) then 'map-caption' else 'map-detail-caption')
                          || (if ($has-detail) then ' ' || ed:msg('map-detail-box') else '')"/>
  </xsl:function>

  <!-- the frame around some places: west, east, south, north in degrees, with a margin,
       and at least 1.3 times as wide as it is high (a screen is wider than high) -->
  <xsl:function name="ed:map-frame" as="map(xs:string, xs:double)">
    <xsl:param name="places" as="element()+"/>
    <xsl:variable name="lats" select="$places ! ed:latlon(.)[1]"/>
    <xsl:variable name="lons" select="$places ! ed:latlon(.)[2]"/>
    <xsl:variable name="pad-lat" select="max((0.15, (max($lats) - min($lats)) * 0.08))"/>
    <xsl:variable name="pad-lon" select="max((0.2, (max($lons) - min($lons)) * 0.08))"/>
    <xsl:variable name="south" select="min($lats) - $pad-lat"/>
    <xsl:variable name="north" select="max($lats) + $pad-lat"/>
    <xsl:variable name="k" select="math:cos(($south + $north) div 2 * math:pi() div 180)"/>
    <xsl:variable name="half-width" select="max(((max($lons) - min($lons)) div 2 + $pad-lon,
                                                 ($north - $south) * 1.3 div $k div 2))"/>
    <xsl:variable name="middle" select="(max($lons) + min($lons)) div 2"/>
    <xsl:sequence select="map { 'west': $middle - $half-width, 'east': $middle + $half-width,
                                'south': $south, 'north': $north }"/>
  </xsl:function>

  <!-- where places crowd together: the most places within a square a quarter of the map's
       longer side, around one of them (at least four, and not all of them); a map of their
       own shows them at a scale where they can be told apart -->
  <xsl:function name="ed:crowded-places" as="element()*">
    <xsl:param name="places" as="element()*"/>
    <xsl:if test="count($places) gt 4">
      <xsl:variable name="frame" select="ed:map-frame($places)"/>
      <xsl:variable name="k" select="ed:shrink($frame)"/>
      <xsl:variable name="side" select="max((($frame?east - $frame?west) * $k, $frame?north - $frame?south)) div 4"/>
      <xsl:variable name="groups" as="array(element())*">
        <xsl:for-each select="$places">
          <xsl:variable name="here" select="ed:latlon(.)"/>
          <xsl:sequence select="array { $places[let $there := ed:latlon(.) return
              abs($there[1] - $here[1]) le $side div 2 and abs($there[2] - $here[2]) * $k le $side div 2] }"/>
        </xsl:for-each>
      </xsl:variable>
      <xsl:variable name="largest" select="sort($groups, (), function($g) { - array:size($g) })[1]"
                    xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
      <xsl:sequence select="if (array:size($largest) ge 4 and array:size($largest) lt count($places))
                            then array:flatten($largest) else ()"
                    xmlns:array="http://www.w3.org/2005/xpath-functions/array"/>
    </xsl:if>
  </xsl:function>

  <!-- the maps of some places: all of them, then where they crowd together, then where
       those crowd together, up to $depth maps. A detail map shows every place inside its
       frame (which a box on the map before it marks), so that none is left out of both. -->
  <xsl:function name="ed:map-series" as="array(element())*">
    <xsl:param name="places" as="element()*"/>
    <xsl:param name="depth" as="xs:integer"/>
    <xsl:if test="exists($places) and $depth gt 0">
      <xsl:variable name="crowded" select="ed:crowded-places($places)"/>
      <xsl:variable name="detail" select="if (exists($crowded)) then ed:closed-region($places, $crowded) else ()"/>
      <xsl:sequence select="array { $places },
                            if (count($detail) lt count($places)) then ed:map-series($detail, $depth - 1) else ()"/>
    </xsl:if>
  </xsl:function>

  <!-- the places inside the frame of a region, and again inside the frame of those, until
       the frame holds no other place (frames only grow, so this ends) -->
  <xsl:function name="ed:closed-region" as="element()*">
    <xsl:param name="places" as="element()*"/>
    <xsl:param name="region" as="element()+"/>
    <xsl:variable name="frame" select="ed:map-frame($region)"/>
    <xsl:variable name="inside" select="$places[ed:inside(ed:latlon(.), $frame)]"/>
    <xsl:sequence select="if (count($inside) eq count($region)) then $region else ed:closed-region($places, $inside)"/>
  </xsl:function>

  <xsl:function name="ed:shrink" as="xs:double">
    <xsl:param name="frame" as="map(*)"/>
    <xsl:sequence select="math:cos(($frame?south + $frame?north) div 2 * math:pi() div 180)"/>
  </xsl:function>

  <!-- a map as SVG.
       places: what it shows; frame: its frame (ed:map-frame); width: in SVG units, which the
       page shows at about that many pixels (labels are laid out for it); lang: the language of
       the names; detail: the frame of a detail map, drawn as a box on this one (its places
       are left unlabelled here), detail-link and detail-label: where the box leads and what it
       is called; id: unique in the page; title: the map's accessible name;
       link: a place's link, from its id (empty: points are not links); note: a line in the
       map's corner (what the borders are). -->
  <xsl:template name="ed:map-svg">
    <xsl:param name="places" as="element()*"/>
    <xsl:param name="frame" as="map(xs:string, xs:double)"/>
    <xsl:param name="width" as="xs:double"/>
    <xsl:param name="lang" as="xs:string"/>
    <xsl:param name="id" as="xs:string"/>
    <xsl:param name="title" as="xs:string"/>
    <xsl:param name="note" as="xs:string" select="''"/>
    <xsl:param name="detail" as="map(xs:string, xs:double)?" select="()"/>
    <xsl:param name="detail-link" as="xs:string" select="''"/>
    <xsl:param name="detail-label" as="xs:string" select="''"/>
    <xsl:param name="link" as="function(xs:string) as xs:string" select="function($id) { '#' || $id }"/>
    <xsl:param name="class" as="xs:string" select="'map-svg'"/>
    <xsl:param name="font-size" as="xs:double" select="if ($width lt 500) then 11 else 13"/>
    <xsl:variable name="k" select="ed:shrink($frame)"/>
    <xsl:variable name="x-scale" select="$width div (($frame?east - $frame?west) * $k) * $k"/>
    <xsl:variable name="y-scale" select="$x-scale div $k"/>
    <xsl:variable name="height" select="round(($frame?north - $frame?south) * $y-scale)"/>
    <xsl:variable name="x" select="function($lon) { round(($lon - $frame?west) * $x-scale * 10) div 10 }"/>
    <xsl:variable name="y" select="function($lat) { round(($frame?north - $lat) * $y-scale * 10) div 10 }"/>
    <xsl:variable name="points" as="map(*)*">
      <xsl:for-each select="$places">
        <xsl:sort select="- ed:latlon(.)[1]"/>
        <xsl:sort select="ed:latlon(.)[2]"/>
        <xsl:variable name="at" select="ed:latlon(.)"/>
        <xsl:sequence select="map {
            'place': ., 'name': ed:entity-name(., $lang),
            'x': $x($at[2]), 'y': $y($at[1]),
            'labelled': empty($detail) or not(ed:inside($at, $detail)) }"/>
      </xsl:for-each>
    </xsl:variable>
    <!-- the box of the detail map, in this map's units -->
    <xsl:variable name="detail-box" as="xs:double*"
        select="if (exists($detail)) then ($x($detail?west), $y($detail?north), $x($detail?east), $y($detail?south)) else ()"/>
    <svg:svg class="{$class}" viewBox="0 0 {$width} {$height}" role="group" aria-labelledby="{$id}-title"
             data-frame="{$frame?west} {$frame?south} {$frame?east} {$frame?north}" font-size="{$font-size}"
             font-family="'Edition Serif', serif">
      <svg:title id="{$id}-title"><xsl:value-of select="$title"/></svg:title>
      <svg:rect x="0" y="0" width="{$width}" height="{$height}" class="map-sea" fill="#dfeaf1"/>
      <svg:g class="basemap" id="{$id}-basemap" data-project="{$frame?west} {$frame?north} {$x-scale} {$y-scale}" data-size="{$width} {$height}"/>
      <xsl:if test="exists($detail-box)">
        <svg:a href="{$detail-link}" class="map-detail-box" aria-label="{$detail-label}">
          <svg:title><xsl:value-of select="$detail-label"/></svg:title>
          <svg:rect x="{$detail-box[1]}" y="{$detail-box[2]}" width="{$detail-box[3] - $detail-box[1]}" height="{$detail-box[4] - $detail-box[2]}"
                    fill="none" stroke="#8a2c00" stroke-width="1.2" stroke-dasharray="4 2"/>
        </svg:a>
      </xsl:if>
      <!-- points first (each a box that no label may cover), then the labels one by one -->
      <xsl:variable name="r" select="if ($width lt 500) then 3 else 3.5"/>
      <xsl:iterate select="$points">
        <xsl:param name="taken" as="array(xs:double)*"
                   select="($points ! [?x - $r - 1, ?y - $r - 1, ?x + $r + 1, ?y + $r + 1],
                            if (exists($detail-box)) then [$detail-box[1] - 2, $detail-box[2] - 2, $detail-box[3] + 2, $detail-box[4] + 2] else (),
                            if ($note) then [0e0, $height - 8 - $font-size, ed:text-width($note, $font-size * 0.8) + 8, xs:double($height)] else ())"/>
        <xsl:variable name="box" as="array(xs:double)?"
            select="if (?labelled) then ed:label-box(., $font-size, $r, $width, $height, $taken) else ()"/>
        <xsl:variable name="id" select="string(?place/@xml:id)"/>
        <xsl:variable name="target" select="$link($id)"/>
        <xsl:element name="{if ($target) then 'svg:a' else 'svg:g'}" namespace="http://www.w3.org/2000/svg">
          <xsl:if test="$target"><xsl:attribute name="href" select="$target"/></xsl:if>
          <xsl:attribute name="class" select="'map-place'"/>
          <xsl:attribute name="data-place" select="$id"/>
          <xsl:attribute name="aria-label" select="?name"/>
          <svg:title><xsl:value-of select="?name"/></svg:title>
          <svg:circle cx="{?x}" cy="{?y}" r="{$r}" class="map-point" fill="#8a2c00" stroke="#ffffff" stroke-width="1"/>
          <xsl:if test="exists($box)">
            <!-- a label set off from its point gets a line to it -->
            <xsl:variable name="near-x" select="max(($box(1), min((?x, $box(3)))))"/>
            <xsl:variable name="near-y" select="max(($box(2), min((?y, $box(4)))))"/>
            <xsl:if test="abs($near-x - ?x) + abs($near-y - ?y) gt $r + 6">
              <svg:line x1="{?x}" y1="{?y}" x2="{$near-x}" y2="{$near-y}" class="map-leader" stroke="#6b6b6b" stroke-width="0.7"/>
            </xsl:if>
            <svg:text x="{$box(1)}" y="{$box(4) - 0.25 * $font-size}" class="map-label" fill="#1d1d1f"
                      data-box="{string-join($box?*, ' ')}"><xsl:value-of select="?name"/></svg:text>
          </xsl:if>
        </xsl:element>
        <xsl:next-iteration>
          <xsl:with-param name="taken" select="($taken, $box)"/>
        </xsl:next-iteration>
      </xsl:iterate>
      <xsl:if test="$note">
        <svg:text x="6" y="{$height - 6}" class="map-note" fill="#4a4a4a" font-size="{$font-size * 0.8}"><xsl:value-of select="$note"/></svg:text>
      </xsl:if>
    </svg:svg>
  </xsl:template>

  <xsl:function name="ed:inside" as="xs:boolean">
    <xsl:param name="latlon" as="xs:double+"/>
    <xsl:param name="frame" as="map(*)"/>
    <xsl:sequence select="$latlon[1] ge $frame?south and $latlon[1] le $frame?north
                          and $latlon[2] ge $frame?west and $latlon[2] le $frame?east"/>
  </xsl:function>

  <!-- where a point's label goes: the first free box around it, nearest first (right, left,
       above, below, the corners), then further off with a leader line; nothing where every
       box would overlap a label or point already placed or leave the map -->
  <xsl:function name="ed:label-box" as="array(xs:double)?">
    <xsl:param name="point" as="map(*)"/>
    <xsl:param name="size" as="xs:double"/>
    <xsl:param name="r" as="xs:double"/>
    <xsl:param name="width" as="xs:double"/>
    <xsl:param name="height" as="xs:double"/>
    <xsl:param name="taken" as="array(xs:double)*"/>
    <xsl:variable name="w" select="ed:text-width($point?name, $size)"/>
    <xsl:variable name="h" select="$size * 1.15"/>
    <xsl:variable name="x" select="$point?x"/>
    <xsl:variable name="y" select="$point?y"/>
    <xsl:variable name="candidates" as="array(xs:double)*" select="
        for $ring in 0 to 5, $d in $r + 2 + $ring * $size * 1.3 return (
          [$x + $d, $y - $h div 2 - $ring * $h * 0.6],
          [$x - $d - $w, $y - $h div 2 - $ring * $h * 0.6],
          [$x + $d, $y - $h div 2 + $ring * $h * 0.6],
          [$x - $d - $w, $y - $h div 2 + $ring * $h * 0.6],
          [$x - $w div 2, $y - $d - $h],
          [$x - $w div 2, $y + $d],
          [$x + $d * 0.7, $y - $d * 0.7 - $h],
          [$x + $d * 0.7, $y + $d * 0.7],
          [$x - $d * 0.7 - $w, $y - $d * 0.7 - $h],
          [$x - $d * 0.7 - $w, $y + $d * 0.7])
        ! [round(.(1) * 10) div 10, round(.(2) * 10) div 10, round((.(1) + $w) * 10) div 10, round((.(2) + $h) * 10) div 10]"/>
    <!-- only the boxes within reach of the furthest candidate can be in the way -->
    <xsl:variable name="reach" select="$r + 2 + 5 * $size * 1.3 + $w + $h"/>
    <xsl:variable name="near" select="$taken[.(1) lt $x + $reach and .(3) gt $x - $reach and .(2) lt $y + $reach and .(4) gt $y - $reach]"/>
    <xsl:sequence select="$candidates[
        let $c := . return $c(1) ge 2 and $c(3) le $width - 2 and $c(2) ge 2 and $c(4) le $height - 2
          and empty($near[.(1) lt $c(3) and .(3) gt $c(1) and .(2) lt $c(4) and .(4) gt $c(2)])][1]"/>
  </xsl:function>

  <!-- the width of a label: generous, so that the box holds the text in the fonts the site
       and the PDF use (capitals and wide letters count more) -->
  <xsl:function name="ed:text-width" as="xs:double">
    <xsl:param name="text" as="xs:string"/>
    <xsl:param name="size" as="xs:double"/>
    <xsl:variable name="wide" select="string-length(replace($text, '[^\p{Lu}mwMWŞĞ]', ''))"/>
    <xsl:variable name="narrow" select="string-length(replace($text, '[^ilıjftI.,’''\-\s]', ''))"/>
    <xsl:sequence select="round(($wide * 0.82 + $narrow * 0.33 + (string-length($text) - $wide - $narrow) * 0.56) * $size + 2)"/>
  </xsl:function>

</xsl:stylesheet>

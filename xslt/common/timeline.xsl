<?xml version="1.0" encoding="UTF-8"?>
<!-- The timeline: the dates of the text and the dated events of the register on one time
     axis, drawn as inline SVG at build time, from the TEI alone. Both outputs call the named
     template "ed:timeline" (the site's timeline.html, the PDF's figure).

     What is on it. Every date of the text (tei:text, not inside a bibl: the publication dates
     of the works cited are not historical dates) and every event of the standOff that has a
     date (@when, @from/@to, @notBefore/@notAfter). A value precise to the day is a point;
     anything else is a span: @from/@to, @notBefore/@notAfter, and a bare year or month, which
     covers that year or month. A value the editors inferred (@cert or @evidence="conjecture")
     is drawn hollow and dashed; a date in another calendar (@calendar) is labelled with the
     text's own words and calendar and the Gregorian value of the TEI.

     The axis. Whole years, from the earliest to the latest year among the date values of the
     text that are precise to the month or the day (else among all dates, else the events).
     An item partly outside the axis is clipped and drawn with an open end (an arrow); its
     label gives its whole span. An item wholly before or after the axis, or covering all of it
     and more (a century), is listed under the drawing, once: "before the axis", "after the
     axis", "wider than the axis".

     The placement. Two drawings of the same items: a wide one (horizontal, 960 units: desktop
     and PDF) and a narrow one (vertical, 360 units: phones). In the wide one each item is a row
     of a lane: its mark and its label take a box; the boxes, sorted by their left edge, are put
     greedily in the first lane whose last box ends before this one begins (events and dates in
     separate bands). In the narrow one the marks stand in columns beside the axis (the same
     greedy step on their extent in time) and the labels in one column to the right, each as
     near to its mark as the label before it allows, joined to the mark by a leader line. Label
     widths are estimated from the advance widths of the edition's font (Charis SIL).

     For machines and tests every item is an <a> with data-kind, data-place (in, before, after,
     wider), its ISO values as in the TEI (data-when, or data-from/data-to, which are @from/@to
     or @notBefore/@notAfter) and its label box (data-box="x y width height"); the axis carries
     data-start, data-end (ISO dates, the end exclusive) and data-x0/data-x1 (wide) or
     data-y0/data-y1 (narrow). A point is drawn at the beginning of its day, a span from the
     beginning of its first day to the end of its last.

     Linear: the items are read once; the first mention of an event is a key. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    xmlns:tl="urn:edition:timeline"
    xmlns:svg="http://www.w3.org/2000/svg"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <!-- the mentions of a register entry in the text (key() answers in document order) -->
  <xsl:key name="tl:mentions" match="tei:text//*[@ref]" use="tokenize(@ref) ! substring-after(., '#')"/>

  <!-- ===== dimensions (user units of the SVG) ===== -->
  <xsl:variable name="tl:font" as="xs:double" select="12"/>
  <xsl:variable name="tl:wide" as="map(xs:string, xs:decimal)" select="map {
      'width': 960, 'x0': 24, 'x1': 936, 'row': 16, 'gap': 8 }"/>
  <xsl:variable name="tl:narrow" as="map(xs:string, xs:decimal)" select="map {
      'width': 360, 'axis': 46, 'column': 8, 'line': 15, 'gap': 3, 'year': 90 }"/>
  <xsl:variable name="tl:colours" as="map(xs:string, xs:string)" select="map {
      'date': '#1a4f8b', 'date-fill': '#cfe0f2', 'event': '#8b2252', 'event-fill': '#f3d3df',
      'text': '#1d1d1f', 'muted': '#5a5a60', 'rule': '#d8d4c8', 'grid': '#ebe7dc' }"/>

  <!-- ===== ISO values ===== -->

  <!-- the first day of an ISO value (YYYY, YYYY-MM, YYYY-MM-DD) -->
  <xsl:function name="tl:first-day" as="xs:date?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:sequence select="
        if (matches($iso, '^\d{4}$')) then xs:date($iso || '-01-01')
        else if (matches($iso, '^\d{4}-\d{2}$')) then xs:date($iso || '-01')
        else if ($iso castable as xs:date) then xs:date($iso)
        else ()"/>
  </xsl:function>
  <!-- the day after its last day -->
  <xsl:function name="tl:day-after" as="xs:date?">
    <xsl:param name="iso" as="xs:string?"/>
    <xsl:variable name="first" select="tl:first-day($iso)"/>
    <xsl:sequence select="
        if (empty($first)) then ()
        else if (string-length($iso) = 4) then $first + xs:yearMonthDuration('P1Y')
        else if (string-length($iso) = 7) then $first + xs:yearMonthDuration('P1M')
        else $first + xs:dayTimeDuration('P1D')"/>
  </xsl:function>

  <!-- ===== the items ===== -->

  <xsl:function name="tl:dates" as="element(tei:date)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/tei:TEI/tei:text//tei:date[not(ancestor::tei:bibl)][@when or @from or @to or @notBefore or @notAfter]"/>
  </xsl:function>
  <xsl:function name="tl:events" as="element(tei:event)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="root($doc)/tei:TEI/tei:standOff//tei:event[@xml:id][@when or @from or @to or @notBefore or @notAfter]"/>
  </xsl:function>

  <!-- whether the document has a timeline at all: a dated item of the text or the register
       (the outputs make no timeline page for a document without one) -->
  <xsl:function name="ed:has-timeline" as="xs:boolean">
    <xsl:param name="doc" as="node()"/>
    <xsl:sequence select="exists(tl:dates($doc)) or exists(tl:events($doc))"/>
  </xsl:function>

  <!-- the years of the axis: those of the dates precise to the month or the day, else of
       all dates, else of the events -->
  <xsl:function name="tl:axis" as="map(*)?">
    <xsl:param name="doc" as="node()"/>
    <xsl:variable name="values" select="tl:dates($doc)/(@when | @from | @to | @notBefore | @notAfter)[exists(tl:first-day(.))]"/>
    <xsl:variable name="precise" select="$values[string-length() ge 7]"/>
    <xsl:variable name="chosen" select="if (exists($precise)) then $precise else if (exists($values)) then $values
        else tl:events($doc)/(@when | @from | @to | @notBefore | @notAfter)[exists(tl:first-day(.))]"/>
    <xsl:variable name="years" select="$chosen ! xs:integer(substring(., 1, 4))"/>
    <xsl:if test="exists($years)">
      <xsl:variable name="start" select="xs:date(format-number(min($years), '0000') || '-01-01')"/>
      <xsl:variable name="end" select="xs:date(format-number(max($years) + 1, '0000') || '-01-01')"/>
      <xsl:sequence select="map { 'first': min($years), 'last': max($years), 'start': $start, 'end': $end,
                                  'days': ($end - $start) div xs:dayTimeDuration('P1D') }"/>
    </xsl:if>
  </xsl:function>

  <!-- where an item stands against the axis: in, before, after, wider -->
  <xsl:function name="tl:place" as="xs:string">
    <xsl:param name="start" as="xs:date?"/>
    <xsl:param name="end" as="xs:date?"/>
    <xsl:param name="point" as="xs:boolean"/>
    <xsl:param name="axis" as="map(*)"/>
    <xsl:sequence select="
        if ($point) then (if ($start lt $axis?start) then 'before' else if ($start ge $axis?end) then 'after' else 'in')
        else if (exists($end) and $end le $axis?start) then 'before'
        else if (exists($start) and $start ge $axis?end) then 'after'
        else if ((empty($start) or $start le $axis?start) and (empty($end) or $end ge $axis?end)
                 and (empty($start) or empty($end) or $start lt $axis?start or $end gt $axis?end)) then 'wider'
        else 'in'"/>
  </xsl:function>

  <!-- one item: its values, place, label and links -->
  <xsl:function name="tl:item" as="element(tl:item)?">
    <xsl:param name="el" as="element()"/>
    <xsl:param name="n" as="xs:integer"/>
    <xsl:param name="axis" as="map(*)"/>
    <xsl:param name="text-href" as="xs:string"/>
    <xsl:param name="events-href" as="xs:string"/>
    <xsl:variable name="from" select="($el/@from, $el/@notBefore)[1]"/>
    <xsl:variable name="to" select="($el/@to, $el/@notAfter)[1]"/>
    <xsl:variable name="start" select="if ($el/@when) then tl:first-day($el/@when) else tl:first-day($from)"/>
    <xsl:variable name="end" select="if ($el/@when) then tl:day-after($el/@when) else tl:day-after($to)"/>
    <xsl:variable name="point" select="string-length($el/@when) = 10"/>
    <xsl:if test="exists($start) or exists($end)">
      <xsl:variable name="place" select="tl:place($start, $end, $point, $axis)"/>
      <xsl:variable name="clip-start" select="$place = 'in' and not($point) and (empty($start) or $start lt $axis?start)"/>
      <xsl:variable name="clip-end" select="$place = 'in' and not($point) and (empty($end) or $end gt $axis?end)"/>
      <xsl:variable name="value" select="ed:date-value($el, $ed:ui-lang)"/>
      <xsl:variable name="conjecture" select="$el/@evidence = 'conjecture' or exists($el[self::tei:date]/@cert)"/>
      <tl:item n="{$n}" kind="{if ($el/self::tei:event) then 'event' else 'date'}" place="{$place}"
          start="{$start}" end="{$end}" point="{$point}" conjecture="{$conjecture}"
          clip-start="{$clip-start}" clip-end="{$clip-end}">
        <xsl:if test="$el/@when"><xsl:attribute name="when" select="$el/@when"/></xsl:if>
        <xsl:if test="$from"><xsl:attribute name="from" select="$from"/></xsl:if>
        <xsl:if test="$to"><xsl:attribute name="to" select="$to"/></xsl:if>
        <!-- the order of the chronological list: by the first day, else the last -->
        <xsl:attribute name="sort" select="($start, $end - xs:dayTimeDuration('P1D'))[1]"/>
        <xsl:choose>
          <xsl:when test="$el/self::tei:event">
            <xsl:variable name="name" select="ed:entity-name($el, $ed:ui-lang)"/>
            <!-- the first mention in a paragraph (not in a heading or the keywords), which has a § -->
            <xsl:variable name="mention" select="key('tl:mentions', $el/@xml:id, root($el))[ed:paragraph(.)/@xml:id][1]"/>
            <xsl:attribute name="label" select="string-join(($name, $value[$place != 'in' or $clip-start or $clip-end]), ', ')"/>
            <xsl:attribute name="href" select="$events-href || '#' || $el/@xml:id"/>
            <xsl:attribute name="aria" select="$name || ', ' || $value || ' (' || ed:msg('register-entry') || ')'"/>
            <xsl:for-each select="$mention">
              <xsl:attribute name="mention" select="ed:where(.)"/>
              <xsl:attribute name="mention-href" select="$text-href || '#' || ed:paragraph(.)/@xml:id"/>
              <xsl:attribute name="mention-aria" select="ed:msg('timeline-first-mention') || ': ' || ed:where(.)"/>
            </xsl:for-each>
          </xsl:when>
          <xsl:otherwise>
            <xsl:variable name="words" select="if ($el/@calendar)
                then '“' || ed:reading($el/node()) || '” (' || ed:calendar-label($el/@calendar) || ') = ' || $value
                else $value"/>
            <xsl:variable name="where" select="ed:place-label($el)"/>
            <xsl:attribute name="label" select="string-join(($words, $where[.]), ' · ')"/>
            <xsl:for-each select="ed:text-anchor($el)">
              <xsl:attribute name="href" select="$text-href || '#' || ."/>
            </xsl:for-each>
            <xsl:attribute name="aria" select="string-join(($words || (' (' || ed:msg('conjecture') || ')')[$conjecture], $where[.]), ', ')"/>
          </xsl:otherwise>
        </xsl:choose>
      </tl:item>
    </xsl:if>
  </xsl:function>

  <xsl:function name="tl:items" as="element(tl:item)*">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="axis" as="map(*)"/>
    <xsl:param name="text-href" as="xs:string"/>
    <xsl:param name="events-href" as="xs:string"/>
    <xsl:for-each select="tl:dates($doc), tl:events($doc)">
      <xsl:sequence select="tl:item(., position(), $axis, $text-href, $events-href)"/>
    </xsl:for-each>
  </xsl:function>

  <!-- ===== measuring labels ===== -->

  <!-- the advance width of a string in user units, from the advance widths of the edition's
       font (Charis SIL Regular, hmtx, in thousandths of an em: a test reads them from the font
       file and compares); a character not listed counts as a wide letter -->
  <xsl:variable name="tl:advance" as="map(xs:integer, xs:integer)" select="map {
        32: 293, 33: 338, 34: 333, 35: 743, 36: 563, 37: 860, 38: 699, 39: 171, 40: 376, 41: 376, 42: 500, 43: 1000, 
        44: 280, 45: 320, 46: 280, 47: 490, 48: 563, 49: 563, 50: 563, 51: 563, 52: 563, 53: 563, 54: 563, 55: 563, 
        56: 563, 57: 563, 58: 280, 59: 280, 60: 1000, 61: 1000, 62: 1000, 63: 486, 64: 936, 65: 674, 66: 605, 
        67: 627, 68: 696, 69: 583, 70: 541, 71: 695, 72: 743, 73: 330, 74: 485, 75: 638, 76: 531, 77: 876, 78: 721, 
        79: 731, 80: 579, 81: 739, 82: 649, 83: 521, 84: 599, 85: 712, 86: 666, 87: 931, 88: 634, 89: 626, 90: 575, 
        91: 423, 92: 489, 93: 423, 94: 327, 95: 335, 96: 350, 97: 509, 98: 555, 99: 466, 100: 564, 101: 490, 
        102: 326, 103: 525, 104: 574, 105: 303, 106: 292, 107: 534, 108: 297, 109: 850, 110: 567, 111: 544, 112: 559, 
        113: 549, 114: 391, 115: 398, 116: 340, 117: 569, 118: 529, 119: 783, 120: 510, 121: 530, 122: 462, 123: 488, 
        124: 354, 125: 488, 126: 833, 160: 293, 161: 338, 162: 563, 163: 563, 164: 610, 165: 596, 166: 345, 167: 500, 
        168: 316, 169: 837, 170: 341, 171: 442, 172: 620, 173: 320, 174: 837, 175: 335, 176: 320, 177: 1000, 
        178: 366, 179: 366, 180: 350, 181: 547, 182: 486, 183: 188, 184: 230, 185: 366, 186: 358, 187: 442, 188: 875, 
        189: 875, 190: 875, 191: 486, 192: 674, 193: 674, 194: 674, 195: 674, 196: 674, 197: 674, 198: 933, 199: 627, 
        200: 583, 201: 583, 202: 583, 203: 583, 204: 330, 205: 330, 206: 330, 207: 330, 208: 696, 209: 721, 210: 731, 
        211: 731, 212: 731, 213: 731, 214: 731, 215: 1000, 216: 731, 217: 712, 218: 712, 219: 712, 220: 712, 
        221: 626, 222: 578, 223: 628, 224: 509, 225: 509, 226: 509, 227: 509, 228: 509, 229: 509, 230: 721, 231: 466, 
        232: 490, 233: 490, 234: 490, 235: 490, 236: 303, 237: 303, 238: 303, 239: 303, 240: 539, 241: 567, 242: 544, 
        243: 544, 244: 544, 245: 544, 246: 544, 247: 1000, 248: 544, 249: 569, 250: 569, 251: 569, 252: 569, 
        253: 530, 254: 559, 255: 530, 256: 674, 257: 509, 258: 674, 259: 509, 260: 674, 261: 509, 262: 627, 263: 466, 
        264: 627, 265: 466, 266: 627, 267: 466, 268: 627, 269: 466, 270: 696, 271: 684, 272: 696, 273: 564, 274: 583, 
        275: 490, 276: 583, 277: 490, 278: 583, 279: 490, 280: 583, 281: 490, 282: 583, 283: 490, 284: 695, 285: 525, 
        286: 695, 287: 525, 288: 695, 289: 525, 290: 695, 291: 525, 292: 743, 293: 574, 294: 743, 295: 574, 296: 330, 
        297: 303, 298: 330, 299: 303, 300: 330, 301: 303, 302: 330, 303: 303, 304: 330, 305: 303, 306: 815, 307: 595, 
        308: 485, 309: 292, 310: 638, 311: 534, 312: 530, 313: 531, 314: 297, 315: 531, 316: 297, 317: 531, 318: 408, 
        319: 669, 320: 435, 321: 531, 322: 297, 323: 721, 324: 567, 325: 721, 326: 567, 327: 721, 328: 567, 330: 727, 
        331: 567, 332: 731, 333: 544, 334: 731, 335: 544, 336: 731, 337: 544, 338: 999, 339: 820, 340: 649, 341: 391, 
        342: 649, 343: 391, 344: 649, 345: 391, 346: 521, 347: 398, 348: 521, 349: 398, 350: 521, 351: 398, 352: 521, 
        353: 398, 354: 599, 355: 340, 356: 599, 357: 340, 358: 599, 359: 340, 360: 712, 361: 569, 362: 712, 363: 569, 
        364: 712, 365: 569, 366: 712, 367: 569, 368: 712, 369: 569, 370: 712, 371: 569, 372: 931, 373: 783, 374: 626, 
        375: 530, 376: 626, 377: 575, 378: 462, 379: 575, 380: 462, 381: 575, 382: 462, 383: 326, 8208: 320, 
        8209: 320, 8210: 563, 8211: 500, 8212: 1000, 8213: 972, 8214: 515, 8215: 670, 8216: 247, 8217: 247, 
        8218: 247, 8219: 247, 8220: 453, 8221: 453, 8222: 453, 8223: 453, 8224: 500, 8225: 500, 8226: 300, 8227: 481, 
        8228: 290, 8229: 623, 8230: 1000, 8231: 188, 8594: 1000 }"/>
  <xsl:function name="tl:width" as="xs:double">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="size" as="xs:double"/>
    <xsl:sequence select="$size * 1.02 * sum(for $c in string-to-codepoints($s) return ($tl:advance($c), 700)[1]) div 1000"/>
  </xsl:function>

  <!-- a label in lines no wider than $max (words are never split) -->
  <xsl:function name="tl:wrap" as="xs:string*">
    <xsl:param name="s" as="xs:string"/>
    <xsl:param name="max" as="xs:double"/>
    <xsl:iterate select="tokenize($s, ' ')">
      <xsl:param name="line" as="xs:string" select="''"/>
      <xsl:on-completion select="$line[.]"/>
      <xsl:variable name="longer" select="if ($line) then $line || ' ' || . else ."/>
      <xsl:choose>
        <xsl:when test="$line and tl:width($longer, $tl:font) gt $max">
          <xsl:sequence select="$line"/>
          <xsl:next-iteration><xsl:with-param name="line" select="."/></xsl:next-iteration>
        </xsl:when>
        <xsl:otherwise>
          <xsl:next-iteration><xsl:with-param name="line" select="$longer"/></xsl:next-iteration>
        </xsl:otherwise>
      </xsl:choose>
    </xsl:iterate>
  </xsl:function>

  <xsl:function name="tl:r" as="xs:double">
    <xsl:param name="v" as="xs:double"/>
    <xsl:sequence select="round($v * 100) div 100"/>
  </xsl:function>

  <!-- position along the axis: $a0 at the axis' start, $a1 at its end -->
  <xsl:function name="tl:at" as="xs:double">
    <xsl:param name="date" as="xs:date"/>
    <xsl:param name="axis" as="map(*)"/>
    <xsl:param name="a0" as="xs:double"/>
    <xsl:param name="a1" as="xs:double"/>
    <xsl:sequence select="tl:r($a0 + ($date - $axis?start) div xs:dayTimeDuration('P1D') * ($a1 - $a0) div $axis?days)"/>
  </xsl:function>

  <!-- the extent of an item's mark along the axis: (from, to); a point has from = to -->
  <xsl:function name="tl:extent" as="xs:double+">
    <xsl:param name="item" as="element(tl:item)"/>
    <xsl:param name="axis" as="map(*)"/>
    <xsl:param name="a0" as="xs:double"/>
    <xsl:param name="a1" as="xs:double"/>
    <xsl:variable name="s" select="if ($item/@start != '' and xs:date($item/@start) gt $axis?start) then xs:date($item/@start) else $axis?start"/>
    <xsl:variable name="e" select="if ($item/@end != '' and xs:date($item/@end) lt $axis?end) then xs:date($item/@end) else $axis?end"/>
    <xsl:sequence select="if ($item/@point = 'true') then (tl:at($s, $axis, $a0, $a1), tl:at($s, $axis, $a0, $a1))
                          else (tl:at($s, $axis, $a0, $a1), tl:at($e, $axis, $a0, $a1))"/>
  </xsl:function>

  <!-- the greedy step: items in the order of their marks (@a), each into the first lane
       where its box (@lo to @hi) begins $gap after the last box of the lane ends, or else its
       other box (@alt-lo to @alt-hi, the label on the other side of the mark, @alt-tx), if it
       has one; else into a new lane. Each comes back with @lane (1, 2, …) and the box it got. -->
  <xsl:function name="tl:lanes" as="element(tl:item)*">
    <xsl:param name="items" as="element(tl:item)*"/>
    <xsl:param name="gap" as="xs:double"/>
    <xsl:iterate select="sort($items, (), function($i) { xs:double($i/@a), xs:integer($i/@n) })">
      <xsl:param name="ends" as="xs:double*" select="()"/>
      <xsl:variable name="lo" select="xs:double(@lo)"/>
      <xsl:variable name="alt-lo" select="(@alt-lo ! xs:double(.), -1e9)[1]"/>
      <xsl:variable name="free" select="(for $k in 1 to count($ends) return $k[$ends[$k] + $gap le $lo or $ends[$k] + $gap le $alt-lo])[1]"/>
      <xsl:variable name="lane" select="($free, count($ends) + 1)[1]"/>
      <xsl:variable name="alt" select="exists($free) and exists(@alt-lo) and not($ends[$free] + $gap le $lo)"/>
      <tl:item lane="{$lane}">
        <xsl:sequence select="@*"/>
        <xsl:if test="$alt">
          <xsl:attribute name="lo" select="@alt-lo"/>
          <xsl:attribute name="hi" select="@alt-hi"/>
          <xsl:attribute name="tx" select="@alt-tx"/>
        </xsl:if>
      </tl:item>
      <xsl:next-iteration>
        <xsl:with-param name="ends" select="$ends[position() lt $lane], xs:double(if ($alt) then @alt-hi else @hi), $ends[position() gt $lane]"/>
      </xsl:next-iteration>
    </xsl:iterate>
  </xsl:function>

  <!-- the narrow drawing's labels, in one column: each cluster of labels that would overlap is
       set as a block centred on the marks it labels (the mean of their wished places), never
       above $min; a new label that overlaps the cluster before it joins it, and so on upwards.
       $wished: the top each label would have beside its mark; $heights: their heights.
       Returns the tops. -->
  <xsl:function name="tl:stack" as="xs:double*">
    <xsl:param name="wished" as="xs:double*"/>
    <xsl:param name="heights" as="xs:double*"/>
    <xsl:param name="gap" as="xs:double"/>
    <xsl:param name="min" as="xs:double"/>
    <xsl:variable name="clusters" as="map(*)*">
      <xsl:iterate select="1 to count($wished)">
        <xsl:param name="stack" as="map(*)*" select="()"/>
        <xsl:on-completion select="$stack"/>
        <xsl:next-iteration>
          <xsl:with-param name="stack" select="tl:push($stack, map { 'first': ., 'n': 1, 'h': $heights[current()],
              'sum': $wished[current()], 'top': max(($min, $wished[current()])) }, $gap, $min)"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:for-each select="$clusters">
      <xsl:variable name="c" select="."/>
      <xsl:iterate select="$c?first to $c?first + $c?n - 1">
        <xsl:param name="top" select="$c?top"/>
        <xsl:sequence select="$top"/>
        <xsl:next-iteration><xsl:with-param name="top" select="$top + $heights[current()] + $gap"/></xsl:next-iteration>
      </xsl:iterate>
    </xsl:for-each>
  </xsl:function>
  <xsl:function name="tl:push" as="map(*)*">
    <xsl:param name="stack" as="map(*)*"/>
    <xsl:param name="c" as="map(*)"/>
    <xsl:param name="gap" as="xs:double"/>
    <xsl:param name="min" as="xs:double"/>
    <xsl:variable name="prev" select="$stack[last()]"/>
    <xsl:choose>
      <xsl:when test="exists($prev) and $prev?top + $prev?h + $gap gt $c?top">
        <!-- 'sum': the sum of (wished top − offset in the cluster) over its labels -->
        <xsl:variable name="sum" select="$prev?sum + $c?sum - $c?n * ($prev?h + $gap)"/>
        <xsl:variable name="n" select="$prev?n + $c?n"/>
        <xsl:sequence select="tl:push($stack[position() lt last()], map { 'first': $prev?first, 'n': $n,
            'h': $prev?h + $gap + $c?h, 'sum': $sum, 'top': max(($min, $sum div $n)) }, $gap, $min)"/>
      </xsl:when>
      <xsl:otherwise><xsl:sequence select="$stack, $c"/></xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- ===== the figure ===== -->

  <!-- $text-href: the page of the text ('index.html' on the site, '' in the PDF);
       $events-href: the page of the events' register -->
  <xsl:template name="ed:timeline">
    <xsl:param name="doc" as="node()"/>
    <xsl:param name="text-href" as="xs:string" select="''"/>
    <xsl:param name="events-href" as="xs:string" select="''"/>
    <xsl:param name="list" as="xs:boolean" select="true()"/>
    <xsl:variable name="axis" select="tl:axis($doc)"/>
    <xsl:variable name="items" select="if (exists($axis)) then tl:items($doc, $axis, $text-href, $events-href) else ()"/>
    <figure class="timeline">
      <figcaption>
        <xsl:value-of select="ed:msg('timeline-intro')"/>
        <xsl:if test="exists($items)">
          <xsl:text> </xsl:text>
          <xsl:value-of select="ed:msg('timeline-counts') ! replace(., '\{1\}', string(count($items[@kind = 'date'])))
                                ! replace(., '\{2\}', string(count($items[@kind = 'event'])))
                                ! replace(., '\{3\}', $axis?first || '–' || $axis?last)"/>
        </xsl:if>
      </figcaption>
      <xsl:choose>
        <xsl:when test="empty($items)">
          <p class="timeline-empty"><xsl:value-of select="ed:msg('timeline-empty')"/></p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="tl:legend"/>
          <div class="timeline-wide">
            <xsl:call-template name="tl:wide"><xsl:with-param name="items" select="$items"/><xsl:with-param name="axis" select="$axis"/></xsl:call-template>
          </div>
          <div class="timeline-narrow">
            <xsl:call-template name="tl:narrow"><xsl:with-param name="items" select="$items"/><xsl:with-param name="axis" select="$axis"/></xsl:call-template>
          </div>
          <xsl:if test="$list">
            <xsl:call-template name="tl:list"><xsl:with-param name="items" select="$items"/></xsl:call-template>
          </xsl:if>
        </xsl:otherwise>
      </xsl:choose>
    </figure>
  </xsl:template>

  <!-- what the marks mean -->
  <xsl:template name="tl:legend">
    <ul class="timeline-legend">
      <xsl:for-each select="('date', 'event')">
        <li><svg:svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
          <svg:circle cx="11" cy="6" r="4.5" fill="{$tl:colours(.)}" stroke="{$tl:colours(.)}" stroke-width="1.5"/></svg:svg>
          <xsl:value-of select="ed:msg(if (. = 'date') then 'timeline-dates' else 'timeline-events')"/></li>
      </xsl:for-each>
      <li><svg:svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
          <svg:circle cx="11" cy="6" r="4.5" fill="{$tl:colours('text')}"/></svg:svg>
        <xsl:value-of select="ed:msg('timeline-legend-day')"/></li>
      <li><svg:svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
          <svg:rect x="1" y="2" width="20" height="8" fill="{$tl:colours('date-fill')}" stroke="{$tl:colours('text')}" stroke-width="1.2"/></svg:svg>
        <xsl:value-of select="ed:msg('timeline-legend-span')"/></li>
      <li><svg:svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
          <svg:circle cx="11" cy="6" r="4" fill="#fff" stroke="{$tl:colours('text')}" stroke-width="1.5" stroke-dasharray="2.5 1.5"/></svg:svg>
        <xsl:value-of select="ed:msg('conjecture')"/></li>
      <li><svg:svg width="22" height="12" viewBox="0 0 22 12" aria-hidden="true">
          <svg:rect x="1" y="2" width="14" height="8" fill="{$tl:colours('date-fill')}" stroke="{$tl:colours('text')}" stroke-width="1.2"/>
          <svg:path d="M15 1 L21 6 L15 11 Z" fill="{$tl:colours('text')}"/></svg:svg>
        <xsl:value-of select="ed:msg('timeline-legend-open')"/></li>
    </ul>
  </xsl:template>

  <!-- the shapes of a mark: along the axis from $a to $b, across it at $c; $horizontal -->
  <xsl:function name="tl:mark" as="element()*">
    <xsl:param name="item" as="element(tl:item)"/>
    <xsl:param name="a" as="xs:double"/>
    <xsl:param name="b" as="xs:double"/>
    <xsl:param name="c" as="xs:double"/>
    <xsl:param name="horizontal" as="xs:boolean"/>
    <xsl:variable name="colour" select="$tl:colours($item/@kind)"/>
    <xsl:variable name="conjecture" select="$item/@conjecture = 'true'"/>
    <xsl:variable name="thick" select="if ($horizontal) then 10 else 7"/>
    <xsl:choose>
      <xsl:when test="$item/@point = 'true'">
        <svg:circle class="tl-mark" r="4.5" fill="{if ($conjecture) then '#fff' else $colour}" stroke="{$colour}" stroke-width="1.6">
          <xsl:attribute name="{if ($horizontal) then 'cx' else 'cy'}" select="$a"/>
          <xsl:attribute name="{if ($horizontal) then 'cy' else 'cx'}" select="$c"/>
          <xsl:if test="$conjecture"><xsl:attribute name="stroke-dasharray" select="'2.5 1.5'"/></xsl:if>
        </svg:circle>
      </xsl:when>
      <xsl:otherwise>
        <svg:rect class="tl-mark" fill="{if ($conjecture) then '#fff' else $tl:colours($item/@kind || '-fill')}" stroke="{$colour}" stroke-width="1.4">
          <xsl:attribute name="{if ($horizontal) then 'x' else 'y'}" select="$a"/>
          <xsl:attribute name="{if ($horizontal) then 'width' else 'height'}" select="tl:r($b - $a)"/>
          <xsl:attribute name="{if ($horizontal) then 'y' else 'x'}" select="$c - $thick div 2"/>
          <xsl:attribute name="{if ($horizontal) then 'height' else 'width'}" select="$thick"/>
          <xsl:if test="$conjecture"><xsl:attribute name="stroke-dasharray" select="'3 2'"/></xsl:if>
        </svg:rect>
        <!-- an open end: an arrow pointing out of the axis -->
        <xsl:variable name="h" select="$thick div 2 + 2"/>
        <xsl:if test="$item/@clip-start = 'true'">
          <svg:path class="tl-open" fill="{$colour}" d="{if ($horizontal)
              then 'M' || $a || ' ' || $c - $h || ' L' || $a - 7 || ' ' || $c || ' L' || $a || ' ' || $c + $h || ' Z'
              else 'M' || $c - $h || ' ' || $a || ' L' || $c || ' ' || $a - 7 || ' L' || $c + $h || ' ' || $a || ' Z'}"/>
        </xsl:if>
        <xsl:if test="$item/@clip-end = 'true'">
          <svg:path class="tl-open" fill="{$colour}" d="{if ($horizontal)
              then 'M' || $b || ' ' || $c - $h || ' L' || $b + 7 || ' ' || $c || ' L' || $b || ' ' || $c + $h || ' Z'
              else 'M' || $c - $h || ' ' || $b || ' L' || $c || ' ' || $b + 7 || ' L' || $c + $h || ' ' || $b || ' Z'}"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:function>

  <!-- the attributes every item's link carries -->
  <xsl:function name="tl:data" as="attribute()*">
    <xsl:param name="item" as="element(tl:item)"/>
    <xsl:param name="box" as="xs:double+"/>
    <xsl:attribute name="class" select="string-join(('tl-item', 'tl-' || $item/@kind, 'tl-conjecture'[$item/@conjecture = 'true']), ' ')"/>
    <xsl:if test="$item/@href"><xsl:attribute name="href" select="$item/@href"/></xsl:if>
    <xsl:attribute name="aria-label" select="$item/@aria"/>
    <xsl:attribute name="data-kind" select="$item/@kind"/>
    <xsl:attribute name="data-place" select="$item/@place"/>
    <xsl:for-each select="$item/(@when, @from, @to)">
      <xsl:attribute name="data-{local-name()}" select="."/>
    </xsl:for-each>
    <xsl:attribute name="data-box" select="string-join($box ! string(tl:r(.)), ' ')"/>
  </xsl:function>

  <!-- a label: its text (and an event's first mention, a link of its own), from ($x, $y) -->
  <xsl:function name="tl:label" as="element()*">
    <xsl:param name="item" as="element(tl:item)"/>
    <xsl:param name="lines" as="xs:string*"/>
    <xsl:param name="x" as="xs:double"/>
    <xsl:param name="y" as="xs:double"/>
    <xsl:param name="anchor" as="xs:string"/>
    <svg:text class="tl-label" x="{tl:r($x)}" y="{tl:r($y)}" fill="{$tl:colours(if ($item/@kind = 'event') then 'event' else 'text')}">
      <xsl:if test="$anchor != 'start'"><xsl:attribute name="text-anchor" select="$anchor"/></xsl:if>
      <xsl:for-each select="$lines">
        <xsl:choose>
          <xsl:when test="position() = 1"><xsl:value-of select="."/></xsl:when>
          <xsl:otherwise><svg:tspan x="{tl:r($x)}" dy="{$tl:narrow?line}"><xsl:value-of select="."/></svg:tspan></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </svg:text>
  </xsl:function>

  <!-- an event's first mention, after its label -->
  <xsl:function name="tl:mention" as="element()?">
    <xsl:param name="item" as="element(tl:item)"/>
    <xsl:param name="x" as="xs:double"/>
    <xsl:param name="y" as="xs:double"/>
    <xsl:for-each select="$item[@mention]">
      <svg:a class="tl-mention" href="{@mention-href}" aria-label="{@mention-aria}">
        <svg:text x="{tl:r($x)}" y="{tl:r($y)}" fill="{$tl:colours('date')}"><xsl:value-of select="@mention"/></svg:text>
      </svg:a>
    </xsl:for-each>
  </xsl:function>

  <!-- the width of an item's label on one line, with its first mention -->
  <xsl:function name="tl:label-width" as="xs:double">
    <xsl:param name="item" as="element(tl:item)"/>
    <xsl:sequence select="tl:width($item/@label, $tl:font) + ($item/@mention ! (tl:width(' ' || ., $tl:font)), 0)[1]"/>
  </xsl:function>

  <!-- ===== the wide drawing (horizontal) ===== -->

  <xsl:template name="tl:wide">
    <xsl:param name="items" as="element(tl:item)*"/>
    <xsl:param name="axis" as="map(*)"/>
    <xsl:variable name="W" select="$tl:wide?width"/>
    <xsl:variable name="x0" select="$tl:wide?x0"/>
    <xsl:variable name="x1" select="$tl:wide?x1"/>
    <xsl:variable name="row" select="$tl:wide?row"/>
    <!-- each item: its mark (lo-mark, hi-mark), its label's place and its box (lo, hi) -->
    <xsl:variable name="measured" as="element(tl:item)*">
      <xsl:for-each select="$items[@place = 'in']">
        <xsl:variable name="ext" select="tl:extent(., $axis, $x0, $x1)"/>
        <xsl:variable name="point" select="@point = 'true'"/>
        <xsl:variable name="m-lo" select="if ($point) then $ext[1] - 5 else $ext[1] - (if (@clip-start = 'true') then 8 else 0)"/>
        <xsl:variable name="m-hi" select="if ($point) then $ext[1] + 5 else $ext[2] + (if (@clip-end = 'true') then 8 else 0)"/>
        <xsl:variable name="w" select="tl:label-width(.)"/>
        <!-- a span long enough holds its label; else the label stands after the mark (or before
             it, where that finds room in a lane sooner), or before it where there is no room after -->
        <xsl:variable name="before" select="$m-lo - 4 - $w"/>
        <xsl:variable name="after" select="$m-hi + 4"/>
        <xsl:variable name="side" select="
            if (not($point) and $ext[2] - $ext[1] ge $w + 10) then 'inside'
            else if ($after + $w le $W - 2) then 'after'
            else 'before'"/>
        <xsl:variable name="tx" select="if ($side = 'inside') then $ext[1] + 5 else if ($side = 'after') then $after else $before"/>
        <tl:item lo="{min(($m-lo, $tx))}" hi="{max(($m-hi, $tx + $w))}" a="{$ext[1]}" b="{$ext[2]}" tx="{$tx}" w="{$w}">
          <xsl:if test="$side = 'after' and $before ge 2">
            <xsl:attribute name="alt-lo" select="$before"/>
            <xsl:attribute name="alt-hi" select="$m-hi"/>
            <xsl:attribute name="alt-tx" select="$before"/>
          </xsl:if>
          <xsl:sequence select="@*"/>
        </tl:item>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="events" select="tl:lanes($measured[@kind = 'event'], $tl:wide?gap)"/>
    <xsl:variable name="dates" select="tl:lanes($measured[@kind = 'date'], $tl:wide?gap)"/>
    <xsl:variable name="event-lanes" select="max((0, $events/@lane ! xs:integer(.)))"/>
    <xsl:variable name="date-lanes" select="max((0, $dates/@lane ! xs:integer(.)))"/>
    <!-- the bands from the top: year labels, events' heading and lanes, dates' heading and lanes, year labels -->
    <xsl:variable name="top" select="34"/>
    <xsl:variable name="events-top" select="$top + (if ($event-lanes) then 20 else 0)"/>
    <xsl:variable name="dates-head" select="$events-top + $event-lanes * $row + (if ($event-lanes) then 8 else 0)"/>
    <xsl:variable name="dates-top" select="$dates-head + (if ($date-lanes) then 20 else 0)"/>
    <xsl:variable name="bottom" select="$dates-top + $date-lanes * $row + 6"/>
    <!-- the lists beside the axis: a heading and its items in a row, wrapped -->
    <xsl:variable name="outside" as="element(tl:item)*">
      <xsl:iterate select="('before', 'after', 'wider')[$items/@place = .]">
        <xsl:param name="y" select="$bottom + 34"/>
        <xsl:variable name="where" select="."/>
        <xsl:variable name="group" select="sort($items[@place = $where], (), function($i) { string($i/@sort), xs:integer($i/@n) })"/>
        <xsl:variable name="head" select="ed:msg('timeline-' || $where) || ':'"/>
        <xsl:variable name="first-x" select="$x0 + tl:width($head, $tl:font) + 10"/>
        <xsl:variable name="placed" as="element(tl:item)*">
          <xsl:iterate select="$group">
            <xsl:param name="x" select="$first-x"/>
            <xsl:param name="line" select="0"/>
            <xsl:variable name="w" select="tl:label-width(.) + 12"/>
            <xsl:variable name="wrap" select="$x + $w gt $W - 4 and $x gt $first-x"/>
            <xsl:variable name="here" select="if ($wrap) then $first-x else $x"/>
            <xsl:variable name="l" select="if ($wrap) then $line + 1 else $line"/>
            <tl:item x="{$here}" line="{$l}" w="{$w - 12}" head="{$head}"><xsl:sequence select="@*"/></tl:item>
            <xsl:next-iteration>
              <xsl:with-param name="x" select="$here + $w + 10"/>
              <xsl:with-param name="line" select="$l"/>
            </xsl:next-iteration>
          </xsl:iterate>
        </xsl:variable>
        <xsl:for-each select="$placed"><tl:item y="{$y + xs:integer(@line) * $row}" first="{position() = 1}"><xsl:sequence select="@*"/></tl:item></xsl:for-each>
        <xsl:next-iteration>
          <xsl:with-param name="y" select="$y + (max($placed/@line ! xs:integer(.)) + 1) * $row + 6"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="height" select="if ($outside) then max($outside/@y ! xs:double(.)) + 14 else $bottom + 32"/>
    <svg:svg class="timeline-svg" viewBox="0 0 {$W} {$height}" width="{$W}" height="{$height}"
        font-family="Edition Serif, serif" font-size="{$tl:font}" role="group" aria-label="{ed:msg('timeline')}">
      <!-- the axis: a band for each year, labelled above and below -->
      <svg:g class="tl-axis" data-start="{$axis?start}" data-end="{$axis?end}" data-x0="{$x0}" data-x1="{$x1}" aria-hidden="true">
        <xsl:for-each select="$axis?first to $axis?last">
          <xsl:variable name="a" select="tl:at(xs:date(format-number(., '0000') || '-01-01'), $axis, $x0, $x1)"/>
          <xsl:variable name="b" select="tl:at(xs:date(format-number(. + 1, '0000') || '-01-01'), $axis, $x0, $x1)"/>
          <xsl:if test="position() mod 2 = 0">
            <svg:rect x="{$a}" y="{$top - 6}" width="{tl:r($b - $a)}" height="{$bottom - $top + 12}" fill="#f4f1e8"/>
          </xsl:if>
          <svg:text x="{tl:r(($a + $b) div 2)}" y="{$top - 14}" text-anchor="middle" font-weight="bold" fill="{$tl:colours('text')}"><xsl:value-of select="."/></svg:text>
          <svg:text x="{tl:r(($a + $b) div 2)}" y="{$bottom + 20}" text-anchor="middle" font-weight="bold" fill="{$tl:colours('text')}"><xsl:value-of select="."/></svg:text>
        </xsl:for-each>
        <xsl:for-each select="$axis?first to $axis?last + 1">
          <xsl:variable name="a" select="tl:at(xs:date(format-number(., '0000') || '-01-01'), $axis, $x0, $x1)"/>
          <svg:line x1="{$a}" x2="{$a}" y1="{$top - 28}" y2="{$bottom + 6}" stroke="{$tl:colours('rule')}" stroke-width="1"/>
        </xsl:for-each>
        <svg:line x1="{$x0}" x2="{$x1}" y1="{$top - 6}" y2="{$top - 6}" stroke="{$tl:colours('muted')}" stroke-width="1"/>
        <svg:line x1="{$x0}" x2="{$x1}" y1="{$bottom + 6}" y2="{$bottom + 6}" stroke="{$tl:colours('muted')}" stroke-width="1"/>
        <xsl:if test="$event-lanes">
          <svg:text x="{$x0 + 4}" y="{$top + 9}" font-style="italic" fill="{$tl:colours('event')}"><xsl:value-of select="ed:msg('timeline-events')"/></svg:text>
        </xsl:if>
        <xsl:if test="$date-lanes">
          <svg:line x1="{$x0}" x2="{$x1}" y1="{$dates-head}" y2="{$dates-head}" stroke="{$tl:colours('rule')}" stroke-width="1" stroke-dasharray="4 3"/>
          <svg:text x="{$x0 + 4}" y="{$dates-head + 14}" font-style="italic" fill="{$tl:colours('date')}"><xsl:value-of select="ed:msg('timeline-dates')"/></svg:text>
        </xsl:if>
      </svg:g>
      <xsl:for-each select="$events, $dates">
        <xsl:variable name="c" select="(if (@kind = 'event') then $events-top else $dates-top) + (xs:integer(@lane) - 0.5) * $row"/>
        <xsl:variable name="tx" select="xs:double(@tx)"/>
        <svg:a>
          <xsl:sequence select="tl:data(., (xs:double(@lo), $c - 7, xs:double(@hi) - xs:double(@lo), 14))"/>
          <xsl:sequence select="tl:mark(., xs:double(@a), xs:double(@b), $c, true())"/>
          <xsl:sequence select="tl:label(., @label, $tx, $c + 4, 'start')"/>
        </svg:a>
        <xsl:sequence select="tl:mention(., $tx + tl:width(@label || ' ', $tl:font), $c + 4)"/>
      </xsl:for-each>
      <xsl:for-each select="$outside">
        <xsl:variable name="y" select="xs:double(@y)"/>
        <xsl:if test="@first = 'true'">
          <svg:text x="{$x0}" y="{$y + 4}" font-style="italic" fill="{$tl:colours('muted')}"><xsl:value-of select="@head"/></svg:text>
        </xsl:if>
        <svg:a>
          <xsl:sequence select="tl:data(., (xs:double(@x), $y - 7, xs:double(@w), 14))"/>
          <xsl:sequence select="tl:label(., @label, xs:double(@x), $y + 4, 'start')"/>
        </svg:a>
        <xsl:sequence select="tl:mention(., xs:double(@x) + tl:width(@label || ' ', $tl:font), $y + 4)"/>
      </xsl:for-each>
    </svg:svg>
  </xsl:template>

  <!-- ===== the narrow drawing (vertical) ===== -->

  <!-- the narrow axis is drawn year by year: each year as tall as the labels that begin in
       it need (at least $tl:narrow?year), linear within the year; data-ticks gives the place of
       each 1 January, from the first year to the day after the last -->
  <xsl:function name="tl:at-ticks" as="xs:double">
    <xsl:param name="date" as="xs:date"/>
    <xsl:param name="axis" as="map(*)"/>
    <xsl:param name="ticks" as="xs:double+"/>
    <xsl:variable name="k" select="min((year-from-date($date) - $axis?first + 1, count($ticks) - 1))"/>
    <xsl:variable name="jan" select="xs:date(format-number($axis?first + $k - 1, '0000') || '-01-01')"/>
    <xsl:variable name="next" select="xs:date(format-number($axis?first + $k, '0000') || '-01-01')"/>
    <xsl:sequence select="tl:r($ticks[$k] + ($date - $jan) div ($next - $jan) * ($ticks[$k + 1] - $ticks[$k]))"/>
  </xsl:function>

  <xsl:template name="tl:narrow">
    <xsl:param name="items" as="element(tl:item)*"/>
    <xsl:param name="axis" as="map(*)"/>
    <xsl:variable name="W" select="$tl:narrow?width"/>
    <xsl:variable name="ax" select="$tl:narrow?axis"/>
    <xsl:variable name="line" select="$tl:narrow?line"/>
    <xsl:variable name="col" select="$tl:narrow?column"/>
    <xsl:variable name="in" select="$items[@place = 'in']"/>
    <xsl:variable name="y0" select="30"/>
    <!-- each year: room for the labels whose marks begin in it (two lines a label, as they wrap) -->
    <xsl:variable name="first-years" select="$in ! max((year-from-date(xs:date((@start[. != ''], $axis?start)[1])), $axis?first))"/>
    <xsl:variable name="heights" select="for $y in $axis?first to $axis?last
        return max(($tl:narrow?year, count($first-years[. = $y]) * (2 * $line + $tl:narrow?gap)))"/>
    <xsl:variable name="ticks" as="xs:double+">
      <xsl:iterate select="$heights">
        <xsl:param name="y" select="$y0"/>
        <xsl:on-completion select="$y"/>
        <xsl:sequence select="$y"/>
        <xsl:next-iteration><xsl:with-param name="y" select="$y + ."/></xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="y1" select="$ticks[last()]"/>
    <!-- the marks in columns: events beside the axis, dates after them -->
    <xsl:variable name="extents" as="element(tl:item)*">
      <xsl:for-each select="$in">
        <xsl:variable name="s" select="if (@start != '' and xs:date(@start) gt $axis?start) then xs:date(@start) else $axis?start"/>
        <xsl:variable name="e" select="if (@end != '' and xs:date(@end) lt $axis?end) then xs:date(@end) else $axis?end"/>
        <xsl:variable name="a" select="tl:at-ticks($s, $axis, $ticks)"/>
        <xsl:variable name="b" select="if (@point = 'true') then $a else tl:at-ticks($e, $axis, $ticks)"/>
        <tl:item a="{$a}" b="{$b}"
            lo="{$a - (if (@point = 'true') then 5 else if (@clip-start = 'true') then 8 else 0)}"
            hi="{$b + (if (@point = 'true') then 5 else if (@clip-end = 'true') then 8 else 0)}">
          <xsl:sequence select="@*"/>
        </tl:item>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="events" select="tl:lanes($extents[@kind = 'event'], 2)"/>
    <xsl:variable name="event-columns" select="max((0, $events/@lane ! xs:integer(.)))"/>
    <xsl:variable name="dates" select="tl:lanes($extents[@kind = 'date'], 2)"/>
    <xsl:variable name="date-columns" select="max((0, $dates/@lane ! xs:integer(.)))"/>
    <xsl:variable name="first-date-column" select="$ax + 12 + $event-columns * $col + (if ($event-columns) then 6 else 0)"/>
    <!-- the leaders run level from the marks, then slant to their labels -->
    <xsl:variable name="bend" select="$first-date-column + $date-columns * $col"/>
    <xsl:variable name="lx" select="$bend + 26"/>
    <xsl:variable name="room" select="$W - 4 - $lx"/>
    <!-- the labels in one column, in the order of their marks (tl:stack) -->
    <xsl:variable name="sorted" as="element(tl:item)*">
      <xsl:for-each select="sort(($events, $dates), (), function($i) { xs:double($i/@a), xs:integer($i/@n) })">
        <xsl:variable name="lines" select="tl:wrap(@label || @mention ! (' ' || .), $room)"/>
        <xsl:variable name="anchor" select="if (@point = 'true') then xs:double(@a) else xs:double(@a) + min((6, (xs:double(@b) - xs:double(@a)) div 2))"/>
        <xsl:variable name="mx" select="if (@kind = 'event') then $ax + 12 + (xs:integer(@lane) - 1) * $col
                                        else $first-date-column + (xs:integer(@lane) - 1) * $col"/>
        <tl:item h="{count($lines) * $line}" anchor="{$anchor}" mx="{$mx}">
          <xsl:sequence select="@*"/>
          <xsl:for-each select="$lines"><tl:line><xsl:value-of select="."/></tl:line></xsl:for-each>
        </tl:item>
      </xsl:for-each>
    </xsl:variable>
    <xsl:variable name="tops" select="tl:stack($sorted ! (xs:double(@anchor) - $line div 2), $sorted ! xs:double(@h), $tl:narrow?gap, 4)"/>
    <xsl:variable name="bottom" select="max(($y1, for $k in 1 to count($sorted) return $tops[$k] + xs:double($sorted[$k]/@h))) + 10"/>
    <!-- the lists: a heading, then one item a line -->
    <xsl:variable name="outside" as="element(tl:item)*">
      <xsl:iterate select="('before', 'after', 'wider')[$items/@place = .]">
        <xsl:param name="y" select="$bottom + 24"/>
        <xsl:variable name="where" select="."/>
        <xsl:variable name="group" select="sort($items[@place = $where], (), function($i) { string($i/@sort), xs:integer($i/@n) })"/>
        <xsl:variable name="placed" as="element(tl:item)*">
          <xsl:iterate select="$group">
            <xsl:param name="top" select="$y + $line + 4"/>
            <xsl:variable name="lines" select="tl:wrap(@label || @mention ! (' ' || .), $W - 8 - 16)"/>
            <tl:item top="{$top}" h="{count($lines) * $line}" head="{ed:msg('timeline-' || $where) || ':'}" first="{position() = 1}" head-y="{$y}">
              <xsl:sequence select="@*"/>
              <xsl:for-each select="$lines"><tl:line><xsl:value-of select="."/></tl:line></xsl:for-each>
            </tl:item>
            <xsl:next-iteration><xsl:with-param name="top" select="$top + count($lines) * $line + $tl:narrow?gap"/></xsl:next-iteration>
          </xsl:iterate>
        </xsl:variable>
        <xsl:sequence select="$placed"/>
        <xsl:next-iteration>
          <xsl:with-param name="y" select="($placed ! (xs:double(@top) + xs:double(@h)))[last()] + 14"/>
        </xsl:next-iteration>
      </xsl:iterate>
    </xsl:variable>
    <xsl:variable name="height" select="round(max(($bottom + 10, $outside ! (xs:double(@top) + xs:double(@h) + 6))))"/>
    <svg:svg class="timeline-svg" viewBox="0 0 {$W} {$height}" width="{$W}" height="{$height}"
        font-family="Edition Serif, serif" font-size="{$tl:font}" role="group" aria-label="{ed:msg('timeline')}">
      <svg:g class="tl-axis" data-start="{$axis?start}" data-end="{$axis?end}" data-y0="{$y0}" data-y1="{$y1}"
          data-ticks="{string-join($ticks ! string(tl:r(.)), ' ')}" aria-hidden="true">
        <xsl:for-each select="$axis?first to $axis?last">
          <xsl:variable name="k" select="position()"/>
          <xsl:if test="$k mod 2 = 0">
            <svg:rect x="0" y="{tl:r($ticks[$k])}" width="{$W}" height="{tl:r($ticks[$k + 1] - $ticks[$k])}" fill="#f4f1e8"/>
          </xsl:if>
          <svg:line x1="0" x2="{$W}" y1="{tl:r($ticks[$k])}" y2="{tl:r($ticks[$k])}" stroke="{$tl:colours('rule')}" stroke-width="1"/>
          <svg:text x="{$ax - 8}" y="{tl:r($ticks[$k]) + 14}" text-anchor="end" font-weight="bold" fill="{$tl:colours('text')}"><xsl:value-of select="."/></svg:text>
        </xsl:for-each>
        <svg:line x1="{$ax}" x2="{$ax}" y1="{$y0}" y2="{$y1}" stroke="{$tl:colours('muted')}" stroke-width="1.5"/>
        <svg:line x1="0" x2="{$W}" y1="{$y1}" y2="{$y1}" stroke="{$tl:colours('rule')}" stroke-width="1"/>
        <svg:text x="{$ax + 8}" y="{$y0 - 10}" font-style="italic" fill="{$tl:colours('event')}"><xsl:value-of select="ed:msg('timeline-events')"/></svg:text>
        <svg:text x="{$ax + 8 + tl:width(ed:msg('timeline-events'), $tl:font) + 12}" y="{$y0 - 10}" font-style="italic" fill="{$tl:colours('date')}"><xsl:value-of select="ed:msg('timeline-dates')"/></svg:text>
      </svg:g>
      <xsl:for-each select="$sorted">
        <xsl:variable name="k" select="position()"/>
        <xsl:variable name="top" select="$tops[$k]"/>
        <xsl:variable name="mx" select="xs:double(@mx)"/>
        <xsl:variable name="lines" select="tl:line ! string()"/>
        <xsl:variable name="rest" select="replace($lines[last()], '\s*\S+$', '')"/>
        <svg:a>
          <xsl:sequence select="tl:data(., ($lx - 2, $top, max($lines ! tl:width(., $tl:font)) + 4, xs:double(@h)))"/>
          <svg:path class="tl-leader" fill="none" stroke="{$tl:colours('muted')}" stroke-width="0.7"
              d="M{tl:r($mx + 5)} {@anchor} H{tl:r($bend)} L{tl:r($lx - 4)} {tl:r($top + $line div 2)}"/>
          <xsl:sequence select="tl:mark(., xs:double(@a), xs:double(@b), $mx, false())"/>
          <!-- the first mention of an event is a link of its own: the label's last word -->
          <xsl:sequence select="tl:label(., if (@mention) then ($lines[position() lt last()], $rest[.]) else $lines,
                                         $lx, $top + $line - 4, 'start')"/>
        </svg:a>
        <xsl:if test="@mention">
          <xsl:sequence select="tl:mention(., $lx + (if ($rest) then tl:width($rest || ' ', $tl:font) else 0),
                                            $top + count($lines) * $line - 4)"/>
        </xsl:if>
      </xsl:for-each>
      <xsl:for-each select="$outside">
        <xsl:variable name="top" select="xs:double(@top)"/>
        <xsl:variable name="lines" select="tl:line ! string()"/>
        <xsl:variable name="rest" select="replace($lines[last()], '\s*\S+$', '')"/>
        <xsl:if test="@first = 'true'">
          <svg:text x="4" y="{xs:double(@head-y) + $line - 4}" font-style="italic" fill="{$tl:colours('muted')}"><xsl:value-of select="@head"/></svg:text>
        </xsl:if>
        <svg:a>
          <xsl:sequence select="tl:data(., (16, $top, max($lines ! tl:width(., $tl:font)), xs:double(@h)))"/>
          <xsl:sequence select="tl:label(., if (@mention) then ($lines[position() lt last()], $rest[.]) else $lines,
                                         16, $top + $line - 4, 'start')"/>
        </svg:a>
        <xsl:if test="@mention">
          <xsl:sequence select="tl:mention(., 16 + (if ($rest) then tl:width($rest || ' ', $tl:font) else 0), $top + count($lines) * $line - 4)"/>
        </xsl:if>
      </xsl:for-each>
    </svg:svg>
  </xsl:template>

  <!-- ===== the same items as a chronological list ===== -->

  <xsl:template name="tl:list">
    <xsl:param name="items" as="element(tl:item)*"/>
    <details class="timeline-list">
      <summary><xsl:value-of select="ed:msg('timeline-list')"/></summary>
      <ol>
        <xsl:for-each select="sort($items, (), function($i) { string($i/@sort), xs:integer($i/@n) })">
          <li class="tl-{@kind}">
            <xsl:choose>
              <xsl:when test="@href"><a href="{@href}"><xsl:value-of select="@label"/></a></xsl:when>
              <xsl:otherwise><xsl:value-of select="@label"/></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="@conjecture = 'true' and @kind = 'date'"> (<xsl:value-of select="ed:msg('conjecture')"/>)</xsl:if>
            <xsl:if test="@mention">
              <xsl:text> — </xsl:text><a href="{@mention-href}" aria-label="{@mention-aria}"><xsl:value-of select="@mention"/></a>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ol>
    </details>
  </xsl:template>

</xsl:stylesheet>

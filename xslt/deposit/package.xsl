<?xml version="1.0" encoding="UTF-8"?>
<!-- What a deposit package says about itself, from the TEI header: the fields of bag-info.txt
     (as JSON: field → value) and the package's README.md. The date of the bag is the date of
     the edition's last revision (else its publication), not the day it was made, so that the
     same edition always makes the same bag (a header with neither date leaves it to bagit:
     the day the bag is made). -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:import href="../common/common.xsl"/>
  <xsl:output method="text" encoding="UTF-8"/>

  <!-- the files of the package, as the build lays them out (JSON array of paths) -->
  <xsl:param name="files" as="xs:string" select="'[]'"/>
  <!-- the outputs the package may hold and what each is: JSON array of [path, words] -->
  <xsl:param name="outputs" as="xs:string" select="'[]'"/>

  <xsl:variable name="lang" select="'en'"/>

  <!-- a licence (or a paragraph) of the header as one line: its words, and its address where
       the link policy allows it (in Markdown <address> is a link) -->
  <xsl:function name="ed:rights-statement" as="xs:string">
    <xsl:param name="statement" as="element()"/>
    <xsl:sequence select="normalize-space($statement) || ($statement/@target ! ed:link(.) ! (' &lt;' || . || '&gt;'))"/>
  </xsl:function>

  <xsl:template match="/">
    <xsl:variable name="header" select="tei:TEI/tei:teiHeader"/>
    <xsl:variable name="held" select="parse-json($files)?* ! string()"/>
    <xsl:variable name="places-with-geo" select="exists(tei:TEI/tei:standOff//tei:place//tei:geo)"/>
    <xsl:variable name="title" select="ed:edition-title(., string(tei:TEI/@xml:lang))"/>
    <xsl:variable name="date" select="(max($header/tei:revisionDesc/tei:change/@when ! xs:date(.)) ! string(), ed:publication-date(.))[1]"/>
    <xsl:variable name="source" select="ed:in-language($header/tei:fileDesc/tei:sourceDesc//tei:note[@type = 'source'], $lang)[1]"/>
    <xsl:variable name="licences" select="ed:in-language($header/tei:fileDesc/tei:publicationStmt/tei:availability/tei:licence, $lang)"/>
    <xsl:variable name="bag-info" select="map:merge((
        map { 'Source-Organization': string-join(ed:in-language($header/tei:fileDesc/tei:publicationStmt/tei:publisher, $lang) ! normalize-space(), '; '),
              'External-Description': string-join(($title, ed:edition-subtitle(., $lang)), ': '),
              'Rights': string-join(($licences ! ed:rights-statement(.)), ' ') },
        $date ! map { 'Bagging-Date': . },
        ed:edition-version(.) ! map { 'Version': . },
        (ed:doi(.) ! ('https://doi.org/' || .), ed:canonical-base(.))[1] ! map { 'External-Identifier': . },
        $source ! map { 'Source': normalize-space(.) }))" xmlns:map="http://www.w3.org/2005/xpath-functions/map"/>
    <xsl:result-document href="bag-info.json" method="text">
      <xsl:value-of select="serialize($bag-info, map { 'method': 'json', 'escape-solidus': false() })"/>
    </xsl:result-document>
    <xsl:result-document href="README.md" method="text">
      <xsl:value-of select="string-join((
          '# ' || $title, '',
          ed:edition-citation(., $lang) || '.', '',
          'A deposit package (BagIt 1.0) of a critical digital edition in TEI P5. Everything is under data/;',
          'manifest-sha256.txt and manifest-sha512.txt give the checksum of every file, bag-info.txt the',
          'edition''s title, version, date, rights and source. Check it with `bagit.py --validate` (PyPI bagit).', '',
          '## What it holds', '',
          '- `tei/`: the TEI document, the source of truth of the edition (the file to preserve);',
          '- `source/`: the witness, the transcript the text was edited from, byte for byte as received;'[exists($held[starts-with(., 'data/source/')])],
          '- `schema/`: the edition''s schema (RELAX NG compact and XML syntax, Schematron) and its ODD with the documentation of the encoding;',
          for $output in parse-json($outputs)?*
          return ('- `' || $output(1) || '`: ' || $output(2) || ';')[exists($held[. = 'data/' || $output(1) or starts-with(., 'data/' || $output(1) || '/')])],
          '- `CITATION.cff`, `codemeta.json`: how to cite the edition, for people and machines;',
          '- `LICENSE` (the software that builds the edition: MIT), `LICENSE-CONTENT.md` (the rights in the text and in its encoding and editorial matter, as the TEI header states them).', '',
          '## Rights', '',
          $licences ! ed:rights-statement(.), '',
          ed:in-language($header/tei:fileDesc/tei:publicationStmt/tei:availability/tei:p, $lang) ! normalize-space(), '',
          '## Files', '',
          parse-json($files)?* ! ('- `' || . || '`')), '&#10;') || '&#10;'"/>
    </xsl:result-document>
    <xsl:result-document href="LICENSE-CONTENT.md" method="text">
      <xsl:variable name="availability" select="$header/tei:fileDesc/tei:publicationStmt/tei:availability"/>
      <xsl:value-of select="string-join((
          '# Rights in ' || $title, '',
          'As the edition''s TEI header states them (publicationStmt/availability), in each of its languages:', '',
          $availability/(tei:licence | tei:p) ! ('- ' || ed:rights-statement(.)
                                                 || (@xml:lang ! (' (' || . || ')'))),
          '- The header states no rights.'[empty($availability)], '',
          'The software that builds the edition is under the MIT licence (`LICENSE`). The fonts of the',
          'PDF and the site are Charis SIL (SIL Open Font License 1.1).',
          ('', 'The coastlines and borders of the maps come from Natural Earth (public domain), through the npm',
           'package world-atlas (ISC licence, © Michael Bostock).')[$places-with-geo]), '&#10;') || '&#10;'"/>
    </xsl:result-document>
  </xsl:template>

</xsl:stylesheet>

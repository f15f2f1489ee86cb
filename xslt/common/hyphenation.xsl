<?xml version="1.0" encoding="UTF-8"?>
<!-- Turkish hyphenation by the syllable rules of Turkish (no patterns exist for it in
     pyphen or Debian). A Turkish syllable has exactly one vowel; a single consonant
     between two vowels begins the next syllable (a-na), of two or more consonants only
     the last does (Türk-çe, prog-ram); two adjacent vowels are split (sa-at). Loanwords
     are divided by the same rules, as Turkish orthography does.
     ed:hyphenate puts a soft hyphen (U+00AD) at every such boundary of each word that
     leaves at least two letters on either side; a word is a run of letters, so nothing is
     ever divided at an apostrophe (Ankara’nın), a hyphen or a digit. A run of letters that
     continues in the next text node (a word split by markup) only gets boundaries that
     its own letters determine, which are boundaries of the whole word too. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:ed="urn:edition:functions"
    exclude-result-prefixes="#all">

  <xsl:variable name="ed:turkish-vowels" select="'aeıioöuüâîûAEIİOÖUÜÂÎÛ'"/>
  <xsl:variable name="ed:soft-hyphen" select="'&#xAD;'"/>

  <!-- the text with soft hyphens at the syllable boundaries of its words -->
  <xsl:function name="ed:hyphenate" as="xs:string">
    <xsl:param name="text" as="xs:string"/>
    <xsl:sequence select="string-join(
        for $part in analyze-string($text, '\p{L}{5,}')/*
        return if ($part/self::*:match) then ed:hyphenate-word(string($part)) else string($part))"/>
  </xsl:function>

  <!-- one word (letters only): its syllables joined by soft hyphens -->
  <xsl:function name="ed:hyphenate-word" as="xs:string">
    <xsl:param name="word" as="xs:string"/>
    <xsl:variable name="chars" select="for $c in string-to-codepoints($word) return codepoints-to-string($c)"/>
    <xsl:variable name="n" select="count($chars)"/>
    <xsl:variable name="vowel" select="for $c in $chars return contains($ed:turkish-vowels, $c)"/>
    <!-- a boundary before position $i: before the consonant that precedes a vowel, or
         between two vowels; there must be a vowel before it, and two letters each side -->
    <xsl:variable name="breaks" as="xs:integer*" select="
        for $i in 3 to $n - 1 return
          if (((not($vowel[$i]) and $vowel[$i + 1]) or ($vowel[$i] and $vowel[$i - 1]))
              and (some $k in 1 to $i - 1 satisfies $vowel[$k])
              and (some $k in $i to $n satisfies $vowel[$k]))
          then $i else ()"/>
    <xsl:sequence select="string-join(
        for $i in 1 to $n return (if ($i = $breaks) then $ed:soft-hyphen else '') || $chars[$i])"/>
  </xsl:function>

</xsl:stylesheet>

<?xml version="1.0" encoding="UTF-8"?>
<!-- The documentation of the encoding, made from an ODD (schema/edition.odd): one XHTML
     <main> element, to stand as the <main> of a page. The ODD's prose first (its divisions,
     in every language they are written in), then each element of the schemaSpec in turn (its
     TEI module, description, attributes with their value lists, its example, and links to
     the constraints whose rules name it), then every constraint (its description, the
     contexts of its rules and their assertions, by id), with a contents list at the top.

     Nothing here knows a particular edition: every word comes from the ODD. Which
     constraints apply to an element is read from the rules' contexts: a rule applies to
     the element named by the last step of a branch of its context (tei:text//tei:persName[@ref]
     names persName); a rule on any element (tei:*[@xml:id]) is listed under the
     constraints only. -->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:teix="http://www.tei-c.org/ns/Examples"
    xmlns:sch="http://purl.oclc.org/dsdl/schematron"
    xmlns:od="urn:edition:odd-documentation"
    xmlns="http://www.w3.org/1999/xhtml"
    exclude-result-prefixes="#all">

  <xsl:output method="xhtml" html-version="5" omit-xml-declaration="yes" indent="no" encoding="UTF-8"/>

  <xsl:variable name="spec" select="(//tei:schemaSpec)[1]"/>
  <xsl:variable name="lang" select="string((/tei:TEI/@xml:lang, 'en')[1])"/>

  <!-- the TEI module of each included element -->
  <xsl:key name="module" match="tei:moduleRef[@include]" use="tokenize(normalize-space(@include), ' ')"/>
  <!-- the constraintSpecs by the names of the elements their rules' contexts end with -->
  <xsl:key name="constraints" match="tei:constraintSpec" use="od:context-elements(.)"/>

  <!-- ============================================================ contexts -->

  <!-- a context without its predicates, innermost first -->
  <xsl:function name="od:without-predicates" as="xs:string">
    <xsl:param name="path" as="xs:string"/>
    <xsl:variable name="less" select="replace($path, '\[[^\[\]]*\]', '')"/>
    <xsl:sequence select="if ($less eq $path) then $path else od:without-predicates($less)"/>
  </xsl:function>

  <xsl:function name="od:context-elements" as="xs:string*">
    <xsl:param name="constraint" as="element(tei:constraintSpec)"/>
    <xsl:sequence select="distinct-values(
        for $c in $constraint//sch:rule/@context,
            $branch in tokenize(od:without-predicates(normalize-space($c)), '\|'),
            $last in (tokenize(normalize-space($branch), '/')[normalize-space()])[last()]
        return (if (matches(normalize-space($last), '^tei:[A-Za-z][A-Za-z0-9]*$'))
                then substring-after(normalize-space($last), 'tei:') else ()))"/>
  </xsl:function>

  <!-- ============================================================ the page -->

  <!-- the name of the document whose site shows this documentation (its file name without
       .xml), or '' for the schema on its own -->
  <xsl:param name="document" as="xs:string" select="''"/>

  <!-- a division about one document (corresp="…/NAME.xml"), left out of another's -->
  <xsl:function name="od:shown" as="xs:boolean">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="$document = '' or not($div/ancestor-or-self::tei:div/@corresp[
        replace(tokenize(normalize-space(.), '/')[last()], '\.xml$', '') != $document])"/>
  </xsl:function>

  <xsl:template match="/">
    <main id="main" tabindex="-1" class="odd-documentation" lang="{$lang}">
      <h1><xsl:apply-templates select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:titleStmt/tei:title[1]/node()"/></h1>
      <xsl:apply-templates select="/tei:TEI/tei:teiHeader/tei:fileDesc/tei:publicationStmt/tei:p" mode="prose"/>
      <xsl:call-template name="contents"/>
      <xsl:apply-templates select="/tei:TEI/tei:text/tei:body/tei:div" mode="prose">
        <xsl:with-param name="level" select="2"/>
      </xsl:apply-templates>
    </main>
  </xsl:template>

  <xsl:template name="contents">
    <nav class="odd-contents" aria-labelledby="odd-contents-title">
      <h2 id="odd-contents-title">Contents</h2>
      <ol>
        <xsl:for-each select="/tei:TEI/tei:text/tei:body//tei:div[not(tei:schemaSpec)][od:shown(.)]">
          <li><a href="#{od:id(.)}"><xsl:apply-templates select="tei:head/node()"/></a></li>
        </xsl:for-each>
        <li>
          <a href="#elements">Elements</a>
          <ol class="odd-element-list">
            <xsl:for-each select="$spec/tei:elementSpec">
              <xsl:sort select="lower-case(@ident)"/>
              <li><a href="#element-{@ident}"><code>&lt;<xsl:value-of select="@ident"/>&gt;</code></a></li>
            </xsl:for-each>
          </ol>
        </li>
        <li>
          <a href="#constraints">Constraints</a>
          <ol>
            <xsl:for-each select="$spec/tei:constraintSpec">
              <li><a href="#constraint-{@ident}"><xsl:value-of select="@ident"/></a></li>
            </xsl:for-each>
          </ol>
        </li>
      </ol>
    </nav>
  </xsl:template>

  <!-- the divisions numbered in document order in one pass (not by counting those before
       each one again) -->
  <xsl:accumulator name="od:divisions" initial-value="0" as="xs:integer">
    <xsl:accumulator-rule match="tei:div" select="$value + 1"/>
  </xsl:accumulator>
  <xsl:mode use-accumulators="#all"/>

  <xsl:function name="od:id" as="xs:string">
    <xsl:param name="div" as="element(tei:div)"/>
    <xsl:sequence select="string(($div/@xml:id, 'division-' || $div/accumulator-before('od:divisions'))[1])"/>
  </xsl:function>

  <!-- ============================================================ the ODD's prose -->

  <xsl:template match="tei:div[not(od:shown(.))]" mode="prose" priority="2"/>
  <xsl:template match="tei:div" mode="prose">
    <xsl:param name="level" as="xs:integer"/>
    <section id="{od:id(.)}">
      <xsl:element name="h{min(($level, 6))}">
        <xsl:apply-templates select="tei:head/node()"/>
      </xsl:element>
      <xsl:apply-templates select="* except tei:head" mode="prose">
        <xsl:with-param name="level" select="$level + 1"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

  <xsl:template match="tei:p" mode="prose">
    <p>
      <xsl:apply-templates select="@xml:lang"/>
      <xsl:apply-templates/>
    </p>
  </xsl:template>

  <xsl:template match="tei:schemaSpec" mode="prose">
    <xsl:param name="level" as="xs:integer"/>
    <section id="elements">
      <xsl:element name="h{min(($level, 6))}">Elements</xsl:element>
      <xsl:apply-templates select="tei:elementSpec">
        <xsl:with-param name="level" select="$level + 1"/>
      </xsl:apply-templates>
    </section>
    <section id="constraints">
      <xsl:element name="h{min(($level, 6))}">Constraints</xsl:element>
      <xsl:apply-templates select="tei:constraintSpec">
        <xsl:with-param name="level" select="$level + 1"/>
      </xsl:apply-templates>
    </section>
  </xsl:template>

  <xsl:template match="*" mode="prose"/>

  <xsl:template match="@xml:lang">
    <xsl:if test=". ne $lang">
      <xsl:attribute name="lang" select="."/>
    </xsl:if>
  </xsl:template>

  <!-- ============================================================ an element -->

  <xsl:template match="tei:elementSpec">
    <xsl:param name="level" as="xs:integer"/>
    <xsl:variable name="name" select="string(@ident)"/>
    <section id="element-{$name}" class="odd-element">
      <xsl:element name="h{min(($level, 6))}"><code>&lt;<xsl:value-of select="$name"/>&gt;</code></xsl:element>
      <p class="odd-module">TEI module: <xsl:value-of select="(key('module', $name, root($spec))/@key, '—')[1]"/></p>
      <xsl:for-each select="tei:desc">
        <p class="odd-desc"><xsl:apply-templates select="@xml:lang, node()"/></p>
      </xsl:for-each>
      <xsl:if test="tei:attList/tei:attDef">
        <xsl:element name="h{min(($level + 1, 6))}">Attributes</xsl:element>
        <dl class="odd-attributes">
          <xsl:apply-templates select="tei:attList/tei:attDef"/>
        </dl>
      </xsl:if>
      <xsl:for-each select="tei:exemplum">
        <xsl:element name="h{min(($level + 1, 6))}">Example</xsl:element>
        <!-- the example's language is that of its text where it stands in its document -->
        <pre class="example"><xsl:apply-templates select="teix:egXML/@xml:lang"/><code><xsl:apply-templates select="teix:egXML/node()" mode="example"/></code></pre>
      </xsl:for-each>
      <xsl:variable name="constraints" select="key('constraints', $name, root($spec))"/>
      <xsl:if test="$constraints">
        <xsl:element name="h{min(($level + 1, 6))}">Constraints</xsl:element>
        <ul class="odd-constraints">
          <xsl:for-each select="$constraints">
            <li><a href="#constraint-{@ident}"><xsl:value-of select="@ident"/></a>: <xsl:apply-templates select="tei:desc[1]/node()"/></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="tei:attDef">
    <dt><code>@<xsl:value-of select="@ident"/></code></dt>
    <dd>
      <xsl:for-each select="tei:desc">
        <p><xsl:apply-templates select="@xml:lang, node()"/></p>
      </xsl:for-each>
      <xsl:for-each select="tei:valList[tei:valItem]">
        <p class="odd-values-head"><xsl:value-of select="if (@type = 'closed') then 'Values (closed list):' else 'Values:'"/></p>
        <ul class="odd-values">
          <xsl:for-each select="tei:valItem">
            <li data-value="{@ident}">
              <code><xsl:value-of select="@ident"/></code>
              <xsl:for-each select="tei:desc">: <xsl:apply-templates select="node()"/></xsl:for-each>
            </li>
          </xsl:for-each>
        </ul>
      </xsl:for-each>
    </dd>
  </xsl:template>

  <!-- an example, as the markup it is -->
  <xsl:template match="*" mode="example">
    <xsl:variable name="tag" select="local-name()"/>
    <xsl:value-of select="'&lt;' || $tag"/>
    <xsl:for-each select="@*">
      <xsl:value-of select="' ' || (if (namespace-uri() eq 'http://www.w3.org/XML/1998/namespace') then 'xml:' else '')
                            || local-name() || '=&quot;' || replace(replace(., '&amp;', '&amp;amp;'), '&quot;', '&amp;quot;') || '&quot;'"/>
    </xsl:for-each>
    <xsl:choose>
      <xsl:when test="node()">
        <xsl:text>&gt;</xsl:text>
        <xsl:choose>
          <!-- text in another language than the example's around it -->
          <xsl:when test="@xml:lang and @xml:lang != ancestor::*[@xml:lang][1]/@xml:lang">
            <span lang="{@xml:lang}"><xsl:apply-templates mode="example"/></span>
          </xsl:when>
          <xsl:otherwise><xsl:apply-templates mode="example"/></xsl:otherwise>
        </xsl:choose>
        <xsl:value-of select="'&lt;/' || $tag || '&gt;'"/>
      </xsl:when>
      <xsl:otherwise>/&gt;</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="text()" mode="example">
    <xsl:value-of select="replace(replace(., '&amp;', '&amp;amp;'), '&lt;', '&amp;lt;')"/>
  </xsl:template>
  <xsl:template match="comment()" mode="example">
    <xsl:value-of select="'&lt;!--' || . || '--&gt;'"/>
  </xsl:template>

  <!-- ============================================================ a constraint -->

  <xsl:template match="tei:constraintSpec">
    <xsl:param name="level" as="xs:integer"/>
    <section id="constraint-{@ident}" class="odd-constraint">
      <xsl:element name="h{min(($level, 6))}"><xsl:value-of select="@ident"/></xsl:element>
      <xsl:for-each select="tei:desc">
        <p class="odd-desc"><xsl:apply-templates select="@xml:lang, node()"/></p>
      </xsl:for-each>
      <xsl:variable name="elements" select="od:context-elements(.)"/>
      <xsl:if test="exists($elements)">
        <p class="odd-applies">
          <xsl:text>Applies to: </xsl:text>
          <xsl:for-each select="$elements">
            <xsl:if test="position() gt 1">, </xsl:if>
            <a href="#element-{.}"><code>&lt;<xsl:value-of select="."/>&gt;</code></a>
          </xsl:for-each>
        </p>
      </xsl:if>
      <xsl:if test=".//sch:rule">
        <dl class="odd-rules">
          <xsl:for-each select=".//sch:rule">
            <dt>Context: <code><xsl:value-of select="normalize-space(@context)"/></code></dt>
            <dd>
              <ul>
                <xsl:for-each select="sch:assert | sch:report">
                  <li id="assertion-{@id}">
                    <code><xsl:value-of select="@id"/></code>
                    <xsl:text>: </xsl:text>
                    <xsl:value-of select="if (self::sch:report) then 'reported when ' else 'must hold: '"/>
                    <code><xsl:value-of select="normalize-space(@test)"/></code>
                    <xsl:text>. Message: “</xsl:text>
                    <xsl:apply-templates mode="message"/>
                    <xsl:text>”</xsl:text>
                  </li>
                </xsl:for-each>
              </ul>
            </dd>
          </xsl:for-each>
        </dl>
      </xsl:if>
      <xsl:if test="not(.//sch:rule)">
        <ul class="odd-declarations">
          <xsl:for-each select="tei:constraint/*">
            <li><code><xsl:value-of select="local-name()"/>
              <xsl:for-each select="@name, @prefix">
                <xsl:value-of select="' ' || ."/>
              </xsl:for-each></code></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- a message: its words, with a computed part shown as … -->
  <xsl:template match="text()" mode="message">
    <xsl:value-of select="replace(., '\s+', ' ')"/>
  </xsl:template>
  <xsl:template match="sch:value-of | sch:name" mode="message">…</xsl:template>
  <xsl:template match="*" mode="message"><xsl:apply-templates mode="message"/></xsl:template>

  <!-- ============================================================ phrases of the ODD -->

  <xsl:template match="tei:gi">
    <code class="gi">&lt;<xsl:apply-templates/>&gt;</code>
  </xsl:template>
  <xsl:template match="tei:att">
    <code class="att">@<xsl:apply-templates/></code>
  </xsl:template>
  <xsl:template match="tei:tag">
    <code class="tag">&lt;<xsl:apply-templates/>&gt;</code>
  </xsl:template>
  <xsl:template match="tei:val">
    <code class="val">"<xsl:apply-templates/>"</code>
  </xsl:template>
  <xsl:template match="tei:code | tei:ident">
    <code><xsl:apply-templates/></code>
  </xsl:template>
  <xsl:template match="tei:mentioned | tei:emph | tei:term">
    <em><xsl:apply-templates select="@xml:lang, node()"/></em>
  </xsl:template>
  <xsl:template match="tei:title">
    <cite><xsl:apply-templates select="@xml:lang, node()"/></cite>
  </xsl:template>
  <xsl:template match="tei:foreign | tei:name">
    <span><xsl:apply-templates select="@xml:lang, node()"/></span>
  </xsl:template>
  <xsl:template match="tei:lb">
    <br/>
  </xsl:template>
  <xsl:template match="tei:*">
    <xsl:apply-templates/>
  </xsl:template>

</xsl:stylesheet>

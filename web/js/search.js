/* Search of the text, the notes and the registers, from the index the build writes
   beside the pages (search-index.js): no server, no network. Folding (edition.js,
   EDITION_FOLD): case and diacritics the Turkish way (İ/i, I/ı), so "istanbul" finds
   "İstanbul"; straight and curly apostrophes and quotation marks alike, so
   "Çiçerin'in" finds "Çiçerin’in". Each hit is shown in its context, and its link
   carries the query (?q=…#id) so that the page it opens marks it. */
(function () {
  "use strict";
  var index = window.EDITION_SEARCH || [];
  var folding = window.EDITION_FOLD;
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-results");
  var count = document.getElementById("search-count");
  if (!form || !input || !list || !folding) return;
  var WORDS = 6;       /* words of context on each side of a hit */
  var PER_PLACE = 3;   /* hits shown for one place; the others are counted */

  /* each searchable text folded once, on the first search */
  var prepared = null;
  function prepare() {
    prepared = index.map(function (item) {
      return {
        item: item,
        label: folding.fold(item.l),
        parts: (item.p || []).map(function (part) { return { text: part[0], lang: part[1], folded: folding.foldMap(part[0]) }; })
      };
    });
  }

  /* "… six words before <mark>hit</mark> six words after …" */
  function kwic(text, span, lang) {
    var p = document.createElement("p");
    p.className = "kwic";
    if (lang) p.lang = lang;
    var before = text.slice(0, span[0]).split(" ");
    var after = text.slice(span[1]).split(" ");
    var head = before.slice(-(WORDS + 1)).join(" ");
    var tail = after.slice(0, WORDS + 1).join(" ");
    var mark = document.createElement("mark");
    mark.textContent = text.slice(span[0], span[1]);
    p.append((before.length > WORDS + 1 ? "… " : "") + head, mark, tail + (after.length > WORDS + 1 ? " …" : ""));
    return p;
  }

  function withQuery(href, query) {
    var i = href.indexOf("#");
    var path = i >= 0 ? href.slice(0, i) : href;
    var hash = i >= 0 ? href.slice(i) : "";
    return path + (path.indexOf("?") >= 0 ? "&" : "?") + "q=" + encodeURIComponent(query) + hash;
  }

  function say(template, hits, places) {
    return (template || "").replace("{hits}", hits).replace("{places}", places);
  }

  function run(query) {
    list.textContent = "";
    if (count) count.textContent = "";
    var q = folding.fold(query);
    if (!q) return;
    if (!prepared) prepare();
    var hits = 0, places = 0;
    prepared.forEach(function (entry) {
      var found = [];
      entry.parts.forEach(function (part) {
        folding.findAll(part.folded, q).forEach(function (span) { found.push({ part: part, span: span }); });
      });
      var inLabel = entry.label.indexOf(q) >= 0;
      if (!found.length && !inLabel) return;
      places += 1;
      hits += Math.max(found.length, 1);
      var li = document.createElement("li");
      var head = document.createElement("p");
      head.className = "hit-place";
      var a = document.createElement("a");
      a.href = withQuery(entry.item.u, query.trim());
      a.textContent = entry.item.l;
      head.appendChild(a);
      if (entry.item.k) {
        var kind = document.createElement("span");
        kind.className = "hit-kind";
        kind.textContent = " · " + entry.item.k;
        head.appendChild(kind);
      }
      li.appendChild(head);
      found.slice(0, PER_PLACE).forEach(function (hit) { li.appendChild(kwic(hit.part.text, hit.span, hit.part.lang)); });
      if (found.length > PER_PLACE) {
        var more = document.createElement("p");
        more.className = "hit-more";
        more.textContent = (count && count.dataset.more || "+{n}").replace("{n}", found.length - PER_PLACE);
        li.appendChild(more);
      }
      list.appendChild(li);
    });
    if (count) {
      count.textContent = !places ? list.dataset.none
        : say(hits === 1 ? count.dataset.countOne : places === 1 ? count.dataset.countOnePlace : count.dataset.count, hits, places);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var params = new URLSearchParams(location.search);
    params.set("q", input.value);
    history.replaceState(null, "", "?" + params.toString());
    run(input.value);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();

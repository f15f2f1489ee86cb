/* Progressive enhancement of the edition's pages. Without this script every note, entry
   and reading is still reachable by ordinary links, and the view controls work by CSS;
   with it, footnotes and names open as popovers (keyboard: Enter opens, Escape or
   leaving it with Tab closes), text and apparatus light up together, a paragraph's
   citation can be copied, the chosen view is kept in the address (?view=diplomatic&
   witness=1&hl=person,date) and carried to the registers and back, and a search hit
   (?q=…#id) is marked on the page it opens. */
(function () {
  "use strict";
  var entities = window.EDITION_ENTITIES || {};
  var labels = window.EDITION_LABELS || {};
  var open = null;

  /* ===== folding for search: Turkish case (İ/i, I/ı), no diacritics, one kind of
     apostrophe and one of quotation mark, runs of blank space as one space ===== */
  var MARKS = {
    "'": "'", "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u0060": "'", "\u00b4": "'", "\u2039": "'", "\u203a": "'",
    "\"": "\"", "\u201c": "\"", "\u201d": "\"", "\u201e": "\"", "\u201f": "\"", "\u00ab": "\"", "\u00bb": "\"", "\u2033": "\""
  };
  var foldCache = Object.create(null);
  function foldChar(c) {
    if (!(c in foldCache)) {
      foldCache[c] = MARKS[c] || (/\s/.test(c) ? " "
        : c.toLocaleLowerCase("tr").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u0131/g, "i"));
    }
    return foldCache[c];
  }
  /* the folded text, and for each of its characters the index of the character of s it
     comes from (one more at the end), so that a hit in the folded text is a span of s */
  function foldMap(s) {
    var text = "", map = [], i = 0;
    while (i < s.length) {
      var c = String.fromCodePoint(s.codePointAt(i));
      var f = foldChar(c);
      if (f === " " && (text === "" || text.charAt(text.length - 1) === " ")) f = "";
      for (var k = 0; k < f.length; k++) { text += f.charAt(k); map.push(i); }
      i += c.length;
    }
    map.push(s.length);
    return { text: text, map: map };
  }
  function fold(s) { return foldMap(s).text.trim(); }
  /* the spans [start, end) of s where the (folded) query q is found */
  function findAll(folded, q) {
    var spans = [];
    if (!q) return spans;
    for (var at = folded.text.indexOf(q); at >= 0; at = folded.text.indexOf(q, at + q.length)) {
      spans.push([folded.map[at], folded.map[at + q.length]]);
    }
    return spans;
  }
  window.EDITION_FOLD = { fold: fold, foldMap: foldMap, findAll: findAll };

  /* ===== the view: reading or diplomatic, witness readings, highlights ===== */
  var HIGHLIGHTS = ["person", "place", "org", "event", "date"];
  var VIEW_KEYS = ["view", "witness", "hl"];
  var PAGES = /^(?:index|persons|places|organisations|events|bibliography|about|search)\.html$/;
  var STORE = "edition-view";
  var controls = document.querySelector("form.controls");

  function splitHref(href) {
    var hash = "", query = "", i = href.indexOf("#");
    if (i >= 0) { hash = href.slice(i); href = href.slice(0, i); }
    i = href.indexOf("?");
    if (i >= 0) { query = href.slice(i + 1); href = href.slice(0, i); }
    return { path: href, query: query, hash: hash };
  }
  /* a view from query parameters, or null where they name none */
  function viewFrom(query) {
    var params = new URLSearchParams(query);
    if (!VIEW_KEYS.some(function (k) { return params.has(k); })) return null;
    return {
      view: params.get("view") === "diplomatic" ? "diplomatic" : "reading",
      witness: ["1", "true", "yes", "on"].indexOf(params.get("witness") || "") >= 0,
      hl: (params.get("hl") || "").split(",").filter(function (h) { return HIGHLIGHTS.indexOf(h) >= 0; })
    };
  }
  /* the parameters of a view ("" for the default view, which needs none) */
  function viewQuery(v) {
    if (!v) return "";
    var parts = [];
    if (v.view === "diplomatic") parts.push("view=diplomatic");
    if (v.witness) parts.push("witness=1");
    if (v.hl.length) parts.push("hl=" + v.hl.join(","));
    return parts.join("&");
  }
  /* an address with the view's parameters in place of any it had, the rest kept */
  function withView(href, v) {
    var h = splitHref(href);
    var params = new URLSearchParams(h.query);
    VIEW_KEYS.forEach(function (k) { params.delete(k); });
    var query = [params.toString(), viewQuery(v)].filter(Boolean).join("&");
    return h.path + (query ? "?" + query : "") + h.hash;
  }
  function remember(v) {
    try { sessionStorage.setItem(STORE, viewQuery(v) || "view=reading"); } catch (e) { /* storage off */ }
  }
  function remembered() {
    try { return viewFrom(sessionStorage.getItem(STORE) || ""); } catch (e) { return null; }
  }
  /* a link to another page of this site (same folder, or another interface language's,
     whose folder is named by its language code) */
  function isSiteLink(a) {
    var href = a.getAttribute("href");
    if (!href || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.charAt(0) === "/" || href.charAt(0) === "#") return false;
    var path = splitHref(href).path.split("/");
    return PAGES.test(path[path.length - 1]) && path.slice(0, -1).every(function (s) { return s === ".." || /^[a-z]{2,3}$/.test(s); });
  }
  function carry(root, v) {
    (root || document).querySelectorAll("a[href]").forEach(function (a) {
      if (isSiteLink(a)) a.setAttribute("href", withView(a.getAttribute("href"), v));
    });
  }
  function readControls() {
    var v = { view: "reading", witness: false, hl: [] };
    var diplomatic = document.getElementById("view-diplomatic");
    var witness = document.getElementById("show-witness");
    if (diplomatic && diplomatic.checked) v.view = "diplomatic";
    if (witness && witness.checked) v.witness = true;
    HIGHLIGHTS.forEach(function (h) {
      var box = document.getElementById("hl-" + h);
      if (box && box.checked) v.hl.push(h);
    });
    return v;
  }
  function applyControls(v) {
    var radio = document.getElementById(v.view === "diplomatic" ? "view-diplomatic" : "view-reading");
    if (radio) radio.checked = true;
    var witness = document.getElementById("show-witness");
    if (witness) witness.checked = v.witness;
    HIGHLIGHTS.forEach(function (h) {
      var box = document.getElementById("hl-" + h);
      if (box) box.checked = v.hl.indexOf(h) >= 0;
    });
  }
  function showInAddress(v) {
    var url = location.pathname + withView(location.search + location.hash, v);
    try { history.replaceState(history.state, "", url); } catch (e) { /* a browser that refuses */ }
  }

  /* the view of this page: the address's, else the one this tab last chose */
  var current = viewFrom(location.search) || remembered();
  if (controls) {
    if (current) applyControls(current);
    current = readControls();  /* also what the browser restored into the form */
    showInAddress(current);
    controls.addEventListener("change", function () {
      current = readControls();
      showInAddress(current);
      remember(current);
      carry(document, current);
    });
  }
  if (current) {
    remember(current);
    carry(document, current);
  }
  /* links made later (popovers, search results) get the view when followed */
  document.addEventListener("click", function (event) {
    var a = event.target.closest && event.target.closest("a[href]");
    if (a && current && isSiteLink(a)) a.setAttribute("href", withView(a.getAttribute("href"), current));
  }, true);

  /* ===== popovers ===== */
  function closePopover(returnFocus) {
    if (!open) return;
    var opener = open.opener;
    open.box.remove();
    open = null;
    if (returnFocus && opener) opener.focus();
  }

  function focusables(box) {
    return Array.prototype.filter.call(box.querySelectorAll("a[href], button, input, select, textarea, [tabindex]"),
      function (el) { return el.tabIndex >= 0 && el.getClientRects().length > 0; });
  }

  function showPopover(opener, content) {
    closePopover(false);
    var box = document.createElement("div");
    box.className = "popover";
    box.setAttribute("role", "dialog");
    box.setAttribute("aria-label", opener.getAttribute("aria-label") || opener.textContent);
    box.tabIndex = -1;
    var close = document.createElement("button");
    close.className = "popover-close";
    close.type = "button";
    close.setAttribute("aria-label", labels.close || "Close");
    close.textContent = "×";
    close.addEventListener("click", function () { closePopover(true); });
    box.appendChild(close);
    box.appendChild(content);
    document.body.appendChild(box);
    var r = opener.getBoundingClientRect();
    var left = Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - box.offsetWidth - 8);
    box.style.left = Math.max(window.scrollX + 4, left) + "px";
    box.style.top = (window.scrollY + r.bottom + 6) + "px";
    open = { box: box, opener: opener };
    if (current) carry(box, current);
    /* the popover stands, for the keyboard, right after its opener: Tab past its last
       link goes on from the opener to what follows it, Shift+Tab from its first goes
       back to the opener; either way it closes, as it does when focus goes anywhere else */
    box.addEventListener("keydown", function (event) {
      if (event.key !== "Tab") return;
      var list = focusables(box);
      var here = document.activeElement;
      if (!event.shiftKey && (!list.length || here === list[list.length - 1])) {
        opener.focus();  /* the browser's Tab then moves on from the opener */
      } else if (event.shiftKey && (here === box || here === list[0])) {
        event.preventDefault();
        opener.focus();
      }
    });
    box.addEventListener("focusout", function () {
      setTimeout(function () {
        if (!open || open.box !== box) return;
        if (!document.hasFocus()) return;  /* another window: keep it for the reader's return */
        if (box.contains(document.activeElement)) return;
        closePopover(false);
      }, 0);
    });
    box.focus();
  }

  function footnoteContent(link) {
    var note = document.getElementById(link.getAttribute("href").slice(1));
    var wrap = document.createElement("div");
    if (!note) return wrap;
    var copy = note.cloneNode(true);
    copy.removeAttribute("id");
    copy.querySelectorAll("[id]").forEach(function (el) { el.removeAttribute("id"); });
    copy.querySelectorAll(".backlink").forEach(function (el) { el.remove(); });
    copy.querySelectorAll("mark.search-hit").forEach(function (el) { el.replaceWith(el.textContent); });
    wrap.lang = note.closest("[lang]") ? note.closest("[lang]").lang : "";
    wrap.append.apply(wrap, Array.prototype.slice.call(copy.childNodes));
    return wrap;
  }

  function entityContent(link) {
    var id = link.getAttribute("href").split("#")[1];
    var data = entities[id];
    var wrap = document.createElement("div");
    if (!data) return wrap;
    var name = document.createElement("p");
    var strong = document.createElement("strong");
    if (labels.textLang) strong.lang = labels.textLang;  /* the name as the text's language writes it */
    strong.textContent = data[0];
    name.appendChild(strong);
    name.appendChild(document.createTextNode(" · " + data[1]));
    wrap.appendChild(name);
    var dl = document.createElement("dl");
    [[data[2]], [data[3]], [data[4]]].forEach(function (row) {
      if (!row[0]) return;
      var dd = document.createElement("dd");
      dd.textContent = row[0];
      dl.appendChild(dd);
    });
    wrap.appendChild(dl);
    var links = document.createElement("p");
    var reg = document.createElement("a");
    reg.href = data[5];
    reg.textContent = labels.register || "Register";
    links.appendChild(reg);
    (data[6] || []).forEach(function (pair) {
      links.appendChild(document.createTextNode(" · "));
      var a = document.createElement("a");
      a.href = pair[1];
      a.rel = "external";
      a.textContent = pair[0];
      links.appendChild(a);
    });
    wrap.appendChild(links);
    return wrap;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a.fn-ref, a.ent");
    if (link) {
      event.preventDefault();
      showPopover(link, link.classList.contains("fn-ref") ? footnoteContent(link) : entityContent(link));
      return;
    }
    if (open && !open.box.contains(event.target)) closePopover(false);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closePopover(true);
  });

  /* text and apparatus light up together */
  function pair(el) {
    var id = el.dataset.app || (el.closest(".app") && el.closest(".app").id);
    return id ? [document.getElementById(id), document.getElementById("entry-" + id)] : [];
  }
  ["mouseover", "focusin"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var el = event.target.closest && event.target.closest(".app, .app-entry");
      pair(el || document.body).forEach(function (x) { if (x) x.classList.add("is-linked"); });
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    document.addEventListener(type, function (event) {
      var el = event.target.closest && event.target.closest(".app, .app-entry");
      pair(el || document.body).forEach(function (x) { if (x) x.classList.remove("is-linked"); });
    });
  });

  /* cite this paragraph: the citation as the build wrote it (with the edition's canonical
     address where it has one, never the address the page was opened from), and a copy button */
  document.querySelectorAll(".cite-p .citation").forEach(function (p) {
    if (!navigator.clipboard) return;
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = labels.copy || "Copy";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(p.textContent).then(function () { button.textContent = labels.copied || "Copied"; });
    });
    p.after(button);
  });

  /* ===== a search hit: ?q=… marks the query inside the element the address points
     at (or the whole page) and brings the first mark into view ===== */
  var SKIP = ".pnum, .app-ref, .fn-ref, .comm-ref, .backlink, .cite-p, .lb, .pb, script, style, noscript, .popover";
  function shownText(root) {
    var nodes = [], text = "";
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    var seen = new Map();
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      var parent = node.parentElement;
      if (!parent) continue;
      var shown = seen.get(parent);
      if (shown === undefined) {
        shown = !parent.closest(SKIP) && parent.getClientRects().length > 0;
        seen.set(parent, shown);
      }
      if (!shown) continue;
      nodes.push({ node: node, start: text.length });
      text += node.data;
    }
    return { nodes: nodes, text: text };
  }
  function markQuery(root, query) {
    var q = fold(query);
    if (!q) return [];
    var shown = shownText(root);
    var spans = findAll(foldMap(shown.text), q);
    var marks = [];
    for (var r = spans.length - 1; r >= 0; r--) {
      for (var n = shown.nodes.length - 1; n >= 0; n--) {
        var node = shown.nodes[n].node, start = shown.nodes[n].start;
        var a = Math.max(spans[r][0], start) - start;
        var b = Math.min(spans[r][1], start + node.data.length) - start;
        if (b <= 0 || a >= node.data.length || a >= b) continue;
        var middle = a > 0 ? node.splitText(a) : node;
        if (b - a < middle.data.length) middle.splitText(b - a);
        var mark = document.createElement("mark");
        mark.className = "search-hit";
        middle.replaceWith(mark);
        mark.appendChild(middle);
        marks.unshift(mark);
      }
    }
    return marks;
  }
  var searched = new URLSearchParams(location.search).get("q");
  if (searched && !document.getElementById("search-q")) {
    var target = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) || document.querySelector("main");
    var marks = target ? markQuery(target, searched) : [];
    if (marks.length) {
      var bring = function () { marks[0].scrollIntoView({ block: "center" }); };
      bring();
      window.addEventListener("load", bring, { once: true });
    }
  }
})();

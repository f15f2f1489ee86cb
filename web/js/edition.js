/* Progressive enhancement of the edition page. Without this script every note, entry
   and reading is still reachable by ordinary links; with it, footnotes and names open
   as popovers (keyboard: Enter opens, Escape closes), text and apparatus light up
   together, and a paragraph's citation can be copied. */
(function () {
  "use strict";
  var entities = window.EDITION_ENTITIES || {};
  var labels = window.EDITION_LABELS || {};
  var open = null;

  function closePopover(returnFocus) {
    if (!open) return;
    var opener = open.opener;
    open.box.remove();
    open = null;
    if (returnFocus && opener) opener.focus();
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
    strong.lang = "tr";
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

  /* cite this paragraph: the citation with the page's own address, and a copy button */
  document.querySelectorAll(".cite-p .citation").forEach(function (p) {
    var para = p.closest(".p");
    var url = location.href.split("#")[0] + "#" + para.id;
    p.textContent = p.textContent.replace(/\(#[^)]*\)\.$/, "") + " " + url;
    if (!navigator.clipboard) return;
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = labels.copy || "Copy";
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(p.textContent).then(function () { button.textContent = labels.copied || "Copied"; });
    });
    p.after(button);
  });
})();

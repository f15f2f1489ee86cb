/* Search of the text and the registers, from the index the build writes beside the
   pages (search-index.js): no server, no network. Case and diacritics are folded
   the Turkish way (İ/i, I/ı), so "istanbul" finds "İstanbul". */
(function () {
  "use strict";
  var index = window.EDITION_SEARCH || [];
  var form = document.querySelector(".search-form");
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-results");
  if (!form || !input || !list) return;

  function fold(s) {
    return s.toLocaleLowerCase("tr").normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/ı/g, "i");
  }

  function snippet(text, at, length) {
    var start = Math.max(0, at - 60);
    var end = Math.min(text.length, at + length + 60);
    var frag = document.createDocumentFragment();
    frag.append((start > 0 ? "…" : "") + text.slice(start, at));
    var mark = document.createElement("mark");
    mark.textContent = text.slice(at, at + length);
    frag.append(mark, text.slice(at + length, end) + (end < text.length ? "…" : ""));
    return frag;
  }

  function run(query) {
    list.textContent = "";
    var q = fold(query.trim());
    if (!q) return;
    var hits = 0;
    index.forEach(function (item) {
      var folded = fold(item.t);
      var at = folded.indexOf(q);
      var inLabel = fold(item.l).indexOf(q) >= 0;
      if (at < 0 && !inLabel) return;
      hits += 1;
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = item.u;
      a.textContent = item.l;
      li.appendChild(a);
      if (at >= 0) {
        var p = document.createElement("p");
        p.lang = "tr";
        p.appendChild(snippet(item.t, at, q.length));
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    if (!hits) {
      var none = document.createElement("li");
      none.textContent = list.dataset.none;
      list.appendChild(none);
    }
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    run(input.value);
  });
  var initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    run(initial);
  }
})();

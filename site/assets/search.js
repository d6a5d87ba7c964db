/*
 * Gloss search: loads the index chunks that the build wrote as scripts (so it works from file://,
 * where fetch is refused), one after another, and lists readings, entries and paragraphs that
 * contain every word of the query. Results link to the exact paragraph with ?q= so that the
 * reading page highlights the words found there.
 */
(function () {
  "use strict";

  var MAX_RESULTS = 100;
  var chunks = [];

  window.glossSearchChunk = function (n, records) {
    chunks[n] = records;
  };

  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function loadChunk(n, done) {
    var script = document.createElement("script");
    script.src = "search/index-" + n + ".js";
    script.onload = function () { done(true); };
    script.onerror = function () { done(false); };
    document.head.appendChild(script);
  }

  function loadAll(total, progress, done) {
    var n = 0;
    function next() {
      if (n >= total) {
        done();
        return;
      }
      loadChunk(n, function (ok) {
        if (!ok) {
          progress("Part " + (n + 1) + " of the search index could not be loaded.");
        }
        n++;
        next();
      });
    }
    next();
  }

  function score(record, terms) {
    var title = normalise(record[2]);
    var text = normalise(record[3]);
    var total = 0;
    for (var i = 0; i < terms.length; i++) {
      var inTitle = title.indexOf(terms[i]) >= 0;
      var inText = text.indexOf(terms[i]) >= 0;
      if (!inTitle && !inText) {
        return 0;
      }
      total += (inTitle ? 3 : 0) + (inText ? 1 : 0);
    }
    var kind = record[0] === "e" ? 3 : record[0] === "r" ? 2 : 1;
    return total * 10 + kind;
  }

  function snippet(text, terms) {
    var lower = normalise(text);
    var at = lower.length === text.length ? lower.indexOf(terms[0]) : -1;
    var start = Math.max(0, at - 80);
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < at ? space + 1 : start;
    }
    var end = Math.min(text.length, (at < 0 ? 0 : at) + 160);
    if (end < text.length) {
      var stop = text.lastIndexOf(" ", end);
      end = stop > at ? stop : end;
    }
    return { text: (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length ? "…" : ""), terms: terms };
  }

  function appendMarked(parent, text, terms) {
    var lower = normalise(text);
    if (lower.length !== text.length) {
      parent.appendChild(document.createTextNode(text));
      return;
    }
    var cursor = 0;
    while (cursor < text.length) {
      var best = -1;
      var bestTerm = "";
      terms.forEach(function (term) {
        var at = lower.indexOf(term, cursor);
        if (at >= 0 && (best < 0 || at < best)) {
          best = at;
          bestTerm = term;
        }
      });
      if (best < 0) {
        break;
      }
      parent.appendChild(document.createTextNode(text.substring(cursor, best)));
      var mark = document.createElement("mark");
      mark.textContent = text.substring(best, best + bestTerm.length);
      parent.appendChild(mark);
      cursor = best + bestTerm.length;
    }
    parent.appendChild(document.createTextNode(text.substring(cursor)));
  }

  function link(record, query) {
    var href = record[1];
    if (record[0] === "e") {
      return href;
    }
    var hash = href.indexOf("#");
    var path = hash < 0 ? href : href.substring(0, hash);
    return path + "?q=" + encodeURIComponent(query) + (hash < 0 ? "" : href.substring(hash));
  }

  function show(query, status, list) {
    var terms = normalise(query).split(/\s+/).filter(function (t) { return t.length > 0; });
    var found = [];
    chunks.forEach(function (records) {
      (records || []).forEach(function (record) {
        var s = score(record, terms);
        if (s > 0) {
          found.push({ record: record, score: s });
        }
      });
    });
    found.sort(function (a, b) { return b.score - a.score || a.record[1].localeCompare(b.record[1]); });
    list.textContent = "";
    found.slice(0, MAX_RESULTS).forEach(function (hit) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = link(hit.record, query);
      a.textContent = hit.record[2];
      li.appendChild(a);
      var kind = document.createElement("span");
      kind.className = "aside";
      kind.textContent = hit.record[0] === "e" ? " entry" : hit.record[0] === "r" ? " reading" : " paragraph";
      li.appendChild(kind);
      var p = document.createElement("p");
      var cut = snippet(hit.record[3], terms);
      appendMarked(p, cut.text, terms);
      li.appendChild(p);
      list.appendChild(li);
    });
    status.textContent = found.length === 0
      ? "Nothing found for “" + query + "”."
      : found.length + " found for “" + query + "”" + (found.length > MAX_RESULTS ? "; the first " + MAX_RESULTS + " are shown." : ".");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var input = document.getElementById("q");
    var status = document.getElementById("search-status");
    var list = document.getElementById("search-results");
    var query = (new URLSearchParams(window.location.search).get("q") || "").trim();
    if (!input || !window.GLOSS_SEARCH) {
      return;
    }
    input.value = query;
    if (!query) {
      return;
    }
    status.textContent = "Searching…";
    loadAll(window.GLOSS_SEARCH.chunks, function (message) { status.textContent = message; }, function () {
      show(query, status, list);
    });
  });
})();

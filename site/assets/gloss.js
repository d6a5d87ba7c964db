/*
 * Gloss reading pages: highlights an assigned paragraph range (#p3-p7) and the words a search
 * found (?q=...). The pages work without it; it only adds these two conveniences.
 */
(function () {
  "use strict";

  function clearMarks(className) {
    document.querySelectorAll("." + className).forEach(function (el) {
      el.classList.remove(className);
    });
  }

  function showRange() {
    clearMarks("assigned");
    var match = /^#p(\d+)-p?(\d+)$/.exec(window.location.hash);
    if (!match) {
      return;
    }
    var from = parseInt(match[1], 10);
    var to = parseInt(match[2], 10);
    if (to < from) {
      var swap = from;
      from = to;
      to = swap;
    }
    var first = null;
    for (var n = from; n <= to; n++) {
      var p = document.getElementById("p" + n);
      if (p) {
        p.classList.add("assigned");
        first = first || p;
      }
    }
    if (first) {
      first.scrollIntoView();
      var note = document.getElementById("range-note");
      if (note) {
        note.textContent = "Paragraphs " + from + " to " + to + " are highlighted.";
      }
    }
  }

  function normalise(text) {
    return text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function highlightQuery() {
    var query = new URLSearchParams(window.location.search).get("q");
    if (!query) {
      return;
    }
    var terms = normalise(query).split(/\s+/).filter(function (t) { return t.length > 1; });
    if (terms.length === 0) {
      return;
    }
    var scope = null;
    if (/^#p\d+$/.test(window.location.hash)) {
      scope = document.getElementById(window.location.hash.substring(1));
    }
    var roots = scope ? [scope] : Array.prototype.slice.call(document.querySelectorAll(".text p.para"));
    roots.forEach(function (root) {
      var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: function (node) {
          var parent = node.parentElement;
          return parent && parent.closest(".pnum, .sidenote, sup, mark") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
        }
      });
      var nodes = [];
      while (walker.nextNode()) {
        nodes.push(walker.currentNode);
      }
      nodes.forEach(function (node) { markTerms(node, terms); });
    });
  }

  function markTerms(node, terms) {
    var text = node.nodeValue;
    var lower = normalise(text);
    var ranges = [];
    terms.forEach(function (term) {
      var at = lower.indexOf(term);
      while (at >= 0) {
        ranges.push([at, at + term.length]);
        at = lower.indexOf(term, at + term.length);
      }
    });
    if (ranges.length === 0 || lower.length !== text.length) {
      return;
    }
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment();
    var cursor = 0;
    ranges.forEach(function (range) {
      if (range[0] < cursor) {
        return;
      }
      fragment.appendChild(document.createTextNode(text.substring(cursor, range[0])));
      var mark = document.createElement("mark");
      mark.className = "found";
      mark.textContent = text.substring(range[0], range[1]);
      fragment.appendChild(mark);
      cursor = range[1];
    });
    fragment.appendChild(document.createTextNode(text.substring(cursor)));
    node.parentNode.replaceChild(fragment, node);
  }

  document.addEventListener("DOMContentLoaded", function () {
    showRange();
    highlightQuery();
  });
  window.addEventListener("hashchange", showRange);
})();

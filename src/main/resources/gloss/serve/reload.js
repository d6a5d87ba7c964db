/* Gloss preview: reloads the page after each good rebuild and shows the errors of a failed one.
   Served only by `gloss serve`; never part of the site. */
(function () {
  "use strict";
  var match = /[?&]build=(\d+)/.exec(document.currentScript ? document.currentScript.src : "");
  var build = match ? Number(match[1]) : null;
  var overlay = null;

  function show(errors) {
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = "gloss-build-errors";
      overlay.setAttribute("role", "alert");
      var s = overlay.style;
      s.position = "fixed"; s.left = "0"; s.right = "0"; s.top = "0"; s.maxHeight = "60vh";
      s.overflow = "auto"; s.zIndex = "2147483647"; s.margin = "0"; s.padding = "1em 1.5em";
      s.background = "#2b0d0d"; s.color = "#ffe8e8"; s.font = "14px/1.5 monospace";
      s.whiteSpace = "pre-wrap"; s.boxShadow = "0 4px 16px rgba(0,0,0,.4)";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "The last build failed; this is the last good version of the page.\n\n"
      + errors.join("\n");
  }

  function hide() {
    if (overlay) { overlay.remove(); overlay = null; }
  }

  function poll() {
    fetch("/__gloss/status", {cache: "no-store"})
      .then(function (response) { return response.json(); })
      .then(function (status) {
        if (build === null) { build = status.build; }
        if (status.build !== build) { location.reload(); return; }
        if (status.errors.length > 0) { show(status.errors); } else { hide(); }
        setTimeout(poll, 500);
      })
      .catch(function () { setTimeout(poll, 1500); });
  }

  poll();
}());

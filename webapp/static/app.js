// Progressive enhancement only: every control also works as a plain GET form without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var NARROW = window.matchMedia("(max-width: 52rem)");

  function submitOnChange(form) {
    form.addEventListener("change", function (event) {
      var target = event.target;
      if (!target.hasAttribute || !target.hasAttribute("data-autosubmit")) return;
      // Submitting drops `page`, so a new filter or sort starts at page 1.
      if (form.requestSubmit) form.requestSubmit();
      else form.submit();
    });
  }

  function fitDrawer(drawer) {
    // The facet drawer is open on wide screens and folded on phones.
    drawer.open = !NARROW.matches;
  }

  function init() {
    var form = document.getElementById("search-form");
    if (form) submitOnChange(form);
    var drawer = document.querySelector("[data-drawer]");
    if (drawer) {
      fitDrawer(drawer);
      NARROW.addEventListener("change", function () { fitDrawer(drawer); });
    }
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

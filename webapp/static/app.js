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
    // The facet drawer is open on wide screens and folded on phones, unless the URL says the
    // reader had it open (filters=open): then a facet click does not fold it away.
    drawer.open = !NARROW.matches || drawer.hasAttribute("data-open-in-url");
  }

  function rememberDrawer(drawer) {
    // While the drawer is open on a phone, the form carries filters=open into the next URL.
    var state = drawer.querySelector("[data-drawer-state]");
    if (!state) return;
    var sync = function () { state.disabled = !(NARROW.matches && drawer.open); };
    drawer.addEventListener("toggle", sync);
    NARROW.addEventListener("change", sync);
    if (state.form) state.form.addEventListener("submit", sync);
    sync();
  }

  function markScrollable(box) {
    // A table wider than its box: say that it scrolls sideways.
    var wide = box.scrollWidth > box.clientWidth + 1;
    box.classList.toggle("is-scrollable", wide);
    var hint = box.previousElementSibling;
    var hasHint = hint && hint.classList.contains("scroll-hint");
    if (wide && !hasHint) {
      hint = document.createElement("p");
      hint.className = "scroll-hint";
      hint.textContent = "表格较宽，可左右滑动查看";
      box.parentNode.insertBefore(hint, box);
    } else if (!wide && hasHint) {
      hint.remove();
    }
  }

  function init() {
    var form = document.getElementById("search-form");
    if (form) submitOnChange(form);
    var drawer = document.querySelector("[data-drawer]");
    if (drawer) {
      fitDrawer(drawer);
      rememberDrawer(drawer);
      NARROW.addEventListener("change", function () { fitDrawer(drawer); });
    }
    var boxes = document.querySelectorAll(".table-scroll");
    var check = function () { boxes.forEach(markScrollable); };
    check();
    window.addEventListener("resize", check);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();

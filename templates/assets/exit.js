// The quick exit (id="quick-exit"): leaves for a neutral site in place of this page, so that
// the Back button does not return to it. Escape does the same, for a keyboard.
"use strict";
(function () {
  var exit = document.getElementById("quick-exit");
  if (!exit) return;
  function leave(event) {
    if (event) event.preventDefault();
    window.location.replace(exit.href);
  }
  exit.addEventListener("click", leave);
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") leave(event);
  });
})();

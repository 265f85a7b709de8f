// Fits each printed sheet (flyer, card sheet) to its page. A sheet is drawn for English; a
// language whose text runs longer steps through the tighter layouts that style.css defines
// for `data-fit="1"` to `"4"`, until nothing overflows its box. Those layouts shrink
// headings, spacing and line height, never the body text below 16 pt or the phone number
// below 36 pt (CONTENT.md's print rules). When even the tightest layout overflows, the sheet
// is marked `data-overflow`: the screen shows it in red, and the console says so.
// Without JavaScript a sheet keeps its normal layout.
"use strict";
(function () {
  const TIGHTEST = 4;
  // A sheet overflows when its page, or any card on it, holds more than its box shows.
  const overflows = (page) =>
    [page, ...page.querySelectorAll(".card")].some((box) => box.scrollHeight > box.clientHeight + 1);
  function fit() {
    for (const page of document.querySelectorAll(".sheet .page")) {
      let step = 0;
      page.removeAttribute("data-fit");
      page.removeAttribute("data-overflow");
      while (overflows(page) && step < TIGHTEST) {
        step += 1;
        page.setAttribute("data-fit", String(step));
      }
      if (overflows(page)) {
        page.setAttribute("data-overflow", "");
        console.error("outreach: this sheet's text does not fit one page even in its tightest layout");
      }
    }
  }
  fit();
  // A font that loads after the first layout (an @font-face font) changes the text's size.
  if (document.fonts) document.fonts.ready.then(fit);
})();

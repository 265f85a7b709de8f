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
  // Fonts from @font-face load only once a layout asks for their letters, and the sheet must be
  // fitted again when they arrive: fit, wait for the fonts that fitting started loading, and
  // repeat (a tighter step may ask for another face). `data-fitted` on <html> then tells
  // `outreach build --pdf` that the sheet is ready to print. (document.fonts.ready is not
  // enough: it may still be the promise of an earlier, finished batch.)
  const loading = () =>
    document.fonts ? [...document.fonts].filter((face) => face.status === "loading").map((face) => face.loaded) : [];
  async function fitAsFontsLoad() {
    fit();
    for (let pending = loading(); pending.length > 0; pending = loading()) {
      await Promise.allSettled(pending);
      fit();
    }
    document.documentElement.setAttribute("data-fitted", "");
  }
  fitAsFontsLoad();
})();

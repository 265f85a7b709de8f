// outreach serve's live script, added to every page as the server sends it (the built files do
// not have it). It reloads the page when a rebuild changes it, draws the problems of the last
// rebuild over the page, and links the workbench (/_translate/<tag>/) from a page's draft
// notice and from each language of the status page. Everything it shows is set as text, never parsed as HTML: the
// messages quote translations, which are not to be trusted.
"use strict";
(() => {
  const MAX_SHOWN = 20;
  const STYLE = `
    section { position: fixed; inset: auto 1rem 1rem 1rem; max-height: 60vh; overflow: auto;
      z-index: 2147483647; box-sizing: border-box; padding: 1rem 1.25rem; text-align: left;
      background: #fff8f6; color: #3b0a00; border: 3px solid #b3261e; border-radius: 6px;
      box-shadow: 0 4px 24px rgb(0 0 0 / 0.3); font: 15px/1.45 system-ui, sans-serif; }
    h2 { margin: 0 0 0.5rem; font-size: 1.1rem; color: #b3261e; }
    pre { margin: 0 0 0.5rem; white-space: pre-wrap; font: 14px/1.4 ui-monospace, monospace; }
    ul { margin: 0 0 0.5rem; padding-left: 1.2rem; }
    li { margin: 0.2rem 0; }
    code, b { font: 14px ui-monospace, monospace; }
    button { font: inherit; }
    @media print { section { display: none; } }`;

  // The page's name as the server names pages: `es/index.html`.
  const here = () => {
    const path = decodeURIComponent(location.pathname).replace(/^\/+/, "");
    return path === "" || path.endsWith("/") ? `${path}index.html` : path;
  };

  const element = (name, text, attributes = {}) => {
    const node = document.createElement(name);
    if (text !== undefined) node.textContent = text;
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    return node;
  };

  let shown = null;

  // A language's page shows that language's errors (a translator fixes their own); the
  // picker and the dashboard, every language's.
  const folder = here().includes("/") ? here().split("/")[0] : null;

  const show = (status) => {
    shown?.remove();
    shown = null;
    const errors = folder ? status.errors.filter((error) => error.locale === folder) : status.errors;
    const others = status.errors.length - errors.length;
    const count = errors.length;
    if (!status.failure && count === 0) return;
    const box = element("section", undefined, { role: "alert", lang: "en", dir: "ltr" });
    const plural = count === 1 ? "" : "s";
    box.append(element("h2", status.failure ? "The build failed" : `${count} error${plural} in the translation files`));
    if (status.failure) {
      box.append(element("pre", status.failure));
      box.append(element("p", "The pages stay as they were until this is fixed."));
    }
    if (count > 0) {
      const list = element("ul");
      for (const error of errors.slice(0, MAX_SHOWN)) {
        const item = element("li");
        const place = element("code", `${error.file}:${error.line}:${error.column}`);
        item.append(place, " ", element("b", error.code), " ", element("span", error.message));
        list.append(item);
      }
      if (count > MAX_SHOWN) list.append(element("li", `and ${count - MAX_SHOWN} more: run outreach check`));
      if (others > 0) list.append(element("li", `and ${others} in other languages' files`));
      box.append(list);
      box.append(element("p", "A language with errors keeps its last good pages until they are fixed."));
    }
    const hide = element("button", "Hide", { type: "button" });
    hide.addEventListener("click", () => shown?.remove());
    box.append(hide);
    // A shadow root keeps the page's styles (and right-to-left layout) off the box.
    shown = element("outreach-problems");
    shown.attachShadow({ mode: "open" }).append(element("style", STYLE), box);
    document.body.append(shown);
  };

  // Where to translate and review: the workbench of the page's language, and of each language
  // on the status page (its rows carry the tag as their id).
  const workbench = (tag) => element("a", "Translate and review", { href: `/_translate/${encodeURIComponent(tag)}/` });
  const notice = document.querySelector(".draft-notice");
  const tag = document.documentElement.lang;
  if (notice && tag) notice.append(" ", workbench(tag));
  for (const row of document.querySelectorAll("body.status tr[id]")) {
    // The reference is written, not translated.
    if (!row.querySelector(".reference")) row.querySelector("td")?.append(" ", workbench(row.id));
  }

  const events = new EventSource("/__outreach/events");
  events.addEventListener("status", (event) => show(JSON.parse(event.data)));
  events.addEventListener("reload", (event) => {
    const change = JSON.parse(event.data);
    if (change.all || change.pages.includes(here())) location.reload();
  });
})();

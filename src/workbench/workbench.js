// The workbench (workbench.html): filters the messages, checks a translation as it is typed,
// saves it, and records reviews. Every request carries the page's token; the server answers
// with JSON: { ok, base, findings } or { ok: false, reason, disk }.
"use strict";
(function () {
  const body = document.body;
  const tag = body.dataset.tag;
  const token = body.dataset.token;
  const post = (action, data) =>
    fetch(`/_translate/${tag}/${action}`, {
      method: "POST",
      headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams(data),
    })
      .then((answer) => answer.json())
      .catch(() => ({ ok: false, reason: "outreach serve did not answer: is it still running? Nothing was saved." }));

  // The reviewer's name, given once, kept by the browser.
  const reviewer = document.getElementById("reviewer");
  reviewer.value = localStorage.getItem("outreach-reviewer") || "";
  reviewer.addEventListener("change", () => localStorage.setItem("outreach-reviewer", reviewer.value.trim()));

  // Filters: show only the messages in one state.
  const shows = {
    all: () => true,
    missing: (m) => m.dataset.state === "missing",
    untranslated: (m) => m.dataset.state === "untranslated",
    outdated: (m) => m.dataset.outdated === "true",
    findings: (m) => m.dataset.findings === "true",
    unreviewed: (m) => m.dataset.review !== "approved",
  };
  for (const button of document.querySelectorAll("[data-filter]")) {
    button.addEventListener("click", () => {
      for (const other of document.querySelectorAll("[data-filter]")) other.setAttribute("aria-pressed", String(other === button));
      const show = shows[button.dataset.filter];
      for (const message of document.querySelectorAll(".wb-message")) message.hidden = !show(message);
    });
  }

  const showFindings = (form, findings) => {
    const list = form.querySelector(".wb-findings");
    list.replaceChildren(
      ...findings.map((found) => {
        const item = document.createElement("li");
        item.className = `wb-${found.severity}`;
        const code = document.createElement("b");
        code.textContent = found.code;
        item.append(code, ` ${found.message}: ${found.help}`);
        return item;
      }),
    );
    form.closest(".wb-message").dataset.findings = String(findings.length > 0);
  };
  const refuse = (form, answer) => {
    const box = form.querySelector(".wb-refusal");
    box.textContent = answer.disk ? `${answer.reason}\n\n${answer.disk}` : answer.reason;
    box.hidden = false;
  };

  for (const form of document.querySelectorAll("form[data-message-id]")) {
    // Checked as it is typed, once the typing pauses.
    let timer = null;
    form.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        post("check", new FormData(form)).then((answer) => {
          form.querySelector(".wb-refusal").hidden = answer.ok;
          if (answer.ok) showFindings(form, answer.findings || []);
          else refuse(form, answer);
        });
      }, 300);
    });
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      clearTimeout(timer);
      const saved = form.querySelector(".wb-saved");
      saved.textContent = "";
      post("save", new FormData(form)).then((answer) => {
        if (!answer.ok) return refuse(form, answer);
        form.querySelector(".wb-refusal").hidden = true;
        form.elements.base.value = answer.base;
        const message = form.closest(".wb-message");
        message.querySelector(".wb-review").dataset.translation = answer.base;
        message.dataset.state = "translated";
        showFindings(form, answer.findings || []);
        saved.textContent = "Saved.";
      });
    });
  }

  for (const button of document.querySelectorAll(".wb-review [data-verdict]")) {
    button.addEventListener("click", () => {
      const review = button.closest(".wb-review");
      const state = review.querySelector(".wb-review-state");
      const data = {
        token,
        id: review.dataset.id,
        verdict: button.dataset.verdict,
        reviewer: reviewer.value.trim(),
        comment: review.querySelector(".wb-comment-input").value,
        english: review.dataset.english,
        translation: review.dataset.translation,
      };
      post("review", data).then((answer) => {
        state.className = `wb-review-state ${answer.ok ? data.verdict : "needs-change"}`;
        state.textContent = answer.ok
          ? data.verdict === "approved"
            ? `Approved by ${data.reviewer}.`
            : `${data.reviewer} asked for a change: ${data.comment}`
          : answer.reason;
        if (answer.ok) review.closest(".wb-message").dataset.review = data.verdict;
      });
    });
  }
})();

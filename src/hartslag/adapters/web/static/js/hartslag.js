// SPDX-License-Identifier: EUPL-1.2
// Progressive enhancement only: every page works without this script.
"use strict";

// Ctrl+Enter (or Cmd+Enter) submits the form a text field belongs to.
document.addEventListener("keydown", (event) => {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
  const form = event.target instanceof Element ? event.target.closest("form") : null;
  if (form && form.dataset.ctrlEnter !== undefined) {
    event.preventDefault();
    form.requestSubmit();
  }
});

// A region with data-poll refreshes itself from that URL while data-poll-while is set
// (import progress); without JavaScript the page offers a refresh link instead.
function poll(region) {
  if (!region.dataset.pollWhile) return;
  window.setTimeout(async () => {
    const response = await fetch(region.dataset.poll, { headers: { Accept: "text/html" } });
    if (!response.ok) return;
    const html = await response.text();
    region.innerHTML = html;
    region.dataset.pollWhile = region.querySelector("progress, [data-bezig]") ? "ja" : "";
    poll(region);
  }, 1000);
}
document.querySelectorAll("[data-poll]").forEach(poll);
// Quick intake: while typing, fetch similar signals and patterns as an HTML fragment into
// the aria-live region named by data-vergelijkbaar-doel (the text travels in a POST body).
document.querySelectorAll("textarea[data-vergelijkbaar]").forEach((veld) => {
  const doel = document.getElementById(veld.dataset.vergelijkbaarDoel || "");
  const form = veld.form;
  if (!doel || !form) return;
  let timer = 0;
  let vorige = veld.value.trim();
  let laatste = 0;
  const haal = async () => {
    const tekst = veld.value.trim();
    if (tekst === vorige) return;
    vorige = tekst;
    const nummer = ++laatste;
    const body = new FormData();
    body.append("csrf", form.elements.namedItem("csrf").value);
    body.append("tekst", tekst);
    try {
      const antwoord = await fetch(veld.dataset.vergelijkbaar, {
        method: "POST", body, credentials: "same-origin",
      });
      if (!antwoord.ok || nummer !== laatste) return;
      const html = await antwoord.text();
      if (doel.innerHTML.trim() !== html.trim()) doel.innerHTML = html;
    } catch (fout) {
      // Offline or the server is busy: the form works without suggestions.
    }
  };
  veld.addEventListener("input", () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(haal, 400);
  });
});

// Copy buttons (hidden without JavaScript): data-kopieer names the element to copy.
document.querySelectorAll("button[data-kopieer]").forEach((knop) => {
  const bron = document.getElementById(knop.dataset.kopieer || "");
  if (!bron || !navigator.clipboard) return;
  knop.hidden = false;
  knop.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(bron.textContent.trim());
      knop.textContent = knop.dataset.gekopieerd || knop.textContent;
    } catch (fout) {
      // Clipboard refused (permissions): the code stays selectable.
    }
  });
});

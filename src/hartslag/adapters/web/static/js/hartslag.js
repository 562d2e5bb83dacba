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

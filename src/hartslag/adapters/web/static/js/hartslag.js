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

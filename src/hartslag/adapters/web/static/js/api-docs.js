// SPDX-License-Identifier: EUPL-1.2
// Swagger UI from the committed swagger-ui-dist bundle, on the API's own OpenAPI document.
"use strict";

window.addEventListener("DOMContentLoaded", () => {
  const element = document.getElementById("swagger-ui");
  if (!element || typeof window.SwaggerUIBundle !== "function") return;
  window.SwaggerUIBundle({
    url: element.dataset.openapi,
    domNode: element,
    deepLinking: true,
    tryItOutEnabled: false,
    validatorUrl: null,
  });
});

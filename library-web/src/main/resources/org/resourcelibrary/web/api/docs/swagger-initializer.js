// Starts Swagger UI on the service's own OpenAPI description. An external file, not an inline script, so the
// page works under the Content-Security-Policy "script-src 'self'".
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout"
  });
});

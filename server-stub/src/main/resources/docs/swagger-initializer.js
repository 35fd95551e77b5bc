// Served by the stub in place of the webjar's own initializer: the page reads the stub's /openapi.json and
// lists the stub itself (the origin this page was loaded from) as the first server, so "Try it out" calls it.
window.onload = function () {
  var stub = window.location.origin + "/client/v4";
  fetch("../openapi.json")
    .then(function (response) { return response.json(); })
    .then(function (spec) {
      var others = (spec.servers || []).filter(function (server) { return server.url !== stub; });
      spec.servers = [{ url: stub, description: "this stub" }].concat(others);
      window.ui = SwaggerUIBundle({
        spec: spec,
        dom_id: "#swagger-ui",
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis],
        layout: "BaseLayout"
      });
    });
};

// kbserve help panel, inside the iframe that /embed/help.js adds to an app's page. It talks
// only to a parent page whose origin is one of the configured embed origins (listed on
// <body data-embed-origins>), and only after that parent has said hello. Every panel page
// also works without it (links and forms).
(function () {
  "use strict";
  if (window.parent === window) return;
  var allowed = (document.body.getAttribute("data-embed-origins") || "").split(" ").filter(Boolean);
  var host = null; // the parent's origin, once it has said hello

  function send(message) {
    message.kbHelp = 1;
    if (host) window.parent.postMessage(message, host);
  }

  function focusHeading() {
    var heading = document.querySelector("h1");
    if (!heading) return;
    heading.setAttribute("tabindex", "-1");
    heading.focus();
  }

  // Search text arrives by message and leaves in the form's POST body: never in a URL.
  function search(text) {
    var form = document.querySelector("form.panel-search");
    var input = document.getElementById("panel-q");
    if (!form || !input) return;
    input.value = text.slice(0, 1000);
    if (form.requestSubmit) form.requestSubmit(); else form.submit();
  }

  window.addEventListener("message", function (event) {
    if (event.source !== window.parent || allowed.indexOf(event.origin) < 0) return;
    var data = event.data;
    if (!data || data.kbHelp !== 1 || typeof data.type !== "string") return;
    if (data.type === "hello") {
      host = event.origin;
      var article = document.body.getAttribute("data-article");
      send({ type: "ready", article: article || null, anchor: article ? location.hash.slice(1) || null : null });
      return;
    }
    if (event.origin !== host) return;
    if (data.type === "focus") focusHeading();
    else if (data.type === "search" && typeof data.q === "string") search(data.q);
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") send({ type: "close" });
  });
})();

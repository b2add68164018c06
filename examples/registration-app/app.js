// The example registration app: a failing identity step and a username step, each telling
// the help panel where the patient is. Only error ids and route names go to kbHelp; what the
// patient types stays here (a search they type goes by kbHelp('search'), which never puts it
// in a URL).
(function () {
  "use strict";
  // 1. The stub: calls made before help.js has loaded wait in kbHelp.q.
  window.kbHelp = window.kbHelp || function () { (kbHelp.q = kbHelp.q || []).push(arguments); };

  // 2. Load the script from the help server (?kb=http://127.0.0.1:8080 picks another one).
  var server = new URLSearchParams(location.search).get("kb") || "http://127.0.0.1:8080";
  var script = document.createElement("script");
  script.src = server.replace(/\/+$/, "") + "/embed/help.js";
  script.async = true;
  document.head.appendChild(script);

  // 3. Tell the panel which step the patient is on (a route name, never a value).
  kbHelp("suggest", { route: "registration/verify-identity", lang: document.documentElement.lang });

  var error = document.getElementById("error");
  function showError(id, message) {
    document.getElementById("error-text").textContent = message;
    error.hidden = false;
    // The error id on screen: the panel opens at the section for its most likely cause.
    kbHelp("suggest", { error: id, route: document.documentElement.getAttribute("data-kb-route") });
  }

  function goTo(route, section) {
    document.documentElement.setAttribute("data-kb-route", route);
    document.querySelectorAll(".step").forEach(function (step) { step.hidden = step.id !== section; });
    document.querySelectorAll(".steps li").forEach(function (item) {
      if (item.getAttribute("data-step") === route) item.setAttribute("aria-current", "step"); else item.removeAttribute("aria-current");
    });
    error.hidden = true;
    // A single-page app: refresh the suggestions for the new route.
    kbHelp("suggest", { route: route });
    document.querySelector("#" + section + " h1").focus();
  }

  document.getElementById("verify-form").addEventListener("submit", function (event) {
    event.preventDefault();
    // This demo always fails the date of birth unless it is written MM/DD/YYYY with a month first.
    var dob = document.getElementById("dob").value.trim();
    var match = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(dob);
    if (!match || Number(match[1]) > 12) showError("dob-incorrect", "Date of birth is incorrect");
    else goTo("registration/create-account", "create-account");
  });

  document.getElementById("create-form").addEventListener("submit", function (event) {
    event.preventDefault();
    showError("username-taken", "Username has already been taken");
  });

  document.getElementById("error-help").addEventListener("click", function () { kbHelp("open"); });

  document.getElementById("ask-form").addEventListener("submit", function (event) {
    event.preventDefault();
    var text = document.getElementById("ask").value;
    if (text.trim()) kbHelp("search", text);
  });

  // 4. What the panel did: postMessage from this page's own origin, marked kbHelp: 1.
  window.addEventListener("message", function (event) {
    if (event.origin !== location.origin || !event.data || event.data.kbHelp !== 1 || !event.data.event) return;
    var item = document.createElement("li");
    item.textContent = event.data.event + (event.data.article ? " " + event.data.article : "");
    document.getElementById("events").appendChild(item);
  });
})();

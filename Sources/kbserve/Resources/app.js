// kbserve progressive enhancement: instant suggestions while typing in a search box
// (from /api/v1/suggest) and "Copy reply" buttons. Every page works without it.
(function () {
  "use strict";
  // The page's language (`<html lang>`): suggestions come from its articles.
  var spanish = document.documentElement.lang === "es";

  function debounce(fn, ms) {
    var timer;
    return function () {
      var args = arguments;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(null, args); }, ms);
    };
  }

  function setUpSuggestions(input, index) {
    var list = document.createElement("ul");
    list.className = "suggestions";
    list.id = "suggestions-" + index;
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("aria-expanded", "false");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    var latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }

    function show(suggestions) {
      while (list.firstChild) list.removeChild(list.firstChild);
      suggestions.forEach(function (s) {
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = s.url;
        link.textContent = s.title;
        item.appendChild(link);
        list.appendChild(item);
      });
      list.hidden = suggestions.length === 0;
      input.setAttribute("aria-expanded", suggestions.length ? "true" : "false");
      status.textContent = suggestions.length
        ? (spanish ? suggestions.length + " sugerencias; use la flecha hacia abajo para elegir una." : suggestions.length + " suggestions; press the down arrow to choose one.")
        : "";
    }

    var fetchSuggestions = debounce(function () {
      var q = input.value.trim();
      var ticket = ++latest;
      if (q.length < 2) { show([]); return; }
      // Posted, not in the URL: what people type may be a date of birth or a PIN.
      fetch("/api/v1/suggest", {
        method: "POST",
        headers: { Accept: "application/json", "Content-Type": "application/x-www-form-urlencoded" },
        body: "lang=" + (spanish ? "es" : "en") + "&q=" + encodeURIComponent(q)
      })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (body) { if (ticket === latest) show(body.suggestions || []); })
        .catch(function () { show([]); });
    }, 120);

    input.addEventListener("input", fetchSuggestions);
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !list.hidden && list.firstChild) {
        event.preventDefault();
        list.querySelector("a").focus();
      } else if (event.key === "Escape") {
        close();
      }
    });
    list.addEventListener("keydown", function (event) {
      var current = document.activeElement.parentNode;
      if (event.key === "ArrowDown" && current.nextSibling) {
        event.preventDefault();
        current.nextSibling.firstChild.focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (current.previousSibling) current.previousSibling.firstChild.focus(); else input.focus();
      } else if (event.key === "Escape") {
        close();
        input.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (event.target !== input && !list.contains(event.target)) close();
    });
  }

  function setUpCopyButtons() {
    document.querySelectorAll("[data-copy]").forEach(function (button) {
      button.addEventListener("click", function () {
        var source = document.getElementById(button.getAttribute("data-copy"));
        if (!source) return;
        var done = function () { button.textContent = "Copied"; setTimeout(function () { button.textContent = "Copy reply"; }, 2000); };
        if (navigator.clipboard) {
          navigator.clipboard.writeText(source.value).then(done, function () { source.select(); });
        } else {
          source.select();
          document.execCommand("copy");
          done();
        }
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-suggest]").forEach(setUpSuggestions);
    setUpCopyButtons();
  });
})();

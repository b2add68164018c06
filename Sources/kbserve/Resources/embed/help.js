/* kbserve help panel for apps. Load with
 *   <script>window.kbHelp=window.kbHelp||function(){(kbHelp.q=kbHelp.q||[]).push(arguments)}</script>
 *   <script src="https://HELP-SERVER/embed/help.js" async></script>
 * then kbHelp('suggest', {error, route, search, lang}), kbHelp('open', {article, anchor}) (or no
 * argument: open the panel on its suggestions),
 * kbHelp('search', text), kbHelp('close'); kbHelp('suggest') again refreshes (single-page apps).
 * The page hears {kbHelp: 1, event: 'opened' | 'article' | 'closed'} by postMessage on its own
 * window, once the panel (which only the server's --embed-origin pages may frame) has answered.
 * Only the error id and the route ever go in the panel's URL; search text goes by message.
 * The server puts the languages it speaks, each with its panel path prefix and interface text
 * (from its string catalog), in place of the placeholder that SPOKEN is set to below. */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var server = new URL(script.src).origin;
  var queued = (window.kbHelp && window.kbHelp.q) || [];
  var NAME = /^[a-z0-9_-]{1,100}$/;
  var ROUTE = /^[a-z0-9_-]+(\/[a-z0-9_-]+)*$/;
  // {original: "en", languages: {code: {prefix: "/es", text: {key: "…"}}}}, on one line.
  var SPOKEN = KBSERVE_EMBED_LANGUAGES;
  var LANGUAGES = SPOKEN.languages, ORIGINAL = SPOKEN.original;
  var lang = pickLang(script.getAttribute("data-lang") || document.documentElement.lang);
  var context = { error: null, route: null }; // the last context the app gave
  var target = null; // the panel URL to show next
  var ui = null, ready = false, answered = false, onArticle = false, pending = [], isOpen = false, announceOpen = false;

  function pickLang(value) {
    var code = String(value || "").slice(0, 2).toLowerCase();
    return Object.prototype.hasOwnProperty.call(LANGUAGES, code) ? code : ORIGINAL;
  }
  function t(key) { return LANGUAGES[lang].text[key]; }

  // A name the URL may carry, else null (a value that could be personal never reaches the URL).
  function name(value, pattern) {
    if (typeof value !== "string") return null;
    var trimmed = value.trim().replace(/^\/+|\/+$/g, "");
    if (trimmed.length <= 100 && pattern.test(trimmed)) return trimmed;
    if (trimmed) console.warn("kbHelp: ignored a value that is not an id or route name");
    return null;
  }

  function panelPath(path) {
    var query = [];
    if (context.error) query.push("error=" + encodeURIComponent(context.error));
    if (context.route) query.push("route=" + encodeURIComponent(context.route));
    return server + LANGUAGES[lang].prefix + "/embed/panel" + path + (query.length ? "?" + query.join("&") : "");
  }

  function emit(event, extra) {
    if (!answered) return; // the panel never answered: this origin is not configured
    var message = { kbHelp: 1, event: event };
    for (var key in extra || {}) message[key] = extra[key];
    window.postMessage(message, window.location.origin);
  }

  function style(element, rules) { for (var key in rules) element.style[key] = rules[key]; }

  function build() {
    if (ui || !document.body) return ui;
    var button = document.createElement("button");
    button.type = "button";
    button.className = "kb-help-button";
    button.setAttribute("aria-expanded", "false");
    button.setAttribute("aria-controls", "kb-help-panel");
    style(button, { position: "fixed", right: "16px", bottom: "16px", zIndex: 2147483000, padding: "10px 18px", font: "600 16px/1.2 system-ui, sans-serif",
      color: "#fff", background: "#0a58a8", border: "2px solid #fff", borderRadius: "24px", boxShadow: "0 2px 8px rgba(0,0,0,.3)", cursor: "pointer" });
    var panel = document.createElement("div");
    panel.id = "kb-help-panel";
    panel.className = "kb-help-panel";
    panel.setAttribute("role", "dialog");
    panel.hidden = true;
    style(panel, { position: "fixed", top: "0", right: "0", bottom: "0", width: "min(360px, 100vw)", zIndex: 2147483001, background: "#fff",
      borderLeft: "1px solid #94a3b8", boxShadow: "-4px 0 16px rgba(0,0,0,.2)", flexDirection: "column" });
    var close = document.createElement("button");
    close.type = "button";
    close.className = "kb-help-close";
    style(close, { alignSelf: "flex-end", margin: "6px", padding: "6px 12px", font: "16px/1.2 system-ui, sans-serif", background: "#fff",
      color: "#0f172a", border: "1px solid #475569", borderRadius: "6px", cursor: "pointer" });
    var frame = document.createElement("iframe");
    frame.className = "kb-help-frame";
    style(frame, { flex: "1", width: "100%", border: "0" });
    frame.addEventListener("load", function () {
      ready = false;
      frame.contentWindow.postMessage({ kbHelp: 1, type: "hello" }, server);
    });
    panel.appendChild(close);
    panel.appendChild(frame);
    document.body.appendChild(button);
    document.body.appendChild(panel);
    button.addEventListener("click", function () { if (isOpen) hide(); else show(); });
    close.addEventListener("click", hide);
    panel.addEventListener("keydown", function (event) { if (event.key === "Escape") hide(); });
    ui = { button: button, panel: panel, close: close, frame: frame };
    label();
    return ui;
  }

  function label() {
    ui.button.textContent = t("embed_button");
    ui.close.textContent = "\u00d7 " + t("embed_close");
    ui.panel.setAttribute("aria-label", t("panel_title"));
    ui.frame.title = t("panel_title");
  }

  function toPanel(message) {
    message.kbHelp = 1;
    if (ready) ui.frame.contentWindow.postMessage(message, server); else pending.push(message);
  }

  function load(url) {
    target = url;
    if (ui && (isOpen || ui.frame.src)) { ready = false; pending = pending.filter(function (m) { return m.type !== "focus"; }); ui.frame.src = url; }
  }

  function show() {
    if (!build()) return;
    if (!ui.frame.src || ui.frame.src !== target && target) { ready = false; ui.frame.src = target || panelPath(""); }
    ui.panel.hidden = false;
    ui.panel.style.display = "flex";
    ui.button.setAttribute("aria-expanded", "true");
    isOpen = true;
    ui.frame.focus();
    toPanel({ type: "focus" });
    if (ready) emit("opened"); else announceOpen = true;
  }

  function hide() {
    if (!ui || !isOpen) return;
    ui.panel.hidden = true;
    ui.panel.style.display = "none";
    ui.button.setAttribute("aria-expanded", "false");
    isOpen = false;
    ui.button.focus();
    emit("closed");
  }

  window.addEventListener("message", function (event) {
    if (!ui || event.origin !== server || event.source !== ui.frame.contentWindow) return;
    var data = event.data;
    if (!data || data.kbHelp !== 1) return;
    if (data.type === "ready") {
      ready = answered = true;
      onArticle = !!data.article;
      var waiting = pending;
      pending = [];
      waiting.forEach(function (message) { ui.frame.contentWindow.postMessage(message, server); });
      if (isOpen) ui.frame.contentWindow.postMessage({ kbHelp: 1, type: "focus" }, server);
      if (announceOpen) { announceOpen = false; emit("opened"); }
      if (data.article) emit("article", { article: data.article, anchor: data.anchor || null });
    } else if (data.type === "close") {
      hide();
    }
  });

  var commands = {
    suggest: function (options) {
      if (options && typeof options === "object") {
        if (options.lang) lang = pickLang(options.lang);
        context = { error: name(options.error, NAME), route: name(options.route, ROUTE) };
      } else {
        // A refresh: the last context, on the route the page says it is on now.
        var current = document.documentElement.getAttribute("data-kb-route");
        if (current !== null) context.route = name(current, ROUTE);
      }
      if (ui) label();
      load(panelPath(""));
      if (options && typeof options.search === "string" && options.search.trim()) commands.search(options.search);
    },
    open: function (options) {
      var article = options && name(options.article, NAME);
      if (!article) { show(); return; } // no article: the panel as it is
      var anchor = options.anchor && name(options.anchor, NAME);
      load(panelPath("/articles/" + article) + (anchor ? "#" + anchor : ""));
      show();
    },
    search: function (text) {
      if (typeof text !== "string" || !text.trim()) return;
      var url = panelPath("");
      if (target !== url || onArticle) load(url);
      show();
      toPanel({ type: "search", q: text.slice(0, 1000) });
    },
    close: hide
  };

  function kbHelp(command, argument) {
    if (!build()) { queued.push(arguments); return; }
    if (commands.hasOwnProperty(command)) commands[command](argument);
    else console.warn("kbHelp: unknown command " + command);
  }

  window.kbHelp = kbHelp;
  function start() {
    build();
    var calls = queued;
    queued = [];
    for (var i = 0; i < calls.length; i++) kbHelp.apply(null, calls[i]);
  }
  if (document.body) start(); else document.addEventListener("DOMContentLoaded", start);
})();

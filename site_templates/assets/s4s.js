/* Site behaviour, no server and no third-party requests:
   - draw every .s4s-chart from the JSON in the <script type="application/json"> beside it;
   - sort and filter the catalogue table;
   - follow the visitor's language: on the English home page only (it carries the marker
     #s4s-follow-language), a visitor arriving from elsewhere is sent to the edition of the
     language chosen earlier with the language selector (any a[hreflang], kept in
     localStorage) or, without a choice, of the first browser language the site has;
     English, or a click on "English", means staying. Nobody is trapped in an edition.
   Runs on every page view: through Material's document$ when it exists (instant navigation
   swaps pages without a reload), else on DOMContentLoaded. */
(function () {
  "use strict";

  function drawCharts() {
    if (typeof Plotly === "undefined") return;
    document.querySelectorAll(".s4s-chart").forEach(function (el) {
      if (el.dataset.drawn) return;
      var src = document.getElementById(el.id + "-data");
      if (!src) return;
      var fig = JSON.parse(src.textContent);
      el.dataset.drawn = "1";
      Plotly.newPlot(el, fig.data, fig.layout, {displaylogo: false, responsive: true}).then(function () {
        if (fig.data.length && fig.data[0].type === "treemap") {
          el.on("plotly_click", function (ev) {
            var p = ev && ev.points && ev.points[0];
            if (p && p.customdata) { window.location.href = p.customdata; return false; }
          });
        }
      });
    });
  }

  function cellValue(row, index, kind) {
    var cell = row.cells[index];
    var raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent.trim();
    if (kind === "number") { var n = parseFloat(raw); return isNaN(n) ? -Infinity : n; }
    return raw.toLocaleLowerCase();
  }

  function setupTable(table) {
    if (table.dataset.ready) return;
    table.dataset.ready = "1";
    var body = table.tBodies[0];
    var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
    headers.forEach(function (th, index) {
      var kind = th.dataset.sort;
      var button = th.querySelector("button");
      if (!kind || !button) return;
      button.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        headers.forEach(function (other) { if (other.dataset.sort) other.setAttribute("aria-sort", "none"); });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var x = cellValue(a, index, kind), y = cellValue(b, index, kind);
          var c = x < y ? -1 : x > y ? 1 : 0;
          return asc ? c : -c;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
    var form = document.getElementById("catalogue-filters");
    var count = document.getElementById("catalogue-count");
    if (!form) return;
    function apply() {
      var shown = 0;
      var selects = form.querySelectorAll("select[data-filter]");
      var min = parseFloat((form.querySelector("[data-filter-min]") || {}).value);
      var text = ((form.querySelector("[data-filter-text]") || {}).value || "").toLocaleLowerCase();
      Array.prototype.forEach.call(body.rows, function (row) {
        var ok = true;
        selects.forEach(function (sel) {
          if (sel.value && row.dataset[sel.dataset.filter] !== sel.value) ok = false;
        });
        if (!isNaN(min) && !(parseFloat(row.dataset.score) >= min)) ok = false;
        if (text && row.textContent.toLocaleLowerCase().indexOf(text) < 0) ok = false;
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      if (count) count.textContent = shown + " strategies shown";
    }
    form.addEventListener("input", apply);
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
  }

  function labelSearchDialog() {
    // Material's search overlay has role=dialog but no name (axe: aria-dialog-name).
    document.querySelectorAll(".md-search[role=dialog]:not([aria-label])").forEach(function (el) {
      el.setAttribute("aria-label", "Search");
    });
  }

  var CHOICE = "s4s-language";

  function storedChoice() {
    try { return window.localStorage.getItem(CHOICE); } catch (e) { return null; }
  }

  function rememberChoice(ev) {
    var link = ev.target && ev.target.closest ? ev.target.closest("a[hreflang]") : null;
    if (!link) return;
    try { window.localStorage.setItem(CHOICE, link.getAttribute("hreflang")); } catch (e) { /* storage off */ }
  }

  function fromThisSite() {
    try { return !!document.referrer && new URL(document.referrer).origin === window.location.origin; } catch (e) { return false; }
  }

  // The editions are the page's <link rel="alternate" hreflang> elements (Material writes one
  // per extra.alternate entry). A stored choice decides alone; otherwise the first of the
  // browser's languages that the site has wins. English means staying here.
  function preferredEdition() {
    var editions = {};
    document.querySelectorAll("link[rel=alternate][hreflang]").forEach(function (el) {
      editions[el.getAttribute("hreflang").toLowerCase()] = el.href;
    });
    var chosen = storedChoice();
    var wanted = chosen ? [chosen] : navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || ""];
    for (var i = 0; i < wanted.length; i++) {
      var code = String(wanted[i]).toLowerCase().split("-")[0];
      if (code === "en") return null;
      if (editions[code]) return editions[code];
    }
    return null;
  }

  function followLanguage() {
    if (!document.getElementById("s4s-follow-language") || fromThisSite()) return;
    var target = preferredEdition();
    if (target && target !== window.location.href) window.location.replace(target);
  }

  function init() {
    labelSearchDialog();
    drawCharts();
    document.querySelectorAll("table.s4s-sortable").forEach(setupTable);
  }

  // Once per page load, not on instant navigation: following the language is for arrivals.
  document.addEventListener("click", rememberChoice, true);
  followLanguage();

  if (typeof document$ !== "undefined" && document$.subscribe) {
    document$.subscribe(init);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

// The little JavaScript of the default theme. Everything works without it;
// with it, the timeline filters live and the search page searches. Filter
// and search state live in the URL (?q=…&tag=…&place=…&actor=…), so a
// filtered view can be bookmarked, shared and left with the back button.
(function () {
  "use strict";
  var KINDS = ["tag", "place", "actor"];

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "" };
    KINDS.forEach(function (kind) { state[kind] = params.getAll(kind); });
    return state;
  }

  function writeState(state, replace) {
    var params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    KINDS.forEach(function (kind) {
      state[kind].forEach(function (value) { params.append(kind, value); });
    });
    var query = params.toString();
    var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
    window.history[replace ? "replaceState" : "pushState"](null, "", url);
  }

  function activeCount(state) {
    return KINDS.reduce(function (sum, kind) { return sum + state[kind].length; }, 0);
  }

  // -- Live filters on the timeline --------------------------------------
  function setUpFilters(panel) {
    var items = Array.prototype.slice.call(document.querySelectorAll(".event-item"));
    var status = document.querySelector(".filter-status");
    var chips = Array.prototype.slice.call(panel.querySelectorAll("a[data-filter]"));

    function matches(item, state) {
      return KINDS.every(function (kind) {
        if (!state[kind].length) return true;
        var values = JSON.parse(item.getAttribute("data-" + kind) || "[]");
        return state[kind].every(function (value) { return values.indexOf(value) !== -1; });
      });
    }

    var filtered = false; // whether a filter hides events now
    function apply() {
      var state = readState();
      var active = activeCount(state);
      var shown = items.length;
      if (active || filtered) { // a page that opens unfiltered is left as it is
        shown = 0;
        items.forEach(function (item) {
          var show = matches(item, state);
          item.hidden = !show;
          if (show) shown += 1;
        });
        document.querySelectorAll(".timeline section").forEach(function (section) {
          section.hidden = !section.querySelector(".event-item:not([hidden])");
        });
        filtered = active > 0;
      }
      chips.forEach(function (chip) {
        var kind = chip.getAttribute("data-filter");
        var on = state[kind].indexOf(chip.getAttribute("data-value")) !== -1;
        chip.setAttribute("aria-pressed", on ? "true" : "false");
      });
      // The other order keeps the filters.
      document.querySelectorAll(".order a").forEach(function (link) {
        var base = link.getAttribute("href").split("?")[0];
        link.setAttribute("href", base + window.location.search);
      });
      status.hidden = !active;
      status.textContent = "";
      if (active) {
        panel.open = true;
        var names = [];
        KINDS.forEach(function (kind) {
          state[kind].forEach(function (value) { names.push(kind + " “" + value + "”"); });
        });
        status.appendChild(document.createTextNode(
          "Showing " + shown + " of " + items.length + " events with " + names.join(" and ") + "."));
        var clear = document.createElement("button");
        clear.type = "button";
        clear.textContent = "Clear filters";
        clear.addEventListener("click", function () {
          var cleared = readState();
          KINDS.forEach(function (kind) { cleared[kind] = []; });
          writeState(cleared, false);
          apply();
        });
        status.appendChild(clear);
      }
    }

    chips.forEach(function (chip) {
      chip.setAttribute("role", "button");
      chip.addEventListener("click", function (event) {
        event.preventDefault();
        var state = readState();
        var kind = chip.getAttribute("data-filter");
        var value = chip.getAttribute("data-value");
        var at = state[kind].indexOf(value);
        if (at === -1) state[kind].push(value); else state[kind].splice(at, 1);
        writeState(state, false);
        apply();
      });
      chip.addEventListener("keydown", function (event) {
        if (event.key === " ") { event.preventDefault(); chip.click(); }
      });
    });
    window.addEventListener("popstate", apply);
    apply();
  }

  // -- Search with Pagefind ------------------------------------------------
  function setUpSearch(form) {
    var input = form.querySelector("input[name=q]");
    var filterBox = form.querySelector(".search-filters");
    var status = document.querySelector(".search-status");
    var list = document.querySelector(".search-results");
    var selects = {};
    var pagefind = null;

    function say(text) { status.textContent = text; }
    document.querySelectorAll(".no-js").forEach(function (note) { note.hidden = true; });

    function render(results, state) {
      list.textContent = "";
      var words = state.q ? " for “" + state.q + "”" : "";
      say(results.length + (results.length === 1 ? " event found" : " events found") + words + ".");
      results.forEach(function (data) {
        var item = document.createElement("li");
        var heading = document.createElement("h2");
        heading.className = "event-title";
        var link = document.createElement("a");
        link.href = data.url;
        link.textContent = (data.meta && data.meta.title) || data.url;
        heading.appendChild(link);
        item.appendChild(heading);
        if (data.meta && data.meta.date) {
          var when = document.createElement("p");
          when.className = "event-date";
          when.textContent = data.meta.date;
          item.appendChild(when);
        }
        var excerpt = document.createElement("p");
        excerpt.className = "excerpt";
        // Pagefind's excerpt is page text it escaped itself, with <mark> added.
        excerpt.innerHTML = data.excerpt;
        item.appendChild(excerpt);
        list.appendChild(item);
      });
    }

    function run() {
      var state = readState();
      input.value = state.q;
      KINDS.forEach(function (kind) {
        if (selects[kind]) selects[kind].value = state[kind][0] || "";
      });
      var filters = {};
      KINDS.forEach(function (kind) { if (state[kind].length) filters[kind] = state[kind]; });
      if (!state.q && !activeCount(state)) { list.textContent = ""; say(""); return; }
      say("Searching…");
      pagefind.search(state.q || null, { filters: filters }).then(function (search) {
        return Promise.all(search.results.slice(0, 50).map(function (r) { return r.data(); }));
      }).then(function (results) { render(results, state); });
    }

    function addFilters(available) {
      KINDS.forEach(function (kind) {
        var values = Object.keys(available[kind] || {}).sort(function (a, b) {
          return a.localeCompare(b);
        });
        if (!values.length) return;
        var label = document.createElement("label");
        label.textContent = kind.charAt(0).toUpperCase() + kind.slice(1);
        var select = document.createElement("select");
        select.name = kind;
        var any = document.createElement("option");
        any.value = "";
        any.textContent = "any";
        select.appendChild(any);
        values.forEach(function (value) {
          var option = document.createElement("option");
          option.value = value;
          option.textContent = value + " (" + available[kind][value] + ")";
          select.appendChild(option);
        });
        select.addEventListener("change", function () { submit(); });
        label.appendChild(select);
        filterBox.appendChild(label);
        selects[kind] = select;
      });
      filterBox.hidden = !Object.keys(selects).length;
    }

    function submit() {
      var state = { q: input.value.trim() };
      KINDS.forEach(function (kind) {
        state[kind] = selects[kind] && selects[kind].value ? [selects[kind].value] : [];
      });
      writeState(state, false);
      run();
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      if (pagefind) submit();
    });

    if (window.location.protocol === "file:") {
      say("Search needs the site to be served over the web; browse by tag, place or actor instead.");
      return;
    }
    say("Loading search…");
    var base = new URL(".", window.location.href);
    import(new URL("pagefind/pagefind.js", base).href).then(function (module) {
      pagefind = module;
      return pagefind.options({ baseUrl: base.pathname }).then(function () {
        return pagefind.filters();
      });
    }).then(function (available) {
      say("");
      addFilters(available);
      window.addEventListener("popstate", run);
      run();
    }).catch(function () {
      say("Search is not available on this copy of the site; browse by tag, place or actor instead.");
    });
  }

  var panel = document.querySelector("[data-live-filters]");
  if (panel) setUpFilters(panel);
  var form = document.querySelector("[data-search]");
  if (form) setUpSearch(form);
})();

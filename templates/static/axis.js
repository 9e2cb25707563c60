// The time axis of the default theme. It takes the place of the overview
// strip once the events' data (axis-data.js, written by the build) is in:
// every event at its place in time, zoomed from centuries to days and panned
// with the buttons, the keyboard, a mouse or a finger. Where events crowd,
// a period's events are one group; opening it zooms in, or lists them when
// the axis cannot zoom further. Each event is a link to its card. Without
// JavaScript the strip and the list stay as they are; screen readers still
// get the list with its headings, and the axis as a list of links.
(function () {
  "use strict";
  var figure = document.querySelector("figure[data-axis]");
  if (!figure || !window.requestAnimationFrame || !Array.prototype.fill) return;

  var DAY = 864e5;
  var ROW = 26; // height of a row of events
  var SCALE = 22; // height of the scale between the bands
  var MARK = 24; // width of an event's mark (a target a finger hits): closer ones take another row
  var CELL = 56; // narrowest period a group may stand for, in pixels
  var TICK = 64; // narrowest distance between labelled ticks
  var LABEL_MIN = 34; // a title gets shown when this much room is left
  var LABEL_MAX = 220;
  var MIN_DAYS = 3; // the narrowest view
  var PAD = 40; // room left and right of the whole timeline
  var POP_MAX = 100; // events listed by an opened group
  var root = figure.getAttribute("data-root") || "";
  var source = figure.getAttribute("data-axis"); // the index; its words files beside it
  // British order ("17 February 2026"), as the pages write dates.
  var lang = (document.documentElement.lang || "en").replace(/^en(-US)?$/, "en-GB");

  // -- Dates: days since 1970-01-01 ---------------------------------------
  function dateOf(day) { return new Date(Math.floor(day) * DAY); }
  function dayOf(year, month, date) {
    var time = new Date(0);
    time.setUTCFullYear(year, month, date);
    return Math.round(time / DAY);
  }
  function format(options) {
    options.timeZone = "UTC";
    try { return new Intl.DateTimeFormat(lang, options); } catch (error) {
      return new Intl.DateTimeFormat("en", options);
    }
  }
  // Made with the axis, not while the page loads: each costs a few milliseconds.
  var SHORT_MONTH, DAY_MONTH, MONTH_YEAR, FULL, SHORT, SHORT_YEAR;
  function makeFormats() {
    SHORT_MONTH = format({ month: "short" });
    DAY_MONTH = format({ day: "numeric", month: "short" });
    MONTH_YEAR = format({ month: "long", year: "numeric" });
    FULL = format({ day: "numeric", month: "long", year: "numeric" });
    SHORT = format({ day: "numeric", month: "short", year: "numeric" });
    SHORT_YEAR = format({ month: "short", year: "numeric" });
  }

  // A period of the calendar: days (1 or 7) or months (1, 3, 12, 60, ...).
  function Unit(days, months) {
    this.days = days || months * 30.44;
    this.months = months;
    this.count = days;
  }
  Unit.prototype.start = function (day) {
    if (!this.months) {
      var offset = this.count === 7 ? 4 : 0; // 5 January 1970 was a Monday
      return Math.floor((Math.floor(day) - offset) / this.count) * this.count + offset;
    }
    var date = dateOf(day);
    var index = date.getUTCFullYear() * 12 + date.getUTCMonth();
    index = Math.floor(index / this.months) * this.months;
    return dayOf(Math.floor(index / 12), index % 12, 1);
  };
  Unit.prototype.next = function (start) {
    if (!this.months) return start + this.count;
    var date = dateOf(start);
    return dayOf(date.getUTCFullYear(), date.getUTCMonth() + this.months, 1);
  };
  Unit.prototype.name = function (start) {
    var date = dateOf(start);
    if (!this.months) {
      return (this.count === 7 ? "the week from " : "") + FULL.format(date);
    }
    if (this.months === 1) return MONTH_YEAR.format(date);
    if (this.months < 12) {
      return MONTH_YEAR.format(date).replace(/\d+/, "").trim() + " to " +
        MONTH_YEAR.format(dateOf(this.next(start) - 1));
    }
    var year = date.getUTCFullYear();
    return this.months === 12 ? String(year) : year + " to " + (year + this.months / 12 - 1);
  };
  Unit.prototype.tick = function (start) {
    var date = dateOf(start);
    var month = date.getUTCMonth();
    if (!this.months) {
      if (date.getUTCDate() === 1 && month === 0) return [String(date.getUTCFullYear()), true];
      if (this.count === 1 && date.getUTCDate() !== 1) return [String(date.getUTCDate()), false];
      return [DAY_MONTH.format(date), date.getUTCDate() === 1];
    }
    if (this.months < 12 && month) return [SHORT_MONTH.format(date), false];
    return [String(date.getUTCFullYear()), true];
  };
  var UNITS = [new Unit(1), new Unit(7), new Unit(0, 1), new Unit(0, 3), new Unit(0, 12)];
  [2, 5, 10, 20, 50, 100, 200, 500, 1000].forEach(function (years) {
    UNITS.push(new Unit(0, years * 12));
  });
  function unitFor(scale, pixels) {
    for (var number = 0; number < UNITS.length; number += 1) {
      if (UNITS[number].days * scale >= pixels) return UNITS[number];
    }
    return UNITS[UNITS.length - 1];
  }

  // -- The events ----------------------------------------------------------
  // The index (axis-data.js) gives each event's days and flags, page by page
  // of the timeline that lists the cards; the words (its title, date and
  // card) come in files of a year's pages, when the axis first shows one of
  // their events.
  function readEvents(data) {
    var days = data.days;
    var events = [];
    var first = 0;
    data.pages.forEach(function (page, part) {
      for (var index = 0; index < page[1]; index += 1) {
        var at = events.length * 3;
        first += days[at];
        var last = first + days[at + 1];
        var flags = days[at + 2];
        var span = flags & 2;
        events.push({
          number: events.length,
          part: part,
          first: first,
          end: last + 1, // the day after the last
          at: span ? first : (first + last + 1) / 2, // where its mark goes
          flags: flags,
          precision: (flags >> 2) & 3,
          expected: !!(flags & 1),
          span: !!span,
          href: null, // these three come with its page's words
          title: null,
          date: null
        });
      }
    });
    return events;
  }

  // An event's date from its days, when its words are missing.
  function inWords(event) {
    var date = dateOf(event.first);
    if (!event.precision) return FULL.format(date);
    return event.precision === 1 ? MONTH_YEAR.format(date) : String(date.getUTCFullYear());
  }

  function byPlace(a, b) { return a.at - b.at || a.number - b.number; }

  // The first index of ``list`` (sorted by place) at or after ``day``.
  function search(list, day) {
    var low = 0;
    var high = list.length;
    while (low < high) {
      var middle = (low + high) >> 1;
      if (list[middle].at < day) low = middle + 1; else high = middle;
    }
    return low;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"]/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;" }[c];
    });
  }

  // -- Laying out a band: events in rows, crowded periods as groups --------
  // Returns items: {event, row, x} for an event, {events, x, right, unit,
  // start} for a group, in the order of their places.
  function layBand(list, spans, rows, view, width) {
    var items = [];
    if (!rows || !list.length) return items;
    var scale = view.scale;
    var cell = unitFor(scale, CELL);
    var x = function (day) { return (day - view.start) * scale; };
    var margin = LABEL_MAX / scale;
    var ends = new Array(rows).fill(-Infinity);
    // Spans that began before the view but reach into it keep their row.
    var shown = {};
    spans.forEach(function (event) {
      if (event.at < view.start - margin && event.end > view.start) shown[event.number] = true;
    });
    var index = search(list, view.start - margin);
    var stop = search(list, view.start + width / scale + MARK / scale);
    var early = spans.filter(function (event) { return shown[event.number]; });
    var pending = early.concat(list.slice(index, stop));
    var number = 0;
    while (number < pending.length) {
      var start = cell.start(pending[number].at);
      var next = cell.next(start);
      var group = [];
      if (shown[pending[number].number]) {
        group.push(pending[number]);
        number += 1;
      } else {
        while (number < pending.length && pending[number].at < next &&
          !shown[pending[number].number]) {
          group.push(pending[number]);
          number += 1;
        }
      }
      var trial = ends.slice();
      var placed = [];
      var fits = group.length <= rows * Math.max(1, Math.ceil((next - start) * scale / MARK));
      for (var at = 0; fits && at < group.length; at += 1) {
        var event = group[at];
        var left = x(event.at) - MARK / 2;
        var row = 0;
        while (row < rows && trial[row] > left) row += 1;
        if (row === rows) { fits = false; break; }
        trial[row] = Math.max(left + MARK, event.span ? x(event.end) : 0) + 2;
        placed.push({ event: event, row: row, x: left });
      }
      if (fits) {
        ends = trial;
        items.push.apply(items, placed);
      } else {
        var right = Math.max(x(start) + CELL / 2, x(next) - 1);
        var from = Math.min(Math.max(x(start) + 1, Math.min.apply(null, ends)), right - CELL / 2);
        items.push({ events: group, x: from, right: right, unit: cell, start: start });
        ends.fill(right + 2);
      }
    }
    return items;
  }

  // How much room each event's title has: up to the next thing in its row.
  function roomOfLabels(items, rows, width) {
    var next = new Array(rows).fill(width + LABEL_MAX);
    for (var number = items.length - 1; number >= 0; number -= 1) {
      var item = items[number];
      if (item.events) {
        next.fill(item.x);
        continue;
      }
      item.room = Math.min(LABEL_MAX, next[item.row] - item.x - MARK - 4);
      next[item.row] = item.x;
    }
  }

  // -- The widget ----------------------------------------------------------
  function Axis(data) {
    makeFormats();
    var events = readEvents(data);
    var parts = data.pages.map(function () { return []; });
    this.events = events;
    this.all = events.slice().sort(byPlace); // nearly in order already: cheap
    this.happened = this.all.filter(function (event) { return !event.expected; });
    this.expected = this.all.filter(function (event) { return event.expected; });
    this.spans = events.filter(function (event) { return event.span; });
    this.first = Infinity;
    this.last = -Infinity;
    for (var number = 0; number < events.length; number += 1) {
      var event = events[number];
      parts[event.part].push(event);
      this.first = Math.min(this.first, event.first);
      this.last = Math.max(this.last, event.end);
    }
    this.pages = data.pages.map(function (page) { return page[0]; });
    this.files = data.pages.map(function (page) { return page[2]; }); // its words' file
    this.parts = parts; // each page's events, in the order of its words
    this.asked = {}; // the words files asked for
    this.retry = null; // what waits for words
    this.focus = null; // the event whose mark (or group) has the focus
    var self = this;
    (data.words || []).forEach(function (rows, part) { // a small timeline's, in the index
      self.fill(part, rows);
    });
    this.build();
  }

  // Whether the words of ``events`` are in; those not in yet are asked for.
  Axis.prototype.has = function (events) {
    var self = this;
    var ready = true;
    events.forEach(function (event) {
      if (event.title !== null) return;
      ready = false;
      var file = self.files[event.part];
      if (self.asked[file]) return;
      self.asked[file] = true;
      var script = document.createElement("script");
      script.src = source.replace(/\.js$/, "." + file + ".js");
      script.onerror = function () { // its pages still lead to their lists
        self.files.forEach(function (held, part) { if (held === file) self.fill(part, []); });
      };
      document.head.appendChild(script);
    });
    return ready;
  };

  // True when the words of ``events`` are in; else ``then`` runs once they
  // are (the latest thing asked for wins).
  Axis.prototype.when = function (events, then) {
    if (this.has(events)) return true;
    this.retry = then;
    return false;
  };

  // The words of page ``part``: each event's card, title and date.
  Axis.prototype.fill = function (part, rows) {
    var page = root + this.pages[part];
    this.parts[part].forEach(function (event, index) {
      var row = rows[index];
      if (row) {
        event.href = (document.getElementById(row[0]) ? "" : page) + "#" + row[0];
        event.title = row[1];
        event.date = row[2];
      } else { // its page's words did not load: it still leads to the page
        event.href = page;
        event.title = event.date = inWords(event);
      }
    });
    var retry = this.retry;
    this.retry = null;
    if (retry) retry();
  };

  Axis.prototype.build = function () {
    var height = figure.offsetHeight;
    figure.style.height = height + "px"; // what follows does not move
    var caption = figure.querySelector("figcaption"); // it tells both the strip and the axis
    Array.prototype.forEach.call(figure.children, function (child) {
      if (child !== caption) child.setAttribute("hidden", "");
    });
    var box = document.createElement("div");
    box.className = "ax";
    box.innerHTML =
      '<div class="ax-bar"><p class="ax-range"></p><div class="ax-tools">' +
      this.button("earlier", "Earlier", "\u2190") + this.button("out", "Zoom out", "\u2212") +
      this.button("in", "Zoom in", "+") + this.button("later", "Later", "\u2192") +
      this.button("all", "Whole timeline", "All") + "</div></div>" +
      '<div class="ax-track" role="group" aria-roledescription="time axis" aria-describedby="ax-keys">' +
      '<div class="ax-band ax-happened"></div><div class="ax-scale" aria-hidden="true"></div>' +
      '<div class="ax-band ax-expected"></div></div>' +
      // Short, so it is not the page's largest paint: the caption above says the rest.
      '<p class="ax-keys" aria-hidden="true"><span class="ax-key"></span> day <span class="ax-key p1"></span> month ' +
      '<span class="ax-key p2"></span> year</p><p class="vh" id="ax-keys">Arrow keys move from event to ' +
      "event, plus and minus zoom.</p>";
    figure.appendChild(box);
    this.box = box;
    this.track = box.querySelector(".ax-track");
    this.track.setAttribute("aria-label", "Time axis, " + this.events.length + " events");
    this.range = box.querySelector(".ax-range");
    this.range.textContent = "\u2013"; // its line is there when the rows are counted
    this.bands = [box.querySelector(".ax-happened"), box.querySelector(".ax-expected")];
    this.scaleBar = box.querySelector(".ax-scale");
    var rows = Math.max(2, Math.floor((this.track.clientHeight - SCALE) / ROW));
    var below = this.expected.length ? Math.max(1, Math.floor(rows * 0.4)) : 0;
    this.rows = [rows - below, below];
    this.bands[0].style.height = this.rows[0] * ROW + "px";
    this.bands[1].style.height = this.rows[1] * ROW + "px";
    this.bands[1].hidden = !this.rows[1];
    this.listen();
    var from = parseFloat(figure.getAttribute("data-from"));
    var to = parseFloat(figure.getAttribute("data-to"));
    if (isNaN(from)) this.fit(); else this.show(from, to + 1);
  };

  Axis.prototype.button = function (action, label, sign) {
    return '<button type="button" data-do="' + action + '" title="' + label + '">' +
      '<span aria-hidden="true">' + sign + '</span><span class="vh">' + label + "</span></button>";
  };

  Axis.prototype.width = function () { return this.track.clientWidth; };

  Axis.prototype.limits = function () {
    var width = this.width();
    var most = width / MIN_DAYS;
    var room = Math.max(width / 2, width - 2 * PAD);
    return [Math.min(most, room / (this.last - this.first + MIN_DAYS)), most];
  };

  // The view from day ``from`` to ``to``, with a margin, as far as it can zoom.
  Axis.prototype.show = function (from, to) {
    var width = this.width();
    var limits = this.limits();
    var room = Math.max(width / 2, width - 2 * PAD);
    var scale = Math.max(limits[0], Math.min(limits[1], room / (to - from || MIN_DAYS)));
    this.set((from + to) / 2 - width / scale / 2, scale);
  };

  Axis.prototype.fit = function () { this.show(this.first, this.last); };

  Axis.prototype.set = function (start, scale) {
    var width = this.width();
    if (!width) return; // hidden: nothing to draw, nor to measure by
    var limits = this.limits();
    scale = Math.max(limits[0], Math.min(limits[1], scale));
    var days = width / scale;
    var low = this.first - days * 0.45;
    var high = this.last - days * 0.55;
    this.view = { start: Math.max(low, Math.min(high, start)), scale: scale };
    this.draw();
  };

  Axis.prototype.zoom = function (factor, pixel) {
    var view = this.view;
    var at = pixel === undefined ? this.width() / 2 : pixel;
    var day = view.start + at / view.scale;
    var scale = view.scale * factor;
    this.set(day - at / scale, scale);
  };

  Axis.prototype.pan = function (pixels) {
    this.set(this.view.start + pixels / this.view.scale, this.view.scale);
  };

  Axis.prototype.later = function () {
    var self = this;
    if (!self.queued) {
      self.queued = true;
      window.requestAnimationFrame(function () { self.queued = false; self.draw(); });
    }
  };

  Axis.prototype.draw = function () {
    var view = this.view;
    var width = this.width();
    var active = this.track.contains(document.activeElement) ? document.activeElement : null;
    this.drawScale(width);
    var days = width / view.scale;
    this.range.textContent = this.period(view.start, days) + " \u2013 " +
      this.period(view.start + days, days);
    var laid = [];
    var shown = [];
    var lists = [this.happened, this.expected];
    for (var band = 0; band < 2; band += 1) {
      var spans = this.spans.filter(function (event) { return event.expected === !!band; });
      var items = layBand(lists[band], spans, this.rows[band], view, width);
      items.forEach(function (item) { if (item.event) shown.push(item.event); });
      laid.push(items);
    }
    // The marks stay as they were until the words of the events now shown are in.
    if (!this.when(shown, this.draw.bind(this))) {
      this.track.setAttribute("aria-busy", "true");
      return;
    }
    this.track.removeAttribute("aria-busy");
    var pop = this.box.querySelector(".ax-pop");
    if (pop) pop.remove(); // its events may have moved: the group opens again
    this.items = [];
    for (band = 0; band < 2; band += 1) {
      items = laid[band];
      roomOfLabels(items, this.rows[band], width);
      this.bands[band].innerHTML = this.render(items, band, width);
      var nodes = this.bands[band].querySelectorAll("[data-item]");
      for (var number = 0; number < items.length; number += 1) {
        items[number].node = nodes[number];
        this.items.push(items[number]);
      }
    }
    this.items.sort(function (a, b) { return a.x - b.x; });
    this.rove(active);
  };

  // A day of the view in words, as precise as a view of ``days`` needs.
  Axis.prototype.period = function (day, days) {
    if (days < 90) return SHORT.format(dateOf(day));
    if (days < 1500) return SHORT_YEAR.format(dateOf(day));
    return String(dateOf(day).getUTCFullYear());
  };

  Axis.prototype.drawScale = function (width) {
    var view = this.view;
    var unit = unitFor(view.scale, TICK);
    var html = [];
    var end = view.start + width / view.scale;
    for (var day = unit.start(view.start); day < end && html.length < 200; day = unit.next(day)) {
      var tick = unit.tick(day);
      var left = (day - view.start) * view.scale;
      html.push('<span class="ax-tick' + (tick[1] ? " major" : "") + '" style="left:' +
        left.toFixed(1) + 'px">' + tick[0] + "</span>");
    }
    var today = Date.now() / DAY;
    if (today > view.start && today < end) {
      html.push('<span class="ax-now" style="left:' + ((today - view.start) * view.scale).toFixed(1) +
        'px">Today</span>');
    }
    this.scaleBar.innerHTML = html.join("");
  };

  Axis.prototype.render = function (items, band, width) {
    var view = this.view;
    var rows = this.rows[band];
    var top = function (row) { return (band ? row : rows - 1 - row) * ROW; };
    var x = function (day) { return (day - view.start) * view.scale; };
    return items.map(function (item, number) {
      if (item.events) {
        // Clipped to the view, so that its count shows.
        var from = Math.max(item.x, Math.min(0, item.right - CELL / 2));
        var to = Math.min(item.right, Math.max(width, from + CELL / 2));
        var count = item.events.length;
        var name = count + " events in " + item.unit.name(item.start);
        var wide = to - from > 80;
        return '<button type="button" class="ax-group" tabindex="-1" data-item="' + number +
          '" style="left:' + from.toFixed(1) + "px;width:" + (to - from).toFixed(1) +
          'px" title="' + name + '"><span aria-hidden="true">' + count + (wide ? " events" : "") +
          '</span><span class="vh">' + name + ", show them</span></button>";
      }
      var event = item.event;
      var classes = "ax-event p" + event.precision + (event.span ? " span" : "") +
        (event.flags & 16 ? " before" : "") + (event.flags & 32 ? " after" : "");
      var extent = "";
      if (event.span || event.precision) {
        var left = x(event.first);
        var length = Math.max(2, x(event.end) - left);
        extent = '<span class="ax-extent' + (event.span ? " span" : "") + '" style="left:' +
          left.toFixed(1) + "px;width:" + length.toFixed(1) + "px;top:" + top(item.row) +
          'px"></span>';
      }
      var label = item.room >= LABEL_MIN ? ' style="max-width:' + item.room.toFixed(0) + 'px"' : "";
      return extent + '<a class="' + classes + '" href="' + escapeHtml(event.href) +
        '" tabindex="-1" draggable="false" data-item="' + number + '" style="left:' +
        item.x.toFixed(1) + "px;top:" + top(item.row) + 'px" title="' +
        escapeHtml(event.title + " (" + event.date + ")") + '"><span class="ax-title' +
        (label ? "" : " vh") + '"' + label + ">" + escapeHtml(event.title) +
        '</span><span class="vh">, ' + escapeHtml(event.date) +
        (event.expected ? ", expected" : "") + "</span></a>";
    }).join("");
  };

  // One item takes the Tab key: the one with the focus before, else the
  // first in view.
  Axis.prototype.rove = function (active) {
    var focus = this.focus;
    var chosen = null;
    var width = this.width();
    this.items.forEach(function (item) {
      var holds = focus && (item.event === focus || (item.events && item.events.indexOf(focus) !== -1));
      if (holds) chosen = item;
    });
    if (!chosen) {
      chosen = this.items.filter(function (item) { return item.x >= 0 && item.x < width; })[0] ||
        this.items[0];
    }
    this.items.forEach(function (item) { item.node.tabIndex = item === chosen ? 0 : -1; });
    if (active && chosen) chosen.node.focus({ preventScroll: true });
  };

  Axis.prototype.itemOf = function (node) {
    return this.items.filter(function (item) { return item.node === node; })[0];
  };

  // Open a group: zoom in on its events, or list them when it cannot.
  Axis.prototype.open = function (item) {
    var events = item.events;
    var first = Math.min.apply(null, events.map(function (event) { return event.first; }));
    var last = Math.max.apply(null, events.map(function (event) { return event.end; }));
    this.focus = events[0];
    if (this.view.scale < this.limits()[1] * 0.99) {
      this.show(first, last);
      return;
    }
    this.list(item);
  };

  Axis.prototype.list = function (item) {
    var self = this;
    if (!this.when(item.events.slice(0, POP_MAX), function () { self.list(item); })) return;
    var pop = document.createElement("div");
    pop.className = "ax-pop";
    pop.setAttribute("role", "dialog");
    var name = item.events.length + " events in " + item.unit.name(item.start);
    pop.setAttribute("aria-label", name);
    var links = item.events.slice(0, POP_MAX).map(function (event) {
      return '<li><a href="' + escapeHtml(event.href) + '">' + escapeHtml(event.title) +
        '</a> <span class="count">' + escapeHtml(event.date) + "</span></li>";
    });
    var more = item.events.length - POP_MAX;
    pop.innerHTML = '<p class="ax-pop-head"><strong>' + escapeHtml(name) + "</strong>" +
      '<button type="button">Close</button></p><ul>' + links.join("") + "</ul>" +
      (more > 0 ? "<p>And " + more + " more in the list below.</p>" : "");
    var opener = item.node;
    function close() {
      pop.remove();
      self.track.focus();
      if (opener.isConnected) opener.focus(); else self.rove(self.track);
    }
    pop.querySelector("button").addEventListener("click", close);
    pop.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.stopPropagation(); close(); }
    });
    this.box.appendChild(pop);
    pop.querySelector("a").focus();
  };

  Axis.prototype.step = function (node, direction) {
    var item = this.itemOf(node);
    var at = this.items.indexOf(item) + direction;
    if (at >= 0 && at < this.items.length) {
      var target = this.items[at];
      this.focus = target.event || target.events[0];
      var x = target.x;
      if (x < 0 || x > this.width() - MARK) this.pan(x - this.width() / 2);
      else this.rove(node);
      return;
    }
    // Past the last item in view: the nearest event beyond it.
    var day = this.view.start + (item ? item.x : 0) / this.view.scale;
    var all = this.all;
    var next = direction > 0 ? all[search(all, day + MARK / this.view.scale)]
      : all[search(all, day) - 1];
    if (!next) return;
    this.focus = next;
    this.set(next.at - this.width() / 2 / this.view.scale, this.view.scale);
  };

  Axis.prototype.listen = function () {
    var self = this;
    var track = this.track;
    this.box.querySelector(".ax-tools").addEventListener("click", function (event) {
      var button = event.target.closest("button");
      if (!button) return;
      var action = button.getAttribute("data-do");
      var width = self.width();
      if (action === "in") self.zoom(2);
      else if (action === "out") self.zoom(0.5);
      else if (action === "earlier") self.pan(-width * 0.8);
      else if (action === "later") self.pan(width * 0.8);
      else self.fit();
    });
    track.addEventListener("click", function (event) {
      if (self.dragged) {
        event.preventDefault();
        event.stopPropagation();
        self.dragged = false;
        return;
      }
      var group = event.target.closest(".ax-group");
      if (group) self.open(self.itemOf(group));
    }, true);
    track.addEventListener("dblclick", function (event) {
      if (event.target.closest("a, button")) return;
      self.zoom(2, event.clientX - track.getBoundingClientRect().left);
    });
    track.addEventListener("keydown", function (event) {
      var node = event.target.closest("[data-item]");
      var item = node && self.itemOf(node);
      if (item) self.focus = item.event || item.events[0];
      var key = event.key;
      var width = self.width();
      var at = item ? item.x + MARK / 2 : width / 2;
      if (key === "ArrowRight" || key === "ArrowDown") self.step(node, 1);
      else if (key === "ArrowLeft" || key === "ArrowUp") self.step(node, -1);
      else if (key === "+" || key === "=") self.zoom(2, at);
      else if (key === "-" || key === "_") self.zoom(0.5, at);
      else if (key === "PageDown") self.pan(width * 0.8);
      else if (key === "PageUp") self.pan(-width * 0.8);
      else if (key === "Home" || key === "End") {
        self.focus = self.all[key === "Home" ? 0 : self.all.length - 1];
        self.set(self.focus.at - width / 2 / self.view.scale, self.view.scale);
      } else return;
      event.preventDefault();
    });
    // Dragging with a mouse, a pen or a finger pans; two fingers zoom.
    var pointers = {};
    var gesture = null;
    function spread() {
      var points = Object.keys(pointers).map(function (id) { return pointers[id]; });
      if (points.length < 2) return null;
      return [Math.abs(points[0] - points[1]) || 1, (points[0] + points[1]) / 2];
    }
    track.addEventListener("pointerdown", function (event) {
      if (event.button) return;
      pointers[event.pointerId] = event.clientX;
      var two = spread();
      gesture = { x: event.clientX, start: self.view.start, scale: self.view.scale, two: two, moved: false };
    });
    track.addEventListener("pointermove", function (event) {
      if (!gesture || !(event.pointerId in pointers)) return;
      pointers[event.pointerId] = event.clientX;
      var left = track.getBoundingClientRect().left;
      var two = spread();
      if (two && gesture.two) {
        var scale = gesture.scale * two[0] / gesture.two[0];
        var day = gesture.start + (gesture.two[1] - left) / gesture.scale;
        self.view = { start: day - (two[1] - left) / scale, scale: scale };
      } else {
        var moved = event.clientX - gesture.x;
        if (!gesture.moved && Math.abs(moved) < 4) return;
        if (!gesture.moved) track.setPointerCapture(event.pointerId);
        gesture.moved = true;
        self.view = { start: gesture.start - moved / gesture.scale, scale: gesture.scale };
      }
      gesture.moved = true;
      self.later();
    });
    function end(event) {
      delete pointers[event.pointerId];
      if (!gesture) return;
      if (gesture.moved) {
        self.dragged = event.type === "pointerup";
        window.setTimeout(function () { self.dragged = false; }, 0);
        self.set(self.view.start, self.view.scale);
      }
      gesture = null;
      if (Object.keys(pointers).length) {
        gesture = { x: pointers[Object.keys(pointers)[0]], start: self.view.start,
          scale: self.view.scale, two: null, moved: true };
      }
    }
    track.addEventListener("pointerup", end);
    track.addEventListener("pointercancel", end);
    track.addEventListener("wheel", function (event) {
      var left = track.getBoundingClientRect().left;
      var delta = Math.max(-60, Math.min(60, event.deltaY));
      if (event.ctrlKey) self.zoom(Math.exp(-delta * 0.01), event.clientX - left);
      else if (Math.abs(event.deltaX) > Math.abs(event.deltaY)) self.pan(event.deltaX);
      else return;
      event.preventDefault();
    }, { passive: false });
    // A focused mark at the edge must not scroll the track (where no clip).
    track.addEventListener("scroll", function () { track.scrollLeft = 0; track.scrollTop = 0; });
    var width = this.width();
    window.addEventListener("resize", function () {
      var now = self.width();
      if (now && width && now !== width) { // none while the page is hidden
        self.set(self.view.start, self.view.scale * now / width);
        width = now;
      }
    });
  };

  var axis = null;
  window.timelineAxis = function (data) {
    if (data.days.length && !axis) axis = new Axis(data);
  };
  window.timelineAxisWords = function (part, rows) {
    if (axis) axis.fill(part - 1, rows);
  };
  // Asked for once the page is drawn and loaded, so that it never delays
  // the first screen.
  function load() {
    var script = document.createElement("script");
    script.src = source;
    document.head.appendChild(script);
  }
  if (document.readyState === "complete") window.setTimeout(load, 0);
  else window.addEventListener("load", function () { window.setTimeout(load, 0); });
})();

// The desk's keys (as a mail client's: j/k next/previous, a accept, r reject,
// e edit, m merge, u undo, q queue) and the check of an edit as it is typed.
// Every key presses a real button or link, so the mouse does the same.
(function () {
  "use strict";
  var token = document.body.getAttribute("data-token");
  var typing = function (element) {
    return element && (element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName));
  };
  var press = function (id) {
    var element = document.getElementById(id);
    if (!element || element.disabled) return false;
    element.click();
    return true;
  };
  var moveInQueue = function (step) {
    var links = Array.prototype.slice.call(document.querySelectorAll("a.row-link"));
    if (!links.length) return false;
    var at = links.indexOf(document.activeElement);
    var next = at < 0 ? 0 : Math.min(links.length - 1, Math.max(0, at + step));
    links[next].focus();
    return true;
  };
  var keys = { j: "next-link", k: "prev-link", a: "accept-button", r: "reject-button",
               m: "merge-button", u: "undo-button", q: "queue-link" };
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) {
      if (event.key === "Enter" && typing(target) && target.form) {
        event.preventDefault();
        target.form.requestSubmit();
      }
      return;
    }
    if (typing(target)) {
      if (event.key === "Escape") target.blur();
      return;
    }
    if (event.key === "e") {
      var title = document.getElementById("field-title");
      if (title) { event.preventDefault(); title.focus(); title.select(); }
      return;
    }
    if ((event.key === "j" || event.key === "k") && document.querySelector("a.row-link")) {
      if (moveInQueue(event.key === "j" ? 1 : -1)) event.preventDefault();
      return;
    }
    if (keys[event.key] && press(keys[event.key])) event.preventDefault();
  });

  var form = document.getElementById("edit-form");
  if (form) {
    var timer = null;
    var check = function () {
      var body = new URLSearchParams(new FormData(form));
      fetch("/check", { method: "POST", body: body, headers: { "X-Desk-Token": token } })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (errors) {
          if (!errors) return;
          Object.keys(errors).forEach(function (name) {
            var field = form.elements[name];
            var out = document.getElementById("error-" + name);
            if (!field || !out) return;
            out.textContent = errors[name].join(" ");
            if (errors[name].length) field.setAttribute("aria-invalid", "true");
            else field.removeAttribute("aria-invalid");
          });
          form.setAttribute("data-checked", String(Date.now()));
        });
    };
    form.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(check, 120);
    });
  }
  var quote = document.querySelector("mark.quote");
  if (quote && quote.scrollIntoView) quote.scrollIntoView({ block: "center" });
  document.body.setAttribute("data-keys", "ready");  // keys work from now on
})();

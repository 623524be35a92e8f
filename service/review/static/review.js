// Keyboard shortcuts for the case page (the pages work without this file):
// j / n: next case, k / p: previous case, 1 / 2 / 3: credibility, s: submit the decision.
(function () {
  "use strict";
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (target && (target.tagName === "TEXTAREA" || target.tagName === "SELECT" ||
        (target.tagName === "INPUT" && target.type !== "radio" && target.type !== "checkbox"))) { return; }
    var form = document.getElementById("decision-form");
    var link = null;
    if (event.key === "j" || event.key === "n") { link = document.getElementById("next-case"); }
    if (event.key === "k" || event.key === "p") { link = document.getElementById("prev-case"); }
    if (link) { event.preventDefault(); window.location.assign(link.href); return; }
    if (form && (event.key === "1" || event.key === "2" || event.key === "3")) {
      var radio = form.querySelector('input[name="credibility"][data-key="' + event.key + '"]');
      if (radio) { event.preventDefault(); radio.checked = true; radio.focus(); }
      return;
    }
    if (form && event.key === "s") {
      event.preventDefault();
      if (form.reportValidity()) { form.requestSubmit(); }
    }
  });
}());
